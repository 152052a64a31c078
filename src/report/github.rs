//! `--format github`: GitHub Actions workflow commands, which become
//! annotations on the pull request's changed files.

use std::fmt::Write as _;

use super::RunReport;
use crate::finding::Severity;
use crate::mandate::Mandate;
use crate::model::Language;
use crate::source::Span;

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
    /// `error`, `warning` or `notice`; also the order they are written in.
    rank: u8,
    line: String,
}

/// Render the run as workflow commands, errors first, then warnings, then
/// notices (in document order within each): GitHub shows only the first ten
/// of each kind per step, so those should be the ones that matter.
#[must_use]
pub fn render(report: &RunReport) -> String {
    let mut annotations = Vec::new();
    for document in &report.documents {
        let file = property(document.source.name());
        for error in &document.errors {
            let (line, col) = error.span.map_or((1, 1), |s| {
                let at = document.source.locate(s);
                (at.line, at.column)
            });
            annotations.push(Annotation {
                rank: 0,
                line: format!(
                    "::error file={file},line={line},col={col},title={}::{}",
                    property(error.kind.code()),
                    data(&error.message)
                ),
            });
        }
        for finding in report.shown(document) {
            let target = finding.target();
            let start = document.source.locate(target);
            let end = document.source.locate(Span::new(target.end, target.end));
            let (rank, command) = match finding.severity {
                Severity::Error => (0, "error"),
                Severity::Warning => (1, "warning"),
                Severity::Note => (2, "notice"),
            };
            annotations.push(Annotation {
                rank,
                line: format!(
                    "::{command} file={file},line={},col={},endLine={},endColumn={},title={}::{}",
                    start.line,
                    start.column,
                    end.line,
                    end.column,
                    property(&finding.rule),
                    data(&finding.message)
                ),
            });
        }
    }
    annotations.sort_by_key(|a| a.rank);
    let mut out = String::new();
    for annotation in annotations {
        out.push_str(&annotation.line);
        out.push('\n');
    }
    out
}

/// A Markdown table for `$GITHUB_STEP_SUMMARY`: one row per document with
/// its counts, then the run's summary line.
#[must_use]
pub fn step_summary(report: &RunReport, mandate: &Mandate, language: Language) -> String {
    let mut out = String::from(
        "## torlint\n\n| Document | Errors | Warnings | Notes | Input errors |\n|---|---:|---:|---:|---:|\n",
    );
    for document in &report.documents {
        let count = |severity: Severity| {
            document
                .findings()
                .filter(|f| f.severity == severity)
                .count()
        };
        let _ = writeln!(
            out,
            "| `{}` | {} | {} | {} | {} |",
            document.source.name().replace('|', "\\|").replace('`', "'"),
            count(Severity::Error),
            count(Severity::Warning),
            count(Severity::Note),
            document.errors.len()
        );
    }
    let _ = writeln!(out, "\n{}\n", report.summary().line(mandate, language));
    out
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
