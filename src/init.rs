//! `torlint init`: a ToR skeleton that states every element of the mandate,
//! in any language the rules speak, from the suggested wording in the rule data, with
//! the local choices left as clearly marked placeholders.

use std::fmt;

use crate::mandate::{Mandate, localized};
use crate::model::{Language, Scope};

/// Write the skeleton of a ToR for `country` (or region) at `scope`, in
/// region `region` (an id of `rules/regions.yaml`), whose frameworks it
/// names; `None` names none.
///
/// # Errors
///
/// When `out` cannot be written.
pub fn skeleton(
    out: &mut dyn fmt::Write,
    mandate: &Mandate,
    language: Language,
    scope: Scope,
    place: &str,
    region: Option<&str>,
) -> fmt::Result {
    let place_key = if scope == Scope::Regional {
        "region"
    } else {
        "country"
    };
    writeln!(
        out,
        "---\nnetwork: UN Network on Migration\nscope: {scope}\n{place_key}: \"{}\"\nlanguage: {language}\nstatus: draft\n---\n",
        place.replace('"', "'")
    )?;
    writeln!(
        out,
        "<!-- {} -->\n",
        mandate.message("init-comment", language, &[])
    )?;
    writeln!(
        out,
        "# {}\n",
        mandate.message("init-title", language, &[("place", place)])
    )?;
    // Two elements may suggest the same sentence ("decisions are taken by
    // consensus of the Executive Committee" says who and how): it is
    // written once.
    let mut written = std::collections::BTreeSet::new();
    for section in &mandate.sections {
        let clauses: Vec<String> = mandate
            .elements
            .iter()
            .filter(|e| e.section == section.id && e.applies_to(scope))
            .filter(|e| e.consistent_naming.is_none())
            .map(|e| mandate.suggestion(e, language, region))
            .filter(|clause| written.insert(clause.clone()))
            .collect();
        if clauses.is_empty() {
            continue;
        }
        writeln!(out, "## {}\n", localized(&section.name, language))?;
        for clause in clauses {
            writeln!(out, "{clause}\n")?;
        }
    }
    Ok(())
}
