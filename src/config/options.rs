//! The serde shape of `torlint.toml`: every key optional, unknown keys
//! rejected with a span, so a typo is an error that points at it.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

/// A severity as written in configuration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SeverityOption {
    /// Report as an error.
    Error,
    /// Report as a warning.
    Warning,
    /// Report as a note.
    Note,
    /// Do not report this element.
    Off,
}

/// The lowest severity that fails the run (exit code 1), in configuration
/// and on the command line alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum FailOn {
    /// Fail on errors only (default).
    Error,
    /// Fail on warnings and errors.
    Warning,
    /// Fail on any finding.
    Note,
    /// Never fail because of findings.
    Never,
}

/// Settings for the files an override's globs match.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct OverrideOptions {
    /// Globs, relative to the configuration file's folder.
    pub paths: Vec<Spanned<String>>,
    /// Scope for matched documents whose metadata gives none.
    pub scope: Option<Spanned<String>>,
    /// Per-element severity for matched documents.
    #[serde(default)]
    pub severity: BTreeMap<Spanned<String>, SeverityOption>,
    /// Lowest severity that fails the run for matched documents.
    pub fail_on: Option<FailOn>,
}

/// `torlint.toml` as written.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ConfigOptions {
    /// Scope for documents whose metadata gives none.
    pub scope: Option<Spanned<String>>,
    /// Language of messages.
    pub language: Option<Spanned<String>>,
    /// Lowest severity that fails the run.
    pub fail_on: Option<FailOn>,
    /// Lowest severity shown.
    pub min_severity: Option<SeverityOption>,
    /// Where the rule reference is published (e.g. the repository's
    /// docs/rules.md); SARIF help links point there.
    pub help_url: Option<String>,
    /// Largest document checked, in bytes (default 10 MiB).
    pub max_file_size: Option<u64>,
    /// Extra rule directories, relative to the configuration file.
    #[serde(default)]
    pub rules: Vec<String>,
    /// Globs of files to check when walking directories.
    #[serde(default)]
    pub include: Vec<Spanned<String>>,
    /// Globs of files and folders to skip when walking directories.
    #[serde(default)]
    pub exclude: Vec<Spanned<String>>,
    /// Per-element severity, or `off`.
    #[serde(default)]
    pub severity: BTreeMap<Spanned<String>, SeverityOption>,
    /// Settings for some paths only.
    #[serde(default)]
    pub overrides: Vec<OverrideOptions>,
}
