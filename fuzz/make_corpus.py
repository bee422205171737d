#!/usr/bin/env python3
"""Writes the seed corpus of every fuzz target under fuzz/corpus/<target>/ from the repository's
examples and fixtures: the bundled plan and a sample of the validation vectors, the sample log
and the evaluation vectors' logs, the plan texts of the import suites, and period ids.

Run from anywhere: `python3 fuzz/make_corpus.py`. It rewrites the corpus directories; the seed
stays small (libFuzzer grows its own corpus elsewhere, see docs/fuzzing.md)."""

import copy
import json
import pathlib
import shutil

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fuzz" / "corpus"


def write(target, name, data):
    directory = CORPUS / target
    directory.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    (directory / name).write_bytes(data)


def compact(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def pointer_parts(path):
    return [p.replace("~1", "/").replace("~0", "~") for p in path.split("/")[1:]]


def apply_patch(document, patch):
    """RFC 6902, the operations the validation vectors use."""
    document = copy.deepcopy(document)
    for op in patch:
        parts = pointer_parts(op["path"])
        parent = document
        for part in parts[:-1]:
            parent = parent[int(part)] if isinstance(parent, list) else parent[part]
        last = parts[-1]
        if op["op"] in ("replace", "add"):
            if isinstance(parent, list):
                index = len(parent) if last == "-" else int(last)
                if op["op"] == "add":
                    parent.insert(index, op["value"])
                else:
                    parent[index] = op["value"]
            else:
                parent[last] = op["value"]
        elif op["op"] == "remove":
            if isinstance(parent, list):
                del parent[int(last)]
            else:
                del parent[last]
        else:
            raise ValueError(op)
    return document


def merge_patch(target, patch):
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    target = copy.deepcopy(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            target.pop(key, None)
        else:
            target[key] = merge_patch(target.get(key), value)
    return target


def plan_json():
    plan_text = (ROOT / "examples/plans/lang-son-2023.json").read_text("utf-8")
    plan = json.loads(plan_text)
    write("plan_json", "bundled-plan.json", plan_text)
    write("plan_json", "bundled-plan-compact.json", compact(plan))
    # One vector of each rule family, and the vectors that are not a patched plan.
    wanted = [
        "doc011-impossible-date", "doc021-kt-without-signer-title", "doc033-repeated-recipient",
        "frm004-duplicate-id", "frm008-repeated-unit-name", "qta002-max-below-min",
        "qta004-share-without-population", "qta008-unknown-quota-unit", "ref003-long-date",
        "ref013-symbol-year", "rpt005-deadline-day", "rpt008-no-working-day",
        "str006-empty-signer-name", "yr009-implausible-year", "valid-citations",
        "load-bad-date", "load-malformed-json", "load-unknown-key", "load-wrong-type",
    ]
    for name in wanted:
        vector = json.loads((ROOT / f"tests/fixtures/validate/{name}.json").read_text("utf-8"))
        if "text" in vector:
            data = vector["text"]
        elif "plan" in vector:
            data = compact(vector["plan"])
        else:
            base = json.loads((ROOT / vector["base"]).read_text("utf-8"))
            data = compact(apply_patch(base, vector["patch"]))
        write("plan_json", f"{name}.json", data)
    minimal = {"schemaVersion": 1}
    write("plan_json", "schema-version-only.json", compact(minimal))
    write("plan_json", "newer-schema.json", '{"schemaVersion": 99}')
    write("plan_json", "deep.json", "[" * 130 + "]" * 130)


def plan_fields():
    edits = {
        "year": "/year 2024",
        "year-far": "/year 9999\n/document/issued/date \"9999-12-31\"",
        "quota-each-unit": "/quotas/0/scope \"each-unit\"\n/quotas/0/period \"quarter\"\n/quotas/0/min 2",
        "quota-share": "/quotas/0/measure \"share\"\n/quotas/0/min 90\n/quotas/0/population 40",
        "quota-max": "/quotas/0/max 1\n/quotas/0/min 0",
        "quota-units": "/quotas/0/scope \"each-unit\"\n/quotas/0/units [\"van-phong\", \"khac\"]",
        "no-units": "/units []",
        "no-audiences": "/audiences []\n/quotas []",
        "deadline": "/implementation/reporting/deadlineDay 31\n/implementation/reporting/holidays [\"2023-06-15\"]",
        "schedule": "/implementation/reporting/schedule [\"month\", \"year\"]",
        "number": "/document/number 05/KH-SVHTTDL\n/document/issued/text Lạng Sơn, ngày 05 tháng 02 năm 2023",
        "remove": "/budget\n/preamble\n/legalBases/0",
        "append-form": "/audiences/0/forms/- {\"id\": \"x\", \"kind\": \"other\", \"name\": \"Khác\"}",
        "html": "/document/subject <script>alert(1)</script>\n/units/0/name \"A & B <i>\"",
        "tasks": "/tasks [" + ", ".join([
            '{"id": "nv-01", "content": "Hội nghị", "form": "hoi-nghi-tap-huan", "audience": '
            '"nguoi-dan-doanh-nghiep", "lead": ["van-phong"], "coordinating": ["van-phong", "x"], '
            '"timing": {"text": "Quý II", "kind": "quarter", "from": "2023-05-01", "due": "2023-04-30"}, '
            '"product": "Theo yêu cầu"}',
            '{"id": "nv-01", "content": " hội  NGHỊ", "timing": {"text": "", "kind": "unread", '
            '"due": "2022-12-31", "every": "month"}}',
            '{"id": "", "content": "", "timing": {"text": "Tháng 2", "kind": "month", '
            '"from": "2024-02-01", "due": "2024-02-29"}}',
        ]) + "]\n/audiences/0/forms/0/timing {\"text\": \"Hằng tháng\", \"kind\": \"recurring\"}",
    }
    for name, text in edits.items():
        write("plan_fields", f"{name}.txt", text + "\n")


def evaluation_vectors():
    plan = json.loads((ROOT / "examples/plans/lang-son-2023.json").read_text("utf-8"))
    for path in sorted((ROOT / "tests/fixtures/evaluate").glob("*.json")):
        vector = json.loads(path.read_text("utf-8"))
        yield path.stem, vector, merge_patch(plan, vector["plan"].get("mergePatch", {}))


def activity_logs():
    sample = (ROOT / "examples/activities/lang-son-2023.jsonl").read_text("utf-8").splitlines()
    write("activity_lines", "sample-first-40.jsonl", "\n".join(sample[:40]) + "\n")
    write("activity_lines", "sample-crlf-bom.jsonl", "\ufeff" + "\r\n".join(sample[40:60]) + "\r\n")
    broken = sample[:5] + ["not json", "", "{\"schemaVersion\": 2}", "[1]", sample[5][:-10]]
    write("activity_lines", "sample-with-bad-lines.jsonl", "\n".join(broken))
    write("activity_lines", "not-utf8.jsonl", sample[0].encode("utf-8") + b"\n\xff\xfe\n")
    write("activity_array", "sample-first-30.json",
          "[\n" + ",\n".join(sample[:30]) + "\n]\n")
    write("activity_array", "broken-array.json", "[" + ",".join(sample[:3]) + ",{]")
    for name, vector, _ in evaluation_vectors():
        if "activitiesText" in vector:
            write("activity_lines", f"{name}.jsonl", vector["activitiesText"])
        else:
            records = vector["activities"]
            write("activity_lines", f"{name}.jsonl",
                  "".join(compact(r) + "\n" for r in records))
            write("activity_array", f"{name}.json", json.dumps(records, ensure_ascii=False, indent=1))


def report_requests():
    sample = (ROOT / "examples/activities/lang-son-2023.jsonl").read_text("utf-8").splitlines()
    options = [
        {},
        {"format": "html", "lang": "en"},
        {"format": "text", "window": "calendar", "asOf": "2023-02-15"},
        {"format": "json", "lang": "vi", "asOf": "2022-12-31"},
        {"format": "markdown", "asOf": "2024-01-05"},
    ]
    periods = ["2023-Q1", "2023", "2023-H1", "2023-02", "2022-12-01..2023-01-31", "2023-9M"]
    for index, (period, option) in enumerate(zip(periods, options * 2)):
        log = "\n".join(sample[index * 10:index * 10 + 25])
        write("report_request", f"request-{index}-{period}.txt",
              f"{period}\n{compact(option)}\n{log}\n")
    for name, vector, _ in evaluation_vectors():
        records = vector.get("activitiesText") or json.dumps(vector["activities"], ensure_ascii=False)
        write("report_request", f"{name}.txt",
              f"{vector['period']}\n{compact(vector.get('options', {}))}\n{records}")


def import_texts():
    texts = {
        "lang-son-2023.txt": (ROOT / "examples/plans/lang-son-2023.seed.txt").read_text("utf-8"),
    }
    for path in sorted((ROOT / "tests/fixtures/import").glob("*.txt")):
        texts[path.name] = path.read_text("utf-8")
    for name, text in texts.items():
        write("import_text", name, text)
    seed = texts["lang-son-2023.txt"].splitlines()
    write("import_text", "lang-son-2023-header.txt", "\n".join(seed[:25]))
    write("import_text", "lang-son-2023-closing.txt", "\n".join(seed[-30:]))
    write("import_text", "lang-son-2023-crlf-table.txt",
          "\r\n".join(line.replace("  ", " | ") for line in seed[:60]))


def import_docx():
    """The .docx fixtures as they are, and their document parts alone (the target wraps
    non-ZIP input as word/document.xml), a legacy .doc's signature and a ZIP without a document."""
    import io
    import zipfile
    for path in sorted((ROOT / "tests/fixtures/import/docx").glob("*.docx")):
        data = path.read_bytes()
        write("import_docx", path.name, data)
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            write("import_docx", path.stem + ".document.xml", package.read("word/document.xml"))
    write("import_docx", "legacy.doc", bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
    empty = io.BytesIO()
    with zipfile.ZipFile(empty, "w") as package:
        package.writestr("word/other.xml", "<x/>")
    write("import_docx", "no-document.zip", empty.getvalue())


def period_ids():
    ids = [
        "2023", "2023-H1", "2023-h2", "2023-9M", "2023-9m", "2023-Q1", "2023-q4", "2023-03",
        "2024-02", "1001-01", "9998-12", "2023-01-01..2023-03-31", " 2023-02-29..2024-02-29 ",
        "2022-12-15..2023-12-14", "2023-Q5", "2023-3", "2023-01-01", "0999", "2023-13",
        "2023-01-31..2023-01-01", "2013-01-01..2023-12-31",
    ]
    for index, text in enumerate(ids):
        write("period_id", f"id-{index:02}", text)


def main():
    for target in ["plan_json", "plan_fields", "activity_lines", "activity_array", "report_request",
                   "import_text", "import_docx", "period_id"]:
        shutil.rmtree(CORPUS / target, ignore_errors=True)
    plan_json()
    plan_fields()
    activity_logs()
    report_requests()
    import_texts()
    import_docx()
    period_ids()


if __name__ == "__main__":
    main()
