//! OpenDocument text (`.odt`) -> blocks: reads the zip and the ODF XML of
//! `content.xml` as a person reads the document in LibreOffice: headings by
//! their outline level, paragraphs, lists with their nesting (and the number
//! shown, where the file records it), tables, and a text box's paragraphs
//! once, in place. Tracked changes are read as accepted (deleted text lives
//! apart, in `text:tracked-changes`, and is left out); a table of contents,
//! comments and notes are left out, and the comments and notes counted.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::docx::{MAX_PART, attribute, reference};
use super::{Block, Dropped, ImportError, Imported};

/// The parts of a document whose text is not the body's: deleted text kept
/// for tracked changes, a table of contents, comments, notes.
const SKIPPED: [&str; 5] = [
    "text:tracked-changes",
    "text:table-of-content",
    "office:annotation",
    "text:note",
    "text:index-title",
];

/// How one level of a numbered list style shows its numbers.
#[derive(Debug, Clone, Default)]
struct ListLevel {
    format: String,
    prefix: String,
    suffix: String,
}

/// The heading level a paragraph style stands for: `Heading_20_2` and a
/// style based on it are level 2, "Title" level 0 (the document title).
fn heading_level(name: &str) -> Option<u8> {
    if name == "Title" {
        return Some(0);
    }
    name.strip_prefix("Heading_20_")
        .and_then(|n| n.parse::<u8>().ok())
}

/// A paragraph or heading being read: its kind and text so far.
#[derive(Debug, Default)]
struct Open {
    /// The outline level of a heading.
    heading: Option<u8>,
    text: String,
}

/// Reads `content.xml` events into blocks.
#[derive(Debug, Default)]
struct Body {
    blocks: Vec<Block>,
    dropped: Dropped,
    /// Paragraphs being read, innermost last (a text box's paragraphs sit
    /// inside the paragraph that anchors it).
    open: Vec<Open>,
    /// Heading level of each paragraph style that is a heading ("P1",
    /// based on "Heading 1").
    headings: BTreeMap<String, u8>,
    /// The numbering of each list style, by level (1 first): the number
    /// format, prefix and suffix of a numbered level, `None` for bullets.
    list_styles: BTreeMap<String, Vec<Option<ListLevel>>>,
    /// The list style being read from the automatic styles.
    defining: Option<String>,
    /// The lists around: the style each follows and its item count.
    lists: Vec<(Option<String>, usize)>,
    /// The number shown for the item being read, if any.
    marker: Option<String>,
    /// Inside `text:number`, the number a list item shows.
    in_number: bool,
    /// Inside a part that is not the body's text, and how deep.
    skipping: usize,
    /// The table being read: its rows, the current row and cell.
    table: Option<Vec<Vec<String>>>,
    cell: Option<String>,
}

impl Body {
    fn start(&mut self, e: &BytesStart<'_>) {
        let name = e.name();
        let name = name.as_ref();
        if self.skipping > 0 || SKIPPED.contains(&name) {
            self.skipping += 1;
            match name {
                "office:annotation" => self.dropped.comments += 1,
                "text:note" => self.dropped.notes += 1,
                "text:insertion" => self.dropped.insertions += 1,
                "text:deletion" => self.dropped.deletions += 1,
                _ => {}
            }
            return;
        }
        match name {
            "style:style" => {
                let level = attribute(e, "style:parent-style-name")
                    .as_deref()
                    .and_then(heading_level);
                if let (Some(style), Some(level)) = (attribute(e, "style:name"), level) {
                    self.headings.insert(style, level);
                }
            }
            "text:list-style" => self.defining = attribute(e, "style:name"),
            "text:list-level-style-number" | "text:list-level-style-bullet" => {
                self.list_level(e, name == "text:list-level-style-number");
            }
            "text:p" => {
                let heading = attribute(e, "text:style-name").and_then(|style| {
                    self.headings
                        .get(&style)
                        .copied()
                        .or_else(|| heading_level(&style))
                });
                self.open.push(Open {
                    heading,
                    text: String::new(),
                });
            }
            "text:h" => self.open.push(Open {
                heading: Some(
                    attribute(e, "text:outline-level")
                        .and_then(|l| l.parse::<u8>().ok())
                        .unwrap_or(1),
                ),
                text: String::new(),
            }),
            "text:list" => {
                let style = attribute(e, "text:style-name")
                    .or_else(|| self.lists.last().and_then(|(style, _)| style.clone()));
                self.lists.push((style, 0));
            }
            "text:list-item" => self.list_item(),
            "text:number" => self.in_number = true,
            "table:table" => self.table = Some(Vec::new()),
            "table:table-row" => {
                if let Some(rows) = &mut self.table {
                    rows.push(Vec::new());
                }
            }
            "table:table-cell" => self.cell = Some(String::new()),
            _ => {}
        }
    }

    /// A list item opens: the number it shows, from its list's style.
    fn list_item(&mut self) {
        let depth = self.lists.len();
        self.marker = None;
        if let Some((style, count)) = self.lists.last_mut() {
            *count += 1;
            let shown = style
                .as_ref()
                .and_then(|s| self.list_styles.get(s))
                .and_then(|levels| levels.get(depth.saturating_sub(1)))
                .and_then(Option::as_ref);
            self.marker = shown.map(|level| {
                let format = match level.format.as_str() {
                    "a" => "lowerLetter",
                    "A" => "upperLetter",
                    "i" => "lowerRoman",
                    "I" => "upperRoman",
                    _ => "decimal",
                };
                format!(
                    "{}{}{}",
                    level.prefix,
                    super::docx::number(*count, format),
                    level.suffix
                )
            });
        }
    }

    /// One level of the list style being defined.
    fn list_level(&mut self, e: &BytesStart<'_>, numbered: bool) {
        let Some(style) = self.defining.clone() else {
            return;
        };
        let level = attribute(e, "text:level")
            .and_then(|l| l.parse::<usize>().ok())
            .unwrap_or(1);
        let format = attribute(e, "style:num-format").unwrap_or_default();
        let shown = (numbered && !format.is_empty()).then(|| ListLevel {
            format,
            prefix: attribute(e, "style:num-prefix").unwrap_or_default(),
            suffix: attribute(e, "style:num-suffix").unwrap_or_default(),
        });
        let levels = self.list_styles.entry(style).or_default();
        if levels.len() < level {
            levels.resize(level, None);
        }
        if let Some(slot) = levels.get_mut(level.saturating_sub(1)) {
            *slot = shown;
        }
    }

    /// An empty element: a space, a tab or a line break in the text.
    fn empty(&mut self, e: &BytesStart<'_>) {
        if self.skipping > 0 {
            return;
        }
        if matches!(
            e.name().as_ref(),
            "text:list-level-style-number" | "text:list-level-style-bullet"
        ) {
            let numbered = e.name().as_ref() == "text:list-level-style-number";
            self.list_level(e, numbered);
            return;
        }
        let space = matches!(e.name().as_ref(), "text:s" | "text:tab" | "text:line-break");
        if let (true, Some(open)) = (space, self.open.last_mut()) {
            open.text.push(' ');
        }
    }

    fn text(&mut self, text: &str) {
        if self.skipping > 0 {
            return;
        }
        if self.in_number {
            self.marker
                .get_or_insert_with(String::new)
                .push_str(text.trim());
        } else if let Some(open) = self.open.last_mut() {
            open.text.push_str(text);
        }
    }

    fn end(&mut self, name: &str) {
        if self.skipping > 0 {
            self.skipping -= 1;
            return;
        }
        match name {
            "text:p" | "text:h" => {
                let Some(open) = self.open.pop() else { return };
                let text = open.text.split_whitespace().collect::<Vec<_>>().join(" ");
                if text.is_empty() {
                    return;
                }
                if let Some(cell) = &mut self.cell {
                    if !cell.trim().is_empty() {
                        cell.push(' ');
                    }
                    cell.push_str(&text);
                    return;
                }
                let block = match open.heading {
                    Some(0) => Block::Heading(1, text),
                    Some(level) => Block::Heading(level.saturating_add(1).min(6), text),
                    None if !self.lists.is_empty() => Block::Item {
                        level: u8::try_from(self.lists.len() - 1).unwrap_or(u8::MAX),
                        marker: self.marker.take(),
                        text,
                    },
                    None => Block::Paragraph(text),
                };
                self.blocks.push(block);
            }
            "text:list" => {
                self.lists.pop();
            }
            "text:list-style" => self.defining = None,
            "text:number" => self.in_number = false,
            "table:table-cell" => {
                if let (Some(cell), Some(rows)) = (self.cell.take(), &mut self.table)
                    && let Some(row) = rows.last_mut()
                {
                    row.push(cell.trim().to_string());
                }
            }
            "table:table" => {
                if let Some(rows) = self.table.take() {
                    let rows: Vec<Vec<String>> =
                        rows.into_iter().filter(|r| !r.is_empty()).collect();
                    if !rows.is_empty() {
                        self.blocks.push(Block::Table(rows));
                    }
                }
            }
            _ => {}
        }
    }
}

/// Read an `.odt` file's body as blocks.
///
/// # Errors
/// When the bytes are not a zip holding `content.xml`, or that XML is
/// malformed.
pub fn read(bytes: &[u8]) -> Result<Imported, ImportError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| ImportError(format!("not an OpenDocument file (zip): {e}")))?;
    let mut xml = String::new();
    archive
        .by_name("content.xml")
        .map_err(|_| ImportError("not an OpenDocument text: no content.xml".to_string()))?
        .take(MAX_PART)
        .read_to_string(&mut xml)
        .map_err(|e| ImportError(format!("cannot read content.xml: {e}")))?;
    let mut reader = Reader::from_str(&xml);
    let mut body = Body::default();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => body.start(&e),
            Ok(Event::Empty(e)) => body.empty(&e),
            Ok(Event::End(e)) => body.end(e.name().as_ref()),
            Ok(Event::Text(t)) => body.text(&t.xml10_content()),
            Ok(Event::GeneralRef(r)) => body.text(&reference(&r)),
            Ok(Event::Eof) => break,
            Err(e) => return Err(ImportError(format!("malformed content.xml: {e}"))),
            Ok(_) => {}
        }
    }
    Ok(Imported {
        blocks: body.blocks,
        dropped: body.dropped,
        pages: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn odt(content: &str) -> Vec<u8> {
        use std::io::Write;
        let mut bytes = Vec::new();
        {
            let mut zip = zip::ZipWriter::new(Cursor::new(&mut bytes));
            let options = zip::write::SimpleFileOptions::default();
            zip.start_file("content.xml", options).unwrap_or_default();
            zip.write_all(content.as_bytes()).unwrap_or_default();
            zip.finish().ok();
        }
        bytes
    }

    #[test]
    fn headings_lists_tables_and_accepted_changes_read_as_shown() {
        let xml = r#"<office:document-content xmlns:office="o" xmlns:text="t" xmlns:table="b"><office:body><office:text>
<text:tracked-changes><text:changed-region><text:deletion><text:p>À défaut de consensus, vote.</text:p></text:deletion></text:changed-region></text:tracked-changes>
<text:table-of-content><text:index-body><text:p>Secrétariat 5</text:p></text:index-body></text:table-of-content>
<text:h text:outline-level="1">Secrétariat</text:h>
<text:p>Le secrétariat est assuré par l&apos;OIM<text:note><text:note-body><text:p>Note.</text:p></text:note-body></text:note>.</text:p>
<text:list><text:list-item><text:p>convoque<text:s/>les réunions ;</text:p><text:list><text:list-item><text:p>en ligne</text:p></text:list-item></text:list></text:list-item></text:list>
<table:table><table:table-row><table:table-cell><text:p>Organe</text:p></table:table-cell><table:table-cell><text:p>Entité</text:p></table:table-cell></table:table-row></table:table>
</office:text></office:body></office:document-content>"#;
        let imported = read(&odt(xml)).map_err(|e| e.0);
        let Ok(imported) = imported else {
            panic!("{imported:?}");
        };
        assert_eq!(
            imported.blocks,
            [
                Block::Heading(2, "Secrétariat".to_string()),
                Block::Paragraph("Le secrétariat est assuré par l'OIM.".to_string()),
                Block::Item {
                    level: 0,
                    marker: None,
                    text: "convoque les réunions ;".to_string()
                },
                Block::Item {
                    level: 1,
                    marker: None,
                    text: "en ligne".to_string()
                },
                Block::Table(vec![vec!["Organe".to_string(), "Entité".to_string()]]),
            ]
        );
        assert_eq!(imported.dropped.notes, 1);
        assert_eq!(imported.dropped.deletions, 1);
    }

    #[test]
    fn a_file_that_is_not_a_zip_is_an_error() {
        assert!(read(b"plain text").is_err());
    }
}
