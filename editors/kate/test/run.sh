#!/usr/bin/env bash
# Real-Kate test: Debian's Kate under Xvfb, with editors/kate/lspclient-settings.json as its LSP Client
# user settings, opens a Markdown letter and a plain-text letter (no extension, Kate's mode "Normal").
# klarsvar is started through a wrapper that logs the frames both ways; the test checks that Kate sent
# the right language id and that klarsvar published the expected diagnostics (a severity changed by
# the settings included), and keeps the logs and a screenshot of each letter in .build/kate-test/.
# Needs: kate, Xvfb, ImageMagick (import, convert, identify), python3
#   (Debian: apt-get install -y kate xvfb imagemagick) and a built klarsvar binary.
# Usage: editors/kate/test/run.sh [path/to/klarsvar]   (default: .build/debug/klarsvar, then PATH)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
wait_seconds="${KLARSVAR_TEST_TIMEOUT:-60}"

source "$repo/editors/test-common.sh"
klarsvar_test_setup "${1:-}"
for tool in kate Xvfb import convert identify python3; do
  if ! command -v "$tool" >/dev/null; then
    echo "FAIL: $tool not found; install them with 'apt-get install -y kate xvfb imagemagick python3'" >&2
    exit 1
  fi
done

out="$repo/.build/kate-test"
rm -rf "$out" && mkdir -p "$out"

# Kate's whole world lives in $work: no user configuration is read or changed.
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export XDG_CACHE_HOME="$work/cache" XDG_STATE_HOME="$work/state" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_CONFIG_HOME/kate/lspclient" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS SESSION_MANAGER

# The server Kate starts: klarsvar with its stdin (client frames) and stdout (server frames) logged.
wrapper="$work/klarsvar-logged"
cat >"$wrapper" <<EOF
#!/bin/sh
tee -a '$out/client.log' | '$KLARSVAR_BINARY' "\$@" 2>>'$out/server-stderr.log' | tee -a '$out/server.log'
EOF
chmod +x "$wrapper"

# The shipped settings as they are, except for the command.
python3 - "$repo/editors/kate/lspclient-settings.json" "$wrapper" \
  "$XDG_CONFIG_HOME/kate/lspclient/settings.json" <<'PY'
import json, sys
settings = json.load(open(sys.argv[1]))
settings["servers"]["klarsvar"]["command"] = [sys.argv[2], "lsp"]
json.dump(settings, open(sys.argv[3], "w"), indent=2)
PY
# The LSP Client plugin on, and the server's command line allowed (Kate otherwise asks in a dialog).
cat >"$XDG_CONFIG_HOME/katerc" <<EOF
[Kate Plugins]
lspclientplugin=true

[lspclient]
AllowedServerCommandLines=$wrapper lsp
EOF

cp "$KLARSVAR_TEST_FILE" "$work/svar-hemtjanst.md"
cp "$KLARSVAR_TEST_FILE" "$work/svar-hemtjanst"

xvfb_pid="" kate_pid=""
cleanup() {
  if [ -n "$kate_pid" ]; then kill "$kate_pid" 2>/dev/null || true; fi
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# Xvfb picks a free display and writes its number to fd 3.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" >"$out/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.2; done
if [ ! -s "$work/display" ]; then
  cat "$out/xvfb.log" >&2
  echo "FAIL: Xvfb did not start" >&2
  exit 1
fi
export DISPLAY=":$(head -n1 "$work/display")"

# Opens FILE in a new Kate, waits for the diagnostics, takes a screenshot, closes Kate.
# check_letter FILE LANGUAGE_ID SCREENSHOT CHECK-FRAMES-ARGUMENTS...
status=0
check_letter() {
  local file="$1" language="$2" screenshot="$3"
  shift 3
  timeout "$((wait_seconds + 30))" kate -n "$work/$file" >>"$out/kate.log" 2>&1 &
  kate_pid=$!
  local deadline=$((SECONDS + wait_seconds)) ok=0
  while [ "$SECONDS" -lt "$deadline" ] && kill -0 "$kate_pid" 2>/dev/null; do
    if python3 "$here/check-frames.py" "$out/client.log" "$out/server.log" "$file" "$language" "$@" >/dev/null; then
      ok=1
      break
    fi
    sleep 1
  done
  # Time for Kate to draw the underlines before the screenshot.
  [ "$ok" = 1 ] && sleep 3
  # The screen, cut down to Kate's window (the rest of the screen is black).
  timeout 30 import -window root "$out/$screenshot" 2>>"$out/kate.log" \
    && timeout 30 convert "$out/$screenshot" -bordercolor black -border 1 -trim +repage "$out/$screenshot" \
      2>>"$out/kate.log" || true
  kill "$kate_pid" 2>/dev/null || true
  wait "$kate_pid" 2>/dev/null || true
  kate_pid=""
  python3 "$here/check-frames.py" "$out/client.log" "$out/server.log" "$file" "$language" "$@" || status=1
  if [ "$ok" != 1 ]; then
    echo "FAIL: no diagnostics for $file in Kate within $wait_seconds s (log: $out/kate.log)" >&2
    status=1
  fi
  # A Kate window was drawn: a blank or black screen has a handful of colours at most.
  local colours
  colours="$(identify -format '%k' "$out/$screenshot" 2>/dev/null || echo 0)"
  if [ "$colours" -lt 50 ]; then
    echo "FAIL: the screenshot $out/$screenshot shows no Kate window ($colours colours)" >&2
    status=1
  else
    echo "screenshot: $out/$screenshot"
  fi
}

check_letter svar-hemtjanst.md markdown kate-markdown.png \
  plain-officialese tone-pseudo-apology --error commitment-no-deadline
check_letter svar-hemtjanst plaintext kate-plaintext.png \
  plain-officialese tone-pseudo-apology --error commitment-no-deadline

if [ "$status" -ne 0 ]; then
  tail -n 20 "$out/server-stderr.log" >&2 || true
  echo "kate test failed" >&2
  exit 1
fi
echo "klarsvar kate test: ok (Markdown and plain text, diagnostics published, settings applied)"
