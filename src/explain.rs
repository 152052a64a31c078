//! `torlint explain` and `torlint rules`: the rule data as documentation.
//!
//! Everything here is generated from `rules/`, so the documentation cannot
//! drift from what the checker does; `docs/rules.md` is this module's
//! Markdown output, kept current by a test.

use std::fmt::Write as _;

use serde::Serialize;

use crate::cli::RulesFormat;
use crate::mandate::{Element, Mandate, localized};
use crate::model::{Language, Scope};
use crate::report::json::level_str;

fn scopes(element: &Element) -> String {
    if element.scopes.len() == Scope::ALL.len() {
        "all".to_string()
    } else {
        element
            .scopes
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The explanation of one element, or `None` for an unknown id.
#[must_use]
pub fn explain(mandate: &Mandate, id: &str, language: Language) -> Option<String> {
    let e = mandate.element(id)?;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} ({}, scope: {})",
        e.id,
        level_str(e.level),
        scopes(e)
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "What a compliant ToR says");
    let _ = writeln!(out, "  {}", localized(&e.summary, language));
    let _ = writeln!(out);
    let _ = writeln!(out, "Why it matters");
    let _ = writeln!(out, "  {}", localized(&e.why, language));
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "The mandate ({} § {})",
        e.source.document, e.source.section
    );
    let _ = writeln!(out, "  « {} »", e.source.text);
    if !e.items.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "Parts of a complete statement ({} of {} needed)",
            e.covered_with,
            e.items.len()
        );
        for item in &e.items {
            let _ = writeln!(out, "  - {}", localized(&item.name, language));
        }
    }
    if !e.deviations.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "Deviations");
        for d in &e.deviations {
            let _ = writeln!(out, "  - {}: {}", d.kind, localized(&d.message, language));
        }
    }
    if !e.pass_examples.is_empty() || !e.fail_examples.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "Examples");
        for p in &e.pass_examples {
            let _ = writeln!(out, "  pass: {p}");
        }
        for f in &e.fail_examples {
            let _ = writeln!(out, "  fail: {f}");
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "What to do");
    let _ = writeln!(out, "  {}", localized(&e.help, language));
    let _ = writeln!(out);
    for wording in Language::ALL {
        let _ = writeln!(out, "Suggested wording ({wording})");
        let _ = writeln!(out, "  {}", localized(&e.suggestion, wording));
    }
    Some(out)
}

#[derive(Serialize)]
struct RuleRow<'a> {
    id: &'a str,
    section: &'a str,
    level: &'static str,
    scope: Vec<&'static str>,
    summary: &'a str,
}

/// The list of elements in `format`.
#[must_use]
pub fn rules(mandate: &Mandate, format: RulesFormat, language: Language) -> String {
    match format {
        RulesFormat::Table => {
            let width = mandate
                .elements
                .iter()
                .map(|e| e.id.len())
                .max()
                .unwrap_or(0);
            let mut out = String::new();
            let _ = writeln!(
                out,
                "{:<width$}  {:<11}  {:<17}  summary",
                "id", "level", "scope"
            );
            for e in &mandate.elements {
                let _ = writeln!(
                    out,
                    "{:<width$}  {:<11}  {:<17}  {}",
                    e.id,
                    level_str(e.level),
                    scopes(e),
                    localized(&e.summary, language)
                );
            }
            out
        }
        RulesFormat::Json => {
            let rows: Vec<RuleRow<'_>> = mandate
                .elements
                .iter()
                .map(|e| RuleRow {
                    id: &e.id,
                    section: &e.section,
                    level: level_str(e.level),
                    scope: e.scopes.iter().map(|s| s.as_str()).collect(),
                    summary: localized(&e.summary, language),
                })
                .collect();
            crate::report::pretty_json(&rows)
        }
        RulesFormat::Markdown => markdown(mandate),
    }
}

/// The rule reference page, `docs/rules.md`.
fn markdown(mandate: &Mandate) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# torlint rule reference");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "Generated from `rules/` by `torlint rules --format markdown`; do not edit by hand."
    );
    let _ = writeln!(
        out,
        "Levels: `required` findings are errors, `recommended` warnings, `practice` notes."
    );
    for section in &mandate.sections {
        let elements: Vec<&Element> = mandate
            .elements
            .iter()
            .filter(|e| e.section == section.id)
            .collect();
        if elements.is_empty() {
            continue;
        }
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "## {} (`{}`)",
            localized(&section.name, Language::En),
            section.id
        );
        for e in elements {
            let _ = writeln!(out);
            let _ = writeln!(out, "### `{}`", e.id);
            let _ = writeln!(out);
            let _ = writeln!(out, "Level: {}. Scope: {}.", level_str(e.level), scopes(e));
            let _ = writeln!(out);
            let _ = writeln!(out, "{}", localized(&e.summary, Language::En));
            let _ = writeln!(out);
            let _ = writeln!(out, "*Why:* {}", localized(&e.why, Language::En));
            let _ = writeln!(out);
            let _ = writeln!(
                out,
                "> {} ({} § {})",
                e.source.text, e.source.document, e.source.section
            );
            if !e.deviations.is_empty() {
                let _ = writeln!(out);
                for d in &e.deviations {
                    let _ = writeln!(
                        out,
                        "- deviation `{}`: {}",
                        d.kind,
                        localized(&d.message, Language::En)
                    );
                }
            }
            for wording in Language::ALL {
                let text = localized(&e.suggestion, wording);
                let _ = writeln!(out);
                let _ = writeln!(
                    out,
                    "{}",
                    mandate.message("rules-wording", wording, &[("text", text)])
                );
            }
        }
    }
    out
}
