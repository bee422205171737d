#!/usr/bin/env bash
# Runs every benchmark of kehoach and writes one dated results table (docs/performance.md
# explains it and keeps the latest). One command, nothing to prepare:
#
#   scripts/bench.sh [--write-docs]
#
# 1. builds the criterion benchmarks (bench profile), the CLI (release, as shipped) and the
#    npm package (scripts/build-npm.sh), and installs the npm dev tools when missing;
# 2. writes the generated test data (a 1 MB plan, logs of 10^5 and 10^6 records);
# 3. criterion: validation, evaluation (10^4, 10^5, 10^6 records, JSON array and JSON Lines)
#    and reports, each against a baseline measured in the same run;
# 4. the same evaluation ratios from interleaved runs (fastest of 7, 3 for 10^6 records),
#    which a busy machine disturbs less than criterion's one-benchmark-after-another medians;
# 5. peak memory (max RSS) of `kehoach evaluate` on 10^6 records;
# 6. consolidation (issue 21) of synthetic provinces generated from a fixed seed (one log file
#    per agency): 2,000 agencies x 500 records (10^6) and a country's year, 4,000 x 100, against
#    evaluating each agency alone in the same run, and the release CLI's peak memory;
# 7. the npm package in Node: validatePlan against JSON.parse + Ajv, evaluate in wasm against
#    the native figure for the same files, object vs JSON text at the boundary, and consolidate
#    on a 200-agency province (goal: under 1 s).
#
# Everything it writes goes under the cargo target directory (CARGO_TARGET_DIR, default
# target/): bench-data/, criterion/, bench-report.md (the results table, dated). With
# --write-docs it also replaces the results table in docs/performance.md. BENCH_QUICK=1 cuts
# criterion's times for a smoke run (ratios then noisier).
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
native() { cargo bench --locked --quiet -p kehoach --bench native -- "$@"; }

step "test data in ${data#"$root"/}"
native data "$data" >&2

rows="$target_dir/bench-rows.md"
: >"$rows"
# Each measurement prints rows of one table: | measurement | ours | baseline | ratio | target |.
keep_rows() { grep '^| ' | grep -v -e '^| measurement' -e '^|---' | tee -a "$rows"; }

step "criterion (log: ${target_dir#"$root"/}/bench-criterion.log)"
criterion_args=()
if [[ "${BENCH_QUICK:-}" == 1 ]]; then
  criterion_args=(--warm-up-time 0.2 --measurement-time 0.5)
fi
rm -rf "$CRITERION_HOME"
cargo bench --locked --quiet -p kehoach --bench core -- "${criterion_args[@]}" \
  >"$target_dir/bench-criterion.log" 2>&1
native table "$CRITERION_HOME" | keep_rows

step "interleaved evaluation runs"
native interleaved | keep_rows

step "peak memory of kehoach evaluate"
cli="$target_dir/release/kehoach"
plan="$root/examples/plans/lang-son-2023.json"
max_rss() {
  /usr/bin/time -v "$cli" evaluate "$plan" --activities "$1" --period 2023 --format json \
    2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }'
}
empty="$data/empty.jsonl"
: >"$empty"
alone=$(max_rss "$empty")
for file in log-1e6.jsonl log-1e6-no-evidence.jsonl log-1e6.json; do
  size=$(($(wc -c <"$data/$file") / 1000000))
  rss=$(max_rss "$data/$file")
  case "$file" in
    *.jsonl) verdict=$(awk -v r="$rss" 'BEGIN { print (r <= 64 ? "≤ 64 MB met" : "≤ 64 MB MISSED") }') ;;
    *) verdict="—" ;;
  esac
  ratio=$(awk -v r="$rss" -v a="$alone" 'BEGIN { printf "%.1f", r / a }')
  echo "| peak memory (max RSS) of the release CLI's evaluate, $file ($size MB, 10^6 records) / an empty log | $rss MB | $alone MB | $ratio | $verdict |"
done | keep_rows

step "consolidation of synthetic provinces"
# name:agencies:records. Written afresh each run (a few seconds); the logs take about 300 MB.
provinces=(province-2000:2000:500 country-4000:4000:100 province-200:200:500)
for province in "${provinces[@]}"; do
  IFS=: read -r name agencies records <<<"$province"
  native province "$data/$name" "$agencies" "$records" >&2
done
for name in province-2000 country-4000; do
  native consolidate "$data/$name" 2023 3 | keep_rows
done
for name in province-2000 country-4000; do
  # Exit 1 would mean an agency without data: the generated provinces have none.
  rss=$(/usr/bin/time -v "$cli" consolidate "$data/$name/manifest.json" --period 2023 --format figures \
    2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }')
  verdict=$(awk -v r="$rss" 'BEGIN { print (r <= 256 ? "≤ 256 MB met" : "≤ 256 MB MISSED") }')
  ratio=$(awk -v r="$rss" -v a="$alone" 'BEGIN { printf "%.1f", r / a }')
  echo "| peak memory (max RSS) of the release CLI's consolidate, $name ($(du -sm "$data/$name" | cut -f1) MB of files) / evaluate of an empty log | $rss MB | $alone MB | $ratio | $verdict |"
done | keep_rows

step "native figures for the npm benchmark"
figures="$data/native-figures.json"
{
  echo "{"
  echo "\"log-1e5.jsonl\": $(native figure "$plan" "$data/log-1e5.jsonl" 2023 7),"
  echo "\"log-1e5.json\": $(native figure "$plan" "$data/log-1e5.json" 2023 7),"
  echo "\"plan-1mb.json\": $(native validate "$data/plan-1mb.json" 21),"
  echo "\"province-200\": $(native consolidate-figure "$data/province-200" 2023 7)"
  echo "}"
} >"$figures"

step "npm package in Node"
node bindings/wasm/bench/bench.mjs "$data" "$figures" | sed 's/^| \([^m-]\)/| npm in Node, \1/' | keep_rows

# The one dated results table of docs/performance.md.
{
  echo "Measured $(date -u +%Y-%m-%d) at $(git rev-parse --short HEAD) with \`scripts/bench.sh\`:"
  echo "$(nproc) cores ($(uname -m)), load average $(cut -d' ' -f1-3 /proc/loadavg), rustc"
  echo "$(rustc --version | cut -d' ' -f2), Node $(node --version). Wasm modules as shipped:"
  echo "$(echo "$wasm_size" | awk '/^wasm [a-z_]+_bg.wasm:/ { sub(":", "", $2); printf "%s%s %s raw / %s gzip", sep, $2, $3, $6; sep = ", " }')."
  echo
  echo "| measurement | ours | baseline | ratio | target |"
  echo "|---|---|---|---|---|"
  cat "$rows"
} >"$report"

if [[ "${1:-}" == --write-docs ]]; then
  docs="$root/docs/performance.md"
  awk -v report="$report" '
    /<!-- results:begin -->/ { print; while ((getline line < report) > 0) print line; skip = 1; next }
    /<!-- results:end -->/ { skip = 0 }
    !skip { print }
  ' "$docs" >"$docs.new" && mv "$docs.new" "$docs"
  step "done; the results table is in docs/performance.md (and ${report#"$root"/})"
else
  step "done; the results table is in ${report#"$root"/} (scripts/bench.sh --write-docs puts it in docs/performance.md)"
fi
