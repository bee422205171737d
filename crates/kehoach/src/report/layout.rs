//! Laying a report out as Markdown, HTML or plain text. Nothing here decides a word: the
//! report model has them all. Everything from the model is escaped for its format.

use super::{Block, Report};

/// Escapes text for HTML element content and attribute values.
pub(crate) fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes text for Markdown: characters that would start formatting, and `<`, `>`, `&` as
/// entities so a viewer that allows raw HTML still shows text, never markup.
pub(crate) fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
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
            match block {
                Block::Heading { text } => out.push_str(&format!("### {}\n\n", e(text))),
                Block::Paragraph { text } => {
                    out.push_str(&e(text));
                    out.push_str("\n\n");
                }
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
    out
}

const STYLE: &str = "\
body{font-family:\"Times New Roman\",Times,serif;font-size:14pt;line-height:1.4;max-width:48em;margin:2em auto;padding:0 1em;color:#000;background:#fff}
.header,.footer{width:100%;border-collapse:collapse;margin-bottom:1em}
.header td,.footer td{border:none;vertical-align:top;text-align:center;padding:0 .5em}
.header .left{width:42%}
.header .right{width:58%}
.upper{font-weight:bold;text-transform:none}
.motto{font-weight:bold;text-decoration:underline}
.place-date{font-style:italic}
.number{white-space:pre}
h1{font-size:14pt;text-align:center;margin:1.2em 0 0}
.subject{text-align:center;font-weight:bold;margin:0 0 1.2em}
h2{font-size:14pt;margin:1.2em 0 .4em}
h3{font-size:14pt;font-weight:bold;font-style:italic;margin:.8em 0 .3em}
p{text-align:justify;text-indent:1.5em;margin:.3em 0}
ul{margin:.3em 0 .3em 1.5em;padding:0}
table.data{width:100%;border-collapse:collapse;margin:.5em 0;font-size:12pt;page-break-inside:auto}
table.data th,table.data td{border:1px solid #000;padding:.2em .4em;vertical-align:top}
table.data th{text-align:center}
table.data tr{page-break-inside:avoid}
.footer{margin-top:1.5em}
.footer .recipients{text-align:left;font-size:11pt;width:45%}
.footer .recipients p{text-indent:0;margin:0}
.footer .signature{font-weight:bold;width:55%}
.signature .name{margin-top:4em}
@media print{body{margin:0;max-width:none}@page{size:A4;margin:20mm 15mm 20mm 30mm}h2,h3{page-break-after:avoid}}
";

/// A standalone HTML page, readable on screen and printed on A4 (margins of Nghị định 30/2020).
/// Every text from the report is escaped.
pub fn render_html(report: &Report) -> String {
    let e = escape_html;
    let header = &report.header;
    let lang = match report.lang {
        crate::Lang::Vi => "vi",
        crate::Lang::En => "en",
    };
    let mut out = String::new();
    out.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{} {}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n",
        e(&report.title),
        e(&report.subject)
    ));
    out.push_str("<table class=\"header\">\n<tr>\n<td class=\"left\">");
    if let Some(parent) = &header.parent_body {
        out.push_str(&format!("<div>{}</div>", e(parent)));
    }
    out.push_str(&format!(
        "<div class=\"upper\">{}</div><div class=\"number\">{}</div></td>\n",
        e(&header.issuer),
        e(&header.number)
    ));
    out.push_str(&format!(
        "<td class=\"right\"><div class=\"upper\">{}</div><div class=\"motto\">{}</div><div class=\"place-date\">{}</div></td>\n</tr>\n</table>\n",
        e(&header.national_name),
        e(&header.motto),
        e(&header.place_date)
    ));
    out.push_str(&format!(
        "<h1>{}</h1>\n<div class=\"subject\">{}</div>\n",
        e(&report.title),
        e(&report.subject)
    ));
    for paragraph in &report.introduction {
        out.push_str(&format!("<p>{}</p>\n", e(paragraph)));
    }
    for section in &report.sections {
        out.push_str(&format!("<h2>{}</h2>\n", e(&section.heading)));
        for block in &section.blocks {
            match block {
                Block::Heading { text } => out.push_str(&format!("<h3>{}</h3>\n", e(text))),
                Block::Paragraph { text } => out.push_str(&format!("<p>{}</p>\n", e(text))),
                Block::List { items } => {
                    out.push_str("<ul>\n");
                    for item in items {
                        out.push_str(&format!("<li>{}</li>\n", e(item)));
                    }
                    out.push_str("</ul>\n");
                }
                Block::Table { columns, rows } => {
                    out.push_str("<table class=\"data\">\n<thead><tr>");
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
    }
    out.push_str(&format!("<p>{}</p>\n", e(&report.closing)));
    out.push_str("<table class=\"footer\">\n<tr>\n<td class=\"recipients\">");
    out.push_str(&format!(
        "<p><b><i>{}</i></b></p>",
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
    out.push_str("</td>\n</tr>\n</table>\n</body>\n</html>\n");
    out
}

/// The width of text in a fixed-width font: one column per character (the text is NFC, where
/// Vietnamese letters are single characters).
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
    }
    out.push_str(&report.closing);
    out.push_str("\n\n");
    out.push_str(&report.recipients_heading);
    out.push('\n');
    for line in &report.recipients {
        out.push_str(&format!("- {line}\n"));
    }
    out.push('\n');
    for (index, line) in report.signature.iter().enumerate() {
        if index + 1 == report.signature.len() {
            out.push_str("\n\n");
        }
        out.push_str(&" ".repeat(LEFT));
        out.push_str(centred(line, RIGHT).trim_end());
        out.push('\n');
    }
    out
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
mod tests {
    use super::*;

    #[test]
    fn escape_html_escapes_markup_and_both_quotes() {
        assert_eq!(
            escape_html(r#"<script>alert("x") & 'y'</script>"#),
            "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;"
        );
    }
}
