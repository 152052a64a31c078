//! Human output: each finding as a rustc-style diagnostic (miette) with the
//! clause in context, then a help with suggested wording and the mandate
//! passage as a note, under labels in the report's language (miette's own
//! "help:" and "Advice:" are English); then a summary line.

use std::fmt::{self, Display};
use std::io::{self, Write};

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, Severity as MietteSeverity,
    SourceCode,
};

use super::diagnostic::Subject;
use super::excerpt::Excerpt;
use super::{Context, DocumentReport, Renderer, Summary};
use crate::error::InputError;
use crate::finding::{Finding, Severity};
use crate::mandate::Mandate;
use crate::model::Language;
use crate::source::{Place, SourceFile, Span};

/// How to draw diagnostics.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// Use ANSI colours.
    pub color: bool,
    /// Wrap at this many columns.
    pub width: usize,
}

/// A finding or an input error, ready for miette.
#[derive(Debug)]
struct View<'a> {
    code: String,
    message: String,
    severity: MietteSeverity,
    source: Excerpt<'a>,
    labels: Vec<LabeledSpan>,
    /// Where, for a document whose places are paragraphs (no snippet can
    /// show a Word file's lines): drawn under the diagnostic as `-->`.
    at: Option<String>,
    /// What to do, drawn under the diagnostic.
    help: Option<String>,
    /// Where else, and what the mandate says, drawn under the help.
    notes: Vec<String>,
}

impl Display for View<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for View<'_> {}

impl Diagnostic for View<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn Display + 'b>> {
        Some(Box::new(&self.code))
    }

    fn severity(&self) -> Option<MietteSeverity> {
        Some(self.severity)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        if self.labels.is_empty() {
            None
        } else {
            Some(&self.source)
        }
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if self.labels.is_empty() {
            None
        } else {
            Some(Box::new(self.labels.iter().cloned()))
        }
    }
}

fn miette_severity(severity: Severity) -> MietteSeverity {
    match severity {
        Severity::Error => MietteSeverity::Error,
        Severity::Warning => MietteSeverity::Warning,
        Severity::Note => MietteSeverity::Advice,
    }
}

/// A span that miette can draw: the finding's target, cut to its first line.
fn label_span(source: &SourceFile, finding: &Finding) -> Span {
    let target = finding.target();
    let text = source.slice(target);
    let first_line = text.find(['\n', '\r']).unwrap_or(text.len());
    Span::new(target.start, target.start + first_line)
}

fn finding_view<'a>(
    source: &'a SourceFile,
    finding: &Finding,
    mandate: &Mandate,
    language: Language,
    width: usize,
) -> View<'a> {
    let focus = label_span(source, finding);
    let excerpt = Excerpt::new(source, focus, excerpt_width(width));
    let (labels, at) = if source.is_imported() {
        let place = paragraph_place(source, finding.target(), mandate, language);
        (Vec::new(), Some(format!("{place} ({})", finding.label)))
    } else {
        let label =
            LabeledSpan::new_primary_with_span(Some(finding.label.clone()), excerpt.clip(focus));
        (vec![label], None)
    };
    let help = if finding.suggestion.is_empty() {
        finding.help.clone()
    } else {
        let suggestion = mandate.message("suggestion", language, &[("text", &finding.suggestion)]);
        format!("{}\n{suggestion}", finding.help)
    };
    let mut notes = Vec::new();
    if !finding.related.is_empty() {
        let places: Vec<String> = finding
            .related
            .iter()
            .map(|r| match source.place(r.span) {
                Place::Text(at) => format!("{}:{} ({})", at.line, at.column, source.slice(r.span)),
                Place::Paragraph {
                    paragraph, quote, ..
                } => {
                    let number = paragraph.to_string();
                    let short =
                        mandate.message("paragraph-short", language, &[("paragraph", &number)]);
                    format!("{short} ({quote})")
                }
            })
            .collect();
        notes.push(mandate.message("see-also", language, &[("places", &places.join(", "))]));
    }
    if let Some(quote) = &finding.mandate {
        notes.push(super::mandate_note(mandate, quote, language));
    }
    let severity = mandate.message(
        &format!("severity-{}", finding.severity.as_str()),
        language,
        &[],
    );
    let code = mandate.message(
        "finding-heading",
        language,
        &[
            ("severity", &severity),
            ("id", &finding.rule),
            ("title", &mandate.title(&finding.rule, language)),
        ],
    );
    View {
        code,
        message: finding.message.clone(),
        severity: miette_severity(finding.severity),
        source: excerpt,
        labels,
        at,
        help: Some(help),
        notes,
    }
}

/// "draft.docx, paragraph 12: “the words”": a place in an imported
/// document, in the report's language.
fn paragraph_place(
    source: &SourceFile,
    span: Span,
    mandate: &Mandate,
    language: Language,
) -> String {
    let (paragraph, page, quote) = match source.place(span) {
        Place::Paragraph {
            paragraph,
            page,
            quote,
            ..
        } => (paragraph, page, quote),
        Place::Text(at) => (at.line, None, source.slice(span).to_string()),
    };
    let paragraph = paragraph.to_string();
    let mut args = vec![
        ("path", source.name()),
        ("paragraph", paragraph.as_str()),
        ("quote", quote.as_str()),
    ];
    let page = page.map(|p| p.to_string());
    match &page {
        Some(page) => {
            args.push(("page", page.as_str()));
            mandate.message("page-paragraph-place", language, &args)
        }
        None => mandate.message("paragraph-place", language, &args),
    }
}

/// Characters of source shown on a line: the width less miette's gutter.
fn excerpt_width(width: usize) -> usize {
    width.saturating_sub(12)
}

/// An input error, headed by its severity and labelled in the report's
/// language.
fn error_view<'a>(
    source: &'a SourceFile,
    error: &InputError,
    width: usize,
    words: &Headings,
) -> View<'a> {
    let here = &words.here;
    let labels = error
        .span
        .map(|span| vec![LabeledSpan::new_primary_with_span(Some(here.clone()), span)])
        .unwrap_or_default();
    View {
        code: format!("{}[{}]", words.error, error.kind.code()),
        message: format!("{}: {}", source.name(), error.message),
        severity: MietteSeverity::Error,
        source: Excerpt::new(source, error.span.unwrap_or_default(), excerpt_width(width)),
        labels,
        at: None,
        help: error.help.clone(),
        notes: Vec::new(),
    }
}

/// The words that head a help and a note, in the report's language.
#[derive(Debug, Clone)]
struct Headings {
    help: String,
    note: String,
    here: String,
    error: String,
}

impl Headings {
    fn new(mandate: &Mandate, language: Language) -> Self {
        Self {
            help: mandate.message("help-heading", language, &[]),
            note: mandate.message("note-heading", language, &[]),
            here: mandate.message("label-here", language, &[]),
            error: mandate.message("severity-error", language, &[]),
        }
    }
}

/// Draw one diagnostic into `out`, then its help and notes, each wrapped
/// under its heading.
fn draw(out: &mut String, view: &View<'_>, headings: &Headings, style: Style) {
    let theme = if style.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(style.width)
        .with_links(false)
        .with_urls(false);
    if handler.render_report(out, view).is_err() {
        out.push_str(&view.to_string());
        out.push('\n');
    }
    if let Some(at) = &view.at {
        let options = textwrap::Options::new(style.width)
            .initial_indent("  --> ")
            .subsequent_indent("      ");
        for line in textwrap::wrap(at, options) {
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
    let blocks = view
        .help
        .iter()
        .map(|h| (&headings.help, h))
        .chain(view.notes.iter().map(|n| (&headings.note, n)));
    for (heading, text) in blocks {
        let first = format!("  {heading} ");
        let rest = " ".repeat(first.chars().count());
        let options = textwrap::Options::new(style.width)
            .initial_indent(&first)
            .subsequent_indent(&rest);
        for (k, paragraph) in text.lines().enumerate() {
            let options = if k == 0 {
                options.clone()
            } else {
                options.clone().initial_indent(&rest)
            };
            for line in textwrap::wrap(paragraph, options) {
                out.push_str(line.trim_end());
                out.push('\n');
            }
        }
    }
}

/// Render an input error on its own (used for rule and config errors too).
#[must_use]
pub fn render_error(source: &SourceFile, error: &InputError, style: Style) -> String {
    let mut out = String::new();
    let headings = Headings {
        help: "help:".to_string(),
        note: "note:".to_string(),
        here: "here".to_string(),
        error: "error".to_string(),
    };
    draw(
        &mut out,
        &error_view(source, error, style.width, &headings),
        &headings,
        style,
    );
    out
}

/// rustc-style diagnostics, a document at a time, then the summary line.
pub struct Human<'a>(pub Context<'a>);

impl Renderer for Human<'_> {
    fn document(&mut self, out: &mut dyn Write, document: &DocumentReport) -> io::Result<()> {
        let language = self.0.language_for(document);
        let headings = Headings::new(self.0.mandate, language);
        let style = self.0.options.style;
        for d in document.diagnostics(self.0.min) {
            let view = match d.subject {
                Subject::Input(error) => error_view(d.source, error, style.width, &headings),
                Subject::Finding(finding) => {
                    finding_view(d.source, finding, self.0.mandate, language, style.width)
                }
            };
            let mut text = String::new();
            draw(&mut text, &view, &headings, style);
            writeln!(out, "{text}")?;
        }
        Ok(())
    }

    fn end(&mut self, out: &mut dyn Write, summary: &Summary) -> io::Result<()> {
        summary.write_line(out, self.0.mandate, &self.0.options)
    }
}
