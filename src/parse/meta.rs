//! Metadata keys (front matter or a YAML document's top level) and the
//! serde-saphyr plumbing that turns its locations into file spans.

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde_saphyr::{Location, Spanned};

use crate::error::{InputError, InputErrorKind};
use crate::model::{Language, Meta, MetaValue, Scope};
use crate::source::{SourceFile, Span};

/// A YAML slice of a file: its text and where it starts.
#[derive(Debug, Clone, Copy)]
pub struct YamlSlice<'a> {
    /// The YAML text.
    pub text: &'a str,
    /// Byte offset of `text` in the file.
    pub base: usize,
    /// Lines of the file before `text`.
    pub line_base: usize,
}

impl YamlSlice<'_> {
    /// Deserialise the slice, turning a YAML error into a spanned input error.
    ///
    /// # Errors
    ///
    /// YAML that does not parse into `T`, spanned in the file.
    pub fn parse<T: DeserializeOwned>(&self, file: &SourceFile) -> Result<T, InputError> {
        serde_saphyr::from_str(self.text).map_err(|err| {
            let span = err.location().map(|loc| self.span_of(&loc, file));
            let mut options = serde_saphyr::RenderOptions::default();
            options.snippets = serde_saphyr::SnippetMode::Off;
            let message = clean_message(&err.render_with_options(options));
            let kind = if is_shape_error(&message) {
                InputErrorKind::WrongShape
            } else {
                InputErrorKind::MalformedYaml
            };
            InputError::new(kind, message, span)
        })
    }

    /// The file span of a serde-saphyr location in this slice.
    #[must_use]
    pub fn span_of(&self, loc: &Location, file: &SourceFile) -> Span {
        let span = loc.span();
        if let (Some(offset), Some(len)) = (span.byte_offset(), span.byte_len()) {
            let start = self.base + usize::try_from(offset).unwrap_or(0);
            Span::new(start, start + usize::try_from(len).unwrap_or(0))
        } else {
            let line = usize::try_from(loc.line()).unwrap_or(1) + self.line_base;
            let column = usize::try_from(loc.column()).unwrap_or(1);
            let start = file.offset_of(line, column);
            let end = file
                .text()
                .get(start..)
                .and_then(|rest| rest.chars().next())
                .map_or(start, |c| start + c.len_utf8());
            Span::new(start, end)
        }
    }

    /// The file span of a spanned value, trimmed of quotes and the white
    /// space a block scalar carries, so it covers the value's own bytes.
    pub fn value_span<T>(&self, value: &Spanned<T>, file: &SourceFile) -> Span {
        let span = self.span_of(&value.referenced, file);
        trim_scalar(file, span)
    }
}

/// Narrow a scalar's span to its content: no surrounding quotes, no block
/// indicator, no trailing white space.
fn trim_scalar(file: &SourceFile, span: Span) -> Span {
    let raw = file.slice(span);
    let mut start = span.start;
    let mut text = raw;
    if let Some(rest) = text.strip_prefix(['|', '>']) {
        // Block scalar: the content starts on the next line.
        let header = rest.find('\n').map_or(rest.len(), |i| i + 1);
        let skipped = raw.len() - rest.len() + header;
        start += skipped;
        text = raw.get(skipped..).unwrap_or("");
    }
    let leading = text.len() - text.trim_start().len();
    start += leading;
    text = text.trim();
    for quote in ['"', '\''] {
        if text.len() >= 2 && text.starts_with(quote) && text.ends_with(quote) {
            start += 1;
            text = text.get(1..text.len() - 1).unwrap_or("");
            break;
        }
    }
    Span::new(start, start + text.len())
}

/// Drop serde-saphyr's "error: line N column M:" prefix: the span says where.
fn clean_message(rendered: &str) -> String {
    let first = rendered.lines().next().unwrap_or(rendered).trim();
    let first = first.strip_prefix("error:").unwrap_or(first).trim();
    let without_position = match first.find(": ") {
        Some(i) if first.starts_with("line ") => first.get(i + 2..).unwrap_or(first),
        _ => first,
    };
    without_position.trim().to_string()
}

fn is_shape_error(message: &str) -> bool {
    [
        "invalid type",
        "expected",
        "unknown field",
        "missing field",
        "duplicate",
    ]
    .iter()
    .any(|needle| message.contains(needle))
        && !message.contains("unclosed")
}

/// Build [`Meta`] from the keys of a YAML mapping, checking the known ones.
///
/// `skip` names keys that are document structure, not metadata
/// (`sections` in a YAML ToR).
///
/// # Errors
///
/// A known key with a value of the wrong kind or out of its list
/// (scope, language), spanned in the file.
pub fn build_meta(
    keys: BTreeMap<String, Spanned<serde_json::Value>>,
    slice: &YamlSlice<'_>,
    file: &SourceFile,
    skip: &[&str],
) -> Result<Meta, InputError> {
    let mut meta = Meta::default();
    for (key, value) in keys {
        if skip.contains(&key.as_str()) {
            continue;
        }
        let span = slice.value_span(&value, file);
        let text = match &value.value {
            serde_json::Value::String(s) => Some(s.clone()),
            serde_json::Value::Number(n) => Some(n.to_string()),
            serde_json::Value::Bool(b) => Some(b.to_string()),
            _ => None,
        };
        let wrong_type = || {
            InputError::worded(
                InputErrorKind::WrongShape,
                "input-meta-not-single",
                vec![("key", key.clone())],
                Some(span),
            )
        };
        match key.as_str() {
            "scope" => {
                let text = text.ok_or_else(wrong_type)?;
                meta.scope = Scope::parse(&text).ok_or_else(|| {
                    InputError::worded(
                        InputErrorKind::WrongShape,
                        "input-meta-scope",
                        vec![("value", text.clone())],
                        Some(span),
                    )
                })?;
                meta.scope_given = true;
            }
            "language" => {
                let text = text.ok_or_else(wrong_type)?;
                meta.language = Language::parse(&text).ok_or_else(|| {
                    InputError::worded(
                        InputErrorKind::WrongShape,
                        "input-meta-language",
                        vec![("value", text.clone()), ("codes", Language::codes())],
                        Some(span),
                    )
                })?;
                meta.language_given = true;
            }
            "country" => meta.country = Some(text.ok_or_else(wrong_type)?),
            "region" => meta.region = Some(text.ok_or_else(wrong_type)?),
            "version" => meta.version = Some(text.ok_or_else(wrong_type)?),
            "status" => meta.status = Some(text.ok_or_else(wrong_type)?),
            _ => {}
        }
        meta.raw.insert(
            key,
            MetaValue {
                value: value.value,
                span: Some(span),
            },
        );
    }
    Ok(meta)
}
