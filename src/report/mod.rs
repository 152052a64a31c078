//! Renderers: the results of a run, written for people or machines.
//!
//! The engine never prints; a [`RunReport`] collects every document's
//! results and each format renders it whole.

pub mod excerpt;
pub mod human;
pub mod json;

use clap::ValueEnum;

use crate::error::InputError;
use crate::finding::{Evaluation, Severity};
use crate::model::Meta;
use crate::source::SourceFile;

/// Output formats of `torlint check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// rustc-style diagnostics with the clause in context (default).
    Human,
    /// The versioned JSON contract (interfaces.md, section 3).
    Json,
}

/// One document's results.
#[derive(Debug, Clone)]
pub struct DocumentReport {
    /// The file as read.
    pub source: SourceFile,
    /// Its metadata, when it could be read.
    pub meta: Option<Meta>,
    /// What the checker concluded, when it could be read.
    pub evaluation: Option<Evaluation>,
    /// Input errors.
    pub errors: Vec<InputError>,
}

/// Counts over a whole run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Documents checked (readable or not).
    pub documents: usize,
    /// Error findings.
    pub errors: usize,
    /// Warning findings.
    pub warnings: usize,
    /// Note findings.
    pub notes: usize,
    /// Input errors.
    pub input_errors: usize,
}

/// Everything one run produced, in the order the files were given.
#[derive(Debug, Clone, Default)]
pub struct RunReport {
    /// Per document.
    pub documents: Vec<DocumentReport>,
}

impl RunReport {
    /// Counts of findings by severity, and of input errors.
    #[must_use]
    pub fn summary(&self) -> Summary {
        let mut summary = Summary {
            documents: self.documents.len(),
            ..Summary::default()
        };
        for document in &self.documents {
            summary.input_errors += document.errors.len();
            for finding in document.evaluation.iter().flat_map(|e| &e.findings) {
                match finding.severity {
                    Severity::Error => summary.errors += 1,
                    Severity::Warning => summary.warnings += 1,
                    Severity::Note => summary.notes += 1,
                }
            }
        }
        summary
    }

    /// Whether any finding is at or above `threshold`.
    #[must_use]
    pub fn fails_at(&self, threshold: Severity) -> bool {
        self.documents
            .iter()
            .flat_map(|d| d.evaluation.iter().flat_map(|e| &e.findings))
            .any(|f| f.severity <= threshold)
    }
}
