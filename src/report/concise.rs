//! `--format concise`: one line per finding, `path:line:col: severity[id]
//! message`, as compilers and ruff print them; easy to grep and to diff.

use std::fmt::Write as _;

use super::RunReport;
use crate::mandate::Mandate;
use crate::model::Language;

/// Render the run, one line per finding or input error.
#[must_use]
pub fn render(report: &RunReport, quiet: bool, mandate: &Mandate, language: Language) -> String {
    let mut out = String::new();
    for document in &report.documents {
        let path = document.source.name();
        for error in &document.errors {
            let (line, column) = error.span.map_or((1, 1), |s| {
                let at = document.source.locate(s);
                (at.line, at.column)
            });
            let _ = writeln!(
                out,
                "{path}:{line}:{column}: error[{}] {}",
                error.kind.code(),
                error.message
            );
        }
        for finding in report.shown(document) {
            let at = document.source.locate(finding.target());
            let _ = writeln!(
                out,
                "{path}:{}:{}: {}[{}] {}",
                at.line,
                at.column,
                finding.severity.as_str(),
                finding.rule,
                finding.message
            );
        }
    }
    if !quiet {
        let _ = writeln!(out, "{}", report.summary().line(mandate, language));
    }
    out
}
