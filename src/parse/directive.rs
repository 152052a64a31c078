//! Directive comments: `<!-- torlint-disable ... -->` in Markdown, `#
//! torlint-disable ...` in YAML. The readers find them where the syntax puts
//! comments and record them in the document model as written; what they
//! waive is the engine's business ([`crate::engine::suppress`]).

use crate::model::Directive;
use crate::source::Span;

/// The word that opens a directive.
const KEYWORD: &str = "torlint-disable";

/// The directive a comment's text holds, if it holds one: `comment` is
/// what lies between the comment markers, `span` the whole comment.
fn directive(comment: &str, span: Span) -> Option<Directive> {
    let rest = comment.trim_start().strip_prefix(KEYWORD)?;
    let (file_wide, body) = match rest.strip_prefix("-file") {
        Some(body) => (true, body),
        None => (false, rest),
    };
    // "torlint-disabled" or "torlint-disable-next" are not the keyword.
    if body.starts_with(|c: char| c.is_alphanumeric() || c == '-' || c == '_') {
        return None;
    }
    Some(Directive {
        span,
        file_wide,
        body: body.trim().to_string(),
    })
}

/// The directives of the HTML at bytes `range` of the Markdown file `text`:
/// each `<!-- ... -->` comment in it that opens with the keyword.
#[must_use]
pub fn in_markdown_html(text: &str, range: std::ops::Range<usize>) -> Vec<Directive> {
    let mut found = Vec::new();
    let Some(html) = text.get(range.clone()) else {
        return found;
    };
    let mut from = 0;
    while let Some(open) = html.get(from..).and_then(|h| h.find("<!--")) {
        let start = from + open;
        let Some(close) = html.get(start + 4..).and_then(|h| h.find("-->")) else {
            break;
        };
        let end = start + 4 + close + 3;
        let comment = html.get(start + 4..end - 3).unwrap_or_default();
        let span = Span::new(range.start + start, range.start + end);
        found.extend(directive(comment, span));
        from = end;
    }
    found
}

/// The directives of the YAML file `text`: each comment (a `#` at the
/// start of a line or after a space) that opens with the keyword, to the
/// end of its line.
#[must_use]
pub fn in_yaml(text: &str) -> Vec<Directive> {
    let mut found = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let hashes = content.match_indices('#').map(|(at, _)| at);
        for at in hashes {
            let opens_comment = at == 0 || content[..at].ends_with([' ', '\t']);
            if !opens_comment {
                continue;
            }
            let span = Span::new(line_start + at, line_start + content.len());
            if let Some(d) = directive(&content[at + 1..], span) {
                found.push(d);
            }
            break;
        }
        line_start += line.len();
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_comments_are_found_with_their_reach() {
        let text = "Text <!-- torlint-disable decision.body -- agreed -->\n<!-- torlint-disable-file x -- y -->\n<!-- other -->";
        let found = in_markdown_html(text, 0..text.len());
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].body, "decision.body -- agreed");
        assert!(!found[0].file_wide);
        assert!(found[1].file_wide);
        assert_eq!(
            &text[found[0].span.start..found[0].span.end],
            "<!-- torlint-disable decision.body -- agreed -->"
        );
    }

    #[test]
    fn yaml_comments_need_a_space_before_the_hash() {
        let yaml = "sections:\n  # torlint-disable-file principles.statement -- annex\ntitle: \"Point#torlint-disable x\"\n";
        let found = in_yaml(yaml);
        assert_eq!(found.len(), 1);
        assert!(found[0].file_wide);
        assert_eq!(found[0].body, "principles.statement -- annex");
    }
}
