//! The plan as an administrative document (Nghị định 30/2020/NĐ-CP): issuer, number and symbol,
//! place and date, subject, signature, distribution list, and the documents it cites.

use kehoach_json_derive::{FromJson, ToJson};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use time::Date;

use super::load::FromJson;
use super::save::{JsonWriter, ToJson};

#[cfg(feature = "typescript")]
use tsify::Tsify;

/// The document part of a plan: everything around its body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Document {
    /// The kind of document; a communication plan is a `plan` (KH).
    pub kind: DocumentKind,
    /// The direct parent of the issuer, printed above it ("UBND TỈNH LẠNG SƠN").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_body: Option<Body>,
    /// The issuing body ("Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL").
    pub issuer: Body,
    /// "Số, ký hiệu" as written after "Số:", e.g. `11/KH-SVHTTDL`, or `/KH-SVHTTDL` in a draft.
    pub number: DocumentNumber,
    /// Place and date of issue ("Lạng Sơn, ngày 19 tháng 01 năm 2023").
    pub issued: IssueDate,
    /// The kind's name as printed in the title ("KẾ HOẠCH").
    pub title: String,
    /// The subject line (trích yếu): "Tuyên truyền công tác cải cách hành chính năm 2023".
    pub subject: String,
    /// The signature block.
    pub signature: Signature,
    /// The distribution list (nơi nhận), in printed order, without the archive line.
    pub recipients: Vec<Recipient>,
    /// The archive line closing the distribution list ("Lưu: VT, VP. (CTL)").
    pub archive: Archive,
    /// For a plan issued with a decision, the plan's own line "Ban hành kèm theo Quyết định
    /// số … ngày … của …"; the number, date and signature above are then the decision's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued_with: Option<String>,
}

/// An agency, with the abbreviation used in document symbols.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Body {
    /// Full name in sentence case ("Sở Văn hóa, Thể thao và Du lịch").
    pub name: String,
    /// Abbreviation used in symbols ("SVHTTDL"), when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub abbreviation: Option<String>,
}

/// The kinds of document a plan is or cites: the administrative kinds of Nghị định 30/2020
/// Phụ lục III that plans use, the normative kinds seen in legal bases, and Party documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
// The JSON contract.
#[derive(Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum DocumentKind {
    /// Luật — a law, cited by name and date.
    Law,
    /// Nghị định (NĐ) — a government decree.
    Decree,
    /// Thông tư (TT) — a ministerial circular.
    Circular,
    /// Thông tư liên tịch (TTLT) — a joint circular.
    JointCircular,
    /// Nghị quyết (NQ) — a resolution (government, council or Party).
    Resolution,
    /// Quyết định (QĐ) — a decision.
    Decision,
    /// Chỉ thị (CT) — a directive.
    Directive,
    /// Kết luận (KL) — a conclusion (Party documents).
    Conclusion,
    /// Kế hoạch (KH) — a plan.
    Plan,
    /// Chương trình (CTr) — a programme.
    Programme,
    /// Hướng dẫn (HD) — guidance.
    Guidance,
    /// Thông báo (TB) — a notice.
    Notice,
    /// Báo cáo (BC) — a report.
    Report,
    /// Công văn — an official letter (no kind abbreviation in its symbol).
    OfficialLetter,
    /// Any other kind; the legal basis keeps its text.
    Other,
}

impl DocumentKind {
    /// Every kind, in declaration order.
    pub const ALL: [DocumentKind; 15] = [
        DocumentKind::Law,
        DocumentKind::Decree,
        DocumentKind::Circular,
        DocumentKind::JointCircular,
        DocumentKind::Resolution,
        DocumentKind::Decision,
        DocumentKind::Directive,
        DocumentKind::Conclusion,
        DocumentKind::Plan,
        DocumentKind::Programme,
        DocumentKind::Guidance,
        DocumentKind::Notice,
        DocumentKind::Report,
        DocumentKind::OfficialLetter,
        DocumentKind::Other,
    ];

    /// The Vietnamese name in sentence case ("Kế hoạch").
    pub fn vietnamese(self) -> &'static str {
        match self {
            DocumentKind::Law => "Luật",
            DocumentKind::Decree => "Nghị định",
            DocumentKind::Circular => "Thông tư",
            DocumentKind::JointCircular => "Thông tư liên tịch",
            DocumentKind::Resolution => "Nghị quyết",
            DocumentKind::Decision => "Quyết định",
            DocumentKind::Directive => "Chỉ thị",
            DocumentKind::Conclusion => "Kết luận",
            DocumentKind::Plan => "Kế hoạch",
            DocumentKind::Programme => "Chương trình",
            DocumentKind::Guidance => "Hướng dẫn",
            DocumentKind::Notice => "Thông báo",
            DocumentKind::Report => "Báo cáo",
            DocumentKind::OfficialLetter => "Công văn",
            DocumentKind::Other => "Văn bản",
        }
    }

    /// The abbreviation used in symbols (Phụ lục III), where the kind has one.
    pub fn abbreviation(self) -> Option<&'static str> {
        Some(match self {
            DocumentKind::Decree => "NĐ",
            DocumentKind::Circular => "TT",
            DocumentKind::JointCircular => "TTLT",
            DocumentKind::Resolution => "NQ",
            DocumentKind::Decision => "QĐ",
            DocumentKind::Directive => "CT",
            DocumentKind::Conclusion => "KL",
            DocumentKind::Plan => "KH",
            DocumentKind::Programme => "CTr",
            DocumentKind::Guidance => "HD",
            DocumentKind::Notice => "TB",
            DocumentKind::Report => "BC",
            DocumentKind::Law | DocumentKind::OfficialLetter | DocumentKind::Other => return None,
        })
    }

    /// The kind whose Vietnamese name starts `text` (case-insensitive after NFC), longest first,
    /// so "Thông tư liên tịch" is not read as "Thông tư".
    pub fn from_vietnamese_prefix(text: &str) -> Option<DocumentKind> {
        let folded = super::fold(text);
        let mut best: Option<(usize, DocumentKind)> = None;
        for kind in DocumentKind::ALL {
            if kind == DocumentKind::Other {
                continue;
            }
            let name = super::fold(kind.vietnamese());
            let boundary = folded
                .strip_prefix(name.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '));
            if boundary && best.is_none_or(|(len, _)| name.len() > len) {
                best = Some((name.len(), kind));
            }
        }
        best.map(|(_, kind)| kind)
    }
}

/// "Số, ký hiệu" exactly as written after "Số:" (`11/KH-SVHTTDL`, `/KH-SVHTTDL`,
/// `09/2019/NĐ-CP`, `60-NQ/TU`).
///
/// It is kept as written so the validator can point at its shape; [`DocumentNumber::parse`]
/// splits it into parts.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(transparent)]
pub struct DocumentNumber(pub String);

/// The parts of a document number, as far as they could be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedNumber<'a> {
    /// The sequence number as written ("05", "049"); `None` when blank (a draft).
    pub sequence: Option<&'a str>,
    /// The year of a normative symbol (`2019` in `09/2019/NĐ-CP`).
    pub year: Option<&'a str>,
    /// The symbol after the number: groups separated by hyphens (`KH-SVHTTDL`).
    pub symbol: &'a str,
    /// Whether it uses the Party form `60-NQ/TU`.
    pub party_form: bool,
}

impl DocumentNumber {
    /// The text as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Splits the number into sequence, optional year and symbol. Returns `None` when there is
    /// no `/` at all, the one thing every form has.
    pub fn parse(&self) -> Option<ParsedNumber<'_>> {
        let text = self.0.trim();
        let (head, tail) = text.split_once('/')?;
        let head = head.trim();
        // Party form: "60-NQ/TU" — number and kind joined by a hyphen before the slash.
        if let Some((number, kind)) = head.split_once('-') {
            if !number.is_empty() && number.chars().all(|c| c.is_ascii_digit()) {
                let _ = kind;
                return Some(ParsedNumber {
                    sequence: Some(number),
                    year: None,
                    symbol: text.split_once('-').map_or("", |(_, rest)| rest),
                    party_form: true,
                });
            }
        }
        let sequence = (!head.is_empty()).then_some(head);
        match tail.split_once('/') {
            Some((year, symbol)) if year.len() == 4 && year.chars().all(|c| c.is_ascii_digit()) => {
                Some(ParsedNumber {
                    sequence,
                    year: Some(year),
                    symbol,
                    party_form: false,
                })
            }
            _ => Some(ParsedNumber {
                sequence,
                year: None,
                symbol: tail,
                party_form: false,
            }),
        }
    }
}

/// Place and date of issue. A draft may know only the year ("ngày tháng năm 2023").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct IssueDate {
    /// The place name (địa danh): "Lạng Sơn".
    pub place: String,
    /// The line as printed: "Lạng Sơn, ngày 05 tháng 02 năm 2023".
    pub text: String,
    /// The year of issue; always known, even in a draft.
    pub year: i32,
    /// The full date, once the document is dated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(with = "super::iso_date::option")]
    #[schemars(schema_with = "super::iso_date::option::schema")]
    #[cfg_attr(feature = "typescript", tsify(type = "string", optional))]
    pub date: Option<Date>,
}

/// The signature block: "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC" / "Dương Minh Tuệ".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Signature {
    /// The signing notation before the head's title, when someone signs for the head.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authority: Option<SigningAuthority>,
    /// The title of the head or collective the document is signed for ("GIÁM ĐỐC").
    pub head_title: String,
    /// The signer's own title when it differs ("PHÓ GIÁM ĐỐC").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signer_title: Option<String>,
    /// The signer's name, without academic titles.
    pub signer_name: String,
}

/// Signing notations of Nghị định 30/2020.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
// The JSON contract.
#[derive(Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum SigningAuthority {
    /// "KT." — a deputy signs for the head.
    Kt,
    /// "TM." — on behalf of a collective.
    Tm,
    /// "Q." — acting head.
    Q,
    /// "TL." — by order of the head.
    Tl,
    /// "TUQ." — by the head's authorisation.
    Tuq,
}

impl Signature {
    /// The signature block line by line, as printed: "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", the name.
    pub fn lines(&self) -> Vec<String> {
        let mut lines = vec![match self.authority {
            Some(authority) => format!("{} {}", authority.notation(), self.head_title),
            None => self.head_title.clone(),
        }];
        lines.extend(self.signer_title.iter().cloned());
        lines.push(self.signer_name.clone());
        lines
    }
}

impl SigningAuthority {
    /// The notation as printed ("KT.").
    pub fn notation(self) -> &'static str {
        match self {
            SigningAuthority::Kt => "KT.",
            SigningAuthority::Tm => "TM.",
            SigningAuthority::Q => "Q.",
            SigningAuthority::Tl => "TL.",
            SigningAuthority::Tuq => "TUQ.",
        }
    }
}

/// One line of the distribution list: "UBND tỉnh (Báo cáo);".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Recipient {
    /// Who receives it ("UBND tỉnh").
    pub name: String,
    /// Why, as written in the suffix ("Báo cáo", "t/h"), when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
}

/// The archive line: "Lưu: VT, VP. (CTL)".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Archive {
    /// Where copies are kept: the records office (VT) and the drafting unit ("VP").
    pub holders: Vec<String>,
    /// The drafter's initials, in the brackets ("CTL").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drafter: Option<String>,
    /// The line as printed.
    pub text: String,
}

/// A cited document (căn cứ): the structure it parses into, and the text as written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LegalBasis {
    /// The citation as written in the plan.
    pub text: String,
    /// The kind of the cited document.
    pub kind: DocumentKind,
    /// Its number and symbol; laws have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<DocumentNumber>,
    /// Its date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(with = "super::iso_date::option")]
    #[schemars(schema_with = "super::iso_date::option::schema")]
    #[cfg_attr(feature = "typescript", tsify(type = "string", optional))]
    pub date: Option<Date>,
    /// Who issued it ("Bộ Nội vụ").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// What it is about, or a law's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
}

impl FromJson for DocumentNumber {
    fn from_json(value: serde_json::Value) -> Result<Self, super::load::JsonError> {
        String::from_json(value).map(DocumentNumber)
    }
}
impl ToJson for DocumentNumber {
    fn write_json(&self, out: &mut JsonWriter) {
        self.0.write_json(out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Option<(Option<String>, Option<String>, String, bool)> {
        let number = DocumentNumber(text.to_string());
        number.parse().map(|p| {
            (
                p.sequence.map(str::to_string),
                p.year.map(str::to_string),
                p.symbol.to_string(),
                p.party_form,
            )
        })
    }

    #[test]
    fn parses_every_form_of_number() {
        assert_eq!(
            parse("11/KH-SVHTTDL"),
            Some((Some("11".into()), None, "KH-SVHTTDL".into(), false))
        );
        assert_eq!(
            parse("/KH-SVHTTDL"),
            Some((None, None, "KH-SVHTTDL".into(), false))
        );
        assert_eq!(
            parse("09/2019/NĐ-CP"),
            Some((
                Some("09".into()),
                Some("2019".into()),
                "NĐ-CP".into(),
                false
            ))
        );
        assert_eq!(
            parse("60-NQ/TU"),
            Some((Some("60".into()), None, "NQ/TU".into(), true))
        );
        assert_eq!(parse("KH-SVHTTDL"), None);
    }

    #[test]
    fn kind_prefix_prefers_the_longest_name() {
        assert_eq!(
            DocumentKind::from_vietnamese_prefix("Thông tư liên tịch số 1"),
            Some(DocumentKind::JointCircular)
        );
        assert_eq!(
            DocumentKind::from_vietnamese_prefix("thông tư số 02/2017"),
            Some(DocumentKind::Circular)
        );
        assert_eq!(
            DocumentKind::from_vietnamese_prefix("Kế hoạch số 02"),
            Some(DocumentKind::Plan)
        );
        assert_eq!(DocumentKind::from_vietnamese_prefix("Kếhoạch"), None);
    }
}
