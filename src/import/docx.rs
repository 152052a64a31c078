//! Word (`.docx`) -> blocks: reads the zip and the WordprocessingML of
//! `word/document.xml`, keeping heading styles (by their names in
//! `word/styles.xml`, so localised styles such as "Titre 1" work), bold-only
//! paragraphs, numbered and bulleted lists, and tables.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::Block;

/// Largest XML part read from a `.docx`, against zip bombs.
const MAX_PART: u64 = 64 * 1024 * 1024;

/// Why a `.docx` could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocxError(pub String);

fn part(
    archive: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
) -> Result<Option<String>, DocxError> {
    let Ok(file) = archive.by_name(name) else {
        return Ok(None);
    };
    let mut text = String::new();
    file.take(MAX_PART)
        .read_to_string(&mut text)
        .map_err(|e| DocxError(format!("cannot read {name}: {e}")))?;
    Ok(Some(text))
}

fn attribute(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.try_get_attribute(name).ok().flatten().and_then(|a| {
        a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .ok()
            .map(std::borrow::Cow::into_owned)
    })
}

/// Style id -> lower-case style name ("Titre1" -> "heading 1").
fn style_names(xml: &str) -> BTreeMap<String, String> {
    let mut names = BTreeMap::new();
    let mut reader = Reader::from_str(xml);
    let mut current: Option<String> = None;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) => match e.name().as_ref() {
                "w:style" => current = attribute(&e, "w:styleId"),
                "w:name" => {
                    if let (Some(id), Some(name)) = (current.clone(), attribute(&e, "w:val")) {
                        names.insert(id, name.to_lowercase());
                    }
                }
                _ => {}
            },
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    names
}

#[derive(Default)]
#[allow(
    clippy::struct_excessive_bools,
    reason = "independent facts about one paragraph, read from its properties and runs"
)]
struct Paragraph {
    style: Option<String>,
    numbered: bool,
    text: String,
    bold_text: bool,
    plain_text: bool,
    run_bold: bool,
}

impl Paragraph {
    fn push(&mut self, text: &str) {
        if !text.trim().is_empty() {
            if self.run_bold {
                self.bold_text = true;
            } else {
                self.plain_text = true;
            }
        }
        self.text.push_str(text);
    }

    fn block(self, styles: &BTreeMap<String, String>) -> Option<Block> {
        let text = self.text.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() {
            return None;
        }
        let style = self
            .style
            .as_ref()
            .map(|id| styles.get(id).cloned().unwrap_or_else(|| id.to_lowercase()))
            .unwrap_or_default();
        let level = style
            .strip_prefix("heading")
            .and_then(|n| n.trim().parse::<u8>().ok());
        Some(if style == "title" {
            Block::Heading(1, text)
        } else if let Some(n) = level {
            Block::Heading(n.saturating_add(1).min(6), text)
        } else if self.numbered || style.contains("list") {
            Block::Item(text)
        } else if self.bold_text && !self.plain_text {
            Block::Bold(text)
        } else {
            Block::Paragraph(text)
        })
    }
}

/// The blocks of a `.docx` file's body.
///
/// # Errors
///
/// Bytes that are not a ZIP archive holding `word/document.xml`, or XML
/// that does not parse.
#[expect(
    clippy::too_many_lines,
    reason = "one walk over WordprocessingML, whose paragraph, run, table and numbering events share state"
)]
pub fn blocks(bytes: &[u8]) -> Result<Vec<Block>, DocxError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| DocxError(format!("not a Word file (.docx is a zip archive): {e}")))?;
    let document = part(&mut archive, "word/document.xml")?
        .ok_or_else(|| DocxError("not a Word file: no word/document.xml".to_string()))?;
    let styles = part(&mut archive, "word/styles.xml")?
        .map(|xml| style_names(&xml))
        .unwrap_or_default();

    let mut blocks = Vec::new();
    let mut reader = Reader::from_str(&document);
    let mut paragraph: Option<Paragraph> = None;
    let mut table: Option<Vec<Vec<String>>> = None;
    let mut depth_in_table = 0usize;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| DocxError(format!("malformed word/document.xml: {e}")))?;
        match event {
            Event::Start(e) => match e.name().as_ref() {
                "w:p" => paragraph = Some(Paragraph::default()),
                "w:r" => {
                    if let Some(p) = paragraph.as_mut() {
                        p.run_bold = false;
                    }
                }
                "w:tbl" => {
                    depth_in_table += 1;
                    if depth_in_table == 1 {
                        table = Some(Vec::new());
                    }
                }
                "w:tr" => {
                    if let Some(t) = table.as_mut() {
                        t.push(Vec::new());
                    }
                }
                "w:tc" => {
                    if let Some(row) = table.as_mut().and_then(|t| t.last_mut()) {
                        row.push(String::new());
                    }
                }
                "w:numPr" => {
                    if let Some(p) = paragraph.as_mut() {
                        p.numbered = true;
                    }
                }
                _ => {}
            },
            Event::Empty(e) => match e.name().as_ref() {
                "w:pStyle" => {
                    if let Some(p) = paragraph.as_mut() {
                        p.style = attribute(&e, "w:val");
                    }
                }
                "w:b" => {
                    let off = matches!(attribute(&e, "w:val").as_deref(), Some("0" | "false"));
                    if let Some(p) = paragraph.as_mut() {
                        p.run_bold = !off;
                    }
                }
                "w:tab" | "w:br" => {
                    if let Some(p) = paragraph.as_mut() {
                        p.push(" ");
                    }
                }
                _ => {}
            },
            Event::Text(t) => {
                if let Some(p) = paragraph.as_mut() {
                    p.push(&t.xml10_content());
                }
            }
            Event::GeneralRef(r) => {
                let text = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => match r.as_ref() {
                        "amp" => "&".to_string(),
                        "lt" => "<".to_string(),
                        "gt" => ">".to_string(),
                        "quot" => "\"".to_string(),
                        "apos" => "'".to_string(),
                        _ => String::new(),
                    },
                };
                if let Some(p) = paragraph.as_mut() {
                    p.push(&text);
                }
            }
            Event::End(e) => match e.name().as_ref() {
                "w:p" => {
                    let Some(p) = paragraph.take() else {
                        continue;
                    };
                    if let Some(t) = table.as_mut() {
                        if let Some(cell) = t.last_mut().and_then(|row| row.last_mut()) {
                            if !cell.is_empty() {
                                cell.push(' ');
                            }
                            cell.push_str(
                                p.text
                                    .split_whitespace()
                                    .collect::<Vec<_>>()
                                    .join(" ")
                                    .as_str(),
                            );
                        }
                    } else if let Some(block) = p.block(&styles) {
                        blocks.push(block);
                    }
                }
                "w:tbl" => {
                    depth_in_table = depth_in_table.saturating_sub(1);
                    if depth_in_table == 0
                        && let Some(t) = table.take()
                        && !t.is_empty()
                    {
                        blocks.push(Block::Table(t));
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(blocks)
}
