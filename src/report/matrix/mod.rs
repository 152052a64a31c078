//! `torlint compare`: one country-by-element matrix built from a run, with
//! the arrangements each ToR makes (facts) and coverage scores, rendered as
//! HTML, Markdown, CSV or JSON.

pub mod csv;
pub mod html;
pub mod markdown;

use std::collections::BTreeMap;

use clap::ValueEnum;
use serde::Serialize;

use super::DocumentReport;
use crate::finding::Status;
use crate::mandate::{Level, Mandate, localized};
use crate::model::Language;

/// Output formats of `torlint compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompareFormat {
    /// One self-contained HTML page.
    Html,
    /// GitHub-flavoured Markdown tables, for a pull-request comment.
    Markdown,
    /// One CSV row per document and element.
    Csv,
    /// One CSV row per document and arrangement (fact).
    FactsCsv,
    /// The matrix model as JSON.
    Json,
}

/// How coverage weighs an element's level.
#[must_use]
pub fn weight(level: Level) -> f64 {
    match level {
        Level::Required => 3.0,
        Level::Recommended => 2.0,
        Level::Practice => 1.0,
    }
}

/// How much a status counts towards coverage, or `None` when left out.
#[must_use]
pub fn credit(status: Status) -> Option<f64> {
    match status {
        Status::Covered => Some(1.0),
        Status::Partial => Some(0.5),
        Status::Deviation | Status::Missing => Some(0.0),
        Status::NotApplicable => None,
    }
}

/// One document: a column of the matrix.
#[derive(Debug, Clone, Serialize)]
pub struct Column {
    /// Country, region, or file name.
    pub label: String,
    /// The path as given.
    pub path: String,
    /// The document's scope, when it could be read.
    pub scope: Option<String>,
    /// Why it could not be checked, if it could not.
    pub error: Option<String>,
    /// Weighted coverage in percent.
    pub coverage: Option<f64>,
}

/// One element in one document.
#[derive(Debug, Clone, Serialize)]
pub struct Cell {
    /// Status, or `None` when the document could not be read.
    pub status: Option<Status>,
    /// The finding's message, when there is one.
    pub message: Option<String>,
    /// The first clause that addresses the element.
    pub clause: Option<String>,
    /// Its line.
    pub line: Option<usize>,
}

/// One element: a row of the matrix.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// Element id.
    pub id: String,
    /// Level.
    pub level: &'static str,
    /// What a compliant ToR says.
    pub summary: String,
    /// One cell per column.
    pub cells: Vec<Cell>,
    /// Weighted coverage across the documents it applies to, in percent.
    pub coverage: Option<f64>,
}

/// The rows of one section.
#[derive(Debug, Clone, Serialize)]
pub struct SectionRows {
    /// Section id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Rows in catalogue order.
    pub rows: Vec<Row>,
}

/// One arrangement across documents.
#[derive(Debug, Clone, Serialize)]
pub struct FactRow {
    /// Fact name.
    pub name: String,
    /// Display label.
    pub label: String,
    /// One value per column (`None`: not stated or not read).
    pub values: Vec<Option<String>>,
}

/// The whole comparison.
#[derive(Debug, Clone, Serialize)]
pub struct Matrix {
    /// Language of labels.
    pub language: Language,
    /// Documents.
    pub columns: Vec<Column>,
    /// Elements by section.
    pub sections: Vec<SectionRows>,
    /// Arrangements.
    pub facts: Vec<FactRow>,
    /// How coverage is computed, in words.
    pub weighting: String,
}

fn first_line(text: &str, max: usize) -> String {
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= max {
        return one_line;
    }
    let cut: String = one_line.chars().take(max).collect();
    format!("{}…", cut.trim_end())
}

fn label(document: &DocumentReport) -> String {
    let from_meta = document
        .meta
        .as_ref()
        .and_then(|m| m.country.clone().or_else(|| m.region.clone()));
    from_meta.unwrap_or_else(|| {
        std::path::Path::new(document.source.name())
            .file_stem()
            .map_or_else(
                || document.source.name().to_string(),
                |s| s.to_string_lossy().into_owned(),
            )
    })
}

/// The documents of a comparison, added one at a time as the run goes:
/// each keeps only its column, its cells and its facts, never its text.
#[derive(Debug, Default)]
pub struct Comparison {
    columns: Vec<Column>,
    /// Per document: its cells by element id, or `None` when it could not
    /// be read.
    cells: Vec<Option<BTreeMap<String, Cell>>>,
    facts: Vec<BTreeMap<String, String>>,
}

impl Comparison {
    /// Add one document's column.
    pub fn add(&mut self, document: &DocumentReport) {
        let mut cells = BTreeMap::new();
        let mut facts = BTreeMap::new();
        let (mut earned, mut possible) = (0.0, 0.0);
        for result in document.evaluation.iter().flat_map(|e| &e.elements) {
            let finding = document.findings().find(|f| f.rule == result.id);
            let clause = result.clauses.first().map(|s| {
                (
                    first_line(document.source.slice(*s), 280),
                    document.source.locate(*s).line,
                )
            });
            if let Some(c) = credit(result.status) {
                earned += c * weight(result.level);
                possible += weight(result.level);
            }
            facts.extend(result.facts.iter().map(|(k, v)| (k.clone(), v.clone())));
            cells.insert(
                result.id.clone(),
                Cell {
                    status: Some(result.status),
                    message: finding.map(|f| f.message.clone()),
                    clause: clause.as_ref().map(|(t, _)| t.clone()),
                    line: clause.map(|(_, l)| l),
                },
            );
        }
        self.columns.push(Column {
            label: label(document),
            path: document.source.name().to_string(),
            scope: document.meta.as_ref().map(|m| m.scope.as_str().to_string()),
            error: document.errors.first().map(|e| e.message.clone()),
            coverage: (possible > 0.0).then(|| (100.0 * earned / possible).round()),
        });
        self.cells
            .push(document.evaluation.is_some().then_some(cells));
        self.facts.push(facts);
    }

    /// Whether a document could not be read.
    #[must_use]
    pub fn has_input_errors(&self) -> bool {
        self.columns.iter().any(|c| c.error.is_some())
    }

    /// The matrix: one row per element of `mandate`, worded in `language`.
    #[must_use]
    pub fn into_matrix(self, mandate: &Mandate, language: Language) -> Matrix {
        let sections = mandate
            .sections
            .iter()
            .filter_map(|section| {
                let rows: Vec<Row> = mandate
                    .elements
                    .iter()
                    .filter(|e| e.section == section.id)
                    .map(|e| {
                        let cells: Vec<Cell> = self
                            .cells
                            .iter()
                            .map(|doc| match doc {
                                Some(doc) => doc.get(&e.id).cloned().unwrap_or(Cell {
                                    status: Some(Status::NotApplicable),
                                    message: None,
                                    clause: None,
                                    line: None,
                                }),
                                None => Cell {
                                    status: None,
                                    message: None,
                                    clause: None,
                                    line: None,
                                },
                            })
                            .collect();
                        let credits: Vec<f64> = cells
                            .iter()
                            .filter_map(|c| c.status.and_then(credit))
                            .collect();
                        #[allow(
                            clippy::cast_precision_loss,
                            reason = "a percentage of a few dozen documents"
                        )]
                        let coverage = (!credits.is_empty()).then(|| {
                            (100.0 * credits.iter().sum::<f64>() / credits.len() as f64).round()
                        });
                        Row {
                            id: e.id.clone(),
                            level: crate::report::json::level_str(e.level),
                            summary: localized(&e.summary, language).to_string(),
                            cells,
                            coverage,
                        }
                    })
                    .collect();
                (!rows.is_empty()).then(|| SectionRows {
                    id: section.id.clone(),
                    name: localized(&section.name, language).to_string(),
                    rows,
                })
            })
            .collect();
        let names = fact_names(mandate);
        let facts = names
            .into_iter()
            .map(|name| FactRow {
                label: mandate.message(&format!("fact-{name}"), language, &[]),
                values: self.facts.iter().map(|f| f.get(&name).cloned()).collect(),
                name,
            })
            .collect();
        Matrix {
            language,
            columns: self.columns,
            sections,
            facts,
            weighting: mandate.message("compare-weights", language, &[]),
        }
    }
}

/// The arrangements the rules read, in catalogue order, each once.
fn fact_names(mandate: &Mandate) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for element in &mandate.elements {
        for fact in &element.facts {
            if !names.contains(&fact.name) {
                names.push(fact.name.clone());
            }
        }
        if let Some(prefix) = &element.consistent_naming {
            let name = format!("{prefix}-naming");
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

impl Matrix {
    /// Every row, in order.
    pub fn rows(&self) -> impl Iterator<Item = &Row> {
        self.sections.iter().flat_map(|s| &s.rows)
    }

    /// The matrix as JSON.
    #[must_use]
    pub fn to_json(&self) -> String {
        super::pretty_json(self)
    }
}

/// The symbol shown with a status, so that colour is never needed.
#[must_use]
pub fn symbol(status: Option<Status>) -> &'static str {
    match status {
        Some(Status::Covered) => "●",
        Some(Status::Partial) => "◐",
        Some(Status::Deviation) => "✖",
        Some(Status::Missing) => "○",
        Some(Status::NotApplicable) => "–",
        None => "⚠",
    }
}

/// The status's name in the report's language.
#[must_use]
pub fn status_name(mandate: &Mandate, status: Option<Status>, language: Language) -> String {
    let key = status.map_or("status-error".to_string(), |s| {
        format!("status-{}", s.as_str())
    });
    mandate.message(&key, language, &[])
}
