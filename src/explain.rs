//! `torlint explain` and `torlint rules`: the rule data as documentation.
//!
//! Everything here is generated from `rules/`, so the documentation cannot
//! drift from what the checker does; `docs/rules.md` is this module's
//! Markdown output, kept current by a test.

use std::fmt;

use serde::Serialize;

use crate::cli::RulesFormat;
use crate::mandate::{Element, Mandate, fill, localized};
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

/// The scopes an element applies to, in `language`.
fn scopes_in(mandate: &Mandate, element: &Element, language: Language) -> String {
    if element.scopes.len() == Scope::ALL.len() {
        mandate.message("scope-all", language, &[])
    } else {
        element
            .scopes
            .iter()
            .map(|s| mandate.message(&format!("scope-{}", s.as_str()), language, &[]))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Write the mandate passage `e` comes from, with its translation into
/// `language` when the rules give one.
fn passage(
    out: &mut dyn fmt::Write,
    mandate: &Mandate,
    e: &Element,
    language: Language,
) -> fmt::Result {
    let source = &e.source;
    let heading = mandate.message(
        "explain-mandate",
        language,
        &[("document", &source.document), ("section", &source.section)],
    );
    writeln!(out, "{heading}")?;
    writeln!(out, "  « {} »", source.text)?;
    if let Some(translation) = source.translation.get(language.as_str()) {
        let line = mandate.message("explain-translation", language, &[("text", translation)]);
        writeln!(out, "  {line}")?;
    }
    Ok(())
}

/// Write the explanation of element `e`, every word in `language`: the
/// examples written in another language are left out, and the wording to
/// paste is given in `language` alone.
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
    let say = |key: &str, args: &[(&str, &str)]| mandate.message(key, language, args);
    let level = say(&format!("level-{}", level_str(e.level)), &[]);
    writeln!(
        out,
        "{}",
        say(
            "explain-heading",
            &[
                ("id", &e.id),
                ("title", localized(&e.title, language)),
                ("level", &level),
                ("scope", &scopes_in(mandate, e, language)),
            ]
        )
    )?;
    writeln!(out)?;
    writeln!(out, "{}", say("explain-summary", &[]))?;
    writeln!(out, "  {}", localized(&e.summary, language))?;
    writeln!(out)?;
    writeln!(out, "{}", say("explain-why", &[]))?;
    writeln!(out, "  {}", localized(&e.why, language))?;
    writeln!(out)?;
    passage(out, mandate, e, language)?;
    if !e.items.is_empty() {
        writeln!(out)?;
        let needed = e.covered_with.to_string();
        let total = e.items.len().to_string();
        writeln!(
            out,
            "{}",
            say("explain-items", &[("needed", &needed), ("total", &total)])
        )?;
        for item in &e.items {
            writeln!(out, "  - {}", localized(&item.name, language))?;
        }
    }
    if !e.deviations.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", say("explain-deviations", &[]))?;
        let entities = say("explain-entities", &[]);
        for d in &e.deviations {
            let message = fill(localized(&d.message, language), &[("entities", &entities)]);
            writeln!(out, "  - {message}")?;
        }
    }
    let in_language = |example: &&String| Language::detect([example.as_str()]) == language;
    let passes: Vec<_> = e.pass_examples.iter().filter(in_language).collect();
    let fails: Vec<_> = e.fail_examples.iter().filter(in_language).collect();
    if !passes.is_empty() || !fails.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", say("explain-examples", &[]))?;
        let complies = say("explain-complies", &[]);
        for p in passes {
            writeln!(out, "  {complies} {p}")?;
        }
        let falls_short = say("explain-falls-short", &[]);
        for f in fails {
            writeln!(out, "  {falls_short} {f}")?;
        }
    }
    writeln!(out)?;
    writeln!(out, "{}", say("explain-help", &[]))?;
    writeln!(out, "  {}", localized(&e.help, language))?;
    writeln!(out)?;
    writeln!(out, "{}", say("explain-wording", &[]))?;
    writeln!(out, "  {}", mandate.suggestion(e, language, None))?;
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
            writeln!(out, "### `{}`: {}", e.id, localized(&e.title, Language::En))?;
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
            if let Some(translation) = e.source.translation.get(Language::En.as_str()) {
                writeln!(out, ">\n> *Translated from the French:* {translation}")?;
            }
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
