//! Split YAML front matter from a Markdown body by hand.
//!
//! Only a `---` on the very first line (after an optional BOM) opens front
//! matter; a `---` pair later in the body is a thematic break, never metadata.

use crate::error::{InputError, InputErrorKind};
use crate::parse::meta::YamlSlice;
use crate::source::Span;

/// A Markdown file cut into front matter and body.
#[derive(Debug, Clone, Copy)]
pub struct Split<'a> {
    /// The front matter's YAML, if the file has front matter.
    pub front: Option<YamlSlice<'a>>,
    /// Byte offset where the Markdown body starts.
    pub body_start: usize,
}

/// Iterate over lines with their byte offsets, keeping line ends out.
fn lines_with_offsets(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut offset = 0;
    text.split_inclusive('\n').map(move |line| {
        let at = offset;
        offset += line.len();
        (at, line)
    })
}

fn is_fence(line: &str, closing: bool) -> bool {
    let line = line.trim_end_matches(['\n', '\r']).trim_end();
    line == "---" || (closing && line == "...")
}

/// Find the front matter of `text` (the whole file, BOM included).
///
/// # Errors
///
/// Front matter that is opened but never closed.
pub fn split(text: &str) -> Result<Split<'_>, InputError> {
    let bom = if text.starts_with('\u{FEFF}') { 3 } else { 0 };
    let rest = text.get(bom..).unwrap_or("");
    let mut lines = lines_with_offsets(rest);
    let Some((_, first)) = lines.next() else {
        return Ok(Split {
            front: None,
            body_start: bom,
        });
    };
    if !is_fence(first, false) {
        return Ok(Split {
            front: None,
            body_start: bom,
        });
    }
    let yaml_start = bom + first.len();
    for (at, line) in lines {
        if is_fence(line, true) {
            let yaml = text.get(yaml_start..bom + at).unwrap_or("");
            return Ok(Split {
                front: Some(YamlSlice {
                    text: yaml,
                    base: yaml_start,
                    line_base: 1,
                }),
                body_start: bom + at + line.len(),
            });
        }
    }
    let opening = Span::new(bom, bom + first.trim_end_matches(['\n', '\r']).len());
    Err(InputError::stated(
        InputErrorKind::UnclosedFrontMatter,
        "input-unclosed-front-matter",
        Some(opening),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_after_a_bom_with_crlf() {
        let text = "\u{FEFF}---\r\nscope: national\r\n---\r\n# Titre\r\n";
        let split = split(text).unwrap_or(Split {
            front: None,
            body_start: 0,
        });
        let front = split.front.map(|f| f.text);
        assert_eq!(front, Some("scope: national\r\n"));
        assert_eq!(text.get(split.body_start..), Some("# Titre\r\n"));
    }

    #[test]
    fn a_later_rule_pair_is_not_front_matter() {
        let text = "# T\n\n---\nfoo: bar\n---\n";
        let split = split(text).ok().map(|s| (s.front.is_some(), s.body_start));
        assert_eq!(split, Some((false, 0)));
    }

    #[test]
    fn unclosed_front_matter_is_an_error_on_the_opening_line() {
        let err = split("---\nscope: national\n# T\n").err();
        assert_eq!(
            err.map(|e| (e.kind, e.span)),
            Some((InputErrorKind::UnclosedFrontMatter, Some(Span::new(0, 3))))
        );
    }
}
