//! The located-diagnostic stream: every renderer reads a document's input
//! errors and shown findings through this one iterator, each with its place
//! in the file already resolved, so no format repeats the "errors, then
//! findings, locate each" walk or resolves a place its own way.

use crate::error::InputError;
use crate::finding::{Finding, Severity};
use crate::source::{Location, SourceFile, Span};

use super::DocumentReport;

/// What a diagnostic reports.
#[derive(Debug, Clone, Copy)]
pub enum Subject<'a> {
    /// The file could not be read (or read whole).
    Input(&'a InputError),
    /// A finding at or above the run's lowest shown severity.
    Finding(&'a Finding),
}

/// One input error or shown finding of a document, with where it points.
#[derive(Debug, Clone, Copy)]
pub struct Diagnostic<'a> {
    /// The file it is about.
    pub source: &'a SourceFile,
    /// What it reports.
    pub subject: Subject<'a>,
    /// The bytes it points at; `None` for an input error without a place.
    pub span: Option<Span>,
    /// Line and column of the span's first character (1:1 without a span).
    pub start: Location,
    /// Line and column just past the span's last character.
    pub end: Location,
}

impl<'a> Diagnostic<'a> {
    fn new(source: &'a SourceFile, subject: Subject<'a>, span: Option<Span>) -> Self {
        let place = span.unwrap_or_default();
        Self {
            source,
            subject,
            span,
            start: source.locate(place),
            end: source.locate(Span::new(place.end, place.end)),
        }
    }

    /// The file's name as given.
    #[must_use]
    pub fn path(&self) -> &'a str {
        self.source.name()
    }

    /// The element id of a finding, the error code of an input error.
    #[must_use]
    pub fn code(&self) -> &'a str {
        match self.subject {
            Subject::Input(error) => error.kind.code(),
            Subject::Finding(finding) => &finding.rule,
        }
    }

    /// How serious: an input error is always an error.
    #[must_use]
    pub fn severity(&self) -> Severity {
        match self.subject {
            Subject::Input(_) => Severity::Error,
            Subject::Finding(finding) => finding.severity,
        }
    }

    /// One sentence.
    #[must_use]
    pub fn message(&self) -> &'a str {
        match self.subject {
            Subject::Input(error) => &error.message,
            Subject::Finding(finding) => &finding.message,
        }
    }

    /// The finding, when this is one.
    #[must_use]
    pub fn finding(&self) -> Option<&'a Finding> {
        match self.subject {
            Subject::Finding(finding) => Some(finding),
            Subject::Input(_) => None,
        }
    }
}

impl DocumentReport {
    /// The findings at or above `min` (the most serious is the smallest).
    pub fn shown(&self, min: Severity) -> impl Iterator<Item = &Finding> {
        self.findings().filter(move |f| f.severity <= min)
    }

    /// The document's input errors, then its findings at or above `min`,
    /// each located.
    pub fn diagnostics(&self, min: Severity) -> impl Iterator<Item = Diagnostic<'_>> {
        let source = &self.source;
        let errors = self
            .errors
            .iter()
            .map(move |e| Diagnostic::new(source, Subject::Input(e), e.span));
        let findings = self
            .shown(min)
            .map(move |f| Diagnostic::new(source, Subject::Finding(f), Some(f.target())));
        errors.chain(findings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::InputErrorKind;
    use crate::finding::FindingKind;

    fn finding(severity: Severity, span: Span) -> Finding {
        Finding {
            rule: "secretariat.holder".into(),
            kind: FindingKind::Missing,
            severity,
            message: "m".into(),
            label: String::new(),
            help: String::new(),
            suggestion: String::new(),
            span,
            focus: None,
            related: Vec::new(),
            mandate: None,
        }
    }

    #[test]
    fn errors_come_first_then_shown_findings_each_located() {
        let source = SourceFile::new("t.md", "# T\n\nLe secrétariat.\n");
        let evaluation = crate::finding::Evaluation {
            elements: Vec::new(),
            findings: vec![
                finding(Severity::Note, Span::new(5, 8)),
                finding(Severity::Error, Span::new(8, 20)),
            ],
        };
        let mut document = DocumentReport::failed(
            source,
            vec![InputError::new(InputErrorKind::MalformedYaml, "bad", None)],
        );
        document.evaluation = Some(evaluation);
        let shown: Vec<_> = document.diagnostics(Severity::Warning).collect();
        assert_eq!(shown.len(), 2);
        assert_eq!(shown[0].code(), InputErrorKind::MalformedYaml.code());
        assert_eq!((shown[0].start.line, shown[0].start.column), (1, 1));
        assert!(shown[0].span.is_none());
        assert_eq!(shown[1].severity(), Severity::Error);
        assert_eq!((shown[1].start.line, shown[1].start.column), (3, 4));
        assert_eq!((shown[1].end.line, shown[1].end.column), (3, 15));
    }
}
