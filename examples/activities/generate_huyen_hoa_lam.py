#!/usr/bin/env python3
"""Writes huyen-hoa-lam-2024.jsonl: a year of activity records for the district example plan
(examples/plans/huyen-hoa-lam-2024.json; Hòa Lâm is a fictional district of Nghệ An).

Deterministic (no randomness, no clock): running it again gives the same bytes.

    python3 examples/activities/generate_huyen_hoa_lam.py > examples/activities/huyen-hoa-lam-2024.jsonl

The story the log tells, which the district's reports are checked against:

- Task 1, the district conference due "Trước ngày 31/3/2024", is not held in Quý I: it is held
  late, on 11/04. Task 2 (due 15/02) is done in January.
- Task 9 ("Thường xuyên": posting procedures) and task 3 ("Thường xuyên": CCHC in routine
  meetings) have activities in Quý I; task 3 has none in Quý III.
- Task 15 (Quý III) is done in September; task 16 (Tháng 10) in October.
- Task 7 (the inspection, "6 tháng đầu năm") is never recorded: postponed.
- The monthly quota of 02 website articles is met in most calendar months and missed in
  February (Tết Giáp Thìn, 08–14/02), July and November (one article each). The quarterly
  radio programme (at least 01) is broadcast in Quý I, II and IV, not in Quý III.
- Most records name the task they carry out; two website articles name none.
"""

import datetime
import json
import sys

SITE = "https://hoalam.example/tin-tuc/cai-cach-hanh-chinh"
FANPAGE = "Fanpage “Hòa Lâm ngày mới”"

TT = "trung-tam-van-hoa-the-thao-va-truyen-thong"
NV = "phong-noi-vu"
VP = "van-phong-hdnd-va-ubnd"
VHTT = "phong-van-hoa-va-thong-tin"
CQ = "co-quan-chuyen-mon"
XA = "ubnd-cac-xa-thi-tran"

# Website articles: (date, unit, task or None, title).
ARTICLES = [
    ("2024-01-09", TT, "nv-10", "UBND huyện Hòa Lâm tổng kết công tác cải cách hành chính năm 2023"),
    ("2024-01-19", TT, "nv-10", "UBND huyện ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024"),
    ("2024-01-30", TT, "nv-10", "Hướng dẫn nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia"),
    # February: Tết Giáp Thìn, one article only.
    ("2024-02-22", TT, "nv-10", "Bảo đảm giải quyết thủ tục hành chính thông suốt sau Tết Nguyên đán Giáp Thìn"),
    ("2024-03-06", XA, "nv-10", "Thị trấn Hòa Lâm đẩy mạnh thanh toán trực tuyến phí, lệ phí"),
    ("2024-03-18", TT, "nv-10", "Phát động Cuộc thi trực tuyến tìm hiểu về cải cách hành chính huyện Hòa Lâm năm 2024"),
    ("2024-03-27", TT, "nv-10", "Kết quả giải quyết thủ tục hành chính quý I năm 2024"),
    ("2024-04-12", TT, "nv-10", "Hội nghị triển khai Kế hoạch cải cách hành chính và tuyên truyền cải cách hành chính năm 2024"),
    ("2024-04-25", TT, "nv-10", "Hướng dẫn sử dụng tài khoản định danh điện tử khi nộp hồ sơ trực tuyến"),
    ("2024-05-08", TT, "nv-10", "Xã Lâm Phong số hóa hồ sơ, kết quả giải quyết thủ tục hành chính"),
    ("2024-05-21", TT, "nv-17", "Triển khai Kế hoạch chuyển đổi số năm 2024 của tỉnh trên địa bàn huyện"),
    ("2024-05-29", TT, "nv-10", "Cuộc thi trực tuyến tìm hiểu về cải cách hành chính thu hút hơn 3.400 lượt người dự thi"),
    ("2024-06-11", XA, None, "Xã Hòa Sơn tiếp nhận hồ sơ không giấy tờ tại Bộ phận Một cửa"),
    ("2024-06-26", TT, "nv-10", "Kết quả giải quyết thủ tục hành chính 6 tháng đầu năm 2024"),
    # July: one article only.
    ("2024-07-17", TT, "nv-10", "Hỏi - đáp về dịch vụ bưu chính công ích trong giải quyết thủ tục hành chính"),
    ("2024-08-07", TT, "nv-10", "Tổ thanh niên tình nguyện hỗ trợ người dân nộp hồ sơ trực tuyến"),
    ("2024-08-28", TT, "nv-17", "Tuyên truyền các quy định mới về chuyển đổi số, chính quyền số"),
    ("2024-09-05", TT, "nv-10", "Kết quả giải quyết thủ tục hành chính 9 tháng năm 2024"),
    ("2024-09-18", XA, None, "Xã Lâm Phong công khai kết quả giải quyết thủ tục hành chính tại nhà văn hóa các xóm"),
    ("2024-09-25", TT, "nv-10", "Chủ tịch UBND huyện đối thoại với doanh nghiệp về giải quyết thủ tục hành chính"),
    ("2024-10-09", TT, "nv-10", "Khảo sát mức độ hài lòng của người dân, tổ chức năm 2024"),
    ("2024-10-24", TT, "nv-10", "Thanh toán trực tuyến phí, lệ phí: tiện lợi, minh bạch"),
    # November: one article only.
    ("2024-11-20", TT, "nv-10", "Cải cách hành chính gắn với xây dựng nông thôn mới nâng cao"),
    ("2024-12-04", TT, "nv-10", "Kết quả khảo sát mức độ hài lòng của người dân, tổ chức năm 2024"),
    ("2024-12-11", TT, "nv-10", "Những kết quả nổi bật về cải cách hành chính năm 2024"),
]

# Other activities: (date, unit, form, task, title, evidence, quantities).
OTHERS = [
    ("2024-01-10", VP, "niem-yet-tthc", "nv-09",
     "Niêm yết công khai 286 thủ tục hành chính tại Bộ phận Một cửa huyện",
     "Biên bản kiểm tra niêm yết ngày 10/01/2024", {"procedures": 286}),
    ("2024-01-25", CQ, "hoi-nghi-hop", "nv-02",
     "Phòng Tài nguyên và Môi trường phổ biến Kế hoạch tuyên truyền CCHC năm 2024 tại cuộc họp cơ quan",
     "Biên bản cuộc họp cơ quan ngày 25/01/2024", {"participants": 14}),
    ("2024-01-29", XA, "hoi-nghi-hop", "nv-02",
     "UBND xã Hòa Sơn quán triệt Kế hoạch tuyên truyền CCHC năm 2024 tại hội nghị giao ban",
     "Biên bản hội nghị giao ban ngày 29/01/2024", {"participants": 32}),
    ("2024-02-05", CQ, "hoi-nghi-hop", "nv-03",
     "Lồng ghép nội dung cải cách hành chính trong cuộc họp giao ban tháng 02 của Phòng Giáo dục và Đào tạo",
     "Biên bản cuộc họp giao ban ngày 05/02/2024", {"participants": 18}),
    ("2024-02-27", TT, "clip-mang-xa-hoi", "nv-13",
     "Clip hướng dẫn nộp hồ sơ cấp đổi giấy phép lái xe trực tuyến",
     FANPAGE + ", bài đăng ngày 27/02/2024", {"views": 4200}),
    ("2024-02-29", XA, "hoi-nghi-hop", "nv-03",
     "Thị trấn Hòa Lâm lồng ghép tuyên truyền CCHC trong sinh hoạt chi bộ tháng 02",
     "Biên bản sinh hoạt chi bộ ngày 29/02/2024", {"participants": 25}),
    ("2024-03-05", VHTT, "pa-no-ap-phich", "nv-12",
     "Treo 12 pa nô tuyên truyền dịch vụ công trực tuyến tại trụ sở UBND huyện và các tuyến đường chính",
     "Hợp đồng số 05/2024/HĐ-VHTT ngày 26/02/2024", {"copies": 12}),
    ("2024-03-08", VP, "niem-yet-tthc", "nv-09",
     "Cập nhật niêm yết 17 thủ tục hành chính lĩnh vực đất đai được công bố sửa đổi, bổ sung",
     "Biên bản kiểm tra niêm yết ngày 08/03/2024", {"procedures": 17}),
    ("2024-03-09", "huyen-doan", "ho-tro-dich-vu-cong", "nv-14",
     "Ra quân “Ngày thứ Bảy tình nguyện” hỗ trợ người dân sử dụng dịch vụ công trực tuyến",
     "Báo cáo số 12-BC/HĐTN ngày 11/03/2024 của Huyện đoàn", {"participants": 46}),
    ("2024-03-12", TT, "chuyen-muc-truyen-thanh", "nv-11",
     "Chuyên mục “Cải cách hành chính” số 01/2024 trên Đài truyền thanh huyện",
     "Lịch phát sóng tháng 3/2024 của Đài truyền thanh huyện", {"hours": 1}),
    ("2024-03-26", "huyen-doan", "to-chuc-doan-the", "nv-08",
     "Sinh hoạt chuyên đề “Thanh niên với cải cách hành chính” nhân kỷ niệm 93 năm Ngày thành lập Đoàn",
     "Báo cáo số 15-BC/HĐTN ngày 28/03/2024 của Huyện đoàn", {"participants": 120}),
    # Task 1, due before 31/03, held late.
    ("2024-04-11", NV, "hoi-nghi-hop", "nv-01",
     "Hội nghị quán triệt, triển khai Kế hoạch cải cách hành chính và Kế hoạch tuyên truyền CCHC năm 2024",
     "Giấy mời số 112/GM-UBND ngày 05/04/2024", {"participants": 150, "hours": 4}),
    ("2024-04-24", CQ, "hoi-nghi-hop", "nv-03",
     "Lồng ghép nội dung cải cách hành chính trong cuộc họp giao ban tháng 4 của Phòng Nông nghiệp và Phát triển nông thôn",
     "Biên bản cuộc họp giao ban ngày 24/04/2024", {"participants": 16}),
    ("2024-05-14", TT, "clip-mang-xa-hoi", "nv-13",
     "Infographic: 5 bước thanh toán trực tuyến phí, lệ phí trên Cổng Dịch vụ công quốc gia",
     FANPAGE + ", bài đăng ngày 14/05/2024", {"views": 2650}),
    ("2024-05-20", NV, "tai-lieu-hoi-dap", "nv-04",
     "Phát hành 500 cuốn tài liệu hỏi - đáp về cải cách hành chính, chuyển đổi số",
     "Công văn số 845/UBND-NV ngày 20/05/2024", {"copies": 500}),
    # The contest is one activity, recorded when it closes (15/03 – 31/05).
    ("2024-05-31", NV, "cuoc-thi-truc-tuyen", "nv-06",
     "Cuộc thi trực tuyến “Tìm hiểu về cải cách hành chính huyện Hòa Lâm năm 2024” (15/3 – 31/5/2024)",
     "Báo cáo số 210/BC-NV ngày 31/05/2024", {"participants": 3418}),
    ("2024-06-08", "huyen-doan", "ho-tro-dich-vu-cong", "nv-14",
     "Tổ thanh niên tình nguyện hỗ trợ người dân đăng ký tài khoản định danh điện tử tại xã Lâm Phong",
     "Báo cáo số 21-BC/HĐTN ngày 10/06/2024 của Huyện đoàn", {"participants": 52}),
    ("2024-06-18", NV, "hoi-nghi-hop", "nv-05",
     "Tập huấn nghiệp vụ giải quyết thủ tục hành chính, kỹ năng số cho công chức Bộ phận Một cửa huyện, xã",
     "Giấy mời số 198/GM-UBND ngày 12/06/2024", {"participants": 62, "hours": 8}),
    ("2024-06-27", TT, "chuyen-muc-truyen-thanh", "nv-11",
     "Chuyên mục “Cải cách hành chính” số 02/2024 trên Đài truyền thanh huyện",
     "Lịch phát sóng tháng 6/2024 của Đài truyền thanh huyện", {"hours": 1}),
    ("2024-07-05", VP, "niem-yet-tthc", "nv-09",
     "Cập nhật niêm yết 9 thủ tục hành chính lĩnh vực hộ tịch được công bố sửa đổi, bổ sung",
     "Biên bản kiểm tra niêm yết ngày 05/07/2024", {"procedures": 9}),
    ("2024-07-24", "lien-doan-lao-dong", "to-chuc-doan-the", "nv-08",
     "Công đoàn cơ quan UBND huyện tọa đàm về văn hóa công vụ",
     "Biên bản tọa đàm ngày 24/07/2024", {"participants": 60}),
    ("2024-08-15", "buu-dien", "ho-tro-dich-vu-cong", "nv-14",
     "Bưu điện huyện hướng dẫn người dân nộp hồ sơ, nhận kết quả qua dịch vụ bưu chính công ích tại xã Lâm Phong",
     "Báo cáo của Bưu điện huyện ngày 16/08/2024", {"participants": 75}),
    ("2024-08-20", TT, "clip-mang-xa-hoi", "nv-13",
     "Clip hướng dẫn đăng ký khai sinh trực tuyến",
     FANPAGE + ", bài đăng ngày 20/08/2024", {"views": 3100}),
    ("2024-09-10", XA, "hoi-nghi-hop", "nv-03",
     "UBND xã Hòa Sơn lồng ghép nội dung cải cách hành chính trong hội nghị giao ban tháng 9",
     "Biên bản hội nghị giao ban ngày 10/09/2024", {"participants": 30}),
    ("2024-09-19", VP, "doi-thoai-doanh-nghiep", "nv-15",
     "Hội nghị đối thoại giữa Chủ tịch UBND huyện với doanh nghiệp, hộ kinh doanh về giải quyết thủ tục hành chính",
     "Thông báo kết luận số 356/TB-UBND ngày 24/09/2024", {"participants": 110, "hours": 3}),
    ("2024-10-15", VP, "niem-yet-tthc", "nv-09",
     "Rà soát, cập nhật niêm yết thủ tục hành chính tại Bộ phận Một cửa huyện",
     "Biên bản kiểm tra niêm yết ngày 15/10/2024", {"procedures": 291}),
    ("2024-10-22", NV, "khao-sat-hai-long", "nv-16",
     "Khảo sát mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước năm 2024",
     "Báo cáo số 402/BC-NV ngày 31/10/2024", {"respondents": 420}),
    ("2024-10-30", TT, "chuyen-muc-truyen-thanh", "nv-11",
     "Chuyên mục “Cải cách hành chính” số 03/2024 trên Đài truyền thanh huyện",
     "Lịch phát sóng tháng 10/2024 của Đài truyền thanh huyện", {"hours": 1}),
    ("2024-11-12", TT, "clip-mang-xa-hoi", "nv-13",
     "Clip “Một ngày ở Bộ phận Một cửa huyện”",
     FANPAGE + ", bài đăng ngày 12/11/2024", {"views": 5300}),
    ("2024-11-16", "huyen-doan", "ho-tro-dich-vu-cong", "nv-14",
     "Ra quân “Ngày thứ Bảy tình nguyện” hỗ trợ người dân thanh toán trực tuyến phí, lệ phí",
     "Báo cáo số 38-BC/HĐTN ngày 18/11/2024 của Huyện đoàn", {"participants": 40}),
    ("2024-12-05", TT, "chuyen-muc-truyen-thanh", "nv-11",
     "Chuyên mục “Cải cách hành chính” số 04/2024 trên Đài truyền thanh huyện",
     "Lịch phát sóng tháng 12/2024 của Đài truyền thanh huyện", {"hours": 1}),
    ("2024-12-10", CQ, "hoi-nghi-hop", "nv-03",
     "Lồng ghép nội dung cải cách hành chính trong cuộc họp giao ban tháng 12 của Phòng Y tế",
     "Biên bản cuộc họp giao ban ngày 10/12/2024", {"participants": 12}),
]

# Meetings are held on working days; "Ngày thứ Bảy tình nguyện" on a Saturday.
MEETING_FORMS = {"hoi-nghi-hop", "doi-thoai-doanh-nghiep", "khao-sat-hai-long"}


def record(date, unit, form, task, title, evidence, quantities):
    out = {"schemaVersion": 2, "date": date, "unit": unit, "form": form}
    if task is not None:
        out["task"] = task
    out["title"] = title
    out["evidence"] = evidence
    if quantities:
        out["quantities"] = quantities
    return out


def sample():
    records = []
    for number, (date, unit, task, title) in enumerate(ARTICLES):
        records.append(record(date, unit, "tin-bai-website", task, title,
                              f"{SITE}/bai-viet-{number + 1:02d}", {"views": 180 + (number * 53) % 400}))
    for entry in OTHERS:
        date, form = entry[0], entry[2]
        weekday = datetime.date.fromisoformat(date).weekday()
        if form in MEETING_FORMS:
            assert weekday < 5, f"{date}: a meeting on a weekend"
        if "thứ Bảy" in entry[4]:
            assert weekday == 5, f"{date}: not a Saturday"
        records.append(record(*entry))
    records.sort(key=lambda r: r["date"])  # stable: ties keep the order above
    return records


def main():
    for item in sample():
        sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
