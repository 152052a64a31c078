//! Baselines: adopt torlint on an existing repository and fail only on new
//! findings.
//!
//! An entry is keyed on the element id, the document and the normalised
//! text of the clause (or heading) the finding points at, never on line
//! numbers, so edits elsewhere in the file do not invalidate it.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::FileError;
use crate::finding::Finding;
use crate::source::SourceFile;
use crate::text::fold::fold;

/// Version of the baseline file format.
pub const VERSION: u32 = 1;

/// One recorded finding.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Entry {
    /// Element id.
    pub rule: String,
    /// The document's path as given, without a leading `./`.
    pub document: String,
    /// The folded text the finding points at.
    pub text: String,
}

/// A baseline file.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    /// Format version.
    pub version: u32,
    /// Recorded findings.
    pub entries: Vec<Entry>,
}

/// The key of a finding in a document.
#[must_use]
pub fn key(source: &SourceFile, finding: &Finding) -> Entry {
    let document = source.name();
    Entry {
        rule: finding.rule.clone(),
        document: document.strip_prefix("./").unwrap_or(document).to_string(),
        text: fold(source.slice(finding.span)),
    }
}

impl Baseline {
    /// A baseline recording `entries`.
    #[must_use]
    pub fn new(mut entries: Vec<Entry>) -> Self {
        entries.sort();
        Self {
            version: VERSION,
            entries,
        }
    }

    /// Read a baseline file.
    ///
    /// # Errors
    ///
    /// A file that cannot be read, or that is not a baseline's JSON.
    pub fn load(path: &Path) -> Result<Self, FileError> {
        let text = std::fs::read_to_string(path).map_err(|err| FileError::io(path, &err))?;
        let source = SourceFile::new(path.display().to_string(), text);
        let baseline: Baseline = serde_json::from_str(source.text()).map_err(|err| {
            let at = source.offset_of(err.line(), err.column());
            FileError::at(
                &source,
                format!("not a torlint baseline: {err}"),
                Some(crate::source::Span::new(at, at)),
            )
        })?;
        if baseline.version != VERSION {
            return Err(FileError::at(
                &source,
                format!("baseline version {} is not {VERSION}", baseline.version),
                None,
            ));
        }
        Ok(baseline)
    }

    /// The file's text.
    #[must_use]
    pub fn to_json(&self) -> String {
        crate::report::pretty_json(self)
    }

    /// How many times each entry is recorded, to match findings against.
    #[must_use]
    pub fn counts(&self) -> BTreeMap<&Entry, usize> {
        let mut counts = BTreeMap::new();
        for entry in &self.entries {
            *counts.entry(entry).or_insert(0) += 1;
        }
        counts
    }
}
