"""`klarsvar check` on hostile files and folders: links, special files, encodings, sizes, documents."""

import os
import socket
import zipfile

from harness import (
    LETTER,
    NOBODY,
    case,
    expect,
    expect_exit,
    expect_says,
    expect_swedish_error,
    fingerprint,
    expect_unchanged,
    is_root,
)

CASES = []


def check(name, pending=None):
    return case(CASES, "check", name, pending)


def as_other_user(ctx):
    """Who cannot read a mode-000 file: the caller, or nobody when the caller is root."""
    return NOBODY if is_root() else None


# MARK: - Links and folders


@check("a folder holding `ln -s . a` is walked once")
def _(ctx):
    ctx.write("d/brev.md", LETTER)
    os.symlink(".", ctx.path("d/a"))
    result = ctx.run(["check", "d"])
    expect_exit(result, 1)
    expect(result.text.count("commitment-no-deadline") == 1, "the letter is checked once", result)


@check("with --follow, `ln -s . a` and `ln -s .. b` still end, every file once")
def _(ctx):
    ctx.write("d/e/brev.md", LETTER)
    os.symlink(".", ctx.path("d/e/a"))
    os.symlink("..", ctx.path("d/e/b"))
    result = ctx.run(["check", "--follow", "d"])
    expect_exit(result, 1)
    expect(result.text.count("commitment-no-deadline") == 1, "the letter is checked once", result)


@check("with --follow, two links to one folder check its file once")
def _(ctx):
    ctx.write("real/brev.md", LETTER)
    os.makedirs(ctx.path("d"))
    os.symlink("../real", ctx.path("d/x"))
    os.symlink("../real", ctx.path("d/y"))
    result = ctx.run(["check", "--follow", "d", "real"])
    expect(result.text.count("commitment-no-deadline") == 1, "the file reached three ways is checked once", result)


@check("a file named twice on the command line is checked once")
def _(ctx):
    ctx.write("brev.md", LETTER)
    result = ctx.run(["check", "brev.md", "./brev.md", "."])
    expect(result.text.count("commitment-no-deadline") == 1, "checked once", result)


@check("a link loop between two files, named")
def _(ctx):
    os.symlink("b.md", ctx.path("a.md"))
    os.symlink("a.md", ctx.path("b.md"))
    result = ctx.run(["check", "a.md"])
    expect_swedish_error(result, 2, "a.md", "symboliska länkar")


@check("a dangling link, named")
def _(ctx):
    os.symlink("saknas.md", ctx.path("a.md"))
    expect_swedish_error(ctx.run(["check", "a.md"]), 2, "a.md", "finns inte")


@check("a dangling link in a walked folder does not stop the others")
def _(ctx):
    ctx.write("d/brev.md", LETTER)
    os.symlink("saknas.md", ctx.path("d/trasig.md"))
    result = ctx.run(["check", "d"])
    expect(result.code in (1, 2), "the letter's findings or an error", result)
    expect_says(result, "commitment-no-deadline")


@check("a path that does not exist")
def _(ctx):
    expect_swedish_error(ctx.run(["check", "saknas.md"]), 2, "saknas.md", "finns inte")


@check("an empty folder is not a silent pass")
def _(ctx):
    os.makedirs(ctx.path("tom"))
    result = ctx.run(["check", "tom"])
    expect(result.code in (0, 2), "ends normally", result)
    expect_says(result, "0 filer")


@check("folders 300 deep")
def _(ctx):
    path = "d" + "/d" * 299
    ctx.write(path + "/brev.md", LETTER)
    result = ctx.run(["check", "d"])
    expect_exit(result, 1)
    expect_says(result, "commitment-no-deadline")


@check("3,000 files in one folder")
def _(ctx):
    for number in range(3000):
        ctx.write(f"d/{number}.txt", "Tack för ditt brev.\n")
    result = ctx.run(["check", "--fail-on", "never", "d"])
    expect_exit(result, 0)
    expect_says(result, "3000 filer kontrollerade")


@check("a path longer than PATH_MAX")
def _(ctx):
    result = ctx.run(["check", "x/" * 3000 + "brev.md"])
    expect_exit(result, 2)


@check("file names with newlines, quotes and åäö")
def _(ctx):
    ctx.write('d/rad\nbryt "å".md', LETTER)
    result = ctx.run(["check", "d"])
    expect_exit(result, 1)
    expect_says(result, "commitment-no-deadline")


@check("a file name that starts with a dash, after --")
def _(ctx):
    ctx.write("-brev.md", LETTER)
    result = ctx.run(["check", "--", "-brev.md"])
    expect(result.code in (1, 2), "findings or a usage error, not a crash", result)


@check(".gitignore with odd patterns ([, **, !, \\) is read without error")
def _(ctx):
    ctx.write("d/.gitignore", "[\n**/**/**\n!\n\\\n*.[\n/\n" + "a*" * 2000 + "\n")
    ctx.write("d/brev.md", LETTER)
    result = ctx.run(["check", "d"])
    expect(result.code in (0, 1), "ends normally", result)


@check(".gitignore and .klarsvarignore are honoured, --no-ignore turns them off")
def _(ctx):
    ctx.write("d/.gitignore", "utkast/\n")
    ctx.write("d/.klarsvarignore", "gammal.md\n")
    ctx.write("d/utkast/a.md", LETTER)
    ctx.write("d/gammal.md", LETTER)
    expect_says(ctx.run(["check", "--fail-on", "never", "d"]), "0 filer")
    expect_says(ctx.run(["check", "--fail-on", "never", "--no-ignore", "d"]), "2 filer")


@check("an Office lock file ~$brev.docx is skipped")
def _(ctx):
    ctx.write("d/~$brev.docx", b"\x0bAnna Svensson" + b"\x00" * 150)
    result = ctx.run(["check", "d"])
    expect(result.code in (0, 2), "ends normally", result)
    expect("ZIP" not in result.text, "not read as a document", result)


# MARK: - Special files


@check("a FIFO named does not block")
def _(ctx):
    os.mkfifo(ctx.path("p.md"))
    expect_swedish_error(ctx.run(["check", "p.md"], timeout=20), 2, "p.md", "inte en vanlig fil")


@check("a FIFO in a walked folder is skipped with a word")
def _(ctx):
    ctx.write("d/brev.md", LETTER)
    os.mkfifo(ctx.path("d/p.md"))
    result = ctx.run(["check", "d"], timeout=20)
    expect_exit(result, 1)
    expect_says(result, "p.md", "inte en vanlig fil", "commitment-no-deadline")


@check("a socket in a walked folder is skipped")
def _(ctx):
    ctx.write("d/brev.md", LETTER)
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(ctx.path("d/s.md"))
        result = ctx.run(["check", "d"], timeout=20)
    finally:
        server.close()
    expect_exit(result, 1)
    expect_says(result, "commitment-no-deadline")


for device in ("/dev/null", "/dev/zero", "/dev/urandom"):

    @check(f"the device {device} named")
    def _(ctx, device=device):
        expect_swedish_error(ctx.run(["check", device], timeout=20), 2, device, "inte en vanlig fil")

    @check(f"a link to {device} in a walked folder")
    def _(ctx, device=device):
        ctx.write("d/brev.md", LETTER)
        os.symlink(device, ctx.path("d/enhet.md"))
        result = ctx.run(["check", "d"], timeout=20)
        expect(result.code in (1, 2), "findings or an error", result)
        expect_says(result, "commitment-no-deadline")


@check("a folder given as --stdin-filename with stdin")
def _(ctx):
    os.makedirs(ctx.path("d"))
    result = ctx.run(["check", "--stdin-filename", "d", "-"], stdin=LETTER.encode())
    expect(result.code in (1, 2), "ends normally", result)


# MARK: - Permissions


@check("an unreadable file named")
def _(ctx):
    ctx.write("brev.md", LETTER, mode=0o000)
    result = ctx.run(["check", "brev.md"], user=as_other_user(ctx))
    expect_swedish_error(result, 2, "brev.md", "behörighet")


@check("an unreadable file in a walked folder fails the run")
def _(ctx):
    ctx.write("d/brev.md", LETTER)
    ctx.write("d/låst.md", LETTER, mode=0o000)
    result = ctx.run(["check", "d"], user=as_other_user(ctx))
    expect_swedish_error(result, 2, "låst.md", "behörighet")


@check("an unreadable folder named")
def _(ctx):
    ctx.write("d/brev.md", LETTER)
    os.chmod(ctx.path("d"), 0o000)
    result = ctx.run(["check", "d"], user=as_other_user(ctx))
    expect_swedish_error(result, 2, "d", "behörighet")


@check("an unreadable folder met while walking")
def _(ctx):
    ctx.write("d/brev.md", LETTER)
    ctx.write("d/låst/x.md", LETTER)
    os.chmod(ctx.path("d/låst"), 0o000)
    result = ctx.run(["check", "d"], user=as_other_user(ctx))
    expect_swedish_error(result, 2, "låst", "behörighet")
    expect_says(result, "commitment-no-deadline")


# MARK: - Odd names


@check("a folder named like a letter (brev.md/) is walked")
def _(ctx):
    ctx.write("brev.md/inne.md", LETTER)
    result = ctx.run(["check", "brev.md"])
    expect_exit(result, 1)
    expect_says(result, "inne.md")


@check("a file used as a folder (brev.md/x)")
def _(ctx):
    ctx.write("brev.md", LETTER)
    expect_swedish_error(ctx.run(["check", "brev.md/x"]), 2, "brev.md/x")


@check("a file name that is not UTF-8")
def _(ctx):
    os.makedirs(ctx.path("d"))
    with open(os.path.join(os.fsencode(ctx.path("d")), b"brev-\xe5.md"), "wb") as handle:
        handle.write(LETTER.encode())
    result = ctx.run(["check", "d"])
    expect(result.code in (1, 2), "the findings or a Swedish error", result)


@check("a hard link and a symlink to one file are checked once")
def _(ctx):
    path = ctx.write("d/brev.md", LETTER)
    os.link(path, ctx.path("d/hård.md"))
    os.symlink("brev.md", ctx.path("d/mjuk.md"))
    result = ctx.run(["check", "d"])
    expect(result.text.count("commitment-no-deadline") == 1, "checked once", result)
