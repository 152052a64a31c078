//! Configuration: `torlint.toml` found upward from the checked path (or
//! `--config FILE`), layered as defaults < file < command line, resolved into
//! [`Settings`] that the rest of the run reads.

pub mod options;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};
use toml::Spanned;

use crate::error::FileError;
use crate::finding::Severity;
use crate::mandate::Mandate;
use crate::model::{Language, Scope};
use crate::source::{SourceFile, Span};

pub use options::{ConfigOptions, FailOn, SeverityOption};

/// Largest document checked by default: ToRs are tens of kilobytes.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 10 * 1024 * 1024;

/// The file name looked for in the checked folder and its parents.
pub const FILE_NAME: &str = "torlint.toml";

/// What the command line sets; `None` leaves the file's or default value.
#[derive(Debug, Clone, Default)]
pub struct CliOverrides {
    /// `--config FILE`.
    pub config: Option<PathBuf>,
    /// `--scope`.
    pub scope: Option<Scope>,
    /// `--lang`.
    pub language: Option<Language>,
    /// `--fail-on`.
    pub fail_on: Option<FailOn>,
    /// `--min-severity`.
    pub min_severity: Option<Severity>,
    /// `--rules DIR` (added after the file's).
    pub rules: Vec<PathBuf>,
    /// `--exclude GLOB` (added to the file's).
    pub exclude: Vec<String>,
    /// `--max-file-size BYTES`.
    pub max_file_size: Option<u64>,
}

/// Settings for the documents some globs match.
#[derive(Debug, Clone)]
pub struct Override {
    /// The globs as written.
    pub paths: Vec<String>,
    set: GlobSet,
    /// Scope for matched documents whose metadata gives none.
    pub scope: Option<Scope>,
    /// Per-element severity.
    pub severity: BTreeMap<String, SeverityOption>,
    /// The failing severity for matched documents (`Some(None)`: never);
    /// ignored when `--fail-on` is given.
    pub fail_on: Option<Option<Severity>>,
}

/// Resolved settings for one run.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The configuration file read, if any.
    pub config_file: Option<PathBuf>,
    /// Folder that globs and rule paths are relative to.
    pub root: PathBuf,
    /// Default scope.
    pub scope: Option<Scope>,
    /// Language of messages (default: each document's).
    pub language: Option<Language>,
    /// Lowest severity that fails the run; `None` never fails on findings.
    pub fail_on: Option<Severity>,
    /// Lowest severity shown.
    pub min_severity: Severity,
    /// Where the rule reference is published, for help links.
    pub help_url: Option<String>,
    /// Largest document checked, in bytes.
    pub max_file_size: u64,
    /// Extra rule directories, in order.
    pub rules: Vec<PathBuf>,
    /// Include globs (empty: every ToR file).
    pub include: Vec<String>,
    /// Exclude globs.
    pub exclude: Vec<String>,
    include_set: GlobSet,
    exclude_set: GlobSet,
    /// Per-element severity.
    pub severity: BTreeMap<String, SeverityOption>,
    /// Per-path settings, later ones win.
    pub overrides: Vec<Override>,
    /// Element ids named in the file, with their spans, for validation.
    named_elements: Vec<(String, Span)>,
    source: Option<SourceFile>,
}

/// Settings that apply to one document.
#[derive(Debug, Clone)]
pub struct FileSettings {
    /// Scope when the metadata gives none.
    pub scope: Option<Scope>,
    /// Per-element severity.
    pub severity: BTreeMap<String, SeverityOption>,
    /// The lowest severity that fails the run; `None` never fails.
    pub fail_on: Option<Severity>,
}

impl Default for FileSettings {
    fn default() -> Self {
        Self {
            scope: None,
            severity: BTreeMap::new(),
            fail_on: Some(Severity::Error),
        }
    }
}

/// Find `torlint.toml` in `start` (a file's folder, or a folder) or above.
#[must_use]
pub fn discover(start: &Path) -> Option<PathBuf> {
    let absolute = std::path::absolute(start).ok()?;
    let mut dir = if absolute.is_dir() {
        Some(absolute.as_path())
    } else {
        absolute.parent()
    };
    while let Some(d) = dir {
        let candidate = d.join(FILE_NAME);
        if candidate.is_file() {
            return Some(candidate);
        }
        dir = d.parent();
    }
    None
}

fn globs(
    source: Option<&SourceFile>,
    patterns: &[(String, Option<Span>)],
) -> Result<GlobSet, FileError> {
    let mut builder = GlobSetBuilder::new();
    for (pattern, span) in patterns {
        let glob = Glob::new(pattern).map_err(|err| match source {
            Some(file) => FileError::at(file, format!("invalid glob: {err}"), *span),
            None => FileError::at(
                &SourceFile::new("command line", ""),
                format!("invalid glob `{pattern}`: {err}"),
                None,
            ),
        })?;
        builder.add(glob);
    }
    builder.build().map_err(|err| {
        FileError::at(
            &source
                .cloned()
                .unwrap_or_else(|| SourceFile::new("command line", "")),
            format!("invalid globs: {err}"),
            None,
        )
    })
}

fn span<T>(value: &Spanned<T>) -> Span {
    let range = value.span();
    Span::new(range.start, range.end)
}

fn scope_of(source: &SourceFile, value: &Spanned<String>) -> Result<Scope, FileError> {
    Scope::parse(value.get_ref()).ok_or_else(|| {
        FileError::at(
            source,
            format!(
                "unknown scope `{}` (national, regional or global)",
                value.get_ref()
            ),
            Some(span(value)),
        )
    })
}

/// The severity a `fail-on` value fails at; `None` for never.
fn threshold(option: FailOn) -> Option<Severity> {
    match option {
        FailOn::Error => Some(Severity::Error),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Note => Some(Severity::Note),
        FailOn::Never => None,
    }
}

fn severity_of(option: SeverityOption) -> Option<Severity> {
    match option {
        SeverityOption::Error => Some(Severity::Error),
        SeverityOption::Warning => Some(Severity::Warning),
        SeverityOption::Note => Some(Severity::Note),
        SeverityOption::Off => None,
    }
}

/// Parse the text of a configuration file.
///
/// # Errors
///
/// A TOML syntax error or an unknown key, spanned in the file.
pub fn parse(source: &SourceFile) -> Result<ConfigOptions, FileError> {
    toml::from_str(source.text()).map_err(|err| {
        let at = err.span().map(|r| Span::new(r.start, r.end));
        FileError::at(source, err.message().to_string(), at)
    })
}

/// Resolve parsed options against the command line, as if read from a file
/// in `root` (used by [`load`], and by fuzzing without a file system).
///
/// # Errors
///
/// What [`parse`] rejects, and values that do not resolve (an unknown
/// scope or language, a bad glob), each spanned in the file.
pub fn resolve_text(source: &SourceFile, root: &Path) -> Result<Settings, FileError> {
    let options = parse(source)?;
    resolve(
        &options,
        Some(source.clone()),
        None,
        root.to_path_buf(),
        &CliOverrides::default(),
    )
}

/// Read the configuration (given, discovered from `start`, or none) and
/// layer the command line over it.
///
/// # Errors
///
/// A configuration file that cannot be read, or that [`resolve_text`]
/// rejects.
pub fn load(start: &Path, cli: &CliOverrides) -> Result<Settings, FileError> {
    let path = cli.config.clone().or_else(|| discover(start));
    let (options, source) = match &path {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|err| FileError::io(path, &err))?;
            let source = SourceFile::new(path.display().to_string(), text);
            (parse(&source)?, Some(source))
        }
        None => (ConfigOptions::default(), None),
    };
    let root = path
        .as_deref()
        .and_then(Path::parent)
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    resolve(&options, source, path, root, cli)
}

#[expect(
    clippy::too_many_lines,
    reason = "every setting resolved in one place, file then command line, so precedence is read in one pass"
)]
fn resolve(
    options: &ConfigOptions,
    source: Option<SourceFile>,
    config_file: Option<PathBuf>,
    root: PathBuf,
    cli: &CliOverrides,
) -> Result<Settings, FileError> {
    let file = source
        .clone()
        .unwrap_or_else(|| SourceFile::new("torlint.toml", ""));
    let scope = match &options.scope {
        Some(s) => Some(scope_of(&file, s)?),
        None => None,
    };
    let language = match &options.language {
        Some(l) => Some(Language::parse(l.get_ref()).ok_or_else(|| {
            FileError::at(
                &file,
                format!(
                    "unsupported language `{}` ({})",
                    l.get_ref(),
                    Language::codes()
                ),
                Some(span(l)),
            )
        })?),
        None => None,
    };
    let fail_on_option = cli.fail_on.or(options.fail_on).unwrap_or(FailOn::Error);
    let fail_on = threshold(fail_on_option);
    let min_severity = cli
        .min_severity
        .or_else(|| options.min_severity.and_then(severity_of))
        .unwrap_or(Severity::Note);
    let mut named_elements = Vec::new();
    let mut severity = BTreeMap::new();
    for (id, level) in &options.severity {
        named_elements.push((id.get_ref().clone(), span(id)));
        severity.insert(id.get_ref().clone(), *level);
    }
    let include: Vec<(String, Option<Span>)> = options
        .include
        .iter()
        .map(|g| (g.get_ref().clone(), Some(span(g))))
        .collect();
    let mut exclude: Vec<(String, Option<Span>)> = options
        .exclude
        .iter()
        .map(|g| (g.get_ref().clone(), Some(span(g))))
        .collect();
    let include_set = globs(source.as_ref(), &include)?;
    exclude.extend(cli.exclude.iter().map(|g| (g.clone(), None)));
    let exclude_set = globs(source.as_ref(), &exclude)?;
    let mut overrides = Vec::new();
    for o in &options.overrides {
        let paths: Vec<(String, Option<Span>)> = o
            .paths
            .iter()
            .map(|g| (g.get_ref().clone(), Some(span(g))))
            .collect();
        let mut severity = BTreeMap::new();
        for (id, level) in &o.severity {
            named_elements.push((id.get_ref().clone(), span(id)));
            severity.insert(id.get_ref().clone(), *level);
        }
        overrides.push(Override {
            set: globs(source.as_ref(), &paths)?,
            paths: paths.into_iter().map(|(p, _)| p).collect(),
            scope: match &o.scope {
                Some(s) => Some(scope_of(&file, s)?),
                None => None,
            },
            severity,
            // The command line wins over the file, overrides included.
            fail_on: o.fail_on.filter(|_| cli.fail_on.is_none()).map(threshold),
        });
    }
    let mut rules: Vec<PathBuf> = options.rules.iter().map(|r| root.join(r)).collect();
    rules.extend(cli.rules.iter().cloned());
    Ok(Settings {
        config_file,
        root,
        scope: cli.scope.or(scope),
        language: cli.language.or(language),
        fail_on,
        min_severity,
        help_url: options.help_url.clone(),
        max_file_size: cli
            .max_file_size
            .or(options.max_file_size)
            .unwrap_or(DEFAULT_MAX_FILE_SIZE),
        rules,
        include: include.into_iter().map(|(g, _)| g).collect(),
        exclude: exclude.into_iter().map(|(g, _)| g).collect(),
        include_set,
        exclude_set,
        severity,
        overrides,
        named_elements,
        source,
    })
}

impl Settings {
    /// Every element id the configuration names that does not exist, each
    /// an error at its key with the nearest id when one is close.
    #[must_use]
    pub fn validate(&self, mandate: &Mandate) -> Vec<FileError> {
        let file = self
            .source
            .clone()
            .unwrap_or_else(|| SourceFile::new(FILE_NAME, ""));
        let language = self.language.unwrap_or_default();
        self.named_elements
            .iter()
            .filter(|(id, _)| mandate.element(id).is_none())
            .map(|(id, span)| {
                FileError::at(&file, mandate.unknown_element(id, language), Some(*span))
            })
            .collect()
    }

    /// `path` as globs see it: relative to the configuration's folder.
    #[must_use]
    pub fn relative<'p>(&self, path: &'p Path) -> std::borrow::Cow<'p, Path> {
        relative_to(&self.root, path)
    }

    /// Whether a file, named or met while walking, is checked: not excluded,
    /// and included when `include` is set.
    #[must_use]
    pub fn includes(&self, path: &Path) -> bool {
        let rel = self.relative(path);
        !self.exclude_set.is_match(&rel)
            && (self.include.is_empty() || self.include_set.is_match(&rel))
    }

    /// A test, for the walker, of whether a folder is excluded altogether.
    pub fn folder_filter(&self) -> impl Fn(&Path) -> bool + Send + Sync + 'static {
        let root = self.root.clone();
        let exclude = self.exclude_set.clone();
        move |path| exclude.is_match(relative_to(&root, path))
    }

    /// The settings for one document.
    #[must_use]
    pub fn for_file(&self, path: &Path) -> FileSettings {
        let rel = self.relative(path);
        let mut file = FileSettings {
            scope: self.scope,
            severity: self.severity.clone(),
            fail_on: self.fail_on,
        };
        for o in self.overrides.iter().filter(|o| o.set.is_match(&rel)) {
            if o.scope.is_some() {
                file.scope = o.scope;
            }
            if let Some(fail_on) = o.fail_on {
                file.fail_on = fail_on;
            }
            file.severity
                .extend(o.severity.iter().map(|(k, v)| (k.clone(), *v)));
        }
        file
    }

    /// Write the resolved settings as TOML-like text, for
    /// `--show-settings`.
    ///
    /// # Errors
    ///
    /// When `out` cannot be written.
    pub fn show(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        writeln!(
            out,
            "# config-file = {}",
            self.config_file
                .as_ref()
                .map_or_else(|| "(none)".to_string(), |p| p.display().to_string())
        )?;
        let opt = |v: Option<String>| {
            v.map_or_else(|| "(each document's)".to_string(), |s| format!("{s:?}"))
        };
        writeln!(out, "scope = {}", opt(self.scope.map(|s| s.to_string())))?;
        writeln!(
            out,
            "language = {}",
            opt(self.language.map(|l| l.to_string()))
        )?;
        writeln!(
            out,
            "fail-on = {:?}",
            self.fail_on.map_or("never", Severity::as_str)
        )?;
        writeln!(out, "min-severity = {:?}", self.min_severity.as_str())?;
        writeln!(out, "max-file-size = {}", self.max_file_size)?;
        if let Some(url) = &self.help_url {
            writeln!(out, "help-url = {url:?}")?;
        }
        writeln!(
            out,
            "rules = {:?}",
            self.rules
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
        )?;
        writeln!(out, "include = {:?}", self.include)?;
        writeln!(out, "exclude = {:?}", self.exclude)?;
        writeln!(out, "\n[severity]")?;
        for (id, level) in &self.severity {
            writeln!(out, "{id:?} = {:?}", format!("{level:?}").to_lowercase())?;
        }
        for o in &self.overrides {
            writeln!(out, "\n[[overrides]]\npaths = {:?}", o.paths)?;
            if let Some(scope) = o.scope {
                writeln!(out, "scope = {:?}", scope.as_str())?;
            }
            if let Some(fail_on) = o.fail_on {
                writeln!(
                    out,
                    "fail-on = {:?}",
                    fail_on.map_or("never", Severity::as_str)
                )?;
            }
            for (id, level) in &o.severity {
                writeln!(
                    out,
                    "severity.{id:?} = {:?}",
                    format!("{level:?}").to_lowercase()
                )?;
            }
        }
        Ok(())
    }
}

/// `path` relative to `root` when it lies below it, else as given (without
/// a leading `./`).
fn relative_to<'p>(root: &Path, path: &'p Path) -> std::borrow::Cow<'p, Path> {
    if let (Ok(abs_path), Ok(abs_root)) = (std::path::absolute(path), std::path::absolute(root))
        && let Ok(rel) = abs_path.strip_prefix(&abs_root)
    {
        return std::borrow::Cow::Owned(rel.to_path_buf());
    }
    std::borrow::Cow::Borrowed(path.strip_prefix(".").unwrap_or(path))
}

impl FileSettings {
    /// The severity of an element's findings here, or `None` when off.
    #[must_use]
    pub fn severity_for(&self, id: &str, default: Severity) -> Option<Severity> {
        match self.severity.get(id) {
            Some(level) => severity_of(*level),
            None => Some(default),
        }
    }
}
