//! The serde shape of the rule files in `rules/`: what a rule author writes.
//!
//! Plain data with `deny_unknown_fields`, so a typo in a user's override file
//! is an error that points at the key. [`super::compile`] turns it into
//! matchers.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_saphyr::Spanned;

/// Text in every supported language, keyed by ISO 639-1 code.
pub type Localized = BTreeMap<String, String>;

/// Regex patterns keyed by language (`fr`, `en`) or `any`; all languages are
/// tried on every document, so a French ToR quoting "GCM" still matches.
pub type Patterns = BTreeMap<String, Vec<Spanned<String>>>;

/// `rules/sections.yaml`: the mandate's sections and the titles that name them.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionsFile {
    /// Sections in catalogue order.
    pub sections: Vec<SectionRule>,
}

/// One section of the mandate.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionRule {
    /// Stable id (`decision-making`).
    pub id: Spanned<String>,
    /// What element ids of this section start with, when not the id
    /// (`decision` for `decision-making`).
    #[serde(default)]
    pub prefix: Option<String>,
    /// Display name per language.
    pub name: Localized,
    /// Patterns on the folded heading text (numbering stripped).
    pub titles: Patterns,
}

/// `rules/vocabulary.yaml`: named pattern fragments (`@iom`) and the
/// entities they name.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VocabularyFile {
    /// Terms by name.
    pub terms: BTreeMap<String, Term>,
}

/// A named fragment: every way documents write one thing.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// How messages name it, per language.
    pub name: Localized,
    /// Alternatives, as regexes on folded text.
    pub patterns: Vec<Spanned<String>>,
    /// Variant family for naming-consistency checks (`acronym`, `name`).
    #[serde(default)]
    pub family: Option<String>,
    /// The languages a variant belongs to ("PMM": French and Spanish):
    /// variants used together that share none are mixed, whatever their
    /// families ("Pacto Mundial" and "GCM").
    #[serde(default)]
    pub languages: Vec<crate::model::Language>,
}

/// `rules/concepts.yaml`: the concept lexicon.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConceptsFile {
    /// Concepts by name.
    pub concepts: BTreeMap<String, ConceptRule>,
}

/// One concept: an idea and the words that say it in each language.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConceptRule {
    /// How messages name it, per language (needed when a finding can say
    /// the concept was mentioned).
    #[serde(default)]
    pub name: Localized,
    /// What it does to the words around it.
    #[serde(default)]
    pub cue: super::lexicon::Cue,
    /// One of the Network's bodies (the secretariat, the co-chairs): in a
    /// paragraph about several, what a sentence says of one is not a duty
    /// of another.
    #[serde(default)]
    pub body: bool,
    /// Forms per language (`fr`, `en`, or `any`): words in order, each
    /// matched on its stem, or on a folded prefix when it ends with `*`.
    pub forms: Patterns,
}

/// A file of elements for one section (`rules/secretariat.yaml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ElementsFile {
    /// The section these elements belong to.
    pub section: Spanned<String>,
    /// The elements.
    pub elements: Vec<ElementRule>,
}

/// Importance of an element; sets the default severity of its findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// The mandate demands it: a gap is an error.
    Required,
    /// The mandate says it: a gap is a warning.
    Recommended,
    /// Common practice: a gap is a note.
    Practice,
}

/// How an incomplete statement counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Incomplete {
    /// Part of the element is stated.
    #[default]
    Partial,
    /// What is left out contradicts the mandate (e.g. an entity absent from
    /// the Executive Committee).
    Deviation,
}

/// When an element is moot: the body it is about does not exist.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MootRule {
    /// When this other element is missing and nothing names its subject
    /// (no Executive Committee at all).
    Unless(Spanned<String>),
    /// When a clause denies this other element ("we do not set up working
    /// groups").
    IfDenied(Spanned<String>),
}

/// What a denial of an element makes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Denial {
    /// Nothing covers it.
    #[default]
    Missing,
    /// The ToR contradicts the mandate.
    Deviation,
}

/// Where in the mandate an element comes from.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRule {
    /// The document (`003` global mandate, `004` FAQ).
    pub document: String,
    /// The heading of the passage.
    pub section: String,
    /// The passage, quoted.
    pub text: String,
    /// The passage in other languages, translated from the quoted text
    /// (the mandate shipped has no official text in them): by language code.
    #[serde(default)]
    pub translation: Localized,
}

/// One part of a complete statement (a verb, an entity, a principle).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemRule {
    /// What the part is called in messages.
    pub name: Localized,
    /// Any of these patterns states it.
    #[serde(default)]
    pub any: Patterns,
    /// ...or any of these statements (see [`ElementRule::says`]).
    #[serde(default)]
    pub says: Vec<Spanned<String>>,
    /// The scopes whose networks the mandate asks this part of (all when
    /// absent).
    #[serde(default)]
    pub scope: Vec<Spanned<String>>,
}

/// A contradiction of the mandate and how to recognise it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeviationRule {
    /// Stable kebab-case kind (`majority-vote`).
    pub kind: String,
    /// The clause deviates when it matches any of these (always, if empty).
    #[serde(default)]
    pub when: Patterns,
    /// ...or says one of these statements (see [`ElementRule::says`])...
    #[serde(default)]
    pub says: Vec<Spanned<String>>,
    /// ...and matches none of these...
    #[serde(default)]
    pub unless: Patterns,
    /// ...and says none of these.
    #[serde(default)]
    pub unless_says: Vec<Spanned<String>>,
    /// Read only the main part of the clause, before a support phrase
    /// ("with the support of IOM"), as the vocabulary's `@support` defines.
    #[serde(default)]
    pub main_part: bool,
    /// Give way to another clause that states the element: an objective to
    /// report to the regional network stands, whatever a reporting section
    /// says elsewhere.
    #[serde(default)]
    pub yields_to_statement: bool,
    /// The message; `{entities}` names the entities the clause names.
    pub message: Localized,
}

/// Which part of a clause an entity fact reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClausePart {
    /// Up to the first support phrase ("with the support of").
    MainPart,
    /// The whole clause.
    Whole,
}

/// A fact to extract for comparison reports. Exactly one of `values`,
/// `entities_in`, `entities_after` or `items` says how.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactRule {
    /// Fact name (`periodicity`).
    pub name: String,
    /// Values and the patterns that state them, first match wins.
    #[serde(default)]
    pub values: Vec<FactValue>,
    /// The entities the first addressing clause names in this part.
    #[serde(default)]
    pub entities_in: Option<ClausePart>,
    /// The entities named after the first match of these patterns.
    #[serde(default)]
    pub entities_after: Patterns,
    /// The element's items the ToR states.
    #[serde(default)]
    pub items: bool,
}

/// One normalised value of a fact.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactValue {
    /// The value as reported (`every two months`).
    pub value: Localized,
    /// Patterns stating it.
    pub any: Patterns,
}

/// Pass and fail examples, run as tests.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Examples {
    /// Clauses that state the element fully.
    #[serde(default)]
    pub pass: Vec<String>,
    /// Clauses that do not (missing, partial or deviating).
    #[serde(default)]
    pub fail: Vec<String>,
}

/// One element of the mandate.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ElementRule {
    /// Stable id (`secretariat.holder`).
    pub id: Spanned<String>,
    /// A few plain words naming it for people ("Who holds the secretariat").
    pub title: Localized,
    /// Importance.
    pub level: Level,
    /// Scopes it applies to.
    pub scope: Vec<Spanned<String>>,
    /// One line: what a compliant ToR says.
    pub summary: Localized,
    /// Why it matters.
    pub why: Localized,
    /// The mandate passage it comes from.
    pub source: SourceRule,
    /// Clauses that match any of these address the element wherever they are.
    #[serde(default)]
    pub anywhere: Patterns,
    /// Clauses that match these address it only under the element's section
    /// (or under a heading no section claims).
    #[serde(default)]
    pub in_section: Patterns,
    /// Statements that address the element wherever they stand: concepts
    /// joined by `+` must all be said in one clause (or its lead-in), `|`
    /// separates alternatives, `@term` names a vocabulary term and `label`
    /// a "Label: value" line or a table row ("secretariat + provide|label +
    /// @iom"), and a group after `!` what the sentence must not say
    /// ("decide + executive-committee + !share|minutes").
    #[serde(default)]
    pub says: Vec<Spanned<String>>,
    /// Statements that address it only under the element's own section
    /// heading, where the heading says the rest.
    #[serde(default)]
    pub says_in_section: Vec<Spanned<String>>,
    /// Those statements hold under a heading no section claims too (a
    /// question, "What the Network does"): what they name is particular
    /// enough to say the element there, not under another section's heading
    /// (a mission statement that words an objective).
    #[serde(default)]
    pub unclaimed_headings: bool,
    /// The element is itself said in negative terms ("where consensus is
    /// not reached"), so negation does not unsay its clauses.
    #[serde(default)]
    pub negative: bool,
    /// What a clause that denies the element ("consensus is not required")
    /// makes it: `missing` (the default) or, where the denial itself
    /// contradicts the mandate, `deviation`.
    #[serde(default)]
    pub denial: Denial,
    /// What a clause that only names the element's subject lacks, per
    /// language ("who holds it").
    #[serde(default)]
    pub lacks: Localized,
    /// Parts of a complete statement.
    #[serde(default)]
    pub items: Vec<ItemRule>,
    /// How many items make it covered (default: all).
    #[serde(default)]
    pub covered_with: Option<usize>,
    /// How many items a clause needs before it addresses the element at all
    /// (default: 0, the match is enough).
    #[serde(default)]
    pub addressed_with: usize,
    /// What a statement missing items is.
    #[serde(default)]
    pub incomplete: Incomplete,
    /// Deviations, in order of precedence.
    #[serde(default)]
    pub deviations: Vec<DeviationRule>,
    /// When it is not applicable.
    #[serde(default)]
    pub moot: Option<MootRule>,
    /// Facts to extract from the clauses that address it.
    #[serde(default)]
    pub facts: Vec<FactRule>,
    /// A naming-consistency check over these vocabulary families instead of
    /// clause matching.
    #[serde(default)]
    pub consistent_naming: Option<Spanned<String>>,
    /// What to do about a gap, per language.
    pub help: Localized,
    /// Clause to paste, per language.
    pub suggestion: Localized,
    /// Examples.
    #[serde(default)]
    pub examples: Examples,
}

/// `rules/regions.yaml`: the regional frameworks each region's networks
/// align with, and the places in each region.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionsFile {
    /// What a suggestion says where no region is known.
    pub fallback: Localized,
    /// Regions by id.
    pub regions: BTreeMap<String, RegionRule>,
}

/// One region of `rules/regions.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionRule {
    /// The frameworks, as `{frameworks}` in a suggestion says them.
    pub frameworks: Localized,
    /// Countries, groupings and region names that place a network here.
    pub places: Vec<String>,
}

/// `rules/messages.yaml`: message templates shared by all elements.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MessagesFile {
    /// Template per key, per language.
    pub messages: BTreeMap<String, Localized>,
}

/// `rules/help.yaml`: the command line's help in the other languages.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelpFile {
    /// The words clap writes around the help texts.
    pub headings: HelpHeadings,
    /// Help texts by `command.argument` or `command.argument.value`, the
    /// command path without `torlint` (`check`, `check.format`,
    /// `check.format.human`); `torlint` is the program's own.
    pub help: BTreeMap<String, Localized>,
    /// What clap says of a command line it cannot read.
    #[serde(default)]
    pub errors: UsageErrors,
}

/// The words of a usage error, whose English is clap's own. In a template,
/// `{arg}` is the argument or command named, `{value}` the value given,
/// `{prior}` the argument it conflicts with, `{suggested}` what clap
/// suggests and `{use}` the command line that would work.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UsageErrors {
    /// Before the error ("error:").
    pub error: Localized,
    /// Before each tip ("tip:").
    pub tip: Localized,
    /// "unexpected argument '{arg}' found".
    pub unknown_argument: Localized,
    /// "unrecognized subcommand '{arg}'".
    pub unknown_command: Localized,
    /// "invalid value '{value}' for '{arg}'".
    pub invalid_value: Localized,
    /// "a value is required for '{arg}' but none was supplied".
    pub value_required: Localized,
    /// "the following required arguments were not provided:".
    pub missing_required: Localized,
    /// "'{arg}' requires a subcommand but one was not provided".
    pub missing_command: Localized,
    /// "the argument '{arg}' cannot be used with '{prior}'".
    pub conflict: Localized,
    /// "the argument '{arg}' cannot be used multiple times".
    pub repeated: Localized,
    /// "unexpected value '{value}' for '{arg}' found; no more were expected".
    pub too_many_values: Localized,
    /// "a similar argument exists: '{suggested}'".
    pub similar_argument: Localized,
    /// "a similar subcommand exists: '{suggested}'".
    pub similar_command: Localized,
    /// "a similar value exists: '{suggested}'".
    pub similar_value: Localized,
    /// "to pass '{arg}' as a value, use '{use}'".
    pub as_value: Localized,
    /// "For more information, try '--help'.".
    pub more: Localized,
}

/// The headings of a help page, and clap's own flags and `help` command.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelpHeadings {
    /// Before the usage line ("Usage:").
    pub usage: Localized,
    /// Above the options ("Options").
    pub options: Localized,
    /// Above the arguments ("Arguments").
    pub arguments: Localized,
    /// Above the commands ("Commands").
    pub commands: Localized,
    /// Before an option's values ("possible values:").
    pub values: Localized,
    /// The `--help` flag ("Print help").
    pub help_flag: Localized,
    /// The `-h` flag where `--help` says more ("Print help (see more with '--help')").
    pub help_flag_long: Localized,
    /// The `-h` flag as `--help` shows it ("Print help (see a summary with
    /// '-h')").
    pub help_flag_summary: Localized,
    /// The `--version` flag ("Print version").
    pub version_flag: Localized,
    /// clap's `help` command ("Print this message or the help of the given subcommand(s)").
    pub help_command: Localized,
    /// `command`: the placeholder for a command in the usage line.
    pub command: Localized,
}
