"""What the hostile cases share: a case, how one ends, running `klarsvar` with a bound, assertions."""

import hashlib
import os
import signal
import subprocess

# A letter with findings (an open promise, no contact details): the text most cases start from.
LETTER = "Hej Anna!\n\nVi återkommer inom kort om ditt ärende.\n\nMed vänliga hälsningar\nBo Ek\n"
# A text that the built-in rules have no objection to is not needed: cases assert what happens to
# the file, not which rules fire.

CASES_TIMEOUT = 60


class Outcome(Exception):
    """How a case ended: clean, crash, hang, dataloss or unclear, with what was seen."""

    def __init__(self, kind, detail=""):
        super().__init__(detail)
        self.kind = kind
        self.detail = detail


CLEAN = Outcome("clean")


class Case:
    def __init__(self, area, name, body, pending=None):
        self.area = area
        self.name = name
        self.body = body
        self.pending = pending

    def run(self, binary, folder):
        self.body(Context(binary, folder))
        return CLEAN


def case(registry, area, name, pending=None):
    """Registers the decorated function as a case."""

    def register(body):
        registry.append(Case(area, name, body, pending))
        return body

    return register


class Result:
    def __init__(self, code, out, err, args):
        self.code = code
        self.out = out
        self.err = err
        self.args = args

    @property
    def text(self):
        return self.out.decode("utf-8", "replace") + self.err.decode("utf-8", "replace")

    def describe(self):
        return f"`{' '.join(self.args)}` exit {self.code}\n{self.text[-1500:]}"


class Context:
    """One case's temporary folder and the binary under test."""

    def __init__(self, binary, folder):
        self.binary = binary
        self.folder = folder

    def path(self, name):
        return os.path.join(self.folder, name)

    def write(self, name, content, mode=None):
        path = self.path(name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as handle:
            handle.write(content.encode("utf-8") if isinstance(content, str) else content)
        if mode is not None:
            os.chmod(path, mode)
        return path

    def run(self, args, stdin=b"", timeout=CASES_TIMEOUT, stdout=None, user=None, env=None):
        """Runs `klarsvar ARGS` in the folder; a signal is a crash, the bound passing a hang."""
        command = [self.binary] + list(args)
        if user is not None:
            command = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups"] + command
        process = subprocess.Popen(
            command,
            cwd=self.folder,
            stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
            stdout=stdout if stdout is not None else subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=dict(os.environ, **(env or {})),
            start_new_session=True,
        )
        try:
            out, err = process.communicate(stdin, timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise Outcome("hang", f"`{' '.join(args)}` still running after {timeout} s")
        result = Result(process.returncode, out or b"", err or b"", list(args))
        crash_on(result)
        return result


def crash_on(result):
    if result.code < 0:
        name = signal.Signals(-result.code).name
        raise Outcome("crash", f"killed by {name}: " + result.describe())
    if b"Fatal error" in result.err or b"Stack dump" in result.err or b"Illegal instruction" in result.err:
        raise Outcome("crash", "a trap's report on stderr: " + result.describe())


def expect(condition, message, result=None):
    if not condition:
        raise Outcome("unclear", message + ("\n" + result.describe() if result else ""))


def expect_exit(result, code):
    expect(result.code == code, f"exit {result.code}, expected {code}", result)


def expect_says(result, *needles):
    for needle in needles:
        expect(needle in result.text, f"output lacks {needle!r}", result)


def expect_swedish_error(result, code, *needles):
    """An error exit whose message names the problem in Swedish and never in Foundation's English."""
    expect_exit(result, code)
    expect_says(result, *needles)
    for english in ("The operation", "couldn’t", "could not", "NSCocoaErrorDomain", "DecodingError", "Error Domain"):
        expect(english not in result.text, f"an English system message: {english!r}", result)


def fingerprint(path):
    """Content hash, inode, mode and owner: what must stay as it was for the file not to be lost."""
    info = os.lstat(path)
    digest = None
    if os.path.isfile(path) and not os.path.islink(path):
        with open(path, "rb") as handle:
            digest = hashlib.sha256(handle.read()).hexdigest()
    return (digest, info.st_ino, info.st_mode, info.st_uid, info.st_gid, info.st_nlink)


def expect_unchanged(before, path, what="the file"):
    if not os.path.lexists(path):
        raise Outcome("dataloss", f"{what} ({path}) is gone")
    after = fingerprint(path)
    if after != before:
        raise Outcome("dataloss", f"{what} ({path}) changed: {before} -> {after}")


def is_root():
    return os.geteuid() == 0


NOBODY = 65534
