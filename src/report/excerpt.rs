//! A narrow view of a source file for human output: a clause is often one
//! line of several hundred characters, so a diagnostic shows the window of
//! its line around the words it points at, marked with "…" where cut.

use miette::{MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};

use crate::source::{SourceFile, Span};

/// The ellipsis that marks a cut.
const CUT: &str = "…";

/// A source file seen through one window, at most `width` characters wide,
/// on the line of the span a diagnostic points at.
#[derive(Debug)]
pub struct Excerpt<'a> {
    file: &'a SourceFile,
    line: Span,
    window: Span,
    /// The window's text, with "…" where the line is cut.
    data: String,
    /// File offset that `data`'s first byte stands for.
    offset: usize,
    /// 0-based line number of the window.
    line_number: usize,
}

impl<'a> Excerpt<'a> {
    /// A view of `file` whose window shows `focus` within `width` characters.
    #[must_use]
    pub fn new(file: &'a SourceFile, focus: Span, width: usize) -> Self {
        let line = file.line_span(focus.start).unwrap_or(focus);
        let window = window(file, line, focus, width.max(20));
        let mut data = String::new();
        let mut offset = window.start;
        if window.start > line.start {
            data.push_str(CUT);
            offset = offset.saturating_sub(CUT.len());
        }
        data.push_str(file.slice(window));
        if window.end < line.end {
            data.push_str(CUT);
        }
        Self {
            file,
            line,
            window,
            data,
            offset,
            line_number: file.locate(focus).line - 1,
        }
    }
}

impl Excerpt<'_> {
    /// `span` cut to what the window shows, so that its label can be drawn.
    #[must_use]
    pub fn clip(&self, span: Span) -> Span {
        let start = span.start.clamp(self.window.start, self.window.end);
        Span::new(start, span.end.clamp(start, self.window.end))
    }
}

/// The part of `line` (bytes, no line break) that shows `span` in at most
/// `width` characters, centred on the span.
fn window(file: &SourceFile, line: Span, span: Span, width: usize) -> Span {
    let text = file.slice(line);
    if text.chars().count() <= width {
        return line;
    }
    let offsets: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| line.start + i)
        .chain(std::iter::once(line.end))
        .collect();
    let index_of = |byte: usize| offsets.partition_point(|&o| o < byte);
    let first = index_of(span.start);
    let last = index_of(span.end.min(line.end));
    let margin = width.saturating_sub(last.saturating_sub(first)) / 2;
    let chars = offsets.len() - 1;
    let to = (first.saturating_sub(margin) + width).min(chars);
    let from = to.saturating_sub(width);
    Span::new(
        offsets.get(from).copied().unwrap_or(line.start),
        offsets.get(to).copied().unwrap_or(line.end),
    )
}

impl SourceCode for Excerpt<'_> {
    fn read_span<'b>(
        &'b self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'b> + 'b>, MietteError> {
        let start = span.offset();
        let end = start + span.len();
        let on_line = self.line.start <= start && end <= self.line.end;
        // miette asks with no context to place the header (file:line:col),
        // and with context to draw the lines: only the latter is windowed.
        if context_lines_before == 0 || !on_line {
            return self
                .file
                .read_span(span, context_lines_before, context_lines_after);
        }
        Ok(Box::new(MietteSpanContents::new_named(
            self.file.name().to_string(),
            self.data.as_bytes(),
            SourceSpan::new(self.offset.into(), self.data.len()),
            self.line_number,
            0,
            1,
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_cut_around_the_focus() {
        let text = format!("{}Secrétariat{}\n", "a".repeat(100), "b".repeat(100));
        let file = SourceFile::new("t.md", text.as_str());
        let focus = Span::new(100, 100 + "Secrétariat".len());
        let excerpt = Excerpt::new(&file, focus, 31);
        assert_eq!(
            excerpt.data,
            format!("…{}Secrétariat{}…", "a".repeat(10), "b".repeat(10))
        );
        assert_eq!(
            &excerpt.data[100 - excerpt.offset..100 - excerpt.offset + "Secrétariat".len()],
            "Secrétariat"
        );
    }

    #[test]
    fn short_lines_are_whole() {
        let file = SourceFile::new("t.md", "# Titre\nLe secrétariat.\n");
        let excerpt = Excerpt::new(&file, Span::new(11, 15), 80);
        assert_eq!(excerpt.data, "Le secrétariat.");
        assert_eq!(excerpt.offset, 8);
    }
}
