//! The plan validator's rule catalogue, kept as data.
//!
//! Each rule is a constant named by its code, so a check says `DOC007` and the documentation,
//! the messages and the severity all come from the one entry below. Codes are stable: a rule
//! that is withdrawn keeps its code out of use forever, and a new rule takes the next free
//! number of its prefix.
//!
//! Prefixes: `DOC` the document per Nghị định 30/2020, `REF` legal bases, `STR` structure,
//! `FRM` forms and units, `TSK` the task table, `TIM` timings (of tasks and forms), `QTA` quotas,
//! `RPT` reporting, `YR` year consistency.

use crate::diagnostic::{rule_catalogue, RuleDoc};

rule_catalogue! {
    /// Every rule of the plan validator with its documentation, in code order.
    CATALOGUE;

    // ---------------------------------------------------------------- document (NĐ 30/2020)
    DOC001 {
        severity: Error,
        category: "document",
        source: "NĐ 30/2020, Phụ lục I",
        description_vi: "Số, ký hiệu có dấu gạch chéo (/) giữa số và ký hiệu.",
        description_en: "The number and symbol have a slash (/) between the number and the symbol.",
        message_vi: "Số, ký hiệu \"{number}\" thiếu dấu gạch chéo (/) giữa số và ký hiệu, ví dụ \"05/KH-SVHTTDL\".",
        message_en: "Number \"{number}\" lacks the slash (/) between the number and the symbol, e.g. \"05/KH-SVHTTDL\".",
    }
    DOC002 {
        severity: Error,
        category: "document",
        source: "NĐ 30/2020, Phụ lục I",
        description_vi: "Số, ký hiệu viết liền, không có khoảng trắng.",
        description_en: "The number and symbol contain no spaces.",
        message_vi: "Số, ký hiệu \"{number}\" có khoảng trắng; viết liền, ví dụ \"05/KH-SVHTTDL\".",
        message_en: "Number \"{number}\" contains spaces; write it without them, e.g. \"05/KH-SVHTTDL\".",
    }
    DOC003 {
        severity: Error,
        category: "document",
        source: "NĐ 30/2020, Phụ lục I",
        description_vi: "Ký hiệu gồm các nhóm chữ viết tắt nối bằng dấu gạch nối (-).",
        description_en: "The symbol is groups of abbreviations joined by hyphens (-).",
        message_vi: "Ký hiệu \"{symbol}\" phải gồm các nhóm chữ viết tắt nối với nhau bằng dấu gạch nối (-), ví dụ \"KH-SVHTTDL\".",
        message_en: "Symbol \"{symbol}\" must be groups of abbreviations joined by hyphens (-), e.g. \"KH-SVHTTDL\".",
    }
    DOC004 {
        severity: Error,
        category: "document",
        source: "NĐ 30/2020, Phụ lục III",
        description_vi: "Ký hiệu bắt đầu bằng chữ viết tắt tên loại văn bản (Phụ lục III) đúng với loại của văn bản.",
        description_en: "The symbol starts with the abbreviation (Phụ lục III) of the document's own kind.",
        message_vi: "Ký hiệu \"{symbol}\" phải bắt đầu bằng \"{expected}\" (chữ viết tắt tên loại của {kindName}), không phải \"{found}\".",
        message_en: "Symbol \"{symbol}\" must start with \"{expected}\" (the kind abbreviation for {kindName}), not \"{found}\".",
    }
    DOC005 {
        severity: Warning,
        category: "document",
        source: "NĐ 30/2020, Phụ lục I",
        description_vi: "Nhóm chữ viết tắt cơ quan trong ký hiệu trùng với chữ viết tắt của cơ quan ban hành.",
        description_en: "The issuer group of the symbol is the issuer's abbreviation.",
        message_vi: "Ký hiệu ghi cơ quan \"{found}\" nhưng chữ viết tắt của cơ quan ban hành là \"{expected}\".",
        message_en: "The symbol names the issuer \"{found}\" but the issuer's abbreviation is \"{expected}\".",
    }
    DOC006 {
        severity: Error,
        category: "document",
        source: "NĐ 30/2020, Phụ lục I",
        description_vi: "Số của văn bản là số tự nhiên lớn hơn 0, viết bằng chữ số Ả Rập.",
        description_en: "The document's number is a whole number above 0 in Arabic digits.",
        message_vi: "Số \"{sequence}\" phải là số tự nhiên lớn hơn 0, viết bằng chữ số Ả Rập.",
        message_en: "Number \"{sequence}\" must be a whole number above 0 written in Arabic digits.",
    }
    DOC007 {
        severity: Error,
        category: "document",
        source: "NĐ 30/2020, Phụ lục I",
        description_vi: "Số nhỏ hơn 10 có số 0 ở đầu (05).",
        description_en: "Numbers below 10 take a leading zero (05).",
        message_vi: "Số \"{sequence}\" nhỏ hơn 10 phải có số 0 ở đầu: \"{expected}\".",
        message_en: "Number \"{sequence}\" is below 10 and needs a leading zero: \"{expected}\".",
    }
    DOC008 {
        severity: Warning,
        category: "document",
        source: "NĐ 30/2020, Phụ lục I",
        description_vi: "Dự thảo chưa cấp số: điền số trước khi ban hành.",
        description_en: "A draft without a number: fill it in before issuing.",
        message_vi: "Dự thảo chưa cấp số (\"{number}\"); điền số khi ban hành.",
        message_en: "Draft without a number (\"{number}\"); fill it in when issuing.",
    }
    DOC009 {
        severity: Error,
        category: "document",
        source: "NĐ 30/2020, Phụ lục I",
        description_vi: "Văn bản hành chính không ghi năm trong số, ký hiệu; chỉ văn bản quy phạm pháp luật có năm.",
        description_en: "An administrative document has no year in its number; only normative documents do.",
        message_vi: "Văn bản hành chính ({kindName}) không ghi năm trong số, ký hiệu: \"{number}\".",
        message_en: "An administrative document ({kindName}) has no year in its number: \"{number}\".",
    }
    DOC010 {
        severity: Warning,
        category: "document",
        source: "HD 36-HD/VPTW ngày 03/4/2018 (văn bản của Đảng)",
        description_vi: "Văn bản hành chính viết \"số/loại-cơ quan\", không theo kiểu văn bản của Đảng \"số-loại/cơ quan\".",
        description_en: "A state document is numbered \"number/kind-issuer\", not in the Party form \"number-kind/issuer\".",
        message_vi: "Số, ký hiệu \"{number}\" viết theo kiểu văn bản của Đảng; văn bản hành chính viết \"số/loại-cơ quan\", ví dụ \"05/KH-SVHTTDL\".",
        message_en: "Number \"{number}\" uses the Party form; a state document is numbered \"number/kind-issuer\", e.g. \"05/KH-SVHTTDL\".",
    }
    DOC011 {
        severity: Error,
        category: "document",
        source: "NĐ 30/2020, Phụ lục I",
        description_vi: "Dòng địa danh, ngày tháng theo mẫu \"<địa danh>, ngày … tháng … năm …\".",
        description_en: "The place-and-date line reads \"Place, ngày … tháng … năm …\".",
        message_vi: "Dòng \"{text}\" không theo mẫu \"<địa danh>, ngày … tháng … năm …\".",
        message_en: "Line \"{text}\" does not read \"<place>, ngày … tháng … năm …\".",
    }
    DOC012 {
        severity: Error,
        category: "document",
        source: "plan consistency",
        description_vi: "Địa danh khớp với dòng địa danh, ngày tháng.",
        description_en: "The place agrees with the place-and-date line.",
        message_vi: "Địa danh \"{place}\" không khớp với dòng \"{text}\".",
        message_en: "Place \"{place}\" does not agree with the line \"{text}\".",
    }
    DOC013 {
        severity: Error,
        category: "document",
        source: "NĐ 30/2020, Phụ lục I",
        description_vi: "Ngày nhỏ hơn 10 và tháng 1, 2 có số 0 ở đầu.",
        description_en: "Days below 10 and months 1 and 2 take a leading zero.",
        message_vi: "Dòng \"{text}\": \"{found}\" phải viết \"{expected}\" (ngày nhỏ hơn 10 và tháng 1, 2 có số 0 ở đầu).",
        message_en: "Line \"{text}\": write \"{found}\" as \"{expected}\" (days below 10 and months 1 and 2 take a leading zero).",
    }
    DOC014 {
        severity: Warning,
        category: "document",
        source: "NĐ 30/2020, Phụ lục I",
        description_vi: "Tháng từ 3 đến 12 không có số 0 ở đầu.",
        description_en: "Months 3 to 12 take no leading zero.",
        message_vi: "Dòng \"{text}\": tháng từ 3 đến 12 không có số 0 ở đầu, \"{found}\" nên viết \"{expected}\".",
        message_en: "Line \"{text}\": months 3 to 12 take no leading zero, write \"{found}\" as \"{expected}\".",
    }
    DOC015 {
        severity: Warning,
        category: "document",
        source: "NĐ 30/2020, Phụ lục I",
        description_vi: "Dự thảo chưa ghi ngày, tháng ban hành.",
        description_en: "A draft without its day and month of issue.",
        message_vi: "Dự thảo chưa ghi ngày, tháng ban hành; các kiểm tra theo ngày lấy ngày 31/12/{year}.",
        message_en: "Draft without a day and month of issue; date checks use 31 December {year}.",
    }
    DOC016 {
        severity: Error,
        category: "document",
        source: "plan consistency",
        description_vi: "Ngày ban hành khớp với ngày, tháng trên dòng địa danh, ngày tháng.",
        description_en: "The date of issue agrees with the day and month on the place-and-date line.",
        message_vi: "Ngày ban hành ({dateText}) không khớp với dòng \"{text}\".",
        message_en: "The date of issue ({dateText}) does not agree with the line \"{text}\".",
    }
    DOC017 {
        severity: Error,
        category: "document",
        source: "plan consistency",
        description_vi: "Năm ban hành khớp với năm trên dòng địa danh, ngày tháng.",
        description_en: "The year of issue agrees with the year on the place-and-date line.",
        message_vi: "Năm ban hành {year} không khớp với dòng \"{text}\".",
        message_en: "Year of issue {year} does not agree with the line \"{text}\".",
    }
    DOC018 {
        severity: Error,
        category: "document",
        source: "NĐ 30/2020, Điều 8 khoản 2",
        description_vi: "Tên loại văn bản khớp với loại văn bản.",
        description_en: "The printed kind name agrees with the document's kind.",
        message_vi: "Tên loại \"{title}\" không khớp với loại văn bản ({kindName}).",
        message_en: "Kind name \"{title}\" does not agree with the document's kind ({kindName}).",
    }
    DOC019 {
        severity: Warning,
        category: "document",
        source: "NĐ 30/2020, Phụ lục I",
        description_vi: "Tên loại văn bản và chức vụ người ký viết in hoa.",
        description_en: "The kind name and the signing titles are printed in capitals.",
        message_vi: "\"{text}\" phải viết in hoa: \"{expected}\".",
        message_en: "\"{text}\" is printed in capitals: \"{expected}\".",
    }
    DOC020 {
        severity: Warning,
        category: "document",
        source: "common practice",
        description_vi: "Trích yếu không kết thúc bằng dấu chấm.",
        description_en: "The subject line does not end with a full stop.",
        message_vi: "Trích yếu \"{subject}\" không kết thúc bằng dấu chấm.",
        message_en: "Subject \"{subject}\" should not end with a full stop.",
    }
    DOC021 {
        severity: Error,
        category: "document",
        source: "NĐ 30/2020, Phụ lục I",
        description_vi: "Ký KT., TM., TL., TUQ. thì ghi chức vụ của người ký dưới chức vụ người đứng đầu.",
        description_en: "With KT., TM., TL. or TUQ. the signer's own title stands under the head's title.",
        message_vi: "\"{notation} {headTitle}\" phải ghi chức vụ của người ký ở dòng dưới.",
        message_en: "\"{notation} {headTitle}\" needs the signer's own title on the line below.",
    }
    DOC022 {
        severity: Error,
        category: "document",
        source: "NĐ 30/2020, Phụ lục I",
        description_vi: "Ký thay (KT.) thì người ký là cấp phó của người đứng đầu.",
        description_en: "With KT. the signer is a deputy of the head.",
        message_vi: "\"KT. {headTitle}\": người ký thay phải là cấp phó (ví dụ \"PHÓ {headTitle}\"), không phải \"{signerTitle}\".",
        message_en: "\"KT. {headTitle}\": the signer must be a deputy (e.g. \"PHÓ {headTitle}\"), not \"{signerTitle}\".",
    }
    DOC023 {
        severity: Error,
        category: "document",
        source: "NĐ 30/2020, Phụ lục I",
        description_vi: "Người ký có chức vụ khác người đứng đầu thì ghi thể thức ký (KT., TM., Q., TL., TUQ.).",
        description_en: "A signer whose title differs from the head's signs with a notation (KT., TM., Q., TL., TUQ.).",
        message_vi: "\"{signerTitle}\" ký cho \"{headTitle}\" nhưng thiếu thể thức ký (KT., TM., Q., TL., TUQ.).",
        message_en: "\"{signerTitle}\" signs for \"{headTitle}\" without a signing notation (KT., TM., Q., TL., TUQ.).",
    }
    DOC024 {
        severity: Warning,
        category: "document",
        source: "NĐ 30/2020, Phụ lục I",
        description_vi: "Thay mặt (TM.) đứng trước tên một tập thể (ủy ban, hội đồng, ban…).",
        description_en: "TM. (on behalf of) stands before the name of a collective (committee, council, board…).",
        message_vi: "\"TM.\" dùng khi ký thay mặt tập thể; \"{headTitle}\" không phải tên một tập thể (ủy ban, hội đồng, ban…).",
        message_en: "\"TM.\" signs on behalf of a collective; \"{headTitle}\" is not a collective (committee, council, board…).",
    }
    DOC025 {
        severity: Warning,
        category: "document",
        source: "NĐ 30/2020, Phụ lục I",
        description_vi: "Quyền (Q.) ký với chức danh quyền, không ghi thêm chức vụ khác.",
        description_en: "An acting head (Q.) signs with the acting title alone.",
        message_vi: "\"Q. {headTitle}\": người ký với chức danh quyền, không ghi thêm chức vụ \"{signerTitle}\".",
        message_en: "\"Q. {headTitle}\": the acting head signs with that title alone, not also \"{signerTitle}\".",
    }
    DOC026 {
        severity: Warning,
        category: "document",
        source: "NĐ 30/2020, Phụ lục I",
        description_vi: "Cấp phó ký thay người đứng đầu dùng KT., không dùng TL. hay TUQ.",
        description_en: "A deputy signing for the head uses KT., not TL. or TUQ.",
        message_vi: "\"{notation} {headTitle}\" do cấp phó \"{signerTitle}\" ký; cấp phó ký thay người đứng đầu dùng \"KT.\".",
        message_en: "\"{notation} {headTitle}\" is signed by the deputy \"{signerTitle}\"; a deputy signing for the head uses \"KT.\".",
    }
    DOC027 {
        severity: Error,
        category: "document",
        source: "NĐ 30/2020, Phụ lục I",
        description_vi: "Không ghi học hàm, học vị trước họ tên người ký.",
        description_en: "No academic titles before the signer's name.",
        message_vi: "Không ghi học hàm, học vị trước họ tên người ký: \"{name}\".",
        message_en: "No academic titles before the signer's name: \"{name}\".",
    }
    DOC028 {
        severity: Error,
        category: "document",
        source: "NĐ 30/2020, Phụ lục I",
        description_vi: "Nơi nhận kết thúc bằng dòng lưu bắt đầu bằng \"Lưu:\".",
        description_en: "The distribution list ends with the archive line, starting \"Lưu:\".",
        message_vi: "Dòng lưu phải bắt đầu bằng \"Lưu:\" (ví dụ \"Lưu: VT, VP.\"), không phải \"{text}\".",
        message_en: "The archive line must start with \"Lưu:\" (e.g. \"Lưu: VT, VP.\"), not \"{text}\".",
    }
    DOC029 {
        severity: Warning,
        category: "document",
        source: "plan consistency",
        description_vi: "Dòng lưu khớp với danh sách nơi lưu và người soạn thảo.",
        description_en: "The archive line agrees with its holders and drafter.",
        message_vi: "Dòng lưu \"{text}\" không khớp với nơi lưu \"{holders}\" và người soạn thảo \"{drafter}\".",
        message_en: "Archive line \"{text}\" does not agree with holders \"{holders}\" and drafter \"{drafter}\".",
    }
    DOC030 {
        severity: Warning,
        category: "document",
        source: "common practice",
        description_vi: "Nơi lưu bắt đầu bằng văn thư (VT).",
        description_en: "The archive holders start with the records office (VT).",
        message_vi: "Nơi lưu \"{holders}\" phải bắt đầu bằng văn thư \"VT\".",
        message_en: "Archive holders \"{holders}\" should start with the records office \"VT\".",
    }
    DOC031 {
        severity: Error,
        category: "document",
        source: "NĐ 30/2020, Điều 8 khoản 2",
        description_vi: "Văn bản có nơi nhận.",
        description_en: "The document has a distribution list.",
        message_vi: "Văn bản chưa có nơi nhận.",
        message_en: "The document has no recipients.",
    }
    DOC032 {
        severity: Error,
        category: "document",
        source: "NĐ 30/2020, Phụ lục I",
        description_vi: "Dòng lưu đứng cuối nơi nhận, không nằm giữa các nơi nhận.",
        description_en: "The archive line closes the distribution list and is not one of the recipients.",
        message_vi: "\"{name}\" là dòng lưu; ghi ở dòng lưu cuối nơi nhận, không ghi như một nơi nhận.",
        message_en: "\"{name}\" is the archive line; put it in the archive line closing the list, not among the recipients.",
    }
    DOC033 {
        severity: Warning,
        category: "document",
        source: "plan consistency",
        description_vi: "Mỗi nơi nhận chỉ ghi một lần.",
        description_en: "Each recipient is listed once.",
        message_vi: "Nơi nhận \"{name}\" trùng với {first}.",
        message_en: "Recipient \"{name}\" repeats {first}.",
    }
    DOC034 {
        severity: Error,
        category: "document",
        source: "NĐ 30/2020, Phụ lục I",
        description_vi: "Chữ viết tắt của cơ quan ban hành dùng được trong ký hiệu: chữ cái in hoa không dấu, chữ Đ, chữ số và dấu gạch nối, viết liền không có khoảng trắng.",
        description_en: "The issuer's abbreviation can stand in a symbol: capital letters without diacritics, Đ, digits and hyphens, with no spaces.",
        message_vi: "Chữ viết tắt của cơ quan ban hành \"{abbreviation}\" không dùng được trong ký hiệu: chỉ gồm chữ cái in hoa không dấu, chữ Đ, chữ số và dấu gạch nối, viết liền, ví dụ \"SVHTTDL\".",
        message_en: "The issuer's abbreviation \"{abbreviation}\" cannot stand in a symbol: only capital letters without diacritics, Đ, digits and hyphens, written without spaces, e.g. \"SVHTTDL\".",
    }
    DOC035 {
        severity: Warning,
        category: "document",
        source: "NĐ 30/2020, Phụ lục I",
        description_vi: "Chữ viết tắt của cơ quan ban hành viết in hoa như trong ký hiệu (trừ \"TTg\" của Thủ tướng Chính phủ).",
        description_en: "The issuer's abbreviation is in capitals, as symbols are printed (except the Prime Minister's \"TTg\").",
        message_vi: "Chữ viết tắt của cơ quan ban hành \"{abbreviation}\" có chữ thường; ký hiệu văn bản viết in hoa: \"{expected}\".",
        message_en: "The issuer's abbreviation \"{abbreviation}\" has lower-case letters; symbols are printed in capitals: \"{expected}\".",
    }
    // ---------------------------------------------------------------- legal bases (căn cứ)
    REF001 {
        severity: Error,
        category: "legal-bases",
        source: "plan consistency",
        description_vi: "Loại văn bản căn cứ khớp với lời văn căn cứ.",
        description_en: "A legal basis's kind agrees with its text.",
        message_vi: "Loại văn bản ({kindName}) không khớp với lời văn căn cứ ({textKindName}).",
        message_en: "Kind ({kindName}) does not agree with the citation's text ({textKindName}).",
    }
    REF002 {
        severity: Error,
        category: "legal-bases",
        source: "plan consistency",
        description_vi: "Số, ký hiệu văn bản căn cứ khớp với lời văn căn cứ.",
        description_en: "A legal basis's number agrees with its text.",
        message_vi: "Số, ký hiệu \"{number}\" không khớp với lời văn căn cứ (\"{textNumber}\").",
        message_en: "Number \"{number}\" does not agree with the citation's text (\"{textNumber}\").",
    }
    REF003 {
        severity: Error,
        category: "legal-bases",
        source: "plan consistency",
        description_vi: "Ngày văn bản căn cứ khớp với lời văn căn cứ.",
        description_en: "A legal basis's date agrees with its text.",
        message_vi: "Ngày {dateText} không khớp với lời văn căn cứ ({textDateText}).",
        message_en: "Date {dateText} does not agree with the citation's text ({textDateText}).",
    }
    REF004 {
        severity: Error,
        category: "legal-bases",
        source: "plan consistency",
        description_vi: "Cơ quan ban hành văn bản căn cứ khớp với lời văn căn cứ.",
        description_en: "A legal basis's issuer agrees with its text.",
        message_vi: "Cơ quan ban hành \"{issuer}\" không khớp với lời văn căn cứ (\"{textIssuer}\").",
        message_en: "Issuer \"{issuer}\" does not agree with the citation's text (\"{textIssuer}\").",
    }
    REF005 {
        severity: Warning,
        category: "legal-bases",
        source: "plan consistency",
        description_vi: "Trích yếu văn bản căn cứ khớp với phần cuối lời văn căn cứ.",
        description_en: "A legal basis's subject agrees with the end of its text.",
        message_vi: "Trích yếu \"{subject}\" không khớp với lời văn căn cứ (\"{textSubject}\").",
        message_en: "Subject \"{subject}\" does not agree with the citation's text (\"{textSubject}\").",
    }
    REF006 {
        severity: Error,
        category: "legal-bases",
        source: "plan consistency",
        description_vi: "Ngày ghi trong lời văn căn cứ là ngày có thật.",
        description_en: "The date written in a citation is a real calendar date.",
        message_vi: "Lời văn căn cứ ghi ngày không có thật: \"{found}\".",
        message_en: "The citation's text gives a date that does not exist: \"{found}\".",
    }
    REF007 {
        severity: Error,
        category: "legal-bases",
        source: "NĐ 30/2020, Phụ lục I",
        description_vi: "Văn bản căn cứ (trừ luật) có số, ký hiệu.",
        description_en: "A cited document other than a law has a number.",
        message_vi: "Căn cứ là {kindName} nhưng thiếu số, ký hiệu.",
        message_en: "The legal basis ({kindName}) has no number.",
    }
    REF008 {
        severity: Warning,
        category: "legal-bases",
        source: "NĐ 30/2020, Phụ lục I",
        description_vi: "Văn bản căn cứ có ngày ban hành.",
        description_en: "A cited document has its date.",
        message_vi: "Căn cứ thiếu ngày ban hành.",
        message_en: "The legal basis has no date.",
    }
    REF009 {
        severity: Warning,
        category: "legal-bases",
        source: "NĐ 30/2020, Phụ lục I",
        description_vi: "Văn bản căn cứ (trừ luật) có cơ quan ban hành.",
        description_en: "A cited document other than a law names its issuer.",
        message_vi: "Căn cứ thiếu cơ quan ban hành.",
        message_en: "The legal basis does not name its issuer.",
    }
    REF010 {
        severity: Error,
        category: "legal-bases",
        source: "plan consistency",
        description_vi: "Văn bản căn cứ ban hành trước kế hoạch (dự thảo chưa có ngày: trước hết năm ban hành).",
        description_en: "A cited document predates the plan (an undated draft: the end of its year of issue).",
        message_vi: "Văn bản căn cứ ban hành ngày {dateText}, sau ngày của kế hoạch ({planDateText}).",
        message_en: "The cited document is dated {dateText}, after the plan ({planDateText}).",
    }
    REF011 {
        severity: Error,
        category: "legal-bases",
        source: "plan consistency",
        description_vi: "Mỗi văn bản chỉ được căn cứ một lần.",
        description_en: "Each document is cited once.",
        message_vi: "Căn cứ \"{key}\" trùng với {first}.",
        message_en: "Legal basis \"{key}\" repeats {first}.",
    }
    REF012 {
        severity: Error,
        category: "legal-bases",
        source: "Luật Ban hành VBQPPL 2015, Điều 10; NĐ 34/2016, Điều 58",
        description_vi: "Số, ký hiệu văn bản quy phạm pháp luật (nghị định, thông tư) có năm ban hành.",
        description_en: "A normative document's number (decree, circular) carries its year.",
        message_vi: "Văn bản quy phạm pháp luật ({kindName}) phải có năm ban hành trong số, ký hiệu: \"{number}\", ví dụ \"09/2019/NĐ-CP\".",
        message_en: "A normative document ({kindName}) carries its year in its number: \"{number}\", e.g. \"09/2019/NĐ-CP\".",
    }
    REF013 {
        severity: Error,
        category: "legal-bases",
        source: "Luật Ban hành VBQPPL 2015, Điều 10; NĐ 34/2016, Điều 58",
        description_vi: "Năm trong số, ký hiệu là năm ban hành văn bản.",
        description_en: "The year in a number is the year the document was issued.",
        message_vi: "Số, ký hiệu \"{number}\" ghi năm {symbolYear} nhưng văn bản ban hành năm {year}.",
        message_en: "Number \"{number}\" carries the year {symbolYear} but the document is dated {year}.",
    }
    REF014 {
        severity: Error,
        category: "legal-bases",
        source: "NĐ 30/2020, Phụ lục III",
        description_vi: "Chữ viết tắt tên loại trong ký hiệu văn bản căn cứ đúng với loại văn bản.",
        description_en: "The kind abbreviation in a cited number matches the cited kind.",
        message_vi: "Số, ký hiệu \"{number}\" phải có chữ viết tắt \"{expected}\" của {kindName}, không phải \"{found}\".",
        message_en: "Number \"{number}\" should carry \"{expected}\", the abbreviation of {kindName}, not \"{found}\".",
    }
    REF015 {
        severity: Error,
        category: "legal-bases",
        source: "HD 36-HD/VPTW ngày 03/4/2018 (văn bản của Đảng); NĐ 30/2020, Phụ lục I",
        description_vi: "Số, ký hiệu văn bản căn cứ có dạng \"số/loại-cơ quan\" (văn bản của Đảng: \"số-loại/cơ quan\").",
        description_en: "A cited number reads \"number/kind-issuer\" (Party documents: \"number-kind/issuer\").",
        message_vi: "Số, ký hiệu \"{number}\" không đúng dạng \"số/loại-cơ quan\" (văn bản của Đảng: \"số-loại/cơ quan\").",
        message_en: "Number \"{number}\" does not read \"number/kind-issuer\" (Party documents: \"number-kind/issuer\").",
    }
    REF016 {
        severity: Error,
        category: "legal-bases",
        source: "NĐ 30/2020, Phụ lục I",
        description_vi: "Số, ký hiệu văn bản hành chính được căn cứ không có năm.",
        description_en: "A cited administrative document's number carries no year.",
        message_vi: "Văn bản hành chính ({kindName}) không ghi năm trong số, ký hiệu: \"{number}\".",
        message_en: "An administrative document ({kindName}) has no year in its number: \"{number}\".",
    }
    // ---------------------------------------------------------------- structure
    STR001 {
        severity: Error,
        category: "structure",
        source: "plan consistency",
        description_vi: "Kế hoạch có mục đích.",
        description_en: "The plan states its purposes.",
        message_vi: "Kế hoạch chưa có mục đích.",
        message_en: "The plan has no purposes.",
    }
    STR002 {
        severity: Error,
        category: "structure",
        source: "plan consistency",
        description_vi: "Kế hoạch có yêu cầu.",
        description_en: "The plan states its requirements.",
        message_vi: "Kế hoạch chưa có yêu cầu.",
        message_en: "The plan has no requirements.",
    }
    STR003 {
        severity: Error,
        category: "structure",
        source: "plan consistency",
        description_vi: "Kế hoạch có ít nhất một đối tượng tuyên truyền.",
        description_en: "The plan has at least one audience.",
        message_vi: "Kế hoạch chưa có đối tượng tuyên truyền nào.",
        message_en: "The plan has no audience.",
    }
    STR004 {
        severity: Error,
        category: "structure",
        source: "plan consistency",
        description_vi: "Mỗi đối tượng có nội dung tuyên truyền.",
        description_en: "Each audience has content to communicate.",
        message_vi: "Đối tượng \"{heading}\" chưa có nội dung tuyên truyền.",
        message_en: "Audience \"{heading}\" has no content.",
    }
    STR005 {
        severity: Error,
        category: "structure",
        source: "plan consistency",
        description_vi: "Mỗi đối tượng có hình thức tuyên truyền.",
        description_en: "Each audience has forms of communication.",
        message_vi: "Đối tượng \"{heading}\" chưa có hình thức tuyên truyền.",
        message_en: "Audience \"{heading}\" has no forms.",
    }
    STR006 {
        severity: Error,
        category: "structure",
        source: "plan consistency",
        description_vi: "Không có trường chữ nào để trống.",
        description_en: "No text field is empty.",
        message_vi: "Chưa ghi {fieldName} (trường \"{field}\" để trống).",
        message_en: "The {fieldName} is empty (field \"{field}\").",
    }
    STR007 {
        severity: Warning,
        category: "structure",
        source: "plan consistency",
        description_vi: "Không có mục trùng nhau trong một danh sách (so sánh sau chuẩn hóa NFC và khoảng trắng).",
        description_en: "No item repeats within a list (compared after NFC and whitespace folding).",
        message_vi: "Mục \"{text}\" trùng với {first}.",
        message_en: "Item \"{text}\" repeats {first}.",
    }
    STR008 {
        severity: Warning,
        category: "structure",
        source: "plan consistency",
        description_vi: "Hai đối tượng không có cùng tiêu đề.",
        description_en: "No two audiences have the same heading.",
        message_vi: "Tiêu đề đối tượng \"{heading}\" trùng với {first}.",
        message_en: "Audience heading \"{heading}\" repeats {first}.",
    }
    STR009 {
        severity: Error,
        category: "structure",
        source: "plan consistency",
        description_vi: "Phần tổ chức thực hiện giao ít nhất một nhiệm vụ.",
        description_en: "The implementation part assigns at least one responsibility.",
        message_vi: "Phần tổ chức thực hiện chưa giao nhiệm vụ nào.",
        message_en: "The implementation part assigns no responsibility.",
    }
    STR010 {
        severity: Warning,
        category: "structure",
        source: "plan consistency",
        description_vi: "Một danh sách tham chiếu (kênh, đơn vị, ngày nghỉ) không ghi một mục hai lần.",
        description_en: "A list of references (channels, units, holidays) names nothing twice.",
        message_vi: "\"{entry}\" ghi lại lần nữa (đã có ở {first}).",
        message_en: "\"{entry}\" is listed again (already at {first}).",
    }
    // ---------------------------------------------------------------- forms and units
    FRM001 {
        severity: Warning,
        category: "forms-units",
        source: "plan consistency",
        description_vi: "Hình thức có loại đã biết không để loại \"khác\".",
        description_en: "A form of a known kind is not filed as `other`.",
        message_vi: "Hình thức \"{name}\" để loại \"khác\" nhưng tên cho thấy loại \"{suggestedName}\" ({suggested}).",
        message_en: "Form \"{name}\" is filed as `other` but its name suggests \"{suggestedName}\" ({suggested}).",
    }
    FRM002 {
        severity: Warning,
        category: "forms-units",
        source: "plan consistency",
        description_vi: "Loại của hình thức khớp với tên của nó.",
        description_en: "A form's kind agrees with its name.",
        message_vi: "Hình thức \"{name}\" có loại \"{kindName}\" nhưng tên cho thấy loại \"{suggestedName}\" ({suggested}).",
        message_en: "Form \"{name}\" is of kind \"{kindName}\" but its name suggests \"{suggestedName}\" ({suggested}).",
    }
    FRM003 {
        severity: Error,
        category: "forms-units",
        source: "plan consistency",
        description_vi: "Mọi đơn vị được giao đều có trong danh sách đơn vị của kế hoạch.",
        description_en: "Every unit referenced is one of the plan's units.",
        message_vi: "Không có đơn vị mã \"{unit}\" trong danh sách đơn vị của kế hoạch.",
        message_en: "No unit with id \"{unit}\" among the plan's units.",
    }
    FRM004 {
        severity: Error,
        category: "forms-units",
        source: "kehoach data contract",
        description_vi: "Mã (id) của đối tượng, hình thức, chỉ tiêu, đơn vị là duy nhất trong kế hoạch.",
        description_en: "Ids of audiences, forms, quotas and units are unique in the plan.",
        message_vi: "Mã \"{id}\" đã dùng ở {first}; mã phải là duy nhất trong kế hoạch.",
        message_en: "Id \"{id}\" is already used at {first}; ids are unique in the plan.",
    }
    FRM005 {
        severity: Error,
        category: "forms-units",
        source: "kehoach data contract",
        description_vi: "Mã (id) gồm chữ thường không dấu, chữ số và dấu gạch nối.",
        description_en: "Ids are lowercase ASCII letters, digits and single hyphens.",
        message_vi: "Mã \"{id}\" không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch nối, ví dụ \"tin-bai-website\".",
        message_en: "Id \"{id}\" is not valid: use lowercase ASCII letters, digits and single hyphens, e.g. \"tin-bai-website\".",
    }
    FRM006 {
        severity: Error,
        category: "forms-units",
        source: "plan consistency",
        description_vi: "Kế hoạch giao một đơn vị theo dõi, đôn đốc thực hiện.",
        description_en: "The plan names a unit that monitors it.",
        message_vi: "Chưa giao đơn vị theo dõi, đôn đốc thực hiện kế hoạch.",
        message_en: "No unit is named to monitor the plan.",
    }
    FRM007 {
        severity: Info,
        category: "forms-units",
        source: "plan consistency",
        description_vi: "Mỗi đơn vị được giao ít nhất một hình thức, nhiệm vụ hoặc chỉ tiêu.",
        description_en: "Each unit is assigned at least one form, task, responsibility or quota.",
        message_vi: "Đơn vị \"{name}\" chưa được giao hình thức, nhiệm vụ hay chỉ tiêu nào.",
        message_en: "Unit \"{name}\" is assigned no form, task, responsibility or quota.",
    }
    FRM008 {
        severity: Warning,
        category: "forms-units",
        source: "plan consistency",
        description_vi: "Hai đơn vị không cùng tên.",
        description_en: "No two units have the same name.",
        message_vi: "Tên đơn vị \"{name}\" trùng với {first}.",
        message_en: "Unit name \"{name}\" repeats {first}.",
    }
    FRM009 {
        severity: Warning,
        category: "forms-units",
        source: "plan consistency",
        description_vi: "Hai hình thức của một đối tượng không cùng tên.",
        description_en: "No two forms of one audience have the same name.",
        message_vi: "Tên hình thức \"{name}\" trùng với {first}.",
        message_en: "Form name \"{name}\" repeats {first}.",
    }
    // ---------------------------------------------------------------- task table
    TSK001 {
        severity: Error,
        category: "tasks",
        source: "kehoach data contract",
        description_vi: "Mỗi nhiệm vụ có mã (id).",
        description_en: "Every task has an id.",
        message_vi: "Nhiệm vụ chưa có mã (id); sổ theo dõi hoạt động ghi nhiệm vụ bằng mã này.",
        message_en: "The task has no id; activity records name a task by it.",
    }
    TSK002 {
        severity: Error,
        category: "tasks",
        source: "kehoach data contract",
        description_vi: "Mã (id) của nhiệm vụ là duy nhất trong bảng nhiệm vụ.",
        description_en: "Task ids are unique in the task table.",
        message_vi: "Mã nhiệm vụ \"{id}\" đã dùng ở {first}; mã phải là duy nhất.",
        message_en: "Task id \"{id}\" is already used at {first}; task ids are unique.",
    }
    TSK003 {
        severity: Error,
        category: "tasks",
        source: "plan consistency",
        description_vi: "Mỗi nhiệm vụ ghi nội dung công việc.",
        description_en: "Every task says what is to be done.",
        message_vi: "Nhiệm vụ \"{id}\" chưa ghi nội dung.",
        message_en: "Task \"{id}\" does not say what is to be done.",
    }
    TSK004 {
        severity: Warning,
        category: "tasks",
        source: "plan consistency",
        description_vi: "Hai nhiệm vụ cùng nhóm, cùng đối tượng không trùng nội dung.",
        description_en: "No two tasks of one group and audience have the same content.",
        message_vi: "Nội dung nhiệm vụ \"{content}\" trùng với {first}.",
        message_en: "Task content \"{content}\" repeats {first}.",
    }
    TSK005 {
        severity: Warning,
        category: "tasks",
        source: "plan consistency",
        description_vi: "Mỗi nhiệm vụ có cơ quan, đơn vị chủ trì.",
        description_en: "Every task has a lead unit.",
        message_vi: "Nhiệm vụ \"{content}\" chưa giao cơ quan, đơn vị chủ trì.",
        message_en: "Task \"{content}\" has no lead unit.",
    }
    TSK006 {
        severity: Error,
        category: "tasks",
        source: "plan consistency",
        description_vi: "Đơn vị chủ trì, phối hợp của nhiệm vụ có trong danh sách đơn vị của kế hoạch.",
        description_en: "A task's lead and coordinating units are units of the plan.",
        message_vi: "Đơn vị {roleName} mã \"{unit}\" không có trong danh sách đơn vị của kế hoạch.",
        message_en: "The {roleName} unit \"{unit}\" is not among the plan's units.",
    }
    TSK007 {
        severity: Warning,
        category: "tasks",
        source: "plan consistency",
        description_vi: "Một đơn vị không vừa chủ trì vừa phối hợp cùng một nhiệm vụ.",
        description_en: "No unit both leads a task and coordinates it.",
        message_vi: "Đơn vị \"{name}\" vừa chủ trì vừa phối hợp thực hiện nhiệm vụ này.",
        message_en: "Unit \"{name}\" both leads this task and coordinates it.",
    }
    TSK008 {
        severity: Error,
        category: "tasks",
        source: "plan consistency",
        description_vi: "Hình thức ghi ở nhiệm vụ có trong kế hoạch.",
        description_en: "The form a task names exists in the plan.",
        message_vi: "Nhiệm vụ ghi hình thức mã \"{form}\" nhưng kế hoạch không có hình thức này.",
        message_en: "The task names form \"{form}\", which the plan does not have.",
    }
    TSK009 {
        severity: Error,
        category: "tasks",
        source: "plan consistency",
        description_vi: "Đối tượng ghi ở nhiệm vụ có trong kế hoạch.",
        description_en: "The audience a task names exists in the plan.",
        message_vi: "Nhiệm vụ ghi đối tượng mã \"{audience}\" nhưng kế hoạch không có đối tượng này.",
        message_en: "The task names audience \"{audience}\", which the plan does not have.",
    }
    TSK010 {
        severity: Warning,
        category: "tasks",
        source: "plan consistency",
        description_vi: "Hình thức của nhiệm vụ thuộc đối tượng của nhiệm vụ.",
        description_en: "A task's form belongs to the task's audience.",
        message_vi: "Nhiệm vụ ghi đối tượng \"{audience}\" nhưng hình thức \"{name}\" ({form}) thuộc đối tượng \"{expected}\".",
        message_en: "The task names audience \"{audience}\" but form \"{name}\" ({form}) belongs to audience \"{expected}\".",
    }
    TSK011 {
        severity: Info,
        category: "tasks",
        source: "reporting practice: results are reported with what shows them done",
        description_vi: "Nhiệm vụ ghi sản phẩm khi bảng nhiệm vụ có cột sản phẩm.",
        description_en: "A task names its product when the task table has a product column.",
        message_vi: "Nhiệm vụ \"{content}\" chưa ghi sản phẩm; ghi kết quả có thể kiểm tra như báo cáo, tin bài, hội nghị, văn bản ban hành, số liệu.",
        message_en: "Task \"{content}\" names no product; name something that can be shown, such as a report, an article, a conference, a document issued or figures.",
    }
    TSK012 {
        severity: Info,
        category: "tasks",
        source: "reporting practice: results are reported with what shows them done",
        description_vi: "Sản phẩm của nhiệm vụ là thứ kiểm tra được (báo cáo, tin bài, hội nghị, văn bản ban hành…), không chung chung.",
        description_en: "A task's product is something that can be shown (a report, an article, a conference, a document issued…), not a vague phrase.",
        message_vi: "Sản phẩm \"{product}\" chưa nêu rõ kết quả có thể kiểm tra; ghi cụ thể như báo cáo, tin bài, hội nghị, văn bản ban hành, số liệu.",
        message_en: "Product \"{product}\" names nothing that can be shown; name a report, an article, a conference, a document issued or figures.",
    }
    TSK013 {
        severity: Info,
        category: "tasks",
        source: "plan consistency",
        description_vi: "Khi kế hoạch có bảng nhiệm vụ, mỗi hình thức có nhiệm vụ hoặc đơn vị thực hiện.",
        description_en: "When the plan has a task table, every form has a task or a unit carrying it out.",
        message_vi: "Hình thức \"{name}\" không có nhiệm vụ nào thực hiện và chưa giao đơn vị nào.",
        message_en: "Form \"{name}\" is carried out by no task and assigned to no unit.",
    }
    TSK014 {
        severity: Warning,
        category: "tasks",
        source: "plan consistency",
        description_vi: "Khi kế hoạch có bảng nhiệm vụ, hình thức được tính trong chỉ tiêu có nhiệm vụ hoặc đơn vị thực hiện.",
        description_en: "When the plan has a task table, the form a quota counts has a task or a unit carrying it out.",
        message_vi: "Chỉ tiêu tính hình thức \"{name}\" nhưng không nhiệm vụ nào thực hiện hình thức này và chưa giao đơn vị nào.",
        message_en: "The quota counts form \"{name}\" but no task carries it out and no unit is assigned to it.",
    }
    // ---------------------------------------------------------------- timings
    TIM001 {
        severity: Warning,
        category: "timings",
        source: "plan consistency",
        description_vi: "Thời gian thực hiện đọc được thành ngày, tháng, quý hoặc \"thường xuyên\".",
        description_en: "A timing reads as a date, a month, a quarter or \"thường xuyên\".",
        message_vi: "Không đọc được thời gian \"{text}\"; ghi rõ, ví dụ \"trước ngày 30/6\", \"tháng 6\", \"Quý II\" hoặc \"thường xuyên\".",
        message_en: "Timing \"{text}\" cannot be read; write e.g. \"trước ngày 30/6\", \"tháng 6\", \"Quý II\" or \"thường xuyên\".",
    }
    TIM002 {
        severity: Error,
        category: "timings",
        source: "kehoach data contract",
        description_vi: "Thời gian có đủ các trường mà loại của nó cần (hạn; từ ngày và hạn; chu kỳ).",
        description_en: "A timing has the fields its kind needs (a due day; a start and a due day; a period it recurs in).",
        message_vi: "Thời gian \"{text}\" (loại \"{kind}\": {kindName}) chưa có {fieldName} (\"{field}\").",
        message_en: "Timing \"{text}\" (kind \"{kind}\": {kindName}) has no {fieldName} (\"{field}\").",
    }
    TIM003 {
        severity: Error,
        category: "timings",
        source: "kehoach data contract",
        description_vi: "Thời gian không có trường mà loại của nó không dùng (thời gian \"thường xuyên\" không có ngày).",
        description_en: "A timing has no field its kind does not use (a continuous timing has no date).",
        message_vi: "Thời gian \"{text}\" (loại \"{kind}\": {kindName}) không có {fieldName} (\"{field}\"); bỏ trường này hoặc sửa loại.",
        message_en: "Timing \"{text}\" (kind \"{kind}\": {kindName}) takes no {fieldName} (\"{field}\"); remove the field or correct the kind.",
    }
    TIM004 {
        severity: Error,
        category: "timings",
        source: "plan consistency",
        description_vi: "Ngày bắt đầu không sau ngày hạn.",
        description_en: "The start is not after the due day.",
        message_vi: "Thời gian \"{text}\": ngày bắt đầu {fromText} sau ngày hạn {dueText}.",
        message_en: "Timing \"{text}\": the start {fromText} is after the due day {dueText}.",
    }
    TIM005 {
        severity: Error,
        category: "timings",
        source: "plan consistency",
        description_vi: "Thời gian theo tháng, quý, 6 tháng hoặc cả năm là trọn tháng, quý, 6 tháng hoặc năm đó.",
        description_en: "A timing of a month, quarter, half year or year spans exactly that month, quarter, half year or year.",
        message_vi: "Thời gian \"{text}\" (loại \"{kind}\": {kindName}) không phải là {spanName}: từ {fromText} đến {dueText}.",
        message_en: "Timing \"{text}\" (kind \"{kind}\": {kindName}) is not {spanName}: {fromText} to {dueText}.",
    }
    TIM006 {
        severity: Warning,
        category: "timings",
        source: "plan consistency",
        description_vi: "Ngày của thời gian thực hiện thuộc năm kế hoạch.",
        description_en: "The days of a timing fall in the plan's year.",
        message_vi: "Thời gian \"{text}\": {fieldName} {dateText} không thuộc năm kế hoạch {year}.",
        message_en: "Timing \"{text}\": the {fieldName} {dateText} is not in the plan's year {year}.",
    }
    // ---------------------------------------------------------------- quotas
    QTA001 {
        severity: Error,
        category: "quotas",
        source: "plan consistency",
        description_vi: "Mức tối thiểu của chỉ tiêu lớn hơn 0.",
        description_en: "A quota's minimum is above zero.",
        message_vi: "Mức tối thiểu của chỉ tiêu phải lớn hơn 0.",
        message_en: "The quota's minimum must be above zero.",
    }
    QTA002 {
        severity: Error,
        category: "quotas",
        source: "plan consistency",
        description_vi: "Mức tối đa không nhỏ hơn mức tối thiểu.",
        description_en: "A quota's maximum is not below its minimum.",
        message_vi: "Mức tối đa {max} nhỏ hơn mức tối thiểu {min}.",
        message_en: "Maximum {max} is below minimum {min}.",
    }
    QTA003 {
        severity: Error,
        category: "quotas",
        source: "plan consistency",
        description_vi: "Chỉ tiêu tỷ lệ nằm trong khoảng 0–100%.",
        description_en: "A share quota lies within 0–100%.",
        message_vi: "Tỷ lệ {value}% vượt quá 100%.",
        message_en: "Share {value}% exceeds 100%.",
    }
    QTA004 {
        severity: Error,
        category: "quotas",
        source: "plan consistency",
        description_vi: "Chỉ tiêu tỷ lệ có số người làm căn cứ tính 100% (lớn hơn 0).",
        description_en: "A share quota has the population that 100% is (above zero).",
        message_vi: "Chỉ tiêu tỷ lệ cần số người làm căn cứ tính 100% (population lớn hơn 0).",
        message_en: "A share quota needs the number of people 100% is (population above zero).",
    }
    QTA005 {
        severity: Warning,
        category: "quotas",
        source: "plan consistency",
        description_vi: "Chỉ tiêu đếm số lượng không ghi số người (population).",
        description_en: "A count quota has no population.",
        message_vi: "Chỉ tiêu đếm số lượng không dùng số người ({population}); bỏ trường này hoặc đổi sang tỷ lệ.",
        message_en: "A count quota does not use a population ({population}); remove it or make the quota a share.",
    }
    QTA006 {
        severity: Error,
        category: "quotas",
        source: "plan consistency",
        description_vi: "Hình thức được tính trong chỉ tiêu có trong kế hoạch.",
        description_en: "The form a quota counts exists in the plan.",
        message_vi: "Không có hình thức mã \"{form}\" trong kế hoạch.",
        message_en: "No form with id \"{form}\" in the plan.",
    }
    QTA007 {
        severity: Error,
        category: "quotas",
        source: "plan consistency",
        description_vi: "Kỳ của chỉ tiêu còn ít nhất một kỳ trong năm kế hoạch sau ngày ban hành.",
        description_en: "A quota's period type has a period in the plan's year that ends after the plan is issued.",
        message_vi: "Chỉ tiêu tính theo kỳ \"{periodName}\" nhưng kỳ cuối cùng của năm {year} kết thúc ngày {endText}, trước ngày ban hành {dateText}.",
        message_en: "The quota is counted {periodName}, but the last such period of {year} ends on {endText}, before the plan is issued on {dateText}.",
    }
    QTA008 {
        severity: Error,
        category: "quotas",
        source: "plan consistency",
        description_vi: "Đơn vị ghi trong chỉ tiêu có trong danh sách đơn vị của kế hoạch.",
        description_en: "Units named by a quota are units of the plan.",
        message_vi: "Chỉ tiêu giao cho đơn vị mã \"{unit}\" nhưng kế hoạch không có đơn vị này.",
        message_en: "The quota names unit \"{unit}\", which the plan does not have.",
    }
    QTA009 {
        severity: Warning,
        category: "quotas",
        source: "plan consistency",
        description_vi: "Chỉ tiêu chung của cơ quan không ghi danh sách đơn vị.",
        description_en: "An agency-wide quota lists no units.",
        message_vi: "Chỉ tiêu chung của cơ quan (scope \"agency\") không dùng danh sách đơn vị; đổi scope thành \"each-unit\" hoặc bỏ danh sách.",
        message_en: "An agency-wide quota (scope \"agency\") does not use units; set scope \"each-unit\" or remove the list.",
    }
    QTA010 {
        severity: Warning,
        category: "quotas",
        source: "plan consistency",
        description_vi: "Con số trong lời văn chỉ tiêu khớp với mức tối thiểu.",
        description_en: "The number in a quota's text agrees with its minimum.",
        message_vi: "Lời văn chỉ tiêu ghi {textMin} nhưng mức tối thiểu là {min}.",
        message_en: "The quota's text says {textMin} but its minimum is {min}.",
    }
    QTA011 {
        severity: Warning,
        category: "quotas",
        source: "plan consistency",
        description_vi: "Kỳ ghi trong lời văn chỉ tiêu khớp với kỳ của chỉ tiêu.",
        description_en: "The period named in a quota's text agrees with its period type.",
        message_vi: "Lời văn chỉ tiêu ghi \"{textPeriodName}\" nhưng kỳ của chỉ tiêu là \"{periodName}\".",
        message_en: "The quota's text says \"{textPeriodName}\" but its period is \"{periodName}\".",
    }
    QTA012 {
        severity: Warning,
        category: "quotas",
        source: "plan consistency",
        description_vi: "Hai chỉ tiêu không tính cùng một hình thức, cùng kỳ, cùng phạm vi và cách đo.",
        description_en: "No two quotas count the same form over the same period, scope and measure.",
        message_vi: "Chỉ tiêu trùng với {first} (cùng hình thức, kỳ, phạm vi và cách đo).",
        message_en: "The quota repeats {first} (same form, period, scope and measure).",
    }
    // ---------------------------------------------------------------- reporting
    RPT001 {
        severity: Error,
        category: "reporting",
        source: "NĐ 09/2019, Điều 12",
        description_vi: "Chế độ báo cáo có ít nhất một kỳ báo cáo.",
        description_en: "The reporting rule schedules at least one report.",
        message_vi: "Chưa có kỳ báo cáo nào.",
        message_en: "No report is scheduled.",
    }
    RPT002 {
        severity: Error,
        category: "reporting",
        source: "NĐ 09/2019, Điều 12",
        description_vi: "Mỗi kỳ báo cáo chỉ ghi một lần.",
        description_en: "Each report is scheduled once.",
        message_vi: "Kỳ báo cáo \"{reportName}\" ghi lại lần nữa (đã có ở {first}).",
        message_en: "Report \"{reportName}\" is scheduled again (already at {first}).",
    }
    RPT003 {
        severity: Warning,
        category: "reporting",
        source: "NĐ 09/2019, Điều 12",
        description_vi: "Các kỳ báo cáo ghi theo thứ tự thời gian.",
        description_en: "Reports are scheduled in time order.",
        message_vi: "\"{reportName}\" ghi sau \"{previousName}\"; các kỳ báo cáo ghi theo thứ tự thời gian.",
        message_en: "\"{reportName}\" comes after \"{previousName}\"; schedule reports in time order.",
    }
    RPT004 {
        severity: Warning,
        category: "reporting",
        source: "Văn bản 581/BNV-CCHC",
        description_vi: "Không ghi kỳ báo cáo quý trùng kỳ với báo cáo 6 tháng, 9 tháng hoặc năm.",
        description_en: "No quarterly report alongside the 6-month, 9-month or yearly report of the same cut-off.",
        message_vi: "\"{reportName}\" trùng kỳ chốt số liệu với \"{otherName}\"; chế độ báo cáo CCHC không có báo cáo quý riêng ở kỳ này.",
        message_en: "\"{reportName}\" has the same cut-off as \"{otherName}\"; the CCHC regime has no separate quarterly report there.",
    }
    RPT005 {
        severity: Error,
        category: "reporting",
        source: "NĐ 09/2019, Điều 8 khoản 5",
        description_vi: "Hạn báo cáo là một ngày trong tháng (1–31).",
        description_en: "The report deadline is a day of the month (1–31).",
        message_vi: "Hạn báo cáo ngày {day} không phải là một ngày trong tháng (1–31).",
        message_en: "Deadline day {day} is not a day of the month (1–31).",
    }
    RPT006 {
        severity: Error,
        category: "reporting",
        source: "NĐ 09/2019, Điều 8 khoản 5",
        description_vi: "Tháng cuối của mỗi kỳ báo cáo có ngày hạn báo cáo.",
        description_en: "The last month of every scheduled report has the deadline day.",
        message_vi: "{reportName}: tháng {month}/{year} không có ngày {day}.",
        message_en: "{reportName}: {month}/{year} has no day {day}.",
    }
    RPT007 {
        severity: Error,
        category: "reporting",
        source: "NĐ 09/2019, Điều 8 khoản 5",
        description_vi: "Hạn báo cáo sau ngày chốt số liệu (ngày 14).",
        description_en: "The deadline falls after the data cut-off (the 14th).",
        message_vi: "Hạn báo cáo ngày {day} không sau ngày chốt số liệu (ngày {cutOff}).",
        message_en: "Deadline day {day} is not after the data cut-off (the {cutOff}th).",
    }
    RPT008 {
        severity: Error,
        category: "reporting",
        source: "NĐ 09/2019, Điều 8 khoản 5 điểm b",
        description_vi: "Tính từ ngày chốt số liệu đến hạn gửi báo cáo có ít nhất 01 ngày làm việc (hạn gửi là ngày làm việc đầu tiên sau ngày chốt thì đạt).",
        description_en: "At least one working day runs from the data cut-off to the deadline (a deadline on the first working day after the cut-off complies).",
        message_vi: "{reportName}: từ ngày chốt số liệu {cutOffText} đến hạn {deadlineText} không có ngày làm việc nào; cần ít nhất 01 ngày làm việc.",
        message_en: "{reportName}: no working day runs from the cut-off on {cutOffText} to the deadline {deadlineText}; at least one is needed.",
    }
    RPT009 {
        severity: Warning,
        category: "reporting",
        source: "plan consistency",
        description_vi: "Ngày nghỉ dùng để tính hạn báo cáo thuộc năm kế hoạch.",
        description_en: "Holidays used for deadlines fall in the plan's year.",
        message_vi: "Ngày nghỉ {dateText} không thuộc năm kế hoạch {year}.",
        message_en: "Holiday {dateText} is not in the plan's year {year}.",
    }
    RPT010 {
        severity: Error,
        category: "reporting",
        source: "NĐ 09/2019, Điều 8",
        description_vi: "Chế độ báo cáo ghi cơ quan nhận báo cáo.",
        description_en: "The reporting rule names the body that receives the reports.",
        message_vi: "Chưa ghi cơ quan nhận báo cáo.",
        message_en: "The body receiving the reports is not named.",
    }
    // ---------------------------------------------------------------- year consistency
    YR001 {
        severity: Error,
        category: "year",
        source: "plan consistency",
        description_vi: "Trích yếu ghi đúng năm kế hoạch (\"năm 2023\").",
        description_en: "The subject line names the plan's year (\"năm 2023\").",
        message_vi: "Trích yếu ghi năm {found} nhưng kế hoạch là của năm {year}.",
        message_en: "The subject names the year {found} but the plan is for {year}.",
    }
    YR002 {
        severity: Warning,
        category: "year",
        source: "plan consistency",
        description_vi: "Trích yếu ghi năm kế hoạch.",
        description_en: "The subject line names the plan's year.",
        message_vi: "Trích yếu chưa ghi năm kế hoạch (\"năm {year}\").",
        message_en: "The subject does not name the plan's year (\"năm {year}\").",
    }
    YR003 {
        severity: Error,
        category: "year",
        source: "plan consistency",
        description_vi: "Kế hoạch ban hành không muộn hơn năm kế hoạch.",
        description_en: "The plan is issued no later than its year.",
        message_vi: "Kế hoạch năm {year} ban hành năm {issuedYear}, sau năm kế hoạch.",
        message_en: "The plan for {year} is issued in {issuedYear}, after its year.",
    }
    YR004 {
        severity: Warning,
        category: "year",
        source: "plan consistency",
        description_vi: "Kế hoạch ban hành trong năm kế hoạch hoặc năm liền trước.",
        description_en: "The plan is issued in its year or the year before.",
        message_vi: "Kế hoạch năm {year} ban hành năm {issuedYear}, sớm hơn một năm.",
        message_en: "The plan for {year} is issued in {issuedYear}, more than a year early.",
    }
    YR005 {
        severity: Error,
        category: "year",
        source: "plan consistency",
        description_vi: "Ngày ban hành thuộc năm ban hành.",
        description_en: "The date of issue falls in the year of issue.",
        message_vi: "Ngày ban hành {dateText} không thuộc năm ban hành {issuedYear}.",
        message_en: "The date of issue {dateText} is not in the year of issue {issuedYear}.",
    }
    YR006 {
        severity: Error,
        category: "year",
        source: "plan consistency",
        description_vi: "Năm ngân sách của dự toán kinh phí là năm kế hoạch.",
        description_en: "The budget's fiscal year is the plan's year.",
        message_vi: "Dự toán kinh phí lập cho năm {fiscalYear} nhưng kế hoạch là của năm {year}.",
        message_en: "The budget is for the fiscal year {fiscalYear} but the plan is for {year}.",
    }
    YR007 {
        severity: Warning,
        category: "year",
        source: "plan consistency",
        description_vi: "Năm ghi trong lời văn dự toán kinh phí là năm kế hoạch.",
        description_en: "Years named in the budget text are the plan's year.",
        message_vi: "Lời văn dự toán kinh phí ghi năm {found} nhưng kế hoạch là của năm {year}.",
        message_en: "The budget text names the year {found} but the plan is for {year}.",
    }
    YR008 {
        severity: Warning,
        category: "year",
        source: "plan consistency",
        description_vi: "Năm ghi trong lời văn chỉ tiêu là năm kế hoạch.",
        description_en: "Years named in a quota's text are the plan's year.",
        message_vi: "Lời văn chỉ tiêu ghi năm {found} nhưng kế hoạch là của năm {year}.",
        message_en: "The quota's text names the year {found} but the plan is for {year}.",
    }
    YR009 {
        severity: Error,
        category: "year",
        source: "plan consistency",
        description_vi: "Năm kế hoạch nằm trong khoảng 1945–2100.",
        description_en: "The plan's year lies within 1945–2100.",
        message_vi: "Năm kế hoạch {year} không hợp lý (ngoài khoảng 1945–2100).",
        message_en: "Plan year {year} is implausible (outside 1945–2100).",
    }
    YR010 {
        severity: Warning,
        category: "year",
        source: "plan consistency",
        description_vi: "Năm ghi trong lời dẫn là năm kế hoạch.",
        description_en: "Years named in the preamble are the plan's year.",
        message_vi: "Lời dẫn ghi năm {found} nhưng kế hoạch là của năm {year}.",
        message_en: "The preamble names the year {found} but the plan is for {year}.",
    }
    YR011 {
        severity: Error,
        category: "year",
        source: "Luật Ban hành VBQPPL 2015, Điều 10; NĐ 34/2016, Điều 58",
        description_vi: "Năm trong số, ký hiệu (văn bản quy phạm pháp luật) là năm ban hành.",
        description_en: "The year in a normative number is the year of issue.",
        message_vi: "Số, ký hiệu \"{number}\" ghi năm {symbolYear} nhưng văn bản ban hành năm {issuedYear}.",
        message_en: "Number \"{number}\" carries the year {symbolYear} but the document is issued in {issuedYear}.",
    }
}

/// The rule with this code, with its documentation, if the catalogue has it.
pub fn rule(code: &str) -> Option<&'static RuleDoc> {
    CATALOGUE.iter().find(|entry| entry.rule.code == code)
}
