//! One invocation from parsed arguments to what to print and the exit code.
//!
//! Nothing here prints: [`execute`] returns the text for stdout and stderr,
//! so the binary stays thin and tests can call the whole pipeline.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::cli::{Cli, ColorChoice, Command, FailOn, RuleOptions};
use crate::engine;
use crate::error::{InputError, InputErrorKind};
use crate::explain;
use crate::finding::Severity;
use crate::mandate::Mandate;
use crate::model::{Language, Scope};
use crate::parse::{self, Syntax};
use crate::report::{self, DocumentReport, Format, RunReport, human};
use crate::source::SourceFile;

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

/// What an invocation produced.
#[derive(Debug, Clone)]
pub struct Output {
    /// Text for standard output.
    pub stdout: String,
    /// Text for standard error.
    pub stderr: String,
    /// The exit status.
    pub status: ExitStatus,
}

fn style(color: ColorChoice) -> human::Style {
    let color = match color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    };
    let width = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(100);
    human::Style { color, width }
}

fn load_mandate(options: &RuleOptions) -> Result<Mandate, Output> {
    let loaded = match &options.rules {
        Some(dir) => Mandate::with_overrides(dir),
        None => Mandate::embedded(),
    };
    loaded.map_err(|err| Output {
        stdout: String::new(),
        stderr: human::render_error(&err.source, &err.error, style(ColorChoice::Auto)),
        status: ExitStatus::Error,
    })
}

/// Run one invocation.
#[must_use]
pub fn execute(cli: Cli) -> Output {
    match cli.command {
        Command::Check {
            paths,
            format,
            scope,
            fail_on,
            color,
            rules,
        } => {
            let mandate = match load_mandate(&rules) {
                Ok(m) => m,
                Err(out) => return out,
            };
            let language = rules.lang.map(Language::from);
            let report = check_paths(&paths, &mandate, scope.map(Scope::from), language);
            let stdout = match format {
                Format::Human => human::render(&report, &mandate, language, style(color)),
                Format::Json => report::json::render(&report),
            };
            Output {
                stdout,
                stderr: String::new(),
                status: status_of(&report, fail_on),
            }
        }
        Command::Explain { id, rules } => {
            let mandate = match load_mandate(&rules) {
                Ok(m) => m,
                Err(out) => return out,
            };
            let language = rules.lang.map_or(Language::En, Language::from);
            match explain::explain(&mandate, &id, language) {
                Some(text) => Output {
                    stdout: text,
                    stderr: String::new(),
                    status: ExitStatus::Success,
                },
                None => Output {
                    stdout: String::new(),
                    stderr: format!("error: unknown element `{id}`; `torlint rules` lists them\n"),
                    status: ExitStatus::Error,
                },
            }
        }
        Command::Rules { format, rules } => {
            let mandate = match load_mandate(&rules) {
                Ok(m) => m,
                Err(out) => return out,
            };
            let language = rules.lang.map_or(Language::En, Language::from);
            Output {
                stdout: explain::rules(&mandate, format, language),
                stderr: String::new(),
                status: ExitStatus::Success,
            }
        }
    }
}

fn status_of(report: &RunReport, fail_on: FailOn) -> ExitStatus {
    if report.documents.iter().any(|d| !d.errors.is_empty()) {
        return ExitStatus::Error;
    }
    let threshold = match fail_on {
        FailOn::Error => Some(Severity::Error),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Note => Some(Severity::Note),
        FailOn::Never => None,
    };
    match threshold {
        Some(t) if report.fails_at(t) => ExitStatus::Failure,
        _ => ExitStatus::Success,
    }
}

/// A file to check, or a problem met while finding files.
enum Input {
    File(PathBuf, Syntax),
    Problem(String, InputError),
}

/// Expand paths: files as given, directories walked (sorted, symlinks
/// followed, loops reported) for `.md`, `.markdown`, `.yaml`, `.yml`.
fn inputs(paths: &[PathBuf]) -> Vec<Input> {
    let mut inputs = Vec::new();
    for path in paths {
        if !path.is_dir() {
            let syntax = Syntax::of(path).unwrap_or(Syntax::Markdown);
            inputs.push(Input::File(path.clone(), syntax));
            continue;
        }
        let walker = WalkDir::new(path)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter();
        for entry in walker {
            match entry {
                Ok(entry) => {
                    if entry.file_type().is_file()
                        && let Some(syntax) = Syntax::of(entry.path())
                    {
                        inputs.push(Input::File(entry.path().to_path_buf(), syntax));
                    }
                }
                Err(err) => {
                    let name = err.path().unwrap_or(path).display().to_string();
                    let message = if err.loop_ancestor().is_some() {
                        "directory loop: this link points back to a folder that contains it"
                            .to_string()
                    } else {
                        format!("cannot walk this path: {err}")
                    };
                    inputs.push(Input::Problem(
                        name,
                        InputError::new(InputErrorKind::Walk, message, None),
                    ));
                }
            }
        }
    }
    inputs
}

/// Read and check one file.
#[must_use]
pub fn check_file(
    path: &Path,
    syntax: Syntax,
    mandate: &Mandate,
    scope: Option<Scope>,
    language: Option<Language>,
) -> DocumentReport {
    let name = path.display().to_string();
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(err) => {
            return DocumentReport {
                source: SourceFile::new(name, ""),
                meta: None,
                evaluation: None,
                errors: vec![
                    InputError::new(
                        InputErrorKind::Unreadable,
                        format!("cannot read the file: {err}"),
                        None,
                    )
                    .with_help("check the path and the file's permissions"),
                ],
            };
        }
    };
    check_bytes(&name, &bytes, syntax, mandate, scope, language)
}

/// Read and check a document given as bytes (the file shown as `name`).
#[must_use]
pub fn check_bytes(
    name: &str,
    bytes: &[u8],
    syntax: Syntax,
    mandate: &Mandate,
    scope: Option<Scope>,
    language: Option<Language>,
) -> DocumentReport {
    let outcome = parse::read(name, bytes, syntax, mandate, &mandate.section_ids());
    let mut document = outcome.document;
    if let (Some(doc), Some(scope)) = (document.as_mut(), scope)
        && !doc.meta.scope_given
    {
        doc.meta.scope = scope;
    }
    let evaluation = document
        .as_ref()
        .map(|doc| engine::check(doc, mandate, language.unwrap_or(doc.meta.language)));
    DocumentReport {
        source: outcome.source,
        meta: document.map(|d| d.meta),
        evaluation,
        errors: outcome.errors,
    }
}

/// Check every path, in order.
#[must_use]
pub fn check_paths(
    paths: &[PathBuf],
    mandate: &Mandate,
    scope: Option<Scope>,
    language: Option<Language>,
) -> RunReport {
    let documents = inputs(paths)
        .into_iter()
        .map(|input| match input {
            Input::File(path, syntax) => check_file(&path, syntax, mandate, scope, language),
            Input::Problem(name, error) => DocumentReport {
                source: SourceFile::new(name, ""),
                meta: None,
                evaluation: None,
                errors: vec![error],
            },
        })
        .collect();
    RunReport { documents }
}
