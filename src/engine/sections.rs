//! Sections classified: which section of the mandate each heading of a
//! document stands for.
//!
//! Readers record headings as written, with the heading each one sits
//! under; this stage reads their titles against the rule data, so that a
//! reader never depends on the mandate and a user's own section titles
//! (`rules/`) reach every syntax at once.

use crate::error::{InputError, InputErrorKind};
use crate::mandate::Mandate;
use crate::model::Document;

/// Give each section of `document` the mandate section its title names (a
/// sub-heading that names none takes its parent's), check the ids a YAML
/// entry gives, and find the document's title: the first heading before any
/// clause that names no section.
///
/// # Errors
///
/// Every section id given that the mandate does not know, each with its
/// span.
pub fn classify(document: &mut Document, mandate: &Mandate) -> Result<(), Vec<InputError>> {
    let known = mandate.section_ids();
    let mut errors = Vec::new();
    // Sections before the one holding the first clause precede every clause.
    let before_clauses = document
        .clauses
        .first()
        .map_or(document.sections.len(), |c| c.section.map_or(0, |s| s + 1));
    let mut title = None;
    let mut ids: Vec<Option<String>> = Vec::with_capacity(document.sections.len());
    for (at, section) in document.sections.iter().enumerate() {
        let id = match (&section.id, section.declared) {
            (Some(given), Some(span)) if !known.contains(&given.as_str()) => {
                errors.push(InputError::worded(
                    InputErrorKind::WrongShape,
                    "input-section-id",
                    vec![("id", given.clone()), ("ids", known.join(", "))],
                    Some(span),
                ));
                None
            }
            (Some(given), _) => Some(given.clone()),
            (None, _) => {
                let own = mandate.section_for(&section.title).map(str::to_string);
                if own.is_none() && title.is_none() && at < before_clauses {
                    title = Some(section.span);
                }
                // A parent comes before its sub-headings, so its id is known.
                own.or_else(|| section.parent.and_then(|p| ids.get(p).cloned().flatten()))
            }
        };
        ids.push(id);
    }
    for (section, id) in document.sections.iter_mut().zip(ids) {
        section.id = id;
    }
    document.title = title;
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{self, Syntax};

    fn classified(name: &str, text: &str) -> Result<Document, Vec<InputError>> {
        let syntax = Syntax::of(std::path::Path::new(name)).unwrap_or(Syntax::Markdown);
        let mandate = Mandate::embedded().unwrap_or_else(|e| panic!("rules: {e}"));
        let mut document = parse::read(name, text.as_bytes(), syntax)
            .document
            .unwrap_or_else(|| panic!("{name} does not read"));
        classify(&mut document, &mandate).map(|()| document)
    }

    fn ids(document: &Document) -> Vec<Option<&str>> {
        document.sections.iter().map(|s| s.id.as_deref()).collect()
    }

    #[test]
    fn a_sub_heading_takes_its_parents_section_unless_it_names_one() {
        let text = "# ToR\n\n## Secrétariat\n\n### Fonctions\n\nIl prépare.\n\n### Bilan annuel\n\nUne fois par an.\n\n## Annexe\n\nListe.\n";
        let document = classified("t.md", text).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(
            ids(&document),
            [
                None,
                Some("secretariat"),
                Some("secretariat"),
                Some("review"),
                None
            ]
        );
        let title = document.title.map(|s| &text[s.start..s.end]);
        assert_eq!(title, Some("ToR"));
    }

    #[test]
    fn a_heading_after_a_clause_is_not_the_title() {
        let document = classified("t.md", "Préambule.\n\n## Annexe\n\nListe.\n")
            .unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(document.title, None);
    }

    #[test]
    fn every_unknown_section_id_is_reported_where_it_is_given() {
        let text = "sections:\n  - section: secretariat\n    clauses: [IOM.]\n  - section: secretary\n    clauses: [IOM.]\n  - section: reveiw\n    clauses: [Yearly.]\n";
        let errors = classified("t.yaml", text).err().unwrap_or_default();
        let spans: Vec<&str> = errors
            .iter()
            .filter_map(|e| e.span)
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(spans, ["secretary", "reveiw"]);
    }
}
