//! `--format json`: the stable, versioned contract of interfaces.md section 3.
//!
//! The wire types are spelled out here rather than derived from the engine's
//! types, so that internal changes cannot change the contract by accident.
//! `schemas/output.v1.schema.json` describes the same shape and a test checks
//! real output against it.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;

use super::{DocumentReport, Renderer, Summary, nested_json};
use crate::finding::{ElementResult, Finding, Severity};
use crate::mandate::Level;
use crate::source::{Place, SourceFile, Span};

/// Version of this JSON shape; bumped on any incompatible change.
pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct JsonDocument<'a> {
    path: &'a str,
    meta: BTreeMap<String, serde_json::Value>,
    elements: Vec<JsonElement<'a>>,
    findings: Vec<JsonFinding<'a>>,
    suppressed: Vec<JsonSuppressed<'a>>,
    errors: Vec<JsonError<'a>>,
}

#[derive(Serialize)]
struct JsonSuppressed<'a> {
    rule: &'a str,
    reason: &'a str,
    span: Place,
}

#[derive(Serialize)]
struct JsonElement<'a> {
    id: &'a str,
    section: &'a str,
    level: &'static str,
    status: &'static str,
    clauses: Vec<Place>,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<&'a str>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    facts: &'a BTreeMap<String, String>,
}

#[derive(Serialize)]
struct JsonRelated<'a> {
    message: &'a str,
    span: Place,
}

#[derive(Serialize)]
struct JsonMandate<'a> {
    source: &'a str,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    translation: Option<&'a crate::finding::Translation>,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    rule: &'a str,
    kind: crate::finding::FindingKind,
    severity: &'static str,
    message: &'a str,
    help: &'a str,
    suggestion: &'a str,
    span: Place,
    #[serde(skip_serializing_if = "Option::is_none")]
    focus: Option<Place>,
    related: Vec<JsonRelated<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    mandate: Option<JsonMandate<'a>>,
}

#[derive(Serialize)]
struct JsonError<'a> {
    code: &'static str,
    message: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    help: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    span: Option<Place>,
}

#[derive(Serialize)]
struct JsonSummary {
    documents: usize,
    errors: usize,
    warnings: usize,
    notes: usize,
    input_errors: usize,
    suppressed: usize,
    baselined: usize,
    skipped: usize,
}

/// The level's spelling in rule files and JSON.
#[must_use]
pub fn level_str(level: Level) -> &'static str {
    match level {
        Level::Required => "required",
        Level::Recommended => "recommended",
        Level::Practice => "practice",
    }
}

fn element<'a>(source: &SourceFile, e: &'a ElementResult) -> JsonElement<'a> {
    JsonElement {
        id: &e.id,
        section: &e.section,
        level: level_str(e.level),
        status: e.status.as_str(),
        clauses: e.clauses.iter().map(|s| source.place(*s)).collect(),
        detail: e.detail.as_deref(),
        facts: &e.facts,
    }
}

fn finding<'a>(source: &SourceFile, f: &'a Finding) -> JsonFinding<'a> {
    let at = |span: Span| source.place(span);
    JsonFinding {
        rule: &f.rule,
        kind: f.kind,
        severity: f.severity.as_str(),
        message: &f.message,
        help: &f.help,
        suggestion: &f.suggestion,
        span: at(f.span),
        focus: f.focus.map(at),
        related: f
            .related
            .iter()
            .map(|r| JsonRelated {
                message: &r.message,
                span: at(r.span),
            })
            .collect(),
        mandate: f.mandate.as_ref().map(|m| JsonMandate {
            source: &m.source,
            text: &m.text,
            translation: m.translation.as_ref(),
        }),
    }
}

fn document(min: Severity, d: &DocumentReport) -> JsonDocument<'_> {
    let mut meta: BTreeMap<String, serde_json::Value> = BTreeMap::new();
    if let Some(m) = &d.meta {
        for (key, value) in &m.raw {
            meta.insert(key.clone(), value.value.clone());
        }
        meta.insert("scope".into(), m.scope.as_str().into());
        meta.insert("language".into(), m.language.as_str().into());
    }
    JsonDocument {
        path: d.source.name(),
        meta,
        elements: d
            .evaluation
            .iter()
            .flat_map(|e| &e.elements)
            .map(|e| element(&d.source, e))
            .collect(),
        findings: d.shown(min).map(|f| finding(&d.source, f)).collect(),
        suppressed: d
            .suppressed
            .iter()
            .map(|s| JsonSuppressed {
                rule: &s.finding.rule,
                reason: &s.reason,
                span: d.source.place(s.finding.span),
            })
            .collect(),
        errors: d
            .errors
            .iter()
            .map(|e| JsonError {
                code: e.kind.code(),
                message: &e.message,
                help: e.help.as_deref(),
                span: e.span.map(|s| d.source.place(s)),
            })
            .collect(),
    }
}

/// The run as one JSON object, pretty-printed and newline-terminated,
/// written a document at a time: byte for byte what printing the whole
/// object at once would give.
pub struct Json {
    min: Severity,
    documents: usize,
}

impl Json {
    /// The object, with findings at or above `min`.
    #[must_use]
    pub fn new(min: Severity) -> Self {
        Self { min, documents: 0 }
    }
}

impl Renderer for Json {
    fn begin(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let tool = Tool {
            name: "torlint",
            version: env!("CARGO_PKG_VERSION"),
        };
        write!(
            out,
            "{{\n  \"version\": {VERSION},\n  \"tool\": {},\n  \"documents\": [",
            nested_json(&tool, 2)?
        )
    }

    fn document(&mut self, out: &mut dyn Write, d: &DocumentReport) -> io::Result<()> {
        let separator = if self.documents == 0 { "" } else { "," };
        self.documents += 1;
        write!(
            out,
            "{separator}\n    {}",
            nested_json(&document(self.min, d), 4)?
        )
    }

    fn end(&mut self, out: &mut dyn Write, s: &Summary) -> io::Result<()> {
        let summary = JsonSummary {
            documents: s.documents,
            errors: s.errors,
            warnings: s.warnings,
            notes: s.notes,
            input_errors: s.input_errors,
            suppressed: s.suppressed,
            baselined: s.baselined,
            skipped: s.skipped.total(),
        };
        let close = if self.documents == 0 { "]" } else { "\n  ]" };
        writeln!(
            out,
            "{close},\n  \"summary\": {}\n}}",
            nested_json(&summary, 2)?
        )
    }
}
