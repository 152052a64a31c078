//! Readers: bytes on disk -> [`Document`], or input errors with spans.
//!
//! One module per syntax (Markdown with front matter, YAML); both produce the
//! same model. Checks that apply to any file (empty, binary, not UTF-8) run
//! here first. Readers know the syntax, not the mandate: which section of
//! the mandate a heading stands for is the engine's to decide.

pub mod directive;
pub mod front_matter;
pub mod markdown;
pub mod meta;
pub mod yaml;

use std::path::Path;

use crate::error::{InputError, InputErrorKind};
use crate::model::{Document, Language, Meta};
use crate::source::{SourceFile, Span};
use crate::text::fold::fold;

/// The syntaxes torlint reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    /// `.md`, `.markdown`.
    Markdown,
    /// `.yaml`, `.yml`.
    Yaml,
}

impl Syntax {
    /// The syntax a path's extension names, if torlint reads it.
    #[must_use]
    pub fn of(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "md" | "markdown" => Some(Syntax::Markdown),
            "yaml" | "yml" => Some(Syntax::Yaml),
            _ => None,
        }
    }
}

/// What reading one file gave: the source (for rendering errors) and either a
/// document or the errors that stopped it.
#[derive(Debug)]
pub struct ReadOutcome {
    /// The file as read (lossy text for invalid UTF-8, empty if unreadable).
    pub source: SourceFile,
    /// The document, when it could be read.
    pub document: Option<Document>,
    /// Input errors.
    pub errors: Vec<InputError>,
}

impl ReadOutcome {
    fn failed(source: SourceFile, error: InputError) -> Self {
        Self {
            source,
            document: None,
            errors: vec![error],
        }
    }
}

/// Read the bytes of the file shown as `name`.
#[must_use]
pub fn read(name: &str, bytes: &[u8], syntax: Syntax) -> ReadOutcome {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let source = SourceFile::new(name, String::from_utf8_lossy(bytes).into_owned());
            let at = err.valid_up_to();
            // Lossy decoding keeps every byte before the first bad one.
            let error = if bytes.contains(&0) {
                binary_error()
            } else {
                InputError::worded(
                    InputErrorKind::InvalidUtf8,
                    "input-invalid-utf8",
                    vec![("offset", at.to_string())],
                    Some(Span::new(at, at + "\u{FFFD}".len())),
                )
            };
            return ReadOutcome::failed(source, error);
        }
    };
    read_source(SourceFile::new(name, text), syntax)
}

/// Read a document already decoded, such as the import of a Word file held
/// in memory.
#[must_use]
pub fn read_source(source: SourceFile, syntax: Syntax) -> ReadOutcome {
    let text = source.text();
    if text.contains('\0') {
        return ReadOutcome::failed(source, binary_error());
    }
    let bom = if text.starts_with('\u{FEFF}') { 3 } else { 0 };
    if text.get(bom..).is_none_or(|t| t.trim().is_empty()) {
        let error = InputError::stated(InputErrorKind::Empty, "input-empty", None);
        return ReadOutcome::failed(source, error);
    }
    let result = match syntax {
        Syntax::Markdown => read_markdown(&source),
        Syntax::Yaml => yaml::read(&source, bom).map(|doc| Document {
            source: source.clone(),
            meta: doc.meta,
            title: None,
            sections: doc.sections,
            clauses: doc.clauses,
            directives: directive::in_yaml(source.text()),
        }),
    };
    match result {
        Ok(mut document) => {
            if document.clauses.is_empty() {
                let error = InputError::stated(
                    InputErrorKind::Empty,
                    "input-no-clauses",
                    document.sections.first().map(|s| s.span),
                );
                return ReadOutcome::failed(source, error);
            }
            if !document.meta.language_given {
                document.meta.language = detect_language(&document);
            }
            ReadOutcome {
                source,
                document: Some(document),
                errors: Vec::new(),
            }
        }
        Err(error) => ReadOutcome::failed(source, error),
    }
}

fn binary_error() -> InputError {
    InputError::stated(InputErrorKind::Binary, "input-binary", None)
}

fn read_markdown(source: &SourceFile) -> Result<Document, InputError> {
    let split = front_matter::split(source.text())?;
    let meta = match split.front {
        Some(slice) if !slice.text.trim().is_empty() => {
            let keys = slice.parse(source)?;
            meta::build_meta(keys, &slice, source, &[])?
        }
        _ => Meta::default(),
    };
    let body_text = source.text().get(split.body_start..).unwrap_or("");
    let body = markdown::read(body_text, split.body_start);
    Ok(Document {
        source: source.clone(),
        meta,
        title: None,
        sections: body.sections,
        clauses: body.clauses,
        directives: body.directives,
    })
}

/// Guess the language from the function words of the first clauses.
fn detect_language(document: &Document) -> Language {
    let folded: Vec<String> = document
        .clauses
        .iter()
        .take(40)
        .map(|c| fold(&c.text))
        .collect();
    Language::detect(folded.iter().map(String::as_str))
}
