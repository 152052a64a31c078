//! `--statistics`: how many findings each element has across the run,
//! most frequent first, to see where a repository of ToRs stands.

use std::collections::BTreeMap;
use std::io::{self, Write};

use super::{DocumentReport, Renderer, Summary};
use crate::finding::Severity;
use crate::mandate::Mandate;
use crate::model::Language;

/// Counts per element and severity, written at the end.
pub struct Statistics<'a> {
    mandate: &'a Mandate,
    language: Language,
    min: Severity,
    counts: BTreeMap<(String, Severity), usize>,
}

impl<'a> Statistics<'a> {
    /// Counts of findings at or above `min`, the summary in `language`.
    #[must_use]
    pub fn new(mandate: &'a Mandate, language: Language, min: Severity) -> Self {
        Self {
            mandate,
            language,
            min,
            counts: BTreeMap::new(),
        }
    }
}

impl Renderer for Statistics<'_> {
    fn document(&mut self, _out: &mut dyn Write, document: &DocumentReport) -> io::Result<()> {
        for finding in document.shown(self.min) {
            *self
                .counts
                .entry((finding.rule.clone(), finding.severity))
                .or_insert(0) += 1;
        }
        Ok(())
    }

    fn end(&mut self, out: &mut dyn Write, summary: &Summary) -> io::Result<()> {
        let mut rows: Vec<_> = self
            .counts
            .iter()
            .map(|((rule, severity), count)| (rule.as_str(), severity.as_str(), *count))
            .collect();
        rows.sort_by(|a, b| b.2.cmp(&a.2).then((a.0, a.1).cmp(&(b.0, b.1))));
        let width = rows
            .iter()
            .map(|(rule, _, _)| rule.len())
            .max()
            .unwrap_or(4);
        for (rule, severity, count) in rows {
            writeln!(out, "{count:>5}  {rule:<width$}  {severity}")?;
        }
        writeln!(out, "{}", summary.line(self.mandate, self.language))
    }
}
