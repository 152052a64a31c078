//! `--format sarif`: SARIF 2.1.0 for code-scanning dashboards (GitHub code
//! scanning, Azure DevOps). Hand-written types for the subset torlint emits;
//! a test validates the output against the official schema.

use serde::Serialize;

use super::RunReport;
use crate::finding::Severity;
use crate::mandate::{Mandate, localized};
use crate::model::Language;
use crate::source::{SourceFile, Span};

/// The help link of a rule when no `help-url` is configured: a URN that
/// names the rule (`torlint explain ID` prints its documentation).
const RULE_URN: &str = "urn:torlint:rule:";

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool<'a>,
    results: Vec<SarifResult>,
}

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

/// Render the run as a SARIF log.
#[must_use]
#[expect(
    clippy::too_many_lines,
    reason = "the SARIF document is one nested value; splitting it would scatter the schema"
)]
pub fn render(report: &RunReport, mandate: &Mandate, help_url: Option<&str>) -> String {
    let rules = mandate
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
                    localized(&e.suggestion, Language::En)
                ),
            },
            default_configuration: Configuration {
                level: level(Severity::from_level(e.level)),
            },
        })
        .collect();
    let mut results = Vec::new();
    for document in &report.documents {
        for error in &document.errors {
            results.push(SarifResult {
                rule_id: error.kind.code().to_string(),
                level: "error",
                message: Text {
                    text: error.message.clone(),
                },
                locations: vec![Location {
                    id: None,
                    physical_location: Some(physical(
                        &document.source,
                        error.span.unwrap_or_default(),
                    )),
                    message: None,
                }],
                related_locations: Vec::new(),
            });
        }
        for finding in report.shown(document) {
            let mut related: Vec<Location> = finding
                .related
                .iter()
                .enumerate()
                .map(|(i, r)| Location {
                    id: Some(i + 1),
                    physical_location: Some(physical(&document.source, r.span)),
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
                        text: format!("Global mandate ({}): {}", quote.source, quote.text),
                    }),
                });
            }
            results.push(SarifResult {
                rule_id: finding.rule.clone(),
                level: level(finding.severity),
                message: Text {
                    text: finding.message.clone(),
                },
                locations: vec![Location {
                    id: None,
                    physical_location: Some(physical(&document.source, finding.target())),
                    message: None,
                }],
                related_locations: related,
            });
        }
    }
    let log = Log {
        schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "torlint",
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    rules,
                },
            },
            results,
        }],
    };
    super::pretty_json(&log)
}
