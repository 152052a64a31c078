//! What the checker concludes: a status per element and findings worth
//! telling a person, independent of any output format.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::mandate::Level;
use crate::source::Span;

/// How an element stands in one document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// A clause says it.
    Covered,
    /// A clause says part of it.
    Partial,
    /// A clause addresses it but contradicts the mandate.
    Deviation,
    /// Nothing addresses it.
    Missing,
    /// Outside the document's scope, or moot.
    NotApplicable,
}

impl Status {
    /// The JSON spelling.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Covered => "covered",
            Status::Partial => "partial",
            Status::Deviation => "deviation",
            Status::Missing => "missing",
            Status::NotApplicable => "not-applicable",
        }
    }
}

/// How serious a finding is (`--min-severity` shows this one and above).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// Fails the run by default.
    Error,
    /// Should be fixed.
    Warning,
    /// Worth knowing.
    Note,
}

impl Severity {
    /// The default severity for an element's level.
    #[must_use]
    pub fn from_level(level: Level) -> Self {
        match level {
            Level::Required => Severity::Error,
            Level::Recommended => Severity::Warning,
            Level::Practice => Severity::Note,
        }
    }

    /// The JSON spelling.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

/// What a finding reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingKind {
    /// Nothing addresses the element.
    Missing,
    /// Only part of the element is stated.
    Partial,
    /// A clause contradicts the mandate.
    Deviation,
    /// A suppression comment that matches no finding.
    UnusedSuppression,
    /// A template's placeholder left unfilled.
    Placeholder,
}

/// A secondary place in the document that a finding points at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Related {
    /// What this place shows.
    pub message: String,
    /// Where.
    pub span: Span,
}

/// The passage of the global mandate a finding departs from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MandateQuote {
    /// Where it comes from ("003 § Secrétariat").
    pub source: String,
    /// The passage, in the mandate's own language (French).
    pub text: String,
    /// The passage translated into the document's language, when the rules
    /// give a translation into it.
    pub translation: Option<Translation>,
}

/// A mandate passage translated for the document's reader.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Translation {
    /// The language it is translated into.
    pub language: crate::model::Language,
    /// The translated passage.
    pub text: String,
}

/// One gap, deviation or inconsistency, with everything needed to show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Element id.
    pub rule: String,
    /// What it reports.
    pub kind: FindingKind,
    /// How serious.
    pub severity: Severity,
    /// One sentence.
    pub message: String,
    /// The clause, or the heading where something is missing.
    pub span: Span,
    /// The exact words within the clause, when the finding is about some.
    pub focus: Option<Span>,
    /// Short text for the label on the primary span.
    pub label: String,
    /// What to do, with suggested wording.
    pub help: String,
    /// Ready-to-paste wording.
    pub suggestion: String,
    /// Other places in the document.
    pub related: Vec<Related>,
    /// The mandate text departed from (none for findings about torlint's
    /// own directives).
    pub mandate: Option<MandateQuote>,
}

impl Finding {
    /// A warning about the document itself rather than a mandate element
    /// (an unused suppression, a placeholder left): `rule` names it, at
    /// `span`, with no suggested wording and no mandate text.
    #[must_use]
    pub fn warning(
        rule: &str,
        kind: FindingKind,
        span: Span,
        message: String,
        label: String,
        help: String,
    ) -> Self {
        Self {
            rule: rule.to_string(),
            kind,
            severity: Severity::Warning,
            message,
            span,
            focus: None,
            label,
            help,
            suggestion: String::new(),
            related: Vec::new(),
            mandate: None,
        }
    }

    /// Where the finding is: the exact words when it is about some, else
    /// the clause or heading. Every format locates a finding here.
    #[must_use]
    pub fn target(&self) -> Span {
        self.focus.unwrap_or(self.span)
    }
}

/// An element's verdict in one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ElementResult {
    /// Element id.
    pub id: String,
    /// Section id.
    pub section: String,
    /// Level.
    pub level: Level,
    /// Status.
    pub status: Status,
    /// Spans of the clauses that address it.
    pub clauses: Vec<Span>,
    /// A short explanation (the deviation, the missing items, the facts).
    pub detail: Option<String>,
    /// Facts extracted for comparison reports.
    pub facts: BTreeMap<String, String>,
}

/// Everything the checker concluded about one document.
#[derive(Debug, Clone, Default)]
pub struct Evaluation {
    /// One per applicable element, in catalogue order.
    pub elements: Vec<ElementResult>,
    /// Findings, in document order.
    pub findings: Vec<Finding>,
}
