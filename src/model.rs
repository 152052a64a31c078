//! The document model every reader produces and the engine reads: metadata,
//! sections and clauses, each with its span in the file as written.
//!
//! Plain data, no logic beyond small lookups: Markdown and YAML both land here
//! so that matching never cares which syntax a ToR was written in.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

use crate::source::{SourceFile, Span};

/// Which kind of network a ToR governs; decides which elements apply.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Default, clap::ValueEnum,
)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    /// A country network (the default).
    #[default]
    National,
    /// A regional network.
    Regional,
    /// The global Network itself.
    Global,
}

impl Scope {
    /// Every scope, in catalogue order.
    pub const ALL: [Scope; 3] = [Scope::National, Scope::Regional, Scope::Global];

    /// The metadata spelling.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::National => "national",
            Scope::Regional => "regional",
            Scope::Global => "global",
        }
    }

    /// Parse the metadata spelling.
    #[must_use]
    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == value.trim())
    }
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The language a ToR is written in; picks the concept forms that read it and
/// the help text and suggested wording shown to its authors.
///
/// This enum is the list of languages: everything else a language needs
/// (concept forms, section titles, messages, wording) is data in `rules/`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    serde::Deserialize,
    Default,
    clap::ValueEnum,
)]
#[serde(rename_all = "kebab-case")]
pub enum Language {
    /// French.
    Fr,
    /// English (the fallback).
    #[default]
    En,
    /// Spanish.
    Es,
}

impl Language {
    /// Every supported language.
    pub const ALL: [Language; 3] = [Language::Fr, Language::En, Language::Es];

    /// The ISO 639-1 code.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Language::Fr => "fr",
            Language::En => "en",
            Language::Es => "es",
        }
    }

    /// The Snowball stemmer for the language's words.
    #[must_use]
    pub fn snowball(self) -> rust_stemmers::Algorithm {
        match self {
            Language::Fr => rust_stemmers::Algorithm::French,
            Language::En => rust_stemmers::Algorithm::English,
            Language::Es => rust_stemmers::Algorithm::Spanish,
        }
    }

    /// Folded words common in the language and rare in the others, which tell
    /// the language of a ToR that does not say it.
    #[must_use]
    pub fn function_words(self) -> &'static [&'static str] {
        match self {
            Language::Fr => &[
                "le", "les", "des", "du", "et", "sur", "pour", "une", "au", "aux",
            ],
            Language::En => &[
                "the", "and", "of", "to", "will", "for", "with", "on", "be", "shall",
            ],
            Language::Es => &[
                "el", "los", "las", "del", "y", "para", "con", "por", "una", "sus",
            ],
        }
    }

    /// The language whose function words are most frequent in `texts`
    /// (folded); English when none is found.
    #[must_use]
    pub fn detect<'a>(texts: impl IntoIterator<Item = &'a str>) -> Self {
        let mut counts = [0usize; Self::ALL.len()];
        let words = texts
            .into_iter()
            .flat_map(|text| text.split(|c: char| !c.is_alphanumeric()));
        for word in words {
            for (count, language) in counts.iter_mut().zip(Self::ALL) {
                *count += usize::from(language.function_words().contains(&word));
            }
        }
        Self::ALL
            .into_iter()
            .zip(counts)
            .filter(|&(_, count)| count > 0)
            .max_by_key(|&(language, count)| (count, language == Language::En))
            .map_or(Language::En, |(language, _)| language)
    }

    /// The codes of every language, for messages: "fr, en, es".
    #[must_use]
    pub fn codes() -> String {
        Self::ALL.map(Language::as_str).join(", ")
    }

    /// Parse an ISO 639-1 code.
    #[must_use]
    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|l| l.as_str().eq_ignore_ascii_case(value.trim()))
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A metadata value with the span of its scalar, for errors and reports.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MetaValue {
    /// The value as written (not necessarily a string in YAML).
    pub value: serde_json::Value,
    /// Where the value stands in the file, when known.
    #[serde(skip)]
    pub span: Option<Span>,
}

/// Front matter (Markdown) or top-level keys (YAML).
#[derive(Debug, Clone, Default)]
pub struct Meta {
    /// The network's scope; national when absent.
    pub scope: Scope,
    /// Whether `scope` was written or defaulted.
    pub scope_given: bool,
    /// The language, written or detected.
    pub language: Language,
    /// Whether `language` was written or detected.
    pub language_given: bool,
    /// Country of a national network.
    pub country: Option<String>,
    /// Region of a regional network.
    pub region: Option<String>,
    /// Free-text version, shown in reports.
    pub version: Option<String>,
    /// Free-text status (draft, adopted...).
    pub status: Option<String>,
    /// Every key as written, known ones included, for `meta` in JSON.
    pub raw: BTreeMap<String, MetaValue>,
}

/// A section: a heading (or a YAML `sections:` entry) and the clauses under it.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// The title as written (without `#` or `**`).
    pub title: String,
    /// The section of the mandate it stands for: given by a YAML entry's
    /// `section:`, or found from the title when sections are classified
    /// (for a sub-heading whose title names none, the enclosing section's).
    /// Readers leave it empty otherwise.
    pub id: Option<String>,
    /// Where a YAML entry's `section:` gives the id, checked against the
    /// mandate's sections when sections are classified.
    pub declared: Option<Span>,
    /// The enclosing section (the heading above a sub-heading), by index.
    pub parent: Option<usize>,
    /// Heading depth (1 for `#`); YAML sections are level 2.
    pub level: u8,
    /// The title's span, or the section entry's when it has no title.
    pub span: Span,
}

/// What kind of block a clause came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClauseKind {
    /// A paragraph.
    Paragraph,
    /// A list item (nested items are their own clauses).
    ListItem,
    /// A table row, read with its header row as lead-in.
    TableRow,
}

/// One clause: the unit torlint maps onto mandate elements.
#[derive(Debug, Clone, PartialEq)]
pub struct Clause {
    /// The clause's value: the source text for Markdown, the parsed scalar
    /// for YAML.
    pub text: String,
    /// Exact bytes of the clause in the file; matching runs on these bytes.
    pub span: Span,
    /// Which block it came from.
    pub kind: ClauseKind,
    /// Index into [`Document::sections`] of the section holding it.
    pub section: Option<usize>,
    /// For a list item, the clause that introduces the list ("The co-chairs
    /// will:"), so that items can be read in its light.
    pub lead: Option<usize>,
}

/// A parsed terms of reference.
#[derive(Debug, Clone)]
pub struct Document {
    /// The file as read.
    pub source: SourceFile,
    /// Metadata.
    pub meta: Meta,
    /// The document's title: the first heading before any clause whose
    /// title names no mandate section (set when sections are classified).
    pub title: Option<Span>,
    /// Sections in document order.
    pub sections: Vec<Section>,
    /// Clauses in document order.
    pub clauses: Vec<Clause>,
    /// `torlint-disable` comments, in document order.
    pub directives: Vec<Directive>,
}

/// A `torlint-disable` comment as written, recorded by the reader where its
/// syntax puts comments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    /// The whole comment.
    pub span: Span,
    /// `torlint-disable-file`: about the whole document.
    pub file_wide: bool,
    /// What follows the keyword: element ids, `--`, the reason.
    pub body: String,
}

impl Document {
    /// The mandate section id a clause sits in, if its heading names one.
    #[must_use]
    pub fn section_id(&self, clause: &Clause) -> Option<&str> {
        clause
            .section
            .and_then(|i| self.sections.get(i))
            .and_then(|s| s.id.as_deref())
    }

    /// The exact source text of a clause.
    #[must_use]
    pub fn clause_source(&self, clause: &Clause) -> &str {
        self.source.slice(clause.span)
    }
}
