//! Suppression comments: a document's own, reasoned waivers.
//!
//! Markdown: `<!-- torlint-disable ID[, ID] -- reason -->` waives the next
//! clause, `<!-- torlint-disable-file ID -- reason -->` the whole document.
//! YAML: the same after `#` (`# torlint-disable ID -- reason`). A comment
//! after a clause on its own line waives that clause. A reason is
//! required; a waiver that matches no finding is itself reported, as ruff
//! reports an unused `noqa`. The readers record the comments in the
//! document model ([`crate::parse::directive`]); this module reads what
//! they waive.

use crate::error::{InputError, InputErrorKind};
use crate::finding::{Finding, FindingKind};
use crate::mandate::Mandate;
use crate::model::{Directive, Document, Language};
use crate::source::Span;

/// What a waiver covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// The whole document.
    File,
    /// One clause (its span), or nothing when no clause follows.
    Clause(Option<Span>),
}

/// One suppression comment.
#[derive(Debug, Clone)]
pub struct Waiver {
    /// Element ids it waives.
    pub ids: Vec<String>,
    /// Why.
    pub reason: String,
    /// The comment's span.
    pub span: Span,
    /// What it covers.
    pub reach: Reach,
    /// Whether it waived a finding.
    pub used: bool,
}

/// A finding set aside by a waiver, kept for reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suppressed {
    /// The finding.
    pub finding: Finding,
    /// The waiver's reason.
    pub reason: String,
}

/// Read the waivers of a document from the directive comments its reader
/// recorded; malformed ones are input errors, worded in `language`.
#[must_use]
pub fn waivers(
    document: &Document,
    mandate: &Mandate,
    language: Language,
) -> (Vec<Waiver>, Vec<InputError>) {
    let mut waivers = Vec::new();
    let mut errors = Vec::new();
    for directive in &document.directives {
        let span = directive.span;
        let file_wide = directive.file_wide;
        let (ids, reason) = match directive.body.split_once("--") {
            Some((ids, reason)) => (ids, reason.trim()),
            None => (directive.body.as_str(), ""),
        };
        let ids: Vec<String> = ids
            .split([',', ' '])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        let error = |key: &'static str, args: Vec<(&'static str, String)>| {
            let mut error =
                InputError::worded(InputErrorKind::InvalidSuppression, key, args, Some(span));
            error.word(mandate, language);
            error
        };
        if ids.is_empty() {
            errors.push(error("input-suppression-no-element", Vec::new()));
            continue;
        }
        if let Some(unknown) = ids.iter().find(|id| mandate.element(id).is_none()) {
            let unknown = mandate.unknown_element(unknown, language);
            errors.push(error(
                "input-suppression-unknown",
                vec![("unknown", unknown)],
            ));
            continue;
        }
        if reason.is_empty() {
            let directive = if file_wide {
                "torlint-disable-file"
            } else {
                "torlint-disable"
            };
            errors.push(error(
                "input-suppression-no-reason",
                vec![
                    ("directive", directive.to_string()),
                    ("ids", ids.join(", ")),
                ],
            ));
            continue;
        }
        let reach = if file_wide {
            Reach::File
        } else {
            Reach::Clause(waived_clause(document, directive))
        };
        waivers.push(Waiver {
            ids,
            reason: reason.to_string(),
            span,
            reach,
            used: false,
        });
    }
    (waivers, errors)
}

/// The clause a directive covers: the one its line ends with when the
/// comment follows text on the same line (`text: ...  # torlint-disable
/// ...`), else the next one.
fn waived_clause(document: &Document, directive: &Directive) -> Option<Span> {
    let span = directive.span;
    let text = document.source.text();
    let line_start = text
        .get(..span.start)
        .and_then(|before| before.rfind('\n'))
        .map_or(0, |at| at + 1);
    let trailing = text
        .get(line_start..span.start)
        .is_some_and(|before| !before.trim().is_empty());
    if trailing {
        document
            .clauses
            .iter()
            .rev()
            .find(|c| c.span.start < span.start && c.span.end > line_start)
            .map(|c| c.span)
    } else {
        document
            .clauses
            .iter()
            .find(|c| c.span.start >= span.end)
            .map(|c| c.span)
    }
}

fn covers(waiver: &Waiver, finding: &Finding) -> bool {
    waiver.ids.contains(&finding.rule)
        && match waiver.reach {
            Reach::File => true,
            Reach::Clause(Some(clause)) => {
                finding.span.start < clause.end && clause.start < finding.span.end
            }
            Reach::Clause(None) => false,
        }
}

/// Set aside the findings the waivers cover; report unused waivers as
/// findings of their own.
#[must_use]
pub fn apply(
    findings: Vec<Finding>,
    waivers: &mut [Waiver],
    mandate: &Mandate,
    language: Language,
) -> (Vec<Finding>, Vec<Suppressed>) {
    let mut kept = Vec::new();
    let mut suppressed = Vec::new();
    for finding in findings {
        match waivers.iter_mut().find(|w| covers(w, &finding)) {
            Some(waiver) => {
                waiver.used = true;
                suppressed.push(Suppressed {
                    finding,
                    reason: waiver.reason.clone(),
                });
            }
            None => kept.push(finding),
        }
    }
    for waiver in waivers.iter().filter(|w| !w.used) {
        let ids = waiver.ids.join(", ");
        kept.push(Finding::warning(
            "suppression.unused",
            FindingKind::UnusedSuppression,
            waiver.span,
            mandate.message("unused-suppression", language, &[("ids", &ids)]),
            mandate.message("label-unused-suppression", language, &[]),
            mandate.message("help-unused-suppression", language, &[]),
        ));
    }
    kept.sort_by(|a, b| (a.span.start, &a.rule).cmp(&(b.span.start, &b.rule)));
    (kept, suppressed)
}
