#!/usr/bin/env bash
# Runs every test suite of kehoach, installing what the suites need when it is missing.
# This is the README's test command and what .ci/run calls. Nothing is skipped silently: a
# missing tool is installed or the run fails.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
step() { printf '\n==> %s (%ss)\n' "$*" "$(( $(date +%s) - started ))"; }

step "formatting (cargo fmt --check)"
cargo fmt --all -- --check

step "lints (cargo clippy --all-targets, warnings are errors)"
cargo clippy --workspace --all-targets -- -D warnings

step "Rust test suites (core, CLI, bindings)"
cargo test --workspace

step "fuzzing: every target 30 s from the committed seed corpus (installs cargo-fuzz when missing)"
scripts/fuzz.sh 30

step "npm package: build (wasm size printed)"
scripts/build-npm.sh

step "wasm size gate"
# Interim ceilings that stop regressions. The target of issue 7 is 250 KB raw / 100 KB gzip;
# the package is not there yet (docs/npm-package.md says where the bytes go).
max_raw=${KEHOACH_WASM_MAX_RAW:-650000}
max_gzip=${KEHOACH_WASM_MAX_GZIP:-260000}
wasm=bindings/wasm/pkg/kehoach_wasm_bg.wasm
raw=$(wc -c <"$wasm")
gzipped=$(gzip -9 -c "$wasm" | wc -c)
echo "wasm: $raw bytes raw (ceiling $max_raw), $gzipped bytes gzip (ceiling $max_gzip)"
if (( raw > max_raw || gzipped > max_gzip )); then
  echo "the wasm module grew past its ceiling" >&2
  exit 1
fi

step "Chromium for the browser tests (Debian's package)"
if ! command -v chromium >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
fi
chromium --version 2>/dev/null | grep -v 'unexpected operator' || true

step "npm package: Node and browser tests (they run every shared vector through the CLI too), TypeScript check"
cargo build --quiet -p kehoach-cli
(cd bindings/wasm && npm test && npm run typecheck)

step "web dashboard: browser test (screenshots in tests/artifacts/dashboard)"
(cd examples/web && { [[ -d node_modules/playwright-core ]] || npm ci --no-audit --no-fund; } && npm test)

step "all suites passed in $(( $(date +%s) - started ))s"
