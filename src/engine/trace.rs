//! Why an element got its status: clause by clause, the concepts found (a
//! denied one marked `¬`, a hypothetical one `?`), whether the clause
//! addresses the element and which of its parts it states, then the verdict.
//! A concept in a proposal the text turns down is marked `~`.
//!
//! For a reader who doubts a verdict and for whoever edits the rules: it
//! runs the same matching as [`super::check`], only keeps what it saw.

use std::fmt;

use super::check;
use super::clauses::{self, Prepared, Reading};
use super::coverage::{self, Outcome};
use super::polarity::Polarity;
use crate::mandate::lexicon::Cue;
use crate::mandate::{Atom, Element, Mandate, localized};
use crate::model::{Document, Language};

/// Most characters of a clause quoted in a trace line.
const QUOTE_CHARS: usize = 90;

fn quote(text: &str) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= QUOTE_CHARS {
        flat
    } else {
        let cut: String = flat.chars().take(QUOTE_CHARS).collect();
        format!("{cut}…")
    }
}

/// The concepts of a clause, each marked by how it reads.
fn concepts(mandate: &Mandate, clause: &Prepared) -> String {
    let mut names: Vec<String> = Vec::new();
    for hit in &clause.hits {
        // "and" and "which" join words: listing them would only hide the
        // others.
        let Some(concept) = mandate
            .lexicon
            .concepts
            .get(hit.concept)
            .filter(|c| !matches!(c.cue, Cue::Coordination | Cue::Relative))
        else {
            continue;
        };
        let mark = match clause.polarity(hit.range.start) {
            Polarity::Affirmed => "",
            Polarity::Negated => "¬",
            Polarity::Hypothetical => "?",
            Polarity::Retracted => "~",
        };
        let name = format!("{mark}{}", concept.key);
        if !names.contains(&name) {
            names.push(name);
        }
    }
    if clause.label {
        names.push("label".to_string());
    }
    names.join(" ")
}

/// The subjects of the element's statements (their first groups).
fn watched_concepts(element: &Element) -> Vec<usize> {
    let mut out = Vec::new();
    for statement in element.says.iter().chain(&element.says_in_section) {
        for atom in statement.groups.first().into_iter().flatten() {
            if let Atom::Concept(i) = atom
                && !out.contains(i)
            {
                out.push(*i);
            }
        }
    }
    out
}

/// Write the trace of `element` on `document` to `out`.
///
/// # Errors
///
/// When `out` cannot be written.
pub fn trace(
    out: &mut dyn fmt::Write,
    document: &Document,
    mandate: &Mandate,
    element: &Element,
    language: Language,
) -> fmt::Result {
    let prepared = clauses::prepare(document, mandate);
    let say = |key: &str, args: &[(&str, &str)]| mandate.message(key, language, args);
    writeln!(
        out,
        "{}: {}",
        element.id,
        localized(&element.summary, language)
    )?;
    for statement in element.says.iter().chain(&element.says_in_section) {
        writeln!(
            out,
            "  {}",
            say("trace-says", &[("statement", &statement.text)])
        )?;
    }
    writeln!(out)?;
    // Clauses that neither address the element nor name the subject of its
    // statements are left out.
    let watched = watched_concepts(element);
    for (i, clause) in prepared.iter().enumerate() {
        let affirmed = coverage::topic_match(element, &prepared, i, Reading::Affirmed);
        let any = coverage::topic_match(element, &prepared, i, Reading::Any);
        let items: Vec<&str> = coverage::item_ranges(element, &prepared, i)
            .into_iter()
            .filter_map(|(item, _)| element.items.get(item))
            .map(|item| localized(&item.name, language))
            .collect();
        let found = concepts(mandate, clause);
        let names_one = clause.hits.iter().any(|h| watched.contains(&h.concept));
        if affirmed.is_none() && any.is_none() && items.is_empty() && !names_one {
            continue;
        }
        let at = document.source.locate(clause.span);
        let (line, column) = (at.line, at.column);
        let key = match (&affirmed, &any) {
            (Some(_), _) if items.len() < element.addressed_with => "trace-too-few",
            (Some(_), _) => "trace-addresses",
            (None, Some(_)) => "trace-denies",
            (None, None) => "trace-not-addressed",
        };
        let mut verdict = say(key, &[]);
        if !items.is_empty() {
            verdict.push_str(&say("trace-states", &[("items", &items.join(", "))]));
        }
        writeln!(
            out,
            "{line}:{column} {}\n    {}\n    {verdict}",
            quote(document.source.slice(clause.span)),
            say(
                "trace-concepts",
                &[("concepts", if found.is_empty() { "-" } else { &found })]
            ),
        )?;
    }
    let evaluation = check(document, mandate, language);
    let result = evaluation.elements.iter().find(|r| r.id == element.id);
    let status = result.map_or("not-applicable", |r| r.status.as_str());
    writeln!(out, "\n{}", say("trace-status", &[("status", status)]))?;
    let verdict = coverage::evaluate(mandate, element, &prepared, document.meta.scope, language);
    let reason = match &verdict.outcome {
        Outcome::Missing if verdict.mention.is_some() => "trace-reason-mentioned",
        Outcome::Missing => "trace-reason-missing",
        Outcome::Negated { .. } => "trace-reason-negated",
        Outcome::Covered => "trace-reason-covered",
        Outcome::Partial(_) => "trace-reason-partial",
        Outcome::IncompleteDeviation(_) => "trace-reason-incomplete",
        Outcome::Deviation { .. } => "trace-reason-deviation",
    };
    writeln!(out, "{}", say(reason, &[]))?;
    if let Some(finding) = evaluation.findings.iter().find(|f| f.rule == element.id) {
        writeln!(
            out,
            "{}",
            say("trace-finding", &[("message", &finding.message)])
        )?;
    } else if status == "not-applicable" {
        writeln!(out, "{}", say("trace-moot", &[]))?;
    }
    Ok(())
}
