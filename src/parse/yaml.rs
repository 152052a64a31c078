//! YAML reader: the `sections:` shape of interfaces.md, every clause and
//! metadata value with the exact span of its scalar.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::error::{InputError, InputErrorKind};
use crate::model::{Clause, ClauseKind, Meta, Section};
use crate::parse::meta::{YamlSlice, build_meta};
use crate::source::{SourceFile, Span};

/// The structural part of a YAML ToR. Metadata keys are read separately,
/// because serde-saphyr loses spans inside flattened structs.
#[derive(Debug, Deserialize)]
struct RawDocument {
    sections: Option<Spanned<Vec<Spanned<RawSection>>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSection {
    title: Option<Spanned<String>>,
    section: Option<Spanned<String>>,
    /// `clauses:` left empty (null) is a section without clauses.
    #[serde(default)]
    clauses: Option<Vec<Spanned<String>>>,
}

/// A YAML ToR read into metadata, sections and clauses.
#[derive(Debug)]
pub struct YamlDocument {
    /// Top-level keys other than `sections`.
    pub meta: Meta,
    /// Sections in order.
    pub sections: Vec<Section>,
    /// Clauses in order.
    pub clauses: Vec<Clause>,
}

/// Read a whole YAML document (after a BOM at `base`).
///
/// # Errors
///
/// YAML that does not parse, or a document whose shape is not a ToR's
/// (no `sections`, a section without clauses).
pub fn read(file: &SourceFile, base: usize) -> Result<YamlDocument, InputError> {
    let slice = YamlSlice {
        text: file.text().get(base..).unwrap_or(""),
        base,
        line_base: 0,
    };
    let keys: BTreeMap<String, Spanned<serde_json::Value>> = slice.parse(file)?;
    let raw: RawDocument = slice.parse(file)?;
    let meta = build_meta(keys, &slice, file, &["sections"])?;
    let Some(raw_sections) = raw.sections else {
        return Err(InputError::stated(
            InputErrorKind::WrongShape,
            "input-yaml-no-sections",
            Some(Span::new(base, base)),
        ));
    };
    let mut sections = Vec::new();
    let mut clauses = Vec::new();
    for entry in raw_sections.value {
        let entry_span = slice.span_of(&entry.referenced, file);
        let raw_section = entry.value;
        let (title, title_span) = match &raw_section.title {
            Some(t) => (t.value.clone(), slice.value_span(t, file)),
            None => (String::new(), entry_span),
        };
        let id = raw_section
            .section
            .as_ref()
            .map(|given| given.value.clone());
        let declared = raw_section
            .section
            .as_ref()
            .map(|given| slice.value_span(given, file));
        let span = match declared {
            Some(given) if raw_section.title.is_none() => given,
            _ => title_span,
        };
        sections.push(Section {
            title: if title.is_empty() {
                id.clone().unwrap_or_default()
            } else {
                title
            },
            id,
            declared,
            parent: None,
            level: 2,
            span,
        });
        // YAML has no lists within a section: a clause that ends with a colon
        // ("Les coprésidents du Réseau veilleront à :") introduces the ones
        // after it, as a paragraph before a Markdown list does.
        let mut lead = None;
        for clause in raw_section.clauses.unwrap_or_default() {
            let introduces = clause.value.trim_end().ends_with(':');
            clauses.push(Clause {
                span: slice.value_span(&clause, file),
                text: clause.value,
                kind: ClauseKind::Paragraph,
                section: Some(sections.len() - 1),
                lead,
            });
            if introduces {
                lead = Some(clauses.len() - 1);
            }
        }
    }
    Ok(YamlDocument {
        meta,
        sections,
        clauses,
    })
}
