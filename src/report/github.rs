//! `--format github`: GitHub Actions workflow commands, which become
//! annotations on the pull request's changed files.

use std::io::{self, Write};

use super::diagnostic::Subject;
use super::{DocumentReport, Renderer, Summary};
use crate::finding::Severity;
use crate::mandate::Mandate;
use crate::model::Language;

/// Escape a message (`%`, CR, LF).
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escape a property value (also `:` and `,`).
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

/// One annotation, before it is written.
struct Annotation {
    /// Also the order annotations are written in.
    severity: Severity,
    line: String,
}

/// The run as workflow commands, errors first, then warnings, then notices
/// (in document order within each): GitHub shows only the first ten of
/// each kind per step, so those should be the ones that matter. The
/// annotations are therefore kept until the end.
pub struct Github {
    min: Severity,
    annotations: Vec<Annotation>,
}

impl Github {
    /// Annotations for findings at or above `min`.
    #[must_use]
    pub fn new(min: Severity) -> Self {
        Self {
            min,
            annotations: Vec::new(),
        }
    }
}

impl Renderer for Github {
    fn document(&mut self, _out: &mut dyn Write, document: &DocumentReport) -> io::Result<()> {
        for d in document.diagnostics(self.min) {
            let file = property(d.path());
            let title = property(d.code());
            let message = data(d.message());
            let (start, end) = (d.start, d.end);
            let line = match d.subject {
                Subject::Input(_) => format!(
                    "::error file={file},line={},col={},title={title}::{message}",
                    start.line, start.column
                ),
                Subject::Finding(_) => format!(
                    "::{} file={file},line={},col={},endLine={},endColumn={},title={title}::{message}",
                    command(d.severity()),
                    start.line,
                    start.column,
                    end.line,
                    end.column
                ),
            };
            self.annotations.push(Annotation {
                severity: d.severity(),
                line,
            });
        }
        Ok(())
    }

    fn end(&mut self, out: &mut dyn Write, _summary: &Summary) -> io::Result<()> {
        self.annotations.sort_by_key(|a| a.severity);
        for annotation in &self.annotations {
            writeln!(out, "{}", annotation.line)?;
        }
        Ok(())
    }
}

/// The workflow command of a severity.
fn command(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "notice",
    }
}

/// A Markdown table for `$GITHUB_STEP_SUMMARY`: one row per document with
/// its counts, then the run's summary line.
pub struct StepSummary<'a> {
    mandate: &'a Mandate,
    language: Language,
}

impl<'a> StepSummary<'a> {
    /// The table, its summary line worded in `language`.
    #[must_use]
    pub fn new(mandate: &'a Mandate, language: Language) -> Self {
        Self { mandate, language }
    }
}

impl Renderer for StepSummary<'_> {
    fn begin(&mut self, out: &mut dyn Write) -> io::Result<()> {
        writeln!(
            out,
            "## torlint\n\n| Document | Errors | Warnings | Notes | Input errors |\n|---|---:|---:|---:|---:|"
        )
    }

    fn document(&mut self, out: &mut dyn Write, document: &DocumentReport) -> io::Result<()> {
        let count = |severity: Severity| {
            document
                .findings()
                .filter(|f| f.severity == severity)
                .count()
        };
        writeln!(
            out,
            "| `{}` | {} | {} | {} | {} |",
            document.source.name().replace('|', "\\|").replace('`', "'"),
            count(Severity::Error),
            count(Severity::Warning),
            count(Severity::Note),
            document.errors.len()
        )
    }

    fn end(&mut self, out: &mut dyn Write, summary: &Summary) -> io::Result<()> {
        writeln!(out, "\n{}\n", summary.line(self.mandate, self.language))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_follow_the_workflow_command_rules() {
        assert_eq!(data("50% done\nnext"), "50%25 done%0Anext");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
    }
}
