#!/usr/bin/env bash
# Word output checked in a real word processor: the CLI writes the Quý I report (vi, en), the
# year report, the bundled plan and a plan full of hostile text as .docx; LibreOffice converts
# each to PDF; scripts/docx_check.py compares the PDF with the `--format text` version (every
# piece present, in order), measures the margins, the page size and the page numbers with
# poppler, and reads word/document.xml and word/styles.xml. Page counts must match
# tests/golden/docx-pages.txt. Page 1 of the report and of the plan are kept as PNGs in
# tests/artifacts/docx/. Needs soffice, pdfinfo, pdftotext, pdftoppm and python3 (scripts/test.sh
# installs them); fails when any is missing — nothing is skipped.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
for tool in soffice pdfinfo pdftotext pdftoppm python3; do
  command -v "$tool" >/dev/null || { echo "test-docx: $tool is missing (apt-get install -y libreoffice-writer-nogui poppler-utils python3)" >&2; exit 1; }
done
target_dir="${CARGO_TARGET_DIR:-$root/target}"
cargo build --quiet -p kehoach-cli
kehoach="$target_dir/debug/kehoach"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
artifacts="$root/tests/artifacts/docx"
mkdir -p "$artifacts"
plan=examples/plans/lang-son-2023.json
log=examples/activities/lang-son-2023.jsonl

# name, then the kehoach arguments after --lang (the format and output are added here).
documents=(
  "report-2023-Q1.vi|vi|report $plan --activities $log --period 2023-Q1"
  "report-2023-Q1.en|en|report $plan --activities $log --period 2023-Q1"
  "report-2023.vi|vi|report $plan --activities $log --period 2023"
  "plan.vi|vi|render-plan $plan"
  "plan.en|en|render-plan $plan"
  "consolidated-2023-Q1.vi|vi|consolidate examples/province/manifest.json --period 2023-Q1"
  "consolidated-2023-Q1.en|en|consolidate examples/province/manifest.json --period 2023-Q1"
)

# A plan whose texts are the XSS corpus and every C0 control character: the file must still
# open in LibreOffice, and the payloads must be printed as text.
python3 - "$plan" "$work/hostile.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1], encoding="utf-8"))
payloads = [l for l in open("tests/fixtures/xss/payloads.txt", encoding="utf-8").read().split("\n") if l.strip()]
controls = "".join(chr(c) for c in range(0x20))
plan["document"]["subject"] = "Tuyên truyền " + payloads[0] + controls
plan["purposes"] = payloads
plan["requirements"] = ["Yêu cầu" + controls + "kết thúc"]
json.dump(plan, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=True)
PY
documents+=("plan-hostile.vi|vi|render-plan $work/hostile.json")

failed=0
summary=""
for entry in "${documents[@]}"; do
  IFS='|' read -r name lang args <<<"$entry"
  # shellcheck disable=SC2086 # the arguments split on spaces
  "$kehoach" --lang "$lang" $args --format docx -o "$work/$name.docx" 2>/dev/null || [[ $? == 1 ]]
  # shellcheck disable=SC2086
  "$kehoach" --lang "$lang" $args --format text -o "$work/$name.txt" 2>/dev/null || [[ $? == 1 ]]
  [[ -s "$work/$name.docx" ]] || { echo "test-docx: $name.docx was not written" >&2; exit 1; }
  soffice --headless --convert-to pdf --outdir "$work" "$work/$name.docx" >"$work/soffice.log" 2>&1 || {
    cat "$work/soffice.log" >&2
    echo "test-docx: LibreOffice could not convert $name.docx" >&2
    exit 1
  }
  [[ -s "$work/$name.pdf" ]] || { cat "$work/soffice.log" >&2; echo "test-docx: no PDF from $name.docx" >&2; exit 1; }
  expected=$(awk -v n="$name" '$1 == n { print $2 }' tests/golden/docx-pages.txt)
  if [[ -z "$expected" ]]; then
    echo "test-docx: $name has no page count in tests/golden/docx-pages.txt" >&2
    failed=1
    expected=-
  fi
  python3 scripts/docx_check.py "$name" "$work/$name.docx" "$work/$name.pdf" "$work/$name.txt" "$expected" || failed=1
  summary+="$name $(pdfinfo "$work/$name.pdf" | awk '/^Pages:/ { print $2 }')"$'\n'
done
if ! grep -q 'window.__xss=1' <(pdftotext "$work/plan-hostile.vi.pdf" -); then
  echo "test-docx: the hostile plan's payloads are not printed as text" >&2
  failed=1
fi
for name in report-2023-Q1.vi plan.vi; do
  pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$work/$name.pdf" "$artifacts/$name-page1"
done
printf '%s' "$summary" >"$artifacts/pages.txt"
echo "test-docx: page counts (tests/artifacts/docx/pages.txt):"
cat "$artifacts/pages.txt"
if (( failed )); then
  echo "test-docx: FAILED" >&2
  exit 1
fi
echo "test-docx: every .docx opened in LibreOffice and passed"
