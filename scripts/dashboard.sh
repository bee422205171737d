#!/usr/bin/env bash
# Opens the web dashboard locally: builds the npm package when it is missing, then serves the
# page on http://127.0.0.1:${PORT:-8080}/examples/web/ (no network needed).
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -f bindings/wasm/pkg/index.js ]] || scripts/build-npm.sh
exec node examples/web/serve.mjs "${PORT:-8080}"
