//! Rule patterns and the one pass that rules most of them out.
//!
//! A clause is asked about a hundred patterns, and most of them cannot match
//! it: none of the words they start with is there, or none of those they end
//! with. Every pattern's possible first and last words are read from its
//! syntax when the rules are compiled and put into one Aho-Corasick
//! automaton; one scan of a clause then says which patterns may match, and
//! the others are never run. A pattern's automaton is built the first time
//! it runs: most of the shipped patterns never run on a given ToR, and
//! building them all made up most of the start-up time.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::{Arc, OnceLock};

use aho_corasick::AhoCorasick;
use regex_automata::Input;
use regex_automata::meta::{self, Regex};
use regex_automata::nfa::thompson::WhichCaptures;
use regex_automata::util::syntax;
use regex_syntax::hir::Hir;
use regex_syntax::hir::literal::{ExtractKind, Extractor};

/// Most distinct first (or last) words read from one pattern; past it that
/// end of the pattern is not filtered on.
const MAX_LITERALS: usize = 250;

/// A rule pattern, known to the mandate's [`Prefilter`], compiled on first
/// use.
#[derive(Debug, Clone)]
pub struct Pattern {
    lazy: Arc<Lazy>,
    /// Its index in the prefilter.
    id: usize,
}

/// A regular expression's source and, once it has run, its automaton.
#[derive(Debug)]
struct Lazy {
    source: String,
    regex: OnceLock<Option<Regex>>,
}

/// How every rule pattern is read and built: on folded bytes, without
/// Unicode classes, for the span of a match only. The engines that pay off
/// only over many searches are left out: the [`Prefilter`] already rules out
/// the clauses a pattern's literals are not in, and building a pattern's own
/// literal prefilter, one-pass DFA and backtracker took as long as its
/// automata.
fn build(source: &str) -> Result<Regex, Box<meta::BuildError>> {
    meta::Builder::new()
        .configure(
            meta::Config::new()
                .which_captures(WhichCaptures::Implicit)
                .auto_prefilter(false)
                .onepass(false)
                .backtrack(false)
                .nfa_size_limit(Some(1 << 24)),
        )
        .syntax(syntax::Config::new().unicode(false).utf8(false))
        .build(source)
        .map_err(Box::new)
}

/// Parse a pattern's syntax as the rules read it: the check made when rule
/// files are compiled.
///
/// # Errors
/// The syntax error, to show against the rule file.
pub fn parse(source: &str) -> Result<Hir, Box<regex_syntax::Error>> {
    regex_syntax::ParserBuilder::new()
        .unicode(false)
        .utf8(false)
        .build()
        .parse(source)
        .map_err(Box::new)
}

impl Pattern {
    /// The automaton, built the first time it is asked for; `None` only if
    /// a pattern whose syntax parsed is too big to build.
    fn regex(&self) -> Option<&Regex> {
        self.lazy
            .regex
            .get_or_init(|| build(&self.lazy.source).ok())
            .as_ref()
    }

    /// The first match starting at `at` or after.
    #[must_use]
    pub fn find_at(&self, haystack: &[u8], at: usize) -> Option<Range<usize>> {
        if at > haystack.len() {
            return None;
        }
        self.regex()?
            .find(Input::new(haystack).range(at..))
            .map(|m| m.range())
    }

    /// The first match.
    #[must_use]
    pub fn find(&self, haystack: &[u8]) -> Option<Range<usize>> {
        self.find_at(haystack, 0)
    }

    /// Every match, left to right.
    pub fn find_iter<'a>(&'a self, haystack: &'a [u8]) -> impl Iterator<Item = Range<usize>> + 'a {
        self.regex()
            .into_iter()
            .flat_map(move |re| re.find_iter(haystack).map(|m| m.range()))
    }

    /// Build the automaton now, saying why it cannot be built.
    ///
    /// # Errors
    /// The build error (a pattern too big for the size limit).
    pub fn build(&self) -> Result<(), Box<meta::BuildError>> {
        build(&self.lazy.source).map(|_| ())
    }
}

/// Which end of a match a literal stands at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum End {
    First,
    Last,
}

/// What the patterns can start and end with, searched in one pass.
#[derive(Debug, Default)]
pub struct Prefilter {
    /// Every pattern, in the order added.
    patterns: Vec<Pattern>,
    /// Every distinct literal, or none when no pattern has one.
    searcher: Option<AhoCorasick>,
    /// For each literal, the patterns that may start or end with it.
    owners: Vec<Vec<(usize, End)>>,
    /// Pattern ends with no known words.
    unfiltered: Vec<(usize, End)>,
    /// How many patterns there are.
    count: usize,
}

/// The patterns that may match one text: those with one of their first
/// words and one of their last words in it.
#[derive(Debug, Clone, Default)]
pub struct Candidates {
    first: Vec<u64>,
    last: Vec<u64>,
}

impl Candidates {
    /// Whether `pattern` may match.
    #[must_use]
    pub fn admit(&self, pattern: &Pattern) -> bool {
        let has = |bits: &[u64]| {
            bits.get(pattern.id / 64)
                .is_some_and(|word| word & (1 << (pattern.id % 64)) != 0)
        };
        has(&self.first) && has(&self.last)
    }

    fn insert(&mut self, (id, end): (usize, End)) {
        let bits = match end {
            End::First => &mut self.first,
            End::Last => &mut self.last,
        };
        if let Some(word) = bits.get_mut(id / 64) {
            *word |= 1 << (id % 64);
        }
    }
}

/// Collects the literals of every pattern as the rules compile.
#[derive(Debug, Default)]
pub struct PrefilterBuilder {
    patterns: Vec<Pattern>,
    literals: HashMap<Vec<u8>, usize>,
    owners: Vec<Vec<(usize, End)>>,
    unfiltered: Vec<(usize, End)>,
    count: usize,
}

impl PrefilterBuilder {
    /// Register a pattern whose syntax is `hir` (from [`parse`]).
    pub fn add(&mut self, source: String, hir: &Hir) -> Pattern {
        let id = self.count;
        self.count += 1;
        for (kind, end) in [
            (ExtractKind::Prefix, End::First),
            (ExtractKind::Suffix, End::Last),
        ] {
            let Some(words) = end_words(hir, kind) else {
                self.unfiltered.push((id, end));
                continue;
            };
            for word in words {
                let next = self.owners.len();
                let at = *self.literals.entry(word).or_insert(next);
                if at == next {
                    self.owners.push(Vec::new());
                }
                if let Some(owners) = self.owners.get_mut(at) {
                    owners.push((id, end));
                }
            }
        }
        let pattern = Pattern {
            lazy: Arc::new(Lazy {
                source,
                regex: OnceLock::new(),
            }),
            id,
        };
        self.patterns.push(pattern.clone());
        pattern
    }

    /// The prefilter over every pattern added.
    #[must_use]
    pub fn build(self) -> Prefilter {
        let mut by_index: Vec<(&Vec<u8>, usize)> =
            self.literals.iter().map(|(w, &i)| (w, i)).collect();
        by_index.sort_by_key(|&(_, i)| i);
        let searcher = if by_index.is_empty() {
            None
        } else {
            // The literals come from patterns that compiled, so the
            // automaton builds; if it ever did not, every pattern runs.
            AhoCorasick::new(by_index.iter().map(|(w, _)| w.as_slice())).ok()
        };
        let unfiltered = if searcher.is_some() {
            self.unfiltered
        } else {
            (0..self.count)
                .flat_map(|id| [(id, End::First), (id, End::Last)])
                .collect()
        };
        Prefilter {
            patterns: self.patterns,
            searcher,
            owners: self.owners,
            unfiltered,
            count: self.count,
        }
    }
}

impl Prefilter {
    /// Every pattern of the rules.
    #[must_use]
    pub fn patterns(&self) -> &[Pattern] {
        &self.patterns
    }

    /// The patterns that may match somewhere in `text`.
    #[must_use]
    pub fn candidates(&self, text: &[u8]) -> Candidates {
        let words = self.count.div_ceil(64);
        let mut candidates = Candidates {
            first: vec![0; words],
            last: vec![0; words],
        };
        for &owner in &self.unfiltered {
            candidates.insert(owner);
        }
        if let Some(searcher) = &self.searcher {
            for found in searcher.find_overlapping_iter(text) {
                for &owner in self
                    .owners
                    .get(found.pattern().as_usize())
                    .into_iter()
                    .flatten()
                {
                    candidates.insert(owner);
                }
            }
        }
        candidates
    }
}

/// The literals every match of `hir` starts (or ends) with, or `None` when
/// a match may start (or end) with anything, or with too many.
fn end_words(hir: &Hir, kind: ExtractKind) -> Option<Vec<Vec<u8>>> {
    let mut extractor = Extractor::new();
    extractor.kind(kind).limit_total(MAX_LITERALS);
    let mut seq = extractor.extract(hir);
    seq.dedup();
    let literals = seq.literals()?;
    if literals.is_empty() || literals.iter().any(|l| l.as_bytes().is_empty()) {
        return None;
    }
    Some(literals.iter().map(|l| l.as_bytes().to_vec()).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    // Test code only: the sources are the tests' own constant patterns.
    fn add(builder: &mut PrefilterBuilder, source: &str) -> Pattern {
        let hir = parse(source).expect("test pattern");
        builder.add(source.to_string(), &hir)
    }

    #[test]
    fn a_pattern_is_built_when_it_first_runs() {
        let mut builder = PrefilterBuilder::default();
        let pattern = add(&mut builder, r"\bsecretariat\b");
        assert!(pattern.lazy.regex.get().is_none());
        assert_eq!(pattern.find(b"the secretariat"), Some(4..15));
        assert!(pattern.lazy.regex.get().is_some());
        assert_eq!(pattern.find_iter(b"secretariat secretariat").count(), 2);
        assert!(pattern.build().is_ok());
    }

    #[test]
    fn only_patterns_whose_first_and_last_words_occur_are_candidates() {
        let mut builder = PrefilterBuilder::default();
        let secretariat = add(&mut builder, r"\bsecretariat\b.{0,40}\b(?:iom|oim)\b");
        let consensus = add(&mut builder, r"\b(?:consensus|unanim\w*)");
        let network = add(&mut builder, r"\w+ network");
        let prefilter = builder.build();
        let found = prefilter.candidates(b"decisions are taken unanimously");
        assert!(!found.admit(&secretariat));
        assert!(found.admit(&consensus));
        assert!(!found.admit(&network), "no last word");
        let found = prefilter.candidates(b"the secretariat is run by undp");
        assert!(!found.admit(&secretariat), "the first word without a last");
        let found = prefilter.candidates(b"the secretariat is run by iom for the network");
        assert!(found.admit(&secretariat));
        assert!(
            found.admit(&network),
            "no first words: only the last counts"
        );
    }

    #[test]
    fn optional_starts_keep_every_possible_first_word() {
        let mut builder = PrefilterBuilder::default();
        let pattern = add(&mut builder, r"(?:the )?co-?chairs?");
        let prefilter = builder.build();
        assert!(prefilter.candidates(b"cochair").admit(&pattern));
        assert!(prefilter.candidates(b"the co-chairs").admit(&pattern));
        assert!(!prefilter.candidates(b"chairs").admit(&pattern));
    }
}
