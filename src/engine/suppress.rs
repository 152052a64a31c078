//! Suppression comments: a document's own, reasoned waivers.
//!
//! Markdown: `<!-- torlint-disable ID[, ID] -- reason -->` waives the next
//! clause, `<!-- torlint-disable-file ID -- reason -->` the whole document.
//! YAML: the same after `#` (`# torlint-disable ID -- reason`). A comment
//! after a clause on its own line waives that clause. A reason is
//! required; a waiver that matches no finding is itself reported, as ruff
//! reports an unused `noqa`.

use std::sync::LazyLock;

use regex::Regex;

use crate::error::{InputError, InputErrorKind};
use crate::finding::{Finding, FindingKind, Severity};
use crate::mandate::Mandate;
use crate::model::{Document, Language};
use crate::parse::Syntax;
use crate::source::Span;

/// `<!-- torlint-disable[-file] BODY -->`.
// No user input reaches this `expect`: the pattern is a constant, compiled
// by the unit test below, so it cannot fail at run time.
#[allow(clippy::expect_used)]
static MARKDOWN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?s)<!--\s*torlint-disable(-file)?\b(.*?)-->").expect("a valid pattern")
});

/// `# torlint-disable[-file] BODY` at the start of a line or after a space.
// No user input reaches this `expect`: the pattern is a constant, compiled
// by the unit test below, so it cannot fail at run time.
#[allow(clippy::expect_used)]
static YAML: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)(?:^|[ \t])#[ \t]*torlint-disable(-file)?\b([^\r\n]*)")
        .expect("a valid pattern")
});

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

/// Read the waivers of a document; malformed ones are input errors.
#[must_use]
pub fn waivers(
    document: &Document,
    syntax: Syntax,
    mandate: &Mandate,
) -> (Vec<Waiver>, Vec<InputError>) {
    let text = document.source.text();
    let pattern = match syntax {
        Syntax::Markdown => &*MARKDOWN,
        Syntax::Yaml => &*YAML,
    };
    let mut waivers = Vec::new();
    let mut errors = Vec::new();
    for captures in pattern.captures_iter(text) {
        let Some(whole) = captures.get(0) else {
            continue;
        };
        let span = Span::new(whole.start(), whole.end());
        let file_wide = captures.get(1).is_some();
        let body = captures.get(2).map_or("", |m| m.as_str()).trim();
        let (ids, reason) = match body.split_once("--") {
            Some((ids, reason)) => (ids, reason.trim()),
            None => (body, ""),
        };
        let ids: Vec<String> = ids
            .split([',', ' '])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        if ids.is_empty() {
            errors.push(
                InputError::new(
                    InputErrorKind::InvalidSuppression,
                    "this suppression names no element",
                    Some(span),
                )
                .with_help("write `torlint-disable ELEMENT-ID -- reason`"),
            );
            continue;
        }
        if let Some(unknown) = ids.iter().find(|id| mandate.element(id).is_none()) {
            errors.push(
                InputError::new(
                    InputErrorKind::InvalidSuppression,
                    format!(
                        "this suppression names an {}",
                        mandate.unknown_element(unknown, Language::En)
                    ),
                    Some(span),
                )
                .with_help("`torlint rules` lists the element ids"),
            );
            continue;
        }
        if reason.is_empty() {
            errors.push(
                InputError::new(
                    InputErrorKind::InvalidSuppression,
                    "this suppression gives no reason",
                    Some(span),
                )
                .with_help(format!(
                    "say why after `--`: `torlint-disable{} {} -- reason`",
                    if file_wide { "-file" } else { "" },
                    ids.join(", ")
                )),
            );
            continue;
        }
        let reach = if file_wide {
            Reach::File
        } else {
            Reach::Clause(waived_clause(document, text, span))
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

/// The clause a waiver at `span` covers: the one its line ends with when
/// the comment follows text on the same line (`text: ...  # torlint-disable
/// ...`), else the next one.
fn waived_clause(document: &Document, text: &str, span: Span) -> Option<Span> {
    let line_start = text
        .get(..span.start)
        .and_then(|before| before.rfind('\n'))
        .map_or(0, |at| at + 1);
    let after_text = text
        .get(line_start..span.start)
        .is_some_and(|before| !before.trim().is_empty());
    if after_text {
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
        kept.push(Finding {
            rule: "suppression.unused".to_string(),
            kind: FindingKind::UnusedSuppression,
            severity: Severity::Warning,
            message: mandate.message("unused-suppression", language, &[("ids", &ids)]),
            span: waiver.span,
            focus: None,
            label: mandate.message("label-unused-suppression", language, &[]),
            help: mandate.message("help-unused-suppression", language, &[]),
            suggestion: String::new(),
            related: Vec::new(),
            mandate: None,
        });
    }
    kept.sort_by(|a, b| (a.span.start, &a.rule).cmp(&(b.span.start, &b.rule)));
    (kept, suppressed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_find_both_comment_styles() {
        let md = "<!-- torlint-disable decision.body -- agreed with RCO -->\nText";
        let c = MARKDOWN
            .captures(md)
            .map(|c| c.get(2).map(|m| m.as_str().to_string()));
        assert_eq!(
            c,
            Some(Some(" decision.body -- agreed with RCO ".to_string()))
        );
        let yaml = "sections:\n  # torlint-disable-file principles.statement -- annex\n";
        let c = YAML.captures(yaml).map(|c| c.get(1).is_some());
        assert_eq!(c, Some(true));
        assert!(!YAML.is_match("title: \"Point#torlint-disable x\""));
    }
}
