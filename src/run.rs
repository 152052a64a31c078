//! One invocation from parsed arguments to what to print and the exit code.
//!
//! Nothing here prints: [`execute`] returns the text for standard output and
//! standard error (and writes `--output` files), so the binary stays thin and
//! tests can call the whole pipeline.

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::CommandFactory;
use rayon::prelude::*;

use crate::baseline::{self, Baseline};
use crate::cli::{
    CheckArgs, Cli, ColorChoice, Command, CompareArgs, FailOn, FormatTarget, RuleOptions,
    SeverityArg, ShellArg,
};
use crate::config::{self, CliOverrides, FailOnOption, FileSettings, Settings};
use crate::engine::{self, suppress};
use crate::error::{FileError, InputError, InputErrorKind, RuleErrors};
use crate::explain;
use crate::finding::Severity;
use crate::mandate::Mandate;
use crate::model::Language;
use crate::parse::{self, Syntax};
use crate::report::{self, DocumentReport, Format, RenderOptions, RunReport, human};
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

impl Output {
    fn ok(stdout: String) -> Self {
        Self {
            stdout,
            stderr: String::new(),
            status: ExitStatus::Success,
        }
    }

    fn error(stderr: String) -> Self {
        Self {
            stdout: String::new(),
            stderr,
            status: ExitStatus::Error,
        }
    }
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

fn file_error(err: &FileError, color: ColorChoice) -> Output {
    Output::error(human::render_error(&err.source, &err.error, style(color)))
}

/// Every error of the rule files, one after the other.
fn rule_errors(errors: &RuleErrors, color: ColorChoice) -> Output {
    let text: Vec<String> = errors
        .0
        .iter()
        .map(|err| human::render_error(&err.source, &err.error, style(color)))
        .collect();
    Output::error(text.join("\n"))
}

fn load_mandate(dirs: &[PathBuf], color: ColorChoice) -> Result<Mandate, Output> {
    let loaded = if dirs.is_empty() {
        Mandate::embedded()
    } else {
        Mandate::with_overrides(dirs)
    };
    loaded.map_err(|errors| rule_errors(&errors, color))
}

/// Run one invocation.
#[must_use]
pub fn execute(cli: Cli) -> Output {
    match cli.command {
        Command::Check(args) => check(&args),
        Command::Compare(args) => compare(&args),
        Command::Explain { id, rules } => {
            let mandate = match rules_mandate(&rules) {
                Ok(m) => m,
                Err(out) => return out,
            };
            let language = message_language(rules.lang);
            match explain::explain(&mandate, &id, language) {
                Some(text) => Output::ok(text),
                None => Output::error(format!(
                    "error: {}\n",
                    mandate.unknown_element(&id, language)
                )),
            }
        }
        Command::Rules { format, rules } => match rules_mandate(&rules) {
            Ok(mandate) => {
                let language = message_language(rules.lang);
                Output::ok(explain::rules(&mandate, format, language))
            }
            Err(out) => out,
        },
        Command::Import {
            file,
            output,
            force,
            scope,
            country,
            region,
            lang,
        } => {
            let front = crate::import::Front {
                scope,
                country,
                region,
            };
            import(
                &file,
                output.as_deref(),
                force,
                &front,
                message_language(lang),
            )
        }
        Command::Init {
            lang,
            scope,
            country,
            output,
            force,
        } => {
            let language = message_language(lang);
            match Mandate::embedded() {
                Ok(mandate) => {
                    let text = crate::init::skeleton(&mandate, language, scope, &country);
                    emit(&mandate, language, output.as_deref(), force, text)
                }
                Err(errors) => rule_errors(&errors, ColorChoice::Auto),
            }
        }
        Command::Completions { shell } => {
            let mut command = Cli::command();
            let mut buffer = Vec::new();
            let shell = match shell {
                ShellArg::Bash => clap_complete::Shell::Bash,
                ShellArg::Zsh => clap_complete::Shell::Zsh,
                ShellArg::Fish => clap_complete::Shell::Fish,
                ShellArg::Powershell => clap_complete::Shell::PowerShell,
                ShellArg::Elvish => clap_complete::Shell::Elvish,
            };
            clap_complete::generate(shell, &mut command, "torlint", &mut buffer);
            Output::ok(String::from_utf8_lossy(&buffer).into_owned())
        }
        Command::Man {
            command,
            output_dir,
        } => man(command.as_deref(), output_dir.as_deref()),
    }
}

/// `torlint man`: one page to standard output, or every page into a folder.
fn man(command: Option<&str>, output_dir: Option<&Path>) -> Output {
    let mut cli = Cli::command().disable_help_subcommand(true);
    cli.build();
    if let Some(dir) = output_dir {
        let pages = 1 + cli.get_subcommands().count();
        return match clap_mangen::generate_to(cli, dir) {
            Ok(()) => Output {
                stdout: String::new(),
                stderr: format!("wrote {pages} man pages to {}\n", dir.display()),
                status: ExitStatus::Success,
            },
            Err(err) => Output::error(format!(
                "error: cannot write the man pages to {}: {err}\n",
                dir.display()
            )),
        };
    }
    let page = match command {
        None => cli,
        Some(name) => match cli.find_subcommand(name) {
            Some(sub) => sub.clone(),
            None => {
                let names: Vec<&str> = cli.get_subcommands().map(clap::Command::get_name).collect();
                return Output::error(format!(
                    "error: no subcommand `{name}`; pages exist for: {}\n",
                    names.join(", ")
                ));
            }
        },
    };
    let mut buffer = Vec::new();
    match clap_mangen::Man::new(page).render(&mut buffer) {
        Ok(()) => Output::ok(String::from_utf8_lossy(&buffer).into_owned()),
        Err(err) => Output::error(format!("error: cannot render the man page: {err}\n")),
    }
}

/// The language of messages: `--lang`, else the system locale (`LC_ALL`,
/// `LC_MESSAGES`, `LANG`) when it is a language torlint speaks, else English.
#[must_use]
pub fn message_language(given: Option<Language>) -> Language {
    given.unwrap_or_else(|| {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|var| std::env::var(var).ok())
            .find(|value| !value.is_empty())
            .and_then(|value| Language::parse(value.get(..2).unwrap_or("")))
            .unwrap_or(Language::En)
    })
}

/// Write generated text to `output` (never over an existing file without
/// `force`) or to standard output.
fn emit(
    mandate: &Mandate,
    language: Language,
    output: Option<&Path>,
    force: bool,
    text: String,
) -> Output {
    let Some(path) = output else {
        return Output::ok(text);
    };
    let shown = path.display().to_string();
    if path.exists() && !force {
        return Output::error(format!(
            "{}\n",
            mandate.message("file-exists", language, &[("path", &shown)])
        ));
    }
    match write_atomically(path, &text) {
        Ok(()) => Output {
            stdout: String::new(),
            stderr: format!(
                "{}\n",
                mandate.message("written", language, &[("path", &shown)])
            ),
            status: ExitStatus::Success,
        },
        Err(err) => Output::error(format!(
            "{}\n",
            mandate.message(
                "cannot-write",
                language,
                &[("path", &shown), ("reason", &err.to_string())]
            )
        )),
    }
}

fn import(
    file: &Path,
    output: Option<&Path>,
    force: bool,
    front: &crate::import::Front,
    language: Language,
) -> Output {
    let mandate = match Mandate::embedded() {
        Ok(m) => m,
        Err(errors) => return rule_errors(&errors, ColorChoice::Auto),
    };
    let shown = file.display().to_string();
    let cannot_read = |reason: String| {
        Output::error(format!(
            "{}\n",
            mandate.message(
                "cannot-read",
                language,
                &[("path", &shown), ("reason", &reason)]
            )
        ))
    };
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(err) => return cannot_read(err.to_string()),
    };
    let is_docx = file
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("docx"));
    let blocks = if is_docx {
        match crate::import::docx::blocks(&bytes) {
            Ok(blocks) => blocks,
            Err(err) => return cannot_read(err.0),
        }
    } else {
        match std::str::from_utf8(&bytes) {
            Ok(text) => crate::import::text::blocks(text, &mandate),
            Err(_) => return cannot_read("not UTF-8 text; save it as UTF-8 or .docx".to_string()),
        }
    };
    let source = file
        .file_name()
        .map_or_else(|| shown.clone(), |n| n.to_string_lossy().into_owned());
    let text = crate::import::to_markdown(&blocks, front, &source);
    emit(&mandate, language, output, force, text)
}

fn rules_mandate(rules: &RuleOptions) -> Result<Mandate, Output> {
    load_mandate(&rules.rules, ColorChoice::Auto)
}

fn overrides(args: &CheckArgs) -> CliOverrides {
    CliOverrides {
        config: args.config.clone(),
        scope: args.scope,
        language: args.rules.lang,
        fail_on: args.fail_on.map(|f| match f {
            FailOn::Error => FailOnOption::Error,
            FailOn::Warning => FailOnOption::Warning,
            FailOn::Note => FailOnOption::Note,
            FailOn::Never => FailOnOption::Never,
        }),
        min_severity: args.min_severity.map(|s| match s {
            SeverityArg::Error => Severity::Error,
            SeverityArg::Warning => Severity::Warning,
            SeverityArg::Note => Severity::Note,
        }),
        rules: args.rules.rules.clone(),
        exclude: args.exclude.clone(),
        max_file_size: args.max_file_size,
    }
}

fn check(args: &CheckArgs) -> Output {
    let start = args.paths.first().map_or(Path::new("."), PathBuf::as_path);
    let mut settings = match config::load(start, &overrides(args)) {
        Ok(s) => s,
        Err(err) => return file_error(&err, args.color),
    };
    settings.language = Some(message_language(settings.language));
    if args.show_settings {
        return Output::ok(settings.show());
    }
    let mandate = match load_mandate(&settings.rules, args.color) {
        Ok(m) => m,
        Err(out) => return out,
    };
    let unknown = settings.validate(&mandate);
    if !unknown.is_empty() {
        return rule_errors(&RuleErrors(unknown), args.color);
    }
    let targets = match targets(args) {
        Ok(t) => t,
        Err(message) => return Output::error(message),
    };
    if let Some(id) = &args.trace {
        return trace(id, args, &mandate, &settings);
    }
    let language = settings.language.unwrap_or_default();
    let baseline = match &args.baseline {
        Some(path) if !path.exists() => {
            let shown = path.display().to_string();
            return Output::error(format!(
                "error: {}\n",
                mandate.message("baseline-missing", language, &[("path", &shown)])
            ));
        }
        Some(path) => match Baseline::load(path) {
            Ok(b) => Some(b),
            Err(err) => return file_error(&err, args.color),
        },
        None => None,
    };

    let mut report = check_paths(&args.paths, &mandate, &settings);
    if report.documents.is_empty() && report.skipped.excluded == 0 {
        return no_documents(&args.paths, &report, &mandate, language);
    }
    if let Some(path) = &args.write_baseline {
        return write_baseline(path, &report, &mandate, language);
    }
    if let Some(baseline) = &baseline {
        apply_baseline(&mut report, baseline);
    }

    let options = RenderOptions {
        language: settings.language,
        style: style(args.color),
        quiet: args.quiet,
        statistics: args.statistics,
        help_url: settings.help_url.as_deref(),
    };
    let mut stdout = String::new();
    let mut stderr = String::new();
    for target in &targets {
        let text = report::render(target.format, &report, &mandate, &options);
        match &target.output {
            Some(path) => {
                if let Err(err) = write_atomically(path, &text) {
                    stderr.push_str(&format!("error: cannot write {}: {err}\n", path.display()));
                }
            }
            None => stdout.push_str(&text),
        }
    }
    if let Some(summary) = std::env::var_os("GITHUB_STEP_SUMMARY")
        .filter(|_| std::env::var_os("GITHUB_ACTIONS").is_some_and(|v| v == "true"))
    {
        let table = report::github::step_summary(&report);
        if let Err(err) = append(Path::new(&summary), &table) {
            stderr.push_str(&format!("error: cannot write the step summary: {err}\n"));
        }
    }
    let mut status = status_of(&report);
    if !stderr.is_empty() {
        status = ExitStatus::Error;
    }
    Output {
        stdout,
        stderr,
        status,
    }
}

/// The reports to write: `--format` values, with `--output` bound to the
/// only one; human output to standard output when none is given.
fn targets(args: &CheckArgs) -> Result<Vec<FormatTarget>, String> {
    let mut targets = args.format.clone();
    if targets.is_empty() {
        targets.push(FormatTarget {
            format: Format::Human,
            output: None,
        });
    }
    if let Some(path) = &args.output {
        match targets.as_mut_slice() {
            [only] if only.output.is_none() => only.output = Some(path.clone()),
            [_] => {
                return Err(
                    "error: --output names a second file for a --format that already has one\n"
                        .to_string(),
                );
            }
            _ => {
                return Err(format!(
                    "error: --output {} is ambiguous with several --format values; write \
                     --format FORMAT={} for the report that goes there\n",
                    path.display(),
                    path.display()
                ));
            }
        }
    }
    Ok(targets)
}

/// No file to check: exit 2, saying what was passed over.
fn no_documents(
    paths: &[PathBuf],
    report: &RunReport,
    mandate: &Mandate,
    language: Language,
) -> Output {
    let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    let skipped = report.skipped.total();
    let skipped = if skipped == 0 {
        String::new()
    } else {
        mandate.message(
            "no-documents-skipped",
            language,
            &[("count", &skipped.to_string())],
        )
    };
    Output::error(format!(
        "{}\n",
        mandate.message(
            "no-documents",
            language,
            &[("paths", &shown.join(" ")), ("skipped", &skipped)]
        )
    ))
}

/// `--write-baseline FILE`: record every finding, say so, exit 0.
fn write_baseline(
    path: &Path,
    report: &RunReport,
    mandate: &Mandate,
    language: Language,
) -> Output {
    let entries: Vec<_> = report
        .documents
        .iter()
        .flat_map(|d| d.findings().map(|f| baseline::key(&d.source, f)))
        .collect();
    let count = entries.len().to_string();
    let shown = path.display().to_string();
    match write_atomically(path, &Baseline::new(entries).to_json()) {
        Ok(()) => Output {
            stdout: String::new(),
            stderr: format!(
                "{}\n",
                mandate.message(
                    "baseline-written",
                    language,
                    &[("count", &count), ("path", &shown)]
                )
            ),
            status: if report.has_input_errors() {
                ExitStatus::Error
            } else {
                ExitStatus::Success
            },
        },
        Err(err) => Output::error(format!("error: cannot write {shown}: {err}\n")),
    }
}

/// Add `text` to the end of the file at `path`.
fn append(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write as _;
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)?
        .write_all(text.as_bytes())
}

/// `check --trace ELEMENT`: why each named file gives `id` its status.
fn trace(id: &str, args: &CheckArgs, mandate: &Mandate, settings: &Settings) -> Output {
    let language = settings.language.unwrap_or_default();
    let Some(element) = mandate.element(id) else {
        return Output::error(format!(
            "error: {}\n",
            mandate.unknown_element(id, language)
        ));
    };
    let mut out = Output::ok(String::new());
    for path in &args.paths {
        let syntax = Syntax::of(path).unwrap_or(Syntax::Markdown);
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(err) => {
                out.stderr
                    .push_str(&format!("error: cannot read {}: {err}\n", path.display()));
                out.status = ExitStatus::Error;
                continue;
            }
        };
        let name = path.display().to_string();
        let outcome = parse::read(&name, &bytes, syntax, mandate, &mandate.section_ids());
        let Some(mut document) = outcome.document else {
            for error in &outcome.errors {
                out.stderr.push_str(&human::render_error(
                    &outcome.source,
                    error,
                    style(args.color),
                ));
            }
            out.status = ExitStatus::Error;
            continue;
        };
        let file = settings.for_file(path);
        if !document.meta.scope_given
            && let Some(scope) = file.scope
        {
            document.meta.scope = scope;
        }
        out.stdout.push_str(&format!("== {name}\n"));
        out.stdout
            .push_str(&engine::trace::trace(&document, mandate, element, language));
    }
    out
}

fn compare(args: &CompareArgs) -> Output {
    use crate::report::matrix::{CompareFormat, Matrix, csv, html, markdown};
    let start = args.paths.first().map_or(Path::new("."), PathBuf::as_path);
    let cli = CliOverrides {
        config: args.config.clone(),
        scope: args.scope,
        language: args.rules.lang,
        rules: args.rules.rules.clone(),
        ..CliOverrides::default()
    };
    let mut settings = match config::load(start, &cli) {
        Ok(s) => s,
        Err(err) => return file_error(&err, ColorChoice::Auto),
    };
    // Facts and messages in the cells are worded in the report's language:
    // `--lang`, else the configuration's, else the locale's.
    let language = message_language(settings.language);
    settings.language = Some(language);
    let mandate = match load_mandate(&settings.rules, ColorChoice::Auto) {
        Ok(m) => m,
        Err(out) => return out,
    };
    let report = check_paths(&args.paths, &mandate, &settings);
    let matrix = Matrix::build(&report, &mandate, language);
    let text = match args.format {
        CompareFormat::Html => html::render(&matrix, &mandate),
        CompareFormat::Markdown => markdown::render(&matrix, &mandate),
        CompareFormat::Csv => csv::elements(&matrix),
        CompareFormat::FactsCsv => csv::facts(&matrix),
        CompareFormat::Json => matrix.to_json(),
    };
    // A broken document is a column marked as an error; the exit code says so.
    let status = if report.has_input_errors() {
        ExitStatus::Error
    } else {
        ExitStatus::Success
    };
    match &args.output {
        Some(path) => match write_atomically(path, &text) {
            Ok(()) => Output {
                stdout: String::new(),
                stderr: String::new(),
                status,
            },
            Err(err) => Output::error(format!("error: cannot write {}: {err}\n", path.display())),
        },
        None => Output {
            stdout: text,
            stderr: String::new(),
            status,
        },
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

/// Write `text` to `path` through a temporary file and a rename, so that a
/// reader never sees half a report.
fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map_or_else(|| "report".into(), |n| n.to_string_lossy().into_owned());
    let temporary = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    std::fs::write(&temporary, text)?;
    std::fs::rename(&temporary, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&temporary);
    })
}

/// 2 on any input error, else 1 when a document's findings reach its
/// failing severity (which `[[overrides]]` may set per path).
fn status_of(report: &RunReport) -> ExitStatus {
    if report.has_input_errors() {
        return ExitStatus::Error;
    }
    if report.documents.iter().any(DocumentReport::fails) {
        ExitStatus::Failure
    } else {
        ExitStatus::Success
    }
}

/// Read and check one file.
#[must_use]
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
    let outcome = parse::read(name, bytes, syntax, mandate, &mandate.section_ids());
    let Some(mut document) = outcome.document else {
        return DocumentReport::failed(outcome.source, outcome.errors);
    };
    if !document.meta.scope_given
        && let Some(scope) = file.scope
    {
        document.meta.scope = scope;
    }
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
    let (mut waivers, mut errors) = suppress::waivers(&document, syntax, mandate);
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

/// Check every path, in order; files are checked in parallel and reported
/// in the order they were found.
#[must_use]
pub fn check_paths(paths: &[PathBuf], mandate: &Mandate, settings: &Settings) -> RunReport {
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
    RunReport {
        documents,
        min_severity: settings.min_severity,
        skipped: found.skipped,
    }
}
