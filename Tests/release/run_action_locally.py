#!/usr/bin/env python3
"""Runs the composite action (action.yml) here as a GitHub runner would: its bash steps in order, with
env values evaluated from the inputs, step outputs through $GITHUB_OUTPUT, and the release tarball
that .ci/release wrote (KLARSVAR_LOCAL_TARBALL) in place of the download. `uses:` steps cannot run
here; their `if:` is evaluated to check they would run exactly when asked.

Usage: run_action_locally.py DIST REPOSITORY
"""
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

LETTER = """Hej Anna!

Tack för ditt brev om hemtjänsten. Vi kommer att se över rutinerna framöver.
Du erhåller ett nytt beslut i dagsläget.

Med vänlig hälsning
Omsorgsförvaltningen
"""
EXPRESSION = re.compile(r"\$\{\{(.*?)\}\}", re.S)


class Runner:
    def __init__(self, action, repository, tarball, workspace):
        self.action = action
        self.repository = repository
        self.tarball = tarball
        self.workspace = workspace
        self.temporaries = []

    def evaluate(self, expression, inputs, outputs):
        """The expression subset the action uses: inputs.X, github.X, steps.ID.outputs.X, always(),
        string literals, ==, !=, && and ||."""
        def value(match):
            kind, rest = match.group(1), match.group(2)
            if kind == "inputs":
                return repr(inputs[rest])
            if kind == "github":
                return repr({"action_ref": "", "action_repository": "klarsvar/klarsvar"}.get(rest, ""))
            step, _, output = rest.partition(".outputs.")
            return repr(outputs.get(step, {}).get(output, ""))

        python = re.sub(r"\b(inputs|github|steps)\.([A-Za-z0-9_.-]+)", value, expression)
        python = python.replace("always()", "True").replace("&&", " and ").replace("||", " or ")
        return eval(python, {"__builtins__": {}}, {"True": True})  # noqa: S307 – our own action file

    def substitute(self, text, inputs, outputs):
        return EXPRESSION.sub(lambda m: str(self.evaluate(m.group(1), inputs, outputs)), text)

    def run(self, given):
        declared = self.action["inputs"]
        unknown = set(given) - set(declared)
        assert not unknown, f"odeklarerade indata {unknown}"
        inputs = {name: str(spec.get("default", "")) for name, spec in declared.items()} | given
        outputs, transcript, failed, uploads = {}, "", False, []
        runner_temp = pathlib.Path(tempfile.mkdtemp(prefix="runner-temp-"))
        self.temporaries.append(runner_temp)
        path_file = runner_temp / "github_path"
        path_file.touch()
        for step in self.action["runs"]["steps"]:
            condition = step.get("if")
            if condition is not None:
                should_run = self.evaluate(EXPRESSION.sub(lambda m: m.group(1), str(condition)), inputs, outputs)
            else:
                should_run = not failed
            if not should_run:
                continue
            if "uses" in step:
                uploads.append(self.substitute(str(step.get("with", {})), inputs, outputs))
                continue
            output_file = runner_temp / f"output-{step.get('id', 'step')}"
            output_file.touch()
            environment = {
                "PATH": os.environ["PATH"],
                "HOME": os.environ.get("HOME", "/tmp"),
                "RUNNER_TEMP": str(runner_temp),
                "GITHUB_OUTPUT": str(output_file),
                "GITHUB_PATH": str(path_file),
                "GITHUB_ACTION_PATH": str(self.repository),
                "GITHUB_WORKSPACE": str(self.workspace),
                "KLARSVAR_LOCAL_TARBALL": str(self.tarball),
            }
            for name, raw in (step.get("env") or {}).items():
                environment[name] = self.substitute(str(raw), inputs, outputs)
            run = subprocess.run(
                ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
                cwd=self.workspace, env=environment, capture_output=True, text=True, timeout=600,
            )
            transcript += run.stdout + run.stderr
            values = dict(
                line.split("=", 1) for line in output_file.read_text().splitlines() if "=" in line
            )
            outputs[step.get("id", "")] = values
            if run.returncode != 0:
                failed = True
                last_status = run.returncode
            else:
                last_status = 0
        return {"status": 1 if failed else 0, "last": last_status, "out": transcript, "outputs": outputs,
                "uploads": uploads, "path": path_file.read_text()}


def main():
    dist = pathlib.Path(sys.argv[1]).resolve()
    repository = pathlib.Path(sys.argv[2]).resolve()
    tarball = next(dist.glob("klarsvar-*-linux-*.tar.gz"))
    action = yaml.safe_load((repository / "action.yml").read_text(encoding="utf-8"))
    problems = []

    def expect(condition, message, result):
        if not condition:
            problems.append(f"{message}\n--- utdata ---\n{result['out']}")

    with tempfile.TemporaryDirectory() as temporary:
        workspace = pathlib.Path(temporary)
        (workspace / "mallar").mkdir()
        (workspace / "mallar" / "svar.txt").write_text(LETTER, encoding="utf-8")
        (workspace / "fler").mkdir()
        (workspace / "fler" / "svar 2.md").write_text(LETTER, encoding="utf-8")
        runner = Runner(action, repository, tarball, workspace)

        warnings = runner.run({"paths": "mallar", "fail-on": "warning"})
        expect(warnings["status"] == 1, "fail-on warning: ett brev med varningar ska ge rött steg", warnings)
        expect("::warning file=mallar/svar.txt" in warnings["out"], "format github ska ge ::warning-rader", warnings)
        expect("::notice" not in warnings["out"].replace("::notice::Ingen", ""),
               "min-severity warning (standard) ska dölja info", warnings)
        expect(warnings["path"].strip().endswith("/bin"), "bin ska läggas i GITHUB_PATH", warnings)
        expect(not warnings["uploads"], "utan upload-sarif ska inget laddas upp", warnings)

        never = runner.run({"paths": "mallar", "fail-on": "never"})
        expect(never["status"] == 0, "fail-on never ska ge grönt steg", never)

        both = runner.run({"paths": "mallar\nfler/svar 2.md", "fail-on": "never", "format": "text"})
        expect("mallar/svar.txt" in both["out"] and "fler/svar 2.md" in both["out"],
               "flera sökvägar (radbrytning, blanksteg i namn via egen rad) ska granskas", both)

        sarif = runner.run({"paths": "mallar", "upload-sarif": "true", "fail-on": "error"})
        sarif_file = sarif["outputs"].get("check", {}).get("sarif-file", "")
        expect(sarif_file and pathlib.Path(sarif_file).exists(), "upload-sarif ska skriva en SARIF-fil", sarif)
        if sarif_file and pathlib.Path(sarif_file).exists():
            text = pathlib.Path(sarif_file).read_text()
            expect('"version" : "2.1.0"' in text or '"version": "2.1.0"' in text, "SARIF 2.1.0", sarif)
        expect(len(sarif["uploads"]) == 1 and sarif_file in sarif["uploads"][0],
               "upload-sarif true ska köra uppladdningen med filen", sarif)

        (workspace / "baslinje.json").unlink(missing_ok=True)
        installed = warnings["outputs"]["install"]["binary"]
        subprocess.run([installed, "check", "mallar", "--write-baseline", "baslinje.json"], cwd=workspace,
                       capture_output=True)
        baseline = runner.run({"paths": "mallar", "baseline": "baslinje.json", "fail-on": "info"})
        expect(baseline["status"] == 0 and "::warning" not in baseline["out"],
               "med baslinje ska kända fynd inte rapporteras", baseline)

        hostile = runner.run({"paths": "$(touch injicerad) `touch injicerad`", "fail-on": "never"})
        expect(not (workspace / "injicerad").exists(), "indata får aldrig köras som skal", hostile)
        for folder in runner.temporaries:
            shutil.rmtree(folder, ignore_errors=True)

    for problem in problems:
        print(problem)
    print(f"action.yml lokalt: 6 körningar, {len(problems)} problem")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
