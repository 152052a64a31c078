//! The command line, as clap derive types; doc comments are the `--help`.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

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

/// A language choice on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Lang {
    /// French.
    Fr,
    /// English.
    En,
}

impl From<Lang> for crate::model::Language {
    fn from(lang: Lang) -> Self {
        match lang {
            Lang::Fr => crate::model::Language::Fr,
            Lang::En => crate::model::Language::En,
        }
    }
}

/// A scope choice on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScopeArg {
    /// A country network.
    National,
    /// A regional network.
    Regional,
    /// The global Network.
    Global,
}

impl From<ScopeArg> for crate::model::Scope {
    fn from(scope: ScopeArg) -> Self {
        match scope {
            ScopeArg::National => crate::model::Scope::National,
            ScopeArg::Regional => crate::model::Scope::Regional,
            ScopeArg::Global => crate::model::Scope::Global,
        }
    }
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

/// The lowest severity that makes the run fail (exit code 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum FailOn {
    /// Fail on errors only (default).
    #[default]
    Error,
    /// Fail on warnings and errors.
    Warning,
    /// Fail on any finding.
    Note,
    /// Never fail because of findings.
    Never,
}

/// Options shared by the commands that read rules.
#[derive(Debug, Clone, clap::Args)]
pub struct RuleOptions {
    /// A directory of rule files that add to or replace the shipped ones
    /// (same file name replaces).
    #[arg(long, value_name = "DIR")]
    pub rules: Option<PathBuf>,
    /// Language of messages (default: each document's language).
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,
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

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check ToRs (files or directories of .md/.markdown/.yaml/.yml).
    Check {
        /// Files or directories to check.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
        /// Scope for documents whose metadata does not give one.
        #[arg(long, value_enum)]
        scope: Option<ScopeArg>,
        /// The lowest severity that fails the run.
        #[arg(long, value_enum, default_value = "error")]
        fail_on: FailOn,
        /// When to use colour in human output.
        #[arg(long, value_enum, default_value = "auto")]
        color: ColorChoice,
        /// Rule and language options.
        #[command(flatten)]
        rules: RuleOptions,
    },
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
}
