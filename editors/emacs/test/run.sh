#!/usr/bin/env bash
# Batch Emacs test for klarsvar's Eglot integration: opens examples/klagomal-hemtjanst.md, waits for
# klarsvar's diagnostics in Flymake and checks rule ids, ranges, severities and settings.
# Needs: emacs (Debian: apt-get install -y emacs-nox elpa-eglot; Eglot 1.9 or newer; elpa-markdown-mode
# optional, without it the letter is opened in text-mode) and a built klarsvar binary.
# Usage: editors/emacs/test/run.sh [path/to/klarsvar]   (default: .build/debug/klarsvar, then PATH)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
timeout_seconds="${KLARSVAR_TEST_TIMEOUT:-90}"

source "$repo/editors/test-common.sh"
klarsvar_test_setup "${1:-}"
if ! command -v emacs >/dev/null; then
  echo "FAIL: emacs not found; install it with 'apt-get install -y emacs-nox elpa-eglot'" >&2
  exit 1
fi

export KLARSVAR_EMACS_ROOT="$repo/editors/emacs"
export KLARSVAR_TEST_RULES="$repo/editors/fixtures/rules"
export KLARSVAR_EMACS_HOME="$work/emacs.d"   # user-emacs-directory for the run (project list etc.)

# -q (not -Q): Debian's site-start makes the elpa-* packages (eglot) loadable; no user init file.
# klarsvar.el must byte-compile without warnings.
mkdir "$work/compile" && cp "$repo/editors/emacs/klarsvar.el" "$work/compile/"
if ! emacs --batch -q --eval '(setq byte-compile-error-on-warn t)' -f batch-byte-compile \
    "$work/compile/klarsvar.el" >"$work/compile.log" 2>&1; then
  grep -v '^Loading' "$work/compile.log" >&2 || true
  echo "FAIL: editors/emacs/klarsvar.el does not byte-compile cleanly" >&2
  exit 1
fi
status=0
timeout "$timeout_seconds" emacs --batch -q -l "$here/klarsvar-test.el" >"$work/out" 2>&1 || status=$?
grep -v -e '^Loading /etc/emacs' -e '^Loading .*debian-startup' -e '^Loading.*site-start' "$work/out" || true
if [ "$status" -eq 0 ] && ! grep -q "klarsvar emacs test: ok" "$work/out"; then
  echo "FAIL: emacs exited 0 without reporting success" >&2
  status=1
fi
if [ "$status" -ne 0 ]; then
  [ "$status" -eq 124 ] && echo "FAIL: emacs did not finish within $timeout_seconds s" >&2
  echo "emacs test failed (status $status)" >&2
  exit 1
fi
