# shellcheck shell=bash
# Source me: sets REPO_ROOT and puts the project's tools first on PATH.
#   node_modules/.bin  -> wasm-opt 132 (binaryen from npm; Debian's is too old)
#   ~/.cargo/bin       -> trunk, wasm-bindgen, wasm-bindgen-test-runner, cargo
# The pinned versions live here so setup.sh and the README agree.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export REPO_ROOT

HEZUO_CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
case ":$PATH:" in
  "$REPO_ROOT/node_modules/.bin:$HEZUO_CARGO_BIN:"*) ;;
  *) PATH="$REPO_ROOT/node_modules/.bin:$HEZUO_CARGO_BIN:$PATH" ;;
esac
export PATH

# Tool versions the build expects.
export TRUNK_VERSION="0.21.14"
export WASM_TARGET="wasm32-unknown-unknown"
export CHROMIUM_BIN="/usr/bin/chromium"
export CHROMEDRIVER_BIN="/usr/bin/chromedriver"

# The wasm-bindgen version pinned in Cargo.lock; wasm-bindgen-cli must match it exactly.
wasm_bindgen_lock_version() {
  awk '
    /^\[\[package\]\]/ { name = "" }
    /^name = / { gsub(/"/, "", $3); name = $3 }
    /^version = / && name == "wasm-bindgen" { gsub(/"/, "", $3); print $3; exit }
  ' "$REPO_ROOT/Cargo.lock"
}

# Trunk's update check would go online; the build is offline (Trunk.toml) and pinned.
export TRUNK_SKIP_VERSION_CHECK=true
