//! The consolidation's diagnostic catalogue: what kept an agency's data out (its plan or log
//! missing, unreadable or not loading) and what is wrong in the manifest itself. None of them
//! stops a consolidation: the agency is reported as missing data and the rest is added up.

use crate::diagnostic::rule_catalogue;

const SOURCE: &str = "kehoach consolidate";

rule_catalogue! {
    /// Every rule of the consolidation with its documentation, in code order.
    RULES;

    PLAN_NOT_GIVEN("CON001") {
        severity: Error,
        category: "Tổng hợp nhiều cơ quan — Consolidation",
        source: SOURCE,
        description_vi: "Cơ quan, đơn vị chưa có kế hoạch",
        description_en: "The agency has no plan",
        message_vi: "{agency}: chưa có kế hoạch tuyên truyền cải cách hành chính.",
        message_en: "{agency}: no communication plan was given.",
    }
    PLAN_UNREADABLE("CON002") {
        severity: Error,
        category: "Tổng hợp nhiều cơ quan — Consolidation",
        source: SOURCE,
        description_vi: "Không đọc được tệp kế hoạch",
        description_en: "The plan file cannot be read",
        message_vi: "{agency}: không đọc được kế hoạch ({detail}).",
        message_en: "{agency}: the plan cannot be read ({detail}).",
    }
    PLAN_INVALID("CON003") {
        severity: Error,
        category: "Tổng hợp nhiều cơ quan — Consolidation",
        source: SOURCE,
        description_vi: "Kế hoạch không đúng định dạng",
        description_en: "The plan does not load",
        message_vi: "{agency}: kế hoạch không đúng định dạng tại {at}: {detail}.",
        message_en: "{agency}: the plan does not load at {at}: {detail}.",
    }
    LOG_NOT_GIVEN("CON004") {
        severity: Error,
        category: "Tổng hợp nhiều cơ quan — Consolidation",
        source: SOURCE,
        description_vi: "Cơ quan, đơn vị chưa có số liệu hoạt động",
        description_en: "The agency has no activity log",
        message_vi: "{agency}: chưa có số liệu hoạt động (nhật ký hoạt động).",
        message_en: "{agency}: no activity log was given.",
    }
    LOG_UNREADABLE("CON005") {
        severity: Error,
        category: "Tổng hợp nhiều cơ quan — Consolidation",
        source: SOURCE,
        description_vi: "Không đọc được tệp số liệu hoạt động",
        description_en: "The activity log cannot be read",
        message_vi: "{agency}: không đọc được số liệu hoạt động ({detail}).",
        message_en: "{agency}: the activity log cannot be read ({detail}).",
    }
    LOG_REJECTED("CON006") {
        severity: Warning,
        category: "Tổng hợp nhiều cơ quan — Consolidation",
        source: SOURCE,
        description_vi: "Số liệu hoạt động có bản ghi không đọc được",
        description_en: "Records of the log could not be read",
        message_vi: "{agency}: {count} bản ghi hoạt động không đọc được, không được tính.",
        message_en: "{agency}: {count} activity records could not be read and are not counted.",
    }
    DUPLICATE_ID("CON007") {
        severity: Error,
        category: "Tổng hợp nhiều cơ quan — Consolidation",
        source: SOURCE,
        description_vi: "Mã cơ quan, đơn vị bị trùng",
        description_en: "Two agencies share an id",
        message_vi: "Mã \"{id}\" đã dùng cho cơ quan, đơn vị khác; {agency} vẫn được tổng hợp.",
        message_en: "The id \"{id}\" is used by another agency too; {agency} is still consolidated.",
    }
    UNKNOWN_PARENT("CON008") {
        severity: Warning,
        category: "Tổng hợp nhiều cơ quan — Consolidation",
        source: SOURCE,
        description_vi: "Cơ quan cấp trên không có trong danh sách",
        description_en: "The parent agency is not in the manifest",
        message_vi: "{agency}: cơ quan cấp trên \"{parent}\" không có trong danh sách.",
        message_en: "{agency}: the parent agency \"{parent}\" is not in the manifest.",
    }
}
