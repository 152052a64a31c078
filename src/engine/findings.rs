//! Verdicts worded as findings: message, spans, labels, help and the mandate
//! passage, from the message templates in the rule data.

use super::clauses::Prepared;
use super::coverage::{Outcome, Verdict};
use super::naming::Variants;
use crate::finding::{Finding, FindingKind, MandateQuote, Related, Severity, Status, Translation};
use crate::mandate::{Atom, Denial, Element, Mandate, localized};
use crate::model::{Document, Language};
use crate::source::Span;

/// Words findings for one document.
pub struct Writer<'a> {
    /// The rules, for templates and names.
    pub mandate: &'a Mandate,
    /// The document, for headings.
    pub document: &'a Document,
    /// Its prepared clauses.
    pub clauses: &'a [Prepared],
    /// The language of messages.
    pub language: Language,
}

impl Writer<'_> {
    /// The region the document's network is in, from its front matter.
    fn region(&self) -> Option<&str> {
        let meta = &self.document.meta;
        [meta.region.as_deref(), meta.country.as_deref()]
            .into_iter()
            .flatten()
            .find_map(|place| self.mandate.regions.of_place(place))
    }

    fn message(&self, key: &str, args: &[(&str, &str)]) -> String {
        self.mandate.message(key, self.language, args)
    }

    /// "A, B and C" in the message language.
    fn list(&self, names: &[String]) -> String {
        match names {
            [] => self.message("none-named", &[]),
            [one] => one.clone(),
            [init @ .., last] => format!("{} {} {last}", init.join(", "), self.message("and", &[])),
        }
    }

    fn entity_names(&self, keys: &[String]) -> String {
        let names: Vec<String> = keys
            .iter()
            .filter_map(|k| self.mandate.terms.get(k))
            .map(|t| localized(&t.name, self.language).to_string())
            .collect();
        self.list(&names)
    }

    fn item_names(&self, element: &Element, indices: &[usize]) -> String {
        let names: Vec<String> = indices
            .iter()
            .filter_map(|&i| element.items.get(i))
            .map(|item| localized(&item.name, self.language).to_string())
            .collect();
        self.list(&names)
    }

    fn base(&self, element: &Element, kind: FindingKind, message: String, span: Span) -> Finding {
        let doc_language = self.document.meta.language;
        Finding {
            rule: element.id.clone(),
            kind,
            severity: Severity::from_level(element.level),
            message,
            span,
            focus: None,
            label: String::new(),
            help: localized(&element.help, self.language).to_string(),
            suggestion: self
                .mandate
                .suggestion(element, doc_language, self.region()),
            related: Vec::new(),
            mandate: Some(MandateQuote {
                source: format!("{} § {}", element.source.document, element.source.section),
                text: element.source.text.clone(),
                translation: element
                    .source
                    .translation
                    .get(doc_language.as_str())
                    .map(|text| Translation {
                        language: doc_language,
                        text: text.clone(),
                    }),
            }),
        }
    }

    /// Where a missing element belongs: its section's heading, else the
    /// document title, else the start of the file.
    fn home(&self, element: &Element) -> (Span, String) {
        let section_name = self
            .mandate
            .section(&element.section)
            .map_or(element.section.as_str(), |s| {
                localized(&s.name, self.language)
            });
        let heading = self
            .document
            .sections
            .iter()
            .find(|s| s.id.as_deref() == Some(element.section.as_str()));
        match heading {
            Some(section) => (
                section.span,
                self.message(
                    "label-missing",
                    &[("element", localized(&element.title, self.language))],
                ),
            ),
            None => (
                self.document
                    .title
                    .or_else(|| self.document.sections.first().map(|s| s.span))
                    .unwrap_or_default(),
                format!(
                    "{} ({section_name})",
                    self.message("label-missing-title", &[])
                ),
            ),
        }
    }

    /// The finding for a verdict, if it calls for one.
    #[must_use]
    pub fn finding(&self, element: &Element, verdict: &Verdict) -> Option<Finding> {
        let summary = localized(&element.summary, self.language);
        let focus = verdict
            .focus
            .as_ref()
            .and_then(|(i, r)| self.clauses.get(*i).map(|c| (c.span, c.span_of(r.clone()))));
        match &verdict.outcome {
            Outcome::Covered => None,
            Outcome::Negated { clause, focus } => {
                let prepared = self.clauses.get(*clause)?;
                let kind = match element.denial {
                    Denial::Deviation => FindingKind::Deviation,
                    Denial::Missing => FindingKind::Missing,
                };
                let mut finding = self.base(
                    element,
                    kind,
                    self.message("negated", &[("summary", summary)]),
                    prepared.span,
                );
                finding.focus = Some(prepared.span_of(focus.clone()));
                finding.label = self.message("label-negated", &[]);
                Some(finding)
            }
            Outcome::Missing if verdict.mention.is_some() => self
                .mentioned(element, verdict)
                .or_else(|| Some(self.missing(element))),
            Outcome::Missing => Some(self.missing(element)),
            Outcome::Partial(missing) | Outcome::IncompleteDeviation(missing) => {
                let (span, words) = focus?;
                let names = self.item_names(element, missing);
                let (kind, key, label) = if matches!(verdict.outcome, Outcome::Partial(_)) {
                    (FindingKind::Partial, "partial", "label-partial")
                } else {
                    (
                        FindingKind::Deviation,
                        "incomplete-deviation",
                        "label-deviation",
                    )
                };
                let mut finding = self.base(
                    element,
                    kind,
                    self.message(key, &[("missing", &names)]),
                    span,
                );
                finding.focus = Some(words);
                finding.label = self.message(label, &[]);
                Some(finding)
            }
            Outcome::Deviation {
                rule,
                clause,
                focus,
                entities,
            } => {
                let prepared = self.clauses.get(*clause)?;
                let template = element
                    .deviations
                    .get(*rule)
                    .map_or("", |d| localized(&d.message, self.language));
                // Name the entities; failing that, quote the words.
                let named = if entities.is_empty() {
                    let words = self.document.source.slice(prepared.span_of(focus.clone()));
                    self.message("quoted", &[("text", words)])
                } else {
                    self.entity_names(entities)
                };
                let message = crate::mandate::fill(template, &[("entities", &named)]);
                let mut finding =
                    self.base(element, FindingKind::Deviation, message, prepared.span);
                finding.focus = Some(prepared.span_of(focus.clone()));
                finding.label = self.message("label-deviation", &[]);
                Some(finding)
            }
        }
    }

    /// A missing element, at its home.
    fn missing(&self, element: &Element) -> Finding {
        let summary = localized(&element.summary, self.language);
        let (span, label) = self.home(element);
        let mut finding = self.base(
            element,
            FindingKind::Missing,
            self.message("missing", &[("summary", summary)]),
            span,
        );
        finding.label = label;
        finding
    }

    /// A missing element whose subject a clause names: at that clause,
    /// saying what it lacks.
    fn mentioned(&self, element: &Element, verdict: &Verdict) -> Option<Finding> {
        let (clause, words) = verdict.mention.as_ref()?;
        let prepared = self.clauses.get(*clause)?;
        let lacks = localized(&element.lacks, self.language);
        let lacks = if lacks.is_empty() {
            localized(&element.summary, self.language)
        } else {
            lacks
        };
        let subject = self.subject_name(element)?;
        let mut finding = self.base(
            element,
            FindingKind::Missing,
            self.message("mentioned", &[("subject", &subject), ("lacks", lacks)]),
            prepared.span,
        );
        finding.focus = Some(prepared.span_of(words.clone()));
        finding.label = self.message("label-mentioned", &[]);
        Some(finding)
    }

    /// How messages name the subject of `element`'s first statement.
    fn subject_name(&self, element: &Element) -> Option<String> {
        let atom = element.says.first()?.groups.first()?.first()?;
        let name = match atom {
            Atom::Concept(i) => &self.mandate.lexicon.concepts.get(*i)?.name,
            Atom::Term(i) => &self.mandate.terms.values().nth(*i)?.name,
            Atom::Label => return None,
        };
        let name = localized(name, self.language);
        (!name.is_empty()).then(|| name.to_string())
    }

    /// The status and finding of a naming-consistency element.
    #[must_use]
    pub fn naming(&self, element: &Element, variants: &Variants) -> (Status, Option<Finding>) {
        let Some(mixed) = variants
            .mixed()
            .next()
            .cloned()
            .or_else(|| variants.across_languages(self.mandate))
        else {
            return (Status::Covered, None);
        };
        let name = |key: &str| {
            self.mandate
                .terms
                .get(key)
                .map_or(key, |t| localized(&t.name, self.language))
                .to_string()
        };
        let names: Vec<String> = mixed.keys().map(|k| format!("\"{}\"", name(k))).collect();
        // Point at the first use of the least used variant.
        let Some((minority, spans)) = mixed.iter().min_by_key(|(_, spans)| spans.len()) else {
            return (Status::Covered, None);
        };
        let first = spans.first().copied().unwrap_or_default();
        let clause_span = self
            .clauses
            .iter()
            .find(|c| c.span.start <= first.start && first.end <= c.span.end)
            .map_or(first, |c| c.span);
        let mut finding = self.base(
            element,
            FindingKind::Deviation,
            self.message("naming-mixed", &[("variants", &self.list(&names))]),
            clause_span,
        );
        finding.focus = Some(first);
        finding.label = self.message("variant-here", &[("variant", &name(minority))]);
        let mut related: Vec<Related> = mixed
            .iter()
            .flat_map(|(key, spans)| {
                let message = self.message("variant-here", &[("variant", &name(key))]);
                spans.iter().map(move |span| Related {
                    message: message.clone(),
                    span: *span,
                })
            })
            .filter(|r| r.span != first)
            .collect();
        related.sort_by_key(|r| r.span);
        finding.related = related;
        (Status::Deviation, Some(finding))
    }
}
