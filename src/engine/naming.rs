//! Naming consistency: is one thing (the Global Compact) named one way
//! throughout the document?

use std::collections::BTreeMap;

use super::clauses::Prepared;
use crate::mandate::{Mandate, localized};
use crate::model::Language;
use crate::source::Span;

/// Every place each variant of a naming family is used.
#[derive(Debug, Clone, Default)]
pub struct Variants {
    /// Per family, per vocabulary key, the spans where that variant is used.
    pub families: BTreeMap<String, BTreeMap<String, Vec<Span>>>,
}

impl Variants {
    /// The families in which more than one variant is used.
    pub fn mixed(&self) -> impl Iterator<Item = &BTreeMap<String, Vec<Span>>> {
        self.families.values().filter(|v| v.len() > 1)
    }

    /// The names of every variant used, most used first, for reports.
    #[must_use]
    pub fn used_names(&self, mandate: &Mandate, language: Language) -> String {
        let mut used: Vec<(usize, String)> = self
            .families
            .values()
            .flatten()
            .map(|(key, spans)| {
                let name = mandate
                    .terms
                    .get(key)
                    .map_or(key.as_str(), |t| localized(&t.name, language));
                (spans.len(), name.to_string())
            })
            .collect();
        used.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        used.into_iter()
            .map(|(_, n)| n)
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Collect the variants of the families named `{prefix}-*` used in the clauses.
#[must_use]
pub fn collect(mandate: &Mandate, prefix: &str, clauses: &[Prepared]) -> Variants {
    let family_prefix = format!("{prefix}-");
    let mut variants = Variants::default();
    for term in mandate.terms.values() {
        let Some(family) = term
            .family
            .as_deref()
            .filter(|f| f.starts_with(&family_prefix))
        else {
            continue;
        };
        let spans: Vec<Span> = clauses
            .iter()
            .flat_map(|c| c.find_all(&term.pattern).map(|r| c.span_of(r)))
            .collect();
        if !spans.is_empty() {
            variants
                .families
                .entry(family.to_string())
                .or_default()
                .insert(term.key.clone(), spans);
        }
    }
    variants
}
