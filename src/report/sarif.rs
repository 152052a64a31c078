//! `--format sarif`: SARIF 2.1.0 for code-scanning dashboards (GitHub code
//! scanning, Azure DevOps). Hand-written types for the subset torlint emits;
//! a test validates the output against the official schema.

use std::io::{self, Write};

use serde::Serialize;

use super::diagnostic::Diagnostic;
use super::{DocumentReport, Renderer, Summary, nested_json};
use crate::finding::Severity;
use crate::mandate::{Mandate, localized};
use crate::model::Language;
use crate::source::{SourceFile, Span};

/// The help link of a rule when no `help-url` is configured: a URN that
/// names the rule (`torlint explain ID` prints its documentation).
const RULE_URN: &str = "urn:torlint:rule:";

/// Where the SARIF 2.1.0 schema is published.
const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Tool<'a> {
    driver: Driver<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver<'a> {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    rules: Vec<Rule<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Text {
    text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule<'a> {
    id: &'a str,
    short_description: Text,
    full_description: Text,
    help_uri: String,
    help: Text,
    default_configuration: Configuration,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: String,
    level: &'static str,
    message: Text,
    locations: Vec<Location>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Location>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
#[allow(
    clippy::struct_field_names,
    reason = "SARIF names the field physicalLocation"
)]
struct Location {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    physical_location: Option<PhysicalLocation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: Region,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
    byte_offset: usize,
    byte_length: usize,
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

fn physical(source: &SourceFile, span: Span) -> PhysicalLocation {
    let start = source.locate(span);
    let end = source.locate(Span::new(span.end, span.end));
    let path = source.name();
    PhysicalLocation {
        artifact_location: ArtifactLocation {
            uri: path.strip_prefix("./").unwrap_or(path).replace('\\', "/"),
        },
        region: Region {
            start_line: start.line,
            start_column: start.column,
            end_line: end.line,
            end_column: end.column,
            byte_offset: span.start,
            byte_length: span.len(),
        },
    }
}

/// The anchor GitHub gives the heading "### `id`" in docs/rules.md.
fn anchor(id: &str) -> String {
    id.chars()
        .filter(|c| c.is_alphanumeric() || *c == '-')
        .collect()
}

/// The rule metadata of every element, for the driver.
fn rules<'a>(mandate: &'a Mandate, help_url: Option<&str>) -> Vec<Rule<'a>> {
    mandate
        .elements
        .iter()
        .map(|e| Rule {
            id: &e.id,
            short_description: Text {
                text: localized(&e.summary, Language::En).to_string(),
            },
            full_description: Text {
                text: localized(&e.why, Language::En).to_string(),
            },
            help_uri: match help_url {
                Some(base) => format!("{base}#{}", anchor(&e.id)),
                None => format!("{RULE_URN}{}", e.id),
            },
            help: Text {
                text: format!(
                    "{} Suggested wording: {}",
                    localized(&e.help, Language::En),
                    mandate.suggestion(e, Language::En, None)
                ),
            },
            default_configuration: Configuration {
                level: level(Severity::from_level(e.level)),
            },
        })
        .collect()
}

/// One result: an input error or a finding, with the finding's other places
/// and the mandate passage as related locations.
fn result(d: &Diagnostic<'_>) -> SarifResult {
    let related = d.finding().map_or_else(Vec::new, |finding| {
        let mut related: Vec<Location> = finding
            .related
            .iter()
            .enumerate()
            .map(|(i, r)| Location {
                id: Some(i + 1),
                physical_location: Some(physical(d.source, r.span)),
                message: Some(Text {
                    text: r.message.clone(),
                }),
            })
            .collect();
        if let Some(quote) = &finding.mandate {
            related.push(Location {
                id: Some(related.len() + 1),
                physical_location: None,
                message: Some(Text {
                    text: match &quote.translation {
                        Some(translation) => format!(
                            "Global mandate ({}), translated from the French: {} (original: {})",
                            quote.source, translation.text, quote.text
                        ),
                        None => format!("Global mandate ({}): {}", quote.source, quote.text),
                    },
                }),
            });
        }
        related
    });
    SarifResult {
        rule_id: d.code().to_string(),
        level: level(d.severity()),
        message: Text {
            text: d.message().to_string(),
        },
        locations: vec![Location {
            id: None,
            physical_location: Some(physical(d.source, d.span.unwrap_or_default())),
            message: None,
        }],
        related_locations: related,
    }
}

/// A SARIF log with one run, its results written as the documents come.
pub struct Sarif<'a> {
    mandate: &'a Mandate,
    help_url: Option<&'a str>,
    min: Severity,
    results: usize,
}

impl<'a> Sarif<'a> {
    /// A log whose rules link to `help_url` (or a `urn:`), with results for
    /// findings at or above `min`.
    #[must_use]
    pub fn new(mandate: &'a Mandate, help_url: Option<&'a str>, min: Severity) -> Self {
        Self {
            mandate,
            help_url,
            min,
            results: 0,
        }
    }
}

impl Renderer for Sarif<'_> {
    fn begin(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let tool = Tool {
            driver: Driver {
                name: "torlint",
                version: env!("CARGO_PKG_VERSION"),
                semantic_version: env!("CARGO_PKG_VERSION"),
                rules: rules(self.mandate, self.help_url),
            },
        };
        write!(
            out,
            "{{\n  \"$schema\": \"{SCHEMA}\",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {{\n      \"tool\": {},\n      \"results\": [",
            nested_json(&tool, 6)?
        )
    }

    fn document(&mut self, out: &mut dyn Write, document: &DocumentReport) -> io::Result<()> {
        for d in document.diagnostics(self.min) {
            let separator = if self.results == 0 { "" } else { "," };
            self.results += 1;
            write!(out, "{separator}\n        {}", nested_json(&result(&d), 8)?)?;
        }
        Ok(())
    }

    fn end(&mut self, out: &mut dyn Write, _summary: &Summary) -> io::Result<()> {
        let close = if self.results == 0 { "]" } else { "\n      ]" };
        writeln!(out, "{close}\n    }}\n  ]\n}}")
    }
}
