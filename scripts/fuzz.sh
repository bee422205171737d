#!/usr/bin/env bash
# Runs every fuzz target of fuzz/ for SECONDS each (default 30), from the committed seed corpus,
# and fails when one crashes, panics, times out or runs out of memory. Prints one summary line
# per target. Installs cargo-fuzz when it is missing.
#
#   scripts/fuzz.sh            # ~30 s a target: the test command's short run
#   scripts/fuzz.sh 3600       # an hour a target
#   FUZZ_TARGETS="plan_json period_id" scripts/fuzz.sh 60
#   FUZZ_SANITIZER=address scripts/fuzz.sh 600   # with AddressSanitizer (slower)
#
# What libFuzzer learns goes to fuzz/work/corpus/<target>/ (not committed); a crash is written
# to fuzz/artifacts/<target>/ and its log kept in fuzz/work/<target>.log. docs/fuzzing.md says
# how to replay one and turn it into a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "usage: scripts/fuzz.sh [SECONDS]" >&2; exit 2; }

# cargo-fuzz needs nightly flags; the stable toolchain accepts them under RUSTC_BOOTSTRAP.
export RUSTC_BOOTSTRAP=1
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "installing cargo-fuzz"
  # --locked first; if a locked dependency is not served here, let cargo resolve afresh.
  cargo install cargo-fuzz --locked || cargo install cargo-fuzz
fi

cd fuzz
targets="${FUZZ_TARGETS:-$(cargo fuzz list)}"
mkdir -p work
# -a: debug assertions and overflow checks on, as in the test suites. No sanitizer by default:
# kehoach has no unsafe code, and without one libFuzzer runs about three times as many inputs.
sanitizer="${FUZZ_SANITIZER:-none}"
if ! cargo fuzz build -a -s "$sanitizer" >work/build.log 2>&1; then
  cat work/build.log >&2
  exit 1
fi

failed=()
for target in $targets; do
  mkdir -p "work/corpus/$target" "artifacts/$target"
  log="work/$target.log"
  status=0
  # The first corpus directory receives what libFuzzer finds; the seed corpus is only read.
  cargo fuzz run -a -s "$sanitizer" "$target" "work/corpus/$target" "corpus/$target" -- \
    -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
    >"$log" 2>&1 || status=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  corpus=$(grep -o 'corp: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || echo "?")
  coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || echo "?")
  if [[ $status -eq 0 ]]; then
    printf 'fuzz %-15s ok     %5ss %10s runs %7s/s  cov %5s  corpus %5s\n' \
      "$target" "$seconds" "$runs" "$speed" "$coverage" "$corpus"
  else
    artifact=$(grep -o 'Test unit written to [^ ]*' "$log" | tail -1 | sed 's/Test unit written to //')
    printf 'fuzz %-15s FAILED after %s runs: %s (log: fuzz/%s)\n' \
      "$target" "$runs" "${artifact:-see the log}" "$log"
    grep -E 'panicked at|ERROR: libFuzzer|SUMMARY' "$log" | head -5 | sed 's/^/    /' || true
    failed+=("$target")
  fi
done

if [[ ${#failed[@]} -gt 0 ]]; then
  echo "fuzzing found problems in: ${failed[*]}" >&2
  exit 1
fi
