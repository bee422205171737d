//! The .docx package: docx-rs's parts written as a ZIP archive of stored (uncompressed)
//! entries, by hand.
//!
//! docx-rs packs with the `zip` crate, whose writer chooses the compression method at run time
//! and so links every encoder it is built with (zlib-rs, zopfli) although docx-rs stores every
//! part uncompressed: 200 KB of WebAssembly that no path uses. Writing the few parts ourselves
//! keeps `XMLDocx::pack` — and with it the `zip` crate — out of the build.

use docx_rs::XMLDocx;

use crate::DocxError;

/// Every part of `xml`, in the order docx-rs's own packer writes them.
fn parts(xml: XMLDocx) -> Result<Vec<(String, Vec<u8>)>, DocxError> {
    if !xml.media.is_empty() || xml.taskpanes.is_some() || !xml.custom_items.is_empty() {
        return Err(DocxError::Package(
            "images, task panes and custom XML parts are not written".into(),
        ));
    }
    let mut parts = vec![
        ("[Content_Types].xml".to_string(), xml.content_type),
        ("_rels/.rels".into(), xml.rels),
        ("docProps/app.xml".into(), xml.doc_props.app),
        ("docProps/core.xml".into(), xml.doc_props.core),
        ("docProps/custom.xml".into(), xml.doc_props.custom),
        ("word/_rels/document.xml.rels".into(), xml.document_rels),
        ("word/document.xml".into(), xml.document),
        ("word/styles.xml".into(), xml.styles),
        ("word/settings.xml".into(), xml.settings),
        ("word/fontTable.xml".into(), xml.font_table),
        ("word/comments.xml".into(), xml.comments),
        ("word/numbering.xml".into(), xml.numberings),
        ("word/commentsExtended.xml".into(), xml.comments_extended),
        ("word/footnotes.xml".into(), xml.footnotes),
    ];
    let mut header_rels = xml.header_rels.into_iter();
    for (index, header) in xml.headers.into_iter().enumerate() {
        parts.push((format!("word/header{}.xml", index + 1), header));
        if let Some(rels) = header_rels.next() {
            parts.push((format!("word/_rels/header{}.xml.rels", index + 1), rels));
        }
    }
    let mut footer_rels = xml.footer_rels.into_iter();
    for (index, footer) in xml.footers.into_iter().enumerate() {
        parts.push((format!("word/footer{}.xml", index + 1), footer));
        if let Some(rels) = footer_rels.next() {
            parts.push((format!("word/_rels/footer{}.xml.rels", index + 1), rels));
        }
    }
    Ok(parts)
}

fn u16_of(value: usize) -> Result<u16, DocxError> {
    u16::try_from(value).map_err(|_| DocxError::Package("a part name is too long".into()))
}

fn u32_of(value: usize) -> Result<u32, DocxError> {
    u32::try_from(value).map_err(|_| DocxError::Package("the document is over 4 GB".into()))
}

/// The ZIP archive of the parts: stored entries with UTF-8 names, dated 1980-01-01 00:00 (a
/// given document always gives the same bytes).
pub fn pack(xml: XMLDocx) -> Result<Vec<u8>, DocxError> {
    // Version 2.0, UTF-8 names (bit 11), stored, 00:00, 1980-01-01.
    const VERSION: u16 = 20;
    const UTF8: u16 = 0x0800;
    const DATE: u16 = 0x0021;
    let parts = parts(xml)?;
    let mut out = Vec::with_capacity(parts.iter().map(|(_, data)| data.len() + 100).sum());
    let mut central = Vec::new();
    let put16 = |buffer: &mut Vec<u8>, value: u16| buffer.extend_from_slice(&value.to_le_bytes());
    let put32 = |buffer: &mut Vec<u8>, value: u32| buffer.extend_from_slice(&value.to_le_bytes());
    for (name, data) in &parts {
        let offset = u32_of(out.len())?;
        let crc = crc32fast::hash(data);
        let size = u32_of(data.len())?;
        let name_length = u16_of(name.len())?;
        put32(&mut out, 0x0403_4b50);
        for value in [VERSION, UTF8, 0, 0, DATE] {
            put16(&mut out, value);
        }
        for value in [crc, size, size] {
            put32(&mut out, value);
        }
        put16(&mut out, name_length);
        put16(&mut out, 0);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);

        put32(&mut central, 0x0201_4b50);
        for value in [VERSION, VERSION, UTF8, 0, 0, DATE] {
            put16(&mut central, value);
        }
        for value in [crc, size, size] {
            put32(&mut central, value);
        }
        // Name length, extra, comment, disk, internal attributes.
        for value in [name_length, 0, 0, 0, 0] {
            put16(&mut central, value);
        }
        put32(&mut central, 0);
        put32(&mut central, offset);
        central.extend_from_slice(name.as_bytes());
    }
    let central_offset = u32_of(out.len())?;
    let central_size = u32_of(central.len())?;
    let count = u16_of(parts.len())?;
    out.extend_from_slice(&central);
    put32(&mut out, 0x0605_4b50);
    for value in [0, 0, count, count] {
        put16(&mut out, value);
    }
    put32(&mut out, central_size);
    put32(&mut out, central_offset);
    put16(&mut out, 0);
    Ok(out)
}
