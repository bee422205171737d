//! Forms of communication recognised from a bullet's wording.
//!
//! A bullet is cut into clauses (at ";", at sentence ends, and before a new verb of
//! communication after a comma: "…, phát hành …", "…, đồng thời, đưa tin …"). Each clause is
//! matched against a lexicon of cue phrases; every cue group found gives one form, whose id is
//! the group's id, whose name is the clause it was found in (with filler words trimmed), and
//! whose channels are those named in its clauses (or the kind's usual channel). The first form
//! keeps the bullet's text, as the model asks.

use crate::model::{Channel, FormKind};

use super::lines;
use crate::text::{self, Lower};

/// One group of cue phrases: the form they name.
struct Cue {
    id: &'static str,
    kind: FormKind,
    phrases: &'static [&'static str],
    /// The channel the kind is carried on when the text names none.
    default_channels: &'static [Channel],
}

/// Cues that name a medium. Order only breaks ties at the same position.
const CUES: &[Cue] = &[
    Cue {
        id: "clip-mang-xa-hoi",
        kind: FormKind::SocialMediaClip,
        phrases: &["clip", "video clip", "phóng sự ngắn"],
        default_channels: &[],
    },
    Cue {
        id: "chieu-phim-luu-dong",
        kind: FormKind::MobileFilmScreening,
        phrases: &["chiếu phim lưu động", "chiếu phim"],
        default_channels: &[Channel::InPerson],
    },
    Cue {
        id: "ban-tin-dien-tu",
        kind: FormKind::EBulletin,
        phrases: &["bản tin điện tử", "bản tin"],
        default_channels: &[],
    },
    Cue {
        id: "to-roi-pano-ap-phich",
        kind: FormKind::PrintMaterial,
        phrases: &[
            "tờ rơi",
            "tờ gấp",
            "pa nô",
            "pa-nô",
            "panô",
            "pano",
            "áp phích",
            "băng rôn",
            "băng rôn",
            "khẩu hiệu",
            "sổ tay",
        ],
        default_channels: &[Channel::Print],
    },
    Cue {
        id: "tai-lieu-tuyen-truyen",
        kind: FormKind::PrintMaterial,
        phrases: &["tài liệu"],
        default_channels: &[Channel::Print],
    },
    Cue {
        id: "khao-sat-hai-long",
        kind: FormKind::SatisfactionSurvey,
        phrases: &["khảo sát", "đo lường sự hài lòng", "lấy ý kiến đánh giá"],
        default_channels: &[],
    },
    Cue {
        id: "niem-yet-tthc",
        kind: FormKind::ProcedurePosting,
        phrases: &["niêm yết"],
        default_channels: &[],
    },
    Cue {
        id: "cong-bo-dang-tai-tthc",
        kind: FormKind::ProcedurePosting,
        phrases: &[
            "công bố tthc",
            "công bố thủ tục",
            "đăng tải tthc",
            "đăng tải thủ tục",
            "công khai tthc",
            "công khai thủ tục",
        ],
        default_channels: &[],
    },
    Cue {
        id: "cuoc-thi-tim-hieu",
        kind: FormKind::Contest,
        phrases: &["cuộc thi", "hội thi"],
        default_channels: &[],
    },
    Cue {
        id: "to-chuc-doan-the",
        kind: FormKind::MassOrganisation,
        phrases: &[
            "tổ chức đảng",
            "công đoàn",
            "đoàn thanh niên",
            "đoàn thể",
            "hội liên hiệp phụ nữ",
        ],
        default_channels: &[],
    },
    Cue {
        id: "dao-tao-boi-duong",
        kind: FormKind::Meeting,
        phrases: &["bồi dưỡng", "đào tạo"],
        default_channels: &[Channel::InPerson],
    },
    Cue {
        id: "hoi-nghi-tap-huan",
        kind: FormKind::Meeting,
        phrases: &[
            "hội nghị",
            "tập huấn",
            "tọa đàm",
            "toạ đàm",
            "cuộc họp",
            "hội thảo",
            "giao ban",
        ],
        default_channels: &[Channel::InPerson],
    },
    Cue {
        id: "tin-bai-website",
        kind: FormKind::WebsiteArticle,
        phrases: &["đưa tin", "đăng tin", "tin, bài", "tin bài", "bài viết"],
        default_channels: &[Channel::Website],
    },
    Cue {
        id: "hinh-thuc-khac",
        kind: FormKind::Other,
        phrases: &["phù hợp khác", "hình thức khác", "kênh thông tin khác"],
        default_channels: &[],
    },
];

/// Cues read only when a bullet names no medium: what is communicated stands for the form
/// ("Tiếp tục tuyên truyền Bộ thủ tục hành chính … trên mạng Internet").
const TOPIC_CUES: &[Cue] = &[Cue {
    id: "tthc-truc-tuyen",
    kind: FormKind::ProcedurePosting,
    phrases: &[
        "bộ thủ tục hành chính",
        "dịch vụ công",
        "thủ tục hành chính",
        "bộ tthc",
    ],
    default_channels: &[],
}];

/// Channel phrases, the more specific first where they overlap.
const CHANNELS: &[(Channel, &[&str])] = &[
    (
        Channel::ProvincialPortal,
        &[
            "cổng thông tin điện tử của tỉnh",
            "cổng thông tin điện tử tỉnh",
            "cổng ttđt tỉnh",
            "cổng dịch vụ công của tỉnh",
            "cổng dịch vụ công tỉnh",
        ],
    ),
    (
        Channel::NationalPortal,
        &[
            "cơ sở dữ liệu quốc gia",
            "cổng dịch vụ công quốc gia",
            "cổng thông tin điện tử chính phủ",
        ],
    ),
    (
        Channel::Website,
        &[
            "trang thông tin điện tử",
            "trang ttđt",
            "website",
            "cổng thông tin điện tử của sở",
        ],
    ),
    (Channel::Facebook, &["facebook", "fanpage"]),
    (Channel::Zalo, &["zalo"]),
    (Channel::Internet, &["internet"]),
    (
        Channel::Premises,
        &[
            "trụ sở",
            "trung tâm phục vụ hành chính công",
            "bộ phận một cửa",
            "bộ phận tiếp nhận và trả kết quả",
        ],
    ),
    (Channel::InPerson, &["trực tiếp"]),
];

/// Verbs that open a new clause after a comma or an ellipsis.
const CLAUSE_VERBS: [&str; 11] = [
    "phát hành",
    "lồng ghép",
    "đưa tin",
    "đăng tin",
    "đăng tải",
    "chia sẻ",
    "niêm yết",
    "khảo sát",
    "đồng thời",
    "thông qua việc",
    "in ấn",
];

/// A clause's byte range and the cue group found in it, with the phrase as printed.
type Tagged<'a> = (usize, usize, Option<(&'a Cue, String)>);

/// A cue group with the phrase that named it and the clauses it spans.
type Group<'a> = (&'a Cue, String, Vec<(usize, usize)>);

/// A form found in a bullet, before its id is made unique in the plan.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Found {
    pub id: String,
    pub kind: FormKind,
    pub name: String,
    pub text: Option<String>,
    pub channels: Vec<Channel>,
    /// The cue as printed, or empty when none matched.
    pub cue: String,
}

/// The forms a bullet names, in order; never empty for a non-empty bullet.
pub(crate) fn in_bullet(bullet: &str) -> Vec<Found> {
    let bullet = bullet.trim();
    let clauses = clauses(bullet);
    // The cue group of each clause: its earliest medium cue.
    let tagged: Vec<Tagged<'_>> = clauses
        .iter()
        .map(|&(start, end)| {
            let clause = text::sub(bullet, start, end);
            (start, end, earliest_cue(clause, CUES))
        })
        .collect();
    let mut groups: Vec<Group<'_>> = Vec::new();
    let mut leading: Vec<(usize, usize)> = Vec::new();
    for (start, end, cue) in tagged {
        match cue {
            Some((cue, printed)) => {
                if let Some(group) = groups.iter_mut().find(|g| g.0.id == cue.id) {
                    group.2.push((start, end));
                } else {
                    let mut spans = std::mem::take(&mut leading);
                    spans.push((start, end));
                    groups.push((cue, printed, spans));
                }
            }
            None => match groups.last_mut() {
                Some(group) => group.2.push((start, end)),
                None => leading.push((start, end)),
            },
        }
    }
    if groups.is_empty() {
        return match earliest_cue(bullet, TOPIC_CUES) {
            Some((cue, printed)) => vec![found(bullet, cue, printed, &clauses, true)],
            None => vec![Found {
                id: text::slug(&first_words(&form_name(bullet), 4)),
                kind: FormKind::Other,
                name: form_name(bullet),
                text: Some(bullet.to_string()),
                channels: channels_in(bullet),
                cue: String::new(),
            }],
        };
    }
    groups
        .iter()
        .enumerate()
        .map(|(index, (cue, printed, spans))| {
            found(bullet, cue, printed.clone(), spans, index == 0)
        })
        .collect()
}

fn found(bullet: &str, cue: &Cue, printed: String, spans: &[(usize, usize)], first: bool) -> Found {
    // The name comes from the clause holding the cue; channels from all the form's clauses.
    let naming = spans
        .iter()
        .find(|&&(s, e)| Lower::new(text::sub(bullet, s, e)).contains(&text::lower(&printed)))
        .or(spans.first())
        .map_or(bullet, |&(s, e)| text::sub(bullet, s, e));
    let span_text: Vec<&str> = spans
        .iter()
        .map(|&(s, e)| text::sub(bullet, s, e))
        .collect();
    let mut channels = channels_in(&span_text.join(" "));
    if channels.is_empty() {
        channels = cue.default_channels.to_vec();
    }
    Found {
        id: cue.id.to_string(),
        kind: cue.kind,
        name: form_name(naming),
        text: first.then(|| bullet.to_string()),
        channels,
        cue: printed,
    }
}

/// The earliest cue of `lexicon` in `clause`, with the phrase as printed.
fn earliest_cue<'a>(clause: &str, lexicon: &'a [Cue]) -> Option<(&'a Cue, String)> {
    let lower = Lower::new(clause);
    lexicon
        .iter()
        .filter_map(|cue| {
            lower
                .find_any(cue.phrases, 0)
                .map(|(begin, end, _)| (begin, cue, text::sub(clause, begin, end).to_string()))
        })
        .min_by_key(|(begin, _, _)| *begin)
        .map(|(_, cue, printed)| (cue, printed))
}

/// Channels named in `text`, in order of appearance, each once.
pub(crate) fn channels_in(text: &str) -> Vec<Channel> {
    let lower = Lower::new(text);
    let mut taken: Vec<(usize, usize)> = Vec::new();
    let mut found: Vec<(usize, Channel)> = Vec::new();
    for (channel, phrases) in CHANNELS {
        let mut start = 0;
        while let Some((begin, end, _)) = lower.find_any(phrases, start) {
            start = end;
            if taken.iter().any(|&(b, e)| begin < e && b < end) {
                continue;
            }
            taken.push((begin, end));
            if !found.iter().any(|(_, c)| c == channel) {
                found.push((begin, *channel));
            }
        }
    }
    let mut order: Vec<(usize, usize)> = found
        .iter()
        .enumerate()
        .map(|(index, (position, _))| (*position, index))
        .collect();
    super::sort_pairs(&mut order);
    order
        .into_iter()
        .filter_map(|(_, index)| found.get(index).map(|(_, channel)| *channel))
        .collect()
}

/// Byte ranges of the clauses of a bullet.
fn clauses(bullet: &str) -> Vec<(usize, usize)> {
    let mut cuts: Vec<(usize, usize)> = Vec::new(); // (end of clause, start of next)
    for (offset, ch) in bullet.char_indices() {
        if ch == ';' {
            cuts.push((offset, offset + 1));
        }
    }
    let mut search = 0;
    while let Some(found) = text::from(bullet, search).find(". ") {
        let dot = search + found;
        let before = text::until(bullet, dot)
            .rsplit(' ')
            .next()
            .unwrap_or_default();
        let after = text::from(bullet, dot + 2);
        if before.chars().count() >= 3 && after.chars().next().is_some_and(char::is_uppercase) {
            cuts.push((dot + 1, dot + 2));
        }
        search = dot + 2;
    }
    let lower = Lower::new(bullet);
    for verb in CLAUSE_VERBS {
        let mut start = 0;
        while let Some((begin, end)) = lower.find_from(verb, start) {
            start = end;
            let before = text::until(bullet, begin).trim_end();
            let separator = if before.ends_with(',') {
                Some(before.len() - 1)
            } else if before.ends_with("...") {
                Some(before.len() - 3)
            } else if before.ends_with('…') {
                Some(before.len() - '…'.len_utf8())
            } else {
                None
            };
            if let Some(at) = separator {
                cuts.push((at, begin));
            }
        }
    }
    super::sort_pairs(&mut cuts);
    let mut out = Vec::new();
    let mut start = 0;
    for (end, next) in cuts {
        if end > start {
            out.push((start, end));
        }
        start = start.max(next);
    }
    if start < bullet.len() {
        out.push((start, bullet.len()));
    }
    out.retain(|&(s, e)| !text::sub(bullet, s, e).trim().is_empty());
    out.into_iter()
        .map(|(s, e)| {
            let clause = text::sub(bullet, s, e);
            let lead = clause.len() - clause.trim_start().len();
            let trail = clause.len() - clause.trim_end().len();
            (s + lead, e - trail)
        })
        .collect()
}

/// A short name from a clause: filler words at the start dropped ("đồng thời", "tiếp tục",
/// "tuyên truyền … thông qua", "các"), cut before what qualifies it ("cho …", "tại …",
/// "trên …", "thuộc …", "liên quan …"), determiners removed, first letter capitalised.
pub(crate) fn form_name(clause: &str) -> String {
    let mut text = clause
        .trim()
        .trim_end_matches(['.', ';', ',', ':', '…', ' '])
        .trim();
    loop {
        let lower = Lower::new(text);
        let fillers = [
            "đồng thời,",
            "đồng thời",
            "tiếp tục",
            "thường xuyên",
            "định kỳ",
            "thông qua việc",
            "thông qua",
            "các cuộc",
            "các",
            "những",
            "việc",
        ];
        let mut stripped = false;
        for filler in fillers {
            if lower.starts_with(filler) {
                text = text::from(text, filler.len()).trim_start_matches([',', ' ']);
                stripped = true;
                break;
            }
        }
        if !stripped {
            if let Some(rest) = strip_means(text) {
                text = rest;
                continue;
            }
            break;
        }
    }
    let lower = Lower::new(text);
    let qualifiers = [
        "cho",
        "tại",
        "trên",
        "thuộc",
        "liên quan",
        "phù hợp với",
        "đối với",
        "trong việc",
        "nhằm",
        "để",
        "theo",
    ];
    let mut cut = text.len();
    let mut start = 0;
    while let Some((begin, end, _)) = lower.find_any(&qualifiers, start) {
        start = end;
        if lines::word_count(text::until(text, begin)) >= 3 {
            cut = begin;
            break;
        }
    }
    let kept = text::until(text, cut);
    let words: Vec<&str> = kept
        .split_whitespace()
        .filter(|w| !matches!(text::lower(w).as_str(), "các" | "những"))
        .collect();
    let name = words.join(" ");
    text::capitalise(name.trim_end_matches(['.', ';', ',', ':', '…', ' ']))
}

/// "Tuyên truyền \[CCHC\] (thông qua|trong|qua|bằng) …" → the means after the preposition.
fn strip_means(text: &str) -> Option<&str> {
    let lower = Lower::new(text);
    if !lower.starts_with("tuyên truyền") {
        return None;
    }
    let mut rest = text::from(text, "tuyên truyền".len()).trim_start();
    for topic in ["cải cách hành chính", "cchc"] {
        if Lower::new(rest).starts_with(topic) {
            rest = text::from(rest, topic.len()).trim_start();
        }
    }
    for preposition in ["thông qua", "trong", "qua", "bằng"] {
        if Lower::new(rest).starts_with(preposition) {
            return Some(text::from(rest, preposition.len()).trim_start());
        }
    }
    None
}

fn first_words(text: &str, count: usize) -> String {
    text.split_whitespace()
        .take(count)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(bullet: &str) -> Vec<(String, FormKind, String, Vec<Channel>, bool)> {
        in_bullet(bullet)
            .into_iter()
            .map(|f| (f.id, f.kind, f.name, f.channels, f.text.is_some()))
            .collect()
    }

    #[test]
    fn one_bullet_several_forms() {
        let got = summary("Tuyên truyền trong các cuộc họp, hội nghị, tập huấn, tọa đàm, phát hành các tài liệu tuyên truyền về CCHC năm 2023; lồng ghép nội dung CCHC vào các chương trình đào tạo, bồi dưỡng cho đội ngũ cán bộ, công chức, đồng thời, đưa tin trên Trang thông tin điện tử của Sở.");
        assert_eq!(
            got,
            vec![
                (
                    "hoi-nghi-tap-huan".into(),
                    FormKind::Meeting,
                    "Họp, hội nghị, tập huấn, tọa đàm".into(),
                    vec![Channel::InPerson],
                    true
                ),
                (
                    "tai-lieu-tuyen-truyen".into(),
                    FormKind::PrintMaterial,
                    "Phát hành tài liệu tuyên truyền về CCHC năm 2023".into(),
                    vec![Channel::Print],
                    false
                ),
                (
                    "dao-tao-boi-duong".into(),
                    FormKind::Meeting,
                    "Lồng ghép nội dung CCHC vào chương trình đào tạo, bồi dưỡng".into(),
                    vec![Channel::InPerson],
                    false
                ),
                (
                    "tin-bai-website".into(),
                    FormKind::WebsiteArticle,
                    "Đưa tin trên Trang thông tin điện tử của Sở".into(),
                    vec![Channel::Website],
                    false
                ),
            ]
        );
    }

    #[test]
    fn channels_in_order_of_appearance() {
        assert_eq!(
            channels_in("trên trang thông tin điện tử của Sở, Cơ sở dữ liệu quốc gia và cổng Thông tin điện tử của tỉnh"),
            vec![Channel::Website, Channel::NationalPortal, Channel::ProvincialPortal]
        );
        assert_eq!(
            channels_in("trên trang thông tin điện tử, Facebook, zalo...lồng ghép"),
            vec![Channel::Website, Channel::Facebook, Channel::Zalo]
        );
    }

    #[test]
    fn a_bullet_without_a_medium_falls_back_to_its_topic_or_other() {
        let topic = in_bullet("Tiếp tục tuyên truyền Bộ thủ tục hành chính hướng dẫn thực hiện dịch vụ công mức độ 3, 4; quy trình, trên mạng Internet...");
        assert_eq!(
            topic.first().map(|f| (f.id.as_str(), f.channels.clone())),
            Some(("tthc-truc-tuyen", vec![Channel::Internet]))
        );
        let other = in_bullet("Phối hợp với Báo Lạng Sơn đưa chuyên mục");
        assert_eq!(other.first().map(|f| f.kind), Some(FormKind::Other));
    }
}
