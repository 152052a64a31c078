//! `torlint explain` and `torlint rules`: the rule data as documentation.
//!
//! Everything here is generated from `rules/`, so the documentation cannot
//! drift from what the checker does; `docs/rules.md` is this module's
//! Markdown output, kept current by a test.

use std::fmt;

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

/// Write the explanation of element `e`.
///
/// # Errors
///
/// When `out` cannot be written.
pub fn explain(
    out: &mut dyn fmt::Write,
    mandate: &Mandate,
    e: &Element,
    language: Language,
) -> fmt::Result {
    writeln!(
        out,
        "{} ({}, scope: {})",
        e.id,
        level_str(e.level),
        scopes(e)
    )?;
    writeln!(out)?;
    writeln!(out, "What a compliant ToR says")?;
    writeln!(out, "  {}", localized(&e.summary, language))?;
    writeln!(out)?;
    writeln!(out, "Why it matters")?;
    writeln!(out, "  {}", localized(&e.why, language))?;
    writeln!(out)?;
    writeln!(
        out,
        "The mandate ({} § {})",
        e.source.document, e.source.section
    )?;
    writeln!(out, "  « {} »", e.source.text)?;
    if !e.items.is_empty() {
        writeln!(out)?;
        writeln!(
            out,
            "Parts of a complete statement ({} of {} needed)",
            e.covered_with,
            e.items.len()
        )?;
        for item in &e.items {
            writeln!(out, "  - {}", localized(&item.name, language))?;
        }
    }
    if !e.deviations.is_empty() {
        writeln!(out)?;
        writeln!(out, "Deviations")?;
        for d in &e.deviations {
            writeln!(out, "  - {}: {}", d.kind, localized(&d.message, language))?;
        }
    }
    if !e.pass_examples.is_empty() || !e.fail_examples.is_empty() {
        writeln!(out)?;
        writeln!(out, "Examples")?;
        for p in &e.pass_examples {
            writeln!(out, "  pass: {p}")?;
        }
        for f in &e.fail_examples {
            writeln!(out, "  fail: {f}")?;
        }
    }
    writeln!(out)?;
    writeln!(out, "What to do")?;
    writeln!(out, "  {}", localized(&e.help, language))?;
    writeln!(out)?;
    for wording in Language::ALL {
        writeln!(out, "Suggested wording ({wording})")?;
        writeln!(out, "  {}", mandate.suggestion(e, wording, None))?;
    }
    Ok(())
}

#[derive(Serialize)]
struct RuleRow<'a> {
    id: &'a str,
    section: &'a str,
    level: &'static str,
    scope: Vec<&'static str>,
    summary: &'a str,
}

/// Write the list of elements in `format`.
///
/// # Errors
///
/// When `out` cannot be written.
pub fn rules(
    out: &mut dyn fmt::Write,
    mandate: &Mandate,
    format: RulesFormat,
    language: Language,
) -> fmt::Result {
    match format {
        RulesFormat::Table => {
            let width = mandate
                .elements
                .iter()
                .map(|e| e.id.len())
                .max()
                .unwrap_or(0);
            writeln!(
                out,
                "{:<width$}  {:<11}  {:<17}  summary",
                "id", "level", "scope"
            )?;
            for e in &mandate.elements {
                writeln!(
                    out,
                    "{:<width$}  {:<11}  {:<17}  {}",
                    e.id,
                    level_str(e.level),
                    scopes(e),
                    localized(&e.summary, language)
                )?;
            }
            Ok(())
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
            out.write_str(&crate::report::pretty_json(&rows))
        }
        RulesFormat::Markdown => markdown(out, mandate),
    }
}

/// The rule reference page, `docs/rules.md`.
fn markdown(out: &mut dyn fmt::Write, mandate: &Mandate) -> fmt::Result {
    writeln!(out, "# torlint rule reference")?;
    writeln!(out)?;
    writeln!(
        out,
        "Generated from `rules/` by `torlint rules --format markdown`; do not edit by hand."
    )?;
    writeln!(
        out,
        "Levels: `required` findings are errors, `recommended` warnings, `practice` notes."
    )?;
    for section in &mandate.sections {
        let elements: Vec<&Element> = mandate
            .elements
            .iter()
            .filter(|e| e.section == section.id)
            .collect();
        if elements.is_empty() {
            continue;
        }
        writeln!(out)?;
        writeln!(
            out,
            "## {} (`{}`)",
            localized(&section.name, Language::En),
            section.id
        )?;
        for e in elements {
            writeln!(out)?;
            writeln!(out, "### `{}`", e.id)?;
            writeln!(out)?;
            writeln!(out, "Level: {}. Scope: {}.", level_str(e.level), scopes(e))?;
            writeln!(out)?;
            writeln!(out, "{}", localized(&e.summary, Language::En))?;
            writeln!(out)?;
            writeln!(out, "*Why:* {}", localized(&e.why, Language::En))?;
            writeln!(out)?;
            writeln!(
                out,
                "> {} ({} § {})",
                e.source.text, e.source.document, e.source.section
            )?;
            if !e.deviations.is_empty() {
                writeln!(out)?;
                for d in &e.deviations {
                    writeln!(
                        out,
                        "- deviation `{}`: {}",
                        d.kind,
                        localized(&d.message, Language::En)
                    )?;
                }
            }
            for wording in Language::ALL {
                let text = mandate.suggestion(e, wording, None);
                writeln!(out)?;
                writeln!(
                    out,
                    "{}",
                    mandate.message("rules-wording", wording, &[("text", &text)])
                )?;
            }
        }
    }
    Ok(())
}
