//! Accent and case folding with a map back to the original bytes.
//!
//! Rule patterns are written in folded form ("enonce de mission",
//! "secretariat"), so "Énoncé", "ENONCÉ" and "Enoncé" all match. Every folded
//! byte remembers the original character it came from, so a match on the
//! folded text still points at the exact bytes of the file.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::source::Span;

/// The middle dot of French inclusive writing ("président·e·s").
fn is_inclusive_point(ch: char) -> bool {
    matches!(ch, '\u{00B7}' | '\u{22C5}')
}

/// Most letters of an ending in brackets ("(trice)", "(e)", "(s)").
const ENDING_LETTERS: usize = 5;

/// The endings French inclusive writing puts after a slash.
const SLASH_ENDINGS: [&str; 6] = ["e", "es", "trice", "trices", "rice", "euse"];

/// The length of the inclusive ending `rest` opens with, if it does:
/// "(trice)" or "(e)" (a few small letters in brackets), or "/trice" from
/// the few endings written after a slash; in both cases followed by a
/// letter-free character.
fn inclusive_ending(rest: &str) -> Option<usize> {
    let (letters, close) = if let Some(inner) = rest.strip_prefix('(') {
        let end = inner.find(')')?;
        (inner.get(..end)?, 2)
    } else {
        let inner = rest.strip_prefix('/')?;
        let end = inner
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(inner.len());
        let letters = inner.get(..end)?;
        (SLASH_ENDINGS.contains(&letters).then_some(letters)?, 1)
    };
    let len = letters.len() + close;
    let ok = (1..=ENDING_LETTERS).contains(&letters.len())
        && letters.chars().all(|c| c.is_ascii_lowercase())
        && !rest[len..].starts_with(char::is_alphabetic);
    ok.then_some(len)
}

/// Folded text with, for every folded byte, the span of the original
/// character it came from.
#[derive(Debug, Clone, Default)]
pub struct Folded {
    text: String,
    origin: Vec<(usize, usize)>,
}

impl Folded {
    /// Fold `source`, whose first byte stands at `base` in the file.
    ///
    /// Lowercases, strips accents, writes `œ`/`æ` as `oe`/`ae`, unifies
    /// apostrophes, quotes and dashes, drops Markdown emphasis markers and
    /// the feminine and plural endings of French inclusive writing
    /// ("coordonnateur·rice résident·e", "Coordonnateur(trice)
    /// résident(e)" and "coordonnateur/trice" read "coordonnateur
    /// resident"),
    /// reads an arrow as the colon of a label ("Secretaría → OIM"), and
    /// collapses every run of white space to one space.
    #[must_use]
    pub fn new(source: &str, base: usize) -> Self {
        let mut folded = Folded {
            text: String::with_capacity(source.len()),
            origin: Vec::with_capacity(source.len()),
        };
        let mut pending_space: Option<(usize, usize)> = None;
        // Inside the suffix of an inclusive form ("résident·e·s"), dropped.
        let mut inclusive = false;
        // The end of an ending in brackets or after a slash, dropped.
        let mut skip_to = 0;
        for (i, ch) in source.char_indices() {
            if i < skip_to {
                continue;
            }
            let at = (base + i, base + i + ch.len_utf8());
            if inclusive {
                if ch.is_alphabetic() || is_inclusive_point(ch) {
                    continue;
                }
                inclusive = false;
            }
            if is_inclusive_point(ch)
                && folded.text.ends_with(char::is_alphabetic)
                && source[i + ch.len_utf8()..].starts_with(char::is_alphabetic)
            {
                inclusive = true;
                continue;
            }
            // "Coordonnateur(trice) résident(e)", "coordonnateur/trice":
            // the ending in brackets or after a slash goes with it.
            if matches!(ch, '(' | '/')
                && pending_space.is_none()
                && folded.text.ends_with(char::is_alphabetic)
                && let Some(len) = inclusive_ending(&source[i..])
            {
                skip_to = i + len;
                continue;
            }
            // Fast path: most of a ToR is ASCII letters and punctuation.
            if ch.is_ascii_alphanumeric()
                || matches!(ch, '.' | ',' | ';' | ':' | '\'' | '(' | ')' | '-' | '/')
            {
                if let Some(space) = pending_space.take() {
                    folded.push(' ', space);
                }
                folded.text.push(ch.to_ascii_lowercase());
                folded.origin.push(at);
                continue;
            }
            if ch.is_whitespace() {
                if pending_space.is_none() && !folded.text.is_empty() {
                    pending_space = Some(at);
                }
                continue;
            }
            if matches!(ch, '*' | '\u{00AD}' | '\u{200B}' | '\u{FEFF}') {
                continue;
            }
            if let Some(space) = pending_space.take() {
                folded.push(' ', space);
            }
            match ch {
                '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{00B4}' | '`' => folded.push('\'', at),
                '\u{00AB}' | '\u{00BB}' | '\u{201C}' | '\u{201D}' => folded.push('"', at),
                '\u{2010}'..='\u{2015}' => folded.push('-', at),
                // "Secrétariat → OIM" in slides and notes: a label and its value.
                '\u{2192}' | '\u{21D2}' | '\u{27F6}' | '\u{2794}' | '\u{279C}' => {
                    folded.push(':', at);
                }
                'œ' | 'Œ' => folded.push_str("oe", at),
                'æ' | 'Æ' => folded.push_str("ae", at),
                'ß' => folded.push_str("ss", at),
                _ => {
                    for base_char in ch.nfd().filter(|c| !is_combining_mark(*c)) {
                        for lower in base_char.to_lowercase() {
                            folded.push(lower, at);
                        }
                    }
                }
            }
        }
        folded
    }

    fn push(&mut self, ch: char, at: (usize, usize)) {
        self.text.push(ch);
        for _ in 0..ch.len_utf8() {
            self.origin.push(at);
        }
    }

    fn push_str(&mut self, s: &str, at: (usize, usize)) {
        for ch in s.chars() {
            self.push(ch, at);
        }
    }

    /// The folded text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Blank out what a template leaves to be filled in: bracketed
    /// instructions ("[Describe the procedure]", "[name]") and runs of
    /// underscores ("____"). Link texts ("[text](url)") stay. Every byte
    /// keeps its place, so spans are unchanged. Gives the file span of
    /// each placeholder blanked.
    pub fn blank_placeholders(&mut self) -> Vec<Span> {
        let bytes = self.text.as_bytes();
        let mut blank: Vec<std::ops::Range<usize>> = Vec::new();
        let mut at = 0;
        while let Some(open) = bytes
            .get(at..)
            .and_then(|b| b.iter().position(|&c| c == b'['))
        {
            let start = at + open;
            let Some(close) = bytes
                .get(start + 1..)
                .and_then(|b| b.iter().position(|&c| c == b'[' || c == b']'))
                .map(|k| start + 1 + k)
            else {
                break;
            };
            let link = matches!(bytes.get(close + 1), Some(b'(' | b'[' | b':'));
            if bytes.get(close) == Some(&b']') && !link {
                blank.push(start..close + 1);
            }
            at = close;
        }
        let mut run = None;
        for (i, &c) in bytes
            .iter()
            .enumerate()
            .chain(std::iter::once((bytes.len(), &b' ')))
        {
            match (c == b'_', run) {
                (true, None) => run = Some(i),
                (false, Some(start)) => {
                    if i - start >= 3 {
                        blank.push(start..i);
                    }
                    run = None;
                }
                _ => {}
            }
        }
        let spans = blank
            .iter()
            .filter_map(|r| self.original(r.start, r.end))
            .collect();
        self.blank(blank);
        spans
    }

    /// Replace folded bytes `ranges` (each between two ASCII characters or
    /// the ends) by spaces: words that are there but say nothing.
    pub fn blank(&mut self, ranges: impl IntoIterator<Item = std::ops::Range<usize>>) {
        let mut text = std::mem::take(&mut self.text).into_bytes();
        for range in ranges {
            for byte in text.get_mut(range).unwrap_or_default() {
                *byte = b' ';
            }
        }
        // Only whole characters were replaced, by as many ASCII spaces.
        self.text = String::from_utf8(text).unwrap_or_default();
    }

    /// The file span of the original characters behind folded bytes
    /// `start..end`.
    #[must_use]
    pub fn original(&self, start: usize, end: usize) -> Option<Span> {
        let first = self.origin.get(start)?;
        let last = self.origin.get(end.checked_sub(1)?)?;
        // Appended text may come from earlier in the file (see `append`).
        Some(Span::new(first.0.min(last.0), first.1.max(last.1)))
    }

    /// Add bytes `range` of `other` after a space, each keeping its
    /// origin: a table row read with the header cells its marks point at.
    pub fn append(&mut self, other: &Folded, range: std::ops::Range<usize>) {
        let (Some(text), Some(origin)) = (other.text.get(range.clone()), other.origin.get(range))
        else {
            return;
        };
        let Some(&first) = origin.first() else {
            return;
        };
        self.push(' ', first);
        self.text.push_str(text);
        self.origin.extend_from_slice(origin);
    }
}

/// Fold a short string (a title, a pattern) without keeping the map.
#[must_use]
pub fn fold(source: &str) -> String {
    Folded::new(source, 0).text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inclusive_endings_are_dropped_and_spans_kept() {
        let text = "le/la Coordonnateur·rice résident·e et les coprésident·e·s · OIM";
        let folded = Folded::new(text, 0);
        assert_eq!(
            folded.as_str(),
            "le/la coordonnateur resident et les copresident · oim"
        );
        let at = folded.as_str().find("resident").unwrap_or_default();
        let span = folded.original(at, at + "resident".len());
        assert_eq!(span.map(|s| &text[s.start..s.end]), Some("résident"));
    }

    #[test]
    fn endings_in_brackets_or_after_a_slash_are_dropped_but_not_asides() {
        let text = "le/la Coordonnateur(trice) résident(e), le/la coordonnateur/trice, l'OIM (IOM) et (a) les membres";
        assert_eq!(
            Folded::new(text, 0).as_str(),
            "le/la coordonnateur resident, le/la coordonnateur, l'oim (iom) et (a) les membres"
        );
    }

    #[test]
    fn a_template_s_placeholders_are_blanked_in_place() {
        let mut folded = Folded::new("Meetings: [Describe] every ____ at [the office](x).", 0);
        let before = folded.as_str().len();
        let spans = folded.blank_placeholders();
        assert_eq!(
            spans,
            [Span::new(10, 20), Span::new(27, 31)],
            "[Describe], ____"
        );
        assert_eq!(folded.as_str().len(), before);
        assert_eq!(
            folded.as_str().split_whitespace().collect::<Vec<_>>(),
            ["meetings:", "every", "at", "[the", "office](x)."]
        );
        let mut plain = Folded::new("IOM (the Organization) holds it.", 0);
        assert!(plain.blank_placeholders().is_empty());
    }

    #[test]
    fn accents_case_and_ligatures_fold() {
        assert_eq!(fold("ÉNONCÉ de  Mission"), "enonce de mission");
        assert_eq!(fold("mise en œuvre"), "mise en oeuvre");
        assert_eq!(fold("l’OIM"), "l'oim");
        assert_eq!(fold("**Secrétariat**"), "secretariat");
    }

    #[test]
    fn matches_map_back_to_original_bytes() {
        let source = "Le Réseau : Modalités d’organisation";
        let folded = Folded::new(source, 100);
        let at = folded
            .as_str()
            .find("modalites d'organisation")
            .unwrap_or_default();
        let span = folded
            .original(at, at + "modalites d'organisation".len())
            .unwrap_or_default();
        assert_eq!(
            source.get(span.start - 100..span.end - 100),
            Some("Modalités d’organisation")
        );
    }

    #[test]
    fn white_space_runs_collapse_to_one_space() {
        let folded = Folded::new("a \n\t b", 0);
        assert_eq!(folded.as_str(), "a b");
        assert_eq!(folded.original(1, 2), Some(Span::new(1, 2)));
    }
}
