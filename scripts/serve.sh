#!/usr/bin/env bash
# Installs what is missing (scripts/setup.sh), then builds the release app and serves it at
# http://127.0.0.1:8080 (rebuilding when files change). Stop with Ctrl-C.
set -euo pipefail

# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

bash scripts/setup.sh

echo "serve: building the release app, then serving it at http://127.0.0.1:8080/"
exec trunk serve --release --address 127.0.0.1 --port 8080 --open=false
