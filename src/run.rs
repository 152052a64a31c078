//! One invocation from parsed arguments to what to print and the exit code.
//!
//! The command line's side of a run: settings from arguments and files,
//! rule loading, output targets and messages. Checking itself is
//! [`crate::pipeline`]'s. Nothing here prints: [`execute`] returns the text
//! for standard output and standard error (and writes `--output` files), so
//! the binary stays thin and tests can call the whole command.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use clap::CommandFactory;

use crate::baseline::{self, Baseline};
use crate::cli::{CheckArgs, Cli, ColorChoice, Command, CompareArgs, FormatTarget, RuleOptions};
use crate::config::{self, CliOverrides, Settings};
use crate::engine;
use crate::error::{FileError, RuleErrors, io_reason};
use crate::explain;
use crate::mandate::Mandate;
use crate::model::Language;
use crate::parse::Syntax;
use crate::pipeline::{self, ExitStatus};
use crate::report::sink::{Sink, Target, write_atomically};
use crate::report::{self, Format, RenderOptions, Summary, human};
use crate::walk::{self, Skipped};

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
pub fn execute(cli: Cli, stdout: &mut dyn Write) -> Output {
    match cli.command {
        Command::Check(args) => check(&args, stdout),
        Command::Compare(args) => compare(&args),
        Command::Explain { id, rules } => {
            let mandate = match rules_mandate(&rules) {
                Ok(m) => m,
                Err(out) => return out,
            };
            let language = message_language(rules.lang);
            match mandate.element(&id) {
                Some(element) => written(|out| explain::explain(out, &mandate, element, language))
                    .map_or_else(|o| o, Output::ok),
                None => Output::error(format!(
                    "error: {}\n",
                    mandate.unknown_element(&id, language)
                )),
            }
        }
        Command::Rules { format, rules } => match rules_mandate(&rules) {
            Ok(mandate) => {
                let language = message_language(rules.lang);
                written(|out| explain::rules(out, &mandate, format, language))
                    .map_or_else(|o| o, Output::ok)
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
            changes,
            lang,
        } => {
            let front = crate::import::Front {
                scope,
                country,
                region,
            };
            let language = message_language(lang);
            import(&file, output.as_deref(), force, &front, changes, language)
        }
        Command::Init {
            lang,
            scope,
            country,
            region,
            output,
            force,
        } => init(
            message_language(lang),
            scope,
            &country,
            region,
            output.as_deref(),
            force,
        ),
        Command::Completions { shell } => {
            let mut command = Cli::command();
            let mut buffer = Vec::new();
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
        Some(name) => {
            if let Some(sub) = cli.find_subcommand(name) {
                sub.clone()
            } else {
                let names: Vec<&str> = cli.get_subcommands().map(clap::Command::get_name).collect();
                return Output::error(format!(
                    "error: no subcommand `{name}`; pages exist for: {}\n",
                    names.join(", ")
                ));
            }
        }
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
    match write_atomically(path, text.as_bytes()) {
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

/// `torlint init`: the skeleton for `country`, naming the frameworks of
/// `region` (or of the country's region).
fn init(
    language: Language,
    scope: crate::model::Scope,
    country: &str,
    region: Option<String>,
    output: Option<&Path>,
    force: bool,
) -> Output {
    let mandate = match Mandate::embedded() {
        Ok(m) => m,
        Err(errors) => return rule_errors(&errors, ColorChoice::Auto),
    };
    let region = match region {
        Some(id) if mandate.regions.ids().any(|known| known == id) => Some(id),
        Some(id) => {
            let known: Vec<&str> = mandate.regions.ids().collect();
            return Output::error(format!(
                "{}\n",
                mandate.message(
                    "unknown-region",
                    language,
                    &[("region", &id), ("known", &known.join(", "))],
                )
            ));
        }
        None => mandate.regions.of_place(country).map(str::to_string),
    };
    match written(|out| {
        crate::init::skeleton(out, &mandate, language, scope, country, region.as_deref())
    }) {
        Ok(text) => emit(&mandate, language, output, force, text),
        Err(out) => out,
    }
}

fn import(
    file: &Path,
    output: Option<&Path>,
    force: bool,
    front: &crate::import::Front,
    changes: crate::import::docx::Changes,
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
        Err(err) => return cannot_read(io_reason(&err).say(&mandate, language)),
    };
    let extension = file
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let format = crate::import::Office::of_extension(&extension);
    let office = format.map(|format| format.read(&bytes, changes, &mandate));
    let mut notices = String::new();
    let blocks = if let Some(office) = office {
        match office {
            Ok(imported) => {
                // An OpenDocument file's tracked changes are read as
                // accepted; a PDF has none.
                let read_as = if format == Some(crate::import::Office::Word) {
                    changes
                } else {
                    crate::import::docx::Changes::Accept
                };
                notices = crate::import::notices(
                    &mandate,
                    language,
                    imported.dropped,
                    crate::import::Reading::Import(read_as),
                )
                .join("");
                imported.blocks
            }
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
    match written(|out| crate::import::to_markdown(out, &blocks, front, &source)) {
        Ok(text) => {
            let mut out = emit(&mandate, language, output, force, text);
            out.stderr.insert_str(0, &notices);
            out
        }
        Err(out) => out,
    }
}

/// The text `write` produces, or the output that says it could not.
fn written(write: impl FnOnce(&mut String) -> std::fmt::Result) -> Result<String, Output> {
    let mut text = String::new();
    write(&mut text)
        .map(|()| text)
        .map_err(|err| Output::error(format!("error: cannot write the output: {err}\n")))
}

fn rules_mandate(rules: &RuleOptions) -> Result<Mandate, Output> {
    load_mandate(&rules.rules, ColorChoice::Auto)
}

fn overrides(args: &CheckArgs) -> CliOverrides {
    CliOverrides {
        config: args.config.clone(),
        scope: args.scope,
        language: args.rules.lang,
        fail_on: args.fail_on,
        min_severity: args.min_severity,
        rules: args.rules.rules.clone(),
        exclude: args.exclude.clone(),
        max_file_size: args.max_file_size,
    }
}

#[expect(
    clippy::too_many_lines,
    reason = "the `check` command from settings to output, every early exit in the order users meet them"
)]
fn check(args: &CheckArgs, stdout: &mut dyn Write) -> Output {
    let start = args.paths.first().map_or(Path::new("."), PathBuf::as_path);
    let mut settings = match config::load(start, &overrides(args)) {
        Ok(s) => s,
        Err(err) => return file_error(&err, args.color),
    };
    settings.language = Some(message_language(settings.language));
    if args.show_settings {
        return written(|out| settings.show(out)).map_or_else(|o| o, Output::ok);
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

    // A baseline being written records every finding.
    let baseline = baseline.as_ref().filter(|_| args.write_baseline.is_none());
    let found = walk::expand(&args.paths, &settings);
    if found.inputs.is_empty() && found.skipped.excluded == 0 {
        return no_documents(&args.paths, found.skipped, &mandate, language);
    }
    if let Some(path) = &args.write_baseline {
        return write_baseline(path, found, &mandate, &settings);
    }

    let options = RenderOptions {
        language: settings.language,
        style: style(args.color),
        quiet: args.quiet,
        statistics: args.statistics,
        help_url: settings.help_url.as_deref(),
    };
    let mut stderr = String::new();
    let mut reports = Vec::new();
    let mut stdout = Some(stdout);
    for target in &targets {
        let renderer = report::renderer(target.format, &mandate, options, settings.min_severity);
        let (name, sink) = match &target.output {
            Some(path) => (path.display().to_string(), Sink::staged(path)),
            None => (
                "standard output".to_string(),
                Ok(stdout
                    .take()
                    .map_or_else(|| Sink::Held(Vec::new()), Sink::Stdout)),
            ),
        };
        match sink {
            Ok(sink) => reports.push(Target::new(name, renderer, sink)),
            Err(err) => stderr.push_str(&format!("error: cannot write {name}: {err}\n")),
        }
    }
    if let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY")
        .filter(|_| std::env::var_os("GITHUB_ACTIONS").is_some_and(|v| v == "true"))
    {
        let renderer = Box::new(report::github::StepSummary::new(&mandate, language));
        match Sink::appended(Path::new(&path)) {
            Ok(sink) => reports.push(Target::new("the step summary".to_string(), renderer, sink)),
            Err(err) => {
                stderr.push_str(&format!("error: cannot write the step summary: {err}\n"));
            }
        }
    }

    for report in &mut reports {
        report.begin();
    }
    let mut summary = Summary {
        skipped: found.skipped,
        ..Summary::default()
    };
    let mut notices = String::new();
    // Checking stops early only when no report can still be written; each
    // report's error is said below, except a closed pipe, after which the
    // status is that of the documents checked so far.
    let _stopped_early = pipeline::check_inputs(
        found.inputs,
        &mandate,
        &settings,
        baseline,
        &mut |document| {
            summary.add(&document);
            for notice in &document.notices {
                notices.push_str(&format!("{}: {notice}", document.source.name()));
            }
            for report in &mut reports {
                report.document(&document);
            }
            // Checking goes on only while a report is still being written.
            if reports.iter().all(Target::failed) && !reports.is_empty() {
                return Err(std::io::Error::other("every report failed"));
            }
            Ok(())
        },
    );
    let mut held = Vec::new();
    for report in reports {
        let name = report.name.clone();
        match report.end(&summary) {
            Ok(bytes) => held.extend(bytes),
            // `torlint check | head` closes the pipe: not worth a word.
            Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => {}
            Err(err) => stderr.push_str(&format!("error: cannot write {name}: {err}\n")),
        }
    }
    let mut status = pipeline::exit_status(&summary);
    if !stderr.is_empty() {
        status = ExitStatus::Error;
    }
    // What the reading of Word files assumed is said, but fails nothing.
    notices.push_str(&stderr);
    Output {
        stdout: String::from_utf8_lossy(&held).into_owned(),
        stderr: notices,
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
    // A Word file is no use on a terminal.
    if targets
        .iter()
        .any(|t| t.format == Format::Docx && t.output.is_none())
        && std::io::stdout().is_terminal()
    {
        return Err(
            "error: --format docx writes a Word file; name it with --format docx=review.docx \
             (or redirect standard output to a file)\n"
                .to_string(),
        );
    }
    Ok(targets)
}

/// No file to check: exit 2, saying what was passed over.
fn no_documents(
    paths: &[PathBuf],
    skipped: Skipped,
    mandate: &Mandate,
    language: Language,
) -> Output {
    let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    let skipped = skipped.total();
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
    found: walk::Inputs,
    mandate: &Mandate,
    settings: &Settings,
) -> Output {
    let language = settings.language.unwrap_or_default();
    let mut entries = Vec::new();
    let mut input_errors = false;
    pipeline::check_each(found.inputs, mandate, settings, None, |d| {
        input_errors |= !d.errors.is_empty();
        entries.extend(d.findings().map(|f| baseline::key(&d.source, f)));
    });
    let count = entries.len().to_string();
    let shown = path.display().to_string();
    match write_atomically(path, Baseline::new(entries).to_json().as_bytes()) {
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
            status: if input_errors {
                ExitStatus::Error
            } else {
                ExitStatus::Success
            },
        },
        Err(err) => Output::error(format!("error: cannot write {shown}: {err}\n")),
    }
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
        let mut outcome = pipeline::read(&name, &bytes, syntax, mandate, &settings.for_file(path));
        let Some(document) = outcome.document else {
            for error in &mut outcome.errors {
                error.word(mandate, language);
                out.stderr.push_str(&human::render_error(
                    &outcome.source,
                    error,
                    style(args.color),
                ));
            }
            out.status = ExitStatus::Error;
            continue;
        };
        out.stdout.push_str(&format!("== {name}\n"));
        if let Err(failed) =
            engine::trace::trace(&mut out.stdout, &document, mandate, element, language)
        {
            out.stderr
                .push_str(&format!("error: cannot write the trace: {failed}\n"));
            out.status = ExitStatus::Error;
        }
    }
    out
}

fn compare(args: &CompareArgs) -> Output {
    use crate::report::matrix::{CompareFormat, Comparison, csv, html, markdown};
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
    let found = walk::expand(&args.paths, &settings);
    let mut comparison = Comparison::default();
    pipeline::check_each(found.inputs, &mandate, &settings, None, |d| {
        comparison.add(&d);
    });
    let input_errors = comparison.has_input_errors();
    let matrix = comparison.into_matrix(&mandate, language);
    let mut text = Vec::new();
    let rendered = match args.format {
        CompareFormat::Html => html::render(&matrix, &mandate, &mut text),
        CompareFormat::Markdown => markdown::render(&matrix, &mandate, &mut text),
        CompareFormat::Csv => csv::elements(&matrix, &mut text),
        CompareFormat::FactsCsv => csv::facts(&matrix, &mut text),
        CompareFormat::Json => {
            text = matrix.to_json().into_bytes();
            Ok(())
        }
    };
    if let Err(err) = rendered {
        return Output::error(format!("error: cannot render the comparison: {err}\n"));
    }
    // A broken document is a column marked as an error; the exit code says so.
    let status = if input_errors {
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
            stdout: String::from_utf8_lossy(&text).into_owned(),
            stderr: String::new(),
            status,
        },
    }
}
