#!/usr/bin/env bash
# The seeded fuzz harness over every way into the core (issue #14): links, the cooperative
# form, roster files and saved-scenario imports (core/examples/fuzz.rs).
#   scripts/fuzz.sh [N] [SEED]    N inputs in all (default 1,000,000), on every core
# The seed is printed (a new one each run unless given). A failing input is saved in
# core/tests/fuzz-regressions/, which `cargo test` replays, and the run fails.
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"
args=(--inputs "${1:-1000000}")
if [ -n "${2:-}" ]; then
  args+=(--seed "$2")
fi
cargo run --quiet --profile fuzz -p hezuo-core --example fuzz -- "${args[@]}"
