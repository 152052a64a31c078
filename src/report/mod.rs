//! Renderers: the results of a run, written for people or machines.
//!
//! The engine never prints. Every format is a [`Renderer`]: it is handed
//! the documents one at a time, in input order, each read through the
//! located-diagnostic stream ([`diagnostic`]), and writes to an
//! [`io::Write`], passing on any error; what a format needs at the end
//! (the summary line, JUnit's totals, GitHub's severity order) it keeps.

pub mod concise;
pub mod diagnostic;
pub mod excerpt;
pub mod github;
pub mod gitlab;
pub mod human;
pub mod json;
pub mod json_lines;
pub mod junit;
pub mod matrix;
pub mod review;
pub mod sarif;
pub mod sink;
pub mod statistics;

use std::io::{self, Write};

use clap::ValueEnum;

use crate::engine::suppress::Suppressed;
use crate::error::InputError;
use crate::finding::{Evaluation, Finding, MandateQuote, Severity};
use crate::mandate::Mandate;
use crate::model::{Language, Meta};
use crate::source::SourceFile;
use crate::walk::Skipped;

/// Output formats of `torlint check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// rustc-style diagnostics with the clause in context (default).
    Human,
    /// One line per finding: `path:line:col: severity[id] message`.
    Concise,
    /// The versioned JSON contract (spec/interfaces.md, section 3).
    Json,
    /// One JSON object per line, per finding and per input error.
    JsonLines,
    /// SARIF 2.1.0, for code-scanning dashboards.
    Sarif,
    /// JUnit XML: one test case per element and document.
    Junit,
    /// GitHub Actions workflow commands (annotations on pull requests).
    Github,
    /// GitLab Code Quality JSON.
    Gitlab,
    /// A review for people: one HTML page with the ToR's text, each finding
    /// marked in place, and what is missing with wording to paste.
    Html,
    /// A review for people: a Word document of the ToR with a comment on
    /// each finding's words.
    Docx,
}

/// A value as pretty-printed JSON ending with a newline, the shape of every
/// JSON document torlint writes.
#[must_use]
pub fn pretty_json<T: serde::Serialize>(value: &T) -> String {
    let mut text = serde_json::to_string_pretty(value)
        .unwrap_or_else(|err| format!("{{\"error\": \"cannot serialise: {err}\"}}"));
    text.push('\n');
    text
}

/// A value as pretty-printed JSON placed `depth` spaces deep in an
/// enclosing pretty-printed document: every line after the first indented,
/// so that a streamed document reads as if it had been printed whole.
///
/// # Errors
///
/// When the value cannot be serialised.
pub fn nested_json<T: serde::Serialize>(value: &T, depth: usize) -> io::Result<String> {
    let text = serde_json::to_string_pretty(value).map_err(io::Error::other)?;
    let indent = " ".repeat(depth);
    Ok(text.replace('\n', &format!("\n{indent}")))
}

/// The note quoting the mandate passage a finding departs from, in
/// `language`: the passage in the document's language first when the rules
/// translate it, then the original.
#[must_use]
pub fn mandate_note(mandate: &Mandate, quote: &MandateQuote, language: Language) -> String {
    match &quote.translation {
        Some(translation) => mandate.message(
            "mandate-note-translated",
            language,
            &[
                ("source", &quote.source),
                ("translation", &translation.text),
                ("text", &quote.text),
            ],
        ),
        None => mandate.message(
            "mandate-note",
            language,
            &[("source", &quote.source), ("text", &quote.text)],
        ),
    }
}

/// Escape text for HTML and XML, in content and in attribute values, and
/// drop the control characters XML 1.0 forbids.
#[must_use]
pub fn escape_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// How to render, beyond the format.
#[derive(Debug, Clone, Copy)]
pub struct RenderOptions<'a> {
    /// Language of messages (default: each document's).
    pub language: Option<Language>,
    /// Drawing style of human output.
    pub style: human::Style,
    /// No summary line.
    pub quiet: bool,
    /// Counts per element instead of findings (human output).
    pub statistics: bool,
    /// Where the rule reference is published, for help links.
    pub help_url: Option<&'a str>,
}

/// A format, written as the run goes: once before the first document, once
/// per document in input order, once after the last.
pub trait Renderer {
    /// Before the first document.
    ///
    /// # Errors
    ///
    /// When `out` cannot be written.
    fn begin(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }

    /// One document: its input errors and shown findings.
    ///
    /// # Errors
    ///
    /// When `out` cannot be written.
    fn document(&mut self, out: &mut dyn Write, document: &DocumentReport) -> io::Result<()>;

    /// After the last document, with the run's counts.
    ///
    /// # Errors
    ///
    /// When `out` cannot be written.
    fn end(&mut self, _out: &mut dyn Write, _summary: &Summary) -> io::Result<()> {
        Ok(())
    }
}

/// What a renderer for people is given: the rule data for its words, the
/// options, and the lowest severity shown.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The rule data, for messages and headings.
    pub mandate: &'a Mandate,
    /// How to render.
    pub options: RenderOptions<'a>,
    /// The lowest severity shown.
    pub min: Severity,
}

impl Context<'_> {
    /// The language `document` is reported in: `--lang`, else its own.
    #[must_use]
    pub fn language_for(&self, document: &DocumentReport) -> Language {
        self.options
            .language
            .or_else(|| document.meta.as_ref().map(|m| m.language))
            .unwrap_or_default()
    }
}

/// The renderer of `format`; findings below `min` are not shown.
#[must_use]
pub fn renderer<'a>(
    format: Format,
    mandate: &'a Mandate,
    options: RenderOptions<'a>,
    min: Severity,
) -> Box<dyn Renderer + 'a> {
    let language = options.language.unwrap_or_default();
    match format {
        Format::Human if options.statistics => {
            Box::new(statistics::Statistics::new(mandate, language, min))
        }
        Format::Human => Box::new(human::Human(Context {
            mandate,
            options,
            min,
        })),
        Format::Concise => Box::new(concise::Concise(Context {
            mandate,
            options,
            min,
        })),
        Format::Json => Box::new(json::Json::new(min)),
        Format::JsonLines => Box::new(json_lines::JsonLines::new(min)),
        Format::Sarif => Box::new(sarif::Sarif::new(mandate, options.help_url, min)),
        Format::Junit => Box::new(junit::Junit::new(mandate, min)),
        Format::Github => Box::new(github::Github::new(min)),
        Format::Gitlab => Box::new(gitlab::Gitlab::new(min)),
        Format::Html => Box::new(review::html::Html::new(Context {
            mandate,
            options,
            min,
        })),
        Format::Docx => Box::new(review::docx::Docx::new(Context {
            mandate,
            options,
            min,
        })),
    }
}

/// Write `report` in `format` to `out`.
///
/// # Errors
///
/// When `out` cannot be written.
pub fn render(
    format: Format,
    report: &RunReport,
    mandate: &Mandate,
    options: RenderOptions<'_>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut renderer = renderer(format, mandate, options, report.min_severity);
    renderer.begin(out)?;
    for document in &report.documents {
        renderer.document(out, document)?;
    }
    renderer.end(out, &report.summary())
}

/// One document's results.
#[derive(Debug, Clone)]
pub struct DocumentReport {
    /// The file as read.
    pub source: SourceFile,
    /// Its metadata, when it could be read.
    pub meta: Option<Meta>,
    /// What the checker concluded, when it could be read.
    pub evaluation: Option<Evaluation>,
    /// Input errors.
    pub errors: Vec<InputError>,
    /// Findings waived by the document's own suppression comments.
    pub suppressed: Vec<Suppressed>,
    /// Findings recorded in the baseline, not reported.
    pub baselined: usize,
    /// The lowest severity that fails the run for this document; `None`
    /// never fails on findings.
    pub fail_on: Option<Severity>,
    /// What reading the file set aside or assumed, said once to the user
    /// beside the report (a Word file's tracked changes read as accepted),
    /// one a line.
    pub notices: Vec<String>,
}

impl DocumentReport {
    /// A document that could not be read.
    #[must_use]
    pub fn failed(source: SourceFile, errors: Vec<InputError>) -> Self {
        Self {
            source,
            meta: None,
            evaluation: None,
            errors,
            suppressed: Vec::new(),
            baselined: 0,
            fail_on: Some(Severity::Error),
            notices: Vec::new(),
        }
    }

    /// Whether a finding reaches this document's failing severity.
    #[must_use]
    pub fn fails(&self) -> bool {
        self.fail_on
            .is_some_and(|threshold| self.findings().any(|f| f.severity <= threshold))
    }

    /// Every finding, shown or not.
    pub fn findings(&self) -> impl Iterator<Item = &Finding> {
        self.evaluation.iter().flat_map(|e| &e.findings)
    }
}

/// Counts over a whole run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Documents checked (readable or not).
    pub documents: usize,
    /// Error findings.
    pub errors: usize,
    /// Warning findings.
    pub warnings: usize,
    /// Note findings.
    pub notes: usize,
    /// Input errors.
    pub input_errors: usize,
    /// Findings waived by suppression comments.
    pub suppressed: usize,
    /// Findings recorded in the baseline.
    pub baselined: usize,
    /// Files found but not checked.
    pub skipped: Skipped,
    /// Whether a document's findings reach its failing severity.
    pub failing: bool,
}

impl Summary {
    /// Write the summary line in the report's language, unless `--quiet`.
    ///
    /// # Errors
    ///
    /// When `out` cannot be written.
    pub fn write_line(
        &self,
        out: &mut dyn Write,
        mandate: &Mandate,
        options: &RenderOptions<'_>,
    ) -> io::Result<()> {
        if options.quiet {
            return Ok(());
        }
        writeln!(
            out,
            "{}",
            self.line(mandate, options.language.unwrap_or_default())
        )
    }

    /// Count one more document.
    pub fn add(&mut self, document: &DocumentReport) {
        self.documents += 1;
        self.input_errors += document.errors.len();
        self.suppressed += document.suppressed.len();
        self.baselined += document.baselined;
        self.failing |= document.fails();
        for finding in document.findings() {
            match finding.severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
                Severity::Note => self.notes += 1,
            }
        }
    }

    /// The findings counted by severity: "1 erreur, 6 avertissements, 2 notes".
    #[must_use]
    pub fn findings(&self, mandate: &Mandate, language: Language) -> String {
        let count = |key: &str, n: usize| mandate.count(key, n, language);
        [
            count("count-error", self.errors),
            count("count-warning", self.warnings),
            count("count-note", self.notes),
        ]
        .join(", ")
    }

    /// The one-line count that closes human and concise output: every count
    /// that is not zero beyond the findings, worded in `language`.
    #[must_use]
    pub fn line(&self, mandate: &Mandate, language: Language) -> String {
        let count = |key: &str, n: usize| mandate.count(key, n, language);
        let mut findings = self.findings(mandate, language);
        for (key, n) in [
            ("count-input-error", self.input_errors),
            ("count-suppressed", self.suppressed),
            ("count-baselined", self.baselined),
        ] {
            if n > 0 {
                findings.push_str(", ");
                findings.push_str(&count(key, n));
            }
        }
        let mut line = mandate.message(
            "summary-line",
            language,
            &[
                ("documents", &count("count-document", self.documents)),
                ("findings", &findings),
            ],
        );
        for (key, n) in [
            ("summary-excluded", self.skipped.excluded),
            ("summary-unsupported", self.skipped.unsupported),
        ] {
            if n > 0 {
                let files = count("count-file", n);
                line.push_str("; ");
                line.push_str(&mandate.message(key, language, &[("files", &files)]));
            }
        }
        line
    }
}

/// Everything one run produced, in the order the files were given.
#[derive(Debug, Clone)]
pub struct RunReport {
    /// Per document.
    pub documents: Vec<DocumentReport>,
    /// The lowest severity shown; findings below it still count for the
    /// exit code and the summary.
    pub min_severity: Severity,
    /// Files found but not checked.
    pub skipped: Skipped,
}

impl RunReport {
    /// Counts of findings by severity, and of input errors.
    #[must_use]
    pub fn summary(&self) -> Summary {
        let mut summary = Summary {
            skipped: self.skipped,
            ..Summary::default()
        };
        for document in &self.documents {
            summary.add(document);
        }
        summary
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_escaped_and_forbidden_characters_dropped() {
        assert_eq!(
            escape_markup("<script>alert('x') & \"y\"</script>\u{1}"),
            "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;"
        );
    }
}
