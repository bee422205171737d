#!/usr/bin/env python3
"""Writes the example province: manifest.json, plans/ and logs/ for 30 agencies of Lạng Sơn.

Fictional figures for real places. Deterministic (random.Random with a fixed seed, no clock):
running it again gives the same bytes. The committed files are what the tests, the demo and the
goldens read; this script documents how they were made and regenerates them:

    python3 examples/province/generate.py

The story, for Quý I 2023 (data cut off 15/12/2022 – 14/03/2023, reports due Saturday
18/03/2023, so Monday 20/03/2023):

* 12 departments (sở), 8 district people's committees, 10 communes under them; each plan is a
  variant of the bundled plan (examples/plans/lang-son-2023.json) with the agency's own name,
  number, signer, units and form names; the monthly quota of 04 website articles is kept.
* Each agency's diligence decides how many articles it posts each month and how many of the
  plan's forms it carries out; some meet every month's quota, some miss January (Tết) or more.
* Reports: most on time, four late, three missing.
* UBND xã Gia Cát's plan is broken (a quota's minimum written in words): missing data.
* UBND huyện Đình Lập gave no activity log: missing data.
* UBND xã Hợp Thành and UBND xã Tân Liên did exactly the same amount of work and reported the
  same day: they tie in the ranking.
"""

import copy
import datetime
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BASE = json.load(open(os.path.join(ROOT, "examples/plans/lang-son-2023.json"), encoding="utf-8"))

rng = random.Random(20230314)

DEPARTMENTS = [
    ("so-tu-phap", "Sở Tư pháp", "STP"),
    ("so-ke-hoach-dau-tu", "Sở Kế hoạch và Đầu tư", "SKHĐT"),
    ("so-tai-chinh", "Sở Tài chính", "STC"),
    ("so-xay-dung", "Sở Xây dựng", "SXD"),
    ("so-giao-thong-van-tai", "Sở Giao thông vận tải", "SGTVT"),
    ("so-cong-thuong", "Sở Công Thương", "SCT"),
    ("so-nong-nghiep", "Sở Nông nghiệp và Phát triển nông thôn", "SNN"),
    ("so-tai-nguyen-moi-truong", "Sở Tài nguyên và Môi trường", "STNMT"),
    ("so-thong-tin-truyen-thong", "Sở Thông tin và Truyền thông", "STTTT"),
    ("so-y-te", "Sở Y tế", "SYT"),
    ("so-giao-duc-dao-tao", "Sở Giáo dục và Đào tạo", "SGDĐT"),
    ("so-van-hoa-the-thao-du-lich", "Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL"),
]
DISTRICTS = [
    ("huyen-cao-loc", "Cao Lộc"),
    ("huyen-chi-lang", "Chi Lăng"),
    ("huyen-huu-lung", "Hữu Lũng"),
    ("huyen-loc-binh", "Lộc Bình"),
    ("huyen-van-quan", "Văn Quan"),
    ("huyen-bac-son", "Bắc Sơn"),
    ("huyen-trang-dinh", "Tràng Định"),
    ("huyen-dinh-lap", "Đình Lập"),
]
COMMUNES = [
    ("xa-hop-thanh", "Hợp Thành", "huyen-cao-loc"),
    ("xa-tan-lien", "Tân Liên", "huyen-cao-loc"),
    ("xa-gia-cat", "Gia Cát", "huyen-cao-loc"),
    ("xa-quang-lang", "Quang Lang", "huyen-chi-lang"),
    ("xa-van-an", "Vân An", "huyen-chi-lang"),
    ("xa-yen-trach", "Yên Trạch", "huyen-cao-loc"),
    ("xa-huu-lien", "Hữu Liên", "huyen-huu-lung"),
    ("xa-nhat-hoa", "Nhất Hòa", "huyen-bac-son"),
    ("xa-tan-thanh", "Tân Thành", "huyen-huu-lung"),
    ("xa-hoang-dong", "Hoàng Đồng", "huyen-loc-binh"),
]
SURNAMES = ["Nguyễn", "Hoàng", "Lương", "Nông", "Vi", "Lăng", "Hà", "Lộc", "Triệu", "Đinh"]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thanh", "Quốc", "Thu"]
GIVEN = ["Hùng", "Lan", "Tuấn", "Hoa", "Thắng", "Hương", "Dũng", "Mai", "Long", "Thảo"]

LATE = {"so-xay-dung": "2023-03-22", "huyen-huu-lung": "2023-03-24", "xa-van-an": "2023-03-21",
        "so-y-te": "2023-03-27"}
MISSING_REPORT = {"so-cong-thuong", "huyen-trang-dinh", "xa-hoang-dong"}
BROKEN_PLAN = "xa-gia-cat"
NO_LOG = "huyen-dinh-lap"
TWINS = ("xa-hop-thanh", "xa-tan-lien")


def person():
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def plan_for(level, name, abbreviation, district_name=None):
    plan = copy.deepcopy(BASE)
    doc = plan["document"]
    if level == "department":
        owner, office, others = "Sở", "Văn phòng Sở", "Các phòng, đơn vị trực thuộc Sở"
        doc["parentBody"] = {"name": "Ủy ban nhân dân tỉnh Lạng Sơn", "abbreviation": "UBND"}
        doc["issuer"] = {"name": name, "abbreviation": abbreviation}
        doc["number"] = f"/KH-{abbreviation}"
        doc["signature"] = {"authority": "kt", "headTitle": "GIÁM ĐỐC",
                            "signerTitle": "PHÓ GIÁM ĐỐC", "signerName": person()}
    else:
        owner = "huyện" if level == "district" else "xã"
        office = ("Văn phòng HĐND và UBND huyện" if level == "district"
                  else "Công chức Văn phòng - Thống kê xã")
        others = ("Các cơ quan chuyên môn thuộc UBND huyện" if level == "district"
                  else "Các công chức chuyên môn thuộc UBND xã")
        doc.pop("parentBody", None)
        if level == "commune":
            doc["parentBody"] = {"name": f"Ủy ban nhân dân huyện {district_name}",
                                 "abbreviation": "UBND"}
        doc["issuer"] = {"name": f"Ủy ban nhân dân {owner} {name}", "abbreviation": "UBND"}
        doc["number"] = "/KH-UBND"
        doc["signature"] = {"authority": "tm", "headTitle": "ỦY BAN NHÂN DÂN",
                            "signerTitle": "CHỦ TỊCH", "signerName": person()}
        doc["issued"]["place"] = name if level == "district" else district_name
        doc["issued"]["text"] = f"{doc['issued']['place']}, ngày tháng năm 2023"
    plan["units"] = [
        {"id": "van-phong", "name": office},
        {"id": "phong-don-vi", "name": others},
    ]
    text = json.dumps(plan, ensure_ascii=False)
    if level != "department":
        text = text.replace("của Sở", f"của UBND {owner}").replace("thuộc Sở", f"thuộc UBND {owner}")
    return json.loads(text)


FORMS = [(f["id"], f["kind"]) for a in BASE["audiences"] for f in a["forms"]]
AUDIENCE_OF = {f["id"]: a["id"] for a in BASE["audiences"] for f in a["forms"]}
Q1_DAYS = [datetime.date(2022, 12, 15) + datetime.timedelta(days=d) for d in range(90)]
MONTHS = [(2023, 1), (2023, 2), (2023, 3)]


def day_in(year, month, last=None):
    days = [d for d in Q1_DAYS if (d.year, d.month) == (year, month) and (last is None or d.day <= last)]
    return rng.choice(days)


def log_for(agency_id, site, diligence):
    """Activity records of one agency: monthly articles, then other forms it carried out."""
    records = []
    serial = 0

    def record(date, form, title, unit, quantities=None):
        nonlocal serial
        serial += 1
        entry = {"schemaVersion": 1, "date": date.isoformat(), "unit": unit, "form": form,
                 "title": title, "evidence": f"{site}/cchc/{agency_id}-{serial:03d}"}
        if quantities:
            entry["quantities"] = quantities
        records.append(entry)

    for year, month in MONTHS:
        # January is Tết: fewer articles. March counts up to the 14th (data cut-off).
        wanted = rng.choice([2, 3, 4, 4, 5, 6]) if diligence > 0.5 else rng.choice([1, 2, 3, 4])
        if month == 1:
            wanted = max(wanted - rng.choice([0, 1, 2]), 1)
        for _ in range(wanted):
            unit = rng.choice(["van-phong", "van-phong", "phong-don-vi"])
            last = 14 if month == 3 else None
            record(day_in(year, month, last), "tin-bai-website",
                   f"Tin cải cách hành chính tháng {month}/{year}", unit,
                   {"views": rng.randint(80, 400)})
    others = [form for form, _ in FORMS if form != "tin-bai-website"]
    carried = rng.sample(others, k=max(1, round(len(others) * diligence * rng.uniform(0.3, 0.8))))
    for form in carried:
        for _ in range(rng.randint(1, 3)):
            year, month = rng.choice(MONTHS)
            record(day_in(year, month, 14 if month == 3 else None), form,
                   "Hoạt động tuyên truyền cải cách hành chính", rng.choice(["van-phong", "phong-don-vi"]),
                   {"participants": rng.randint(20, 150)} if dict(FORMS)[form] == "meeting" else None)
    records.sort(key=lambda r: (r["date"], r["evidence"]))
    return records


def write_json(path, value):
    with open(path, "w", encoding="utf-8") as out:
        json.dump(value, out, ensure_ascii=False, indent=2)
        out.write("\n")


def write_log(path, records):
    with open(path, "w", encoding="utf-8") as out:
        for entry in records:
            out.write(json.dumps(entry, ensure_ascii=False) + "\n")


def main():
    os.makedirs(os.path.join(HERE, "plans"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "logs"), exist_ok=True)
    agencies = []
    entries = ([("department", i, n, a, None) for i, n, a in DEPARTMENTS]
               + [("district", i, n, None, None) for i, n in DISTRICTS]
               + [("commune", i, n, None, p) for i, n, p in COMMUNES])
    district_names = dict(DISTRICTS)
    twin_log = None
    for level, agency_id, name, abbreviation, parent in entries:
        display = {"department": name, "district": f"UBND huyện {name}",
                   "commune": f"UBND xã {name}"}[level]
        plan = plan_for(level, name, abbreviation, district_names.get(parent))
        if level == "department" and agency_id == "so-van-hoa-the-thao-du-lich":
            plan = copy.deepcopy(BASE)
        plan_path = f"plans/{agency_id}.json"
        if agency_id == BROKEN_PLAN:
            plan["quotas"][0]["min"] = "bốn"
        write_json(os.path.join(HERE, plan_path), plan)
        entry = {"id": agency_id, "name": display, "level": level}
        if parent:
            entry["parent"] = parent
        entry["plan"] = plan_path
        site = f"https://{agency_id.replace('-', '')}.langson.gov.vn"
        diligence = rng.uniform(0.2, 1.0)
        records = log_for(agency_id, site, diligence)
        if agency_id == TWINS[1] and twin_log is not None:
            records = [dict(r, evidence=r["evidence"].replace(TWINS[0], TWINS[1])) for r in twin_log]
        if agency_id == TWINS[0]:
            twin_log = records
        if agency_id != NO_LOG:
            log_path = f"logs/{agency_id}.jsonl"
            write_log(os.path.join(HERE, log_path), records)
            entry["log"] = log_path
        if agency_id in LATE:
            entry["received"] = {"2023-Q1": LATE[agency_id]}
        elif agency_id not in MISSING_REPORT:
            day = "2023-03-17" if agency_id in TWINS else f"2023-03-{rng.randint(15, 20)}"
            entry["received"] = {"2023-Q1": day}
        agencies.append(entry)
    manifest = {
        "schemaVersion": 2,
        "body": {
            "issuer": {"name": "Sở Nội vụ", "abbreviation": "SNV"},
            "parentBody": {"name": "Ủy ban nhân dân tỉnh Lạng Sơn", "abbreviation": "UBND"},
            "level": "province",
            "area": "Lạng Sơn",
            "place": "Lạng Sơn",
            "signature": {"authority": "kt", "headTitle": "GIÁM ĐỐC",
                          "signerTitle": "PHÓ GIÁM ĐỐC", "signerName": "Hoàng Thị Thu Hà"},
            "recipients": [
                "Bộ Nội vụ (b/c);",
                "UBND tỉnh (b/c);",
                "Các sở, ban, ngành tỉnh;",
                "UBND các huyện, thành phố;",
                "Lưu: VT, CCHC.",
            ],
        },
        "deadlineDay": 18,
        "agencies": agencies,
    }
    write_json(os.path.join(HERE, "manifest.json"), manifest)


if __name__ == "__main__":
    main()
