#!/usr/bin/env bash
# Headless Vim + ALE test: opens examples/klagomal-hemtjanst.md with editors/vim/klarsvar-ale.vim and
# checks klarsvar's diagnostics (rule ids, byte columns and highlights on lines with å/ä/ö, severities,
# settings).
# Needs: vim and ALE (Debian: apt-get install -y vim-nox vim-ale) and a built klarsvar binary.
# Usage: editors/vim/test/run.sh [path/to/klarsvar]   (default: .build/debug/klarsvar, then PATH)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"

source "$repo/editors/test-common.sh"
klarsvar_test_setup "${1:-}"
ale="${KLARSVAR_ALE_ROOT:-/usr/share/vim-ale}"
if ! command -v vim >/dev/null || [ ! -f "$ale/plugin/ale.vim" ]; then
  echo "FAIL: vim or ALE not found; install them with 'apt-get install -y vim-nox vim-ale' (or set KLARSVAR_ALE_ROOT)" >&2
  exit 1
fi

export KLARSVAR_ALE_ROOT="$ale" KLARSVAR_VIM="$repo/editors/vim" KLARSVAR_RULES="$repo/editors/fixtures/rules"
export KLARSVAR_OUT="$work/out"
export HOME="$work"

status=0
timeout 60 vim --not-a-term -N -u "$here/ale-test.vim" -i NONE </dev/null >/dev/null 2>"$work/stderr" || status=$?
[ -f "$work/out" ] && cat "$work/out"
if [ "$status" -ne 0 ] || ! grep -q "klarsvar vim/ale test: ok" "$work/out" 2>/dev/null; then
  [ "$status" -eq 124 ] && echo "FAIL: vim did not finish within 60 s" >&2
  cat "$work/stderr" >&2
  echo "vim/ale test failed (status $status)" >&2
  exit 1
fi
