//! Clauses prepared for matching: folded once, with the map back to the
//! file, and the section each one stands in.

use std::ops::Range;

use regex::bytes::Regex;

use crate::model::Document;
use crate::source::Span;
use crate::text::fold::Folded;

/// A clause ready to match.
#[derive(Debug)]
pub struct Prepared {
    /// Index into the document's clauses.
    pub index: usize,
    /// The clause's span in the file.
    pub span: Span,
    /// The folded clause text.
    pub folded: Folded,
    /// The mandate section its heading names, if any.
    pub section: Option<String>,
    /// Index of the clause that introduces its list, if any.
    pub lead: Option<usize>,
}

impl Prepared {
    /// The folded text.
    #[must_use]
    pub fn text(&self) -> &str {
        self.folded.as_str()
    }

    /// The first match of `re` within folded bytes `range`, as a folded range.
    #[must_use]
    pub fn find(&self, re: &Regex, range: Range<usize>) -> Option<Range<usize>> {
        let text = self.text();
        let end = range.end.min(text.len());
        let start = range.start.min(end);
        let hay = text.as_bytes().get(..end)?;
        re.find_at(hay, start).map(|m| m.range())
    }

    /// Every match of `re` in the clause, as folded ranges.
    pub fn find_all<'a>(&'a self, re: &'a Regex) -> impl Iterator<Item = Range<usize>> + 'a {
        re.find_iter(self.text().as_bytes()).map(|m| m.range())
    }

    /// The whole clause, as a folded range.
    #[must_use]
    pub fn whole(&self) -> Range<usize> {
        0..self.text().len()
    }

    /// The clause's main part: up to the first phrase that introduces a
    /// supporting role ("with the support of").
    #[must_use]
    pub fn main_part(&self, support: Option<&Regex>) -> Range<usize> {
        let end = support
            .and_then(|re| re.find(self.text().as_bytes()))
            .map_or(self.text().len(), |m| m.start());
        0..end
    }

    /// The file span of a folded range.
    #[must_use]
    pub fn span_of(&self, range: Range<usize>) -> Span {
        self.folded
            .original(range.start, range.end)
            .unwrap_or(self.span)
    }
}

/// Fold every clause of a document.
#[must_use]
pub fn prepare(document: &Document) -> Vec<Prepared> {
    document
        .clauses
        .iter()
        .enumerate()
        .map(|(index, clause)| Prepared {
            index,
            span: clause.span,
            folded: Folded::new(document.clause_source(clause), clause.span.start),
            section: document.section_id(clause).map(str::to_string),
            lead: clause.lead,
        })
        .collect()
}
