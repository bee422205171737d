//! Quota sentences ("Hằng tháng, có ít nhất 04 tin, bài …", "04 số/tháng", "1 lần/quý",
//! "tối thiểu 90% …") and the budget paragraph, lifted out of the bullets they are written in
//! while keeping their text.

use crate::diagnostic::Params;
use crate::model::save::JsonName;
use crate::model::{Audience, Budget, FormKind, Measure, PeriodType, Quota, QuotaScope};

use super::{codes, excerpt, unique_id, Findings, Ids};
use crate::text::{self, Lower};

/// A quota read from a bullet, before it is tied to a form.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct QuotaDraft {
    pub text: String,
    pub line: usize,
    pub measure: Measure,
    pub min: u32,
    pub max: Option<u32>,
    pub period: Option<PeriodType>,
    pub scope: QuotaScope,
    /// What is counted, as written ("tin, bài", "số", "lần").
    pub counted: String,
    /// The kind of form its wording names.
    pub kind: Option<FormKind>,
    /// The audience whose forms it was written among.
    pub audience: Option<usize>,
    /// Forms read from the same bullet (indices into that audience's forms).
    pub bullet_forms: Vec<usize>,
    /// Whether the quota sentence is the whole bullet.
    pub whole: bool,
}

const AT_LEAST: [&str; 6] = [
    "ít nhất",
    "tối thiểu",
    "không ít hơn",
    "không dưới",
    "trên",
    "đạt",
];

/// The first quota in `bullet`, if it has one.
pub(crate) fn find(bullet: &str, line: usize) -> Option<QuotaDraft> {
    let bullet_trimmed = bullet.trim();
    for sentence in sentences(bullet_trimmed) {
        if let Some(mut quota) = in_sentence(sentence, line) {
            quota.whole = text::trim_item_end(sentence) == text::trim_item_end(bullet_trimmed);
            return Some(quota);
        }
    }
    None
}

fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut search = 0;
    while let Some(found) = text::from(text, search).find(['.', ';']) {
        let at = search + found;
        let after = text::from(text, at + 1);
        let ends = after.is_empty()
            || (after.starts_with(' ')
                && after
                    .trim_start()
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase));
        if ends {
            out.push(text::sub(text, start, at + 1).trim());
            start = at + 1;
        }
        search = at + 1;
    }
    let rest = text::from(text, start).trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

fn in_sentence(sentence: &str, line: usize) -> Option<QuotaDraft> {
    let lower = Lower::new(sentence);
    let words = text::words(sentence);
    let mut found: Option<(Measure, u32, String)> = None;
    for (index, &(_, _, word)) in words.iter().enumerate() {
        let (number, percent) = number_word(word);
        let Some(number) = number else {
            continue;
        };
        let next = words.get(index + 1).map(|w| w.2).unwrap_or_default();
        let percent = percent || next == "%";
        let before: String = words
            .get(index.saturating_sub(3)..index)
            .unwrap_or_default()
            .iter()
            .map(|w| text::lower(w.2))
            .collect::<Vec<_>>()
            .join(" ");
        let qualified = AT_LEAST
            .iter()
            .any(|q| before.ends_with(q) || before.contains(&format!("{q} ")));
        if percent && qualified {
            found = Some((Measure::Share, number, String::new()));
            break;
        }
        let counted = counted_after(words.get(index + 1..).unwrap_or_default(), word);
        let rate = word.contains('/') || counted.1;
        if (qualified || rate) && !counted.0.is_empty() {
            found = Some((Measure::Count, number, counted.0));
            break;
        }
    }
    let (measure, min, counted) = found?;
    let scope = if lower
        .find_any(
            &[
                "mỗi phòng",
                "mỗi đơn vị",
                "mỗi cơ quan",
                "từng phòng",
                "từng đơn vị",
            ],
            0,
        )
        .is_some()
    {
        QuotaScope::EachUnit
    } else {
        QuotaScope::Agency
    };
    Some(QuotaDraft {
        text: sentence.trim().to_string(),
        line,
        measure,
        min,
        max: None,
        period: period_of(&lower),
        scope,
        kind: kind_of(&lower),
        counted,
        audience: None,
        bullet_forms: Vec::new(),
        whole: false,
    })
}

/// A number written as a word ("04", "90%", "4/tháng"), and whether it is a percentage.
fn number_word(word: &str) -> (Option<u32>, bool) {
    let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() || digits.len() > 4 {
        return (None, false);
    }
    let rest = text::from(word, digits.len());
    let percent = rest.starts_with('%');
    let plain = rest.is_empty() || percent || rest == "," || is_per_period(rest);
    if !plain {
        return (None, false);
    }
    (digits.parse().ok(), percent)
}

/// What follows a count ("tin, bài về …" → "tin, bài"), and whether it is a rate ("số/tháng").
fn counted_after(words: &[(usize, usize, &str)], number_word: &str) -> (String, bool) {
    const STOP: [&str; 14] = [
        "về", "trên", "đăng", "được", "của", "gửi", "phát", "cho", "tại", "trong", "mỗi", "hằng",
        "hàng", "và",
    ];
    let mut out: Vec<String> = Vec::new();
    let mut rate = number_word
        .find('/')
        .is_some_and(|at| is_per_period(text::from(number_word, at)));
    for &(_, _, word) in words.iter().take(3) {
        let lowered = text::lower(word);
        if STOP.contains(&lowered.trim_end_matches(',')) {
            break;
        }
        if let Some((head, tail)) = word.split_once('/') {
            if is_per_period(&format!("/{tail}")) {
                if !head.is_empty() {
                    out.push(head.to_string());
                }
                rate = true;
            }
            break;
        }
        out.push(word.to_string());
        // "tin, bài": keep going only across a comma.
        if !word.ends_with(',') {
            break;
        }
    }
    let counted = out.join(" ");
    (counted.trim_end_matches([',', '.', ';']).to_string(), rate)
}

/// "/tháng", "/quý", "/năm" (with trailing punctuation).
fn is_per_period(text: &str) -> bool {
    let word = text::lower(text.trim_end_matches([',', '.', ';', ')']));
    matches!(word.as_str(), "/tháng" | "/quý" | "/năm")
}

fn period_of(lower: &Lower<'_>) -> Option<PeriodType> {
    let any = |needles: &[&str]| lower.find_any(needles, 0).is_some();
    if any(&["/tháng"]) {
        Some(PeriodType::Month)
    } else if any(&["/quý"]) {
        Some(PeriodType::Quarter)
    } else if any(&["/năm"]) {
        Some(PeriodType::Year)
    } else if any(&["6 tháng", "sáu tháng"]) {
        Some(PeriodType::HalfYear)
    } else if any(&["9 tháng", "chín tháng"]) {
        Some(PeriodType::NineMonths)
    } else if any(&["hằng tháng", "hàng tháng", "mỗi tháng", "trong tháng"]) {
        Some(PeriodType::Month)
    } else if any(&["hằng quý", "hàng quý", "mỗi quý", "trong quý"]) {
        Some(PeriodType::Quarter)
    } else if any(&["hằng năm", "hàng năm", "mỗi năm", "trong năm", "cả năm"]) {
        Some(PeriodType::Year)
    } else {
        None
    }
}

fn kind_of(lower: &Lower<'_>) -> Option<FormKind> {
    let any = |needles: &[&str]| lower.find_any(needles, 0).is_some();
    if any(&["bản tin"]) {
        Some(FormKind::EBulletin)
    } else if any(&["clip", "video"]) {
        Some(FormKind::SocialMediaClip)
    } else if any(&["tin, bài", "tin bài", "bài viết", "tin"]) {
        Some(FormKind::WebsiteArticle)
    } else if any(&["hội nghị", "tập huấn", "tọa đàm", "toạ đàm"]) {
        Some(FormKind::Meeting)
    } else if any(&["tờ rơi", "tờ gấp", "pa nô", "áp phích"]) {
        Some(FormKind::PrintMaterial)
    } else if any(&["khảo sát"]) {
        Some(FormKind::SatisfactionSurvey)
    } else if any(&["cuộc thi"]) {
        Some(FormKind::Contest)
    } else {
        None
    }
}

/// The budget duty, when `bullet` is about the cost estimate ("Lập dự toán kinh phí …").
pub(crate) fn budget_in(bullet: &str) -> Option<Budget> {
    let lower = Lower::new(bullet);
    let about_cost =
        lower.contains("kinh phí") && (lower.contains("dự toán") || lower.contains("ngân sách"));
    if !about_cost {
        return None;
    }
    let legal_frame = lower
        .find("luật")
        .map(|(begin, _)| {
            let name = text::from(bullet, begin);
            let name_lower = Lower::new(name);
            let end = name_lower
                .find_any(&["và", "số", "ngày", "hiện hành", ",", ";", "."], 0)
                .map_or(name.len(), |(b, _, _)| b);
            text::until(name, end).trim().to_string()
        })
        .unwrap_or_default();
    let mut fiscal_year = 0;
    let mut start = 0;
    while let Some((_, end)) = lower.find_from("năm", start) {
        let word = text::from(bullet, end)
            .split_whitespace()
            .next()
            .unwrap_or_default();
        let digits = word.trim_end_matches(|c: char| !c.is_ascii_digit());
        if digits.len() == 4 {
            if let Ok(year) = digits.parse() {
                fiscal_year = year;
                break;
            }
        }
        start = end;
    }
    Some(Budget {
        text: bullet.trim().to_string(),
        fiscal_year,
        legal_frame,
    })
}

/// Ties quotas to forms and gives them ids: the form of the same bullet, else the plan's
/// first form of the kind the quota's wording names. A quota tied to no form is reported.
pub(crate) fn finish(
    drafts: &[QuotaDraft],
    audiences: &mut [Audience],
    findings: &mut Findings,
) -> Vec<Quota> {
    let mut taken = Ids::default();
    let mut form_ids = Ids::with_taken(
        audiences
            .iter()
            .flat_map(|a| a.forms.iter().map(|f| f.id.as_str())),
    );
    let mut out = Vec::new();
    for draft in drafts {
        let form = tie(draft, audiences)
            .or_else(|| form_from_quota(draft, audiences, &mut form_ids, findings));
        let Some(form) = form else {
            findings.add(
                &codes::QUOTA_NO_FORM,
                draft.line,
                "/quotas",
                Params::new().with("text", excerpt(&draft.text)),
            );
            continue;
        };
        let period = match draft.period {
            Some(period) => period,
            None => {
                findings.add(
                    &codes::QUOTA_GUESSED,
                    draft.line,
                    format!("/quotas/{}/period", out.len()),
                    Params::new()
                        .with("text", excerpt(&draft.text))
                        .with("period", "year"),
                );
                PeriodType::Year
            }
        };
        let counted = if draft.measure == Measure::Share {
            "ty-le".to_string()
        } else {
            text::slug(&draft.counted)
        };
        let stem = format!("{counted}-{}", text::slug(period.vietnamese()));
        let id = unique_id(&stem, &mut taken);
        findings.add(
            &codes::QUOTA_READ,
            draft.line,
            format!("/quotas/{}", out.len()),
            Params::new()
                .with("text", excerpt(&draft.text))
                .with("min", draft.min)
                .with("period", period.json_name())
                .with("form", form.as_str()),
        );
        out.push(Quota {
            id,
            text: Some(draft.text.clone()),
            form,
            measure: draft.measure,
            period,
            scope: draft.scope,
            units: Vec::new(),
            min: draft.min,
            max: draft.max,
            population: None,
        });
    }
    out
}

/// A quota-only bullet naming a medium the plan lists nowhere else ("Hằng tháng, có ít nhất
/// 04 tin, bài … trên trang thông tin điện tử"): the form is made from the sentence, in the
/// quota's audience.
/// `form_ids` holds the id of every form of `audiences`.
fn form_from_quota(
    draft: &QuotaDraft,
    audiences: &mut [Audience],
    form_ids: &mut Ids,
    findings: &mut Findings,
) -> Option<String> {
    let kind = draft.kind?;
    let index = draft.audience.unwrap_or(0);
    let found = super::form_cues::in_bullet(&draft.text)
        .into_iter()
        .find(|form| form.kind == kind)?;
    let audience = audiences.get_mut(index)?;
    let id = unique_id(&found.id, form_ids);
    findings.add(
        &codes::FORM_FROM_QUOTA,
        draft.line,
        format!("/audiences/{index}/forms/{}", audience.forms.len()),
        Params::new()
            .with("name", found.name.as_str())
            .with("kind", kind.json_name()),
    );
    audience.forms.push(crate::model::Form {
        id: id.clone(),
        kind,
        name: found.name,
        text: Some(draft.text.clone()),
        channels: found.channels,
        units: Vec::new(),
        timing: None,
    });
    Some(id)
}

fn tie(draft: &QuotaDraft, audiences: &[Audience]) -> Option<String> {
    let own = draft.audience.and_then(|index| audiences.get(index));
    if let Some(audience) = own {
        let bullet: Vec<_> = draft
            .bullet_forms
            .iter()
            .filter_map(|&index| audience.forms.get(index))
            .collect();
        if let Some(form) = bullet
            .iter()
            .find(|form| Some(form.kind) == draft.kind)
            .or(bullet.first())
        {
            return Some(form.id.clone());
        }
    }
    let kind = draft.kind?;
    own.into_iter()
        .chain(audiences.iter())
        .flat_map(|audience| audience.forms.iter())
        .find(|form| form.kind == kind)
        .map(|form| form.id.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    type Read = (
        Measure,
        u32,
        Option<PeriodType>,
        String,
        Option<FormKind>,
        bool,
    );

    fn read(text: &str) -> Option<Read> {
        find(text, 1).map(|q| (q.measure, q.min, q.period, q.counted, q.kind, q.whole))
    }

    #[test]
    fn reads_the_quota_forms_seen_in_real_plans() {
        assert_eq!(
            read("Hằng tháng, có ít nhất 04 tin, bài về CCHC đăng trên trang thông tin điện tử của cơ quan, đơn vị."),
            Some((Measure::Count, 4, Some(PeriodType::Month), "tin, bài".into(), Some(FormKind::WebsiteArticle), true))
        );
        assert_eq!(
            read("Phát hành Bản tin điện tử cải cách hành chính 04 số/tháng."),
            Some((
                Measure::Count,
                4,
                Some(PeriodType::Month),
                "số".into(),
                Some(FormKind::EBulletin),
                true
            ))
        );
        assert_eq!(
            read("Các đơn vị 1 lần/quý gửi tin, bài về Sở Nội vụ."),
            Some((
                Measure::Count,
                1,
                Some(PeriodType::Quarter),
                "lần".into(),
                Some(FormKind::WebsiteArticle),
                true
            ))
        );
        assert_eq!(
            read("Phấn đấu tối thiểu 90% cán bộ, giáo viên, học sinh được tuyên truyền."),
            Some((Measure::Share, 90, None, String::new(), None, true))
        );
        assert_eq!(
            read("Tuyên truyền dịch vụ công mức độ 3, 4 trên mạng."),
            None
        );
        assert_eq!(read("Tổ chức hội nghị năm 2023."), None);
    }

    #[test]
    fn the_budget_paragraph_names_its_frame_and_year() {
        let budget = budget_in("Lập dự toán kinh phí trong dự toán ngân sách năm 2023. Thực hiện theo quy định của Luật Ngân sách nhà nước và các văn bản hướng dẫn.");
        assert_eq!(
            budget.map(|b| (b.fiscal_year, b.legal_frame)),
            Some((2023, "Luật Ngân sách nhà nước".to_string()))
        );
        assert!(budget_in("Tuyên truyền về CCHC.").is_none());
    }
}
