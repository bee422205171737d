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

step "API docs (cargo doc, private items too; broken links and other rustdoc warnings are errors)"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --workspace --document-private-items --quiet

step "Rust test suites (core, CLI, bindings)"
cargo test --workspace

step "fuzzing: every target 30 s from the committed seed corpus (installs cargo-fuzz when missing)"
scripts/fuzz.sh 30

step "npm package: build (wasm size printed)"
scripts/build-npm.sh

step "wasm size gate (every shipped module)"
# Issue 7's gate is 250,000 bytes raw / 100,000 gzip -9 per module (aim: 180 KB / 75 KB).
# - kehoach_import_bg.wasm (kehoach/import): 143,263 / 65,370, under the gate, so the gate.
# - kehoach_wasm_bg.wasm (kehoach): 286,197 / 119,343, still over it: an interim ceiling
#   about 1% above that stops regressions until the core shrinks (docs/npm-package.md, Size).
# Lower a ceiling whenever a module shrinks past it; never raise one without saying why.
gate_failed=0
for ceiling in kehoach_wasm:289000:120400 kehoach_import:250000:100000; do
  IFS=: read -r name max_raw max_gzip <<<"$ceiling"
  wasm="bindings/wasm/pkg/${name}_bg.wasm"
  raw=$(wc -c <"$wasm")
  gzipped=$(gzip -9 -c "$wasm" | wc -c)
  echo "${name}_bg.wasm: $raw bytes raw (ceiling $max_raw), $gzipped bytes gzip (ceiling $max_gzip)"
  if (( raw > max_raw || gzipped > max_gzip )); then
    echo "${name}_bg.wasm grew past its ceiling" >&2
    gate_failed=1
  fi
done
shipped=$(find bindings/wasm/pkg -name '*.wasm' | sort | tr '\n' ' ')
if [[ "$shipped" != "bindings/wasm/pkg/kehoach_import_bg.wasm bindings/wasm/pkg/kehoach_wasm_bg.wasm " ]]; then
  echo "the package ships wasm modules the gate does not check: $shipped" >&2
  gate_failed=1
fi
(( gate_failed == 0 ))

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
