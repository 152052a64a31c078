//! `--format github`: GitHub Actions workflow commands, which become
//! annotations on the pull request's changed files.

use std::fmt::Write as _;

use super::RunReport;
use crate::finding::Severity;

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

/// Render the run as workflow commands.
#[must_use]
pub fn render(report: &RunReport) -> String {
    let mut out = String::new();
    for document in &report.documents {
        let file = property(document.source.name());
        for error in &document.errors {
            let (line, col) = error.span.map_or((1, 1), |s| {
                let at = document.source.locate(s);
                (at.line, at.column)
            });
            let _ = writeln!(
                out,
                "::error file={file},line={line},col={col},title={}::{}",
                property(error.kind.code()),
                data(&error.message)
            );
        }
        for finding in report.shown(document) {
            let start = document.source.locate(finding.span);
            let end = document
                .source
                .locate(crate::source::Span::new(finding.span.end, finding.span.end));
            let command = match finding.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Note => "notice",
            };
            let _ = writeln!(
                out,
                "::{command} file={file},line={},col={},endLine={},endColumn={},title={}::{}",
                start.line,
                start.column,
                end.line,
                end.column,
                property(&finding.rule),
                data(&finding.message)
            );
        }
    }
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
