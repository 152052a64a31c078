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
    /// Where a name is given its acronym in brackets ("Pacto Mundial para
    /// una Migración Segura, Ordenada y Regular (GCM)"): the name and the
    /// acronym there are one, and say nothing of which is used.
    pub definitions: Vec<Span>,
}

impl Variants {
    /// The families in which more than one variant is used.
    pub fn mixed(&self) -> impl Iterator<Item = &BTreeMap<String, Vec<Span>>> {
        self.families.values().filter(|v| v.len() > 1)
    }

    /// Every variant used, when they share no language ("Pacto Mundial"
    /// and "GCM"), though no family holds two. The name an acronym is
    /// defined after ("Pacto Mundial ... (GCM)") is not counted there, but
    /// the same name used again elsewhere is.
    #[must_use]
    pub fn across_languages(&self, mandate: &Mandate) -> Option<BTreeMap<String, Vec<Span>>> {
        let mut common: Option<Vec<Language>> = None;
        let defined = |span: &Span| {
            self.definitions
                .iter()
                .any(|d| d.start <= span.start && span.end <= d.end)
        };
        let used = self
            .families
            .values()
            .flatten()
            .filter(|(_, spans)| !spans.iter().all(defined))
            .map(|(key, _)| key);
        for key in used {
            let Some(languages) = mandate
                .terms
                .get(key)
                .map(|t| &t.languages)
                .filter(|l| !l.is_empty())
            else {
                continue;
            };
            common = Some(match common {
                None => languages.clone(),
                Some(shared) => shared
                    .into_iter()
                    .filter(|l| languages.contains(l))
                    .collect(),
            });
        }
        // Every variant used, once it is known they are mixed.
        common.is_some_and(|shared| shared.is_empty()).then(|| {
            self.families
                .values()
                .flatten()
                .map(|(key, spans)| (key.clone(), spans.clone()))
                .collect()
        })
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

/// How far before a bracketed acronym its name is looked for.
const DEFINITION_BYTES: usize = 120;

/// Collect the variants of the families named `{prefix}-*` used in the
/// clauses; the vocabulary term `{prefix}` names the thing itself.
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
        let mut spans = Vec::new();
        // An acronym the document defines as another name ("Presidency of
        // Migration Management (PMM)") is not a name of this thing.
        let mut defined_otherwise = false;
        for clause in clauses {
            for found in clause.find_all(&term.pattern) {
                let before = clause.text().get(..found.start).unwrap_or_default();
                if before.trim_end().ends_with('(') {
                    let from = before.len().saturating_sub(DEFINITION_BYTES);
                    let name = (from..before.len())
                        .find_map(|k| before.get(k..))
                        .unwrap_or_default();
                    let named_at = mandate
                        .terms
                        .get(prefix)
                        .and_then(|own| own.pattern.find(name.as_bytes()));
                    match named_at {
                        Some(at) => {
                            let start = before.len() - name.len() + at.start;
                            variants.definitions.push(clause.span_of(start..found.end));
                        }
                        None => defined_otherwise = true,
                    }
                }
                spans.push(clause.span_of(found));
            }
        }
        if !spans.is_empty() && !defined_otherwise {
            variants
                .families
                .entry(family.to_string())
                .or_default()
                .insert(term.key.clone(), spans);
        }
    }
    variants
}
