#!/usr/bin/env bash
# Runs every benchmark of kehoach and prints its ratio tables (docs/performance.md explains
# them and keeps the figures). One command, nothing to prepare:
#
#   scripts/bench.sh
#
# 1. builds the criterion benchmarks (bench profile), the CLI (release, as shipped) and the
#    npm package (scripts/build-npm.sh), and installs the npm dev tools when missing;
# 2. writes the generated test data (a 1 MB plan, logs of 10^5 and 10^6 records);
# 3. criterion: validation, evaluation (10^4, 10^5, 10^6 records, JSON array and JSON Lines)
#    and reports, each against a baseline measured in the same run -> ratio table;
# 4. the same evaluation ratios from interleaved runs (fastest of 7, 3 for 10^6 records),
#    which a busy machine disturbs less than criterion's one-benchmark-after-another medians;
# 5. peak memory (max RSS) of `kehoach evaluate` on 10^6 records;
# 6. the npm package in Node: validatePlan against JSON.parse + Ajv, evaluate in wasm against
#    the native figure for the same files, object vs JSON text at the boundary.
#
# About 5-6 minutes on 2 cores once built (the first build adds several). Everything it writes
# goes under the cargo target directory (CARGO_TARGET_DIR, default target/): bench-data/,
# criterion/, bench-report.md (the tables again). BENCH_QUICK=1 cuts criterion's times for a
# smoke run (ratios then noisier).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
target_dir="${CARGO_TARGET_DIR:-$root/target}"
export CARGO_TARGET_DIR="$target_dir"
export CRITERION_HOME="$target_dir/criterion"
data="$target_dir/bench-data"
report="$target_dir/bench-report.md"
started=$SECONDS
step() { printf '\n==> %s (%ss)\n' "$*" "$((SECONDS - started))" >&2; }

step "build: benchmarks (bench profile), CLI (release), npm package"
cargo bench --locked -p kehoach --no-run --quiet
cargo build --locked --release --quiet -p kehoach-cli
# The module's size goes into the report: speed in wasm is read against it.
wasm_size="$(scripts/build-npm.sh | grep -E '^(wasm|js)[ :]' || true)"
if [[ ! -d bindings/wasm/node_modules/ajv ]]; then
  (cd bindings/wasm && npm ci --no-audit --no-fund)
fi
native() { cargo bench --locked --quiet -p kehoach --bench native -- "$@"; }

step "test data in ${data#"$root"/}"
native data "$data" >&2

{
  echo "# kehoach benchmarks"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(uname -m), rustc $(rustc --version | cut -d' ' -f2), node $(node --version), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "npm package as built by scripts/build-npm.sh:"
  echo
  echo '```text'
  echo "$wasm_size"
  echo '```'
} >"$report"
section() { printf '\n## %s\n\n' "$1" | tee -a "$report"; }

step "criterion (log: ${target_dir#"$root"/}/bench-criterion.log)"
criterion_args=()
if [[ "${BENCH_QUICK:-}" == 1 ]]; then
  criterion_args=(--warm-up-time 0.2 --measurement-time 0.5)
fi
rm -rf "$CRITERION_HOME"
cargo bench --locked --quiet -p kehoach --bench core -- "${criterion_args[@]}" \
  >"$target_dir/bench-criterion.log" 2>&1
section "Native (criterion medians; each ratio's two sides ran in the same process)"
native table "$CRITERION_HOME" | tee -a "$report"

step "interleaved evaluation runs"
section "Native evaluation, interleaved (fastest of 7 alternating runs, 3 for 10^6 records)"
native interleaved | tee -a "$report"

step "peak memory of kehoach evaluate"
section "Peak memory of \`kehoach evaluate\` (release CLI, max RSS from /usr/bin/time -v)"
cli="$target_dir/release/kehoach"
plan="$root/examples/plans/lang-son-2023.json"
max_rss() {
  /usr/bin/time -v "$cli" evaluate "$plan" --activities "$1" --period 2023 --format json \
    2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }'
}
empty="$data/empty.jsonl"
: >"$empty"
{
  echo "| log | size | max RSS | target |"
  echo "|---|---|---|---|"
  echo "| empty (the process and the plan alone) | 0 | $(max_rss "$empty") MB | — |"
  for file in log-1e6.jsonl log-1e6-no-evidence.jsonl log-1e6.json; do
    size=$(($(wc -c <"$data/$file") / 1000000))
    rss=$(max_rss "$data/$file")
    case "$file" in
      *.jsonl) verdict=$(awk -v r="$rss" 'BEGIN { print (r <= 64 ? "≤ 64 MB met" : "≤ 64 MB MISSED") }') ;;
      *) verdict="—" ;;
    esac
    echo "| $file (10^6 records) | $size MB | $rss MB | $verdict |"
  done
} | tee -a "$report"

step "native figures for the npm benchmark"
figures="$data/native-figures.json"
{
  echo "{"
  echo "\"log-1e5.jsonl\": $(native figure "$plan" "$data/log-1e5.jsonl" 2023 7),"
  echo "\"log-1e5.json\": $(native figure "$plan" "$data/log-1e5.json" 2023 7),"
  echo "\"plan-1mb.json\": $(native validate "$data/plan-1mb.json" 21)"
  echo "}"
} >"$figures"

step "npm package in Node"
section "npm package (Node $(node --version), one process)"
node bindings/wasm/bench/bench.mjs "$data" "$figures" | tee -a "$report"

step "done; tables also in ${report#"$root"/}"
