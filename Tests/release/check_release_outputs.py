#!/usr/bin/env python3
"""Checks what .ci/release wrote into DIST as a user would receive it: the tarball and its SHA-256,
the stripped binary without dynamic Swift libraries, and that the unpacked binary runs from another
folder with its built-in packs.

Usage: check_release_outputs.py DIST REPOSITORY
"""
import json
import pathlib
import subprocess
import sys
import tarfile
import tempfile

# A short reply with problems any release must find: a promise without date or owner, officialese
# and no named sender.
LETTER = """Hej!

Tack för ditt brev om hemtjänsten. Vi kommer att se över rutinerna framöver.
Du erhåller ett nytt beslut i dagsläget.

Med vänlig hälsning
Omsorgsförvaltningen
"""

problems = []


def problem(message):
    problems.append(message)


def main():
    dist = pathlib.Path(sys.argv[1]).resolve()
    repository = pathlib.Path(sys.argv[2]).resolve()
    tarballs = sorted(dist.glob("klarsvar-*-linux-*.tar.gz"))
    if len(tarballs) != 1:
        print(f"{dist}: väntade exakt ett klarsvar-*-linux-*.tar.gz, fann {[t.name for t in tarballs]}")
        return 1
    tarball = tarballs[0]
    name = tarball.name[: -len(".tar.gz")]
    checksum = tarball.with_name(tarball.name + ".sha256")
    if not checksum.exists():
        problem(f"{checksum.name} saknas")
    else:
        run = subprocess.run(["sha256sum", "--check", "--strict", checksum.name], cwd=dist, capture_output=True, text=True)
        if run.returncode != 0:
            problem(f"sha256sum --check {checksum.name}: {run.stdout}{run.stderr}")
    with tarfile.open(tarball) as archive:
        members = {member.name: member for member in archive.getmembers()}
        for required in ("bin/klarsvar", "LICENSE", "README.md", "DYNAMIC-LIBRARIES.txt"):
            if f"{name}/{required}" not in members:
                problem(f"{tarball.name} saknar {name}/{required}")
        binary_member = members.get(f"{name}/bin/klarsvar")
        if binary_member is not None and not binary_member.mode & 0o111:
            problem("bin/klarsvar är inte körbar")
        if any(member.uname or member.uid for member in members.values()):
            problem("arkivets filer ska ägas av 0 utan namn (reproducerbart)")
        with tempfile.TemporaryDirectory() as temporary:
            # Our own archive; the "data" filter where this Python has it (3.11.4+, 3.12).
            if hasattr(tarfile, "data_filter"):
                archive.extractall(temporary, filter="data")
            else:
                archive.extractall(temporary)
            check_binary(pathlib.Path(temporary) / name / "bin" / "klarsvar", repository, pathlib.Path(temporary))
    for line in problems:
        print(line)
    print(f"{tarball.name}: {tarball.stat().st_size / 1_000_000:.1f} MB, {len(problems)} problem")
    return 1 if problems else 0


def check_binary(binary, repository, temporary):
    described = subprocess.run(["file", "-L", str(binary)], capture_output=True, text=True).stdout
    print(described.strip())
    if "ELF" not in described or ", stripped" not in described:
        problem(f"binären är inte en strippad ELF-fil: {described.strip()}")
    linked = subprocess.run(["ldd", str(binary)], capture_output=True, text=True).stdout
    print(linked.rstrip())
    for line in linked.splitlines():
        library = line.strip().split(" ")[0]
        if library.startswith(("libswift", "libFoundation", "lib_FoundationICU", "libdispatch", "libBlocksRuntime")):
            problem(f"Swift-biblioteket {library} länkas dynamiskt")
        if "not found" in line:
            problem(f"ldd: {line.strip()}")
    # Run from a folder that has nothing of the repository: the packs must come from the binary.
    work = temporary / "arbete"
    work.mkdir()
    version = subprocess.run([str(binary), "--version"], cwd=work, capture_output=True, text=True, timeout=60)
    if version.returncode != 0:
        problem(f"--version avslutade med {version.returncode}: {version.stderr}")
    lines = version.stdout.splitlines()
    if not lines or not lines[0].startswith("klarsvar "):
        problem(f"--version ska börja med 'klarsvar VERSION': {version.stdout!r}")
    elif lines[0].split(" ")[1] not in binary.parent.parent.name:
        problem(f"versionen {lines[0]!r} stämmer inte med arkivets namn {binary.parent.parent.name}")
    for manifest_path in sorted((repository / "rules").glob("*/pack.json")):
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        if not any(line.startswith(f"  {manifest['id']} {manifest['version']} ") for line in lines):
            problem(f"--version nämner inte {manifest['id']} {manifest['version']}")
    letter = work / "svar.txt"
    letter.write_text(LETTER, encoding="utf-8")
    check = subprocess.run(
        [str(binary), "check", "svar.txt", "--format", "json"], cwd=work, capture_output=True, text=True, timeout=60
    )
    if check.returncode != 1:
        problem(f"check på ett brev med brister gav status {check.returncode} (väntat 1): {check.stderr}")
        return
    report = json.loads(check.stdout)
    rules = {finding["ruleId"] for file in report.get("files", []) for finding in file.get("findings", [])}
    print(f"check svar.txt: {sorted(rules)}")
    if not rules:
        problem("check hittade inga fynd med de inbyggda paketen")


if __name__ == "__main__":
    sys.exit(main())
