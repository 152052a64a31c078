//! The global mandate as rule data: sections, elements, vocabulary and
//! message templates, loaded from `rules/` (embedded at build time, or a
//! user's directory) and compiled once into matchers.

pub mod compile;
pub mod lexicon;
pub mod pattern;
pub mod schema;

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::error::{FileError, RuleErrors};
use crate::model::{Language, Scope};
use crate::source::SourceFile;
use crate::text::fold::fold;

pub use pattern::{Pattern, Prefilter};
pub use schema::{ClausePart, Denial, Incomplete, Level, Localized};

/// When an element is moot, compiled from [`schema::MootRule`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Moot {
    /// When this other element is missing and nothing names its subject.
    Unless(String),
    /// When a clause denies this other element.
    IfDenied(String),
}

impl Moot {
    /// The element it depends on.
    #[must_use]
    pub fn other(&self) -> &str {
        match self {
            Moot::Unless(id) | Moot::IfDenied(id) => id,
        }
    }
}

/// The rule files shipped in the binary, by file name.
pub const EMBEDDED: &[(&str, &str)] = &[
    ("sections.yaml", include_str!("../../rules/sections.yaml")),
    (
        "vocabulary.yaml",
        include_str!("../../rules/vocabulary.yaml"),
    ),
    ("messages.yaml", include_str!("../../rules/messages.yaml")),
    ("regions.yaml", include_str!("../../rules/regions.yaml")),
    ("concepts.yaml", include_str!("../../rules/concepts.yaml")),
    ("mission.yaml", include_str!("../../rules/mission.yaml")),
    (
        "objectives.yaml",
        include_str!("../../rules/objectives.yaml"),
    ),
    (
        "principles.yaml",
        include_str!("../../rules/principles.yaml"),
    ),
    ("structure.yaml", include_str!("../../rules/structure.yaml")),
    (
        "decision-making.yaml",
        include_str!("../../rules/decision-making.yaml"),
    ),
    (
        "working-groups.yaml",
        include_str!("../../rules/working-groups.yaml"),
    ),
    (
        "secretariat.yaml",
        include_str!("../../rules/secretariat.yaml"),
    ),
    ("review.yaml", include_str!("../../rules/review.yaml")),
    ("help.yaml", include_str!("../../rules/help.yaml")),
    ("reporting.yaml", include_str!("../../rules/reporting.yaml")),
    (
        "consistency.yaml",
        include_str!("../../rules/consistency.yaml"),
    ),
];

/// A section of the mandate.
#[derive(Debug)]
pub struct SectionInfo {
    /// Stable id.
    pub id: String,
    /// What element ids of this section start with.
    pub prefix: String,
    /// Display name per language.
    pub name: Localized,
    titles: Option<Pattern>,
}

/// A piece of text in every language, with a fallback to English.
pub fn localized(text: &Localized, language: Language) -> &str {
    text.get(language.as_str())
        .or_else(|| text.get("en"))
        .or_else(|| text.values().next())
        .map_or("", String::as_str)
}

/// Where an element comes from in the mandate.
#[derive(Debug, Clone)]
pub struct MandateSource {
    /// `003` (global mandate) or `004` (FAQ).
    pub document: String,
    /// Heading of the passage.
    pub section: String,
    /// The passage.
    pub text: String,
    /// The passage translated, by language code, for a reader of another
    /// language than the passage's.
    pub translation: Localized,
}

/// One alternative of a statement's group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Atom {
    /// A concept of the lexicon, by index.
    Concept(usize),
    /// A vocabulary term, by its index in [`Mandate::terms`] order.
    Term(usize),
    /// A "Label: value" line or a table row.
    Label,
}

/// Concepts that must all be said together: each group by one of its
/// alternatives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    /// The groups, in the order written; the first names the subject.
    pub groups: Vec<Vec<Atom>>,
    /// What the sentence must not say (`!share|minutes`): a near miss that
    /// names the right words in another role ("the secretariat circulates
    /// the Executive Committee's decisions").
    pub excluded: Vec<Atom>,
    /// As written in the rule file, for traces.
    pub text: String,
}

impl Statement {
    /// Whether one of its groups names `concept`.
    #[must_use]
    pub fn names(&self, concept: usize) -> bool {
        self.groups
            .iter()
            .flatten()
            .any(|atom| *atom == Atom::Concept(concept))
    }
}

/// A part of a complete statement, compiled.
#[derive(Debug)]
pub struct Item {
    /// Name in messages.
    pub name: Localized,
    /// Matcher on folded text.
    pub pattern: Option<Pattern>,
    /// Statements that say it.
    pub says: Vec<Statement>,
    /// The scopes it is asked of (all when empty).
    pub scopes: Vec<Scope>,
}

/// A deviation check, compiled.
#[derive(Debug)]
pub struct Deviation {
    /// Stable kind.
    pub kind: String,
    /// Clause must match this (if present)...
    pub when: Option<Pattern>,
    /// ...or says one of these...
    pub says: Vec<Statement>,
    /// ...and not this...
    pub unless: Option<Pattern>,
    /// ...nor says one of these.
    pub unless_says: Vec<Statement>,
    /// Read the clause only up to its support phrase.
    pub main_part: bool,
    /// Counts only when no other clause states the element.
    pub yields_to_statement: bool,
    /// Message template.
    pub message: Localized,
}

/// How a fact is read from the clauses that address its element.
#[derive(Debug)]
pub enum FactKind {
    /// The first value (in order) some clause states.
    Values(Vec<(Localized, Pattern)>),
    /// The entities a part of the first addressing clause names.
    EntitiesIn(ClausePart),
    /// The entities named after the first match of a pattern.
    EntitiesAfter(Pattern),
    /// The element's items the ToR states.
    Items,
}

/// A fact, compiled.
#[derive(Debug)]
pub struct Fact {
    /// Fact name.
    pub name: String,
    /// How to read it.
    pub kind: FactKind,
}

/// One element of the mandate, ready to match.
#[derive(Debug)]
pub struct Element {
    /// Stable id.
    pub id: String,
    /// Section id.
    pub section: String,
    /// Level.
    pub level: Level,
    /// Scopes it applies to.
    pub scopes: Vec<Scope>,
    /// A few plain words naming it for people.
    pub title: Localized,
    /// What a compliant ToR says.
    pub summary: Localized,
    /// Why it matters.
    pub why: Localized,
    /// Mandate passage.
    pub source: MandateSource,
    /// Matcher that works anywhere.
    pub anywhere: Option<Pattern>,
    /// Matcher that works in the element's section.
    pub in_section: Option<Pattern>,
    /// Statements that address it anywhere.
    pub says: Vec<Statement>,
    /// Statements that address it in its section.
    pub says_in_section: Vec<Statement>,
    /// Whether those statements hold under a heading no section claims too.
    pub unclaimed_headings: bool,
    /// Negation does not unsay its clauses.
    pub negative: bool,
    /// What a denial makes it.
    pub denial: Denial,
    /// What a clause naming only its subject lacks.
    pub lacks: Localized,
    /// Parts of a complete statement.
    pub items: Vec<Item>,
    /// The bodies its statements are not about, when they are about one:
    /// in a clause of several sentences, a part said in a sentence that
    /// names one of these, and neither its own subject nor a pronoun for
    /// it, is said of another body.
    pub other_bodies: Vec<usize>,
    /// Items needed for `covered`.
    pub covered_with: usize,
    /// Items needed before a clause counts.
    pub addressed_with: usize,
    /// What missing items make it.
    pub incomplete: Incomplete,
    /// Deviation checks.
    pub deviations: Vec<Deviation>,
    /// When it is not applicable.
    pub moot: Option<Moot>,
    /// Facts to extract.
    pub facts: Vec<Fact>,
    /// Naming consistency over this vocabulary family set, if this element is
    /// a consistency check.
    pub consistent_naming: Option<String>,
    /// Help per language.
    pub help: Localized,
    /// Suggested clause per language, where `{frameworks}` stands for the
    /// network's regional frameworks: read it through
    /// [`Mandate::suggestion`].
    pub suggestion: Localized,
    /// Examples that must pass.
    pub pass_examples: Vec<String>,
    /// Examples that must not be covered.
    pub fail_examples: Vec<String>,
}

impl Element {
    /// Whether the element applies to a document of `scope`.
    #[must_use]
    pub fn applies_to(&self, scope: Scope) -> bool {
        self.scopes.contains(&scope)
    }
}

/// A vocabulary term, compiled.
#[derive(Debug)]
pub struct Term {
    /// Term name (`iom`).
    pub key: String,
    /// Display name per language.
    pub name: Localized,
    /// Matcher.
    pub pattern: Pattern,
    /// Naming family, for consistency checks.
    pub family: Option<String>,
    /// The languages the variant belongs to (any when empty).
    pub languages: Vec<Language>,
}

/// The whole mandate: what the engine checks against.
#[derive(Debug)]
pub struct Mandate {
    /// Sections in catalogue order.
    pub sections: Vec<SectionInfo>,
    /// Elements in catalogue order.
    pub elements: Vec<Element>,
    /// Vocabulary terms by name.
    pub terms: BTreeMap<String, Term>,
    /// The concept lexicon.
    pub lexicon: lexicon::Lexicon,
    /// What every pattern starts with, searched once per clause.
    pub prefilter: Prefilter,
    /// Which terms (by index in [`Mandate::terms`] order) statements name:
    /// each clause is searched for them once.
    pub statement_terms: Vec<bool>,
    /// Message templates.
    pub messages: BTreeMap<String, Localized>,
    /// The regions and the frameworks each aligns with.
    pub regions: Regions,
}

/// The regions of `rules/regions.yaml`, their places folded into words.
#[derive(Debug, Clone, Default)]
pub struct Regions {
    fallback: Localized,
    regions: Vec<Region>,
}

/// One region.
#[derive(Debug, Clone)]
struct Region {
    id: String,
    frameworks: Localized,
    /// Each place as its folded words.
    places: Vec<Vec<String>>,
}

impl Regions {
    /// Fold the places of the rule file.
    #[must_use]
    pub fn new(file: schema::RegionsFile) -> Self {
        let regions = file
            .regions
            .into_iter()
            .map(|(id, rule)| Region {
                id,
                frameworks: rule.frameworks,
                places: rule.places.iter().map(|p| words(p)).collect(),
            })
            .collect();
        Self {
            fallback: file.fallback,
            regions,
        }
    }

    /// The region ids, for `--region`'s help and its errors.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.regions.iter().map(|r| r.id.as_str())
    }

    /// The id of the region `place` (a country, a grouping or a region's
    /// name) lies in: the one whose longest place its words hold, so that
    /// "Papua New Guinea" is not Guinea.
    #[must_use]
    pub fn of_place(&self, place: &str) -> Option<&str> {
        let place = words(place);
        self.regions
            .iter()
            .flat_map(|r| r.places.iter().map(move |p| (r, p)))
            .filter(|(_, p)| !p.is_empty() && place.windows(p.len()).any(|w| w == p.as_slice()))
            .max_by_key(|(_, p)| p.len())
            .map(|(r, _)| r.id.as_str())
    }

    /// What `{frameworks}` says for region `id`, or the fallback.
    #[must_use]
    pub fn frameworks(&self, id: Option<&str>, language: Language) -> &str {
        let rule = id.and_then(|id| self.regions.iter().find(|r| r.id == id));
        localized(rule.map_or(&self.fallback, |r| &r.frameworks), language)
    }
}

/// Folded words.
fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

impl Mandate {
    /// The wording to paste for `element`, in `language`, for a network in
    /// region `region` (an id of `rules/regions.yaml`; `None` when unknown).
    #[must_use]
    pub fn suggestion(
        &self,
        element: &Element,
        language: Language,
        region: Option<&str>,
    ) -> String {
        fill(
            localized(&element.suggestion, language),
            &[("frameworks", self.regions.frameworks(region, language))],
        )
    }

    /// The mandate shipped in the binary.
    ///
    /// # Errors
    ///
    /// What [`compile::compile`] finds wrong in the shipped files (a test
    /// keeps that from happening).
    pub fn embedded() -> Result<Self, RuleErrors> {
        compile::compile(
            &EMBEDDED
                .iter()
                .map(|(name, text)| SourceFile::new(format!("rules/{name}"), *text))
                .collect::<Vec<_>>(),
        )
    }

    /// The shipped mandate with the rule files of `dirs` added, or replacing
    /// shipped files of the same name (later directories win).
    ///
    /// # Errors
    ///
    /// A directory or rule file that cannot be read, and what
    /// [`compile::compile`] finds wrong in the files together.
    pub fn with_overrides(dirs: &[PathBuf]) -> Result<Self, RuleErrors> {
        let mut files: BTreeMap<String, SourceFile> = EMBEDDED
            .iter()
            .map(|(name, text)| {
                (
                    (*name).to_string(),
                    SourceFile::new(format!("rules/{name}"), *text),
                )
            })
            .collect();
        for dir in dirs {
            let entries = std::fs::read_dir(dir).map_err(|err| FileError::io(dir, &err))?;
            let mut paths: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
            paths.sort();
            for path in paths {
                let is_yaml = path.extension().is_some_and(|e| e == "yaml" || e == "yml");
                let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
                    continue;
                };
                if !is_yaml {
                    continue;
                }
                let text =
                    std::fs::read_to_string(&path).map_err(|err| FileError::io(&path, &err))?;
                files.insert(
                    name.to_string(),
                    SourceFile::new(path.display().to_string(), text),
                );
            }
        }
        compile::compile(&files.into_values().collect::<Vec<_>>())
    }

    /// An element by id.
    #[must_use]
    pub fn element(&self, id: &str) -> Option<&Element> {
        self.elements.iter().find(|e| e.id == id)
    }

    /// The element id nearest to a mistyped one, for "did you mean".
    #[must_use]
    pub fn closest_element(&self, id: &str) -> Option<&str> {
        self.elements
            .iter()
            .map(|e| (strsim::jaro_winkler(id, &e.id), e.id.as_str()))
            .filter(|(score, _)| *score >= 0.85)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, id)| id)
    }

    /// "unknown element" for `id`, with the nearest id when one is close.
    #[must_use]
    pub fn unknown_element(&self, id: &str, language: Language) -> String {
        let mut text = self.message("unknown-element", language, &[("id", id)]);
        if let Some(near) = self.closest_element(id) {
            text.push_str(&self.message("did-you-mean", language, &[("id", near)]));
        }
        text
    }

    /// A section by id.
    #[must_use]
    pub fn section(&self, id: &str) -> Option<&SectionInfo> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// Every section id, for validating YAML documents.
    #[must_use]
    pub fn section_ids(&self) -> Vec<&str> {
        self.sections.iter().map(|s| s.id.as_str()).collect()
    }

    /// A message template filled with `args`, in `language`.
    #[must_use]
    pub fn message(&self, key: &str, language: Language, args: &[(&str, &str)]) -> String {
        let template = self
            .messages
            .get(key)
            .map_or(key, |t| localized(t, language));
        fill(template, args)
    }

    /// The plain title of what a finding is about: its element's title, or
    /// for a finding about the document itself (`placeholder.unfilled`) the
    /// message `title-<rule>`; the rule id when neither is known.
    #[must_use]
    pub fn title(&self, rule: &str, language: Language) -> String {
        match self.element(rule) {
            Some(element) => localized(&element.title, language).to_string(),
            None => self
                .messages
                .get(&format!("title-{rule}"))
                .map_or_else(|| rule.to_string(), |t| localized(t, language).to_string()),
        }
    }

    /// `n` of something, from a message written "one|other" ("1 error|{n}
    /// errors"): the first form for one, the second, with `{n}`, otherwise.
    #[must_use]
    pub fn count(&self, key: &str, n: usize, language: Language) -> String {
        let template = self
            .messages
            .get(key)
            .map_or(key, |t| localized(t, language));
        let (one, other) = template.split_once('|').unwrap_or((template, template));
        fill(if n == 1 { one } else { other }, &[("n", &n.to_string())])
    }
}

/// Replace `{name}` placeholders in a template.
#[must_use]
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

impl Mandate {
    /// The section a heading's title names ("Énoncé de mission",
    /// "3. Secretariat :"), if any.
    #[must_use]
    pub fn section_for(&self, title: &str) -> Option<&str> {
        let folded = fold(title);
        let cleaned = strip_numbering(&folded);
        // The section named first in the title wins: "Membres et composition
        // du réseau" is about structure, "Secrétariat et rapports" about the
        // secretariat.
        self.sections
            .iter()
            .filter_map(|s| {
                let at = s.titles.as_ref()?.find(cleaned.as_bytes())?.start;
                Some((at, s))
            })
            .min_by_key(|(at, _)| *at)
            .map(|(_, s)| s.id.as_str())
    }
}

/// Drop list numbering and trailing punctuation from a folded title
/// ("3. secretariat :" -> "secretariat").
fn strip_numbering(title: &str) -> &str {
    let title = title.trim_start_matches(|c: char| {
        c.is_ascii_digit() || matches!(c, '.' | ')' | '-' | ' ' | '#' | '(')
    });
    let title = match title.split_once(['.', ')', '-']) {
        Some((numeral, rest))
            if !numeral.is_empty() && numeral.chars().all(|c| "ivxlc".contains(c)) =>
        {
            rest
        }
        _ => title,
    };
    title.trim().trim_end_matches([':', '.', ' ']).trim()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_is_in_the_region_of_its_longest_matching_name() {
        let Ok(mandate) = Mandate::embedded() else {
            unreachable!("the shipped rules load");
        };
        let regions = &mandate.regions;
        assert_eq!(regions.of_place("Guinée"), Some("africa"));
        assert_eq!(regions.of_place("Papua New Guinea"), Some("asia-pacific"));
        assert_eq!(regions.of_place("República Dominicana"), Some("americas"));
        assert_eq!(regions.of_place("Niger"), Some("africa"));
        assert_eq!(regions.of_place("Ruritania"), None);
        assert!(regions.frameworks(None, Language::En).contains("relevant"));
    }

    #[test]
    fn numbering_is_stripped_from_titles() {
        assert_eq!(strip_numbering("3. secretariat :"), "secretariat");
        assert_eq!(strip_numbering("iv. bilan annuel"), "bilan annuel");
        assert_eq!(strip_numbering("article 3"), "article 3");
    }
}
