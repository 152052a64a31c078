//! Clauses prepared for matching: folded once, with the map back to the
//! file, and the section each one stands in.

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;
use std::sync::Arc;

use super::acronyms::{self, Acronyms};
use super::polarity::{self, Polarities, Polarity};
use crate::mandate::lexicon::{Cue, Hit, Lexicon, Token, tokenize};
use crate::mandate::pattern::Candidates;
use crate::mandate::{Atom, Mandate, Pattern, Statement};
use crate::model::{Clause, ClauseKind, Document};
use crate::source::Span;
use crate::text::fold::{Folded, fold};

/// Most words before the colon of a "Label: value" line.
const LABEL_WORDS: usize = 6;

/// Most words of a sentence the heading above it may complete ("Annual
/// meeting" over "- Participants: all members").
const HEADING_LENDS_WORDS: usize = 20;

/// A clause ready to match.
#[derive(Debug)]
pub struct Prepared {
    /// Index into the document's clauses.
    pub index: usize,
    /// The clause's span in the file.
    pub span: Span,
    /// Which block it came from.
    pub kind: ClauseKind,
    /// The folded clause text.
    pub folded: Folded,
    /// The mandate section its heading names, if any.
    pub section: Option<String>,
    /// Index of the clause that introduces its list, if any.
    pub lead: Option<usize>,
    /// The heading it stands under, read as its lead-in when it has none
    /// and is a list item or a "Label: value" line: under "Secrétariat",
    /// "- OIM" says who holds it.
    pub heading: Option<Arc<Prepared>>,
    /// For a paragraph that opens on a noun picking up an earlier one
    /// ("Ledit comité", "Dicho Comité", "The said committee"), the
    /// paragraph before it in its section, where that noun was named: read
    /// as its lead-in.
    pub antecedent: Option<usize>,
    /// For a paragraph that opens on such a noun, numbered or not, the
    /// paragraph before it in its section: what it says goes on with what
    /// that one says ("17.1 A meeting of all members ... 17.2 This meeting
    /// reviews progress ...").
    pub follows: Option<usize>,
    /// The clauses it introduces: its list items, or a header row's rows.
    pub items: Vec<usize>,
    /// Its words.
    pub tokens: Vec<Token>,
    /// The concepts it says, in order.
    pub hits: Vec<Hit>,
    /// Indices into `hits`, ordered by concept and then position, so that
    /// finding one concept is a binary search.
    by_concept: Vec<(usize, usize)>,
    /// Which concepts it says at all, one bit each: most statements name a
    /// concept the clause lacks, and are turned down at once.
    present: Vec<u64>,
    /// What its negations govern.
    pub polarities: Polarities,
    /// A "Label: value" line or a table row: the label names the subject,
    /// the value what holds it.
    pub label: bool,
    /// Its sentences, as folded ranges.
    pub sentences: Vec<Range<usize>>,
    /// For each sentence, whether it opens with a word that picks up the
    /// subject of the one before ("Ils", "They").
    pub picks_up: Vec<bool>,
    /// For each sentence that opens on a noun picking up an earlier one
    /// ("The Committee sets ..."), that noun's last word.
    pub resumed_nouns: Vec<Option<String>>,
    /// Where each vocabulary term that statements name is found, by term
    /// index (empty for the others).
    pub term_hits: Vec<Vec<Range<usize>>>,
    /// The rule patterns that may match it.
    pub candidates: Candidates,
    /// Where a template's placeholders were left unfilled ("[LIEU]",
    /// "____"), as file spans.
    pub placeholders: Vec<Span>,
}

/// Most words of a run-in heading: a sentence of its own ("Members.") that
/// names what the next sentence is about.
const RUN_IN_WORDS: usize = 3;

/// How many words a phrase that opens a sentence before its subject may
/// have ("En collaboration avec les membres, il ...").
const PHRASE_WORDS: usize = 5;

/// Most words between a subject and the denial of what is said of it
/// ("UN DESA and UNODC won't sit on the Committee").
const SUBJECT_GAP: usize = 3;

/// Where a statement's subject may be said, beside the sentence that says
/// the rest of it and the clause's lead-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubjectFrom {
    /// Also in an earlier sentence that the sentence picks up ("Il
    /// prépare les réunions").
    EarlierSentences,
    /// Only in the same sentence: a deviation is said where it stands.
    SameSentence,
}

/// How far into a list item (in folded bytes) the subject of a statement
/// its lead-in completes may start.
const ITEM_HEAD: usize = 16;

impl Prepared {
    /// What introduces it: the clause that leads into its list, or else
    /// the heading it stands under, or the paragraph its first words point
    /// back to ("Ledit comité ...").
    #[must_use]
    pub fn lead_in<'a>(&'a self, clauses: &'a [Prepared]) -> Option<&'a Prepared> {
        self.lead
            .and_then(|l| clauses.get(l))
            .or(self.heading.as_deref())
            .or_else(|| self.antecedent.and_then(|a| clauses.get(a)))
    }

    /// Where it opens on a noun that points back to one named before it
    /// ("Ledit comité fixe ...", "17.2. Cette réunion ..."): the noun's
    /// first byte, after the paragraph's number if it has one.
    fn opening_anaphor(&self, lexicon: &Lexicon) -> Option<usize> {
        let numbering = |before: &str| {
            before
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | ')' | '-' | ' '))
        };
        self.hits
            .iter()
            .find(|h| {
                self.folded
                    .as_str()
                    .get(..h.range.start)
                    .is_some_and(numbering)
                    && lexicon.has_cue(h.concept, Cue::Anaphor)
            })
            .map(|h| h.range.start)
    }

    /// The folded text.
    #[must_use]
    pub fn text(&self) -> &str {
        self.folded.as_str()
    }

    /// The first match of `re` within folded bytes `range` that the clause
    /// affirms (no negation governs it), as a folded range.
    #[must_use]
    pub fn find(&self, re: &Pattern, range: Range<usize>) -> Option<Range<usize>> {
        self.find_read(re, range, Reading::Affirmed)
    }

    /// The first match of `re` within `range` read as `reading` asks.
    #[must_use]
    pub fn find_read(
        &self,
        re: &Pattern,
        range: Range<usize>,
        reading: Reading,
    ) -> Option<Range<usize>> {
        if !self.candidates.admit(re) {
            return None;
        }
        let text = self.text();
        let end = range.end.min(text.len());
        let start = range.start.min(end);
        let hay = text.as_bytes().get(..end)?;
        let mut at = start;
        while at <= end {
            let m = re.find_at(hay, at)?;
            if reading.accepts(self.polarities.over(&m)) {
                return Some(m);
            }
            // A denied match may hide an affirmed one that starts inside it,
            // past the words denied.
            at = self
                .polarities
                .denied_within(&m)
                .map_or(m.start + 1, |denied| denied.end.max(m.start + 1));
        }
        None
    }

    /// How the words at folded byte `at` read.
    #[must_use]
    pub fn polarity(&self, at: usize) -> Polarity {
        self.polarities.at(at)
    }

    /// Where one alternative of a statement's group is said within folded
    /// `range`, read as `reading` asks.
    #[must_use]
    pub fn says_atom(
        &self,
        atom: &Atom,
        range: Range<usize>,
        reading: Reading,
    ) -> Option<Range<usize>> {
        match atom {
            Atom::Label => self.label.then(|| 0..self.text().len().min(1)),
            Atom::Concept(index) if !self.has_concept(*index) => None,
            Atom::Concept(index) => {
                // Only this concept's hits, and of them only those in range.
                let start = |&(_, i): &(usize, usize)| {
                    self.hits.get(i).map_or(usize::MAX, |h| h.range.start)
                };
                let first = self.by_concept.partition_point(|entry| {
                    entry.0 < *index || (entry.0 == *index && start(entry) < range.start)
                });
                self.by_concept
                    .get(first..)
                    .unwrap_or_default()
                    .iter()
                    .take_while(|entry| entry.0 == *index && start(entry) < range.end)
                    .filter_map(|&(_, i)| self.hits.get(i))
                    .find(|h| reading.accepts(self.polarity(h.range.start)))
                    .map(|h| h.range.clone())
            }
            Atom::Term(index) => {
                let found = self.term_hits.get(*index)?;
                let first = found.partition_point(|r| r.start < range.start);
                found
                    .get(first..)
                    .unwrap_or_default()
                    .iter()
                    .take_while(|r| r.start < range.end)
                    .find(|r| reading.accepts(self.polarities.over(r)))
                    .cloned()
            }
        }
    }

    /// [`Self::says_atom`] for a concept said outside every range of
    /// `names`.
    fn says_atom_outside(
        &self,
        atom: &Atom,
        range: Range<usize>,
        reading: Reading,
        names: &[Range<usize>],
    ) -> Option<Range<usize>> {
        if names.is_empty() || !matches!(atom, Atom::Concept(_)) {
            return self.says_atom(atom, range, reading);
        }
        let mut from = range.start;
        while from < range.end {
            let found = self.says_atom(atom, from..range.end, reading)?;
            if !names
                .iter()
                .any(|n| n.start <= found.start && found.end <= n.end)
            {
                return Some(found);
            }
            from = found.end.max(from + 1);
        }
        None
    }

    /// Where `statement` is said in one sentence of this clause: the range
    /// from its first to its last word said in the clause.
    ///
    /// Every group but the subject (the first) must be said in the sentence
    /// itself. The subject may also stand in `lead`, the sentence that
    /// introduces the clause ("Les coprésidents :"), and, when `subject`
    /// allows it, earlier in the clause ("Le secrétariat est assuré par
    /// l'OIM. Il prépare les réunions.").
    #[must_use]
    pub fn says(
        &self,
        statement: &Statement,
        lead: Option<&Prepared>,
        reading: Reading,
        subject: SubjectFrom,
    ) -> Option<Range<usize>> {
        let carry = subject == SubjectFrom::EarlierSentences;
        self.sentences
            .iter()
            .find_map(|sentence| self.said_in(statement, lead, reading, sentence, carry))
    }

    /// Where the subject of `statement` is said in the sentence before
    /// `sentence`, which a pronoun or an elided subject picks up ("Working
    /// groups are set up by the Committee. They are reviewed yearly."), or
    /// further back through sentences that each pick up the one before; a
    /// subject named further back than that belongs to another topic.
    fn subject_before(
        &self,
        statement: &Statement,
        sentence: &Range<usize>,
        reading: Reading,
    ) -> Option<usize> {
        let own = self.sentences.partition_point(|s| s.start < sentence.start);
        let mut at = own;
        loop {
            at = at.checked_sub(1)?;
            let previous = self.sentences.get(at)?;
            let found = self.subject_at(statement, previous.start..previous.end, reading);
            if found.is_some() {
                return found;
            }
            if !self.picks_up.get(at).copied().unwrap_or(false) {
                break;
            }
        }
        // A noun reaches further back, past sentences that name something
        // else, to the one that names it ("An Executive Committee sits
        // within the Network. [...] UN DESA is not a member. The Committee
        // sets the overall direction"), but only to a subject its word is
        // part of.
        let noun = self.resumed_nouns.get(own).cloned().flatten()?;
        (0..at).rev().find_map(|k| {
            let earlier = self.sentences.get(k)?;
            self.subject_at(statement, earlier.clone(), reading)
                .filter(|&start| {
                    self.text()
                        .get(start..)
                        .is_some_and(|rest| rest.split_whitespace().take(3).any(|w| w == noun))
                })
        })
    }

    /// [`Self::says`] in one sentence.
    #[must_use]
    pub fn says_in(
        &self,
        statement: &Statement,
        lead: Option<&Prepared>,
        reading: Reading,
        sentence: &Range<usize>,
    ) -> Option<Range<usize>> {
        self.said_in(statement, lead, reading, sentence, true)
    }

    /// Whether the words at `range` are the subject of a denial that
    /// follows them within a few words and covers a concept `named` accepts ("UN DESA
    /// won't sit on the Committee": UN DESA is affirmed, what is said of it
    /// denied).
    #[must_use]
    pub fn denied_after(&self, range: &Range<usize>, named: impl Fn(usize) -> bool) -> bool {
        let sentence = self.sentence_at(range.start);
        // The subject of a whole sentence stays its subject across a
        // contrast: "UN DESA, ..., may be consulted but shall not form part
        // of the Committee".
        let opens_sentence = self
            .tokens
            .iter()
            .filter(|t| t.range.start >= sentence.start && t.range.end <= range.start)
            .count()
            <= 1;
        self.polarities
            .denied_in(&(range.end..sentence.end))
            .any(|denied| {
                // The denial must follow at once ("UN DESA won't", "le DAES
                // ne siège pas"), not in a later part of the sentence; an
                // aside set off by commas does not count ("l'ONUDC, qui n'a
                // pas de présence dans le pays, ne siégera pas").
                let between = self.text().get(range.end..denied.start).unwrap_or(";");
                let opens_another = between.contains([';', ':']);
                // A denial that opens right after a comma is itself the
                // aside, said of the word before it ("l'OIT, l'OIM, le DAES,
                // qui n'a pas de bureau ici, ..."): the commas before it
                // separate a list.
                let is_aside = between.trim_end().ends_with(',');
                let aside = match (between.find(','), between.rfind(',')) {
                    (Some(first), Some(last)) if !is_aside => {
                        range.end + first..range.end + last + 1
                    }
                    _ => denied.start..denied.start,
                };
                let words_between = self
                    .tokens
                    .iter()
                    .filter(|t| t.range.start >= range.end && t.range.end <= denied.start)
                    .filter(|t| !(aside.start <= t.range.start && t.range.end <= aside.end))
                    .count();
                let across_contrast =
                    opens_sentence && self.polarities.contrast_within(&(range.end..denied.start));
                !opens_another
                    && (words_between <= if is_aside { 0 } else { SUBJECT_GAP } || across_contrast)
                    && self.hits.iter().any(|hit| {
                        hit.range.start >= denied.start
                            && hit.range.end <= denied.end
                            && named(hit.concept)
                    })
            })
    }

    /// Whether the clause says `concept` anywhere, however it reads.
    fn has_concept(&self, concept: usize) -> bool {
        self.present
            .get(concept / 64)
            .is_some_and(|word| word & (1 << (concept % 64)) != 0)
    }

    /// Whether every group of `statement` but its subject (which a lead-in
    /// or a sentence before may give) can be found in the clause, or in the
    /// heading it reads with, at all.
    fn may_say(&self, statement: &Statement) -> bool {
        let has = |clause: &Prepared, atom: &Atom| match atom {
            Atom::Label => clause.label,
            Atom::Concept(index) => clause.has_concept(*index),
            Atom::Term(index) => clause.term_hits.get(*index).is_some_and(|f| !f.is_empty()),
        };
        statement.groups.iter().skip(1).all(|group| {
            group.iter().any(|atom| {
                has(self, atom) || self.heading.as_deref().is_some_and(|h| has(h, atom))
            })
        })
    }

    /// Where the subject of `statement` (its first group) is first said in
    /// `range`.
    fn subject_at(
        &self,
        statement: &Statement,
        range: Range<usize>,
        reading: Reading,
    ) -> Option<usize> {
        statement.groups.first().and_then(|group| {
            group
                .iter()
                .filter_map(|atom| self.says_atom(atom, range.clone(), reading))
                .map(|r| r.start)
                .min()
        })
    }

    /// [`Self::says_in`]; the subject may come from the sentences before
    /// only when `carry` is set.
    #[expect(
        clippy::too_many_lines,
        reason = "one statement against one sentence: subject, groups, lead-in and heading are decided together and share their ranges"
    )]
    fn said_in(
        &self,
        statement: &Statement,
        lead: Option<&Prepared>,
        reading: Reading,
        sentence: &Range<usize>,
        carry: bool,
    ) -> Option<Range<usize>> {
        if !self.may_say(statement) {
            return None;
        }
        // What a sentence excludes, it excludes for the one that picks it up
        // ("The co-chairs: ... They keep the Government informed").
        if !statement.excluded.is_empty() {
            let at = self.sentences.partition_point(|s| s.start < sentence.start);
            let picked_up = self
                .picks_up
                .get(at)
                .copied()
                .unwrap_or(false)
                .then(|| at.checked_sub(1).and_then(|p| self.sentences.get(p)))
                .flatten();
            if self.says_excluded(statement, sentence)
                || picked_up.is_some_and(|previous| self.says_excluded(statement, previous))
            {
                return None;
            }
        }
        // The words of a name the statement asks for are not its other
        // concepts: "Cooperation Framework" says no cooperation.
        let names: Vec<Range<usize>> = statement
            .groups
            .iter()
            .flatten()
            .filter_map(|atom| match atom {
                Atom::Term(index) => self.term_hits.get(*index),
                _ => None,
            })
            .flatten()
            .filter(|r| r.start < sentence.end && r.end > sentence.start)
            .cloned()
            .collect();
        let within = |group: &[Atom]| {
            group
                .iter()
                .find_map(|atom| self.says_atom_outside(atom, sentence.clone(), reading, &names))
        };
        let (subject, rest) = statement.groups.split_first()?;
        // Every group but the subject must be said in the sentence itself;
        // they are looked for first, as most sentences say none of them.
        // Under a heading read as its lead-in, the heading may say any group
        // of the first sentence ("Réunion annuelle" over "- Participants :
        // tous les membres"), as long as the clause says one itself.
        let heading = lead.filter(|l| self.heading.as_deref().is_some_and(|h| std::ptr::eq(h, *l)));
        let in_heading = |group: &[Atom]| {
            sentence.start == 0
                && heading.is_some_and(|h| {
                    group
                        .iter()
                        .any(|atom| h.says_atom(atom, h.whole(), reading).is_some())
                })
        };
        // A sentence that denies something is not completed by the heading
        // ("Co-chairs" over "- RC: not a co-chair", or over "Notes: the
        // RC's Office preferred to stay out of the chair"), nor is a long
        // one, which says its own thing ("Co-chairs" over "18. The RC's
        // Office accompanies the Network's work and ...").
        let denies = self.polarities.denied_within(sentence).is_some();
        let short = self
            .tokens
            .iter()
            .filter(|t| t.range.start >= sentence.start && t.range.end <= sentence.end)
            .count()
            <= HEADING_LENDS_WORDS;
        let mut own: Option<Range<usize>> = None;
        for group in rest {
            match within(group) {
                Some(r) => own = Some(cover(own, r)),
                None if !denies && short && in_heading(group) => {}
                None => return None,
            }
        }
        match within(subject) {
            // "The Resident Coordinator doesn't co-chair; the second
            // co-chair is UNHCR" does not say the RC co-chairs.
            Some(r)
                if reading != Reading::Any
                    && self.denied_after(&r, |c| {
                        rest.iter().flatten().any(|a| *a == Atom::Concept(c))
                    }) =>
            {
                return None;
            }
            Some(r) => own = Some(cover(own, r)),
            // A statement of one group has no subject to carry over.
            None if rest.is_empty() => return None,
            None => {
                // A lead-in completes the first sentence of its item, not
                // the ones after it.
                // The lead-in's own heading counts too ("Comité exécutif",
                // then "- Rôle :", then "1. orientations générales").
                let says_subject = |l: &Prepared| {
                    subject
                        .iter()
                        .any(|atom| l.says_atom(atom, l.whole(), reading).is_some())
                };
                let in_lead = sentence.start == 0
                    && lead.is_some_and(|l| {
                        says_subject(l) || l.heading.as_deref().is_some_and(says_subject)
                    });
                let earlier = carry && self.subject_before(statement, sentence, reading).is_some();
                if !(in_lead || earlier) || own.is_none() {
                    return None;
                }
            }
        }
        Some(own.unwrap_or_else(|| sentence.clone()))
    }

    /// Where `statement` is said by this lead-in and one sentence of
    /// `item`, the clause it introduces, read together ("The Network is
    /// guided by:" and "the Charter of the United Nations;"): each group in
    /// one or the other, and neither saying it alone. The range is in this
    /// clause.
    #[must_use]
    pub fn says_with_item(
        &self,
        statement: &Statement,
        item: &Prepared,
        reading: Reading,
    ) -> Option<Range<usize>> {
        if self.says_excluded(statement, &self.whole()) {
            return None;
        }
        item.sentences.iter().find_map(|sentence| {
            if item.says_excluded(statement, sentence) {
                return None;
            }
            let mut own: Option<Range<usize>> = None;
            let mut in_item = false;
            for (g, group) in statement.groups.iter().enumerate() {
                // The item gives the statement's subject only where it starts
                // ("- IOM;"), not as a word further on ("share updates with
                // members" under "the Network commits to:").
                let reach = if g == 0 {
                    sentence.start + ITEM_HEAD
                } else {
                    usize::MAX
                };
                if group.iter().any(|atom| {
                    item.says_atom(atom, sentence.clone(), reading)
                        .is_some_and(|r| r.start <= reach)
                }) {
                    in_item = true;
                    continue;
                }
                let r = group
                    .iter()
                    .find_map(|atom| self.says_atom(atom, self.whole(), reading))?;
                own = Some(cover(own, r));
            }
            // An item that says it all addresses the element itself.
            own.filter(|_| in_item)
        })
    }

    /// Whether `range` says something `statement` excludes, however it
    /// reads.
    fn says_excluded(&self, statement: &Statement, range: &Range<usize>) -> bool {
        statement
            .excluded
            .iter()
            .any(|atom| self.says_atom(atom, range.clone(), Reading::Any).is_some())
    }

    /// The sentence holding folded byte `at`.
    #[must_use]
    pub fn sentence_at(&self, at: usize) -> Range<usize> {
        self.sentences
            .iter()
            .find(|s| s.contains(&at))
            .cloned()
            .unwrap_or_else(|| self.whole())
    }

    /// Every match of `re` in the clause, as folded ranges.
    pub fn find_all<'a>(&'a self, re: &'a Pattern) -> impl Iterator<Item = Range<usize>> + 'a {
        re.find_iter(self.text().as_bytes())
    }

    /// The whole clause, as a folded range.
    #[must_use]
    pub fn whole(&self) -> Range<usize> {
        0..self.text().len()
    }

    /// The clause's main part: up to the first phrase that introduces a
    /// supporting role ("with the support of": the vocabulary's `support`),
    /// or up to the comma or parenthesis that opens an aside naming one
    /// ("..., IOM providing technical support": its `support_aside`).
    #[must_use]
    pub fn main_part(&self, mandate: &Mandate) -> Range<usize> {
        self.main_part_in(mandate, &self.whole())
    }

    /// The main part of `range` (a sentence, say), found the same way.
    #[must_use]
    pub fn main_part_in(&self, mandate: &Mandate, range: &Range<usize>) -> Range<usize> {
        let text = self.text().get(range.clone()).unwrap_or_default();
        let first = |key: &str| {
            mandate
                .terms
                .get(key)
                .and_then(|t| t.pattern.find(text.as_bytes()))
                .map(|m| m.start)
        };
        let phrase_at = first("support").unwrap_or(text.len());
        let aside_at = first("support_aside").map_or(text.len(), |at| {
            let before = text.get(..at).unwrap_or_default();
            before.rfind([',', '(', ';']).unwrap_or(at)
        });
        let end = phrase_at.min(aside_at);
        // A framing phrase the sentence opens on runs to its first comma.
        let start = mandate
            .terms
            .get("framing")
            .and_then(|t| t.pattern.find(text.as_bytes()))
            .and_then(|m| {
                text.get(m.end..end)?
                    .find(',')
                    .map(|comma| m.end + comma + 1)
            })
            .unwrap_or(0);
        range.start + start..range.start + end
    }

    /// Whether `range` stands in a relative clause set off by a comma (the
    /// vocabulary's `relative`: ", who brief the Resident Coordinator"),
    /// which runs to the next comma, semicolon or colon of its sentence.
    #[must_use]
    pub fn in_relative(&self, mandate: &Mandate, range: &Range<usize>) -> bool {
        let Some(relative) = mandate.terms.get("relative") else {
            return false;
        };
        let sentence = self.sentence_at(range.start);
        let text = self.text();
        relative
            .pattern
            .find_iter(text.get(..range.start).unwrap_or_default().as_bytes())
            .filter(|m| m.start >= sentence.start)
            .last()
            .is_some_and(|m| {
                text.get(m.end..range.start)
                    .is_some_and(|between| !between.contains([',', ';', ':']))
            })
    }

    /// The file span of a folded range.
    #[must_use]
    pub fn span_of(&self, range: Range<usize>) -> Span {
        let range = whole_words(self.folded.as_str(), range);
        self.folded
            .original(range.start, range.end)
            .unwrap_or(self.span)
    }
}

/// `range` of `text` widened to whole words: a concept found by its stem
/// ("coheren" in "cohérence") points at the word, not at part of it.
fn whole_words(text: &str, range: Range<usize>) -> Range<usize> {
    let word = |c: char| c.is_alphanumeric();
    let (Some(before), Some(inside), Some(after)) = (
        text.get(..range.start),
        text.get(range.clone()),
        text.get(range.end..),
    ) else {
        return range;
    };
    // Bytes of the word characters `chars` opens with.
    let word_bytes = |chars: &mut dyn Iterator<Item = char>| {
        chars
            .take_while(|&c| word(c))
            .map(char::len_utf8)
            .sum::<usize>()
    };
    let back = if inside.starts_with(word) {
        word_bytes(&mut before.chars().rev())
    } else {
        0
    };
    let ahead = if inside.ends_with(word) {
        word_bytes(&mut after.chars())
    } else {
        0
    };
    range.start - back..range.end + ahead
}

/// Which matches count, by how the clause reads them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// Only what the clause affirms.
    Affirmed,
    /// What the clause affirms or supposes, not what it denies: how the
    /// deviations of an element said in negative terms read ("where no
    /// consensus emerges, the decision is taken by majority").
    Undenied,
    /// Anything, affirmed, denied or hypothetical.
    Any,
}

impl Reading {
    fn accepts(self, polarity: Polarity) -> bool {
        match self {
            Reading::Affirmed => polarity == Polarity::Affirmed,
            Reading::Undenied => matches!(polarity, Polarity::Affirmed | Polarity::Hypothetical),
            // A proposal turned down is not read at all.
            Reading::Any => polarity != Polarity::Retracted,
        }
    }
}

/// The range from the start of the earlier of `own` and `r` to the end of
/// the later.
fn cover(own: Option<Range<usize>>, r: Range<usize>) -> Range<usize> {
    match own {
        Some(o) => o.start.min(r.start)..o.end.max(r.end),
        None => r,
    }
}

/// The sentences of folded text: cut after a full stop, a question or an
/// exclamation mark followed by a space.
fn sentences(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in bytes.iter().enumerate() {
        if matches!(b, b'.' | b'!' | b'?') && bytes.get(i + 1) == Some(&b' ') {
            out.push(start..i + 1);
            start = i + 2;
        }
    }
    if start < text.len() || out.is_empty() {
        out.push(start..text.len());
    }
    out
}

/// Whether a clause is a list of abbreviations, one a line ("GFMD   Global
/// Forum on Migration and Development"), as text taken from a PDF gives a
/// glossary: it names things and says nothing of them.
fn is_glossary(text: &str) -> bool {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let defines = |line: &&str| {
        let mut words = line.split_whitespace();
        let abbreviation = words
            .next()
            .unwrap_or_default()
            .trim_end_matches([':', '-']);
        let expansion = words.find(|w| w.chars().any(char::is_alphabetic));
        abbreviation.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !abbreviation.chars().any(char::is_lowercase)
            && expansion.is_some_and(|w| {
                w.chars()
                    .find(|c| c.is_alphabetic())
                    .is_some_and(char::is_uppercase)
            })
    };
    lines.len() >= 3 && lines.iter().all(defines)
}

/// Whether a label's value is empty: a table row with nothing after its
/// first cell, or a "Label:" line with nothing after the colon.
fn unfilled(text: &str, kind: ClauseKind) -> bool {
    let blank = |value: &str| !value.chars().any(char::is_alphanumeric);
    if kind == ClauseKind::TableRow {
        let mut cells = text.split('|').filter(|c| !c.trim().is_empty());
        cells.next().is_some() && cells.all(blank)
    } else {
        text.split_once(':').is_some_and(|(_, value)| blank(value))
    }
}

/// Whether folded clause text is a "Label: value" line: a few words, a
/// colon, then more.
fn is_label_line(text: &str, tokens: &[Token]) -> bool {
    let Some(colon) = text.find(':') else {
        return false;
    };
    let before = tokens.iter().take_while(|t| t.range.end <= colon).count();
    let after = text.get(colon + 1..).is_some_and(|r| !r.trim().is_empty());
    // A section number before the label ("4.2 Comité exécutif : ...") is
    // not a sentence ending before the colon.
    let head = text.get(..colon).unwrap_or_default();
    let head = head.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ');
    let numbering = tokens
        .iter()
        .take_while(|t| {
            text.get(t.range.clone())
                .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()))
        })
        .count();
    (1..=LABEL_WORDS).contains(&(before - numbering.min(before))) && after && !head.contains('.')
}

/// The byte ranges of a table row's cells, between its pipes.
fn cells(row: &str) -> Vec<Range<usize>> {
    let pipes: Vec<usize> = row.match_indices('|').map(|(at, _)| at).collect();
    let mut bounds: Vec<usize> = Vec::with_capacity(pipes.len() + 2);
    if !row.trim_start().starts_with('|') {
        bounds.push(0);
    }
    bounds.extend(pipes.iter().map(|&p| p + 1));
    let mut cells: Vec<Range<usize>> = bounds
        .iter()
        .map(|&start| {
            let end = row
                .get(start..)
                .and_then(|rest| rest.find('|'))
                .map_or(row.len(), |k| start + k);
            start..end
        })
        .collect();
    // A row that ends with a pipe has nothing after it.
    if cells
        .last()
        .is_some_and(|c| row.get(c.clone()).is_some_and(|t| t.trim().is_empty()))
    {
        cells.pop();
    }
    cells
}

/// The columns of a table whose header row, as read, names comments
/// ("Commentaire", "Remarks"): what their cells say explains the row and
/// binds nothing.
fn commentary_columns(mandate: &Mandate, header: &Read<'_>) -> Vec<usize> {
    let cells = cells(header.folded.as_str());
    header
        .hits
        .iter()
        .filter(|h| mandate.lexicon.has_cue(h.concept, Cue::Commentary))
        .filter_map(|h| cells.iter().position(|c| c.contains(&h.range.start)))
        .collect()
}

/// In a row of an assignment matrix (a RACI chart, a table of ticks),
/// the columns the row gives the task to: those marked R (responsible), A
/// (accountable) or ticked. `None` unless every cell after the first is such
/// a mark, or C, I, S, a dash or empty, in at least two columns, one of them
/// a taking mark.
fn assignment_marks(row: &str, cells: &[Range<usize>]) -> Option<Vec<usize>> {
    /// Marks that give the task to the column: responsible, accountable, ticked.
    const TAKING: [&str; 6] = ["r", "a", "x", "\u{2713}", "\u{2714}", "\u{2705}"];
    /// Marks that do not: consulted, informed, supporting, none.
    const OTHER: [&str; 5] = ["", "c", "i", "s", "-"];
    let mut taking = Vec::new();
    for (column, cell) in cells.iter().enumerate().skip(1) {
        let marks: Vec<&str> = row
            .get(cell.clone())?
            .trim()
            .split(['/', ',', ' '])
            .collect();
        if !marks
            .iter()
            .all(|m| TAKING.contains(m) || OTHER.contains(m))
        {
            return None;
        }
        if marks.iter().any(|m| TAKING.contains(m)) {
            taking.push(column);
        }
    }
    (cells.len() >= 3 && !taking.is_empty()).then_some(taking)
}

/// Most words a bare label ("Rôle :", "Composition:") has.
const LABEL_ONLY_WORDS: usize = 3;

/// Whether a clause is a label and nothing else: a few words and a colon.
fn is_bare_label(clause: &Prepared) -> bool {
    clause.folded.as_str().trim_end().ends_with(':') && clause.tokens.len() <= LABEL_ONLY_WORDS
}

/// Mark the numbered paragraphs that a later amendment deletes or replaces
/// ("Paragraph 6.2 is deleted and replaced by the following: ..."): the
/// document says what its amended text says.
fn strike_out_amended(mandate: &Mandate, read: &mut [Read<'_>]) {
    let Some(amendment) = mandate.terms.get("amendment") else {
        return;
    };
    let amended: Vec<(usize, String)> = read
        .iter()
        .flat_map(|r| {
            let text = r.folded.as_str();
            amendment
                .pattern
                .find_iter(text.as_bytes())
                .filter_map(move |m| {
                    let words = text.get(m)?;
                    let number = words
                        .split(|c: char| !(c.is_ascii_digit() || c == '.'))
                        .find(|w| w.starts_with(|c: char| c.is_ascii_digit()))?;
                    Some((r.index, number.trim_end_matches('.').to_string()))
                })
        })
        .collect();
    if amended.is_empty() {
        return;
    }
    for r in read.iter_mut() {
        let opening = r.folded.as_str().trim_start();
        r.struck_out = amended.iter().any(|(at, number)| {
            *at > r.index
                && opening.strip_prefix(number.as_str()).is_some_and(|rest| {
                    !rest
                        .trim_start_matches('.')
                        .starts_with(|c: char| c.is_ascii_digit())
                })
        });
    }
}

/// Mark what a revision quotes only to replace it: under a label naming
/// the old text ("Texte de 2021 :", "Previous wording:"), as a heading of
/// its own (a bold line is one) or as a bare label line, every clause up to
/// the next heading or bare label ("Nouveau texte (2024) :") says nothing.
fn strike_out_superseded(mandate: &Mandate, titles: &[String], read: &mut [Read<'_>]) {
    let Some(superseded) = mandate.terms.get("superseded") else {
        return;
    };
    // Folded text: a section title, or a clause as read.
    let names_old_text = |folded: &str| superseded.pattern.find(folded.as_bytes()).is_some();
    // Each section's title is read once, not once per clause under it.
    let old_sections: Vec<bool> = titles.iter().map(|t| names_old_text(t)).collect();
    let mut striking: Option<Option<usize>> = None;
    for r in read.iter_mut() {
        let under_old_heading = r
            .clause
            .section
            .and_then(|s| old_sections.get(s).copied())
            .unwrap_or(false);
        let text = r.folded.as_str().trim_end();
        if text.ends_with(':') && r.tokens.len() <= 8 {
            striking = names_old_text(text).then_some(r.clause.section);
            continue;
        }
        let in_old_block = striking.is_some_and(|section| section == r.clause.section);
        if striking.is_some() && !in_old_block {
            striking = None;
        }
        if under_old_heading || in_old_block {
            r.struck_out = true;
        }
    }
}

/// Mark what precedes terms of reference set inside a larger document: when
/// a heading past the first clause titles the network's terms of reference
/// ("Annex 3: Terms of Reference of the UN Network on Migration"), the
/// clauses before it (a programme document, a cover note, with bodies and
/// rules of their own) say nothing of the network.
fn strike_out_before_embedded_terms(
    document: &Document,
    mandate: &Mandate,
    titles: &[String],
    read: &mut [Read<'_>],
) {
    let Some(embedded) = mandate.terms.get("embedded_terms") else {
        return;
    };
    let Some(at) = titles
        .iter()
        .position(|t| embedded.pattern.find(t.trim().as_bytes()).is_some())
    else {
        return;
    };
    let before = |clause: &Clause| clause.section.is_none_or(|s| s < at);
    if !document.clauses.iter().any(before) {
        return;
    }
    for r in read.iter_mut().filter(|r| before(r.clause)) {
        r.struck_out = true;
    }
}

/// Mark the items of a lead-in that applies another text's provisions by
/// reference ("The following provisions of the global ToR apply mutatis
/// mutandis:" then "- the periodic review of working groups;"): they name
/// a provision without stating it.
fn strike_out_by_reference(mandate: &Mandate, read: &mut [Read<'_>]) {
    let Some(by_reference) = mandate.terms.get("by_reference") else {
        return;
    };
    let applies: Vec<bool> = read
        .iter()
        .map(|r| {
            by_reference
                .pattern
                .find(r.folded.as_str().as_bytes())
                .is_some()
        })
        .collect();
    for r in read.iter_mut() {
        if r.clause
            .lead
            .is_some_and(|l| applies.get(l).copied().unwrap_or(false))
        {
            r.struck_out = true;
        }
    }
}

/// Mark what a memo or a draft lays out only to choose among: under a
/// heading that titles options or proposals ("Options considered",
/// "Propuestas"), and under its sub-headings, clauses describe what might
/// be agreed, not what is.
fn strike_out_options(
    document: &Document,
    mandate: &Mandate,
    titles: &[String],
    read: &mut [Read<'_>],
) {
    let Some(options) = mandate.terms.get("options") else {
        return;
    };
    let mut under: Vec<bool> = Vec::with_capacity(titles.len());
    for (at, title) in titles.iter().enumerate() {
        let parent = document
            .sections
            .get(at)
            .and_then(|s| s.parent)
            .and_then(|p| under.get(p).copied())
            .unwrap_or(false);
        under.push(parent || options.pattern.find(title.as_bytes()).is_some());
    }
    for r in read.iter_mut() {
        if r.clause
            .section
            .and_then(|s| under.get(s).copied())
            .unwrap_or(false)
        {
            r.struck_out = true;
        }
    }
}

/// What a review copy's marks leave out, as folded ranges: CriticMarkup's
/// deletions (`{--...--}`), the old side of a substitution (`{~~old~>`),
/// comments (`{>>...<<}`) and the marks around insertions and highlights
/// (`{++`, `++}`, `{==`, `==}`, `~~}`), and Markdown's struck-through text
/// (`~~...~~`).
fn review_marks(text: &str) -> Vec<Range<usize>> {
    /// Each kind of mark: how it opens, where its left-out part ends, and
    /// how it closes.
    const MARKS: [(&str, &str, &str); 5] = [
        ("{--", "--}", "--}"),
        ("{>>", "<<}", "<<}"),
        ("{~~", "~>", "~~}"),
        ("{++", "", "++}"),
        ("{==", "", "==}"),
    ];
    let mut out: Vec<Range<usize>> = Vec::new();
    if !text.contains('{') && !text.contains("~~") {
        return out;
    }
    let mut at = 0;
    while let Some((start, (open, left_out, close))) = MARKS
        .iter()
        .filter_map(|mark| text.get(at..)?.find(mark.0).map(|k| (at + k, *mark)))
        .min_by_key(|(k, _)| *k)
    {
        let inside = start + open.len();
        let Some(end) = text
            .get(inside..)
            .and_then(|t| t.find(close))
            .map(|k| inside + k)
        else {
            break;
        };
        let kept_from = if left_out.is_empty() {
            inside
        } else {
            text.get(inside..end)
                .and_then(|t| t.find(left_out))
                .map_or(end, |k| inside + k + left_out.len())
        };
        if left_out == close {
            out.push(start..end + close.len());
        } else {
            out.push(start..kept_from);
            out.push(end..end + close.len());
        }
        at = end + close.len();
    }
    // Struck-through text outside the marks above: "~~...~~".
    let mut from = 0;
    while let Some(open) = text
        .get(from..)
        .and_then(|t| t.find("~~"))
        .map(|k| from + k)
    {
        let Some(close) = text
            .get(open + 2..)
            .and_then(|t| t.find("~~"))
            .map(|k| open + 2 + k)
        else {
            break;
        };
        let range = open..close + 2;
        if !out
            .iter()
            .any(|r| r.start < range.end && range.start < r.end)
        {
            out.push(range.clone());
        }
        from = range.end;
    }
    out
}

/// What a clause's folded `text` holds that says nothing, as folded ranges:
/// a sentence marked as not yet agreed ("[OPEN]", "[à confirmer]"), and
/// what breaks a tie in a vote ("in the event of a tie, the RC has the
/// casting vote"), to the end of its sentence, which says nothing of who
/// decides or of what happens when consensus fails. Sentences are found
/// only in the few clauses that hold either.
fn unsaid(mandate: &Mandate, text: &str) -> Vec<Range<usize>> {
    let term = |key: &str| mandate.terms.get(key).map(|t| &t.pattern);
    let pending = term("pending").filter(|p| p.find(text.as_bytes()).is_some());
    let ties: Vec<Range<usize>> = term("tie_break")
        .map(|tie| tie.find_iter(text.as_bytes()).collect())
        .unwrap_or_default();
    if pending.is_none() && ties.is_empty() {
        return Vec::new();
    }
    let stops = sentences(text);
    let open = stops.iter().filter(|range| {
        pending.is_some_and(|p| {
            text.get((*range).clone())
                .is_some_and(|sentence| p.find(sentence.as_bytes()).is_some())
        })
    });
    let tie_ends = ties.iter().map(|found| {
        let end = stops
            .iter()
            .find(|s| s.contains(&found.start))
            .map_or(text.len(), |s| s.end);
        found.start..end
    });
    open.cloned().chain(tie_ends).collect()
}

/// Fewest words of a quotation: shorter repeats ("IOM hosts it.") are
/// what a ToR says again in its own right.
const QUOTE_WORDS: usize = 6;

/// Words in a row that a quotation and the text it quotes share.
const QUOTE_SPAN: usize = 4;

/// The folded words of `text`, hashed, in the runs between ellipses.
fn word_runs(text: &str) -> Vec<Vec<u64>> {
    use std::hash::{Hash, Hasher};
    text.split("[...]")
        .flat_map(|part| part.split("[\u{2026}]"))
        .flat_map(|part| part.split("..."))
        .flat_map(|part| part.split('\u{2026}'))
        .map(|part| {
            part.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(|w| {
                    let mut hasher = rustc_hash::FxHasher::default();
                    w.hash(&mut hasher);
                    hasher.finish()
                })
                .collect::<Vec<u64>>()
        })
        .filter(|run| !run.is_empty())
        .collect()
}

/// Mark what quotes earlier text ("> Where consensus cannot be reached
/// [...], the Executive Committee decides by simple majority", in a reply
/// that goes on to drop it): every run of its words was said before, so it
/// states nothing new, and read on its own it could pass for agreed text
/// (the original may have been marked "[OPEN]" or been turned down).
fn strike_out_quotations(read: &mut [Read<'_>]) {
    let key = |window: &[u64]| window.iter().fold(0u64, |acc, w| acc.rotate_left(7) ^ w);
    let mut said: rustc_hash::FxHashSet<u64> = rustc_hash::FxHashSet::default();
    for r in read.iter_mut() {
        let words: usize = r.runs.iter().map(Vec::len).sum();
        let repeats = words >= QUOTE_WORDS
            && r.runs.iter().any(|run| run.len() >= QUOTE_SPAN)
            && r.runs.iter().all(|run| {
                run.len() < QUOTE_SPAN
                    || run
                        .windows(QUOTE_SPAN)
                        .all(|window| said.contains(&key(window)))
            });
        for run in &r.runs {
            said.extend(run.windows(QUOTE_SPAN).map(key));
        }
        if repeats {
            r.struck_out = true;
        }
    }
}

/// Mark the lines whose label says they are not the network's terms: lines
/// that describe the document ("Last updated: 2 October 2024", "Prepared
/// by: the RCO", "Read with: the global ToR"), claims the document sets
/// out to refute ("Myth: the network votes", "Journalist: so IOM decides
/// everything?"), a drafter's commentary ("Commentaire : les TdR
/// mondiaux prévoient ...") and a proposal a meeting's minutes report
/// ("Le HCR a proposé que ..."), unless the same clause says it was
/// adopted.
fn strike_out_labelled(mandate: &Mandate, read: &mut [Read<'_>]) {
    let labels: Vec<&Pattern> = ["metadata", "refuted", "commentary_note"]
        .iter()
        .filter_map(|key| mandate.terms.get(*key))
        .map(|term| &term.pattern)
        .collect();
    let term = |key: &str| mandate.terms.get(key).map(|term| &term.pattern);
    let (proposal, adopted) = (term("proposal"), term("proposal_adopted"));
    for r in read.iter_mut() {
        let text = r.folded.as_str().as_bytes();
        let found = |pattern: Option<&Pattern>| pattern.is_some_and(|p| p.find(text).is_some());
        if labels.iter().any(|label| label.find(text).is_some())
            || (found(proposal) && !found(adopted))
        {
            r.struck_out = true;
        }
    }
}

/// A clause as read in the first pass: its words and concepts.
struct Read<'a> {
    index: usize,
    clause: &'a Clause,
    folded: Folded,
    tokens: Vec<Token>,
    hits: Vec<Hit>,
    /// A template's placeholders blanked out of it, as file spans.
    placeholders: Vec<Span>,
    /// Whether a later amendment struck it out ("Paragraph 6.2 is deleted
    /// and replaced by the following").
    struck_out: bool,
    /// Whether it is a row of an assignment matrix, read with the header
    /// cells it marks instead of the whole header.
    assigns: bool,
    /// Its words as written, before anything is blanked, in the runs an
    /// ellipsis ("[...]") leaves of a quotation: what a later clause that
    /// quotes it is compared with.
    runs: Vec<Vec<u64>>,
}

impl<'a> Read<'a> {
    /// Fold `clause`, the `index`th, split it into words and find its
    /// concepts. A table row is read in the light of its `header` row:
    /// without its comment columns (see [`commentary_columns`]), and, in an
    /// assignment matrix, with the names of the columns it marks.
    fn of(
        document: &Document,
        mandate: &Mandate,
        index: usize,
        clause: &'a Clause,
        header: Option<&Read<'_>>,
    ) -> Self {
        let language = document.meta.language;
        let mut folded = Folded::new(document.clause_source(clause), clause.span.start);
        // A review copy is read with its changes accepted: text deleted or
        // struck through, the old side of a substitution and comments say
        // nothing, and the marks around what stays are not words.
        folded.blank(review_marks(folded.as_str()));
        let runs = word_runs(folded.as_str());
        let unsaid = unsaid(mandate, folded.as_str());
        let placeholders = folded.blank_placeholders();
        folded.blank(unsaid);
        let mut assigns = false;
        if let Some(header) = header {
            let row = cells(folded.as_str());
            let comments = commentary_columns(mandate, header);
            folded.blank(
                comments
                    .iter()
                    .filter_map(|&column| row.get(column).cloned()),
            );
            if let Some(marks) = assignment_marks(folded.as_str(), &row) {
                let heads = cells(header.folded.as_str());
                folded.blank(row.iter().skip(1).cloned());
                for column in marks {
                    if let Some(head) = heads.get(column) {
                        folded.append(&header.folded, head.clone());
                    }
                }
                assigns = true;
            }
        }
        let written = |range: Range<usize>| {
            let span = folded.original(range.start, range.end)?;
            Some(document.source.slice(span))
        };
        let tokens = tokenize(folded.as_str(), language, &written);
        let hits = mandate.lexicon.scan(&tokens, folded.as_str(), language);
        Read {
            index,
            clause,
            folded,
            tokens,
            hits,
            placeholders,
            struck_out: false,
            assigns,
            runs,
        }
    }
}

/// Whether a folded answer opens by saying no ("No.", "Non, ...").
fn says_no(text: &str) -> bool {
    let word_end = text
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(text.len());
    let (word, rest) = text.split_at(word_end);
    matches!(word, "no" | "non") && rest.starts_with(['.', ',', ';', ':', '!'])
}

/// The headings that list items and label lines stand under, prepared as
/// clauses of their own, by section index.
fn headings(
    document: &Document,
    mandate: &Mandate,
    defined: &Acronyms,
) -> HashMap<usize, Arc<Prepared>> {
    let used: BTreeSet<usize> = document.clauses.iter().filter_map(|c| c.section).collect();
    used.into_iter()
        .filter_map(|at| {
            let section = document.sections.get(at)?;
            let clause = Clause {
                text: section.title.clone(),
                span: section.span,
                kind: ClauseKind::Paragraph,
                section: Some(at),
                lead: None,
            };
            // Not one of the document's clauses: nothing points at it.
            let read = Read::of(document, mandate, usize::MAX, &clause, None);
            Some((at, Arc::new(read_clause(document, mandate, read, defined))))
        })
        .collect()
}

/// Prepare one clause from its first reading.
#[expect(
    clippy::too_many_lines,
    reason = "the first reading of a clause in pipeline order (acronyms, placeholders, polarity, sentences, pick-ups); each step needs the one before"
)]
fn read_clause(
    document: &Document,
    mandate: &Mandate,
    read: Read<'_>,
    defined: &Acronyms,
) -> Prepared {
    let lexicon = &mandate.lexicon;
    let Read {
        index,
        clause,
        folded,
        tokens,
        mut hits,
        placeholders,
        struck_out,
        assigns,
        runs: _,
    } = read;
    acronyms::expand(folded.as_str(), &tokens, &mut hits, defined);
    let label = clause.kind == ClauseKind::TableRow || is_label_line(folded.as_str(), &tokens);
    // A glossary, and a template's field left unfilled ("Frequency of
    // meetings: ____"), say nothing.
    let says_nothing = struck_out
        || is_glossary(&clause.text)
        || (!placeholders.is_empty() && unfilled(folded.as_str(), clause.kind));
    if says_nothing {
        hits.clear();
    }
    let polarities = polarity::negations(folded.as_str(), &hits, lexicon);
    let sentences = sentences(folded.as_str());
    let words_in = |range: &Range<usize>| {
        tokens
            .iter()
            .filter(|t| t.range.start >= range.start && t.range.end <= range.end)
            .count()
    };
    let (picks_up, resumed_nouns): (Vec<bool>, Vec<Option<String>>) = sentences
        .iter()
        .enumerate()
        .map(|(k, sentence)| {
            // A run-in heading ("**Members.** UN entities ...") is
            // the subject of the sentence after it.
            let after_run_in = k
                .checked_sub(1)
                .and_then(|p| sentences.get(p))
                .is_some_and(|previous| (1..=RUN_IN_WORDS).contains(&words_in(previous)));
            let words: Vec<&Token> = tokens
                .iter()
                .filter(|t| t.range.start >= sentence.start && t.range.end <= sentence.end)
                .collect();
            // The sentence's first word, or the first after a short phrase
            // set off by a comma ("Together with the members, it ...").
            let after_phrase = words.iter().take(PHRASE_WORDS + 1).find(|t| {
                folded
                    .as_str()
                    .get(sentence.start..t.range.start)
                    .is_some_and(|before| before.trim_end().ends_with(','))
            });
            // A table row is about what its first cell names, whatever its
            // other cells say in sentences of their own.
            let in_a_row = clause.kind == ClauseKind::TableRow && k > 0;
            let resumes = |t: &&Token| {
                hits.iter().any(|h| {
                    h.range.start == t.range.start
                        && lexicon
                            .concepts
                            .get(h.concept)
                            .is_some_and(|c| c.cue.resumes())
                })
            };
            // A noun that picks up ("the Committee", "ces groupes") names
            // what it picks up by its last word.
            let noun = words
                .first()
                .into_iter()
                .chain(after_phrase)
                .find_map(|t| {
                    hits.iter().find(|h| {
                        h.range.start == t.range.start
                            && lexicon
                                .concepts
                                .get(h.concept)
                                .is_some_and(|c| c.cue.resumes())
                    })
                })
                .and_then(|h| folded.as_str().get(h.range.clone()))
                .and_then(|words| words.rsplit_once(' '))
                .map(|(_, head)| head.to_string());
            let picks_up = after_run_in
                || in_a_row
                || words.first().is_some_and(resumes)
                || after_phrase.is_some_and(resumes);
            (picks_up, noun)
        })
        .unzip();
    let candidates = if says_nothing {
        Candidates::default()
    } else {
        mandate.prefilter.candidates(folded.as_str().as_bytes())
    };
    let term_hits = mandate
        .terms
        .values()
        .zip(&mandate.statement_terms)
        .map(|(term, used)| {
            if *used && candidates.admit(&term.pattern) {
                term.pattern.find_iter(folded.as_str().as_bytes()).collect()
            } else {
                Vec::new()
            }
        })
        .collect();
    let mut by_concept: Vec<(usize, usize)> = hits
        .iter()
        .enumerate()
        .map(|(i, h)| (h.concept, i))
        .collect();
    by_concept.sort_unstable();
    let mut present = vec![0_u64; lexicon.concepts.len().div_ceil(64)];
    for hit in &hits {
        if let Some(word) = present.get_mut(hit.concept / 64) {
            *word |= 1 << (hit.concept % 64);
        }
    }
    Prepared {
        sentences,
        picks_up,
        resumed_nouns,
        by_concept,
        present,
        term_hits,
        index,
        span: clause.span,
        kind: clause.kind,
        section: document.section_id(clause).map(str::to_string),
        // An assignment row carries the header cells it marks.
        lead: clause.lead.filter(|_| !assigns),
        heading: None,
        antecedent: None,
        follows: None,
        items: Vec::new(),
        folded,
        tokens,
        hits,
        polarities,
        label,
        candidates,
        placeholders,
    }
}

/// Fold every clause of a document and find what it says.
#[must_use]
pub fn prepare(document: &Document, mandate: &Mandate) -> Vec<Prepared> {
    // Read every clause's words first: an acronym may be defined after
    // its first use (in a list of abbreviations at the end).
    let mut defined = Acronyms::new();
    let mut read: Vec<Read<'_>> = Vec::with_capacity(document.clauses.len());
    for (index, clause) in document.clauses.iter().enumerate() {
        // A table's header row is read before its rows.
        let header = clause
            .lead
            .and_then(|l| read.get(l))
            .filter(|_| clause.kind == ClauseKind::TableRow);
        let clause_read = Read::of(document, mandate, index, clause, header);
        acronyms::define(
            clause_read.folded.as_str(),
            &clause_read.tokens,
            &clause_read.hits,
            &mut defined,
        );
        read.push(clause_read);
    }
    strike_out_amended(mandate, &mut read);
    // Section titles, folded once for the passes that read them.
    let titles: Vec<String> = document.sections.iter().map(|s| fold(&s.title)).collect();
    strike_out_superseded(mandate, &titles, &mut read);
    strike_out_before_embedded_terms(document, mandate, &titles, &mut read);
    strike_out_by_reference(mandate, &mut read);
    strike_out_labelled(mandate, &mut read);
    strike_out_options(document, mandate, &titles, &mut read);
    strike_out_quotations(&mut read);
    let headings = headings(document, mandate, &defined);
    // The lead-ins above bare labels, each read once however many labels
    // it leads.
    let mut uppers: HashMap<usize, Arc<Prepared>> = HashMap::new();
    let mut prepared = read
        .into_iter()
        .map(|read| {
            let clause = read.clause;
            let mut prepared = read_clause(document, mandate, read, &defined);
            let short = matches!(clause.kind, ClauseKind::ListItem) || prepared.label;
            // An answer reads with its question ("What if there is no
            // consensus?", then "Then IOM seeks agreement ..."), unless it
            // turns the question down ("No. Every two years.").
            let answers = clause
                .section
                .and_then(|s| document.sections.get(s))
                .is_some_and(|s| s.title.trim_end().ends_with('?'))
                && !says_no(prepared.text());
            if clause.lead.is_none() && (short || answers) {
                prepared.heading = clause.section.and_then(|s| headings.get(&s)).cloned();
            }
            // A bare label under a lead-in ("Le CE :", then "- Rôle :", then
            // the duties) carries that lead-in as its heading: its items
            // find their subject two levels up.
            if let Some(upper) = clause.lead.filter(|_| is_bare_label(&prepared))
                && let Some(upper_clause) = document.clauses.get(upper)
            {
                let heading = uppers.entry(upper).or_insert_with(|| {
                    let read = Read::of(document, mandate, upper, upper_clause, None);
                    Arc::new(read_clause(document, mandate, read, &defined))
                });
                prepared.heading = Some(Arc::clone(heading));
            }
            prepared
        })
        .collect::<Vec<_>>();
    for at in 0..prepared.len() {
        let Some(clause) = prepared.get(at) else {
            continue;
        };
        if let Some(start) = clause.opening_anaphor(&mandate.lexicon)
            && clause.kind == ClauseKind::Paragraph
            && clause.lead.is_none()
        {
            let before = paragraph_before(document, at);
            if let Some(clause) = prepared.get_mut(at) {
                clause.follows = before;
                // A numbered paragraph is a provision of its own: it goes
                // on with what the one before says, but is not read as one
                // of its sentences.
                clause.antecedent = before.filter(|_| start == 0);
            }
        }
        let lead = prepared.get(at).and_then(|c| c.lead);
        if let Some(lead) = lead.and_then(|l| prepared.get_mut(l)) {
            lead.items.push(at);
        }
        let introduced = lead.and_then(|header| introducing_table(document, header, at));
        if let Some(lead) = introduced.and_then(|l| prepared.get_mut(l)) {
            lead.items.push(at);
        }
    }
    prepared
}

/// The paragraph before clause `at` in its section, skipping lists.
fn paragraph_before(document: &Document, at: usize) -> Option<usize> {
    let section = document.clauses.get(at).and_then(|c| c.section);
    (0..at).rev().find(|&before| {
        document.clauses.get(before).is_some_and(|c| {
            c.kind == ClauseKind::Paragraph && c.lead.is_none() && c.section == section
        })
    })
}

/// The paragraph right before a table that introduces it ("... un Comité
/// exécutif, formé de :"), for row `row` under header row `header`: the
/// rows are its items, as a list's would be, while the header row stays
/// out of its reading.
fn introducing_table(document: &Document, header: usize, row: usize) -> Option<usize> {
    let is_header = document
        .clauses
        .get(header)
        .is_some_and(|h| h.kind == ClauseKind::TableRow && h.lead.is_none());
    let before = header.checked_sub(1).filter(|_| is_header)?;
    let section = document.clauses.get(row).and_then(|r| r.section);
    document
        .clauses
        .get(before)
        .is_some_and(|c| {
            c.kind == ClauseKind::Paragraph
                && c.lead.is_none()
                && c.text.trim_end().ends_with(':')
                && c.section == section
        })
        .then_some(before)
}

#[cfg(test)]
mod tests {
    use super::{
        ClauseKind, QUOTE_SPAN, assignment_marks, cells, is_glossary, review_marks, unfilled,
        whole_words, word_runs,
    };

    #[test]
    fn a_review_copy_reads_with_its_changes_accepted() {
        let text = "decided {~~by vote~>by consensus~~}{>>note<<}; {--not this--} {++and this++} ~~nor that~~.";
        let mut kept = text.to_string().into_bytes();
        for range in review_marks(text) {
            for byte in &mut kept[range] {
                *byte = b' ';
            }
        }
        let kept = String::from_utf8(kept).unwrap_or_default();
        let words: Vec<&str> = kept.split_whitespace().collect();
        assert_eq!(
            words,
            ["decided", "by", "consensus", ";", "and", "this", "."]
        );
    }

    #[test]
    fn a_quotation_is_cut_into_runs_at_its_ellipses() {
        let runs = word_runs(
            "> [...] where consensus cannot be reached, the committee votes ... by majority",
        );
        let lengths: Vec<usize> = runs.iter().map(Vec::len).collect();
        assert_eq!(lengths, [8, 2]);
        assert!(lengths[0] >= QUOTE_SPAN);
        assert_eq!(word_runs("where consensus"), word_runs("where, consensus!"));
    }

    #[test]
    fn a_span_found_by_a_stem_covers_the_whole_word() {
        let text = "une action coherente du reseau regional (onu)";
        let at = text.find("coheren").unwrap_or_default();
        let widened = whole_words(text, at..at + "coheren".len());
        assert_eq!(&text[widened], "coherente");
        let at = text.find("(onu)").unwrap_or_default();
        assert_eq!(whole_words(text, at..at + 5), at..at + 5);
    }

    #[test]
    fn an_assignment_row_gives_its_task_to_the_columns_marked_r_or_a() {
        let marks = |row: &str| assignment_marks(row, &cells(row));
        assert_eq!(
            marks("| establish working groups | i | c | a | r |"),
            Some(vec![3, 4])
        );
        assert_eq!(marks("| membership | x | - | \u{2713} |"), Some(vec![1, 3]));
        assert_eq!(marks("| approve statements | i | c | - |"), None);
        assert_eq!(marks("| secretariat | iom | r |"), None);
        assert_eq!(marks("| secretariat | a |"), None);
    }

    #[test]
    fn a_field_left_blank_is_unfilled() {
        assert!(unfilled(
            "frequency of meetings:    ",
            ClauseKind::Paragraph
        ));
        assert!(unfilled(
            "| frequency of meetings |      |",
            ClauseKind::TableRow
        ));
        assert!(!unfilled("| secretariat | iom |", ClauseKind::TableRow));
        assert!(!unfilled("secretariat: iom", ClauseKind::Paragraph));
    }

    #[test]
    fn a_row_s_cells_lie_between_its_pipes() {
        let row = "| a | b c |";
        let texts: Vec<&str> = cells(row).into_iter().map(|c| row[c].trim()).collect();
        assert_eq!(texts, ["a", "b c"]);
        let bare = "a | b";
        let texts: Vec<&str> = cells(bare).into_iter().map(|c| bare[c].trim()).collect();
        assert_eq!(texts, ["a", "b"]);
    }

    #[test]
    fn a_list_of_abbreviations_is_a_glossary() {
        assert!(is_glossary(
            "GCM      Global Compact for Migration\nGFMD     Global Forum on Migration and Development\nRCO: Resident Coordinator's Office"
        ));
        // Two lines are not enough, and a sentence is not a definition.
        assert!(!is_glossary("GCM Global Compact\nGFMD Global Forum"));
        assert!(!is_glossary(
            "IOM provides the secretariat.\nUNDP supports it.\nILO too."
        ));
    }
}
