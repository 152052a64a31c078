//! Which files a run checks: the paths given, folders walked.
//!
//! Folders are walked as ripgrep walks them (the `ignore` crate): in
//! file-name order, following symbolic links, skipping hidden files and
//! folders and what `.gitignore` or `.ignore` files exclude. The
//! configuration's `include` and `exclude` apply to named files too (ruff's
//! `--force-exclude`), because pre-commit and editors name every changed file
//! one by one. What was passed over is counted, so a run that found no ToR
//! can say why instead of passing green.

use std::path::{Path, PathBuf};

use ignore::WalkBuilder;

use crate::config::Settings;
use crate::error::{Arg, InputError, InputErrorKind, io_reason};
use crate::parse::Syntax;

/// A file to check, or a problem met while finding files.
#[derive(Debug)]
pub enum Input {
    /// A file and how to read it.
    File(PathBuf, Syntax),
    /// A path that could not be walked, shown as the first string.
    Problem(String, InputError),
}

/// Files found but not checked, by reason.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Skipped {
    /// Left out by the configuration's `include` or `exclude`, or hidden.
    pub excluded: usize,
    /// In a walked folder but not Markdown or YAML (a Word file, say).
    pub unsupported: usize,
}

impl Skipped {
    /// Every file passed over.
    #[must_use]
    pub fn total(self) -> usize {
        self.excluded + self.unsupported
    }
}

/// What the paths expand to.
#[derive(Debug, Default)]
pub struct Inputs {
    /// In the order found.
    pub inputs: Vec<Input>,
    /// Counts of what was passed over.
    pub skipped: Skipped,
}

/// Whether a path has a hidden component (`.github/`, `.pre-commit-config.yaml`).
fn hidden(path: &Path) -> bool {
    path.components().any(|c| match c {
        std::path::Component::Normal(name) => name.to_str().is_some_and(|n| n.starts_with('.')),
        _ => false,
    })
}

/// Expand `paths`: named files unless excluded, folders walked.
#[must_use]
pub fn expand(paths: &[PathBuf], settings: &Settings) -> Inputs {
    let mut found = Inputs::default();
    for path in paths {
        if path.is_dir() {
            walk(path, settings, &mut found);
        } else if !settings.includes(path) || {
            // Hidden below the configuration's folder (or the current one),
            // as pre-commit names `.github/workflows/ci.yml`.
            let rel = settings.relative(path);
            rel.is_relative() && hidden(&rel)
        } {
            found.skipped.excluded += 1;
        } else {
            let syntax = Syntax::of(path).unwrap_or(Syntax::Markdown);
            found.inputs.push(Input::File(path.clone(), syntax));
        }
    }
    found
}

fn walk(root: &Path, settings: &Settings, found: &mut Inputs) {
    let excluded = settings.folder_filter();
    let walker = WalkBuilder::new(root)
        .follow_links(true)
        .require_git(false)
        .sort_by_file_name(std::cmp::Ord::cmp)
        .filter_entry(move |entry| {
            entry.depth() == 0
                || !(entry.file_type().is_some_and(|t| t.is_dir()) && excluded(entry.path()))
        })
        .build();
    for entry in walker {
        match entry {
            Ok(entry) => {
                if !entry.file_type().is_some_and(|t| t.is_file()) {
                    continue;
                }
                let path = entry.path();
                match Syntax::of(path) {
                    None => found.skipped.unsupported += 1,
                    Some(_) if !settings.includes(path) => found.skipped.excluded += 1,
                    Some(syntax) => found.inputs.push(Input::File(path.to_path_buf(), syntax)),
                }
            }
            Err(err) => {
                let (name, key, args) = match looped(&err) {
                    Some(child) => (child.display().to_string(), "input-walk-loop", Vec::new()),
                    None => (
                        root.display().to_string(),
                        "input-walk",
                        vec![(
                            "reason",
                            err.io_error()
                                .map_or_else(|| Arg::Text(err.to_string()), io_reason),
                        )],
                    ),
                };
                found.inputs.push(Input::Problem(
                    name,
                    InputError::worded(InputErrorKind::Walk, key, args, None),
                ));
            }
        }
    }
}

/// The link that closes a directory loop, if `err` is one.
fn looped(err: &ignore::Error) -> Option<&Path> {
    match err {
        ignore::Error::Loop { child, .. } => Some(child),
        ignore::Error::WithPath { err, .. }
        | ignore::Error::WithDepth { err, .. }
        | ignore::Error::WithLineNumber { err, .. } => looped(err),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_components_are_recognised() {
        assert!(hidden(Path::new(".github/workflows/ci.yml")));
        assert!(hidden(Path::new("tors/.drafts/x.md")));
        assert!(!hidden(Path::new("./tors/x.md")));
        assert!(!hidden(Path::new("../tors/x.md")));
    }
}
