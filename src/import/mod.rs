//! Reading the files people really have: a Word file (`.docx`), an
//! OpenDocument text (`.odt`), a PDF or plain text -> blocks -> structured
//! Markdown, written with front matter by `torlint import` and held in
//! memory by `torlint check`, whose places then name the paragraphs (and
//! pages) of the original.

pub mod docx;
pub mod odt;
pub mod pdf;
pub mod text;

use std::fmt;

use crate::model::{Language, Scope};
use crate::source::Paragraph;
use crate::text::fold::fold;

/// Why a Word, OpenDocument or PDF file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError(pub String);

/// What a word-processor file holds that the Markdown does not carry as it
/// is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Dropped {
    /// Tracked insertions (kept when accepted).
    pub insertions: usize,
    /// Tracked deletions (dropped when accepted).
    pub deletions: usize,
    /// Comment anchors.
    pub comments: usize,
    /// Footnote and endnote references.
    pub notes: usize,
}

/// A Word, OpenDocument or PDF file read: its blocks and what was set
/// aside.
#[derive(Debug, Clone, Default)]
pub struct Imported {
    /// The body, in reading order.
    pub blocks: Vec<Block>,
    /// Tracked changes, comments and notes met.
    pub dropped: Dropped,
    /// For a PDF, the page each block starts on (1-based); empty for a
    /// word-processor file, which has no fixed pages.
    pub pages: Vec<usize>,
}

/// A block of an imported document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A heading and its level (1 = document title).
    Heading(u8, String),
    /// A paragraph.
    Paragraph(String),
    /// A paragraph that is only bold text (Word's way of titling), which
    /// `torlint check` reads as a heading.
    Bold(String),
    /// A list item: its nesting level (0 at the top), the number it shows
    /// ("3.", "b)"; none for a bullet) and its text.
    Item {
        /// 0 for a top-level item.
        level: u8,
        /// The number Word shows, if any.
        marker: Option<String>,
        /// The item's text.
        text: String,
    },
    /// A table: rows of cells.
    Table(Vec<Vec<String>>),
}

impl Block {
    /// Its text (a table's: its first cell), for finding it again in the
    /// text it came from.
    #[must_use]
    pub fn text(&self) -> &str {
        match self {
            Block::Heading(_, text)
            | Block::Paragraph(text)
            | Block::Bold(text)
            | Block::Item { text, .. } => text,
            Block::Table(rows) => rows
                .first()
                .and_then(|row| row.first())
                .map_or("", String::as_str),
        }
    }
}

/// A file format read through its import.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Office {
    /// Word (`.docx`).
    Word,
    /// OpenDocument text (`.odt`).
    OpenDocument,
    /// PDF (`.pdf`).
    Pdf,
}

impl Office {
    /// The format a file extension (lower case) names, if torlint reads it.
    #[must_use]
    pub fn of_extension(extension: &str) -> Option<Self> {
        match extension {
            "docx" => Some(Office::Word),
            "odt" => Some(Office::OpenDocument),
            "pdf" => Some(Office::Pdf),
            _ => None,
        }
    }

    /// Read `bytes` in this format; `changes` says which side of a Word
    /// file's tracked changes to take (an OpenDocument file's are read as
    /// accepted; a PDF has none).
    ///
    /// # Errors
    ///
    /// When the file is not one of this format or cannot be read.
    pub fn read(
        self,
        bytes: &[u8],
        changes: docx::Changes,
        mandate: &crate::mandate::Mandate,
    ) -> Result<Imported, ImportError> {
        match self {
            Office::Word => docx::read(bytes, changes),
            Office::OpenDocument => odt::read(bytes),
            Office::Pdf => pdf::read(bytes, mandate),
        }
    }
}

/// Why a word-processor file is read: which side of its tracked changes
/// `import` took, or `check`, which takes them accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// `torlint import`, with its `--changes`.
    Import(docx::Changes),
    /// `torlint check`.
    Check,
}

/// Warnings, one a line, about what a word-processor file holds beyond its
/// text: tracked changes (and which side was read), comments and notes
/// left out.
#[must_use]
pub fn notices(
    mandate: &crate::mandate::Mandate,
    language: Language,
    dropped: Dropped,
    reading: Reading,
) -> Vec<String> {
    let mut notices = Vec::new();
    if dropped.insertions + dropped.deletions > 0 {
        let key = match reading {
            Reading::Import(docx::Changes::Accept) => "import-changes-accepted",
            Reading::Import(docx::Changes::Reject) => "import-changes-rejected",
            Reading::Check => "check-changes-accepted",
        };
        let insertions = mandate.count("count-insertion", dropped.insertions, language);
        let deletions = mandate.count("count-deletion", dropped.deletions, language);
        notices.push(
            mandate.message(
                key,
                language,
                &[("insertions", &insertions), ("deletions", &deletions)],
            ) + "\n",
        );
    }
    if dropped.comments + dropped.notes > 0 {
        let key = match reading {
            Reading::Import(_) => "import-dropped",
            Reading::Check => "check-dropped",
        };
        let comments = mandate.count("count-comment", dropped.comments, language);
        let notes = mandate.count("count-note-reference", dropped.notes, language);
        notices.push(
            mandate.message(key, language, &[("comments", &comments), ("notes", &notes)]) + "\n",
        );
    }
    notices
}

/// What the front matter says.
#[derive(Debug, Clone, Default)]
pub struct Front {
    /// Scope, when given.
    pub scope: Option<Scope>,
    /// Country, when given.
    pub country: Option<String>,
    /// Region, when given.
    pub region: Option<String>,
}

/// Guess the language of imported blocks from their function words.
#[must_use]
pub fn detect_language(blocks: &[Block]) -> Language {
    let folded: Vec<String> = blocks
        .iter()
        .map(|block| match block {
            Block::Heading(_, t)
            | Block::Paragraph(t)
            | Block::Bold(t)
            | Block::Item { text: t, .. } => fold(t),
            Block::Table(rows) => fold(&rows.concat().join(" ")),
        })
        .collect();
    Language::detect(folded.iter().map(String::as_str))
}

/// Keep Markdown syntax in imported text from turning into markup.
fn escape_line_start(text: &str) -> String {
    let trimmed = text.trim();
    if trimmed.starts_with(['#', '>', '|', '-', '+', '*', '='])
        || trimmed.starts_with("---")
        || trimmed.chars().take_while(char::is_ascii_digit).count() > 0
            && trimmed
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .starts_with(['.', ')'])
    {
        format!("\\{trimmed}")
    } else {
        trimmed.to_string()
    }
}

/// Whether a list number is one Markdown writes as it is: up to nine
/// digits and a `.` or `)`.
fn is_list_number(marker: &str) -> bool {
    let digits = marker.trim_end_matches(['.', ')']);
    marker.len() == digits.len() + 1
        && (1..=9).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
}

fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace(['\n', '\r'], " ")
}

/// Write blocks as Markdown with front matter.
///
/// # Errors
///
/// When `out` cannot be written.
pub fn to_markdown(
    out: &mut dyn fmt::Write,
    blocks: &[Block],
    front: &Front,
    source: &str,
) -> fmt::Result {
    let language = detect_language(blocks);
    out.write_str("---\nnetwork: UN Network on Migration\n")?;
    match front.scope {
        Some(scope) => {
            writeln!(out, "scope: {scope}")?;
        }
        None => out.write_str("scope: national  # national | regional | global: check this\n")?,
    }
    match (&front.country, &front.region) {
        (Some(country), _) => {
            writeln!(out, "country: \"{}\"", country.replace('"', "'"))?;
        }
        (None, Some(region)) => {
            writeln!(out, "region: \"{}\"", region.replace('"', "'"))?;
        }
        (None, None) => out.write_str("# country: NAME  (or region: NAME): fill in\n")?,
    }
    writeln!(
        out,
        "language: {language}  # detected\nstatus: draft\nsource: \"{}\"\n---",
        source.replace('"', "'")
    )?;
    let (body, _) = body(blocks, &[]);
    out.write_str(&body)?;
    Ok(())
}

/// The Markdown of `blocks` and, for each paragraph of the original, the
/// byte where its text starts in that Markdown: a heading, a paragraph, a
/// list item and a table row are each one paragraph, as a reader counts
/// them from the top of the document, on the page `pages` gives its block
/// (a PDF's; none for a word-processor file).
#[must_use]
pub fn body(blocks: &[Block], pages: &[usize]) -> (String, Vec<Paragraph>) {
    let mut out = String::new();
    let mut paragraphs = Vec::with_capacity(blocks.len());
    let mut previous_item = false;
    for (index, block) in blocks.iter().enumerate() {
        let is_item = matches!(block, Block::Item { .. });
        if !(is_item && previous_item) {
            out.push('\n');
        }
        let line = out.len();
        let page = pages.get(index).copied();
        let mut opens = |out: &String| {
            paragraphs.push(Paragraph {
                line,
                text: out.len(),
                page,
            });
        };
        match block {
            Block::Heading(level, text) => {
                out.push_str(&"#".repeat(usize::from(*level).clamp(1, 6)));
                out.push(' ');
                opens(&out);
                out.push_str(text.trim());
            }
            Block::Paragraph(text) => {
                opens(&out);
                out.push_str(&escape_line_start(text));
            }
            Block::Bold(text) => {
                opens(&out);
                out.push_str("**");
                out.push_str(&text.trim().replace('*', "\\*"));
                out.push_str("**");
            }
            Block::Item {
                level,
                marker,
                text,
            } => {
                out.push_str(&"    ".repeat(usize::from(*level)));
                match marker {
                    // "3." and "3)" are Markdown's own numbered items.
                    Some(m) if is_list_number(m) => out.push_str(m),
                    Some(m) => {
                        out.push_str("- ");
                        out.push_str(m);
                    }
                    None => out.push('-'),
                }
                out.push(' ');
                opens(&out);
                out.push_str(text.trim());
            }
            Block::Table(rows) => {
                let width = rows.iter().map(Vec::len).max().unwrap_or(0);
                for (i, row) in rows.iter().enumerate() {
                    let mut cells: Vec<String> = row.iter().map(|c| cell(c)).collect();
                    cells.resize(width, String::new());
                    paragraphs.push(Paragraph {
                        line: out.len(),
                        text: out.len() + "| ".len(),
                        page,
                    });
                    out.push_str("| ");
                    out.push_str(&cells.join(" | "));
                    out.push_str(" |");
                    if i == 0 {
                        out.push_str("\n|");
                        out.push_str(&"---|".repeat(width));
                    }
                    out.push('\n');
                }
                previous_item = false;
                continue;
            }
        }
        out.push('\n');
        previous_item = is_item;
    }
    (out, paragraphs)
}
