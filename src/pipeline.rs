//! A run as a library sees it: paths or bytes in, a finished report out.
//!
//! Every step after the engine happens here, in one order, so that a program
//! calling torlint gets the same verdicts as the command line: read (with the
//! configured scope for a document that gives none) -> engine -> configured
//! severities -> the document's own suppressions -> the baseline. Shown
//! severities (`min-severity`) and the failing one (`fail-on`) travel in the
//! report; [`exit_status`] reads them. Nothing here knows the command line.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;

use rayon::prelude::*;

use crate::baseline::{self, Baseline};
use crate::config::{FileSettings, Settings};
use crate::engine::{self, suppress};
use crate::error::{InputError, InputErrorKind, io_reason};
use crate::import::Office;
use crate::mandate::Mandate;
use crate::model::Language;
use crate::parse::{self, ReadOutcome, Syntax};
use crate::report::{DocumentReport, RunReport, Summary};
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
pub fn exit_status(summary: &Summary) -> ExitStatus {
    if summary.input_errors > 0 {
        ExitStatus::Error
    } else if summary.failing {
        ExitStatus::Failure
    } else {
        ExitStatus::Success
    }
}

/// Check every path, in order, and collect the reports: [`check_inputs`]
/// for a caller that wants every report at once. With a baseline, the
/// findings it records are dropped and counted.
#[must_use]
pub fn check_paths(
    paths: &[PathBuf],
    mandate: &Mandate,
    settings: &Settings,
    baseline: Option<&Baseline>,
) -> RunReport {
    let found = walk::expand(paths, settings);
    let mut documents = Vec::new();
    check_each(found.inputs, mandate, settings, baseline, |document| {
        documents.push(document);
    });
    RunReport {
        documents,
        min_severity: settings.min_severity,
        skipped: found.skipped,
    }
}

/// Check the inputs in parallel and hand each report to `sink` in input
/// order, as soon as it and every report before it are ready, so that
/// output starts before the run ends and no report outlives its turn. With
/// a baseline, the findings it records are dropped and counted.
///
/// # Errors
///
/// The first error `sink` returns; no report is handed over after it (the
/// inputs still being checked are dropped unread).
pub fn check_inputs(
    inputs: Vec<Input>,
    mandate: &Mandate,
    settings: &Settings,
    baseline: Option<&Baseline>,
    sink: &mut dyn FnMut(DocumentReport) -> io::Result<()>,
) -> io::Result<()> {
    let mut baseline = baseline.map(Baselined::new);
    let stopped = AtomicBool::new(false);
    // Workers take the inputs in order, so reports arrive nearly in order and
    // the few that come early wait in `pending`; the bounded channel keeps
    // the workers from running far ahead of the writer.
    let (sender, receiver) = mpsc::sync_channel(4 * rayon::current_num_threads());
    std::thread::scope(|scope| {
        scope.spawn(|| {
            inputs.into_iter().enumerate().par_bridge().for_each_with(
                sender,
                |sender, (index, input)| {
                    if stopped.load(Ordering::Relaxed) {
                        return;
                    }
                    let report = check_input(input, mandate, settings);
                    // The writer hangs up only after it stopped.
                    let _ = sender.send((index, report));
                },
            );
        });
        let mut pending = BTreeMap::new();
        let mut next = 0;
        let mut result = Ok(());
        for (index, report) in receiver {
            if result.is_err() {
                continue;
            }
            pending.insert(index, report);
            while let Some(mut report) = pending.remove(&next) {
                next += 1;
                if let Some(baseline) = baseline.as_mut() {
                    baseline.apply(&mut report);
                }
                if let Err(err) = sink(report) {
                    stopped.store(true, Ordering::Relaxed);
                    result = Err(err);
                    pending.clear();
                    break;
                }
            }
        }
        result
    })
}

/// [`check_inputs`] for a caller that only collects: every report, in
/// input order.
pub fn check_each(
    inputs: Vec<Input>,
    mandate: &Mandate,
    settings: &Settings,
    baseline: Option<&Baseline>,
    mut each: impl FnMut(DocumentReport),
) {
    let collected = check_inputs(inputs, mandate, settings, baseline, &mut |document| {
        each(document);
        Ok(())
    });
    debug_assert!(collected.is_ok(), "a sink that never fails stops nothing");
}

fn check_input(input: Input, mandate: &Mandate, settings: &Settings) -> DocumentReport {
    let mut report = read_and_check(input, mandate, settings);
    // What reading found is said in the report's language.
    let language = settings
        .language
        .or_else(|| report.meta.as_ref().map(|m| m.language))
        .unwrap_or_default();
    for error in &mut report.errors {
        error.word(mandate, language);
    }
    report
}

fn read_and_check(input: Input, mandate: &Mandate, settings: &Settings) -> DocumentReport {
    match input {
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
    }
}

/// Extensions of word-processor files that `check` does not read.
const UNREAD_EXTENSIONS: &[&str] = &["doc", "rtf", "pages", "wpd"];

/// How `check` reads `path`, judged by its extension: `Err` with the
/// extension for a word-processor or PDF format it does not read.
fn office_kind(path: &Path) -> Result<Option<Office>, String> {
    let Some(ext) = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
    else {
        return Ok(None);
    };
    match ext.as_str() {
        other if UNREAD_EXTENSIONS.contains(&other) => Err(ext),
        other => Ok(Office::of_extension(other)),
    }
}

/// A word-processor or PDF file named to `check` that it cannot read: say
/// what to do with it rather than read its bytes as Markdown.
fn unread_office_document(
    name: String,
    ext: &str,
    mandate: &Mandate,
    language: Language,
) -> DocumentReport {
    let error = InputError::new(
        InputErrorKind::OfficeDocument,
        mandate.message("office-document", language, &[("ext", ext)]),
        None,
    )
    .with_help(mandate.message("help-office-other", language, &[("path", &name)]));
    DocumentReport::failed(SourceFile::new(name, ""), vec![error])
}

/// Import a Word, OpenDocument or PDF file in memory (tracked changes
/// accepted) and check the import, its places given as paragraphs (and
/// pages).
fn check_office(
    name: String,
    bytes: &[u8],
    office: Office,
    mandate: &Mandate,
    file: &FileSettings,
    language: Option<Language>,
) -> DocumentReport {
    match office.read(bytes, crate::import::docx::Changes::Accept, mandate) {
        Ok(imported) => {
            let (text, paragraphs) = crate::import::body(&imported.blocks, &imported.pages);
            let source = SourceFile::imported(name, text, paragraphs);
            let outcome = settle(parse::read_source(source, Syntax::Markdown), mandate, file);
            let mut report = check_read(outcome, mandate, file, language);
            let language = language
                .unwrap_or_else(|| report.meta.as_ref().map(|m| m.language).unwrap_or_default());
            report.notices = crate::import::notices(
                mandate,
                language,
                imported.dropped,
                crate::import::Reading::Check,
            );
            report
        }
        Err(err) => {
            let language = language.unwrap_or_default();
            let error = InputError::new(
                InputErrorKind::OfficeDocument,
                mandate.message("office-unreadable", language, &[("reason", &err.0)]),
                None,
            )
            .with_help(mandate.message("help-office-unreadable", language, &[]));
            DocumentReport::failed(SourceFile::new(name, ""), vec![error])
        }
    }
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
            vec![InputError::worded(
                InputErrorKind::TooLarge,
                "input-too-large",
                vec![
                    ("size", format!("{:.1}", size as f64 / 1e6)),
                    ("limit", format!("{:.1}", max_size as f64 / 1e6)),
                ],
                None,
            )],
        );
    }
    let office = match office_kind(path) {
        Ok(office) => office,
        Err(ext) => {
            return unread_office_document(name, &ext, mandate, language.unwrap_or_default());
        }
    };
    match std::fs::read(path) {
        Ok(bytes) => match office {
            Some(office) => check_office(name, &bytes, office, mandate, file, language),
            None => check_bytes(&name, &bytes, syntax, mandate, file, language),
        },
        Err(err) => DocumentReport::failed(
            SourceFile::new(name, ""),
            vec![InputError::worded(
                InputErrorKind::Unreadable,
                "input-unreadable",
                vec![("reason", io_reason(&err))],
                None,
            )],
        ),
    }
}

/// Read a document given as bytes (the file shown as `name`) and classify
/// its sections, taking the configured scope when its metadata gives none.
#[must_use]
pub fn read(
    name: &str,
    bytes: &[u8],
    syntax: Syntax,
    mandate: &Mandate,
    file: &FileSettings,
) -> ReadOutcome {
    settle(parse::read(name, bytes, syntax), mandate, file)
}

/// Classify a read document's sections and give it the configured scope
/// when its metadata gives none.
fn settle(mut outcome: ReadOutcome, mandate: &Mandate, file: &FileSettings) -> ReadOutcome {
    if let Some(document) = outcome.document.as_mut() {
        if let Err(errors) = engine::sections::classify(document, mandate) {
            outcome.errors.extend(errors);
            outcome.document = None;
            return outcome;
        }
        if !document.meta.scope_given
            && let Some(scope) = file.scope
        {
            document.meta.scope = scope;
        }
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
    check_read(
        read(name, bytes, syntax, mandate, file),
        mandate,
        file,
        language,
    )
}

/// Check a document as read, with the configured severities and the
/// document's own suppressions.
fn check_read(
    outcome: ReadOutcome,
    mandate: &Mandate,
    file: &FileSettings,
    language: Option<Language>,
) -> DocumentReport {
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
    let (mut waivers, mut errors) = suppress::waivers(&document, mandate, language);
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
        notices: Vec::new(),
    }
}

/// What is left of a baseline as the run goes: each recorded finding drops
/// one finding, once.
struct Baselined(BTreeMap<baseline::Entry, usize>);

impl Baselined {
    fn new(baseline: &Baseline) -> Self {
        Self(
            baseline
                .counts()
                .into_iter()
                .map(|(entry, n)| (entry.clone(), n))
                .collect(),
        )
    }

    /// Drop the document's findings that the baseline still records.
    fn apply(&mut self, document: &mut DocumentReport) {
        let source = document.source.clone();
        let mut dropped = 0;
        if let Some(evaluation) = document.evaluation.as_mut() {
            evaluation.findings.retain(|finding| {
                let key = baseline::key(&source, finding);
                match self.0.get_mut(&key) {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> Settings {
        let Ok(settings) =
            crate::config::load(Path::new("/"), &crate::config::CliOverrides::default())
        else {
            unreachable!("the defaults load");
        };
        settings
    }

    fn problems(n: usize) -> Vec<Input> {
        (0..n)
            .map(|i| {
                Input::Problem(
                    format!("doc-{i}"),
                    InputError::new(InputErrorKind::Unreadable, "gone", None),
                )
            })
            .collect()
    }

    #[test]
    fn reports_arrive_in_input_order() {
        let Ok(mandate) = Mandate::embedded() else {
            unreachable!("the shipped rules load");
        };
        let mut names = Vec::new();
        let done = check_inputs(problems(500), &mandate, &settings(), None, &mut |d| {
            names.push(d.source.name().to_string());
            Ok(())
        });
        assert!(done.is_ok());
        let expected: Vec<String> = (0..500).map(|i| format!("doc-{i}")).collect();
        assert_eq!(names, expected);
    }

    #[test]
    fn a_failing_sink_stops_the_run_with_its_error() {
        let Ok(mandate) = Mandate::embedded() else {
            unreachable!("the shipped rules load");
        };
        let mut seen = 0;
        let done = check_inputs(problems(500), &mandate, &settings(), None, &mut |_| {
            seen += 1;
            if seen == 3 {
                return Err(io::Error::other("disk full"));
            }
            Ok(())
        });
        assert_eq!(
            done.map_err(|e| e.to_string()),
            Err("disk full".to_string())
        );
        assert_eq!(seen, 3, "no report is handed over after the error");
    }
}
