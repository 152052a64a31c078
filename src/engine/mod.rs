//! The checker: a [`Document`] against the [`Mandate`] -> an [`Evaluation`].
//!
//! No I/O and no printing: clauses are folded ([`clauses`]), each element is
//! evaluated ([`coverage`], [`naming`]), moot elements are set aside, and the
//! verdicts are worded as findings ([`findings`]).

pub mod acronyms;
pub mod clauses;
pub mod coverage;
pub mod findings;
pub mod naming;
pub mod polarity;
pub mod sections;
pub mod suppress;
pub mod trace;

use std::collections::{BTreeMap, BTreeSet};

use crate::finding::{ElementResult, Evaluation, Finding, FindingKind, Status};
use crate::mandate::{Denial, Mandate, Moot};
use crate::model::{Document, Language};

use coverage::Outcome;
use findings::Writer;

/// Check `document` against `mandate`, wording messages in `language`.
#[must_use]
#[expect(
    clippy::too_many_lines,
    reason = "the whole evaluation of a document: naming, coverage, moot elements and findings, in the order they depend on each other"
)]
pub fn check(document: &Document, mandate: &Mandate, language: Language) -> Evaluation {
    let clauses = clauses::prepare(document, mandate);
    let writer = Writer {
        mandate,
        document,
        clauses: &clauses,
        language,
    };
    let mut evaluation = Evaluation::default();
    let mut statuses: BTreeMap<&str, Status> = BTreeMap::new();
    // Elements missing as statements whose subject a clause still names:
    // the body exists, so what depends on it is not moot.
    let mut mentioned: BTreeSet<&str> = BTreeSet::new();
    // Elements a clause denies ("we do not set up working groups").
    let mut denied: BTreeSet<&str> = BTreeSet::new();
    let mut pending = Vec::new();
    for element in mandate
        .elements
        .iter()
        .filter(|e| e.applies_to(document.meta.scope))
    {
        if let Some(prefix) = &element.consistent_naming {
            let variants = naming::collect(mandate, prefix, &clauses);
            let (status, finding) = writer.naming(element, &variants);
            statuses.insert(&element.id, status);
            let used = variants.used_names(mandate, language);
            let facts = if used.is_empty() {
                BTreeMap::new()
            } else {
                BTreeMap::from([(format!("{prefix}-naming"), used)])
            };
            pending.push((element, status, Vec::new(), finding, facts));
            continue;
        }
        let verdict = coverage::evaluate(mandate, element, &clauses, document.meta.scope, language);
        if verdict.mention.is_some() {
            mentioned.insert(&element.id);
        }
        if matches!(verdict.outcome, Outcome::Negated { .. }) {
            denied.insert(&element.id);
        }
        let status = match verdict.outcome {
            Outcome::Covered => Status::Covered,
            Outcome::Partial(_) => Status::Partial,
            Outcome::IncompleteDeviation(_) | Outcome::Deviation { .. } => Status::Deviation,
            Outcome::Negated { .. } => match element.denial {
                Denial::Deviation => Status::Deviation,
                Denial::Missing => Status::Missing,
            },
            Outcome::Missing => Status::Missing,
        };
        statuses.insert(&element.id, status);
        let facts: BTreeMap<String, String> = verdict.facts.iter().cloned().collect();
        let finding = writer.finding(element, &verdict);
        let spans = verdict
            .clauses
            .iter()
            .filter_map(|&i| clauses.get(i).map(|c| c.span))
            .collect();
        pending.push((element, status, spans, finding, facts));
    }
    for (element, mut status, spans, finding, facts) in pending {
        let moot = match &element.moot {
            Some(Moot::Unless(other)) => {
                !mentioned.contains(other.as_str())
                    && statuses.get(other.as_str()) == Some(&Status::Missing)
            }
            Some(Moot::IfDenied(other)) => denied.contains(other.as_str()),
            None => false,
        };
        let mut finding = finding;
        if moot {
            status = Status::NotApplicable;
            finding = None;
        }
        let detail = match (&finding, status) {
            (Some(f), Status::Partial | Status::Deviation) => Some(f.message.clone()),
            _ if !facts.is_empty() => Some(facts.values().cloned().collect::<Vec<_>>().join("; ")),
            _ => None,
        };
        evaluation.elements.push(ElementResult {
            id: element.id.clone(),
            section: element.section.clone(),
            level: element.level,
            status,
            clauses: if status == Status::NotApplicable {
                Vec::new()
            } else {
                spans
            },
            detail,
            facts,
        });
        evaluation.findings.extend(finding);
    }
    evaluation
        .findings
        .extend(placeholders(document, mandate, &clauses, language));
    evaluation
        .findings
        .sort_by(|a, b| (a.span.start, &a.rule).cmp(&(b.span.start, &b.rule)));
    evaluation
}

/// A template's placeholder left in the text ("[LIEU]", "[NAME OF THE
/// AGENCY]"): the network's own choice is still to be written, whatever the
/// clause around it otherwise says. Only a bracketed name in capitals is
/// surely one: a citation "[1]", "[sic]", an editor's "[OIM : à confirmer]" and
/// a signature line's "____" are read as saying nothing, not reported.
fn placeholders<'a>(
    document: &'a Document,
    mandate: &'a Mandate,
    clauses: &'a [clauses::Prepared],
    language: Language,
) -> impl Iterator<Item = Finding> + 'a {
    clauses
        .iter()
        .flat_map(|c| c.placeholders.iter().copied())
        .filter(|&span| is_template_field(document.source.slice(span)))
        .map(move |span| {
            let text = document.source.slice(span).trim();
            Finding::warning(
                "placeholder.unfilled",
                FindingKind::Placeholder,
                span,
                mandate.message("placeholder-unfilled", language, &[("text", text)]),
                mandate.message("label-placeholder", language, &[]),
                mandate.message("help-placeholder", language, &[]),
            )
        })
}

/// Whether a placeholder is a template's field: a bracketed name in
/// capitals, of two letters or more.
fn is_template_field(text: &str) -> bool {
    let Some(inner) = text
        .trim()
        .strip_prefix('[')
        .and_then(|t| t.strip_suffix(']'))
    else {
        return false;
    };
    let letters = inner.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && !inner.chars().any(char::is_lowercase)
}
