//! `--statistics`: how many findings each element has across the run,
//! most frequent first, to see where a repository of ToRs stands.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::RunReport;
use crate::mandate::Mandate;
use crate::model::Language;

/// Render counts per element and severity.
#[must_use]
pub fn render(report: &RunReport, mandate: &Mandate, language: Language) -> String {
    let mut counts: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for document in &report.documents {
        for finding in report.shown(document) {
            *counts
                .entry((finding.rule.as_str(), finding.severity.as_str()))
                .or_insert(0) += 1;
        }
    }
    let mut rows: Vec<_> = counts.into_iter().collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let width = rows
        .iter()
        .map(|((rule, _), _)| rule.len())
        .max()
        .unwrap_or(4);
    let mut out = String::new();
    for ((rule, severity), count) in rows {
        let _ = writeln!(out, "{count:>5}  {rule:<width$}  {severity}");
    }
    let _ = writeln!(out, "{}", report.summary().line(mandate, language));
    out
}
