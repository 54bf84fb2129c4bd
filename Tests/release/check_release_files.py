#!/usr/bin/env python3
"""Lints what cannot run here: the composite GitHub Action (action.yml) and the Containerfile, plus
shellcheck on .ci/release and on every shell script inside the action.

Usage: check_release_files.py [REPOSITORY]   (default: the repository this file is in)
Exits 1 with one line per problem.
"""
import pathlib
import re
import subprocess
import sys
import tempfile

import yaml

ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2])
REQUIRED_INPUTS = {"paths", "format", "baseline", "fail-on", "upload-sarif"}
EXPRESSION = re.compile(r"\$\{\{(.*?)\}\}", re.S)
problems = []


def problem(where, message):
    problems.append(f"{where}: {message}")


def expressions(value):
    """Every ${{ … }} expression anywhere in a parsed YAML value."""
    if isinstance(value, str):
        yield from (m.strip() for m in EXPRESSION.findall(value))
    elif isinstance(value, dict):
        for item in value.values():
            yield from expressions(item)
    elif isinstance(value, list):
        for item in value:
            yield from expressions(item)


def shellcheck(script, name):
    with tempfile.NamedTemporaryFile("w", suffix=".sh", delete=False) as file:
        file.write("#!/usr/bin/env bash\n" + script)
    run = subprocess.run(["shellcheck", "--shell=bash", "--severity=style", file.name], capture_output=True, text=True)
    pathlib.Path(file.name).unlink()
    if run.returncode != 0:
        problem(name, "shellcheck:\n" + run.stdout.replace(file.name, name))


def check_action():
    path = ROOT / "action.yml"
    action = yaml.safe_load(path.read_text(encoding="utf-8"))
    runs = action.get("runs", {})
    if runs.get("using") != "composite":
        problem(path.name, f"runs.using ska vara composite, är {runs.get('using')!r}")
    for key in ("name", "description"):
        if not action.get(key):
            problem(path.name, f"{key} saknas")
    inputs = action.get("inputs") or {}
    for name in sorted(REQUIRED_INPUTS - set(inputs)):
        problem(path.name, f"indata {name!r} saknas")
    for name, spec in inputs.items():
        if not isinstance(spec, dict) or not spec.get("description"):
            problem(path.name, f"indata {name!r} saknar description")
    used = set()
    for expression in expressions(action):
        for name in re.findall(r"inputs\.([A-Za-z0-9_-]+)", expression):
            used.add(name)
            if name not in inputs:
                problem(path.name, f"${{{{ {expression} }}}} använder ett indata som inte är deklarerat")
    for name in sorted(REQUIRED_INPUTS - used):
        problem(path.name, f"indata {name!r} används inte av något steg")
    steps = runs.get("steps") or []
    ids = {step.get("id") for step in steps}
    uploads = False
    for index, step in enumerate(steps):
        where = f"{path.name} steg {index + 1} ({step.get('name', '?')})"
        if "run" in step:
            if step.get("shell") != "bash":
                problem(where, "composite-steg med run måste ange shell: bash")
            script = step["run"]
            # Script injection: inputs reach the shell only through env, never as text in the script.
            if "${{" in script:
                problem(where, "uttryck ${{ … }} i run-skriptet; skicka värdet via env i stället")
            shellcheck(script, where)
        for expression in expressions(step):
            for referenced in re.findall(r"steps\.([A-Za-z0-9_-]+)\.", expression):
                if referenced not in ids:
                    problem(where, f"steg-id {referenced!r} finns inte")
        uses = step.get("uses", "")
        if uses.startswith("github/codeql-action/upload-sarif"):
            uploads = True
            if uses != "github/codeql-action/upload-sarif@v4":
                problem(where, f"ska använda github/codeql-action/upload-sarif@v4, inte {uses}")
            if "upload-sarif" not in str(step.get("if", "")):
                problem(where, "uppladdningen ska bara ske när upload-sarif begärs")
    if not uploads:
        problem(path.name, "inget steg laddar upp SARIF (github/codeql-action/upload-sarif@v4)")


def check_containerfile():
    path = ROOT / "Containerfile"
    lines = []
    for raw in path.read_text(encoding="utf-8").replace("\\\n", " ").splitlines():
        stripped = raw.strip()
        if stripped and not stripped.startswith("#"):
            instruction, _, argument = stripped.partition(" ")
            lines.append((instruction.upper(), argument.strip()))
    froms = [argument for instruction, argument in lines if instruction == "FROM"]
    if not froms or not re.fullmatch(r"debian:[0-9a-z.]+-slim", froms[-1].split()[0]):
        problem(path.name, f"FROM ska vara en Debian slim-avbild, är {froms}")
    users = [argument for instruction, argument in lines if instruction == "USER"]
    if not users or users[-1].split(":")[0] in ("root", "0"):
        problem(path.name, "den sista USER ska vara en vanlig användare, inte root")
    entry = [argument for instruction, argument in lines if instruction == "ENTRYPOINT"]
    if not entry or not re.fullmatch(r'\[\s*"(?:[^"]*/)?klarsvar"\s*(,.*)?\]', entry[-1]):
        problem(path.name, f"ENTRYPOINT ska starta klarsvar i exec-form, är {entry}")
    release = (ROOT / ".ci" / "release").read_text(encoding="utf-8")
    ignore = (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
    for instruction, argument in lines:
        if instruction not in ("COPY", "ADD"):
            continue
        sources = [part for part in argument.split() if not part.startswith("--")][:-1]
        for source in sources:
            # dist/ is what .ci/release writes; everything else must be in the repository.
            if source.startswith("dist/"):
                if "dist/" not in release or ".tar.gz" not in release:
                    problem(path.name, f"{source}: .ci/release skriver inte dist/…tar.gz")
                if not any(line.startswith("!") and line[1:] == source for line in ignore):
                    problem(".dockerignore", f"{source} är utesluten ur byggkontexten")
            elif not list(ROOT.glob(source)):
                problem(path.name, f"COPY-källan {source} finns inte")


def main():
    check_action()
    check_containerfile()
    shellcheck((ROOT / ".ci" / "release").read_text(encoding="utf-8").split("\n", 1)[1], ".ci/release")
    for line in problems:
        print(line)
    print(f"action.yml, Containerfile, .ci/release: {len(problems)} problem")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
