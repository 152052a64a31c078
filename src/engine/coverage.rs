//! One element against one document: which clauses address it, which parts
//! of it they state, whether one contradicts it, and the facts they give.

use std::collections::BTreeSet;
use std::ops::Range;
use std::sync::Arc;

use super::clauses::{Prepared, Reading, SubjectFrom};
use super::polarity::Polarity;
use crate::mandate::schema::Denial;
use crate::mandate::{
    Atom, ClausePart, Element, FactKind, Incomplete, Mandate, Pattern, Statement, localized,
};
use crate::model::{ClauseKind, Language, Scope};

/// How an element stands, before it is worded as a finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Fully stated.
    Covered,
    /// Stated without these items (indices into the element's items).
    Partial(Vec<usize>),
    /// Stated without these items, and leaving them out contradicts the
    /// mandate.
    IncompleteDeviation(Vec<usize>),
    /// A clause contradicts the mandate.
    Deviation {
        /// Index of the deviation rule.
        rule: usize,
        /// Prepared clause that deviates.
        clause: usize,
        /// Folded range of the words that show it.
        focus: Range<usize>,
        /// Vocabulary keys of the entities the clause names.
        entities: Vec<String>,
    },
    /// The only clauses that address it deny it ("consensus is not
    /// required").
    Negated {
        /// Prepared clause that denies it.
        clause: usize,
        /// Folded range of the words that show it.
        focus: Range<usize>,
    },
    /// Nothing addresses it.
    Missing,
}

/// The verdict on one element, with the clauses behind it.
#[derive(Debug, Clone)]
pub struct Verdict {
    /// The outcome.
    pub outcome: Outcome,
    /// Prepared clauses that address the element, in document order.
    pub clauses: Vec<usize>,
    /// The first clause and words that address it.
    pub focus: Option<(usize, Range<usize>)>,
    /// Facts found, as (name, value in the message language).
    pub facts: Vec<(String, String)>,
    /// When nothing addresses it: the first clause and words that name its
    /// subject without saying what it requires.
    pub mention: Option<(usize, Range<usize>)>,
}

/// Where `element` is first addressed in clause `at`, read as `reading` asks:
/// by its patterns or by its statements, the section-bound ones only under
/// its own heading (or one no section claims).
pub(crate) fn topic_match(
    element: &Element,
    clauses: &[Prepared],
    at: usize,
    reading: Reading,
) -> Option<Range<usize>> {
    let clause = clauses.get(at)?;
    let lead = clause.lead_in(clauses);
    let by_statement = |statements: &[Statement]| {
        statements
            .iter()
            .find_map(|s| clause.says(s, lead, reading, SubjectFrom::EarlierSentences))
    };
    let section = clause.section.as_deref();
    let in_place = section.is_none_or(|s| s == element.section);
    // Statements bound to a section need its heading: a heading no section
    // claims ("Annex") says nothing of what the clause is about, unless the
    // element's statements are particular enough to say it there.
    let under_heading = section == Some(element.section.as_str())
        || (element.unclaimed_headings && section.is_none());
    let pattern = |re: &Option<Pattern>| {
        re.as_ref()
            .and_then(|re| clause.find_read(re, clause.whole(), reading))
    };
    by_statement(&element.says)
        .or_else(|| pattern(&element.anywhere))
        .or_else(|| in_place.then(|| pattern(&element.in_section)).flatten())
        .or_else(|| {
            under_heading
                .then(|| by_statement(&element.says_in_section))
                .flatten()
        })
        .or_else(|| {
            // A lead-in read with each item it introduces.
            let own_section = if under_heading {
                element.says_in_section.as_slice()
            } else {
                &[]
            };
            children(clauses, at).find_map(|k| {
                let item = clauses.get(k)?;
                element
                    .says
                    .iter()
                    .chain(own_section)
                    .find_map(|s| clause.says_with_item(s, item, reading))
            })
        })
        .or_else(|| {
            // A clause that names more of the parts than address an element
            // of named parts is about it wherever it stands ("guided by a
            // human rights-based approach, by inclusivity and by results").
            (element.addressed_with >= 2
                && item_ranges(element, clauses, at).len() > element.addressed_with)
                .then(|| items_range(element, clauses, at))
                .flatten()
        })
        .or_else(|| {
            // So does a list whose items name them together, a few a line
            // ("The Network engages:" then "- trade unions;" ...).
            if element.addressed_with < 2 || clause.items.is_empty() {
                return None;
            }
            let each: Vec<Vec<(usize, Range<usize>)>> = children(clauses, at)
                .map(|k| item_ranges(element, clauses, k))
                .collect();
            let named: BTreeSet<usize> = each.iter().flatten().map(|(item, _)| *item).collect();
            let one_a_line = each.iter().all(|own| own.len() <= element.addressed_with);
            (one_a_line && named.len() > element.addressed_with).then(|| clause.whole())
        })
}

/// How the element's own clauses are read: negative elements ("where
/// consensus is not reached") are not unsaid by their negation.
fn reading_of(element: &Element) -> Reading {
    if element.negative {
        Reading::Any
    } else {
        Reading::Affirmed
    }
}

/// The clauses that read in the light of clause `lead`: the items of the
/// list it introduces.
fn children(clauses: &[Prepared], lead: usize) -> impl Iterator<Item = usize> + '_ {
    clauses
        .get(lead)
        .map(|c| c.items.as_slice())
        .unwrap_or_default()
        .iter()
        .copied()
}

/// The most words a list mate may have and still be read as a part of the
/// enumeration an item that addresses the element belongs to.
const MATE_WORDS: usize = 24;

/// The other items of the list or table clause `at` belongs to: the items
/// of its lead-in, or, for a list straight under a heading, the items
/// around it under the same heading.
fn list_mates(clauses: &[Prepared], at: usize) -> Vec<usize> {
    let Some(clause) = clauses.get(at) else {
        return Vec::new();
    };
    if let Some(lead) = clause.lead {
        return children(clauses, lead).collect();
    }
    if clause.kind != ClauseKind::ListItem {
        return Vec::new();
    }
    let same_heading = |c: &Prepared| match (&c.heading, &clause.heading) {
        (Some(a), Some(b)) => Arc::ptr_eq(a, b),
        (None, None) => true,
        _ => false,
    };
    let mate = |k: &usize| {
        clauses
            .get(*k)
            .is_some_and(|c| c.kind == ClauseKind::ListItem && c.lead.is_none() && same_heading(c))
    };
    let first = (0..at).rev().take_while(mate).last().unwrap_or(at);
    let last = (at + 1..clauses.len())
        .take_while(mate)
        .last()
        .unwrap_or(at);
    (first..=last).collect()
}

/// The items clause `at` states, with where.
pub(crate) fn item_ranges(
    element: &Element,
    clauses: &[Prepared],
    at: usize,
) -> Vec<(usize, Range<usize>)> {
    let Some(clause) = clauses.get(at) else {
        return Vec::new();
    };
    let lead = clause.lead_in(clauses);
    let reading = reading_of(element);
    element
        .items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            item.pattern
                .as_ref()
                .and_then(|re| clause.find_read(re, clause.whole(), reading))
                .filter(|r| reading == Reading::Any || !subject_of_denial(element, clause, r))
                .or_else(|| {
                    item.says
                        .iter()
                        .find_map(|s| clause.says(s, lead, reading, SubjectFrom::EarlierSentences))
                })
                .filter(|r| said_of_its_subject(element, clause, r))
                .map(|r| (i, r))
        })
        .collect()
}

/// How many words open a sentence: the words that name what it is about.
const OPENING_WORDS: usize = 4;

/// Whether a part found at `range` is said of the element's own subject:
/// in a paragraph about several bodies, a sentence that names another body
/// and neither the element's subject nor a pronoun for it ("Les
/// déclarations sont faites à la demande des membres") says nothing of the
/// co-chairs' duties.
fn said_of_its_subject(element: &Element, clause: &Prepared, range: &Range<usize>) -> bool {
    if element.other_bodies.is_empty() || clause.sentences.len() < 2 {
        return true;
    }
    let at = clause
        .sentences
        .partition_point(|s| s.end <= range.start)
        .min(clause.sentences.len().saturating_sub(1));
    let Some(sentence) = clause.sentences.get(at) else {
        return true;
    };
    if clause.picks_up.get(at).copied().unwrap_or(false) {
        return true;
    }
    let names = |concept: usize, sentence: &Range<usize>| {
        clause
            .says_atom(&Atom::Concept(concept), sentence.clone(), Reading::Any)
            .is_some()
    };
    if names_subject(element, clause, sentence) {
        return true;
    }
    // A sentence that opens on another body is about that body ("The
    // secretariat keeps the government informed").
    let opening = clause
        .tokens
        .iter()
        .filter(|t| t.range.start >= sentence.start)
        .take(OPENING_WORDS)
        .last()
        .map_or(sentence.start, |t| t.range.end);
    if element
        .other_bodies
        .iter()
        .any(|&c| names(c, &(sentence.start..opening)))
    {
        return false;
    }
    // Another body named further on is the subject's partner, in a
    // paragraph that opens on the subject ("An Executive Committee sits
    // within the Network. [...] Overall direction is set by the Committee,
    // with the members."), and otherwise what the sentence is about.
    clause
        .sentences
        .first()
        .is_some_and(|first| names_subject(element, clause, first))
        || !element.other_bodies.iter().any(|&c| names(c, sentence))
}

/// Whether `range` of `clause` names what the element is about: a concept
/// its statements open on.
fn names_subject(element: &Element, clause: &Prepared, range: &Range<usize>) -> bool {
    element
        .says
        .iter()
        .chain(&element.says_in_section)
        .filter_map(|s| s.groups.first())
        .flatten()
        .any(|atom| {
            matches!(atom, Atom::Concept(c) if clause
                .says_atom(&Atom::Concept(*c), range.clone(), Reading::Any)
                .is_some())
        })
}

/// The paragraphs that point back to clause `at` ("Cette réunion a pour
/// objet ...") and name what the element is about: they go on saying what
/// it said.
fn followers<'a>(
    element: &'a Element,
    clauses: &'a [Prepared],
    at: usize,
) -> impl Iterator<Item = usize> + 'a {
    clauses
        .iter()
        .enumerate()
        .skip(at + 1)
        .filter(move |(_, c)| c.follows == Some(at) && names_subject(element, c, &c.whole()))
        .map(|(k, _)| k)
}

/// Where the words an item opens on end: an item names a holder it opens
/// on ("(a) IOM, which ..."; "the UN Resident Coordinator"), not one it
/// mentions ("(b) one other member of the Executive Committee"; "briefing
/// the Resident Coordinator").
fn opening_end(item: &Prepared) -> usize {
    const OPENING: usize = 5;
    item.tokens
        .get(..OPENING.min(item.tokens.len()))
        .and_then(<[_]>::last)
        .map_or(0, |t| t.range.end)
}

/// Whether a lead-in ends on the role it is about, so that its items name
/// who holds it ("The Network shall be co-chaired by:" then "(a) IOM"), and
/// not what the holders do ("The co-chairs shall:" then "- inform the RC").
/// A label that names the role ("Co-chairs:") may lead either: its items
/// name holders when at least half of them open on one; a list of duties
/// mentions a body in one item at most ("- brief the RC").
fn lists_holders(
    mandate: &Mandate,
    clauses: &[Prepared],
    clause: &Prepared,
    role: &Range<usize>,
) -> bool {
    let ends_on_role = clause
        .text()
        .get(role.end..)
        .is_some_and(|rest| rest.chars().all(|c| c == ':' || c.is_whitespace()));
    let items: Vec<&Prepared> = clause
        .items
        .iter()
        .filter_map(|&k| clauses.get(k))
        .collect();
    let opening_on_holder = items
        .iter()
        .filter(|item| {
            entities_in(mandate, item, item.main_part(mandate), false)
                .iter()
                .any(|(_, r)| r.end <= opening_end(item))
        })
        .count();
    ends_on_role && !items.is_empty() && 2 * opening_on_holder >= items.len()
}

/// Whether the part found at `range` is the subject of a predicate the
/// clause denies about the element ("UN DESA and UNODC won't sit on the
/// Committee"): a concept its statements name is denied after it.
fn subject_of_denial(element: &Element, clause: &Prepared, range: &Range<usize>) -> bool {
    clause.denied_after(range, |concept| {
        element
            .says
            .iter()
            .chain(&element.says_in_section)
            .any(|statement| statement.names(concept))
    })
}

/// Vocabulary keys of the entities named in `range` of `clause`, in order,
/// with where each is first named.
///
/// UN entities and bodies (`family: entity`) always count; other actors
/// (`family: actor`, the government) only when `with_actors` is set, that is
/// when `range` is the few words a deviation points at, so that a clause
/// which merely mentions the government does not list it.
#[must_use]
pub fn entities_in(
    mandate: &Mandate,
    clause: &Prepared,
    range: Range<usize>,
    with_actors: bool,
) -> Vec<(String, Range<usize>)> {
    let mut hits: Vec<(Range<usize>, String)> = mandate
        .terms
        .values()
        .filter(|t| match t.family.as_deref() {
            Some("entity") => true,
            Some("actor") => with_actors,
            _ => false,
        })
        .filter_map(|t| {
            clause
                .find(&t.pattern, range.clone())
                .map(|r| (r, t.key.clone()))
        })
        .collect();
    hits.sort_by_key(|(r, _)| (r.start, r.end));
    hits.into_iter().map(|(r, key)| (key, r)).collect()
}

/// Evaluate `element` on the prepared clauses of one document.
#[must_use]
#[expect(
    clippy::too_many_lines,
    reason = "the verdict of one element, step by step (topics, parts, siblings, pooling, deviation, partial), each reading the state the one before left"
)]
pub fn evaluate(
    mandate: &Mandate,
    element: &Element,
    clauses: &[Prepared],
    scope: Scope,
    language: Language,
) -> Verdict {
    let read_as = reading_of(element);
    // Clauses about the element whatever their polarity: a deviation may
    // stand in a denial ("not by IOM but by UNDP").
    let about: Vec<(usize, Range<usize>)> = (0..clauses.len())
        .filter_map(|i| topic_match(element, clauses, i, Reading::Any).map(|r| (i, r)))
        .collect();
    // Only those can address it as affirmed.
    let topics: Vec<(usize, Range<usize>)> = if read_as == Reading::Any {
        about.clone()
    } else {
        // A clause that neither denies nor supposes anything reads the same
        // either way, and so do words found affirmed with no denial among
        // them ("the RC does not co-chair" opens on affirmed words).
        about
            .iter()
            .filter_map(|(i, r)| {
                let affirmed = |c: &Prepared| {
                    c.polarities.is_plain()
                        || (c.polarities.over(r) == Polarity::Affirmed
                            && c.polarities.denied_within(r).is_none())
                };
                if clauses.get(*i).is_some_and(affirmed) {
                    Some((*i, r.clone()))
                } else {
                    topic_match(element, clauses, *i, read_as).map(|r| (*i, r))
                }
            })
            .collect()
    };
    let mut verdict = Verdict {
        outcome: Outcome::Missing,
        clauses: Vec::new(),
        focus: topics.first().cloned(),
        facts: Vec::new(),
        mention: None,
    };
    if topics.is_empty() {
        // Every clause about the element only denies it.
        let denying: BTreeSet<usize> = about.iter().map(|(i, _)| *i).collect();
        if let Some((outcome, clause)) = deviation(mandate, element, clauses, &about, &denying) {
            verdict.clauses.push(clause);
            verdict.outcome = outcome;
            return verdict;
        }
        if let Some((clause, focus)) = first_denied(element, clauses, &about) {
            verdict.clauses.push(clause);
            verdict.focus = Some((clause, focus.clone()));
            verdict.outcome = Outcome::Negated { clause, focus };
            return verdict;
        }
        verdict.mention = mention(element, clauses);
        return verdict;
    }

    let in_place = |i: usize| {
        clauses
            .get(i)
            .is_some_and(|c| c.section.as_deref() == Some(element.section.as_str()))
    };
    // Under the element's own heading, the heading says what the parts are
    // parts of: one principle under "Guiding principles" states the element
    // in part.
    let needed = |i: usize| {
        if in_place(i) {
            element.addressed_with.min(1)
        } else {
            element.addressed_with
        }
    };
    let mut found = BTreeSet::new();
    let mut strength: Vec<usize> = Vec::new();
    let mut reading: Vec<usize> = Vec::new();
    // Under the element's own heading, clauses that each state too few parts
    // state them together (a "Principles" heading, then one principle a line).
    let mut pooled: Vec<(usize, BTreeSet<usize>)> = Vec::new();
    for (i, _) in &topics {
        let kids: Vec<usize> = children(clauses, *i)
            .chain(followers(element, clauses, *i))
            .collect();
        let own: BTreeSet<usize> = std::iter::once(*i)
            .chain(kids.iter().copied())
            .flat_map(|k| item_ranges(element, clauses, k))
            .map(|(item, _)| item)
            .collect();
        if own.len() >= needed(*i) {
            verdict.clauses.push(*i);
            strength.push(own.len());
            found.extend(own);
            reading.push(*i);
            reading.extend(kids);
        }
    }
    // An item that addresses the element speaks for its list: the other
    // items of the same lead-in state their parts too ("Members commit to:"
    // then one principle an item), and so do the other rows of a table. A
    // body's duties are listed under a lead-in that names it, which reads
    // with every item already; and the rows of a table may each be another
    // body's.
    let siblings: BTreeSet<usize> = verdict
        .clauses
        .iter()
        .filter(|&&i| {
            element.addressed_with >= 2
                || (element.other_bodies.is_empty()
                    && clauses.get(i).is_some_and(|c| {
                        matches!(c.kind, ClauseKind::ListItem | ClauseKind::TableRow)
                    }))
        })
        // In a list of labelled items ("- Support: ...", "- Progress
        // reporting: ..."), each label names a topic of its own.
        .filter(|&&i| {
            clauses
                .get(i)
                .is_none_or(|c| !c.label || c.kind == ClauseKind::TableRow)
        })
        .flat_map(|&i| list_mates(clauses, i))
        .filter(|k| !verdict.clauses.contains(k))
        // A mate that is a sentence of its own says its own thing ("every
        // year, the members meet to review progress"); a short one is a
        // part of the enumeration ("accountability;").
        .filter(|&k| clauses.get(k).is_some_and(|c| c.tokens.len() <= MATE_WORDS))
        .collect();
    for k in siblings {
        let own: Vec<usize> = item_ranges(element, clauses, k)
            .into_iter()
            .map(|(item, _)| item)
            .collect();
        if !own.is_empty() {
            found.extend(own);
            reading.push(k);
        }
    }
    if verdict.clauses.is_empty() || element.addressed_with >= 2 {
        for i in (0..clauses.len()).filter(|&i| in_place(i) && !reading.contains(&i)) {
            let own: BTreeSet<usize> = item_ranges(element, clauses, i)
                .into_iter()
                .map(|(item, _)| item)
                .collect();
            // A clause is cited for a part not stated already.
            if own.iter().any(|item| !found.contains(item)) {
                pooled.push((i, own));
            }
        }
    }
    let together: BTreeSet<usize> = pooled.iter().flat_map(|(_, own)| own).copied().collect();
    if !pooled.is_empty() && together.len() >= element.addressed_with.min(1) {
        for (i, own) in pooled {
            verdict.clauses.push(i);
            strength.push(own.len());
            reading.push(i);
        }
        found.extend(together);
    }
    // The clause that says the most comes first (then one under the
    // element's own heading): it is the one reports quote.
    if let Some(best) = (0..verdict.clauses.len()).min_by_key(|&k| {
        let i = verdict.clauses.get(k).copied().unwrap_or_default();
        let items = strength.get(k).copied().unwrap_or_default();
        (std::cmp::Reverse(items), !in_place(i), k)
    }) {
        let primary = verdict.clauses.remove(best);
        verdict.clauses.insert(0, primary);
    }
    // Facts also come from clauses that address the element without
    // stating enough of it ("decisions by majority vote").
    reading.extend(topics.iter().map(|(i, _)| *i));
    reading.sort_unstable();
    reading.dedup();
    let reader = FactReader {
        mandate,
        element,
        clauses,
        language,
    };
    verdict.facts = reader.facts(&reading, &verdict.clauses, &found);
    if let Some(first) = verdict.clauses.first() {
        verdict.focus = topics.iter().find(|(i, _)| i == first).cloned();
    }

    // Clauses that address the element only to deny it.
    let denying: BTreeSet<usize> = about
        .iter()
        .map(|(i, _)| *i)
        .filter(|i| !topics.iter().any(|(t, _)| t == i))
        .collect();
    // The first clause whose words about the element are denied ("Le
    // Coordonnateur résident n'assure pas la coprésidence"), though a later
    // sentence of it affirms something of the same subject.
    let denied = first_denied(element, clauses, &about);
    // Where a clause addresses the element as affirmed, that is where a
    // deviation is looked for: "IOM is a permanent co-chair. The RC does not
    // co-chair" names its co-chairs in the first sentence.
    let about: Vec<(usize, Range<usize>)> = about
        .iter()
        .map(|(i, r)| {
            topics
                .iter()
                .find(|(t, _)| t == i)
                .cloned()
                .unwrap_or_else(|| (*i, r.clone()))
        })
        .collect();
    // A deviation that yields to a statement gives way to a clause that
    // states the element without deviating itself.
    let stated_without_deviating = |at: usize| {
        verdict.clauses.iter().any(|&c| {
            let only: Vec<(usize, Range<usize>)> =
                about.iter().filter(|(i, _)| *i == c).cloned().collect();
            c != at && deviation(mandate, element, clauses, &only, &denying).is_none()
        })
    };
    let deviation =
        deviation(mandate, element, clauses, &about, &denying).filter(|(outcome, at)| {
            let yields = match outcome {
                Outcome::Deviation { rule, .. } => element
                    .deviations
                    .get(*rule)
                    .is_some_and(|d| d.yields_to_statement),
                _ => false,
            };
            !(yields && stated_without_deviating(*at))
        });
    if let Some(deviation) = deviation {
        if !verdict.clauses.contains(&deviation.1) {
            verdict.clauses.push(deviation.1);
            verdict.clauses.sort_unstable();
        }
        verdict.outcome = deviation.0;
        return verdict;
    }
    // Where the element's denial contradicts the mandate, a clause that
    // denies it outweighs clauses that only match its patterns without
    // stating it: "co-chaired by the Coordinating Agency and another core
    // member. The Resident Coordinator shall not be a co-chair."
    if element.denial == Denial::Deviation
        && !verdict.clauses.is_empty()
        && let Some((denier, focus)) = about.iter().find(|(i, _)| denying.contains(i)).cloned()
        && !verdict.clauses.iter().any(|&c| {
            clauses.get(c).is_some_and(|clause| {
                let lead = clause.lead_in(clauses);
                element.says.iter().any(|s| {
                    clause
                        .says(s, lead, Reading::Affirmed, SubjectFrom::EarlierSentences)
                        .is_some()
                })
            })
        })
    {
        verdict.clauses = vec![denier];
        verdict.focus = Some((denier, focus.clone()));
        verdict.outcome = Outcome::Negated {
            clause: denier,
            focus,
        };
        return verdict;
    }
    if verdict.clauses.is_empty() {
        // Where the element's denial contradicts the mandate, a clause
        // that denies it is that contradiction, though nothing states it.
        if element.denial == Denial::Deviation
            && let Some((clause, focus)) = denied
        {
            verdict.clauses.push(clause);
            verdict.focus = Some((clause, focus.clone()));
            verdict.outcome = Outcome::Negated { clause, focus };
            return verdict;
        }
        // Clauses name the element without stating enough of it.
        verdict.mention = topics.first().cloned();
        return verdict;
    }
    // Parts the mandate does not ask of this kind of network are not missing
    // ("the regional network" for a regional network's alignment).
    found.extend(
        element
            .items
            .iter()
            .enumerate()
            .filter(|(_, item)| !item.scopes.is_empty() && !item.scopes.contains(&scope))
            .map(|(i, _)| i),
    );
    let missing: Vec<usize> = (0..element.items.len())
        .filter(|i| !found.contains(i))
        .collect();
    if found.len() >= element.covered_with {
        verdict.outcome = Outcome::Covered;
        return verdict;
    }
    // Point at the parts that are there: what is missing belongs beside them.
    if let Some(&first) = verdict.clauses.first()
        && let Some(range) = items_range(element, clauses, first)
    {
        verdict.focus = Some((first, range));
    }
    verdict.outcome = match element.incomplete {
        Incomplete::Partial => Outcome::Partial(missing),
        Incomplete::Deviation => Outcome::IncompleteDeviation(missing),
    };
    verdict
}

/// The first of `about` whose words are denied from their start ("ne
/// copréside pas"); for an element whose denial contradicts the mandate,
/// also within them ("le Coordonnateur résident n'assure pas la
/// coprésidence"), since any denial of it is then worth reporting.
fn first_denied(
    element: &Element,
    clauses: &[Prepared],
    about: &[(usize, Range<usize>)],
) -> Option<(usize, Range<usize>)> {
    let within = element.denial == Denial::Deviation;
    about
        .iter()
        .find(|(i, r)| {
            clauses.get(*i).is_some_and(|c| {
                c.polarity(r.start) == Polarity::Negated
                    || (within && c.polarities.denied_within(r).is_some())
            })
        })
        .cloned()
}

/// The folded range from the first to the last item stated in clause `at`.
fn items_range(element: &Element, clauses: &[Prepared], at: usize) -> Option<Range<usize>> {
    let ranges = item_ranges(element, clauses, at);
    let start = ranges.iter().map(|(_, r)| r.start).min()?;
    let end = ranges.iter().map(|(_, r)| r.end).max()?;
    Some(start..end)
}

/// The first clause that names the subject of `element`'s first statement
/// (its first group) without addressing the element.
fn mention(element: &Element, clauses: &[Prepared]) -> Option<(usize, Range<usize>)> {
    let subject = element.says.first()?.groups.first()?;
    if subject.contains(&Atom::Label) {
        return None;
    }
    clauses.iter().enumerate().find_map(|(i, clause)| {
        subject
            .iter()
            .find_map(|atom| clause.says_atom(atom, clause.whole(), Reading::Affirmed))
            .map(|r| (i, r))
    })
}

/// The first deviation the topic clauses show, with the clause it is in.
/// The `denying` clauses only deny the element: no rule's exception holds
/// in them.
#[expect(
    clippy::too_many_lines,
    reason = "one deviation rule against the topic clauses, with its exceptions, the entities it names and its message facts"
)]
fn deviation(
    mandate: &Mandate,
    element: &Element,
    clauses: &[Prepared],
    topics: &[(usize, Range<usize>)],
    denying: &BTreeSet<usize>,
) -> Option<(Outcome, usize)> {
    // The rule's exception holds in the clause or in the sentence that leads
    // into it ("IOM:" before "- acts as the secretariat").
    // Who holds a role is read sentence by sentence: "IOM hosts the regional
    // network's secretariat. This network's is held by UNDP, with IOM's
    // support" gives the role to UNDP.
    let unless_holds = |rule: &crate::mandate::Deviation,
                        clause: &Prepared,
                        focus: &Range<usize>| {
        let at = focus.start;
        let lead = clause.lead_in(clauses);
        // An exception named only as the subject of a denial ("the Resident
        // Coordinator does not co-chair") does not hold, nor, for who holds
        // a role, one named in a relative clause about a holder ("co-chaired
        // by IOM and UNDP, who brief the Resident Coordinator").
        let in_range = |c: &Prepared, range: Range<usize>| {
            rule.unless.as_ref().is_some_and(|re| {
                c.find_all(re)
                    .filter(|m| m.start >= range.start && m.end <= range.end)
                    .any(|m| {
                        c.polarities.over(&m) == Polarity::Affirmed
                            && !subject_of_denial(element, c, &m)
                            && !(rule.main_part && c.in_relative(mandate, &m))
                    })
            })
        };
        let own = if rule.main_part {
            clause.main_part_in(mandate, &clause.sentence_at(at))
        } else {
            clause.whole()
        };
        let in_items = || {
            rule.main_part
                && lists_holders(mandate, clauses, clause, focus)
                && clause
                    .items
                    .iter()
                    .filter_map(|&k| clauses.get(k))
                    .any(|item| in_range(item, item.main_part(mandate).start..opening_end(item)))
        };
        in_range(clause, own)
            || in_items()
            || lead.is_some_and(|l| {
                let range = if rule.main_part {
                    l.main_part(mandate)
                } else {
                    l.whole()
                };
                in_range(l, range)
            })
            || rule.unless_says.iter().any(|s| {
                let sentence = clause.sentence_at(at);
                clause
                    .says_in(s, lead, Reading::Affirmed, &sentence)
                    .is_some()
            })
    };
    let reading = if element.negative {
        Reading::Undenied
    } else {
        Reading::Affirmed
    };
    for (rule_index, rule) in element.deviations.iter().enumerate() {
        let has_when = rule.when.is_some() || !rule.says.is_empty();
        // Every clause that shows the deviation, in order: the first may
        // name no holder torlint knows ("not by IOM; my Office will carry
        // it") where a later one does.
        let hits: Vec<(usize, Range<usize>)> = if has_when {
            topics
                .iter()
                .filter_map(|(i, _)| {
                    let clause = clauses.get(*i)?;
                    let by_pattern: Vec<Range<usize>> = rule
                        .when
                        .as_ref()
                        .map(|when| {
                            clause
                                .sentences
                                .iter()
                                .filter_map(|sentence| {
                                    clause.find_read(when, sentence.clone(), reading)
                                })
                                .collect()
                        })
                        .unwrap_or_default();
                    if !by_pattern.is_empty() {
                        return by_pattern
                            .into_iter()
                            .find(|focus| !unless_holds(rule, clause, focus))
                            .map(|focus| (*i, focus));
                    }
                    // A deviation is said by the clause and the sentence that
                    // leads into it, not lent by the heading it stands under
                    // (a numbered paragraph under "Decision-making" naming the
                    // co-chair does not say the co-chair decides).
                    let lead = clause.lead.and_then(|l| clauses.get(l));
                    let focus = rule
                        .says
                        .iter()
                        .find_map(|s| clause.says(s, lead, reading, SubjectFrom::SameSentence))?;
                    (!unless_holds(rule, clause, &focus)).then_some((*i, focus))
                })
                .collect()
        } else {
            // A clause that only denies the element ("RC: not a co-chair")
            // makes no exception hold.
            let any_holds = topics.iter().any(|(i, r)| {
                !denying.contains(i) && clauses.get(*i).is_some_and(|c| unless_holds(rule, c, r))
            });
            if any_holds {
                Vec::new()
            } else {
                topics.first().cloned().into_iter().collect()
            }
        };
        for (i, focus) in hits {
            let Some(clause) = clauses.get(i) else {
                continue;
            };
            let (entity_range, with_actors) = if rule.main_part {
                (
                    clause.main_part_in(mandate, &clause.sentence_at(focus.start)),
                    false,
                )
            } else if has_when {
                (focus.clone(), true)
            } else {
                (clause.whole(), false)
            };
            // An entity named only as the subject of a denial ("the RC does
            // not co-chair") is not one the clause gives the role to.
            // "held by UNDP, not by IOM" names UNDP only, though IOM
            // seconds staff in the same words.
            let exceptions: Vec<Range<usize>> = match &rule.unless {
                Some(re) if rule.main_part => clause.find_all(re).collect(),
                _ => Vec::new(),
            };
            let named_in = |range: Range<usize>| -> Vec<(String, Range<usize>)> {
                entities_in(mandate, clause, range, with_actors)
                    .into_iter()
                    .filter(|(_, at)| !subject_of_denial(element, clause, at))
                    .filter(|(_, at)| {
                        !exceptions
                            .iter()
                            .any(|m| m.start <= at.start && at.end <= m.end)
                    })
                    .collect()
            };
            let mut named = named_in(entity_range);
            // "The secretariat is not hosted by IOM. It is provided by
            // UNDP": the holder is named in the sentence that picks up.
            if rule.main_part && named.is_empty() {
                let at = clause.sentences.partition_point(|s| s.end <= focus.start);
                if clause.picks_up.get(at + 1).copied().unwrap_or(false)
                    && let Some(next) = clause.sentences.get(at + 1)
                {
                    named = named_in(clause.main_part_in(mandate, next));
                }
            }
            // "co-chaired by:" names them in its items.
            let mut at = i;
            if rule.main_part && named.is_empty() && lists_holders(mandate, clauses, clause, &focus)
            {
                for &k in &clause.items {
                    let Some(item) = clauses.get(k) else { continue };
                    let found = entities_in(mandate, item, item.main_part(mandate), false)
                        .into_iter()
                        .filter(|(_, r)| r.end <= opening_end(item))
                        .filter(|(_, r)| !subject_of_denial(element, item, r));
                    for (key, range) in found {
                        if named.is_empty() {
                            at = k;
                        }
                        if !named.iter().any(|(n, _)| *n == key) {
                            named.push((key, range));
                        }
                    }
                }
            }
            // A clause that only denies the role names its holders in the
            // sentences about the same body: "IOM serves as standing
            // co-convening agency. [...] The Resident Coordinator is not a
            // co-convening agency."
            if rule.main_part && named.is_empty() && denying.contains(&i) {
                let bodies = bodies_in(mandate, clause, &clause.sentence_at(focus.start));
                for sentence in &clause.sentences {
                    if sentence.contains(&focus.start)
                        || !bodies_in(mandate, clause, sentence)
                            .iter()
                            .any(|b| bodies.contains(b))
                    {
                        continue;
                    }
                    for (key, range) in named_in(clause.main_part_in(mandate, sentence)) {
                        if !named.iter().any(|(n, _)| *n == key) {
                            named.push((key, range));
                        }
                    }
                }
            }
            // Who holds a role is a deviation only when the clause names
            // them: "assuré par l'Organisation" names no one torlint knows.
            if rule.main_part && named.is_empty() {
                continue;
            }
            // The body the mandate wants, named where the clause states it,
            // is not the other body ("the Executive Committee prepares
            // options, the plenary decides"): the finding quotes the words
            // rather than say "by the Executive Committee, not by the
            // Executive Committee".
            let wanted: Vec<Range<usize>> = item_ranges(element, clauses, at)
                .into_iter()
                .map(|(_, range)| range)
                .collect();
            named.retain(|(_, range)| {
                !wanted
                    .iter()
                    .any(|w| w.start < range.end && range.start < w.end)
            });
            // A deviation about who holds a role points at the holder.
            let focus = match named.first() {
                Some((_, at)) if rule.main_part => at.clone(),
                _ => focus,
            };
            return Some((
                Outcome::Deviation {
                    rule: rule_index,
                    clause: at,
                    focus,
                    entities: named.into_iter().map(|(key, _)| key).collect(),
                },
                at,
            ));
        }
    }
    None
}

/// The bodies (co-chairs, secretariat, ...) a range of a clause names.
fn bodies_in(mandate: &Mandate, clause: &Prepared, range: &Range<usize>) -> Vec<usize> {
    clause
        .hits
        .iter()
        .filter(|h| range.start <= h.range.start && h.range.end <= range.end)
        .filter(|h| {
            mandate
                .lexicon
                .concepts
                .get(h.concept)
                .is_some_and(|c| c.body)
        })
        .map(|h| h.concept)
        .collect()
}

/// Reads an element's facts from the clauses that address it.
struct FactReader<'a> {
    mandate: &'a Mandate,
    element: &'a Element,
    clauses: &'a [Prepared],
    language: Language,
}

impl FactReader<'_> {
    fn names(&self, keys: impl Iterator<Item = String>) -> Option<String> {
        let mut names: Vec<String> = Vec::new();
        for key in keys {
            if let Some(term) = self.mandate.terms.get(&key) {
                let name = localized(&term.name, self.language).to_string();
                if !names.contains(&name) {
                    names.push(name);
                }
            }
        }
        (!names.is_empty()).then(|| names.join(", "))
    }

    /// Every fact the clauses give, as (name, value).
    fn facts(
        &self,
        reading: &[usize],
        addressing: &[usize],
        found: &BTreeSet<usize>,
    ) -> Vec<(String, String)> {
        let clause = |i: &usize| self.clauses.get(*i);
        self.element
            .facts
            .iter()
            .filter_map(|fact| {
                let value = match &fact.kind {
                    FactKind::Values(values) => values.iter().find_map(|(value, re)| {
                        reading
                            .iter()
                            .filter_map(clause)
                            .any(|c| c.find(re, c.whole()).is_some())
                            .then(|| localized(value, self.language).to_string())
                    }),
                    FactKind::EntitiesIn(part) => {
                        addressing.iter().filter_map(clause).find_map(|c| {
                            let range = match part {
                                ClausePart::MainPart => c.main_part(self.mandate),
                                ClausePart::Whole => c.whole(),
                            };
                            self.names(
                                entities_in(self.mandate, c, range, false)
                                    .into_iter()
                                    .map(|(k, _)| k),
                            )
                        })
                    }
                    FactKind::EntitiesAfter(re) => {
                        reading.iter().filter_map(clause).find_map(|c| {
                            let at = c.find(re, c.whole())?;
                            self.names(
                                entities_in(self.mandate, c, at.start..c.text().len(), false)
                                    .into_iter()
                                    .map(|(k, _)| k),
                            )
                        })
                    }
                    FactKind::Items => {
                        let names: Vec<&str> = found
                            .iter()
                            .filter_map(|&i| self.element.items.get(i))
                            .map(|item| localized(&item.name, self.language))
                            .collect();
                        (!names.is_empty())
                            .then(|| format!("{} ({})", names.join(", "), names.len()))
                    }
                };
                value.map(|v| (fact.name.clone(), v))
            })
            .collect()
    }
}
