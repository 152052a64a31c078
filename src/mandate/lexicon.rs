//! The concept lexicon: named ideas (the secretariat, to provide, a vote) and
//! the words that express them in each language, matched on stems.
//!
//! Regexes of word sequences follow one author's tense, voice and word order;
//! a concept is found whatever the inflection ("assure", "assurée",
//! "assurera" share the stem `assur`), and a statement is a set of concepts
//! that must co-occur, so word order stops mattering. Forms are folded and
//! stemmed once, when the rules are compiled; a clause is tokenised and
//! stemmed once, and one pass over its tokens gives every concept in it.

use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::ops::Range;
use std::sync::Arc;

use rust_stemmers::Stemmer;

use super::schema::Localized;
use crate::model::Language;
use crate::text::fold::fold;

/// What a concept does beyond being found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cue {
    /// An ordinary concept.
    #[default]
    None,
    /// Negates the proposition it stands in ("n'est pas", "not", "no").
    Negation,
    /// Negates only the words right after it ("sans", "without", "non").
    LocalNegation,
    /// Ends a proposition and starts another ("mais", "but").
    Contrast,
    /// A contrast that leaves out the verb of the denial before it and goes
    /// straight to another object ("not provided by UNDP but by IOM", "mais
    /// par l'OIM", "sino a la red regional"): the verb is said of what
    /// follows, so the negation denies only its object.
    Ellipsis,
    /// Opens a condition that ends at the next comma ("si", "where").
    Condition,
    /// Looks like a negation but is not one ("not only", "non seulement").
    Affirmation,
    /// Picks up the subject of the proposition before it ("it", "il"): after
    /// a denial that ends in a colon, the subject itself was not denied ("the
    /// Committee does not manage day-to-day business: it sets the course").
    Resumption,
    /// A noun that points back to one named before ("ledit comité", "dicho
    /// órgano", "the latter"): a resumption that may reach back to the
    /// paragraph before, where a pronoun ("il") may point anywhere.
    Anaphor,
    /// Joins a word or phrase to the one before ("and", "et"): a negation
    /// right after it is elliptical ("held by the RCO, and not by IOM") and
    /// denies only the words up to the next comma.
    Coordination,
    /// Opens a relative clause after a comma ("which", "qui", "que"): the
    /// clause says something of the noun before the comma, so a negation
    /// before it denies neither that noun nor what follows ("ILO is not a
    /// member of the Committee, which consists of IOM, ...").
    Relative,
    /// Heads a table's column of comments ("Commentaire", "Remarks"): its
    /// cells explain the row, they do not bind the network.
    Commentary,
    /// Says that what was put forward before it was turned down ("la
    /// proposition n'a pas été retenue", "the proposal was rejected"): a
    /// record of a meeting keeps the proposals it did not adopt, and they
    /// say nothing of the network.
    Retraction,
    /// Turns down the proposal it names right after itself ("No se aprobó
    /// la propuesta de confiar la secretaría a la OIM", "the meeting
    /// rejected the proposal to vote"): what follows, to the end of its
    /// sentence, says nothing of the network.
    Rejection,
}

impl Cue {
    /// Whether it picks up the subject of what came before.
    #[must_use]
    pub fn resumes(self) -> bool {
        matches!(self, Cue::Resumption | Cue::Anaphor)
    }
}

/// A word of a clause: its folded range and its stems.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Folded byte range.
    pub range: Range<usize>,
    /// Folded stems: of the folded word, and of the word as written when
    /// its accents make a difference (Snowball's French stemmer reads "é").
    pub stems: Arc<[String]>,
    /// Written in capitals, as an acronym is ("CE", not "ce").
    pub capitals: bool,
}

/// Whether a word as written is an acronym: two letters or more, every
/// letter a capital.
fn in_capitals(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

/// Stems already computed, by language and word as written: a ToR repeats
/// its words, and stemming is the costliest step of reading a clause. Looked
/// up by the word itself, so that a word seen before costs no allocation.
type StemCache = FxHashMap<Language, FxHashMap<String, Arc<[String]>>>;

/// Most words a thread's stem cache holds before it starts again.
const STEM_CACHE_WORDS: usize = 200_000;

thread_local! {
    static STEMS: RefCell<StemCache> = RefCell::new(FxHashMap::default());
}

/// One concept found in a clause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Index into [`Lexicon::concepts`].
    pub concept: usize,
    /// Token indices it covers.
    pub tokens: Range<usize>,
    /// Folded byte range it covers.
    pub range: Range<usize>,
}

/// A concept, compiled.
#[derive(Debug)]
pub struct Concept {
    /// Its name in rules (`secretariat`).
    pub key: String,
    /// How messages name it, per language.
    pub name: Localized,
    /// What it does to the words around it.
    pub cue: Cue,
    /// Whether it names one of the Network's bodies.
    pub body: bool,
}

/// One word of a form: stems to share, a folded prefix (`copresid*`), a
/// folded word matched only as written (`design=`, which is not
/// "designate" though the two share a stem), or an acronym matched only
/// where written in capitals (`CE` for the Comité exécutif, never the word
/// "ce").
#[derive(Debug, Clone, PartialEq, Eq)]
enum Word {
    Stem(Vec<String>),
    Prefix(String),
    Exact(String),
    Acronym(String),
}

impl Word {
    fn matches(&self, token: &Token, text: &str) -> bool {
        match self {
            Word::Stem(stems) => stems.iter().any(|s| token.stems.contains(s)),
            Word::Prefix(prefix) => text
                .get(token.range.clone())
                .is_some_and(|w| w.starts_with(prefix.as_str())),
            Word::Exact(word) => text.get(token.range.clone()) == Some(word.as_str()),
            Word::Acronym(acronym) => {
                token.capitals && text.get(token.range.clone()) == Some(acronym.as_str())
            }
        }
    }
}

/// The folded stems of a word: of its folded form and, when it has
/// accents, of the word as written.
fn stems_of(stemmer: &Stemmer, folded: &str, written: Option<&str>) -> Vec<String> {
    let mut stems = vec![stemmer.stem(folded).into_owned()];
    if let Some(written) = written.filter(|w| !w.is_ascii()) {
        let stem = fold(&stemmer.stem(&written.to_lowercase()));
        if !stems.contains(&stem) {
            stems.push(stem);
        }
    }
    stems
}

/// The letters a prefix form is filed under: its first three (or fewer).
fn prefix_key(word: &str) -> &str {
    word.get(..3).unwrap_or(word)
}

/// A form of a concept: its words in order.
#[derive(Debug)]
struct Form {
    words: Vec<Word>,
    concept: usize,
}

/// Forms of one language, indexed by their first word.
#[derive(Debug, Default)]
#[allow(
    clippy::struct_field_names,
    reason = "each field is an index, named by what it is keyed by"
)]
struct Table {
    by_stem: FxHashMap<String, Vec<Form>>,
    /// Forms whose first word is a prefix, by the prefix's first letters.
    by_prefix: FxHashMap<String, Vec<Form>>,
    /// Forms whose first word is matched as written, by the folded word.
    by_word: FxHashMap<String, Vec<Form>>,
    /// Forms whose first word is an acronym, by the folded acronym.
    by_acronym: FxHashMap<String, Vec<Form>>,
}

impl Table {
    fn add(&mut self, form: Form) {
        match form.words.first() {
            Some(Word::Stem(stems)) => {
                for stem in stems {
                    self.by_stem.entry(stem.clone()).or_default().push(Form {
                        words: form.words.clone(),
                        concept: form.concept,
                    });
                }
            }
            Some(Word::Prefix(prefix)) => {
                let key = prefix_key(prefix).to_string();
                self.by_prefix.entry(key).or_default().push(form);
            }
            Some(Word::Exact(word)) => {
                let key = word.clone();
                self.by_word.entry(key).or_default().push(form);
            }
            Some(Word::Acronym(acronym)) => {
                let key = acronym.clone();
                self.by_acronym.entry(key).or_default().push(form);
            }
            None => {}
        }
    }
}

/// Every concept, with one form table per language.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// Concepts by index.
    pub concepts: Vec<Concept>,
    tables: FxHashMap<Language, Table>,
}

/// The stemmer for a language.
fn stemmer(language: Language) -> Stemmer {
    Stemmer::create(language.snowball())
}

/// Split folded text into words: runs of ASCII letters and digits. An
/// apostrophe or a hyphen ends a word ("l'oim" is `l`, `oim`). `written`
/// gives a folded range's text as written, for stemming with accents.
#[must_use]
pub fn tokenize<'a>(
    folded: &str,
    language: Language,
    written: &dyn Fn(Range<usize>) -> Option<&'a str>,
) -> Vec<Token> {
    let stemmer = stemmer(language);
    let bytes = folded.as_bytes();
    let mut tokens = Vec::new();
    let mut start = None;
    STEMS.with_borrow_mut(|cache| {
        let cache = cache.entry(language).or_default();
        if cache.len() > STEM_CACHE_WORDS {
            cache.clear();
        }
        for i in 0..=bytes.len() {
            let is_word = bytes.get(i).is_some_and(u8::is_ascii_alphanumeric);
            match (is_word, start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    let word = folded.get(s..i).unwrap_or_default();
                    let original = written(s..i);
                    let capitals = original.is_some_and(in_capitals);
                    let as_written = original.filter(|w| !w.is_ascii());
                    let key = as_written.unwrap_or(word);
                    let stems = if let Some(stems) = cache.get(key) {
                        stems.clone()
                    } else {
                        let stems: Arc<[String]> = stems_of(&stemmer, word, as_written).into();
                        cache.insert(key.to_string(), stems.clone());
                        stems
                    };
                    tokens.push(Token {
                        range: s..i,
                        stems,
                        capitals,
                    });
                    start = None;
                }
                _ => {}
            }
        }
    });
    tokens
}

impl Lexicon {
    /// Add a concept with its forms per language (`fr`, `en`, or `any` for
    /// all). Returns its index.
    pub fn add(
        &mut self,
        key: &str,
        name: Localized,
        cue: Cue,
        forms: &[(Option<Language>, &str)],
    ) -> usize {
        let index = self.concepts.len();
        self.concepts.push(Concept {
            key: key.to_string(),
            name,
            cue,
            body: false,
        });
        for &(language, form) in forms {
            let languages = language.map_or(Language::ALL.to_vec(), |l| vec![l]);
            for language in languages {
                let words = Self::words(form, language);
                if !words.is_empty() {
                    self.tables.entry(language).or_default().add(Form {
                        words,
                        concept: index,
                    });
                }
            }
        }
        index
    }

    /// Mark `concept` as naming one of the Network's bodies.
    pub fn set_body(&mut self, concept: usize) {
        if let Some(c) = self.concepts.get_mut(concept) {
            c.body = true;
        }
    }

    /// A form's words: split like clause text, stemmed (with and without
    /// accents) unless they end with `*` (a prefix) or `=` (the word as written).
    fn words(form: &str, language: Language) -> Vec<Word> {
        let stemmer = stemmer(language);
        form.split(|c: char| !(c.is_alphanumeric() || c == '*' || c == '='))
            .filter(|w| !w.is_empty() && *w != "*" && *w != "=")
            .map(|w| match (w.strip_suffix('*'), w.strip_suffix('=')) {
                (Some(prefix), _) => Word::Prefix(fold(prefix).replace('*', "")),
                (_, Some(word)) => Word::Exact(fold(word)),
                _ if in_capitals(w) => Word::Acronym(fold(w)),
                _ => {
                    let clean = w.replace(['*', '='], "");
                    Word::Stem(stems_of(&stemmer, &fold(&clean), Some(&clean)))
                }
            })
            .collect()
    }

    /// The index of a concept by name.
    #[must_use]
    pub fn index(&self, key: &str) -> Option<usize> {
        self.concepts.iter().position(|c| c.key == key)
    }

    /// Whether `concept` is one of the words marked with `cue`.
    #[must_use]
    pub fn has_cue(&self, concept: usize, cue: Cue) -> bool {
        self.concepts.get(concept).is_some_and(|c| c.cue == cue)
    }

    /// Drop the hits inside a longer form of another concept: a word inside
    /// one belongs to that form ("coordonnateur" in "coordonnateur
    /// résident", "pas" in "pas seulement").
    fn drop_inner(&self, hits: &mut Vec<Hit>) {
        // Sorted by start, longest first, a hit is inside a longer one when
        // an earlier hit reaches past its end, or as far from further back.
        // A noun that points back still names its body ("cette réunion" is
        // a meeting): an anaphor takes no word from the others.
        hits.sort_by_key(|h| (h.tokens.start, std::cmp::Reverse(h.tokens.end)));
        let mut reach: Option<(usize, usize)> = None; // (end, earliest start)
        hits.retain(|h| {
            let inside = reach.is_some_and(|(end, start)| {
                end > h.tokens.end || (end == h.tokens.end && start < h.tokens.start)
            });
            if self.has_cue(h.concept, Cue::Anaphor) {
                return !inside;
            }
            match reach {
                Some((end, _)) if end >= h.tokens.end => {}
                _ => reach = Some((h.tokens.end, h.tokens.start)),
            }
            !inside
        });
    }

    /// Every concept in `tokens`, in order; at one position the longest
    /// form of each concept wins.
    #[must_use]
    pub fn scan(&self, tokens: &[Token], text: &str, language: Language) -> Vec<Hit> {
        let Some(table) = self.tables.get(&language) else {
            return Vec::new();
        };
        let mut hits: Vec<Hit> = Vec::new();
        for (at, token) in tokens.iter().enumerate() {
            let word = text.get(token.range.clone());
            let candidates = token
                .stems
                .iter()
                .filter_map(|stem| table.by_stem.get(stem))
                .flatten()
                .chain(
                    word.and_then(|w| table.by_prefix.get(prefix_key(w)))
                        .into_iter()
                        .flatten(),
                )
                .chain(
                    word.and_then(|w| table.by_word.get(w))
                        .into_iter()
                        .flatten(),
                )
                .chain(
                    word.filter(|_| token.capitals)
                        .and_then(|w| table.by_acronym.get(w))
                        .into_iter()
                        .flatten(),
                );
            for form in candidates {
                let rest = tokens.get(at..).unwrap_or_default();
                let fits = form.words.len() <= rest.len()
                    && form.words.iter().zip(rest).all(|(w, t)| w.matches(t, text));
                if !fits {
                    continue;
                }
                let end = at + form.words.len();
                let range = token.range.start..tokens.get(end - 1).map_or(0, |t| t.range.end);
                // Hits come in order of position: those at `at` are last.
                match hits
                    .iter_mut()
                    .rev()
                    .take_while(|h| h.tokens.start == at)
                    .find(|h| h.concept == form.concept)
                {
                    Some(hit) if hit.tokens.end < end => {
                        hit.tokens.end = end;
                        hit.range = range;
                    }
                    Some(_) => {}
                    None => hits.push(Hit {
                        concept: form.concept,
                        tokens: at..end,
                        range,
                    }),
                }
            }
        }
        self.drop_inner(&mut hits);
        // A word read both as one of the Network's bodies and as an act is
        // the body: "coordinator" (or "coordinador") names who coordinates,
        // it does not say that anyone coordinates.
        let is_body = |concept: usize| self.concepts.get(concept).is_some_and(|c| c.body);
        let bodies: Vec<Range<usize>> = hits
            .iter()
            .filter(|h| is_body(h.concept))
            .map(|h| h.tokens.clone())
            .collect();
        hits.retain(|h| {
            is_body(h.concept)
                || self
                    .concepts
                    .get(h.concept)
                    .is_some_and(|c| c.cue != Cue::None)
                || !bodies.contains(&h.tokens)
        });
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> Lexicon {
        let mut lexicon = Lexicon::default();
        lexicon.add(
            "provide",
            Localized::new(),
            Cue::None,
            &[
                (Some(Language::Fr), "assurer"),
                (Some(Language::Fr), "faire office de"),
                (Some(Language::En), "serve as"),
            ],
        );
        lexicon.add(
            "co-chair",
            Localized::new(),
            Cue::None,
            &[(None, "copresid*"), (Some(Language::En), "co chair")],
        );
        lexicon.add(
            "executive-committee",
            Localized::new(),
            Cue::None,
            &[
                (Some(Language::Fr), "comite executif"),
                (Some(Language::Fr), "CE"),
            ],
        );
        lexicon
    }

    fn keys(lexicon: &Lexicon, text: &str, language: Language) -> Vec<String> {
        let folded = crate::text::fold::Folded::new(text, 0);
        let written = |r: Range<usize>| {
            let span = folded.original(r.start, r.end)?;
            text.get(span.start..span.end)
        };
        let tokens = tokenize(folded.as_str(), language, &written);
        lexicon
            .scan(&tokens, folded.as_str(), language)
            .iter()
            .filter_map(|h| lexicon.concepts.get(h.concept).map(|c| c.key.clone()))
            .collect()
    }

    #[test]
    fn inflections_share_a_stem() {
        let l = lexicon();
        for text in ["est assuré", "assurera", "assurées", "faire office de"] {
            assert_eq!(keys(&l, text, Language::Fr), ["provide"], "{text}");
        }
        assert_eq!(keys(&l, "IOM serves as", Language::En), ["provide"]);
        assert!(keys(&l, "IOM serves", Language::En).is_empty());
    }

    #[test]
    fn prefixes_and_hyphens() {
        let l = lexicon();
        assert_eq!(keys(&l, "Les coprésidentes", Language::Fr), ["co-chair"]);
        assert_eq!(keys(&l, "The co-chairs", Language::En), ["co-chair"]);
    }

    #[test]
    fn an_acronym_matches_only_in_capitals() {
        let l = lexicon();
        assert_eq!(
            keys(&l, "Le CE décide", Language::Fr),
            ["executive-committee"]
        );
        assert!(keys(&l, "Ce comité décide", Language::Fr).is_empty());
        assert!(keys(&l, "ce", Language::Fr).is_empty());
    }

    #[test]
    fn a_word_marked_as_written_does_not_match_its_stem() {
        let mut l = lexicon();
        l.add(
            "contribute",
            Localized::new(),
            Cue::None,
            &[
                (Some(Language::En), "design="),
                (Some(Language::En), "the design= of"),
            ],
        );
        assert_eq!(keys(&l, "to design", Language::En), ["contribute"]);
        assert_eq!(keys(&l, "The design of", Language::En), ["contribute"]);
        // "designates" and "design" share the Snowball stem `design`.
        assert!(keys(&l, "each member designates", Language::En).is_empty());
        assert!(keys(&l, "designing", Language::En).is_empty());
    }

    #[test]
    fn a_word_that_names_a_body_is_not_also_an_act() {
        let mut l = lexicon();
        l.add(
            "coordinate",
            Localized::new(),
            Cue::None,
            &[(Some(Language::En), "coordinate")],
        );
        let body = l.add(
            "coordinator",
            Localized::new(),
            Cue::None,
            &[(Some(Language::En), "coordinator*")],
        );
        // "coordinator" and "coordinate" share the stem "coordin".
        assert_eq!(
            keys(&l, "the coordinator", Language::En),
            ["coordinate", "coordinator"]
        );
        l.set_body(body);
        assert_eq!(keys(&l, "the coordinator", Language::En), ["coordinator"]);
        assert_eq!(keys(&l, "IOM coordinates", Language::En), ["coordinate"]);
    }

    #[test]
    fn tokens_keep_folded_ranges() {
        let tokens = tokenize("l'oim assure", Language::Fr, &|_| None);
        let words: Vec<_> = tokens.iter().map(|t| t.range.clone()).collect();
        assert_eq!(words, [0..1, 2..5, 6..12]);
    }
}
