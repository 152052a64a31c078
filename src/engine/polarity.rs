//! Polarity: which words of a clause a negation governs.
//!
//! "Le secrétariat n'est pas assuré par l'OIM mais par le PNUD" says who does
//! *not* hold the secretariat, then who does. A clause is cut into
//! propositions at sentence and clause punctuation and at contrast words
//! ("mais", "but"); a negation cue ("pas", "not", "no", "aucun") negates
//! the rest of its proposition (the subject before it stays affirmed: "the
//! groups are not permanent: ...") or, when nothing the lexicon knows follows
//! it ("consensus is not required"), the whole proposition back to the comma before it; a local cue
//! ("sans", "without", "non") only the words up to the next comma. A condition ("si", "where", "à défaut de") opens a
//! proposition of its own up to the next comma: what is negated there is
//! hypothetical ("where consensus cannot be reached") and neither states nor
//! denies the element. A denial that ends in a colon followed by a word that
//! picks up its subject ("the Committee does not manage: it steers") denies
//! the predicate, not the subject. A negation ends where a comma and a
//! coordination start a clause of their own (", and the rule is
//! consensus"). A retraction ("la proposition n'a pas été
//! retenue") turns down what was proposed before it in its sentence (or, when
//! it opens the sentence, in the sentence before); a rejection ("no se
//! aprobó la propuesta de ...", "rejected the proposal to ...") what it
//! names after itself, to the end of its sentence. A negation right after a comma or a
//! coordination ("par le BCR, et pas par l'OIM"; "by the RCO and not by
//! IOM") is elliptical and governs only the words up to the next comma; so is
//! a contrast that goes straight to another object ("not provided by UNDP
//! but by IOM"): the verb after the negation is said of that object, and
//! only the first object is denied. A negation and a local cue in its scope cancel ("no
//! statement is issued without validation" requires the validation), and so
//! does a negation coordinated within it ("nor", "ni"). The
//! cues are concepts of the lexicon, so a language
//! adds its own in `rules/concepts.yaml`.

use std::ops::Range;

use crate::mandate::lexicon::{Cue, Hit, Lexicon};

/// How a range of a clause reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Polarity {
    /// Said as a fact.
    Affirmed,
    /// Denied.
    Negated,
    /// Denied inside a condition.
    Hypothetical,
    /// Proposed and turned down: read neither as said nor as denied.
    Retracted,
}

/// The folded ranges of a clause that negations govern, merged and sorted
/// so that a look-up is a binary search.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Polarities {
    denied: Vec<Range<usize>>,
    hypothetical: Vec<Range<usize>>,
    retracted: Vec<Range<usize>>,
    /// Where a contrast opens a new proposition ("but", "mais", "pero").
    contrasts: Vec<Range<usize>>,
}

/// Sort and merge overlapping ranges.
fn merged(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by_key(|r| r.start);
    let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for range in ranges {
        match out.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => out.push(range),
        }
    }
    out
}

/// Whether `at` lies in one of the sorted, disjoint `ranges`.
fn within(ranges: &[Range<usize>], at: usize) -> bool {
    let next = ranges.partition_point(|r| r.start <= at);
    next.checked_sub(1)
        .and_then(|i| ranges.get(i))
        .is_some_and(|r| r.contains(&at))
}

impl Polarities {
    /// Whether every word is affirmed: no negation, no condition.
    #[must_use]
    pub fn is_plain(&self) -> bool {
        self.denied.is_empty() && self.hypothetical.is_empty() && self.retracted.is_empty()
    }

    /// How the words starting at folded byte `at` read.
    #[must_use]
    pub fn at(&self, at: usize) -> Polarity {
        if within(&self.retracted, at) {
            Polarity::Retracted
        } else if within(&self.denied, at) {
            Polarity::Negated
        } else if within(&self.hypothetical, at) {
            Polarity::Hypothetical
        } else {
            Polarity::Affirmed
        }
    }

    /// How a range of words reads: denied if a negation governs any of
    /// its words ("le secrétariat n'est pas assuré" is not a statement that
    /// the secretariat is assured).
    #[must_use]
    pub fn over(&self, range: &std::ops::Range<usize>) -> Polarity {
        let touches = |ranges: &[Range<usize>]| {
            let next = ranges.partition_point(|r| r.start < range.end.max(range.start + 1));
            next.checked_sub(1)
                .and_then(|i| ranges.get(i))
                .is_some_and(|r| r.end > range.start)
        };
        if touches(&self.retracted) {
            Polarity::Retracted
        } else if touches(&self.denied) {
            Polarity::Negated
        } else if touches(&self.hypothetical) {
            Polarity::Hypothetical
        } else {
            Polarity::Affirmed
        }
    }

    /// Whether a contrast opens a proposition within `range`.
    #[must_use]
    pub fn contrast_within(&self, range: &Range<usize>) -> bool {
        self.contrasts
            .iter()
            .any(|c| range.start <= c.start && c.end <= range.end)
    }

    /// The denied ranges that overlap `range`, in order.
    pub fn denied_in(&self, range: &Range<usize>) -> impl Iterator<Item = &Range<usize>> {
        let first = self.denied.partition_point(|r| r.end <= range.start);
        let end = range.end.max(range.start + 1);
        self.denied
            .get(first..)
            .unwrap_or_default()
            .iter()
            .take_while(move |r| r.start < end)
    }

    /// The first denied range that overlaps `range`, if any.
    #[must_use]
    pub fn denied_within(&self, range: &Range<usize>) -> Option<Range<usize>> {
        let first = self.denied.partition_point(|r| r.end <= range.start);
        self.denied
            .get(first)
            .filter(|r| r.start < range.end.max(range.start + 1))
            .cloned()
    }
}

/// Where each proposition of `text` starts and ends.
fn propositions(text: &str, contrasts: &[Range<usize>]) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut cuts: Vec<usize> = Vec::new();
    for (i, b) in bytes.iter().enumerate() {
        let ends = match b {
            b';' | b':' | b'!' | b'?' | b'|' => true,
            // A full stop ends a sentence, not a number ("1.2") or an
            // abbreviation run together ("p.ex").
            b'.' => bytes.get(i + 1).is_none_or(|n| *n == b' '),
            _ => false,
        };
        if ends {
            cuts.push(i + 1);
        }
    }
    cuts.extend(contrasts.iter().map(|c| c.start));
    cuts.push(text.len());
    cuts.sort_unstable();
    let mut start = 0;
    let mut out = Vec::new();
    for cut in cuts {
        if cut > start {
            out.push(start..cut);
            start = cut;
        }
    }
    out
}

/// The brackets around `at` within `limit`, if it stands in an aside.
fn within_brackets(text: &str, at: usize, limit: &Range<usize>) -> Option<Range<usize>> {
    let before = text.get(limit.start..at)?;
    let open = limit.start + before.rfind('(')?;
    if before.get(open - limit.start..)?.contains(')') {
        return None;
    }
    let close = at + text.get(at..limit.end)?.find(')')?;
    Some(open..close + 1)
}

/// The next comma after `from` within `limit`, or the limit's end.
fn to_comma(text: &str, from: usize, limit: &Range<usize>) -> usize {
    text.get(from..limit.end)
        .and_then(|rest| rest.find(','))
        .map_or(limit.end, |at| from + at)
}

/// Where a condition opened by a cue ending at `from` ends: at the next
/// comma, or, when a comma follows the cue at once ("lorsque, à l'issue de
/// deux réunions, aucun consensus ne se dégage, ..."), at the comma after
/// the aside it opens.
fn condition_end(text: &str, from: usize, limit: &Range<usize>) -> usize {
    let comma = to_comma(text, from, limit);
    let opens_aside =
        comma < limit.end && text.get(from..comma).is_some_and(|w| w.trim().is_empty());
    if opens_aside {
        let aside_end = to_comma(text, comma + 1, limit);
        if aside_end < limit.end {
            return to_comma(text, aside_end + 1, limit);
        }
    }
    comma
}

/// Whether proposition `part` ends in a colon and the next one opens with a
/// word that picks up its subject ("...: it sets the course").
fn resumed_after(text: &str, part: &Range<usize>, resumptions: &[Range<usize>]) -> bool {
    let ends_in_colon = text
        .get(part.clone())
        .is_some_and(|p| p.trim_end().ends_with(':'));
    ends_in_colon
        && resumptions.iter().any(|r| {
            r.start >= part.end
                && text
                    .get(part.end..r.start)
                    .is_some_and(|between| between.trim().is_empty())
        })
}

/// Most words before a retraction that still name what it turns down
/// ("Cette proposition n'a pas été retenue" turns down the sentence before).
const RETRACTION_HEAD: usize = 3;

/// What each retraction turns down: its sentence up to it, or, when it
/// opens its sentence, the sentence before.
fn retractions(text: &str, cues: &[Range<usize>]) -> Vec<Range<usize>> {
    let sentence_start = |at: usize| {
        text.get(..at)
            .and_then(|before| before.rfind(". "))
            .map_or(0, |stop| stop + 2)
    };
    cues.iter()
        .map(|cue| {
            let start = sentence_start(cue.start);
            let head = text
                .get(start..cue.start)
                .map_or(0, |words| words.split_whitespace().count());
            let start = if head <= RETRACTION_HEAD && start > 0 {
                sentence_start(start - 2)
            } else {
                start
            };
            start..cue.start
        })
        .collect()
}

/// What each rejection turns down: the proposal it names after itself, to
/// the end of its sentence or clause.
fn rejections(text: &str, cues: &[Range<usize>]) -> Vec<Range<usize>> {
    cues.iter()
        .map(|cue| {
            let rest = text.get(cue.end..).unwrap_or_default();
            let end = rest
                .find([';', '.'])
                .map_or(text.len(), |stop| cue.end + stop);
            cue.start..end
        })
        .collect()
}

/// What the negations of a clause govern, from its folded text and its
/// concept hits (in order of position).
#[must_use]
#[expect(
    clippy::too_many_lines,
    reason = "one pass over a clause's cues: the scope rules interact (labels, ellipses, relatives, brackets) and the module docs give them in the same order"
)]
pub fn negations(text: &str, hits: &[Hit], lexicon: &Lexicon) -> Polarities {
    let cue_of = |hit: &Hit| {
        lexicon
            .concepts
            .get(hit.concept)
            .map_or(Cue::None, |c| c.cue)
    };
    let of_kind = |cue: Cue| -> Vec<Range<usize>> {
        hits.iter()
            .filter(|h| cue_of(h) == cue)
            .map(|h| h.range.clone())
            .collect()
    };
    // A contrast set off by commas is an aside ("does not, however, take
    // part"), not the start of a new proposition.
    let ellipses = of_kind(Cue::Ellipsis);
    let contrasts: Vec<Range<usize>> = of_kind(Cue::Contrast)
        .into_iter()
        .chain(ellipses.iter().cloned())
        .filter(|c| {
            let before = text
                .get(..c.start)
                .is_some_and(|b| b.trim_end().ends_with(','));
            let after = text
                .get(c.end..)
                .is_some_and(|a| a.trim_start().starts_with(','));
            !(before && after)
        })
        .collect();
    let conditions = of_kind(Cue::Condition);
    let resumptions: Vec<Range<usize>> = hits
        .iter()
        .filter(|h| cue_of(h).resumes())
        .map(|h| h.range.clone())
        .collect();
    let coordinations = of_kind(Cue::Coordination);
    let relatives = of_kind(Cue::Relative);
    // Where content words start: a negation that has some after it denies
    // only from itself on.
    let content: Vec<usize> = hits
        .iter()
        .filter(|h| cue_of(h) == Cue::None)
        .map(|h| h.range.start)
        .collect();
    // Propositions, with conditions split off as their own.
    let mut parts: Vec<(Range<usize>, bool)> = Vec::new();
    for proposition in propositions(text, &contrasts) {
        let first = conditions.partition_point(|c| c.start < proposition.start);
        let condition = conditions
            .get(first)
            .filter(|c| proposition.contains(&c.start))
            .map(|c| c.start..condition_end(text, c.end, &proposition));
        match condition {
            Some(cond) => {
                if proposition.start < cond.start {
                    parts.push((proposition.start..cond.start, false));
                }
                parts.push((cond.clone(), true));
                if cond.end < proposition.end {
                    parts.push((cond.end..proposition.end, false));
                }
            }
            None => parts.push((proposition, false)),
        }
    }
    // Each negation with what it governs and whether it is supposed.
    let mut scopes: Vec<(Cue, usize, Range<usize>, bool)> = Vec::new();
    for hit in hits {
        let cue = cue_of(hit);
        if !matches!(cue, Cue::Negation | Cue::LocalNegation) {
            continue;
        }
        let at = parts.partition_point(|(p, _)| p.end <= hit.range.start);
        let Some((part, conditional)) = parts.get(at).filter(|(p, _)| p.contains(&hit.range.start))
        else {
            continue;
        };
        let elliptical = cue == Cue::Negation
            && (text
                .get(part.start..hit.range.start)
                .is_some_and(|b| b.trim_end().ends_with(','))
                || coordinations.iter().any(|c| {
                    c.end <= hit.range.start
                        && text
                            .get(c.end..hit.range.start)
                            .is_some_and(|between| between.trim().is_empty())
                }));
        // "Vote : non." denies the label it answers.
        let answers_label = text
            .get(part.clone())
            .map(|p| p.trim_matches(|c: char| !c.is_alphanumeric()))
            == text.get(hit.range.clone());
        let label = at
            .checked_sub(1)
            .and_then(|before| parts.get(before))
            .filter(|(p, _)| {
                answers_label
                    && text
                        .get(p.clone())
                        .is_some_and(|t| t.trim_end().ends_with(':'))
            })
            .map(|(p, _)| p.start);
        // A French verb stands between "ne" and "pas" ("ne siègent pas au
        // Comité", "ne copréside pas"): the negation governs it too, unless
        // an ellipsis says it of another object ("n'incombe pas au Comité
        // mais aux coprésidents").
        let elided = ellipses.iter().any(|e| e.start == part.end);
        let verb_before = hits
            .iter()
            .filter(|_| !elided)
            .filter(|h| cue_of(h) == Cue::None && h.range.end <= hit.range.start)
            .filter(|h| {
                text.get(h.range.end..hit.range.start)
                    .is_some_and(|between| between.trim().is_empty())
            })
            .find(|h| {
                text.get(..h.range.start).is_some_and(|before| {
                    let before = before.trim_end();
                    before.ends_with(" ne") || before.ends_with("n'") || before.ends_with(" n")
                })
            })
            .map(|h| h.range.start);
        let scope = if let Some(start) = label {
            start..part.end
        } else if cue == Cue::LocalNegation || elliptical {
            hit.range.start..to_comma(text, hit.range.end, part)
        } else {
            let next = content.partition_point(|&c| c < hit.range.end);
            let says_more = content.get(next).is_some_and(|&c| c < part.end);
            // A comma and a coordination start a clause of their own ("are
            // not taken by majority any more, and the rule is consensus").
            let end = coordinations
                .iter()
                .filter(|c| c.start > hit.range.end && c.start < part.end)
                .find(|c| {
                    text.get(..c.start)
                        .is_some_and(|b| b.trim_end().ends_with(','))
                })
                .map_or(part.end, |c| c.start);
            // A relative clause after a comma says something of the noun
            // before it: "not a member of the Committee, which consists of
            // ..." denies the membership, not the Committee. When the noun
            // is all the negation governs ("ne créent pas de Comité, qui
            // ..." without a known verb), it stays denied.
            let end = relatives
                .iter()
                .filter(|r| r.start > hit.range.end && r.start < end)
                .find_map(|r| {
                    let comma = text.get(..r.start)?.trim_end();
                    comma.ends_with(',').then_some(comma.len() - 1)
                })
                .map_or(end, |comma| {
                    let governed: Vec<usize> = verb_before
                        .into_iter()
                        .chain(
                            content
                                .iter()
                                .copied()
                                .filter(|&c| c > hit.range.end && c < comma),
                        )
                        .collect();
                    match governed.as_slice() {
                        [_, .., antecedent] => *antecedent,
                        _ => comma,
                    }
                });
            // "not provided by UNDP but by IOM": the verb right after the
            // negation is said of what the ellipsis names, so only its
            // object is denied. A word between them is an object's article
            // or preposition ("n'incombe pas au Comité"), not a verb.
            let verb_end = content
                .get(next)
                .filter(|_| says_more && end == part.end)
                .filter(|_| ellipses.iter().any(|e| e.start == part.end))
                .filter(|&&start| {
                    text.get(hit.range.end..start)
                        .is_some_and(|between| between.trim().is_empty())
                })
                .and_then(|&start| hits.iter().find(|h| h.range.start == start))
                .map(|verb| verb.range.end);
            if let Some(verb_end) = verb_end {
                verb_end..end
            } else if says_more || resumed_after(text, part, &resumptions) {
                hit.range.start..end
            } else {
                // Back to the start of the proposition, or to the comma
                // before the negation: "(f) cooperate ..., seeking
                // synergies, it being understood that the Network shall not
                // replicate their work" denies only the last part; and on
                // to the next comma only, since nothing the lexicon knows
                // follows: an aside in a list ("du DAES, qui n'a pas de
                // bureau dans le pays, du PNUD, ...") denies none of the
                // rest.
                // A relative clause ends the reach back too: "adds
                // something that single agencies cannot" denies only what
                // the agencies do.
                let comma = text
                    .get(part.start..hit.range.start)
                    .and_then(|before| before.rfind(','))
                    .map_or(part.start, |comma| part.start + comma + 1);
                let relative = relatives
                    .iter()
                    .rev()
                    .find(|r| r.start >= part.start && r.end <= hit.range.start)
                    .map_or(part.start, |r| r.start);
                let from = comma.max(relative);
                from..to_comma(text, hit.range.end, &(part.start..end))
            }
        };
        // A negation in brackets governs only the aside ("only where a
        // common approach adds value (no 'doing everything')").
        let scope = match within_brackets(text, hit.range.start, part) {
            Some(aside) => scope.start.max(aside.start)..scope.end.min(aside.end),
            None => scope,
        };
        let scope = match verb_before {
            Some(verb) if scope.start == hit.range.start => verb..scope.end,
            _ => scope,
        };
        scopes.push((cue, hit.range.start, scope, *conditional));
    }
    // Two negations cancel: "no statement is issued without validation"
    // requires the validation.
    let mut cancelled = vec![false; scopes.len()];
    for (n, (cue, _, scope, _)) in scopes.iter().enumerate() {
        if *cue != Cue::Negation {
            continue;
        }
        let local = scopes.iter().enumerate().find(|(l, (other, at, _, _))| {
            *other == Cue::LocalNegation
                && scope.contains(at)
                && !cancelled.get(*l).copied().unwrap_or(true)
        });
        if let Some((l, _)) = local {
            // A negation within this one's scope coordinates with it ("ne
            // saurait porter atteinte aux droits ni aux communautés") and
            // goes with it.
            let nested = scopes
                .iter()
                .enumerate()
                .filter(|(m, (other, at, _, _))| {
                    *m != n && *other == Cue::Negation && scope.contains(at)
                })
                .map(|(m, _)| m);
            for i in [n, l].into_iter().chain(nested.collect::<Vec<_>>()) {
                if let Some(slot) = cancelled.get_mut(i) {
                    *slot = true;
                }
            }
        }
    }
    let mut denied = Vec::new();
    let mut hypothetical = Vec::new();
    for ((_, _, scope, conditional), cancelled) in scopes.into_iter().zip(cancelled) {
        if cancelled {
            continue;
        }
        if conditional {
            hypothetical.push(scope);
        } else {
            denied.push(scope);
        }
    }
    Polarities {
        denied: merged(denied),
        hypothetical: merged(hypothetical),
        retracted: merged(
            retractions(text, &of_kind(Cue::Retraction))
                .into_iter()
                .chain(rejections(text, &of_kind(Cue::Rejection)))
                .collect(),
        ),
        contrasts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mandate::lexicon::tokenize;
    use crate::mandate::schema::Localized;
    use crate::model::Language;
    use crate::text::fold::fold;

    fn lexicon() -> Lexicon {
        let mut l = Lexicon::default();
        let none = Localized::new();
        l.add(
            "not",
            none.clone(),
            Cue::Negation,
            &[
                (Some(Language::Fr), "pas"),
                (Some(Language::Fr), "aucun"),
                (Some(Language::En), "not"),
                (Some(Language::En), "no"),
                (Some(Language::En), "nor"),
            ],
        );
        l.add(
            "without",
            none.clone(),
            Cue::LocalNegation,
            &[
                (Some(Language::En), "without"),
                (Some(Language::En), "undermine"),
            ],
        );
        l.add(
            "but",
            none.clone(),
            Cue::Contrast,
            &[
                (Some(Language::Fr), "mais"),
                (Some(Language::En), "but"),
                (Some(Language::En), "however"),
            ],
        );
        l.add(
            "if",
            none.clone(),
            Cue::Condition,
            &[(Some(Language::En), "where"), (Some(Language::En), "if")],
        );
        l.add(
            "not-only",
            none,
            Cue::Affirmation,
            &[(Some(Language::En), "not only")],
        );
        l.add(
            "it",
            Localized::new(),
            Cue::Resumption,
            &[(Some(Language::En), "it")],
        );
        l.add(
            "and",
            Localized::new(),
            Cue::Coordination,
            &[(Some(Language::En), "and"), (Some(Language::Fr), "et")],
        );
        l.add(
            "act",
            Localized::new(),
            Cue::None,
            &[
                (Some(Language::En), "hold"),
                (Some(Language::En), "take part"),
            ],
        );
        l
    }

    #[test]
    fn an_ellipsis_leaves_the_verb_said_and_denies_its_object() {
        let mut l = lexicon();
        let none = Localized::new();
        l.add(
            "ellipsis",
            none.clone(),
            Cue::Ellipsis,
            &[
                (Some(Language::En), "but by"),
                (Some(Language::Fr), "mais aux"),
            ],
        );
        l.add(
            "provide",
            none.clone(),
            Cue::None,
            &[
                (Some(Language::En), "provided"),
                (Some(Language::Fr), "incombe"),
            ],
        );
        l.add(
            "committee",
            none,
            Cue::None,
            &[(Some(Language::Fr), "comite executif")],
        );
        let denied = |text: &str, language| read_as(&l, text, language, Polarity::Negated);
        assert_eq!(
            denied(
                "The secretariat is not provided by UNDP but by IOM.",
                Language::En
            ),
            ["by", "undp"]
        );
        // The verb stands before the negation: its object is what follows.
        assert_eq!(
            denied(
                "La création n'incombe pas au Comité exécutif mais aux coprésidents.",
                Language::Fr
            ),
            ["pas", "au", "comite", "executif"]
        );
        // A plain contrast keeps the whole denial.
        assert_eq!(
            denied(
                "The secretariat is not provided by UNDP but IOM runs it.",
                Language::En
            ),
            ["not", "provided", "by", "undp"]
        );
    }

    #[test]
    fn a_french_verb_between_ne_and_pas_is_denied() {
        let mut l = lexicon();
        l.add(
            "which",
            Localized::new(),
            Cue::Relative,
            &[(Some(Language::Fr), "qui")],
        );
        l.add(
            "words",
            Localized::new(),
            Cue::None,
            &[
                (Some(Language::Fr), "siegent"),
                (Some(Language::Fr), "comite"),
                (Some(Language::Fr), "compose"),
            ],
        );
        let denied = |text: &str| read_as(&l, text, Language::Fr, Polarity::Negated);
        assert_eq!(
            denied("Le DAES et l'ONUDC ne siègent pas au Comité."),
            ["siegent", "pas", "au", "comite"]
        );
        // The Committee a relative clause goes on to describe stands.
        assert_eq!(
            denied("Le DAES et l'ONUDC ne siègent pas au Comité, qui est composé de l'OIT."),
            ["siegent", "pas", "au"]
        );
    }

    #[test]
    fn a_retraction_turns_down_the_proposal_before_it() {
        let mut l = lexicon();
        l.add(
            "retraction",
            Localized::new(),
            Cue::Retraction,
            &[(Some(Language::En), "was rejected")],
        );
        let read = |text: &str| read_as(&l, text, Language::En, Polarity::Retracted);
        // In its own sentence, up to it.
        assert_eq!(
            read("A vote was proposed; it was rejected. Consensus rules."),
            ["a", "vote", "was", "proposed", "it"]
        );
        // Opening its sentence, the sentence before.
        assert_eq!(
            read("Consensus rules. A vote was proposed. It was rejected."),
            ["a", "vote", "was", "proposed", "it"]
        );
    }

    #[test]
    fn a_rejection_turns_down_the_proposal_after_it() {
        let mut l = lexicon();
        l.add(
            "rejection",
            Localized::new(),
            Cue::Rejection,
            &[(Some(Language::En), "rejected the proposal")],
        );
        let read = |text: &str| read_as(&l, text, Language::En, Polarity::Retracted);
        assert_eq!(
            read(
                "IOM holds the secretariat. Members rejected the proposal to vote; consensus rules."
            ),
            ["rejected", "the", "proposal", "to", "vote"]
        );
    }

    #[test]
    fn a_negation_after_and_or_a_comma_is_elliptical() {
        let words = negated(
            "The secretariat is held by the RCO, and not by IOM, with support.",
            Language::En,
        );
        assert_eq!(words, ["not", "by", "iom"]);
        let words = negated(
            "Le secrétariat est assuré par le BCR, pas par l'OIM, avec appui.",
            Language::Fr,
        );
        assert_eq!(words, ["pas", "par", "l", "oim"]);
        // Not after a coordination: the rest of the proposition.
        let words = negated("The RCO does not hold it, with support.", Language::En);
        assert!(words.contains(&"support".to_string()), "{words:?}");
    }

    /// The words of `text` that read as `polarity` with lexicon `l`.
    fn read_as(l: &Lexicon, text: &str, language: Language, polarity: Polarity) -> Vec<String> {
        let folded = fold(text);
        let tokens = tokenize(&folded, language, &|_| None);
        let hits = l.scan(&tokens, &folded, language);
        let polarities = negations(&folded, &hits, l);
        tokens
            .iter()
            .filter(|t| polarities.at(t.range.start) == polarity)
            .map(|t| folded[t.range.clone()].to_string())
            .collect()
    }

    /// The words of `text` that read as `Negated`.
    fn negated(text: &str, language: Language) -> Vec<String> {
        read_as(&lexicon(), text, language, Polarity::Negated)
    }

    #[test]
    fn a_relative_clause_says_something_of_the_noun_before_it() {
        let mut l = lexicon();
        l.add(
            "which",
            Localized::new(),
            Cue::Relative,
            &[(Some(Language::En), "which")],
        );
        l.add(
            "words",
            Localized::new(),
            Cue::None,
            &[
                (Some(Language::En), "member"),
                (Some(Language::En), "committee"),
                (Some(Language::En), "consists"),
            ],
        );
        let denied = |text: &str| read_as(&l, text, Language::En, Polarity::Negated);
        // The membership is denied; the Committee and what it consists of
        // are not.
        assert_eq!(
            denied("ILO is not a member of the Committee, which consists of IOM."),
            ["not", "a", "member", "of", "the"]
        );
        // When the noun is all the negation governs, it stays denied.
        assert_eq!(
            denied("ILO does not sit on the Committee, which consists of IOM."),
            ["not", "sit", "on", "the", "committee"]
        );
    }

    #[test]
    fn a_negation_with_nothing_known_after_it_stops_at_the_next_comma() {
        // An aside in a list of entities denies none of the entities after
        // it.
        let words = negated(
            "Le Comité est composé de l'OIT, du DAES, qui n'a pas de bureau ici, du PNUD et du HCR.",
            Language::Fr,
        );
        assert_eq!(words, ["qui", "n", "a", "pas", "de", "bureau", "ici"]);
        // It still reaches back to the comma before it.
        assert_eq!(
            negated("Consensus is not required.", Language::En),
            ["consensus", "is", "not", "required"]
        );
    }

    #[test]
    fn a_negation_with_nothing_known_after_it_stays_in_its_relative_clause() {
        let mut l = lexicon();
        l.add(
            "that",
            Localized::new(),
            Cue::Relative,
            &[(Some(Language::En), "that")],
        );
        assert_eq!(
            read_as(
                &l,
                "A joint approach adds something that single agencies do not.",
                Language::En,
                Polarity::Negated
            ),
            ["that", "single", "agencies", "do", "not"]
        );
    }

    #[test]
    fn a_bare_negation_after_a_label_denies_the_label() {
        assert_eq!(negated("Vote : aucun.", Language::Fr), ["vote", "aucun"]);
        assert_eq!(negated("Vote: no.", Language::En), ["vote", "no"]);
        // A value that says more is read as usual.
        assert!(negated("Vote: no vote is taken.", Language::En).contains(&"taken".to_string()));
    }

    #[test]
    fn contrast_ends_the_negated_proposition() {
        let words = negated(
            "Le secrétariat n'est pas assuré par l'OIM mais par le PNUD.",
            Language::Fr,
        );
        assert!(words.contains(&"oim".to_string()));
        assert!(!words.contains(&"pnud".to_string()));
    }

    #[test]
    fn a_negation_in_brackets_denies_only_the_aside() {
        let mut l = lexicon();
        l.add(
            "value",
            Localized::new(),
            Cue::None,
            &[
                (Some(Language::En), "value"),
                (Some(Language::En), "everything"),
            ],
        );
        let words = read_as(
            &l,
            "Focus on what adds value (no doing everything).",
            Language::En,
            Polarity::Negated,
        );
        assert_eq!(words, ["no", "doing", "everything"]);
    }

    #[test]
    fn a_semicolon_ends_it_too() {
        let words = negated(
            "Aucune décision n'est soumise au vote ; le consensus est la règle.",
            Language::Fr,
        );
        assert!(words.contains(&"vote".to_string()));
        assert!(!words.contains(&"consensus".to_string()));
    }

    #[test]
    fn local_and_conditional_negations() {
        let words = negated(
            "Decisions are taken by consensus, without a vote.",
            Language::En,
        );
        assert_eq!(words, ["without", "a", "vote"]);
        let words = negated(
            "Where consensus cannot be reached, the chair seeks agreement.",
            Language::En,
        );
        assert!(words.is_empty(), "{words:?}");
        let words = negated(
            "Where, after two meetings, no consensus emerges, the chair decides.",
            Language::En,
        );
        assert!(words.is_empty(), "{words:?}");
        let words = negated(
            "No statement is issued without prior validation.",
            Language::En,
        );
        assert!(words.is_empty(), "{words:?}");
        let words = negated(
            "No action may undermine the rights of migrants nor those of their communities.",
            Language::En,
        );
        assert!(words.is_empty(), "{words:?}");
        let words = negated(
            "The Network does not, however, take part in global initiatives.",
            Language::En,
        );
        assert!(words.contains(&"initiatives".to_string()), "{words:?}");
        let words = negated(
            "Actions that undermine the rights of migrants.",
            Language::En,
        );
        assert!(words.contains(&"rights".to_string()), "{words:?}");
        let words = negated(
            "The Committee does not manage daily business: it sets the course.",
            Language::En,
        );
        assert!(!words.contains(&"committee".to_string()), "{words:?}");
        assert!(words.contains(&"manage".to_string()), "{words:?}");
        let words = negated("It not only advises but also decides.", Language::En);
        assert!(words.is_empty(), "{words:?}");
    }
}
