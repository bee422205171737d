#!/usr/bin/env bash
# The consolidated per-agency table as .xlsx, checked in a real spreadsheet: the CLI writes the
# example province's Quý I workbook (vi, en) and its figures as JSON; LibreOffice Calc converts
# each workbook to CSV; scripts/xlsx_check.py compares every agency's figures. Needs soffice and
# python3 (scripts/test.sh installs them); fails when either is missing — nothing is skipped.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
for tool in soffice python3; do
  command -v "$tool" >/dev/null || { echo "test-xlsx: $tool is missing (apt-get install -y libreoffice-calc-nogui python3)" >&2; exit 1; }
done
target_dir="${CARGO_TARGET_DIR:-$root/target}"
cargo build --quiet -p kehoach-cli
kehoach="$target_dir/debug/kehoach"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
manifest=examples/province/manifest.json
for lang in vi en; do
  # Exit 1: the example province has agencies without data, on purpose.
  "$kehoach" --lang "$lang" consolidate "$manifest" --period 2023-Q1 --format xlsx -o "$work/province.$lang.xlsx" 2>/dev/null || [[ $? == 1 ]]
  "$kehoach" --lang "$lang" consolidate "$manifest" --period 2023-Q1 --format figures -o "$work/figures.$lang.json" 2>/dev/null || [[ $? == 1 ]]
  # UTF-8 CSV (filter options: comma, double quote, UTF-8), cells as displayed.
  soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' --outdir "$work" "$work/province.$lang.xlsx" >"$work/soffice.log" 2>&1 || {
    cat "$work/soffice.log" >&2
    echo "test-xlsx: LibreOffice could not open province.$lang.xlsx" >&2
    exit 1
  }
  [[ -s "$work/province.$lang.csv" ]] || { cat "$work/soffice.log" >&2; echo "test-xlsx: no CSV from province.$lang.xlsx" >&2; exit 1; }
  python3 scripts/xlsx_check.py "$work/province.$lang.csv" "$work/figures.$lang.json" "$lang"
done
echo "test-xlsx: the workbooks opened in LibreOffice Calc and their figures match"
