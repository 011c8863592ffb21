#!/usr/bin/env bash
# The engine against its NumPy peer (issue #17), one core each, interleaved rounds, best of each:
#   bench/peer.sh [rounds]        (default 3)
# Installs NumPy with pip (--user) if it is missing. The Rust side is core/benches/peer.rs (it
# times both cases and exports the draws and every household's coefficients); the NumPy side is
# bench/peer/peer.py, which first checks its expected totals and P10s against the engine's.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo >/dev/null 2>&1 || source scripts/env.sh
rounds="${1:-3}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
data="$CARGO_TARGET_DIR/peer"

if ! python3 -c 'import numpy' 2>/dev/null; then
  echo "Installing NumPy (pip install --user numpy)…" >&2
  python3 -m pip install --user --quiet numpy 2>/dev/null || pip3 install --user --quiet numpy
fi

# One core each, one thread each.
pin=()
if command -v taskset >/dev/null 2>&1; then pin=(taskset -c 0); fi
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1

cargo bench -q -p hezuo-core --bench peer --no-run >/dev/null 2>&1 || cargo bench -p hezuo-core --bench peer --no-run
cargo bench -q -p hezuo-core --bench peer -- export "$data" >/dev/null
"${pin[@]}" python3 bench/peer/peer.py "$data" 0 | grep '^check'

best() { awk -v a="$1" -v b="$2" 'BEGIN { print (a == "" || b + 0 < a + 0) ? b : a }'; }
r1="" r2="" n1="" n2=""
for ((i = 1; i <= rounds; i++)); do
  out="$("${pin[@]}" cargo bench -q -p hezuo-core --bench peer -- time 1)"
  r1="$(best "$r1" "$(awk '$1 == "one" { print $2 }' <<<"$out")")"
  r2="$(best "$r2" "$(awk '$1 == "county" { print $2 }' <<<"$out")")"
  out="$("${pin[@]}" python3 bench/peer/peer.py "$data" 1 --no-check)"
  n1="$(best "$n1" "$(awk '$1 == "one" { print $2 }' <<<"$out")")"
  n2="$(best "$n2" "$(awk '$1 == "county" { print $2 }' <<<"$out")")"
done

echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(git rev-parse --short HEAD), best of $rounds interleaved rounds, one core each (${pin[*]:-no taskset}):"
echo
echo "| case | this engine | NumPy | ratio |"
echo "|---|---:|---:|---:|"
awk -v r1="$r1" -v r2="$r2" -v n1="$n1" -v n2="$n2" 'BEGIN {
  h = 33358
  printf "| one household, 8 patterns × 2,000 draws × 3 years | %.3f ms | %.3f ms | %.1f× |\n", r1 * 1e3, n1 * 1e3, n1 / r1
  printf "| the county: 33,358 households × 8 patterns × 1,000 draws | %.3f s (%.1f µs a household) | %.3f s | %.2f× |\n", r2, r2 / h * 1e6, n2, n2 / r2
}'
