//! One element against one document: which clauses address it, which parts
//! of it they state, whether one contradicts it, and the facts they give.

use std::collections::BTreeSet;
use std::ops::Range;

use regex::bytes::Regex;

use super::clauses::Prepared;
use crate::mandate::{ClausePart, Element, FactKind, Incomplete, Mandate, localized};
use crate::model::Language;

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
}

/// Where `element`'s patterns first match in `clause`, if they apply there.
fn topic_match(element: &Element, clause: &Prepared) -> Option<Range<usize>> {
    let anywhere = element
        .anywhere
        .as_ref()
        .and_then(|re| clause.find(re, clause.whole()));
    let in_place = clause
        .section
        .as_deref()
        .is_none_or(|s| s == element.section);
    anywhere.or_else(|| {
        element
            .in_section
            .as_ref()
            .filter(|_| in_place)
            .and_then(|re| clause.find(re, clause.whole()))
    })
}

/// The clauses that read in the light of `lead`: the items of the list it
/// introduces.
fn children(clauses: &[Prepared], lead: usize) -> impl Iterator<Item = usize> + '_ {
    let lead_index = clauses.get(lead).map(|c| c.index);
    clauses
        .iter()
        .enumerate()
        .filter(move |(_, c)| c.lead.is_some() && c.lead == lead_index)
        .map(|(i, _)| i)
}

fn items_in(element: &Element, clause: &Prepared, found: &mut BTreeSet<usize>) {
    for (i, item) in element.items.iter().enumerate() {
        if clause.find(&item.pattern, clause.whole()).is_some() {
            found.insert(i);
        }
    }
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
pub fn evaluate(
    mandate: &Mandate,
    element: &Element,
    clauses: &[Prepared],
    language: Language,
) -> Verdict {
    let topics: Vec<(usize, Range<usize>)> = clauses
        .iter()
        .enumerate()
        .filter_map(|(i, c)| topic_match(element, c).map(|r| (i, r)))
        .collect();
    let mut verdict = Verdict {
        outcome: Outcome::Missing,
        clauses: Vec::new(),
        focus: topics.first().cloned(),
        facts: Vec::new(),
    };
    if topics.is_empty() {
        return verdict;
    }

    let mut found = BTreeSet::new();
    let mut reading: Vec<usize> = Vec::new();
    for (i, _) in &topics {
        let Some(clause) = clauses.get(*i) else {
            continue;
        };
        let mut own = BTreeSet::new();
        items_in(element, clause, &mut own);
        let kids: Vec<usize> = children(clauses, *i).collect();
        for &k in &kids {
            if let Some(child) = clauses.get(k) {
                items_in(element, child, &mut own);
            }
        }
        if own.len() >= element.addressed_with {
            verdict.clauses.push(*i);
            found.extend(own);
            reading.push(*i);
            reading.extend(kids);
        }
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

    if let Some(deviation) = deviation(mandate, element, clauses, &topics) {
        if !verdict.clauses.contains(&deviation.1) {
            verdict.clauses.push(deviation.1);
            verdict.clauses.sort_unstable();
        }
        verdict.outcome = deviation.0;
        return verdict;
    }
    if verdict.clauses.is_empty() {
        return verdict;
    }
    let missing: Vec<usize> = (0..element.items.len())
        .filter(|i| !found.contains(i))
        .collect();
    if found.len() >= element.covered_with {
        verdict.outcome = Outcome::Covered;
        return verdict;
    }
    // Point at the parts that are there: what is missing belongs beside them.
    if let Some(&first) = verdict.clauses.first()
        && let Some(range) = clauses.get(first).and_then(|c| items_range(element, c))
    {
        verdict.focus = Some((first, range));
    }
    verdict.outcome = match element.incomplete {
        Incomplete::Partial => Outcome::Partial(missing),
        Incomplete::Deviation => Outcome::IncompleteDeviation(missing),
    };
    verdict
}

/// The folded range from the first to the last item stated in `clause`.
fn items_range(element: &Element, clause: &Prepared) -> Option<Range<usize>> {
    let ranges: Vec<Range<usize>> = element
        .items
        .iter()
        .filter_map(|item| clause.find(&item.pattern, clause.whole()))
        .collect();
    let start = ranges.iter().map(|r| r.start).min()?;
    let end = ranges.iter().map(|r| r.end).max()?;
    Some(start..end)
}

/// The first deviation the topic clauses show, with the clause it is in.
fn deviation(
    mandate: &Mandate,
    element: &Element,
    clauses: &[Prepared],
    topics: &[(usize, Range<usize>)],
) -> Option<(Outcome, usize)> {
    let support = mandate.terms.get("support").map(|t| &t.pattern);
    let unless_holds = |rule_unless: Option<&Regex>, clause: &Prepared, main: bool| {
        let range = if main {
            clause.main_part(support)
        } else {
            clause.whole()
        };
        rule_unless.is_some_and(|re| clause.find(re, range).is_some())
    };
    for (rule_index, rule) in element.deviations.iter().enumerate() {
        let hit = match &rule.when {
            Some(when) => topics.iter().find_map(|(i, _)| {
                let clause = clauses.get(*i)?;
                let focus = clause.find(when, clause.whole())?;
                (!unless_holds(rule.unless.as_ref(), clause, rule.main_part)).then_some((*i, focus))
            }),
            None => {
                let any_holds = topics.iter().any(|(i, _)| {
                    clauses
                        .get(*i)
                        .is_some_and(|c| unless_holds(rule.unless.as_ref(), c, rule.main_part))
                });
                if any_holds {
                    None
                } else {
                    topics.first().cloned()
                }
            }
        };
        if let Some((i, focus)) = hit {
            let clause = clauses.get(i)?;
            let (entity_range, with_actors) = if rule.main_part {
                (clause.main_part(support), false)
            } else if rule.when.is_some() {
                (focus.clone(), true)
            } else {
                (clause.whole(), false)
            };
            let named = entities_in(mandate, clause, entity_range, with_actors);
            // A deviation about who holds a role points at the holder.
            let focus = match named.first() {
                Some((_, at)) if rule.main_part => at.clone(),
                _ => focus,
            };
            return Some((
                Outcome::Deviation {
                    rule: rule_index,
                    clause: i,
                    focus,
                    entities: named.into_iter().map(|(key, _)| key).collect(),
                },
                i,
            ));
        }
    }
    None
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
        let support = self.mandate.terms.get("support").map(|t| &t.pattern);
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
                                ClausePart::MainPart => c.main_part(support),
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
