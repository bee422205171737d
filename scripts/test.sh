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

step "npm package: build (wasm size printed)"
scripts/build-npm.sh

step "npm package: Node tests and TypeScript check"
(cd bindings/wasm && npm test && npm run typecheck)

step "all suites passed in $(( $(date +%s) - started ))s"
