#!/usr/bin/env python3
"""Checks the consolidated .xlsx against the consolidation's figures.

Usage: xlsx_check.py CSV FIGURES_JSON LANG

CSV           LibreOffice Calc's CSV of the workbook (soffice --headless --convert-to csv)
FIGURES_JSON  the same consolidation as `kehoach consolidate --format figures`
LANG          vi or en: the language the workbook was written in

Fails (exit 1, one line per problem on stderr) when the title or the column headings are not
where they belong, when a row is missing or extra, or when any agency's figure in the sheet
(activities, forms, quota rows, tasks, the day its report was received, rank, and the two
shares as percentages) differs from
the figures JSON. Calc writes the cells as displayed, so a share must read as the percentage
with one decimal that the figures give.
"""

import csv
import json
import sys
from decimal import ROUND_HALF_UP, Decimal

problems = []


def fail(message):
    problems.append(message)


def main():
    csv_path, figures_path, lang = sys.argv[1:4]
    rows = list(csv.reader(open(csv_path, encoding="utf-8")))
    figures = json.load(open(figures_path, encoding="utf-8"))
    title = "Tổng hợp kết quả" if lang == "vi" else "Consolidated results"
    if not rows or not rows[0] or not rows[0][0].startswith(title):
        fail(f"row 1 is not the title: {rows[:1]}")
    header = rows[2] if len(rows) > 2 else []
    name_column = "Cơ quan, đơn vị" if lang == "vi" else "Agency"
    if len(header) < 2 or header[1] != name_column:
        fail(f"row 3 is not the column headings: {header}")
        return
    body = [row for row in rows[3:] if any(cell.strip() for cell in row)]
    agencies = {a["name"]: a for a in figures["agencies"]}
    if len(body) != len(agencies):
        fail(f"{len(body)} rows for {len(agencies)} agencies")
    keys = ["activities", "formsCarriedOut", "formsTotal", None, "quotasMet", "quotasShort",
            "quotasExceeded", "quotasNotOver", None, "tasksDone", "tasksOverdue", "tasksTotal"]
    for row in body:
        name = row[1]
        agency = agencies.get(name)
        if agency is None:
            fail(f"row for an unknown agency: {name!r}")
            continue
        f = agency.get("figures")
        cells = row[3:15]
        if f is None:
            if any(cell.strip() for cell in cells):
                fail(f"{name}: no data, but the sheet has figures {cells}")
        else:
            for key, cell in zip(keys, cells):
                if key is not None and cell.replace(",", "") != str(f[key]):
                    fail(f"{name}: {key} is {cell!r} in the sheet, {f[key]} in the figures")
            judged = f["quotasMet"] + f["quotasShort"] + f["quotasExceeded"]
            for cell, (numerator, denominator) in [
                (cells[3], (f["formsCarriedOut"], f["formsTotal"])),
                (cells[8], (f["quotasMet"], judged)),
            ]:
                # Calc rounds half away from zero, as the report does.
                want = "" if denominator == 0 else str(
                    (Decimal(100 * numerator) / Decimal(denominator)).quantize(
                        Decimal("0.1"), rounding=ROUND_HALF_UP)) + "%"
                if cell != want:
                    fail(f"{name}: share {cell!r} in the sheet, {want!r} from the figures")
        received = agency["report"].get("received")
        want = "" if received is None else "/".join(reversed(received.split("-")))
        if row[16] != want:
            fail(f"{name}: received {row[16]!r} in the sheet, {want!r} in the figures")
        rank = str(agency.get("rank", ""))
        if row[17] != rank:
            fail(f"{name}: rank {row[17]!r} in the sheet, {rank!r} in the figures")


main()
for problem in problems:
    print(f"xlsx_check: {problem}", file=sys.stderr)
if problems:
    sys.exit(1)
print("xlsx_check: every agency's figures match")
