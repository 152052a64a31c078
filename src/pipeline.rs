//! A run as a library sees it: paths or bytes in, a finished report out.
//!
//! Every step after the engine happens here, in one order, so that a program
//! calling torlint gets the same verdicts as the command line: read (with the
//! configured scope for a document that gives none) -> engine -> configured
//! severities -> the document's own suppressions -> the baseline. Shown
//! severities (`min-severity`) and the failing one (`fail-on`) travel in the
//! report; [`exit_status`] reads them. Nothing here knows the command line.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::baseline::{self, Baseline};
use crate::config::{FileSettings, Settings};
use crate::engine::{self, suppress};
use crate::error::{InputError, InputErrorKind};
use crate::mandate::Mandate;
use crate::model::Language;
use crate::parse::{self, ReadOutcome, Syntax};
use crate::report::{DocumentReport, RunReport};
use crate::source::SourceFile;
use crate::walk::{self, Input};

/// How a run ended, as the exit code says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// 0: nothing at or above the failing severity, no input error.
    Success,
    /// 1: findings at or above the failing severity.
    Failure,
    /// 2: a usage, input, rule or configuration error.
    Error,
}

impl ExitStatus {
    /// The process exit code.
    #[must_use]
    pub fn code(self) -> u8 {
        match self {
            ExitStatus::Success => 0,
            ExitStatus::Failure => 1,
            ExitStatus::Error => 2,
        }
    }
}

/// 2 on any input error, else 1 when a document's findings reach its
/// failing severity (which `[[overrides]]` may set per path).
#[must_use]
pub fn exit_status(report: &RunReport) -> ExitStatus {
    if report.has_input_errors() {
        return ExitStatus::Error;
    }
    if report.documents.iter().any(DocumentReport::fails) {
        ExitStatus::Failure
    } else {
        ExitStatus::Success
    }
}

/// Check every path, in order; files are checked in parallel and reported
/// in the order they were found. With a baseline, the findings it records
/// are dropped and counted.
#[must_use]
pub fn check_paths(
    paths: &[PathBuf],
    mandate: &Mandate,
    settings: &Settings,
    baseline: Option<&Baseline>,
) -> RunReport {
    let found = walk::expand(paths, settings);
    let documents = found
        .inputs
        .into_par_iter()
        .map(|input| match input {
            Input::File(path, syntax) => {
                let file = settings.for_file(&path);
                check_file(
                    &path,
                    syntax,
                    mandate,
                    &file,
                    settings.language,
                    settings.max_file_size,
                )
            }
            Input::Problem(name, error) => {
                DocumentReport::failed(SourceFile::new(name, ""), vec![error])
            }
        })
        .collect();
    let mut report = RunReport {
        documents,
        min_severity: settings.min_severity,
        skipped: found.skipped,
    };
    if let Some(baseline) = baseline {
        apply_baseline(&mut report, baseline);
    }
    report
}

/// Read and check one file.
#[must_use]
#[allow(
    clippy::cast_precision_loss,
    reason = "sizes are shown in megabytes to one decimal"
)]
pub fn check_file(
    path: &Path,
    syntax: Syntax,
    mandate: &Mandate,
    file: &FileSettings,
    language: Option<Language>,
    max_size: u64,
) -> DocumentReport {
    let name = path.display().to_string();
    let size = std::fs::metadata(path).map_or(0, |m| m.len());
    if size > max_size {
        return DocumentReport::failed(
            SourceFile::new(name, ""),
            vec![
                InputError::new(
                    InputErrorKind::TooLarge,
                    format!(
                        "the file is {:.1} MB, over the {:.1} MB limit",
                        size as f64 / 1e6,
                        max_size as f64 / 1e6
                    ),
                    None,
                )
                .with_help(
                    "a ToR is tens of kilobytes; raise the limit with --max-file-size BYTES",
                ),
            ],
        );
    }
    match std::fs::read(path) {
        Ok(bytes) => check_bytes(&name, &bytes, syntax, mandate, file, language),
        Err(err) => DocumentReport::failed(
            SourceFile::new(name, ""),
            vec![
                InputError::new(
                    InputErrorKind::Unreadable,
                    format!("cannot read the file: {err}"),
                    None,
                )
                .with_help("check the path and the file's permissions"),
            ],
        ),
    }
}

/// Read a document given as bytes (the file shown as `name`), taking the
/// configured scope when its metadata gives none.
#[must_use]
pub fn read(
    name: &str,
    bytes: &[u8],
    syntax: Syntax,
    mandate: &Mandate,
    file: &FileSettings,
) -> ReadOutcome {
    let mut outcome = parse::read(name, bytes, syntax, mandate, &mandate.section_ids());
    if let Some(document) = outcome.document.as_mut()
        && !document.meta.scope_given
        && let Some(scope) = file.scope
    {
        document.meta.scope = scope;
    }
    outcome
}

/// Read and check a document given as bytes (the file shown as `name`).
#[must_use]
pub fn check_bytes(
    name: &str,
    bytes: &[u8],
    syntax: Syntax,
    mandate: &Mandate,
    file: &FileSettings,
    language: Option<Language>,
) -> DocumentReport {
    let outcome = read(name, bytes, syntax, mandate, file);
    let Some(document) = outcome.document else {
        return DocumentReport::failed(outcome.source, outcome.errors);
    };
    let language = language.unwrap_or(document.meta.language);
    let mut evaluation = engine::check(&document, mandate, language);
    // Configured severities, then the document's own waivers.
    evaluation.findings = evaluation
        .findings
        .into_iter()
        .filter_map(|mut f| {
            f.severity = file.severity_for(&f.rule, f.severity)?;
            Some(f)
        })
        .collect();
    let (mut waivers, mut errors) = suppress::waivers(&document, mandate);
    let findings = std::mem::take(&mut evaluation.findings);
    let (kept, suppressed) = suppress::apply(findings, &mut waivers, mandate, language);
    evaluation.findings = kept;
    errors.extend(outcome.errors);
    DocumentReport {
        source: outcome.source,
        meta: Some(document.meta),
        evaluation: Some(evaluation),
        errors,
        suppressed,
        baselined: 0,
        fail_on: file.fail_on,
    }
}

/// Drop the findings the baseline records (each entry once).
fn apply_baseline(report: &mut RunReport, baseline: &Baseline) {
    let mut remaining: BTreeMap<baseline::Entry, usize> = baseline
        .counts()
        .into_iter()
        .map(|(entry, n)| (entry.clone(), n))
        .collect();
    for document in &mut report.documents {
        let source = document.source.clone();
        let mut dropped = 0;
        if let Some(evaluation) = document.evaluation.as_mut() {
            evaluation.findings.retain(|finding| {
                let key = baseline::key(&source, finding);
                match remaining.get_mut(&key) {
                    Some(n) if *n > 0 => {
                        *n -= 1;
                        dropped += 1;
                        false
                    }
                    _ => true,
                }
            });
        }
        document.baselined += dropped;
    }
}
