//! Laying a report out as Markdown, HTML or plain text. Nothing here decides a word: the
//! report model has them all. Everything from the model is escaped for its format.

use super::{Block, Report};

/// Escapes text for HTML element content and attribute values.
pub(crate) fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => push_entity_or_char(&mut out, c),
        }
    }
    out
}

/// Pushes `c`, or its entity when it would start HTML markup or an entity (`&`, `<`, `>`).
fn push_entity_or_char(out: &mut String, c: char) {
    match c {
        '&' => out.push_str("&amp;"),
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        c => out.push(c),
    }
}

/// Escapes text for Markdown: characters that would start formatting, and `<`, `>`, `&` as
/// entities so a viewer that allows raw HTML still shows text, never markup.
pub(crate) fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => push_entity_or_char(&mut out, c),
        }
    }
    out
}

/// Markdown: the header as a two-column table, sections as headings, tables as pipe tables.
pub fn render_markdown(report: &Report) -> String {
    let e = escape_markdown;
    let header = &report.header;
    let mut out = String::new();
    let left_top = match &header.parent_body {
        Some(parent) => format!("{}<br>**{}**", e(parent), e(&header.issuer)),
        None => format!("**{}**", e(&header.issuer)),
    };
    out.push_str(&format!(
        "| {left_top} | **{}**<br>**{}** |\n|:---:|:---:|\n| {} | *{}* |\n\n",
        e(&header.national_name),
        e(&header.motto),
        e(&header.number),
        e(&header.place_date)
    ));
    out.push_str(&format!(
        "<p align=\"center\"><b>{}</b><br><b>{}</b></p>\n\n",
        escape_html(&report.title),
        escape_html(&report.subject)
    ));
    for paragraph in &report.introduction {
        out.push_str(&e(paragraph));
        out.push_str("\n\n");
    }
    for section in &report.sections {
        out.push_str(&format!("## {}\n\n", e(&section.heading)));
        for block in &section.blocks {
            markdown_block(&mut out, block, "###");
        }
    }
    out.push_str(&e(&report.closing));
    out.push_str("\n\n");
    out.push_str(&format!("**{}**\n\n", e(&report.recipients_heading)));
    for line in &report.recipients {
        out.push_str(&format!("- {}\n", e(line)));
    }
    out.push('\n');
    let mut signature = report.signature.iter();
    let mut lines = Vec::new();
    for line in signature
        .by_ref()
        .take(report.signature.len().saturating_sub(1))
    {
        lines.push(format!("<b>{}</b>", escape_html(line)));
    }
    out.push_str(&format!(
        "<p align=\"right\">{}</p>\n\n",
        lines.join("<br>")
    ));
    if let Some(name) = signature.next() {
        out.push_str(&format!(
            "<p align=\"right\"><b>{}</b></p>\n",
            escape_html(name)
        ));
    }
    for appendix in &report.appendices {
        out.push_str(&format!(
            "\n---\n\n<p align=\"center\"><b>{}</b></p>\n\n",
            escape_html(&appendix.heading)
        ));
        for block in &appendix.blocks {
            markdown_block(&mut out, block, "###");
        }
    }
    out
}

/// The page of Nghị định 30/2020 Phụ lục I: A4 with margins of 20 mm top and bottom, 30 mm left
/// and 15 mm right; Times New Roman; the header's short solid rules as borders (never an
/// underline); page numbers centred in the top margin from page 2 on.
const STYLE: &str = "\
@page{size:A4;margin:20mm 15mm 20mm 30mm;@top-center{content:counter(page);font-family:\"Times New Roman\",Times,\"Liberation Serif\",\"Nimbus Roman\",serif;font-size:13pt;vertical-align:middle}}
@page:first{@top-center{content:none}}
body{font-family:\"Times New Roman\",Times,\"Liberation Serif\",\"Nimbus Roman\",serif;font-size:14pt;line-height:1.3;color:#000;background:#fff;margin:0}
@media screen{body{max-width:165mm;margin:2em auto;padding:0 1em}}
table.header,table.footer{width:100%;border-collapse:collapse}
table.header td,table.footer td{border:none;vertical-align:top;padding:0}
table.header td{text-align:center;text-wrap:balance}
table.header .left{width:40%}
table.header .right{width:60%}
.parent{font-size:13pt}
.issuer{font-size:13pt;font-weight:bold}
.national-name{font-size:12pt;font-weight:bold}
.motto{font-size:13pt;font-weight:bold}
.ruled{display:inline-block}
.rule{border:none;border-top:1px solid #000;height:0;margin:2pt auto 0}
.issuer .rule,.subject .rule{width:40%}
.motto .rule{width:100%}
.number{font-size:13pt;white-space:pre-wrap;padding-top:6pt}
.place-date{font-size:14pt;font-style:italic;padding-top:6pt;white-space:pre-wrap}
h1{font-size:14pt;font-weight:bold;text-align:center;margin:18pt 0 0}
.subject{font-size:14pt;font-weight:bold;text-align:center;margin:0 0 12pt}
h2,h3{font-size:14pt;font-weight:bold;text-align:justify;text-indent:1cm;margin:6pt 0 0;page-break-after:avoid;break-after:avoid}
h3{font-style:italic}
p{font-size:14pt;text-align:justify;text-indent:1cm;margin:6pt 0 0}
ul{list-style:none;margin:0;padding:0}
li{text-align:justify;text-indent:1cm;margin:6pt 0 0}
li::before{content:\"- \"}
table.data{width:100%;border-collapse:collapse;margin:6pt 0 0;font-size:12pt;line-height:1.2}
table.data th,table.data td{border:1px solid #000;padding:2pt 4pt;vertical-align:top}
table.data th{text-align:center}
table.data tr{page-break-inside:avoid;break-inside:avoid}
table.footer{margin-top:12pt;page-break-inside:avoid;break-inside:avoid}
section.appendix{page-break-before:always;break-before:page}
section.appendix>p:first-of-type{text-align:center;font-style:italic;text-indent:0}
table.footer .recipients{text-align:left;width:45%}
table.footer .recipients p{text-indent:0;text-align:left;margin:0;font-size:11pt;line-height:1.2}
table.footer .recipients p.heading{font-size:12pt;font-weight:bold;font-style:italic}
table.footer .signature{text-align:center;font-size:14pt;font-weight:bold;width:55%}
.signature .name{margin-top:64pt}
";

/// A standalone HTML page, readable on screen and printed on A4 in the layout of Nghị định
/// 30/2020 Phụ lục I. Every text from the report is escaped.
pub fn render_html(report: &Report) -> String {
    let e = escape_html;
    let header = &report.header;
    let lang = match report.lang {
        crate::Lang::Vi => "vi",
        crate::Lang::En => "en",
    };
    // A text with a short solid rule below it, as wide as `.rule` says for its class.
    let ruled = |class: &str, text: &str| {
        format!(
            "<div class=\"{class}\"><div class=\"ruled\"><div>{}</div><div class=\"rule\"></div></div></div>",
            e(text)
        )
    };
    let mut out = String::new();
    out.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{} {}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n",
        e(&report.title),
        e(&report.subject)
    ));
    out.push_str("<table class=\"header\">\n<tr>\n<td class=\"left\">");
    if let Some(parent) = &header.parent_body {
        out.push_str(&format!("<div class=\"parent\">{}</div>", e(parent)));
    }
    out.push_str(&ruled("issuer", &header.issuer));
    out.push_str(&format!(
        "</td>\n<td class=\"right\"><div class=\"national-name\">{}</div>{}</td>\n</tr>\n",
        e(&header.national_name),
        ruled("motto", &header.motto)
    ));
    out.push_str(&format!(
        "<tr>\n<td class=\"left number\">{}</td>\n<td class=\"right place-date\">{}</td>\n</tr>\n</table>\n",
        e(&header.number),
        e(&header.place_date)
    ));
    out.push_str(&format!(
        "<h1>{}</h1>\n{}\n",
        e(&report.title),
        ruled("subject", &report.subject)
    ));
    for paragraph in &report.introduction {
        out.push_str(&format!("<p>{}</p>\n", e(paragraph)));
    }
    for section in &report.sections {
        out.push_str(&format!("<h2>{}</h2>\n", e(&section.heading)));
        for block in &section.blocks {
            html_block(&mut out, block, "h3", "<table class=\"data\">");
        }
    }
    out.push_str(&format!("<p>{}</p>\n", e(&report.closing)));
    // Nơi nhận on the left beside the signature block on the right.
    out.push_str("<table class=\"footer\">\n<tr>\n<td class=\"recipients\">");
    out.push_str(&format!(
        "<p class=\"heading\">{}</p>",
        e(&report.recipients_heading)
    ));
    for line in &report.recipients {
        out.push_str(&format!("<p>- {}</p>", e(line)));
    }
    out.push_str("</td>\n<td class=\"signature\">");
    let count = report.signature.len();
    for (index, line) in report.signature.iter().enumerate() {
        if index + 1 == count {
            out.push_str(&format!("<div class=\"name\">{}</div>", e(line)));
        } else {
            out.push_str(&format!("<div>{}</div>", e(line)));
        }
    }
    out.push_str("</td>\n</tr>\n</table>\n");
    for appendix in &report.appendices {
        out.push_str(&format!(
            "<section class=\"appendix\">\n<h1>{}</h1>\n",
            e(&appendix.heading)
        ));
        for block in &appendix.blocks {
            html_block(&mut out, block, "h3", "<table class=\"data\">");
        }
        out.push_str("</section>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// The width of text in a fixed-width font: one column per character (the text is NFC, where
/// Vietnamese letters are single characters).
/// A block of a section in HTML: its headings in `<heading>` (`h3` in the document, `h4` in
/// the section part), its tables opened with `table_open`.
pub(crate) fn html_block(out: &mut String, block: &Block, heading: &str, table_open: &str) {
    let e = escape_html;
    match block {
        Block::Heading { text } => out.push_str(&format!("<{heading}>{}</{heading}>\n", e(text))),
        Block::Paragraph { text } => out.push_str(&format!("<p>{}</p>\n", e(text))),
        Block::List { items } => {
            out.push_str("<ul>\n");
            for item in items {
                out.push_str(&format!("<li>{}</li>\n", e(item)));
            }
            out.push_str("</ul>\n");
        }
        Block::Table { columns, rows } => {
            out.push_str(table_open);
            out.push_str("\n<thead><tr>");
            for column in columns {
                out.push_str(&format!("<th>{}</th>", e(column)));
            }
            out.push_str("</tr></thead>\n<tbody>\n");
            for row in rows {
                out.push_str("<tr>");
                for cell in row {
                    out.push_str(&format!("<td>{}</td>", e(cell)));
                }
                out.push_str("</tr>\n");
            }
            out.push_str("</tbody>\n</table>\n");
        }
    }
}

/// A block of a section in Markdown, its headings marked `heading` (`###` in the document,
/// `####` in the section part).
pub(crate) fn markdown_block(out: &mut String, block: &Block, heading: &str) {
    let e = escape_markdown;
    match block {
        Block::Heading { text } => out.push_str(&format!("{heading} {}\n\n", e(text))),
        Block::Paragraph { text } => out.push_str(&format!("{}\n\n", e(text))),
        Block::List { items } => {
            for item in items {
                out.push_str(&format!("- {}\n", e(item)));
            }
            out.push('\n');
        }
        Block::Table { columns, rows } => {
            let line = |cells: &[String]| {
                let cells: Vec<String> = cells.iter().map(|c| e(c)).collect();
                format!("| {} |\n", cells.join(" | "))
            };
            out.push_str(&line(columns));
            out.push_str(&format!("|{}\n", "---|".repeat(columns.len())));
            for row in rows {
                out.push_str(&line(row));
            }
            out.push('\n');
        }
    }
}

/// A block of a section in plain text: headings as paragraphs, tables drawn in columns.
pub(crate) fn text_block(out: &mut String, block: &Block) {
    match block {
        Block::Heading { text } | Block::Paragraph { text } => {
            out.push_str(text);
            out.push_str("\n\n");
        }
        Block::List { items } => {
            for item in items {
                out.push_str(&format!("- {item}\n"));
            }
            out.push('\n');
        }
        Block::Table { columns, rows } => {
            out.push_str(&text_table(columns, rows));
            out.push('\n');
        }
    }
}

fn width(text: &str) -> usize {
    text.chars().count()
}

fn centred(text: &str, columns: usize) -> String {
    let padding = columns.saturating_sub(width(text));
    let left = padding / 2;
    format!("{}{}{}", " ".repeat(left), text, " ".repeat(padding - left))
}

/// Plain text: the header in two centred columns, tables with aligned columns.
pub fn render_text(report: &Report) -> String {
    const LEFT: usize = 38;
    const RIGHT: usize = 50;
    let header = &report.header;
    let mut out = String::new();
    let mut left: Vec<&str> = Vec::new();
    if let Some(parent) = &header.parent_body {
        left.push(parent);
    }
    left.push(&header.issuer);
    left.push(&header.number);
    let right = [
        header.national_name.as_str(),
        header.motto.as_str(),
        header.place_date.as_str(),
    ];
    for index in 0..left.len().max(right.len()) {
        let l = left.get(index).copied().unwrap_or("");
        let r = right.get(index).copied().unwrap_or("");
        out.push_str(centred(l, LEFT).trim_end());
        if !r.is_empty() {
            let pad = LEFT.saturating_sub(width(centred(l, LEFT).trim_end()));
            out.push_str(&" ".repeat(pad));
            out.push_str(centred(r, RIGHT).trim_end());
        }
        out.push('\n');
    }
    out.push('\n');
    let total = LEFT + RIGHT;
    out.push_str(centred(&report.title, total).trim_end());
    out.push('\n');
    out.push_str(centred(&report.subject, total).trim_end());
    out.push_str("\n\n");
    for paragraph in &report.introduction {
        out.push_str(paragraph);
        out.push_str("\n\n");
    }
    for section in &report.sections {
        out.push_str(&section.heading);
        out.push_str("\n\n");
        for block in &section.blocks {
            text_block(&mut out, block);
        }
    }
    out.push_str(&report.closing);
    out.push_str("\n\n");
    out.push_str(&footer_text(report, LEFT, RIGHT));
    for appendix in &report.appendices {
        out.push_str("\n\n");
        out.push_str(centred(&appendix.heading, total).trim_end());
        out.push_str("\n\n");
        for block in &appendix.blocks {
            text_block(&mut out, block);
        }
    }
    out
}

/// Nơi nhận in the left column beside the signature block, centred in the right column, on the
/// same lines; the signer's name below a signing space. A recipient longer than the left column
/// wraps at spaces, its continuation indented under the text after "- ".
fn footer_text(report: &Report, left_width: usize, right_width: usize) -> String {
    let mut left = vec![report.recipients_heading.clone()];
    for line in &report.recipients {
        left.extend(wrap(
            &format!("- {line}"),
            left_width.saturating_sub(2),
            "  ",
        ));
    }
    let mut right: Vec<String> = Vec::new();
    if let Some((name, authority)) = report.signature.split_last() {
        right.extend(authority.iter().cloned());
        right.extend(std::iter::repeat_n(String::new(), 3));
        right.push(name.clone());
    }
    let mut out = String::new();
    for index in 0..left.len().max(right.len()) {
        let l = left.get(index).map(String::as_str).unwrap_or("");
        let r = right.get(index).map(String::as_str).unwrap_or("");
        let mut line = l.to_string();
        if !r.is_empty() {
            line.push_str(&" ".repeat(left_width.saturating_sub(width(l)).max(2)));
            line.push_str(&centred(r, right_width));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Breaks `text` at spaces into lines of at most `columns` characters (a longer word stands
/// alone on its line), every line after the first starting with `indent`.
fn wrap(text: &str, columns: usize, indent: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let prefix = if lines.is_empty() { "" } else { indent };
        if !line.is_empty() && width(prefix) + width(&line) + 1 + width(word) > columns {
            lines.push(format!("{prefix}{line}"));
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    let prefix = if lines.is_empty() { "" } else { indent };
    lines.push(format!("{prefix}{line}"));
    lines
}

/// A table with columns padded to their widest cell, separated by two spaces.
pub(crate) fn text_table(columns: &[String], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = columns.iter().map(|c| width(c)).collect();
    for row in rows {
        for (index, cell) in row.iter().enumerate() {
            if let Some(w) = widths.get_mut(index) {
                *w = (*w).max(width(cell));
            }
        }
    }
    let line = |cells: &[String]| {
        let mut text = String::new();
        for (index, cell) in cells.iter().enumerate() {
            let w = widths.get(index).copied().unwrap_or(0);
            if index > 0 {
                text.push_str("  ");
            }
            text.push_str(cell);
            text.push_str(&" ".repeat(w.saturating_sub(width(cell))));
        }
        let mut text = text.trim_end().to_string();
        text.push('\n');
        text
    };
    let mut out = line(columns);
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    out.push_str(&line(&rule));
    for row in rows {
        out.push_str(&line(row));
    }
    out
}

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "test code: a failed check is a panic"
)]
mod tests {
    use super::*;
    use crate::report::{ReportHeader, Section};

    /// A report with the shape of the seed's: a parent body, a deputy signing for the head.
    fn report() -> Report {
        Report {
            schema_version: crate::SCHEMA_VERSION,
            lang: crate::Lang::Vi,
            period: "2023-Q1".parse().expect("period"),
            part: crate::report::ReportPart::Document,
            date: crate::text::date::calendar_date(2023, 3, 14),
            as_of: crate::text::date::calendar_date(2023, 3, 14).expect("date"),
            header: ReportHeader {
                parent_body: Some("UBND TỈNH LẠNG SƠN".into()),
                issuer: "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH".into(),
                number: "Số:    /BC-SVHTTDL".into(),
                national_name: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".into(),
                motto: "Độc lập - Tự do - Hạnh phúc".into(),
                place_date: "Lạng Sơn, ngày 14 tháng 3 năm 2023".into(),
            },
            title: "BÁO CÁO".into(),
            subject: "Kết quả thực hiện Kế hoạch quý I năm 2023".into(),
            introduction: vec!["Thực hiện Kế hoạch …".into()],
            sections: vec![Section {
                heading: "I. KẾT QUẢ THỰC HIỆN".into(),
                blocks: vec![Block::List {
                    items: vec!["Một việc.".into()],
                }],
            }],
            closing: "Trên đây là báo cáo ./.".into(),
            recipients_heading: "Nơi nhận:".into(),
            recipients: vec![
                "Sở Nội vụ (b/c);".into(),
                "Ban Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn (để biết);".into(),
                "Lưu: VT, VP.".into(),
            ],
            appendices: Vec::new(),
            signature: vec![
                "KT. GIÁM ĐỐC".into(),
                "PHÓ GIÁM ĐỐC".into(),
                "Dương Minh Tuệ".into(),
            ],
            checklist: Vec::new(),
        }
    }

    /// The declarations of the rule for exactly `selector` in the page's style sheet.
    fn css(html: &str, selector: &str) -> String {
        let style = &html[html.find("<style>").unwrap()..html.find("</style>").unwrap()];
        let start = style
            .find(&format!("\n{selector}{{"))
            .unwrap_or_else(|| panic!("no rule for {selector} in {style}"))
            + selector.len()
            + 2;
        let mut depth = 1;
        let mut end = start;
        for (offset, c) in style[start..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
            if depth == 0 {
                end = start + offset;
                break;
            }
        }
        style[start..end].to_string()
    }

    fn has(html: &str, selector: &str, declaration: &str) {
        let rule = css(html, selector);
        assert!(
            rule.split(';').any(|d| d == declaration) || rule.contains(declaration),
            "{selector} lacks {declaration}: {rule}"
        );
    }

    #[test]
    fn html_draws_the_header_rules_as_solid_borders() {
        let html = render_html(&report());
        // The issuer and the motto each sit in a shrink-wrapped box over a rule.
        assert!(html.contains(
            "<div class=\"issuer\"><div class=\"ruled\"><div>SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH</div><div class=\"rule\"></div></div></div>"
        ));
        assert!(html.contains(
            "<div class=\"motto\"><div class=\"ruled\"><div>Độc lập - Tự do - Hạnh phúc</div><div class=\"rule\"></div></div></div>"
        ));
        has(&html, ".ruled", "display:inline-block");
        has(&html, ".rule", "border-top:1px solid #000");
        has(&html, ".rule", "margin:2pt auto 0");
        // Under the issuer 1/3 to 1/2 of the text's width, under the motto all of it.
        has(&html, ".issuer .rule,.subject .rule", "width:40%");
        has(&html, ".motto .rule", "width:100%");
        assert!(!html.contains("underline"), "no text-decoration underline");
    }

    #[test]
    fn html_prints_on_a4_with_page_numbers_from_page_two() {
        let html = render_html(&report());
        has(&html, "@page", "size:A4");
        has(&html, "@page", "margin:20mm 15mm 20mm 30mm");
        has(&html, "@page", "@top-center{content:counter(page)");
        has(&html, "@page:first", "@top-center{content:none}");
        has(&html, "body", "font-family:\"Times New Roman\",Times,");
        has(&html, "body", "serif");
    }

    #[test]
    fn html_font_sizes_follow_the_decree() {
        let html = render_html(&report());
        for (selector, declarations) in [
            (".parent", &["font-size:13pt"][..]),
            (".issuer", &["font-size:13pt", "font-weight:bold"]),
            (".national-name", &["font-size:12pt", "font-weight:bold"]),
            (".motto", &["font-size:13pt", "font-weight:bold"]),
            (".place-date", &["font-size:14pt", "font-style:italic"]),
            ("body", &["font-size:14pt"]),
            (
                "p",
                &[
                    "font-size:14pt",
                    "text-align:justify",
                    "text-indent:1cm",
                    "margin:6pt 0 0",
                ],
            ),
            (
                "li",
                &["text-align:justify", "text-indent:1cm", "margin:6pt 0 0"],
            ),
            (
                "table.footer .recipients p.heading",
                &["font-size:12pt", "font-weight:bold", "font-style:italic"],
            ),
            ("table.footer .recipients p", &["font-size:11pt"]),
            (
                "table.footer .signature",
                &["font-size:14pt", "font-weight:bold"],
            ),
        ] {
            for declaration in declarations {
                has(&html, selector, declaration);
            }
        }
    }

    #[test]
    fn html_puts_the_signature_beside_the_recipients() {
        let html = render_html(&report());
        let footer = &html[html.find("<table class=\"footer\">").unwrap()..];
        let row = &footer[..footer.find("</tr>").unwrap()];
        let recipients = row.find("<td class=\"recipients\"><p class=\"heading\">Nơi nhận:</p>");
        let signature = row.find("<td class=\"signature\"><div>KT. GIÁM ĐỐC</div>");
        assert!(recipients.is_some() && signature > recipients, "{row}");
        assert!(row.contains("<div class=\"name\">Dương Minh Tuệ</div>"));
    }

    #[test]
    fn html_escapes_the_header_and_footer() {
        let mut report = report();
        report.header.issuer = "SỞ <B>X</B>".into();
        report.header.motto = "\"><script>".into();
        report.signature = vec!["<i>KT</i>".into(), "<img src=x>".into()];
        report.recipients = vec!["<a href=x>y</a>;".into()];
        let html = render_html(&report);
        for raw in ["<B>", "<script>", "<i>KT", "<img", "<a href"] {
            assert!(!html.contains(raw), "{raw} unescaped");
        }
        assert!(html.contains("SỞ &lt;B&gt;X&lt;/B&gt;"));
        assert!(html.contains("&quot;&gt;&lt;script&gt;"));
    }

    #[test]
    fn text_puts_the_signature_beside_the_recipients() {
        let text = render_text(&report());
        let lines: Vec<&str> = text.lines().collect();
        let at = lines
            .iter()
            .position(|l| l.starts_with("Nơi nhận:"))
            .unwrap();
        let footer = &lines[at..];
        assert_eq!(
            footer,
            [
                "Nơi nhận:                                                KT. GIÁM ĐỐC",
                "- Sở Nội vụ (b/c);                                       PHÓ GIÁM ĐỐC",
                "- Ban Giám đốc Sở Văn hóa, Thể thao",
                "  và Du lịch tỉnh Lạng Sơn (để",
                "  biết);",
                "- Lưu: VT, VP.                                          Dương Minh Tuệ",
            ],
            "\n{text}"
        );
    }

    #[test]
    fn text_leaves_a_signing_space_above_the_name() {
        let mut report = report();
        report.recipients = vec!["Lưu: VT.".into()];
        let text = render_text(&report);
        let footer: Vec<&str> = text
            .lines()
            .skip_while(|l| !l.starts_with("Nơi nhận:"))
            .collect();
        assert_eq!(footer.len(), 6, "{text}");
        assert!(footer[0].ends_with("KT. GIÁM ĐỐC") && footer[1].ends_with("PHÓ GIÁM ĐỐC"));
        assert!(footer[1].starts_with("- Lưu: VT.  "), "{text}");
        assert!(footer[2..5].iter().all(|l| l.is_empty()), "{text}");
        assert_eq!(footer[5].trim(), "Dương Minh Tuệ");
    }

    #[test]
    fn wrap_breaks_at_spaces_with_a_hanging_indent() {
        assert_eq!(wrap("- a bb ccc", 6, "  "), ["- a bb", "  ccc"]);
        assert_eq!(wrap("- abcdefghij", 4, "  "), ["-", "  abcdefghij"]);
        assert_eq!(wrap("short", 40, "  "), ["short"]);
    }

    #[test]
    fn escape_html_escapes_markup_and_both_quotes() {
        assert_eq!(
            escape_html(r#"<script>alert("x") & 'y'</script>"#),
            "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;"
        );
    }
}
