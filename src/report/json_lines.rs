//! `--format json-lines`: one JSON object per finding and per input error,
//! one per line, for streaming into log tools.

use serde::Serialize;

use super::RunReport;
use crate::source::Location;

#[derive(Serialize)]
struct Line<'a> {
    path: &'a str,
    rule: &'a str,
    kind: &'a str,
    severity: &'a str,
    message: &'a str,
    span: Option<Location>,
}

/// Render the run as JSON lines.
#[must_use]
pub fn render(report: &RunReport) -> String {
    let mut out = String::new();
    for document in &report.documents {
        let path = document.source.name();
        let mut lines = Vec::new();
        for error in &document.errors {
            lines.push(Line {
                path,
                rule: error.kind.code(),
                kind: "input-error",
                severity: "error",
                message: &error.message,
                span: error.span.map(|s| document.source.locate(s)),
            });
        }
        for finding in report.shown(document) {
            lines.push(Line {
                path,
                rule: &finding.rule,
                kind: match finding.kind {
                    crate::finding::FindingKind::Missing => "missing",
                    crate::finding::FindingKind::Partial => "partial",
                    crate::finding::FindingKind::Deviation => "deviation",
                    crate::finding::FindingKind::UnusedSuppression => "unused-suppression",
                },
                severity: finding.severity.as_str(),
                message: &finding.message,
                span: Some(document.source.locate(finding.target())),
            });
        }
        for line in lines {
            if let Ok(text) = serde_json::to_string(&line) {
                out.push_str(&text);
                out.push('\n');
            }
        }
    }
    out
}
