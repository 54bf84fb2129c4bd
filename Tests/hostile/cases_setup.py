"""`klarsvar check` with hostile settings and targets: configuration, rule packs, baselines, flags,
where the output goes, and `--fix` on files that must not be lost."""

import json
import os
import shutil
import subprocess

from harness import (
    LETTER,
    NOBODY,
    case,
    expect,
    expect_exit,
    expect_says,
    expect_swedish_error,
    expect_unchanged,
    fingerprint,
    is_root,
)

CASES = []

# A letter `--fix` changes: one-word swaps the rules mark safe in context.
FIXABLE = "Hej Anna!\n\nDu erhåller beslutet i dagsläget. Vi handlägger ärendet skyndsamt.\n\nMed vänliga hälsningar\nBo Ek\n"


def check(name, pending=None):
    return case(CASES, "check", name, pending)


# MARK: - Configuration


for label, content, needle in [
    ("invalid JSON", b'{"failOn": ', "ogiltig JSON"),
    ("an unknown key", b'{"bogus": 1}', "okänt fält"),
    ("a wrong type", b'{"failOn": 3}', ".klarsvar.json"),
    ("an unknown level", b'{"failOn": "sometimes"}', ".klarsvar.json"),
    ("100,000 nested arrays", b"[" * 100_000 + b"]" * 100_000, ".klarsvar.json"),
    ("a number with 10,000 digits", b'{"failOn": ' + b"9" * 10_000 + b"}", ".klarsvar.json"),
    ("rulePaths to a missing folder", b'{"rulePaths": ["saknas"]}', "saknas"),
    ("UTF-16 text", "\ufeff{}".encode("utf-16-le"), ".klarsvar.json"),
    ("invalid UTF-8", b'{"failOn": "\xff"}', ".klarsvar.json"),
]:

    @check(f".klarsvar.json with {label}")
    def _(ctx, content=content, needle=needle):
        ctx.write(".klarsvar.json", content)
        ctx.write("brev.md", LETTER)
        result = ctx.run(["check", "brev.md"])
        expect_swedish_error(result, 2, needle)


@check(".klarsvar.json that is a folder")
def _(ctx):
    os.makedirs(ctx.path(".klarsvar.json"))
    ctx.write("brev.md", LETTER)
    result = ctx.run(["check", "brev.md"])
    expect(result.code in (1, 2), "ends normally", result)


@check(".klarsvar.json that is a FIFO does not block")
def _(ctx):
    os.mkfifo(ctx.path(".klarsvar.json"))
    ctx.write("brev.md", LETTER)
    result = ctx.run(["check", "brev.md"], timeout=20)
    expect_swedish_error(result, 2, ".klarsvar.json")


# MARK: - Rule packs


def pack(ctx, rules, folder="paket"):
    ctx.write(
        f"{folder}/pack.json",
        json.dumps({"schemaVersion": 1, "id": "test-pack", "name": "Test", "language": "sv", "version": "1.0.0",
                    "description": "Test"}),
    )
    ctx.write(f"{folder}/rules.json", rules if isinstance(rules, str) else json.dumps({"rules": rules}))
    return folder


def pattern_rule(pattern, rule_id="test-regel"):
    return {"id": rule_id, "type": "pattern", "category": "tone", "severity": "warning", "message": "Fynd: {match}",
            "explanation": "Test.", "pattern": pattern, "examples": {"flag": [], "pass": ["b"]}}


for label, rules, needle in [
    ("invalid JSON", '{"rules": [', "ogiltig JSON"),
    ("a rule without a type", [{"id": "test-x"}], "test-x"),
    ("an unknown rule type", [dict(pattern_rule("a"), type="magic")], "test-regel"),
    ("a pattern that does not compile", [pattern_rule("(")], "test-regel"),
    ("10,000 nested groups", [pattern_rule("(" * 10_000 + "a" + ")" * 10_000)], "test-regel"),
    ("a duplicate id", [pattern_rule("a"), pattern_rule("b")], "test-regel"),
    ("rules that are not a list", '{"rules": 5}', "rules.json"),
    ("100,000 nested objects", '{"rules": ' + '{"a":' * 100_000 + "1" + "}" * 100_000 + "}", "rules.json"),
]:

    @check(f"a user pack with {label}")
    def _(ctx, rules=rules, needle=needle):
        ctx.write("brev.md", LETTER)
        result = ctx.run(["check", "--rules", pack(ctx, rules), "brev.md"])
        expect_swedish_error(result, 2, needle)
        expect_says(result, "commitment-no-deadline")


@check("--rules names a missing folder")
def _(ctx):
    ctx.write("brev.md", LETTER)
    expect_swedish_error(ctx.run(["check", "--rules", "saknas", "brev.md"]), 2, "saknas")


@check("--rules names a pack without pack.json")
def _(ctx):
    ctx.write("paket/rules.json", json.dumps({"rules": [pattern_rule("a")]}))
    ctx.write("brev.md", LETTER)
    expect_swedish_error(ctx.run(["check", "--rules", "paket", "brev.md"]), 2, "paket")


@check("a pack whose rules file is a FIFO does not block")
def _(ctx):
    pack(ctx, [])
    os.remove(ctx.path("paket/rules.json"))
    os.mkfifo(ctx.path("paket/rules.json"))
    ctx.write("brev.md", LETTER)
    expect_swedish_error(ctx.run(["check", "--rules", "paket", "brev.md"], timeout=20), 2, "rules.json")


@check("--no-builtin without packs is an error, never a pass")
def _(ctx):
    ctx.write("brev.md", LETTER)
    expect_swedish_error(ctx.run(["check", "--no-builtin", "brev.md"]), 2, "inga regelpaket")


for pattern, text in [("(a+)+$", "a" * 40 + "!"), ("(\\w+\\s?)+$", "ord " * 30 + "!"), ("(x|x)*y", "x" * 40)]:

    @check(f"a catastrophic pattern {pattern} in a user pack ends")
    def _(ctx, pattern=pattern, text=text):
        ctx.write("brev.txt", text + "\n")
        result = ctx.run(["check", "--no-builtin", "--rules", pack(ctx, [pattern_rule(pattern)]), "brev.txt"], timeout=30)
        expect(result.code in (0, 1, 2), "ends", result)
        expect_says(result, "test-regel")


# MARK: - Baselines


for label, content in [("invalid JSON", "[1,2"), ("the wrong shape", '{"findings": 5}'), ("binary", "\x00\x01\x02")]:

    @check(f"--baseline with {label}")
    def _(ctx, content=content):
        ctx.write("bas.json", content)
        ctx.write("brev.md", LETTER)
        expect_swedish_error(ctx.run(["check", "--baseline", "bas.json", "brev.md"]), 2, "bas.json", "baslinje")


@check("--baseline names a file that does not exist")
def _(ctx):
    ctx.write("brev.md", LETTER)
    expect_swedish_error(ctx.run(["check", "--baseline", "saknas.json", "brev.md"]), 2, "saknas.json")


@check("--baseline names a folder")
def _(ctx):
    os.makedirs(ctx.path("bas"))
    ctx.write("brev.md", LETTER)
    expect_swedish_error(ctx.run(["check", "--baseline", "bas", "brev.md"]), 2, "inte en vanlig fil")


for label, make in [
    ("a folder", lambda ctx: os.makedirs(ctx.path("bas"))),
    ("a FIFO", lambda ctx: os.mkfifo(ctx.path("bas"))),
    ("a link to a FIFO", lambda ctx: (os.mkfifo(ctx.path("rör")), os.symlink("rör", ctx.path("bas")))),
]:

    @check(f"--write-baseline to {label} is refused and it stays what it was")
    def _(ctx, make=make):
        make(ctx)
        ctx.write("brev.md", LETTER)
        before = fingerprint(ctx.path("bas"))
        result = ctx.run(["check", "--write-baseline", "bas", "brev.md"], timeout=20)
        expect_unchanged(before, ctx.path("bas"), "the target")
        expect_swedish_error(result, 2, "skrivs inte", "inte en vanlig fil")


@check("--write-baseline into a missing folder")
def _(ctx):
    ctx.write("brev.md", LETTER)
    expect_swedish_error(ctx.run(["check", "--write-baseline", "saknas/bas.json", "brev.md"]), 2, "saknas")


# MARK: - Flags


for args, needle in [
    (["--bogus"], "okänd flagga"),
    (["--format", "zz"], "--format"),
    (["--min-severity", "loud"], "--min-severity"),
    (["--fail-on", "sometimes"], "--fail-on"),
    (["--kind", "poem"], "--kind"),
    (["--format"], "--format"),
    (["--dry-run"], "--dry-run"),
]:

    @check(f"check {' '.join(args)}")
    def _(ctx, args=args, needle=needle):
        ctx.write("brev.md", LETTER)
        expect_swedish_error(ctx.run(["check", "brev.md", *args]), 2, needle)


@check("an unknown command")
def _(ctx):
    expect_swedish_error(ctx.run(["granska"]), 2, "granska")


@check("explain on an unknown rule")
def _(ctx):
    result = ctx.run(["explain", "finns-inte"])
    expect(result.code == 2 or result.code == 1, "an error exit", result)
    expect_says(result, "finns-inte")


# MARK: - Where the output goes


@check("stdout is /dev/full")
def _(ctx):
    ctx.write("brev.md", LETTER)
    with open("/dev/full", "wb") as full:
        result = ctx.run(["check", "brev.md"], stdout=full)
    expect_swedish_error(result, 2, "disken är full")


@check("stdout is /dev/full with SARIF of many files")
def _(ctx):
    for number in range(50):
        ctx.write(f"d/{number}.md", LETTER)
    with open("/dev/full", "wb") as full:
        result = ctx.run(["check", "--format", "sarif", "d"], stdout=full)
    expect_swedish_error(result, 2, "disken är full")


@check("stdout is a pipe closed by its reader")
def _(ctx):
    ctx.write("brev.md", LETTER * 200)
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = ctx.run(["check", "brev.md"], stdout=write_end)
    finally:
        os.close(write_end)
    expect_swedish_error(result, 2, "stängt")


@check("stdout closed by `head -1` partway through a large report")
def _(ctx):
    for number in range(200):
        ctx.write(f"d/{number}.md", LETTER)
    with_head = subprocess.run(
        f"'{ctx.binary}' check d | head -1 >/dev/null; echo \"${{PIPESTATUS[0]}}\"",
        shell=True, cwd=ctx.folder, capture_output=True, timeout=60, executable="/bin/bash",
    )
    status = int(with_head.stdout.decode().strip().splitlines()[-1])
    expect(status in (1, 2), f"exit {status} (a signal shows as 128+N)\n{with_head.stderr.decode()[-500:]}")
    expect(b"Fatal error" not in with_head.stderr, with_head.stderr.decode()[-500:])


# MARK: - --fix


@check("--fix on a hard-linked file leaves both names as they were")
def _(ctx):
    path = ctx.write("brev.md", FIXABLE)
    os.link(path, ctx.path("kopia.md"))
    before = fingerprint(path)
    result = ctx.run(["check", "--fix", "brev.md"])
    expect_unchanged(before, path)
    expect_says(result, "hårda länkar")


@check("--fix keeps mode, owner and group")
def _(ctx):
    path = ctx.write("brev.md", FIXABLE, mode=0o640)
    if is_root():
        os.chown(path, NOBODY, NOBODY)
    before = os.stat(path)
    ctx.run(["check", "--fix", "brev.md"])
    after = os.stat(path)
    expect((after.st_mode, after.st_uid, after.st_gid) == (before.st_mode, before.st_uid, before.st_gid),
           f"mode/owner changed: {oct(before.st_mode)} {before.st_uid} -> {oct(after.st_mode)} {after.st_uid}")
    with open(path, encoding="utf-8") as handle:
        expect("får beslutet" in handle.read(), "the safe fix was applied")


@check("--fix through a symlink changes the target, keeps the link")
def _(ctx):
    target = ctx.write("brev.md", FIXABLE)
    os.symlink("brev.md", ctx.path("länk.md"))
    result = ctx.run(["check", "--fix", "länk.md"])
    expect(os.path.islink(ctx.path("länk.md")), "the link was replaced by a file", result)
    expect(result.code in (0, 1, 2), "ends", result)
    with open(target, encoding="utf-8") as handle:
        text = handle.read()
    expect(text == FIXABLE or "får beslutet" in text, "the target is the letter or its fix")


for label, make in [
    ("a UTF-16 file", lambda: b"\xff\xfe" + FIXABLE.encode("utf-16-le")),
    ("a file with invalid UTF-8", lambda: FIXABLE.encode() + b"\xff"),
    ("a .docx", lambda: b"PK\x03\x04" + b"\x00" * 100),
]:

    @check(f"--fix on {label} leaves it as it was")
    def _(ctx, make=make, name="brev.docx" if "docx" in label else "brev.txt"):
        path = ctx.write(name, make())
        before = fingerprint(path)
        result = ctx.run(["check", "--fix", os.path.basename(path)])
        expect_unchanged(before, path)
        expect(result.code in (1, 2), "ends with findings or an error", result)


@check("--fix --dry-run writes nothing")
def _(ctx):
    path = ctx.write("brev.md", FIXABLE)
    before = fingerprint(path)
    result = ctx.run(["check", "--fix", "--dry-run", "brev.md"])
    expect_unchanged(before, path)
    expect_says(result, "+Du får beslutet")


@check("--fix in a folder it may not write leaves the file")
def _(ctx):
    path = ctx.write("d/brev.md", FIXABLE, mode=0o644)
    os.chmod(ctx.path("d"), 0o555)
    before = fingerprint(path)
    result = ctx.run(["check", "--fix", "d/brev.md"], user=NOBODY if is_root() else None)
    os.chmod(ctx.path("d"), 0o755)
    expect_unchanged(before, path)
    expect_swedish_error(result, 2, "brev.md")


@check("--fix on a FIFO named does not block or replace it")
def _(ctx):
    os.mkfifo(ctx.path("p.md"))
    before = fingerprint(ctx.path("p.md"))
    result = ctx.run(["check", "--fix", "p.md"], timeout=20)
    expect_unchanged(before, ctx.path("p.md"), "the FIFO")
    expect_swedish_error(result, 2, "inte en vanlig fil")


@check("--fix on examples/ never writes ungrammatical Swedish")
def _(ctx):
    examples = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "examples")
    shutil.copytree(examples, ctx.path("exempel"))
    result = ctx.run(["check", "--fix", "exempel"], timeout=120)
    expect(result.code in (0, 1), "the fixed files' findings", result)
    for root, _, files in os.walk(ctx.path("exempel")):
        for name in files:
            with open(os.path.join(root, name), "rb") as handle:
                text = handle.read().decode("utf-8", "replace")
            for wrong in ("måste begärs in", "kan utreda av", "kan utredas rätten"):
                expect(wrong not in text, f"{name}: {wrong!r}")


@check("--fix with --write-baseline")
def _(ctx):
    path = ctx.write("brev.md", FIXABLE)
    result = ctx.run(["check", "--fix", "--write-baseline", "bas.json", "brev.md"])
    expect(result.code in (0, 1, 2), "ends", result)
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    expect(text == FIXABLE or "får beslutet" in text, "the letter or its safe fix")


@check("--stdin-filename without -")
def _(ctx):
    ctx.write("brev.md", LETTER)
    result = ctx.run(["check", "--stdin-filename", "x.md", "brev.md"])
    expect(result.code in (1, 2), "findings or a usage error", result)


@check("--fix on stdin writes nothing anywhere")
def _(ctx):
    result = ctx.run(["check", "--fix", "-"], stdin=FIXABLE.encode())
    expect(result.code in (0, 1, 2), "ends", result)
    expect(os.listdir(ctx.folder) == [], f"files appeared: {os.listdir(ctx.folder)}")
