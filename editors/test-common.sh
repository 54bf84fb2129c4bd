# Shared set-up for the real-editor tests (sourced by editors/*/test/run.sh).
# Expects `repo` set; takes the klarsvar path as $1 (else $KLARSVAR_BINARY, .build/debug/klarsvar, PATH).
# Sets and exports KLARSVAR_BINARY (absolute) and KLARSVAR_TEST_FILE (a copy of the example letter in a
# temporary folder `work`, removed on exit).
klarsvar_test_setup() {
  local binary="${1:-${KLARSVAR_BINARY:-}}"
  if [ -z "$binary" ]; then
    if [ -x "$repo/.build/debug/klarsvar" ]; then binary="$repo/.build/debug/klarsvar";
    else binary="$(command -v klarsvar || true)"; fi
  fi
  if [ -z "$binary" ] || [ ! -x "$binary" ]; then
    echo "FAIL: klarsvar binary not found; build it with 'swift build' or pass its path" >&2
    exit 1
  fi
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  cp "$repo/examples/klagomal-hemtjanst.md" "$work/klagomal-hemtjanst.md"
  KLARSVAR_BINARY="$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")"
  KLARSVAR_TEST_FILE="$work/klagomal-hemtjanst.md"
  export KLARSVAR_BINARY KLARSVAR_TEST_FILE
}
