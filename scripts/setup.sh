#!/usr/bin/env bash
# Installs whatever the build and the tests need, and nothing that is already there.
# Safe to run again: with everything present it only checks (a few seconds).
#
# Checked, in order (each with its exact version):
#   Rust (cargo, rustc >= rust-version of Cargo.toml), rustup target wasm32-unknown-unknown,
#   rustfmt + clippy, trunk 0.21.14, wasm-bindgen-cli == wasm-bindgen in Cargo.lock,
#   Chromium + chromedriver (Debian), Node >= 20 + npm, node_modules from package-lock.json
#   (binaryen's wasm-opt, playwright-core), crates in Cargo.lock (cargo fetch).
# Everything comes from the package registries (Rust crates, npm, Debian), never a prebuilt download.
set -euo pipefail

# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

started=$SECONDS
installed=()

say() { printf 'setup: %s\n' "$*"; }
ok() { printf 'setup: ok       %-24s %s\n' "$1" "$2"; }
installing() { printf 'setup: install  %-24s %s\n' "$1" "$2"; }

# A tool is missing and could not be installed: say which and how, then stop.
fail() {
  local tool="$1" how="$2"
  printf '\nsetup: FAILED: %s is missing or has the wrong version, and could not be installed.\n' "$tool" >&2
  printf 'setup: install it by hand with:\n\n    %s\n\n' "$how" >&2
  exit 1
}

# Runs a command as root (directly, or through sudo without a password prompt).
as_root() {
  if [[ $(id -u) -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo -n "$@"
  else
    return 1
  fi
}

# ---------------------------------------------------------------------------------------------
# Rust toolchain
RUSTUP_HOW="curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --default-toolchain stable --target wasm32-unknown-unknown --component rustfmt,clippy"
command -v cargo >/dev/null 2>&1 || fail "cargo (Rust)" "$RUSTUP_HOW"
command -v rustc >/dev/null 2>&1 || fail "rustc (Rust)" "$RUSTUP_HOW"
command -v rustup >/dev/null 2>&1 || fail "rustup" "$RUSTUP_HOW"

rust_need="$(sed -n 's/^rust-version *= *"\(.*\)"/\1/p' Cargo.toml | head -n 1)"
rust_have="$(rustc --version | awk '{print $2}')"
if [[ -n "$rust_need" ]] &&
  [[ "$(printf '%s\n%s\n' "$rust_need" "$rust_have" | sort -V | head -n 1)" != "$rust_need" ]]; then
  fail "rustc >= $rust_need (found $rust_have)" "rustup update stable"
fi
ok rustc "$rust_have (>= ${rust_need:-any})"

if rustup target list --installed | grep -qx "$WASM_TARGET"; then
  ok "target $WASM_TARGET" "installed"
else
  installing "target $WASM_TARGET" "rustup target add $WASM_TARGET"
  rustup target add "$WASM_TARGET" || fail "rustup target $WASM_TARGET" "rustup target add $WASM_TARGET"
  installed+=("$WASM_TARGET")
fi

components="$(rustup component list --installed)"
for comp in rustfmt clippy; do
  if grep -q "^$comp" <<<"$components"; then
    ok "$comp" "installed"
  else
    installing "$comp" "rustup component add $comp"
    rustup component add "$comp" || fail "$comp" "rustup component add $comp"
    installed+=("$comp")
  fi
done

# ---------------------------------------------------------------------------------------------
# trunk (builds and serves the app)
trunk_have="$(trunk --version 2>/dev/null | awk '{print $2}' || true)"
if [[ "$trunk_have" == "$TRUNK_VERSION" ]]; then
  ok trunk "$trunk_have"
else
  how="cargo install trunk --version $TRUNK_VERSION --locked"
  installing trunk "${trunk_have:-none} -> $TRUNK_VERSION (compiles for ~15 min): $how"
  cargo install trunk --version "$TRUNK_VERSION" --locked || fail "trunk $TRUNK_VERSION" "$how"
  installed+=("trunk $TRUNK_VERSION")
fi

# ---------------------------------------------------------------------------------------------
# wasm-bindgen-cli (wasm-bindgen for trunk, wasm-bindgen-test-runner for the browser tests).
# Its version must equal the wasm-bindgen crate's in Cargo.lock. No --locked: the lock file it
# ships names a crate version the registry no longer has.
wbg_need="$(wasm_bindgen_lock_version)"
[[ -n "$wbg_need" ]] || { say "FAILED: no wasm-bindgen package in Cargo.lock" >&2; exit 1; }
wbg_have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
wbgtr_have="$(wasm-bindgen-test-runner --version 2>/dev/null | awk '{print $2}' || true)"
if [[ "$wbg_have" == "$wbg_need" && "$wbgtr_have" == "$wbg_need" ]]; then
  ok wasm-bindgen-cli "$wbg_have (= Cargo.lock)"
else
  how="cargo install wasm-bindgen-cli --version $wbg_need"
  installing wasm-bindgen-cli "${wbg_have:-none} -> $wbg_need (compiles for ~8 min): $how"
  cargo install wasm-bindgen-cli --version "$wbg_need" || fail "wasm-bindgen-cli $wbg_need" "$how"
  installed+=("wasm-bindgen-cli $wbg_need")
fi

# ---------------------------------------------------------------------------------------------
# Chromium + chromedriver from Debian (browser tests and end-to-end tests)
if [[ -x "$CHROMIUM_BIN" && -x "$CHROMEDRIVER_BIN" ]]; then
  ok chromium "$("$CHROMIUM_BIN" --version 2>/dev/null | head -n 1 || echo present)"
  ok chromedriver "$("$CHROMEDRIVER_BIN" --version 2>/dev/null | awk '{print $2}' || echo present)"
else
  how="apt-get update && apt-get install -y chromium chromium-driver"
  installing "chromium, chromium-driver" "$how"
  command -v apt-get >/dev/null 2>&1 || fail "chromium + chromium-driver (no apt-get)" "$how"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update || fail "chromium + chromium-driver (apt-get update failed)" "$how"
  as_root apt-get install -y --no-install-recommends chromium chromium-driver ||
    fail "chromium + chromium-driver" "$how"
  [[ -x "$CHROMIUM_BIN" && -x "$CHROMEDRIVER_BIN" ]] || fail "$CHROMIUM_BIN / $CHROMEDRIVER_BIN" "$how"
  installed+=("chromium chromium-driver")
fi

# ---------------------------------------------------------------------------------------------
# A Chinese font for the browser tests' screenshots (the app itself uses the phone's fonts)
if command -v fc-list >/dev/null 2>&1 && fc-list :lang=zh 2>/dev/null | grep -q .; then
  ok "CJK font" "$(fc-list :lang=zh family 2>/dev/null | head -n 1 | cut -d, -f1)"
else
  how="apt-get install -y fonts-noto-cjk"
  installing "fonts-noto-cjk" "$how"
  command -v apt-get >/dev/null 2>&1 || fail "fonts-noto-cjk (no apt-get)" "$how"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get install -y --no-install-recommends fonts-noto-cjk fontconfig ||
    { as_root apt-get update && as_root apt-get install -y --no-install-recommends fonts-noto-cjk fontconfig; } ||
    fail "fonts-noto-cjk" "$how"
  installed+=("fonts-noto-cjk")
fi

# ---------------------------------------------------------------------------------------------
# Node and the npm packages of package-lock.json
NODE_HOW="apt-get update && apt-get install -y nodejs npm   (Node.js >= 20 is needed)"
command -v node >/dev/null 2>&1 || fail "node (Node.js >= 20)" "$NODE_HOW"
command -v npm >/dev/null 2>&1 || fail "npm" "$NODE_HOW"
node_have="$(node --version)"
node_major="${node_have#v}"
node_major="${node_major%%.*}"
((node_major >= 20)) || fail "Node.js >= 20 (found $node_have)" "$NODE_HOW"
ok node "$node_have, npm $(npm --version)"

# Each devDependency of package.json, installed at exactly that version?
# shellcheck disable=SC2016 # the JavaScript below uses its own ${...}
npm_missing="$(node -e '
  const fs = require("fs");
  const want = JSON.parse(fs.readFileSync("package.json", "utf8")).devDependencies || {};
  for (const [name, version] of Object.entries(want)) {
    let have = "none";
    try { have = JSON.parse(fs.readFileSync(`node_modules/${name}/package.json`, "utf8")).version; } catch {}
    if (have !== version) console.log(`${name}@${version} (have ${have})`);
  }
')"
if [[ -z "$npm_missing" ]]; then
  ok "npm packages" "$(node -p 'Object.entries(require("./package.json").devDependencies).map(([n, v]) => n + "@" + v).join(", ")')"
else
  installing "npm packages" "npm ci: $(tr '\n' ' ' <<<"$npm_missing")"
  npm ci --no-audit --no-fund || fail "npm packages ($(tr '\n' ' ' <<<"$npm_missing"))" "cd '$REPO_ROOT' && npm ci"
  installed+=("npm packages")
fi
wasm_opt_path="$(command -v wasm-opt || true)"
if [[ "$wasm_opt_path" != "$REPO_ROOT/node_modules/.bin/wasm-opt" ]]; then
  fail "wasm-opt from node_modules (found '${wasm_opt_path:-none}' first on PATH)" "cd '$REPO_ROOT' && npm ci"
fi
ok wasm-opt "$(wasm-opt --version)"

# ---------------------------------------------------------------------------------------------
# Crates of Cargo.lock (trunk builds with --offline)
if cargo fetch --offline --quiet >/dev/null 2>&1; then
  ok crates "all of Cargo.lock in the cargo cache"
else
  installing crates "cargo fetch"
  cargo fetch || fail "crates of Cargo.lock" "cd '$REPO_ROOT' && cargo fetch"
  installed+=("crates")
fi

# ---------------------------------------------------------------------------------------------
if ((${#installed[@]} == 0)); then
  say "all present, nothing installed ($((SECONDS - started)) s)"
else
  say "installed: $(IFS=,; echo "${installed[*]}") ($((SECONDS - started)) s)"
fi
