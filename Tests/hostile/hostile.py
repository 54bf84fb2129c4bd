#!/usr/bin/env python3
"""Hostile input against the built `klarsvar`: `check` (cases_check.py) and `lsp` (cases_lsp.py).

Usage: python3 Tests/hostile/hostile.py PATH/TO/klarsvar [--only SUBSTRING] [--verbose]

Every case runs the binary in a fresh temporary folder with a time bound and asserts the outcome
(exit code, the Swedish message, files left as they were, the server still answering). Each case ends
in one class:

  handled cleanly  every assertion held
  crash            the process died from a signal (or the server died while the client still talked)
  hang             the time bound passed
  data loss        a file the user wrote was changed, replaced or removed when it should not have been
  unclear          it finished, but not as asserted (wrong exit code, message, missing answer)

A case marked `pending` needs work that is not merged yet (named in the mark): its outcome is
printed but does not fail the run, and it is listed apart from the summary's counts.

Prints "tried / handled cleanly / crash / hang / data loss / unclear" and exits 1 unless every
case not pending was handled cleanly. Python 3 standard library only.
"""

import os
import shutil
import sys
import tempfile
import time
import traceback

sys.dont_write_bytecode = True  # no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import cases_check  # noqa: E402
import cases_input  # noqa: E402
import cases_lsp  # noqa: E402
import cases_lsp_documents  # noqa: E402
import cases_setup  # noqa: E402
from harness import Case, Outcome  # noqa: E402


def run_case(case, binary, verbose):
    folder = tempfile.mkdtemp(prefix="klarsvar-hostile-")
    os.chmod(folder, 0o755)
    started = time.monotonic()
    try:
        outcome = case.run(binary, folder)
    except Outcome as raised:
        outcome = raised
    except Exception:  # a bug in the case itself counts against the case, loudly
        outcome = Outcome("unclear", "the case raised:\n" + traceback.format_exc())
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        if os.path.exists(folder):  # left unreadable by a case: make it removable
            for root, dirs, _ in os.walk(folder):
                for name in dirs:
                    os.chmod(os.path.join(root, name), 0o755)
            shutil.rmtree(folder, ignore_errors=True)
    elapsed = time.monotonic() - started
    if verbose or outcome.kind != "clean":
        mark = f" [pending: {case.pending}]" if case.pending else ""
        print(f"{outcome.kind:>7}  {case.area}: {case.name} ({elapsed:.1f} s){mark}")
        if outcome.kind != "clean":
            print("         " + outcome.detail.replace("\n", "\n         ")[:2000])
    return outcome


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    binary = os.path.abspath(argv[1])
    only = argv[argv.index("--only") + 1] if "--only" in argv else None
    verbose = "--verbose" in argv
    cases = (
        cases_check.CASES + cases_input.CASES + cases_setup.CASES + cases_lsp.CASES + cases_lsp_documents.CASES
    )
    names = [f"{case.area}: {case.name}" for case in cases]
    assert len(names) == len(set(names)), "case names repeat"
    if only:
        cases = [case for case in cases if only in f"{case.area}: {case.name}"]
    counts = {"clean": 0, "crash": 0, "hang": 0, "dataloss": 0, "unclear": 0}
    pending = []
    for case in cases:
        outcome = run_case(case, binary, verbose)
        if case.pending:
            pending.append((case, outcome))
        else:
            counts[outcome.kind] += 1
    tried = sum(counts.values())
    print(
        f"\n{tried} tried / {counts['clean']} handled cleanly / {counts['crash']} crash / {counts['hang']} hang"
        f" / {counts['dataloss']} data loss / {counts['unclear']} unclear"
        f" ({len([c for c in cases if c.area == 'check'])} check, {len([c for c in cases if c.area == 'lsp'])} lsp)"
    )
    for case, outcome in pending:
        print(f"pending ({case.pending}): {case.area}: {case.name}: {outcome.kind}")
    return 0 if counts["clean"] == tried else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
