//! Naming consistency: is one thing (the Global Compact) named one way
//! throughout the document?

use std::collections::BTreeMap;

use super::clauses::Prepared;
use crate::mandate::Mandate;
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
