#!/usr/bin/env bash
# Every check of the project, in order, stopping at the first failure:
#   setup (install what is missing), then
#   1 fmt          cargo fmt --check, and ESLint over every JavaScript file (eslint.config.mjs)
#   2 clippy-host  cargo clippy --workspace --all-targets (native), warnings are errors
#   3 clippy-wasm  cargo clippy for wasm32 (the web crate: lib, bins, tests), warnings are errors
#   4 unit         cargo test --workspace (native: the core's model, property and doc tests),
#                  then the toy-pattern test (a ninth pattern reaches every list)
#   5 fuzz         scripts/fuzz.sh 200000: a bounded share of the fuzz harness (about a minute;
#                  a new seed each run, printed; a failing input is saved for `cargo test`)
#   6 browser      cargo test --test household --test staff in headless Chromium (wasm-bindgen-test-runner)
#   7 build        trunk build --release -> dist/
#   8 e2e          node --test e2e/ (Playwright against dist/ served on 127.0.0.1)
#   9 size         scripts/size-report.mjs: raw/gzip/brotli per file, brotli budget 200 KB
# The last line is always `checks: N passed, M failed` (a failed setup counts as one failure).
set -euo pipefail

# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

passed=0
failed=0
total_start=$SECONDS
timings=()

summary() {
  echo
  if ((${#timings[@]})); then
    printf '%s\n' "${timings[@]}"
  fi
  echo "total: $((SECONDS - total_start)) s"
  echo "checks: $passed passed, $failed failed"
}

# stage NAME COMMAND...: runs one check under a header; stops everything when it fails.
stage() {
  local name="$1"
  shift
  printf '\n==================== %s ====================\n$ %s\n' "$name" "$*"
  local start=$SECONDS rc=0
  "$@" || rc=$?
  local took=$((SECONDS - start))
  if ((rc == 0)); then
    passed=$((passed + 1))
    timings+=("$(printf '  ok      %-12s %4d s' "$name" "$took")")
    printf -- '---- %s: ok (%d s)\n' "$name" "$took"
  else
    failed=$((failed + 1))
    timings+=("$(printf '  FAILED  %-12s %4d s (exit %d)' "$name" "$took" "$rc")")
    printf -- '---- %s: FAILED (exit %d, %d s)\n' "$name" "$rc" "$took"
    summary
    exit 1
  fi
}

printf '==================== setup ====================\n'
if ! bash scripts/setup.sh; then
  failed=1
  echo "---- setup: FAILED"
  summary
  exit 1
fi

# (A stage's function runs under `||`, where `set -e` does not apply: each step is chained.)
fmt() {
  cargo fmt --check && npx --no-install eslint .
}
stage fmt fmt
stage clippy-host cargo clippy --workspace --all-targets -- -D warnings
stage clippy-wasm cargo clippy --target "$WASM_TARGET" -p hezuo --lib --bins --tests -- -D warnings
unit() {
  cargo test --workspace && cargo test -p hezuo-core --features toy-pattern --test toy_pattern
}
stage unit unit
stage fuzz scripts/fuzz.sh 200000
stage browser env \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  CHROMEDRIVER="$CHROMEDRIVER_BIN" \
  WASM_BINDGEN_TEST_WEBDRIVER_JSON="$REPO_ROOT/webdriver.json" \
  cargo test --target "$WASM_TARGET" -p hezuo --test household --test staff
stage build trunk build --release
stage e2e node --test e2e/
stage size node scripts/size-report.mjs

summary
