//! The command line, as clap derive types; doc comments are the `--help`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

pub mod help;
pub mod usage_error;

use crate::config::FailOn;
use crate::finding::Severity;
use crate::model::{Language, Scope};
use crate::report::Format;

/// Check a UN Network on Migration terms of reference against the global
/// Network mandate.
#[derive(Debug, Parser)]
#[command(name = "torlint", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// When to colour human output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum ColorChoice {
    /// Colour when writing to a terminal and `NO_COLOR` is unset.
    #[default]
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// One report to write: its format, and the file it goes to (standard
/// output when none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatTarget {
    /// The format.
    pub format: Format,
    /// Where it goes.
    pub output: Option<PathBuf>,
}

/// Parses `FORMAT` or `FORMAT=FILE`, listing the formats in `--help`.
#[derive(Debug, Clone, Copy)]
struct FormatTargetParser;

impl clap::builder::TypedValueParser for FormatTargetParser {
    type Value = FormatTarget;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<FormatTarget, clap::Error> {
        let text = value.to_string_lossy();
        let (name, output) = match text.split_once('=') {
            Some((name, file)) if !file.is_empty() => (name, Some(PathBuf::from(file))),
            Some(_) => {
                return Err(clap::Error::raw(
                    clap::error::ErrorKind::InvalidValue,
                    format!("`{text}` names no file after `=`; write FORMAT=FILE\n"),
                )
                .with_cmd(cmd));
            }
            None => (text.as_ref(), None),
        };
        let format = clap::builder::EnumValueParser::<Format>::new().parse_ref(
            cmd,
            arg,
            std::ffi::OsStr::new(name),
        )?;
        Ok(FormatTarget { format, output })
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            Format::value_variants()
                .iter()
                .filter_map(ValueEnum::to_possible_value),
        ))
    }
}

/// Options shared by the commands that read rules.
#[derive(Debug, Clone, Args)]
pub struct RuleOptions {
    /// A directory of rule files that add to or replace the shipped ones
    /// (same file name replaces); repeatable.
    #[arg(long = "rules", value_name = "DIR")]
    pub rules: Vec<PathBuf>,
    /// Language of messages (default: for check and compare, `language` in
    /// torlint.toml; else the system locale from `LC_ALL`, `LC_MESSAGES` or LANG
    /// when it is a language torlint speaks; else English).
    #[arg(long, value_enum)]
    pub lang: Option<Language>,
}

/// Output format of `torlint rules`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum RulesFormat {
    /// A table for people.
    #[default]
    Table,
    /// JSON for tools.
    Json,
    /// The Markdown rule reference (docs/rules.md).
    Markdown,
}

/// The options of `torlint check`.
#[derive(Debug, Clone, Args)]
pub struct CheckArgs {
    /// Files or directories to check (.md, .markdown, .yaml, .yml; .docx, .odt
    /// and .pdf files named one by one).
    #[arg(required_unless_present = "show_settings", value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Output format, or `FORMAT=FILE` to write that report to FILE
    /// (atomically); repeatable, e.g. `--format github --format
    /// sarif=torlint.sarif`. Reports without a file go to standard output.
    #[arg(long, value_name = "FORMAT[=FILE]", value_parser = FormatTargetParser)]
    pub format: Vec<FormatTarget>,
    /// Write the report to FILE (atomically); only with a single `--format`
    /// (with several, write `--format FORMAT=FILE`).
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Configuration file (default: torlint.toml in the checked folder or above).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Print the resolved settings and exit.
    #[arg(long)]
    pub show_settings: bool,
    /// Scope for documents whose metadata does not give one.
    #[arg(long, value_enum)]
    pub scope: Option<Scope>,
    /// The lowest severity that fails the run (default: error).
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// The lowest severity shown (default: note, everything).
    #[arg(long, value_enum)]
    pub min_severity: Option<Severity>,
    /// Skip files and folders matching this glob when walking; repeatable.
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,
    /// Largest document checked, in bytes (default 10 MiB); larger ones are
    /// input errors.
    #[arg(long, value_name = "BYTES")]
    pub max_file_size: Option<u64>,
    /// Report only findings not recorded in this baseline file.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Record the current findings in FILE, so later runs report only new ones.
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
    /// Print counts per element instead of the findings.
    #[arg(long)]
    pub statistics: bool,
    /// Explain one element's status: clause by clause, the concepts found,
    /// whether the clause addresses the element, and the reason for the
    /// verdict (instead of the report).
    #[arg(long, value_name = "ELEMENT")]
    pub trace: Option<String>,
    /// Print findings and errors only, no summary line.
    #[arg(long, short)]
    pub quiet: bool,
    /// When to use colour in human output (`NO_COLOR` is honoured).
    #[arg(long, value_enum, default_value = "auto")]
    pub color: ColorChoice,
    /// Rule and language options.
    #[command(flatten)]
    pub rules: RuleOptions,
}

/// The options of `torlint compare`.
#[derive(Debug, Clone, Args)]
pub struct CompareArgs {
    /// Files or directories to compare.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "markdown")]
    pub format: crate::report::matrix::CompareFormat,
    /// Write the report to FILE (atomically) instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Configuration file (default: torlint.toml in the compared folder or above).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Scope for documents whose metadata does not give one.
    #[arg(long, value_enum)]
    pub scope: Option<Scope>,
    /// Rule and language options (`--lang` sets the report's language; default English).
    #[command(flatten)]
    pub rules: RuleOptions,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check ToRs (.md/.markdown/.yaml/.yml files or directories of them; .docx, .odt and .pdf files named one by one).
    Check(Box<CheckArgs>),
    /// Compare ToRs side by side: a country-by-element matrix and their arrangements.
    Compare(Box<CompareArgs>),
    /// Explain one element of the mandate: what, why, source, examples, wording.
    Explain {
        /// Element id, e.g. `secretariat.holder`.
        id: String,
        /// Rule and language options.
        #[command(flatten)]
        rules: RuleOptions,
    },
    /// List every element of the mandate.
    Rules {
        /// Output format.
        #[arg(long, value_enum, default_value = "table")]
        format: RulesFormat,
        /// Rule and language options.
        #[command(flatten)]
        rules: RuleOptions,
    },
    /// Turn a Word file (.docx), an OpenDocument text (.odt), a PDF or plain text into a structured Markdown ToR.
    Import {
        /// The .docx, .odt, .pdf or text file.
        file: PathBuf,
        /// Write the Markdown here (default: standard output).
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Overwrite FILE if it exists.
        #[arg(long)]
        force: bool,
        /// Scope to write in the front matter.
        #[arg(long, value_enum)]
        scope: Option<Scope>,
        /// Country to write in the front matter.
        #[arg(long)]
        country: Option<String>,
        /// Region to write in the front matter (regional networks).
        #[arg(long)]
        region: Option<String>,
        /// A Word file's tracked changes: read as accepted, or as rejected
        /// (the text before them).
        #[arg(long, value_enum, default_value = "accept")]
        changes: crate::import::docx::Changes,
        /// Language of messages.
        #[arg(long, value_enum)]
        lang: Option<Language>,
    },
    /// Write a ToR skeleton that states every element of the mandate.
    Init {
        /// Language of the ToR.
        #[arg(long, value_enum)]
        lang: Option<Language>,
        /// Scope of the network.
        #[arg(long, value_enum, default_value = "national")]
        scope: Scope,
        /// The country (or region) of the network.
        #[arg(long, value_name = "NAME", default_value = "[PAYS / COUNTRY]")]
        country: String,
        /// The region whose frameworks the ToR aligns with (africa,
        /// asia-pacific, americas, arab-states, europe-central-asia; see
        /// rules/regions.yaml); by default the region of --country, if known.
        #[arg(long, value_name = "REGION")]
        region: Option<String>,
        /// Write the skeleton here (default: standard output).
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Overwrite FILE if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Write shell completions to standard output.
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Write a man page (roff): torlint(1), or one per subcommand
    /// (torlint-check(1), ...), to standard output or as files.
    Man {
        /// The subcommand whose page to write (default: torlint's own).
        #[arg(value_name = "COMMAND")]
        command: Option<String>,
        /// Write every page (torlint.1, torlint-check.1, ...) into DIR.
        #[arg(long, value_name = "DIR", conflicts_with = "command")]
        output_dir: Option<PathBuf>,
    },
}
