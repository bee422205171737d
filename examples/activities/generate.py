#!/usr/bin/env python3
"""Writes lang-son-2023.jsonl: a fictional but realistic activity log for the bundled plan.

Deterministic (no randomness, no clock): running it again gives the same bytes. The committed
file is what tests read; this script documents how it was made and regenerates it:

    python3 examples/activities/generate.py > examples/activities/lang-son-2023.jsonl

With `--synthetic N` it writes N generated records instead (for memory measurements), each with
its own evidence; `--synthetic-no-evidence N` leaves evidence out, to measure the reader and the
evaluation without the duplicate-evidence index.

The story the log tells, by Nghị định 09/2019 reporting month (15th of the month before to the
14th): the monthly quota of 04 website articles is met most months, but missed in the Tết month
(15/01–14/02: 2 articles), in the reporting months of July (3) and October (3). Every form of
the plan has activities during the year; in Quý I several forms have none yet. Seven entries
are there for the log check to flag: an unknown form, an unknown unit, an unknown audience, an
audience that does not match its form, a date outside the plan, an article recorded twice, and
activities without evidence.
"""

import json
import sys

SITE = "https://svhttdl.langson.gov.vn/tin-tuc/cai-cach-hanh-chinh"

# Website articles as (date, unit), grouped by reporting month (15th to 14th).
ARTICLE_DAYS = [
    ("2022-12-16", "van-phong"), ("2022-12-27", "van-phong"),
    ("2023-01-06", "van-phong"), ("2023-01-11", "phong-don-vi"),
    # Reporting month 2: Tết Quý Mão (20–26 January 2023) — only two articles.
    ("2023-01-17", "van-phong"), ("2023-02-09", "van-phong"),
    ("2023-02-16", "van-phong"), ("2023-02-24", "phong-don-vi"),
    ("2023-03-02", "van-phong"), ("2023-03-07", "van-phong"),
    ("2023-03-16", "van-phong"), ("2023-03-23", "phong-don-vi"), ("2023-03-29", "van-phong"),
    ("2023-04-05", "van-phong"), ("2023-04-12", "van-phong"),
    ("2023-04-18", "van-phong"), ("2023-04-26", "phong-don-vi"), ("2023-05-08", "van-phong"),
    ("2023-05-12", "van-phong"),
    ("2023-05-19", "van-phong"), ("2023-05-30", "phong-don-vi"), ("2023-06-07", "van-phong"),
    ("2023-06-13", "phong-quan-ly-van-hoa"),
    # Reporting month 7: three articles.
    ("2023-06-21", "van-phong"), ("2023-06-29", "van-phong"), ("2023-07-11", "phong-don-vi"),
    ("2023-07-18", "van-phong"), ("2023-07-26", "van-phong"),
    ("2023-08-03", "phong-don-vi"), ("2023-08-10", "van-phong"),
    ("2023-08-16", "van-phong"), ("2023-08-22", "van-phong"), ("2023-08-29", "phong-don-vi"),
    ("2023-09-05", "van-phong"), ("2023-09-08", "van-phong"), ("2023-09-13", "van-phong"),
    # Reporting month 10: three articles.
    ("2023-09-20", "van-phong"), ("2023-09-28", "phong-don-vi"), ("2023-10-10", "van-phong"),
    ("2023-10-17", "van-phong"), ("2023-10-25", "van-phong"),
    ("2023-11-02", "phong-don-vi"), ("2023-11-09", "van-phong"),
    ("2023-11-15", "van-phong"), ("2023-11-22", "van-phong"), ("2023-11-29", "phong-don-vi"),
    ("2023-12-06", "van-phong"), ("2023-12-12", "van-phong"),
    # After the 2023 cut-off year (from 15 December they count towards 2024's reports).
    ("2023-12-20", "van-phong"), ("2023-12-27", "van-phong"),
]

TOPICS = [
    "Sở Văn hóa, Thể thao và Du lịch tổng kết công tác cải cách hành chính năm 2022",
    "Hướng dẫn nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia",
    "Sở Văn hóa, Thể thao và Du lịch ban hành Kế hoạch cải cách hành chính năm 2023",
    "Tiếp nhận hồ sơ và trả kết quả thủ tục hành chính qua dịch vụ bưu chính công ích",
    "Đón Tết Quý Mão: bảo đảm giải quyết thủ tục hành chính không gián đoạn",
    "Thực hiện quy trình “04 tại chỗ” tại Trung tâm Phục vụ hành chính công tỉnh",
    "Đẩy mạnh chuyển đổi số trong lĩnh vực văn hóa, thể thao và du lịch",
    "Công bố danh mục thủ tục hành chính lĩnh vực du lịch được sửa đổi, bổ sung",
    "Nâng cao chất lượng phục vụ người dân, doanh nghiệp trong giải quyết thủ tục hành chính",
    "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của Sở năm 2022",
    "Triển khai Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số",
    "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực thể dục, thể thao",
    "Sử dụng chữ ký số trong xử lý văn bản điện tử tại cơ quan Sở",
    "Thanh toán trực tuyến phí, lệ phí khi thực hiện thủ tục hành chính",
    "Lấy ý kiến người dân về quy định hành chính lĩnh vực gia đình",
    "Cấp giấy phép kinh doanh dịch vụ lữ hành nội địa qua mạng",
    "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
    "Quán triệt Nghị quyết số 60-NQ/TU về đẩy mạnh cải cách hành chính tỉnh Lạng Sơn",
    "Kiểm tra công tác cải cách hành chính tại các đơn vị sự nghiệp trực thuộc Sở",
    "Hướng dẫn thủ tục cấp giấy phép tổ chức biểu diễn nghệ thuật",
    "Ứng dụng phần mềm quản lý văn bản và điều hành trong chỉ đạo, điều hành",
    "Phản ánh, kiến nghị về quy định hành chính: cách gửi và theo dõi kết quả",
    "Kết quả Chỉ số cải cách hành chính (PAR Index) năm 2022 của Sở",
    "Cải cách chế độ công vụ, công chức: siết chặt kỷ luật, kỷ cương hành chính",
    "Kết quả giải quyết thủ tục hành chính quý I năm 2023",
    "Hướng dẫn đăng ký tài khoản định danh điện tử để nộp hồ sơ trực tuyến",
    "Sở tiếp nhận hồ sơ thủ tục hành chính không giấy tờ tại bộ phận một cửa",
    "Công khai kết quả đánh giá giải quyết thủ tục hành chính trên Cổng Dịch vụ công",
    "Đơn giản hóa thủ tục cấp phép tổ chức lễ hội",
    "Tăng cường kỷ luật, kỷ cương trong thực thi công vụ",
    "Triển khai Đề án 06 trong giải quyết thủ tục hành chính lĩnh vực văn hóa",
    "Kết quả giải quyết thủ tục hành chính 6 tháng đầu năm 2023",
    "Hướng dẫn thủ tục công nhận điểm du lịch",
    "Chuẩn hóa dữ liệu thủ tục hành chính trên Cơ sở dữ liệu quốc gia",
    "Đánh giá, xếp loại chất lượng công chức, viên chức gắn với cải cách hành chính",
    "Thư viện tỉnh số hóa tài liệu phục vụ bạn đọc",
    "Hướng dẫn thủ tục cấp giấy phép kinh doanh karaoke qua dịch vụ công trực tuyến",
    "Giải đáp vướng mắc về thủ tục hành chính lĩnh vực thể dục, thể thao",
    "Kết quả giải quyết thủ tục hành chính 9 tháng năm 2023",
    "Ứng dụng công nghệ thông tin trong quản lý di tích",
    "Sáng kiến cải cách hành chính tại các đơn vị sự nghiệp của Sở",
    "Nâng cao tỷ lệ hồ sơ trực tuyến toàn trình",
    "Tiếp tục cắt giảm thời gian giải quyết thủ tục hành chính",
    "Cải cách tài chính công tại các đơn vị sự nghiệp công lập",
    "Tuyên truyền cải cách hành chính gắn với quảng bá du lịch Lạng Sơn",
    "Hướng dẫn thủ tục cấp thẻ hướng dẫn viên du lịch",
    "Kết quả kiểm tra công tác cải cách hành chính năm 2023",
    "Sơ kết thực hiện quy trình “04 tại chỗ” năm 2023",
    "Chuẩn bị tổng kết công tác cải cách hành chính năm 2023",
    "Những kết quả nổi bật về cải cách hành chính năm 2023",
    "Định hướng cải cách hành chính năm 2024 của Sở",
]

CCBC = "can-bo-cong-chuc"
NDDN = "nguoi-dan-doanh-nghiep"

# Other forms: (date, unit, form, title, evidence, quantities, extra fields)
OTHERS = [
    ("2023-01-05", "van-phong", "niem-yet-tthc",
     "Niêm yết công khai 128 thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh",
     "Biên bản kiểm tra niêm yết số 01/BB-SVHTTDL ngày 05/01/2023", {"procedures": 128}, {}),
    ("2023-02-08", "van-phong", "hoi-nghi-tap-huan",
     "Hội nghị triển khai nhiệm vụ cải cách hành chính năm 2023",
     "Giấy mời số 45/GM-SVHTTDL ngày 01/02/2023", {"participants": 85, "hours": 4}, {}),
    ("2023-02-20", "phong-don-vi", "tthc-truc-tuyen",
     "Đăng tải hướng dẫn thực hiện 25 dịch vụ công trực tuyến mức độ 3, 4 của Sở",
     SITE + "/huong-dan-dich-vu-cong-muc-do-3-4", {"procedures": 25, "views": 640}, {}),
    ("2023-03-03", "van-phong", "clip-mang-xa-hoi",
     "Clip “Nộp hồ sơ thủ tục hành chính qua dịch vụ bưu chính công ích”",
     "https://www.facebook.com/svhttdl.langson/videos/buu-chinh-cong-ich", {"views": 2350}, {}),
    ("2023-03-06", "van-phong", "cong-bo-dang-tai-tthc",
     "Trình UBND tỉnh công bố thủ tục hành chính lĩnh vực du lịch được sửa đổi, bổ sung",
     "Tờ trình số 35/TTr-SVHTTDL ngày 06/03/2023", {"procedures": 9}, {}),
    ("2023-03-10", "van-phong", "tai-lieu-tuyen-truyen",
     "Phát hành tài liệu hỏi – đáp về cải cách hành chính năm 2023",
     "Công văn số 310/SVHTTDL-VP ngày 10/03/2023", {"copies": 300}, {}),
    ("2023-03-30", "van-phong", "ban-tin-dien-tu",
     "Bản tin điện tử cải cách hành chính số 01/2023",
     SITE + "/ban-tin-cchc-so-01-2023", {"views": 870}, {}),
    ("2023-04-14", "phong-don-vi", "to-chuc-doan-the",
     "Sinh hoạt chuyên đề của Đoàn thanh niên Sở về cải cách hành chính",
     None, {"participants": 35, "hours": 2}, {}),
    ("2023-04-20", "phong-don-vi", "to-roi-pano-ap-phich",
     "Treo pa nô tuyên truyền dịch vụ công trực tuyến tại trụ sở Sở",
     "Hợp đồng số 12/2023/HĐ-VP ngày 10/04/2023", {"copies": 4}, {}),
    ("2023-04-27", "van-phong", "clip-mang-xa-hoi",
     "Clip hướng dẫn thanh toán trực tuyến phí, lệ phí trên Cổng Dịch vụ công",
     "https://zalo.me/svhttdllangson/clip-thanh-toan-truc-tuyen", {"views": 1480}, {}),
    ("2023-05-10", "phong-don-vi", "chieu-phim-luu-dong",
     "Lồng ghép tuyên truyền cải cách hành chính trong buổi chiếu phim lưu động tại huyện Văn Lãng",
     "Báo cáo số 18/BC-TTVH ngày 12/05/2023", {"participants": 320}, {"audience": "nhan-dan"}),
    ("2023-05-17", "van-phong", "tin-bai-bao-lang-son",
     "Bài viết trên Báo Lạng Sơn về kết quả cải cách hành chính của Sở",
     "https://baolangson.vn/cai-cach-hanh-chinh-nganh-van-hoa", {}, {}),
    ("2023-05-24", "van-phong", "dao-tao-boi-duong",
     "Lồng ghép nội dung cải cách hành chính trong lớp bồi dưỡng nghiệp vụ văn hóa cơ sở",
     "Quyết định số 210/QĐ-SVHTTDL ngày 15/05/2023", {"participants": 60, "hours": 16}, {}),
    ("2023-06-15", "van-phong", "khao-sat-hai-long",
     "Khảo sát mức độ hài lòng của người dân, doanh nghiệp 6 tháng đầu năm 2023",
     "Báo cáo số 95/BC-SVHTTDL ngày 30/06/2023", {"respondents": 150}, {}),
    ("2023-06-28", "van-phong", "ban-tin-dien-tu",
     "Bản tin điện tử cải cách hành chính số 02/2023",
     SITE + "/ban-tin-cchc-so-02-2023", {"views": 910}, {}),
    ("2023-07-06", "van-phong", "niem-yet-tthc",
     "Cập nhật niêm yết thủ tục hành chính sau khi công bố sửa đổi, bổ sung",
     "Biên bản kiểm tra niêm yết số 07/BB-SVHTTDL ngày 06/07/2023", {"procedures": 131},
     {"audience": CCBC}),
    ("2023-07-20", "phong-don-vi", "to-roi-pano-ap-phich",
     "In và phát tờ gấp hướng dẫn nộp hồ sơ trực tuyến",
     "Hợp đồng số 21/2023/HĐ-VP ngày 12/07/2023", {"copies": 1000}, {}),
    ("2023-08-09", "phong-don-vi", "chieu-phim-luu-dong",
     "Lồng ghép tuyên truyền cải cách hành chính trong buổi chiếu phim lưu động tại huyện Bình Gia",
     "Báo cáo số 31/BC-TTVH ngày 11/08/2023", {"participants": 280}, {}),
    ("2023-08-23", "van-phong", "hinh-thuc-khac",
     "Trình chiếu nội dung tuyên truyền cải cách hành chính trên màn hình LED tại trụ sở Sở",
     None, {"hours": 120}, {}),
    ("2023-09-12", "van-phong", "hoi-nghi-tap-huan",
     "Tập huấn kỹ năng hướng dẫn người dân sử dụng dịch vụ công trực tuyến",
     "Giấy mời số 402/GM-SVHTTDL ngày 05/09/2023", {"participants": 70, "hours": 8}, {}),
    ("2023-09-27", "van-phong", "ban-tin-dien-tu",
     "Bản tin điện tử cải cách hành chính số 03/2023",
     SITE + "/ban-tin-cchc-so-03-2023", {"views": 760}, {}),
    ("2023-10-12", "phong-don-vi", "to-chuc-doan-the",
     "Công đoàn Sở phát động thi đua thực hiện văn hóa công vụ",
     "Kế hoạch số 08/KH-CĐ ngày 05/10/2023", {"participants": 90}, {}),
    ("2023-10-19", "van-phong", "cong-bo-dang-tai-tthc",
     "Đăng tải thủ tục hành chính lĩnh vực văn hóa cơ sở đã được công bố",
     SITE + "/dang-tai-tthc-van-hoa-co-so", {"procedures": 14}, {}),
    ("2023-11-08", "phong-don-vi", "chieu-phim-luu-dong",
     "Lồng ghép tuyên truyền cải cách hành chính trong buổi chiếu phim lưu động tại huyện Đình Lập",
     "Báo cáo số 44/BC-TTVH ngày 10/11/2023", {"participants": 410}, {}),
    ("2023-11-21", "van-phong", "khao-sat-hai-long",
     "Khảo sát mức độ hài lòng của người dân, doanh nghiệp năm 2023",
     "Báo cáo số 160/BC-SVHTTDL ngày 30/11/2023", {"respondents": 210}, {}),
    ("2023-12-07", "van-phong", "hoi-nghi-tap-huan",
     "Hội nghị tổng kết công tác cải cách hành chính năm 2023",
     "Giấy mời số 530/GM-SVHTTDL ngày 01/12/2023", {"participants": 95, "hours": 4}, {}),
    ("2023-12-21", "van-phong", "ban-tin-dien-tu",
     "Bản tin điện tử cải cách hành chính số 04/2023",
     SITE + "/ban-tin-cchc-so-04-2023", {"views": 690}, {}),
    # Recorded in this log by mistake: it belongs to the 2024 plan.
    ("2024-01-08", "van-phong", "hoi-nghi-tap-huan",
     "Hội nghị triển khai nhiệm vụ cải cách hành chính năm 2024",
     "Giấy mời số 12/GM-SVHTTDL ngày 03/01/2024", {"participants": 80, "hours": 4}, {}),
]


def record(date, unit, form, title, evidence, quantities, extra):
    out = {"schemaVersion": 1, "date": date, "unit": unit, "form": form}
    if "audience" in extra:
        out["audience"] = extra["audience"]
    out["title"] = title
    if evidence is not None:
        out["evidence"] = evidence
    if quantities:
        out["quantities"] = quantities
    if "notes" in extra:
        out["notes"] = extra["notes"]
    return out


def sample():
    records = []
    for number, (date, unit) in enumerate(ARTICLE_DAYS):
        title = TOPICS[number % len(TOPICS)]
        views = 150 + (number * 97) % 700
        records.append(record(date, unit, "tin-bai-website", title,
                              f"{SITE}/{title_slug(number)}-{2300 + number}",
                              {"views": views}, {}))
    # The article of 7 March entered a second time, by the unit that wrote it.
    first = next(r for r in records if r["date"] == "2023-03-07")
    records.append(record("2023-03-08", "phong-don-vi", "tin-bai-website", first["title"],
                          first["evidence"], {}, {"notes": "Nhập lại từ báo cáo của phòng"}))
    for entry in OTHERS:
        records.append(record(*entry))
    records.sort(key=lambda r: r["date"])  # stable: ties keep the order above
    return records


def title_slug(number):
    return f"bai-viet-cchc-{number + 1:02d}"


def synthetic(count, evidence=True):
    """Records spread over the year, cycling over forms and units, all with distinct evidence."""
    forms = ["tin-bai-website", "hoi-nghi-tap-huan", "clip-mang-xa-hoi", "niem-yet-tthc",
             "ban-tin-dien-tu", "chieu-phim-luu-dong"]
    units = ["van-phong", "phong-don-vi"]
    for number in range(count):
        day = number % 365
        month_days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        month = 0
        while day >= month_days[month]:
            day -= month_days[month]
            month += 1
        yield record(f"2023-{month + 1:02d}-{day + 1:02d}", units[number % 2],
                     forms[number % len(forms)], f"Hoạt động tuyên truyền CCHC số {number}",
                     f"{SITE}/hoat-dong-{number}" if evidence else None,
                     {"participants": number % 50}, {})


def main():
    out = sys.stdout
    if len(sys.argv) == 3 and sys.argv[1] in ("--synthetic", "--synthetic-no-evidence"):
        for item in synthetic(int(sys.argv[2]), sys.argv[1] == "--synthetic"):
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
        return
    for item in sample():
        out.write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
