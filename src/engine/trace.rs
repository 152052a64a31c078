//! Why an element got its status: clause by clause, the concepts found (a
//! denied one marked `¬`, a hypothetical one `?`), whether the clause
//! addresses the element and which of its parts it states, then the verdict.
//!
//! For a reader who doubts a verdict and for whoever edits the rules: it
//! runs the same matching as [`super::check`], only keeps what it saw.

use std::fmt::Write as _;

use super::check;
use super::clauses::{self, Prepared, Reading};
use super::coverage::{self, Outcome};
use super::polarity::Polarity;
use crate::mandate::{Element, Mandate, localized};
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
        let Some(concept) = mandate.lexicon.concepts.get(hit.concept) else {
            continue;
        };
        let mark = match clause.polarity(hit.range.start) {
            Polarity::Affirmed => "",
            Polarity::Negated => "¬",
            Polarity::Hypothetical => "?",
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

/// The trace of `element` on `document`, as text.
#[must_use]
pub fn trace(
    document: &Document,
    mandate: &Mandate,
    element: &Element,
    language: Language,
) -> String {
    let prepared = clauses::prepare(document, &mandate.lexicon);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}: {}",
        element.id,
        localized(&element.summary, language)
    );
    for statement in element.says.iter().chain(&element.says_in_section) {
        let _ = writeln!(out, "  says: {}", statement.text);
    }
    let _ = writeln!(out);
    for (i, clause) in prepared.iter().enumerate() {
        let affirmed = coverage::topic_match(mandate, element, &prepared, i, Reading::Affirmed);
        let any = coverage::topic_match(mandate, element, &prepared, i, Reading::Any);
        let items: Vec<&str> = coverage::item_ranges(mandate, element, &prepared, i)
            .into_iter()
            .filter_map(|(item, _)| element.items.get(item))
            .map(|item| localized(&item.name, language))
            .collect();
        let found = concepts(mandate, clause);
        if affirmed.is_none() && any.is_none() && items.is_empty() && found.is_empty() {
            continue;
        }
        let at = document.source.locate(clause.span);
        let (line, column) = (at.line, at.column);
        let verdict = match (&affirmed, &any) {
            (Some(_), _) => "addresses it",
            (None, Some(_)) => "addresses it, denied",
            (None, None) => "-",
        };
        let _ = writeln!(
            out,
            "{line}:{column} {}\n    concepts: {}\n    {verdict}{}",
            quote(document.source.slice(clause.span)),
            if found.is_empty() { "-" } else { &found },
            if items.is_empty() {
                String::new()
            } else {
                format!("; states: {}", items.join(", "))
            }
        );
    }
    let evaluation = check(document, mandate, language);
    let result = evaluation.elements.iter().find(|r| r.id == element.id);
    let status = result.map_or("not in scope", |r| r.status.as_str());
    let _ = writeln!(out, "\nstatus: {status}");
    let verdict = coverage::evaluate(mandate, element, &prepared, document.meta.scope, language);
    let reason = match &verdict.outcome {
        Outcome::Missing if verdict.mention.is_some() => {
            "a clause names its subject but none says what it requires"
        }
        Outcome::Missing => "no clause addresses it",
        Outcome::Negated { .. } => "the only clauses that address it deny it",
        Outcome::Covered => "stated in full",
        Outcome::Partial(_) => "stated in part",
        Outcome::IncompleteDeviation(_) => "stated with parts the mandate requires left out",
        Outcome::Deviation { .. } => "a clause contradicts the mandate",
    };
    let _ = writeln!(out, "reason: {reason}");
    if let Some(finding) = evaluation.findings.iter().find(|f| f.rule == element.id) {
        let _ = writeln!(out, "finding: {}", finding.message);
    } else if let Some(r) = result.filter(|r| r.status.as_str() == "not-applicable") {
        let _ = writeln!(out, "finding: none ({} is moot here)", r.id);
    }
    out
}
