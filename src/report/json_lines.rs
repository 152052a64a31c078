//! `--format json-lines`: one JSON object per finding and per input error,
//! one per line, for streaming into log tools.

use std::io::{self, Write};

use serde::Serialize;

use super::diagnostic::Subject;
use super::{DocumentReport, Renderer};
use crate::finding::{FindingKind, Severity};
use crate::source::Place;

#[derive(Serialize)]
struct Line<'a> {
    path: &'a str,
    rule: &'a str,
    kind: &'a str,
    severity: &'a str,
    message: &'a str,
    span: Option<Place>,
}

/// One JSON object per line.
pub struct JsonLines {
    min: Severity,
}

impl JsonLines {
    /// Lines for findings at or above `min`.
    #[must_use]
    pub fn new(min: Severity) -> Self {
        Self { min }
    }
}

impl Renderer for JsonLines {
    fn document(&mut self, out: &mut dyn Write, document: &DocumentReport) -> io::Result<()> {
        for d in document.diagnostics(self.min) {
            let kind = match d.subject {
                Subject::Input(_) => "input-error",
                Subject::Finding(finding) => match finding.kind {
                    FindingKind::Missing => "missing",
                    FindingKind::Partial => "partial",
                    FindingKind::Deviation => "deviation",
                    FindingKind::UnusedSuppression => "unused-suppression",
                    FindingKind::Placeholder => "placeholder",
                },
            };
            let line = Line {
                path: d.path(),
                rule: d.code(),
                kind,
                severity: d.severity().as_str(),
                message: d.message(),
                span: d.span.map(|span| d.source.place(span)),
            };
            serde_json::to_writer(&mut *out, &line).map_err(io::Error::other)?;
            writeln!(out)?;
        }
        Ok(())
    }
}
