//! The body: paragraphs rebuilt from hard-wrapped lines, then read part by part — the opening
//! (citations, preamble), purposes and requirements, audiences with their content and forms,
//! and the implementation part.

use crate::diagnostic::Params;
use crate::model::save::JsonName;
use crate::model::{Audience, Form};

use super::lines::{self, Line, Marker};
use super::{
    audience, codes, excerpt, form_cues, legal_bases, quota_sentences, unique_id, Draft, Findings,
    Ids,
};
use crate::text;

/// A logical paragraph: wrapped lines joined, with the line it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Para {
    pub line: usize,
    pub text: String,
}

/// Words that open a section heading ("1. Mục đích", "a) Nội dung:", "2. Đối với …").
const HEADING_WORDS: [&str; 16] = [
    "mục đích",
    "mục tiêu",
    "yêu cầu",
    "đối với",
    "nội dung",
    "hình thức",
    "các hình thức",
    "tổ chức thực hiện",
    "kinh phí",
    "đối tượng",
    "trách nhiệm",
    "phân công",
    "thời gian",
    "chế độ báo cáo",
    "nhiệm vụ",
    "giải pháp",
];

/// Whether the text after a "1." marker is a section heading rather than a numbered item.
pub(crate) fn is_section_heading(rest: &str) -> bool {
    let head = rest.split(':').next().unwrap_or(rest);
    lines::word_count(head) <= 10
        && !lines::ends_terminal(rest.trim_end_matches(':'))
        && text::starts_with_any(head, &HEADING_WORDS)
}

/// Whether a paragraph reads as a heading: a part, a capitalised line, or a short line that
/// opens with a section word.
fn heading_like(text: &str) -> bool {
    let (marker, rest) = lines::marker(text);
    if matches!(marker, Marker::Roman(_)) {
        return true;
    }
    if matches!(marker, Marker::Bullet) {
        return false;
    }
    let inline = rest.split_once(':').map_or("", |(_, after)| after);
    lines::is_all_caps(rest) || (is_section_heading(rest) && inline.trim().is_empty())
}

/// Lines that always start a paragraph of their own.
fn special_start(text: &str) -> bool {
    legal_bases::starts_citation(text)
        || text::starts_with_any(
            text,
            &["xét đề nghị", "quyết định:", "điều 1", "điều 2", "điều 3"],
        )
}

/// Joins hard-wrapped lines into paragraphs.
///
/// Published text comes in two shapes: paragraphs separated by blank lines (then a line break
/// inside a paragraph is only a wrap), or one paragraph per line (then a break is a new
/// paragraph unless the line before did not end its sentence). A line that starts with a
/// marker always starts a paragraph.
pub(crate) fn paragraphs(lines: &[Line]) -> Vec<Para> {
    // Blank-separated when most lines that open an item follow a blank line; counting only
    // those lines keeps the answer the same however the paragraphs are wrapped.
    let mut openers = 0;
    let mut openers_after_blank = 0;
    let mut previous_blank = true;
    for line in lines {
        if line.text.is_empty() {
            previous_blank = true;
            continue;
        }
        if !matches!(lines::marker(&line.text).0, Marker::None) || special_start(&line.text) {
            openers += 1;
            if previous_blank {
                openers_after_blank += 1;
            }
        }
        previous_blank = false;
    }
    let blank_separated = openers > 0 && openers_after_blank * 2 >= openers;
    let mut out: Vec<Para> = Vec::new();
    // What the joining rules need of the paragraph being built, kept so that joining many
    // lines stays linear: whether it opened as a heading, and its last line.
    let mut heading = false;
    let mut last_line = "";
    let mut blank_before = true;
    for line in lines {
        if line.text.is_empty() {
            blank_before = true;
            continue;
        }
        let join = match out.last() {
            Some(previous) => joins(
                &previous.text,
                heading,
                last_line,
                &line.text,
                blank_before,
                blank_separated,
            ),
            None => false,
        };
        match out.last_mut() {
            Some(previous) if join => {
                previous.text.push(' ');
                previous.text.push_str(&line.text);
                // A heading that wrapped stays one only while its lines are capitals.
                heading = heading && lines::is_all_caps(&line.text);
            }
            _ => {
                heading = heading_like(&line.text);
                out.push(Para {
                    line: line.no,
                    text: line.text.clone(),
                });
            }
        }
        last_line = &line.text;
        blank_before = false;
    }
    out
}

fn joins(
    previous: &str,
    heading: bool,
    last_line: &str,
    next: &str,
    blank_before: bool,
    blank_separated: bool,
) -> bool {
    if !matches!(lines::marker(next).0, Marker::None) || special_start(next) {
        return false;
    }
    let starts_lower = next.chars().next().is_some_and(char::is_lowercase);
    let caps_run = lines::is_all_caps(last_line) && lines::is_all_caps(next);
    if heading {
        return !blank_before && (starts_lower || caps_run);
    }
    if (blank_separated || starts_lower) && !blank_before {
        return true;
    }
    if lines::ends_terminal(previous) {
        return false;
    }
    if blank_before {
        let first_word = next.split_whitespace().next().unwrap_or_default();
        return starts_lower || lines::is_acronym(first_word);
    }
    true
}

/// An audience being read, with the lines its parts came from.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct AudienceDraft {
    pub audience: Audience,
    pub line: usize,
    /// For each form: its line and the cue it was recognised from.
    pub form_notes: Vec<(usize, String)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    None,
    Aims,
    Purposes,
    Requirements,
    ContentPart,
    Audience(usize),
    Implementation,
    Budget,
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sub {
    None,
    Content,
    Forms,
}

/// What a heading announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Heading {
    Aims,
    Purposes,
    Requirements,
    Audience,
    ContentPart,
    Content,
    Forms,
    Implementation,
    Budget,
    Unknown,
}

fn classify(heading: &str) -> Heading {
    let lower = text::Lower::new(heading);
    let has = |needle: &str| lower.contains(needle);
    if has("tổ chức thực hiện") {
        Heading::Implementation
    } else if text::starts_with_any(heading, &["đối với"]) {
        Heading::Audience
    } else if (has("mục đích") || has("mục tiêu")) && has("yêu cầu") {
        Heading::Aims
    } else if has("mục đích") || has("mục tiêu") {
        Heading::Purposes
    } else if has("yêu cầu") {
        Heading::Requirements
    } else if has("nội dung") && has("hình thức") {
        Heading::ContentPart
    } else if has("hình thức") {
        Heading::Forms
    } else if has("nội dung") {
        Heading::Content
    } else if has("kinh phí") {
        Heading::Budget
    } else if has("trách nhiệm") || has("phân công") {
        Heading::Implementation
    } else {
        Heading::Unknown
    }
}

struct Reader<'a> {
    draft: &'a mut Draft,
    findings: &'a mut Findings,
    in_body: bool,
    after_citation: bool,
    section: Section,
    sub: Sub,
    /// The heading of the current Roman part, for an audience made when the part does not
    /// divide its content by audience.
    part_heading: String,
    /// That general audience, once made in the current part.
    general: Option<usize>,
}

/// Reads the paragraphs between the header and the closing into `draft`. `has_closing` tells
/// whether a distribution list or signature follows: without one, a last paragraph that stops
/// mid-sentence was cut off.
pub(crate) fn read(
    paragraphs: &[Para],
    has_closing: bool,
    draft: &mut Draft,
    findings: &mut Findings,
) {
    let mut count = paragraphs.len();
    if let Some(last) = paragraphs.last() {
        if !has_closing && !lines::ends_terminal(&last.text) {
            findings.add(
                &codes::CUT_OFF,
                last.line,
                "",
                Params::new().with("text", excerpt(&last.text)),
            );
            draft.cut_off = true;
            count -= 1;
        }
    }
    let mut reader = Reader {
        draft,
        findings,
        in_body: false,
        after_citation: false,
        section: Section::None,
        sub: Sub::None,
        part_heading: String::new(),
        general: None,
    };
    for para in paragraphs.iter().take(count) {
        reader.paragraph(para);
    }
}

impl Reader<'_> {
    fn not_placed(&mut self, para: &Para) {
        self.findings.add(
            &codes::NOT_PLACED,
            para.line,
            "",
            Params::new().with("text", excerpt(&para.text)),
        );
    }

    fn set_preamble(&mut self, text: String, line: usize) {
        if self.draft.preamble.is_none() {
            self.findings
                .add(&codes::PREAMBLE_READ, line, "/preamble", Params::new());
            self.draft.preamble = Some((text, line));
        } else {
            self.findings.add(
                &codes::NOT_PLACED,
                line,
                "",
                Params::new().with("text", excerpt(&text)),
            );
        }
    }

    fn paragraph(&mut self, para: &Para) {
        let text = para.text.as_str();
        // A decision's later articles (its effect, who executes it) are not plan data.
        if text::starts_with_any(text, &["điều 2.", "điều 3.", "điều 4.", "điều 5."]) {
            self.findings.skipped(para.line, text);
            return;
        }
        if !self.in_body {
            if legal_bases::starts_citation(text)
                || (self.after_citation && legal_bases::continues_citations(text))
            {
                self.after_citation = true;
                if let Some(preamble) =
                    legal_bases::read(text, para.line, self.draft, self.findings)
                {
                    self.set_preamble(preamble, para.line);
                }
                return;
            }
            self.after_citation = false;
            if text::starts_with_any(text, &["xét đề nghị", "quyết định"]) {
                self.findings.skipped(para.line, text);
                return;
            }
            if !starts_body(text) {
                self.set_preamble(text.to_string(), para.line);
                return;
            }
            self.in_body = true;
        }
        let (marker, rest) = lines::marker(text);
        match marker {
            Marker::Roman(_) => self.heading(para, rest, true),
            Marker::Bullet => self.item(para, rest),
            Marker::Number(_) | Marker::Letter(_) | Marker::None => {
                if lines::is_all_caps(rest) || heading_with_inline(rest).is_some() {
                    self.heading(para, rest, false);
                } else {
                    self.item(para, rest);
                }
            }
        }
    }

    /// A heading: switches section, and reads text after "Hình thức:" as the first item.
    fn heading(&mut self, para: &Para, rest: &str, part: bool) {
        let (head, inline) = heading_with_inline(rest).unwrap_or((rest, ""));
        let kind = classify(head);
        let head_text = head.trim().trim_end_matches(':').trim();
        if part {
            self.part_heading = head_text.to_string();
            self.general = None;
        }
        match kind {
            Heading::Aims => self.section = Section::Aims,
            Heading::Purposes => self.section = Section::Purposes,
            Heading::Requirements => self.section = Section::Requirements,
            Heading::ContentPart => self.section = Section::ContentPart,
            Heading::Implementation => {
                self.section = Section::Implementation;
                self.draft.saw_implementation = true;
            }
            Heading::Budget => self.section = Section::Budget,
            Heading::Audience => {
                let index = self.draft.audiences.len();
                let id = audience_id(head_text);
                self.draft.audiences.push(AudienceDraft {
                    audience: audience(id, head_text.to_string()),
                    line: para.line,
                    form_notes: Vec::new(),
                });
                self.section = Section::Audience(index);
            }
            Heading::Content | Heading::Forms => match self.section {
                Section::Audience(index) => {
                    if kind == Heading::Forms {
                        if let Some(current) = self.draft.audiences.get_mut(index) {
                            if text::lower(head_text) != "hình thức" {
                                current.audience.forms_heading = Some(head_text.to_string());
                            }
                        }
                    }
                }
                Section::ContentPart | Section::None => {
                    let index = self.general_audience(para.line, head_text);
                    self.section = Section::Audience(index);
                    if kind == Heading::Forms && text::lower(head_text) != "hình thức" {
                        if let Some(current) = self.draft.audiences.get_mut(index) {
                            current.audience.forms_heading = Some(head_text.to_string());
                        }
                    }
                }
                _ => {
                    self.not_placed(para);
                    self.section = Section::Unknown;
                    return;
                }
            },
            Heading::Unknown => {
                if part || !self.takes_items() {
                    self.not_placed(para);
                    if part {
                        self.section = Section::Unknown;
                    }
                } else {
                    self.item(para, rest);
                }
                return;
            }
        }
        self.sub = match kind {
            Heading::Content => Sub::Content,
            Heading::Forms => Sub::Forms,
            _ => Sub::None,
        };
        if !inline.trim().is_empty() {
            self.item(para, inline.trim());
        }
    }

    /// The audience that holds content and forms not divided by audience ("II. NỘI DUNG, HÌNH
    /// THỨC" → "1. Nội dung …", "2. Hình thức …"), made once per part.
    fn general_audience(&mut self, line: usize, fallback: &str) -> usize {
        if let Some(index) = self.general {
            return index;
        }
        let heading = if self.part_heading.is_empty() {
            fallback.to_string()
        } else {
            self.part_heading.clone()
        };
        let index = self.draft.audiences.len();
        self.findings.add(
            &codes::AUDIENCE_GENERAL,
            line,
            format!("/audiences/{index}"),
            Params::new()
                .with("heading", heading.as_str())
                .with("id", "chung"),
        );
        self.draft.audiences.push(AudienceDraft {
            audience: audience("chung".to_string(), heading),
            line,
            form_notes: Vec::new(),
        });
        self.general = Some(index);
        index
    }

    fn takes_items(&self) -> bool {
        !matches!(
            self.section,
            Section::None | Section::Unknown | Section::ContentPart
        )
    }

    fn item(&mut self, para: &Para, text: &str) {
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        match self.section {
            Section::Aims | Section::Purposes => self.draft.purposes.push(text.to_string()),
            Section::Requirements => self.draft.requirements.push(text.to_string()),
            Section::Audience(index) => match self.sub {
                Sub::Forms => self.form_bullet(index, para.line, text),
                Sub::Content | Sub::None => {
                    if let Some(current) = self.draft.audiences.get_mut(index) {
                        current.audience.content.push(text.to_string());
                    }
                }
            },
            Section::Implementation => {
                self.draft
                    .responsibilities
                    .push((text.to_string(), para.line));
            }
            Section::Budget => match &mut self.draft.budget {
                Some((budget, _)) => {
                    budget.text.push(' ');
                    budget.text.push_str(text);
                }
                None => {
                    let budget = quota_sentences::budget_in(text).unwrap_or(crate::model::Budget {
                        text: text.to_string(),
                        fiscal_year: 0,
                        legal_frame: String::new(),
                    });
                    self.draft.budget = Some((budget, para.line));
                }
            },
            Section::None | Section::Unknown | Section::ContentPart => self.not_placed(para),
        }
    }

    /// A bullet under "Hình thức": the budget duty, a quota, or one or more forms.
    fn form_bullet(&mut self, index: usize, line: usize, text: &str) {
        if self.draft.budget.is_none() {
            if let Some(budget) = quota_sentences::budget_in(text) {
                self.draft.budget = Some((budget, line));
                return;
            }
        }
        let found_quota = quota_sentences::find(text, line);
        if let Some(mut found) = found_quota.clone() {
            if found.whole {
                found.audience = Some(index);
                self.draft.quotas.push(found);
                return;
            }
        }
        let Some(current) = self.draft.audiences.get_mut(index) else {
            return;
        };
        let found = form_cues::in_bullet(text);
        let first = current.audience.forms.len();
        let count = found.len();
        for form in found {
            current.form_notes.push((line, form.cue));
            current.audience.forms.push(Form {
                id: form.id,
                kind: form.kind,
                name: form.name,
                text: form.text,
                channels: form.channels,
                units: Vec::new(),
                timing: None,
            });
        }
        if count > 1 {
            self.findings.add(
                &codes::FORM_SPLIT,
                line,
                format!("/audiences/{index}/forms/{first}"),
                Params::new().with("count", count),
            );
        }
        if let Some(mut found) = found_quota {
            found.audience = Some(index);
            found.bullet_forms = (first..first + count).collect();
            self.draft.quotas.push(found);
        }
    }
}

/// Whether a paragraph opens the body: a part, or a section heading.
fn starts_body(text: &str) -> bool {
    match lines::marker(text) {
        (Marker::Roman(_), _) => true,
        (Marker::Number(_) | Marker::Letter(_), rest) => is_section_heading(rest),
        _ => false,
    }
}

/// "Hình thức: Tuyên truyền …" → ("Hình thức:", "Tuyên truyền …") when the part before the
/// colon is a known heading; a heading alone gives an empty inline part.
fn heading_with_inline(rest: &str) -> Option<(&str, &str)> {
    if let Some(colon) = rest.find(':') {
        let head = text::until(rest, colon + 1);
        let opens = text::starts_with_any(head, &HEADING_WORDS);
        if opens && lines::word_count(head) <= 10 && classify(head) != Heading::Unknown {
            return Some((head, text::from(rest, colon + 1)));
        }
    }
    is_section_heading(rest).then_some((rest, ""))
}

/// "Đối với cán bộ, công chức" → `can-bo-cong-chuc`; "… người dân và doanh nghiệp" →
/// `nguoi-dan-doanh-nghiep`.
pub(crate) fn audience_id(heading: &str) -> String {
    let lower = text::Lower::new(heading);
    let rest = if lower.starts_with("đối với") {
        text::from(heading, "đối với".len())
    } else {
        heading
    };
    let words: Vec<&str> = rest
        .split_whitespace()
        .filter(|w| {
            !matches!(
                text::lower(w).trim_matches(',').trim(),
                "và" | "các" | "những"
            )
        })
        .collect();
    text::slug(&words.join(" "))
}

/// Gives every audience and form a unique id and reports what was read.
pub(crate) fn finish_audiences(drafts: &[AudienceDraft], findings: &mut Findings) -> Vec<Audience> {
    let mut audience_ids = Ids::default();
    let mut form_ids = Ids::default();
    let mut out = Vec::new();
    for (index, draft) in drafts.iter().enumerate() {
        let mut current = draft.audience.clone();
        current.id = unique_id(&current.id, &mut audience_ids);
        for (position, form) in current.forms.iter_mut().enumerate() {
            form.id = unique_id(&form.id, &mut form_ids);
            let (line, cue) = draft.form_notes.get(position).cloned().unwrap_or_default();
            let path = format!("/audiences/{index}/forms/{position}");
            let kind = form.kind.json_name();
            if cue.is_empty() {
                findings.add(
                    &codes::FORM_KIND_UNKNOWN,
                    line,
                    path,
                    Params::new().with("name", form.name.as_str()),
                );
            } else {
                findings.add(
                    &codes::FORM_READ,
                    line,
                    path,
                    Params::new()
                        .with("name", form.name.as_str())
                        .with("kind", kind)
                        .with("cue", cue),
                );
            }
        }
        findings.add(
            &codes::AUDIENCE_READ,
            draft.line,
            format!("/audiences/{index}"),
            Params::new()
                .with("heading", current.heading.as_str())
                .with("content", current.content.len())
                .with("forms", current.forms.len()),
        );
        out.push(current);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<Line> {
        lines::lines(text)
    }

    #[test]
    fn blank_separated_text_joins_wraps_even_after_a_full_stop() {
        let paras = paragraphs(&lines(
            "1. Mục đích\n\n1. Tăng cường sự hiểu biết về CCHC đặc biệt là cải cách TTHC.\nĐồng thời, khuyến khích.\n\n2. Yêu cầu\n",
        ));
        let texts: Vec<&str> = paras.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "1. Mục đích",
                "1. Tăng cường sự hiểu biết về CCHC đặc biệt là cải cách TTHC. Đồng thời, khuyến khích.",
                "2. Yêu cầu"
            ]
        );
    }

    #[test]
    fn line_per_paragraph_text_breaks_at_headings_and_sentence_ends() {
        let paras = paragraphs(&lines(
            "a) Mục tiêu chung:\nTăng cường công tác thông tin, tuyên truyền nhằm\nnâng cao nhận thức.\nb) Mục tiêu cụ thể",
        ));
        let texts: Vec<&str> = paras.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "a) Mục tiêu chung:",
                "Tăng cường công tác thông tin, tuyên truyền nhằm nâng cao nhận thức.",
                "b) Mục tiêu cụ thể"
            ]
        );
    }

    #[test]
    fn a_break_across_a_blank_line_joins_an_unfinished_sentence() {
        let paras = paragraphs(&lines(
            "b) Hình thức: Tuyên truyền; lồng ghép nội dung\n\nCCHC vào các chương trình.\n\n- Tuyên truyền CCHC.\n",
        ));
        assert_eq!(paras.len(), 2);
        assert_eq!(
            paras.first().map(|p| p.text.as_str()),
            Some("b) Hình thức: Tuyên truyền; lồng ghép nội dung CCHC vào các chương trình.")
        );
    }

    #[test]
    fn audience_ids_drop_joining_words() {
        assert_eq!(audience_id("Đối với cán bộ, công chức"), "can-bo-cong-chuc");
        assert_eq!(
            audience_id("Đối với người dân và doanh nghiệp"),
            "nguoi-dan-doanh-nghiep"
        );
    }
}
