//! A file as read, with byte spans and a line index that gives 1-based lines
//! and character columns.
//!
//! Every finding points back at the file through a [`Span`]; [`SourceFile`]
//! turns a span into line/column and serves the text to miette without
//! rescanning the file for every label.

use std::ops::Range;
use std::sync::Arc;

use miette::{MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};
use serde::Serialize;

/// A byte range into the file as read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    #[must_use]
    pub fn new(start: usize, end: usize) -> Self {
        Self {
            start,
            end: end.max(start),
        }
    }

    /// Length in bytes.
    #[must_use]
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    #[must_use]
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The same span moved `by` bytes further into the file.
    #[must_use]
    pub fn shifted(self, by: usize) -> Self {
        Self::new(self.start + by, self.end + by)
    }

    /// As a byte range.
    #[must_use]
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }
}

impl From<Span> for SourceSpan {
    fn from(span: Span) -> Self {
        SourceSpan::new(span.start.into(), span.len())
    }
}

/// A span resolved to a position a person can find: what the JSON output
/// calls a span.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Location {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// 1-based line of the first byte.
    pub line: usize,
    /// 1-based column of the first byte, counted in characters.
    pub column: usize,
}

/// Where a finding points, in the terms of the file the user has: bytes,
/// line and character column in a text file; the paragraph, the character
/// column within it and the words themselves in a Word or OpenDocument file
/// read through its import. What the JSON output calls a span; `kind` says
/// which it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Place {
    /// A place in a Markdown or YAML file.
    Text(Location),
    /// A place in an imported document.
    Paragraph {
        /// 1-based paragraph, counting headings, list items and table rows
        /// from the top of the document.
        paragraph: usize,
        /// 1-based character column within the paragraph.
        column: usize,
        /// 1-based page it starts on, for a PDF.
        #[serde(skip_serializing_if = "Option::is_none")]
        page: Option<usize>,
        /// The words pointed at, on one line and cut when long.
        quote: String,
    },
}

/// Where a paragraph of an imported document starts in its import.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paragraph {
    /// The first byte of its line, marker included ("- ", "## ", "| ").
    pub line: usize,
    /// The first byte of its text.
    pub text: usize,
    /// The page it starts on, for a PDF.
    pub page: Option<usize>,
}

/// The characters of a paragraph location's quote.
const QUOTE_CHARS: usize = 100;

/// The text of one input file with its line index.
///
/// Cheap to clone: the text and the index are shared.
#[derive(Debug, Clone)]
pub struct SourceFile {
    name: Arc<str>,
    text: Arc<str>,
    line_starts: Arc<[usize]>,
    /// For a document read through its import (Word, OpenDocument): where
    /// each paragraph of the original starts in the imported text, with its
    /// Markdown marker and without. Lines and columns then count paragraphs
    /// and characters within them, so every format names the place the user
    /// can find.
    paragraphs: Option<Arc<[Paragraph]>>,
}

impl SourceFile {
    /// Index `text`, read from the file shown to users as `name`.
    #[must_use]
    pub fn new(name: impl Into<Arc<str>>, text: impl Into<Arc<str>>) -> Self {
        let text: Arc<str> = text.into();
        let line_starts = line_starts(&text);
        Self {
            name: name.into(),
            text,
            line_starts: line_starts.into(),
            paragraphs: None,
        }
    }

    /// Index `text`, the import of the document shown to users as `name`,
    /// whose paragraphs start where `paragraphs` say (in order).
    #[must_use]
    pub fn imported(
        name: impl Into<Arc<str>>,
        text: impl Into<Arc<str>>,
        paragraphs: Vec<Paragraph>,
    ) -> Self {
        Self {
            paragraphs: Some(paragraphs.into()),
            ..Self::new(name, text)
        }
    }

    /// Whether the text is the import of a Word or OpenDocument file, whose
    /// places are paragraphs.
    #[must_use]
    pub fn is_imported(&self) -> bool {
        self.paragraphs.is_some()
    }

    /// The name shown to users (the path as given).
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The whole text.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The text a span covers, or "" when the span is not on character
    /// boundaries inside the file.
    #[must_use]
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.range()).unwrap_or("")
    }

    /// 0-based line holding byte `offset`.
    fn line_of(&self, offset: usize) -> usize {
        match self.line_starts.binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next.saturating_sub(1),
        }
    }

    /// Byte offset where 0-based `line` starts (the end of the file past the
    /// last line).
    fn line_start(&self, line: usize) -> usize {
        self.line_starts
            .get(line)
            .copied()
            .unwrap_or(self.text.len())
    }

    /// Resolve a span to 1-based line and character column; in an
    /// imported document, to 1-based paragraph and character column within
    /// it.
    #[must_use]
    pub fn locate(&self, span: Span) -> Location {
        let offset = span.start.min(self.text.len());
        let (line, start) = if let Some(starts) = &self.paragraphs {
            let index = starts
                .partition_point(|p| p.line <= offset)
                .saturating_sub(1);
            let start = starts.get(index).map_or(0, |p| p.text);
            (index, start.min(offset))
        } else {
            let line = self.line_of(offset);
            (line, self.line_start(line))
        };
        let column = self
            .text
            .get(start..offset)
            .map_or(0, |prefix| prefix.chars().count());
        Location {
            start: span.start,
            end: span.end,
            line: line + 1,
            column: column + 1,
        }
    }

    /// Where `span` is, in the terms of the file the user has.
    #[must_use]
    pub fn place(&self, span: Span) -> Place {
        let at = self.locate(span);
        if self.paragraphs.is_none() {
            return Place::Text(at);
        }
        // Markdown's marks are not the document's words; a table's cells
        // are kept apart by "·".
        let words: Vec<&str> = self
            .slice(span)
            .split_whitespace()
            .filter(|w| !w.chars().all(|c| matches!(c, '-' | '*' | '#')))
            .map(|w| if w == "|" { "·" } else { w })
            .collect();
        let mut quote = words.join(" ").trim_matches(['·', ' ']).to_string();
        if let Some((cut, _)) = quote.char_indices().nth(QUOTE_CHARS) {
            quote.truncate(cut);
            quote.push('…');
        }
        let page = self.paragraphs.as_ref().and_then(|starts| {
            let index = at.line.checked_sub(1)?;
            starts.get(index)?.page
        });
        Place::Paragraph {
            paragraph: at.line,
            column: at.column,
            page,
            quote,
        }
    }

    /// The line holding byte `offset`, without its line break.
    #[must_use]
    pub fn line_span(&self, offset: usize) -> Option<Span> {
        if offset > self.text.len() {
            return None;
        }
        let line = self.line_of(offset);
        let start = self.line_start(line);
        let next = self.line_start(line + 1);
        let text = self.text.get(start..next)?;
        Some(Span::new(
            start,
            start + text.trim_end_matches(['\n', '\r']).len(),
        ))
    }

    /// Byte offset of a 1-based line and character column, clamped to the
    /// file: how errors that only know a line and column get a span.
    #[must_use]
    pub fn offset_of(&self, line: usize, column: usize) -> usize {
        let start = self.line_start(line.saturating_sub(1));
        let rest = self.text.get(start..).unwrap_or("");
        rest.char_indices()
            .nth(column.saturating_sub(1))
            .map_or(self.text.len(), |(i, _)| start + i)
    }
}

fn line_starts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut starts = vec![0];
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'\n' => starts.push(i + 1),
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => starts.push(i + 1),
            _ => {}
        }
        i += 1;
    }
    starts
}

impl SourceCode for SourceFile {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let start = span.offset();
        let end = start + span.len();
        if end > self.text.len() {
            return Err(MietteError::OutOfBounds);
        }
        let span_line = self.line_of(start);
        let first_line = span_line.saturating_sub(context_lines_before);
        let last_line_of_span = self.line_of(end.saturating_sub(usize::from(!span.is_empty())));
        let last_line =
            (last_line_of_span + context_lines_after).min(self.line_starts.len().saturating_sub(1));
        // Like miette's own sources: without lines of context before, the
        // contents start at the span and carry its column.
        let (from, column) = if context_lines_before == 0 {
            let line_start = self.line_start(span_line);
            let column = self
                .text
                .get(line_start..start)
                .map_or(0, |p| p.chars().count());
            (start, column)
        } else {
            (self.line_start(first_line), 0)
        };
        let to = self.line_start(last_line + 1).max(end);
        let data = self
            .text
            .get(from..to)
            .unwrap_or("")
            .trim_end_matches(['\n', '\r']);
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.to_string(),
            data.as_bytes(),
            SourceSpan::new(from.into(), data.len()),
            if context_lines_before == 0 {
                span_line
            } else {
                first_line
            },
            column,
            last_line - first_line + 1,
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let file = SourceFile::new("t.md", "é\nÉnoncé de mission\n");
        let start = "é\nÉnoncé ".len();
        let loc = file.locate(Span::new(start, start + 2));
        assert_eq!((loc.line, loc.column), (2, 8));
    }

    #[test]
    fn lone_cr_and_crlf_both_end_lines() {
        let file = SourceFile::new("t.md", "a\r\nb\rc");
        assert_eq!(file.locate(Span::new(5, 6)).line, 3);
        assert_eq!(file.offset_of(3, 1), 5);
    }

    #[test]
    fn an_imported_document_is_located_by_paragraph() {
        let text = "# Titre\n- Le secrétariat est assuré par l'OIM.\n";
        let item = text.find("Le secr").unwrap_or_default();
        let paragraphs = vec![
            Paragraph {
                line: 0,
                text: 2,
                page: None,
            },
            Paragraph {
                line: item - 2,
                text: item,
                page: Some(3),
            },
        ];
        let file = SourceFile::imported("t.docx", text, paragraphs);
        let word = item + "Le ".len();
        let span = Span::new(word, word + "secrétariat".len());
        assert_eq!(
            file.place(span),
            Place::Paragraph {
                paragraph: 2,
                column: 4,
                page: Some(3),
                quote: "secrétariat".to_string()
            }
        );
        let marker = Span::new(item - 2, item + "Le".len());
        assert!(
            matches!(file.place(marker), Place::Paragraph { paragraph: 2, column: 1, ref quote, .. } if quote == "Le")
        );
    }

    #[test]
    fn offsets_past_the_end_are_clamped() {
        let file = SourceFile::new("t.md", "ab");
        assert_eq!(file.offset_of(9, 9), 2);
        assert_eq!(file.locate(Span::new(40, 41)).line, 1);
    }
}
