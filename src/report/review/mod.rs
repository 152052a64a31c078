//! A one-document review for the people who validate a draft: the ToR's
//! own text, each finding marked on the words it is about, with the
//! element named in plain words, the severity said in words, what to do,
//! the wording to paste and the mandate passage. Two formats share this
//! layout: an HTML page to read and print ([`html`]), and a Word document
//! whose comments carry the findings ([`docx`]), for review the way RCO
//! staff review, by comments.
//!
//! This module knows the text's blocks (headings, paragraphs, list items,
//! table rows) and where each finding's words start and end in them; the
//! formats only write what it lays out.

pub mod docx;
pub mod html;

use crate::finding::{Finding, FindingKind, Severity};
use crate::mandate::Mandate;
use crate::model::Language;
use crate::source::{Place, SourceFile, Span};

/// What a block of the text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// A heading, with its level (1 for `#`).
    Heading(u8),
    /// A paragraph or a table row.
    Paragraph,
    /// A list item.
    Item,
    /// The front matter: the document's metadata, not its words.
    Meta,
}

/// One block of the text as a reader sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// What it is.
    pub kind: BlockKind,
    /// A list item's bullet or number as the reader sees it ("•", "2.").
    pub marker: Option<String>,
    /// Its lines, Markdown marker included.
    pub whole: Span,
    /// Its words, after the marker.
    pub content: Span,
}

/// The blocks of a Markdown or YAML text, in order: a block ends at a blank
/// line, and a heading, a list item and a table row are each one block.
#[must_use]
pub fn blocks(text: &str) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut open = false;
    let mut offset = 0;
    let mut front_matter = text.starts_with("---\n") || text.starts_with("---\r\n");
    let mut first = true;
    for raw in text.split_inclusive('\n') {
        let start = offset;
        offset += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        let end = start + line.len();
        if front_matter {
            if first {
                first = false;
                blocks.push(Block {
                    kind: BlockKind::Meta,
                    marker: None,
                    whole: Span::new(start, end),
                    content: Span::new(offset, offset),
                });
                continue;
            }
            if let Some(meta) = blocks.last_mut() {
                meta.whole.end = end;
                if line.trim() == "---" || line.trim() == "..." {
                    front_matter = false;
                } else {
                    if meta.content.is_empty() {
                        meta.content.start = start;
                    }
                    meta.content.end = end;
                }
            }
            continue;
        }
        first = false;
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        if trimmed.is_empty() {
            open = false;
            continue;
        }
        if trimmed.starts_with('|') && trimmed.chars().all(|c| "|-: ".contains(c)) {
            open = false;
            continue;
        }
        // A setext underline makes the paragraph above it a heading; a
        // rule on its own is no words.
        let rule = |c: char| trimmed.len() >= 2 && trimmed.chars().all(|t| t == c);
        if rule('=') || rule('-') || rule('*') || rule('_') {
            if open
                && let Some(last) = blocks.last_mut()
                && last.kind == BlockKind::Paragraph
                && !trimmed.starts_with(['*', '_'])
            {
                last.kind = BlockKind::Heading(if trimmed.starts_with('=') { 1 } else { 2 });
                last.whole.end = end;
            }
            open = false;
            continue;
        }
        let opened = opening(trimmed);
        if opened.is_none()
            && open
            && let Some(last) = blocks.last_mut()
        {
            last.whole.end = end;
            last.content.end = end;
            continue;
        }
        let (kind, marker, skip) = opened.unwrap_or((BlockKind::Paragraph, None, 0));
        let content_start = start + indent + skip;
        blocks.push(Block {
            kind,
            marker,
            whole: Span::new(start, end),
            content: Span::new(content_start.min(end), end),
        });
        // A heading and a table row are one line; a list item and a
        // paragraph go on until a blank line or the next block.
        open = matches!(kind, BlockKind::Paragraph | BlockKind::Item) && !trimmed.starts_with('|');
    }
    blocks
}

/// A line that opens a block of its own: its kind, its marker as the
/// reader sees it, and the bytes of Markdown before its words.
fn opening(line: &str) -> Option<(BlockKind, Option<String>, usize)> {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&hashes) && line[hashes..].starts_with(' ') {
        let level = u8::try_from(hashes).unwrap_or(6);
        let words = line[hashes..].trim_start();
        return Some((BlockKind::Heading(level), None, line.len() - words.len()));
    }
    for bullet in ["- ", "* ", "+ "] {
        if let Some(rest) = line.strip_prefix(bullet) {
            let words = rest.trim_start();
            return Some((
                BlockKind::Item,
                Some("•".to_string()),
                line.len() - words.len(),
            ));
        }
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let after = &line[digits..];
        if let Some(rest) = after
            .strip_prefix(". ")
            .or_else(|| after.strip_prefix(") "))
        {
            let words = rest.trim_start();
            let marker = line[..=digits].to_string();
            return Some((BlockKind::Item, Some(marker), line.len() - words.len()));
        }
    }
    if line.starts_with('|') {
        return Some((BlockKind::Paragraph, None, 0));
    }
    None
}

/// A finding placed in the text: its number in the review and its words.
#[derive(Debug, Clone, Copy)]
pub struct Anchor {
    /// Its number, from 1, in document order.
    pub number: usize,
    /// The words it is about.
    pub span: Span,
    /// How serious.
    pub severity: Severity,
}

/// What a block is laid out as: its words, cut where findings start and
/// end, each piece with the most serious finding that covers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Words, and the most serious finding over them.
    Text(&'a str, Option<Severity>),
    /// A finding's words start here.
    Start(usize),
    /// A finding's words end here.
    End(usize),
}

/// The pieces of `block` in `text`, with the `anchors` that start, cover
/// or end in it. A finding that starts before the block's words (on a
/// heading's `#`) starts at its first word; one whose words run past the
/// block ends in the last block it reaches. Markdown's emphasis and code
/// delimiters are left out: a reader sees the words, not `**`.
#[must_use]
pub fn pieces<'a>(
    text: &'a str,
    blocks: &[Block],
    index: usize,
    anchors: &[Anchor],
) -> Vec<Piece<'a>> {
    let Some(block) = blocks.get(index) else {
        return Vec::new();
    };
    let content = block.content;
    let clamp = |at: usize| at.clamp(content.start, content.end);
    let mut events: Vec<(usize, u8, usize)> = Vec::new();
    for anchor in anchors {
        let first = blocks
            .iter()
            .position(|b| b.whole.end >= anchor.span.start)
            .unwrap_or(blocks.len().saturating_sub(1));
        let last = blocks
            .iter()
            .rposition(|b| b.whole.start < anchor.span.end)
            .unwrap_or(first)
            .max(first);
        let start = clamp(anchor.span.start);
        let end = clamp(anchor.span.end);
        if first == index {
            events.push((start, 1, anchor.number));
        }
        if last == index {
            // An end at its own start comes after the start.
            let (at, order) = if first == index && end <= start {
                (start, 2)
            } else {
                (end, 0)
            };
            events.push((at, order, anchor.number));
        }
    }
    events.sort_unstable();
    let hidden = if block.kind == BlockKind::Meta {
        Vec::new()
    } else {
        delimiters(text, content)
    };
    let mut cuts: Vec<usize> = vec![content.start, content.end];
    cuts.extend(events.iter().map(|&(at, _, _)| at));
    cuts.extend(hidden.iter().flat_map(|h| [h.start, h.end]));
    cuts.sort_unstable();
    cuts.dedup();
    let over = |from: usize, to: usize| {
        anchors
            .iter()
            .filter(|a| a.span.start < to && a.span.end > from)
            .map(|a| a.severity)
            .min()
    };
    let mut out = Vec::new();
    let mut next = events.iter().peekable();
    for pair in cuts.windows(2) {
        let &[from, to] = pair else { continue };
        while let Some(&&(at, order, number)) = next.peek()
            && at <= from
        {
            out.push(if order == 1 {
                Piece::Start(number)
            } else {
                Piece::End(number)
            });
            next.next();
        }
        if let Some(words) = text.get(from..to)
            && !words.is_empty()
            && !hidden.iter().any(|h| h.start <= from && to <= h.end)
        {
            out.push(Piece::Text(words, over(from, to)));
        }
    }
    for &(_, order, number) in next {
        out.push(if order == 1 {
            Piece::Start(number)
        } else {
            Piece::End(number)
        });
    }
    out
}

/// The Markdown delimiters in `content` that a reader should not see: each
/// run of `*`, `_` or `` ` `` that opens emphasis or code and the run of
/// the same length that closes it. A run that opens must be followed by a
/// non-space, one that closes preceded by one (and `_` not inside a word),
/// roughly as the `CommonMark` specification has it; an unpaired `*` (a
/// footnote mark, "3 * 4") stays.
fn delimiters(text: &str, content: Span) -> Vec<Span> {
    let Some(words) = text.get(content.range()) else {
        return Vec::new();
    };
    let mut hidden = Vec::new();
    let mut open: Vec<(char, usize, Span)> = Vec::new();
    let mut chars = words.char_indices().peekable();
    while let Some((start, mark)) = chars.next() {
        if !matches!(mark, '*' | '_' | '`') {
            continue;
        }
        let mut end = start + 1;
        while let Some(&(at, _)) = chars.peek().filter(|&&(_, c)| c == mark) {
            end = at + 1;
            chars.next();
        }
        let length = end - start;
        let before = words.get(..start).and_then(|w| w.chars().next_back());
        let after = words.get(end..).and_then(|w| w.chars().next());
        let word = |c: Option<char>| c.is_some_and(|c| !c.is_whitespace());
        let letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let (can_open, can_close) = match mark {
            '`' => (true, true),
            '_' => (
                word(after) && !letter(before),
                word(before) && !letter(after),
            ),
            _ => (word(after), word(before)),
        };
        let run = Span::new(content.start + start, content.start + end);
        let opener = open.iter().rposition(|&(m, l, _)| m == mark && l == length);
        if can_close && let Some(k) = opener {
            hidden.extend(open.drain(k..).next().map(|(_, _, span)| span));
            hidden.push(run);
        } else if can_open && length <= 3 {
            open.push((mark, length, run));
        }
    }
    hidden.sort_unstable_by_key(|h| h.start);
    hidden
}

/// The findings of a review, numbered in document order.
#[derive(Debug)]
pub struct Numbered<'a> {
    /// Each finding with its number.
    pub findings: Vec<(usize, &'a Finding)>,
}

impl<'a> Numbered<'a> {
    /// Number `findings` from 1.
    pub fn new(findings: impl Iterator<Item = &'a Finding>) -> Self {
        Self {
            findings: findings.enumerate().map(|(k, f)| (k + 1, f)).collect(),
        }
    }

    /// The anchors of the findings `keep` accepts.
    #[must_use]
    pub fn anchors(&self, keep: impl Fn(&Finding) -> bool) -> Vec<Anchor> {
        self.findings
            .iter()
            .filter(|(_, f)| keep(f))
            .map(|&(number, f)| Anchor {
                number,
                span: f.target(),
                severity: f.severity,
            })
            .collect()
    }

    /// The `n` findings to read first: the most serious, a contradiction
    /// before a gap before a half-said element, then in document order.
    #[must_use]
    pub fn most_important(&self, n: usize) -> Vec<(usize, &'a Finding)> {
        let mut ranked = self.findings.clone();
        ranked.sort_by_key(|&(number, f)| (f.severity, kind_rank(f.kind), number));
        ranked.truncate(n);
        ranked
    }
}

fn kind_rank(kind: FindingKind) -> u8 {
    match kind {
        FindingKind::Deviation => 0,
        FindingKind::Missing => 1,
        FindingKind::Partial => 2,
        FindingKind::Placeholder => 3,
        FindingKind::UnusedSuppression => 4,
    }
}

/// The words a review uses for one finding, in its language.
#[derive(Debug, Clone)]
pub struct Card {
    /// "error", "avertissement".
    pub severity: String,
    /// The element's plain title.
    pub title: String,
    /// One sentence.
    pub message: String,
    /// Where: the line, or for a document read from Word, OpenDocument or
    /// PDF its paragraph (and page).
    pub place: String,
    /// What to do.
    pub help: String,
    /// The wording to paste, after its heading.
    pub wording: Option<String>,
    /// What the mandate says, with its source.
    pub mandate: Option<String>,
    /// Other places in the document.
    pub related: Option<String>,
}

impl Card {
    /// The card of `finding` in `source`, worded in `language`.
    #[must_use]
    pub fn new(
        source: &SourceFile,
        finding: &Finding,
        mandate: &Mandate,
        language: Language,
    ) -> Self {
        let say = |key: &str, args: &[(&str, &str)]| mandate.message(key, language, args);
        let place = |span: Span| match source.place(span) {
            Place::Text(at) => say("review-line", &[("line", &at.line.to_string())]),
            Place::Paragraph {
                paragraph,
                page: Some(page),
                ..
            } => say(
                "review-page-paragraph",
                &[
                    ("page", &page.to_string()),
                    ("paragraph", &paragraph.to_string()),
                ],
            ),
            Place::Paragraph { paragraph, .. } => {
                say("review-paragraph", &[("paragraph", &paragraph.to_string())])
            }
        };
        let related = (!finding.related.is_empty()).then(|| {
            let places: Vec<String> = finding
                .related
                .iter()
                .map(|r| format!("{} (« {} »)", place(r.span), source.slice(r.span).trim()))
                .collect();
            say("see-also", &[("places", &places.join(", "))])
        });
        Self {
            severity: say(&format!("severity-{}", finding.severity.as_str()), &[]),
            title: mandate.title(&finding.rule, language),
            message: finding.message.clone(),
            place: place(finding.target()),
            help: finding.help.clone(),
            wording: (!finding.suggestion.is_empty()).then(|| finding.suggestion.clone()),
            mandate: finding
                .mandate
                .as_ref()
                .map(|quote| crate::report::mandate_note(mandate, quote, language)),
            related,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(BlockKind, &str)> {
        blocks(text)
            .iter()
            .map(|b| (b.kind, &text[b.content.range()]))
            .collect()
    }

    #[test]
    fn a_text_is_cut_into_the_blocks_a_reader_sees() {
        let text = "---\ncountry: Mali\n---\n# Title\n\nFirst line\nsecond line.\n\n- one\n  more\n2. two\n| a | b |\n|---|---|\n| c | d |\n\nSetext\n------\n\n***\n";
        assert_eq!(
            kinds(text),
            vec![
                (BlockKind::Meta, "country: Mali"),
                (BlockKind::Heading(1), "Title"),
                (BlockKind::Paragraph, "First line\nsecond line."),
                (BlockKind::Item, "one\n  more"),
                (BlockKind::Item, "two"),
                (BlockKind::Paragraph, "| a | b |"),
                (BlockKind::Paragraph, "| c | d |"),
                (BlockKind::Heading(2), "Setext"),
            ]
        );
    }

    #[test]
    fn findings_cut_a_block_where_their_words_start_and_end() {
        let text = "# T\n\nThe secretariat is held by UNDP.\n";
        let blocks = blocks(text);
        let at = text.find("UNDP").unwrap_or_default();
        let anchors = [
            Anchor {
                number: 1,
                span: Span::new(at, at + 4),
                severity: Severity::Error,
            },
            Anchor {
                number: 2,
                span: Span::new(0, 3),
                severity: Severity::Warning,
            },
        ];
        assert_eq!(
            pieces(text, &blocks, 1, &anchors),
            vec![
                Piece::Text("The secretariat is held by ", None),
                Piece::Start(1),
                Piece::Text("UNDP", Some(Severity::Error)),
                Piece::End(1),
                Piece::Text(".", None),
            ]
        );
        assert_eq!(
            pieces(text, &blocks, 0, &anchors),
            vec![
                Piece::Start(2),
                Piece::Text("T", Some(Severity::Warning)),
                Piece::End(2),
            ]
        );
    }

    #[test]
    fn a_reader_sees_emphasised_words_without_their_delimiters() {
        let text = "**Article 3.** The *secretariat* is `IOM`; 3 * 4 and snake_case_word stay.\n";
        let blocks = blocks(text);
        let words: String = pieces(text, &blocks, 0, &[])
            .iter()
            .map(|p| match p {
                Piece::Text(words, _) => *words,
                _ => "",
            })
            .collect();
        assert_eq!(
            words,
            "Article 3. The secretariat is IOM; 3 * 4 and snake_case_word stay."
        );
    }

    #[test]
    fn a_finding_over_two_blocks_starts_in_the_first_and_ends_in_the_second() {
        let text = "One.\n\nTwo.\n";
        let blocks = blocks(text);
        let anchors = [Anchor {
            number: 1,
            span: Span::new(0, text.len()),
            severity: Severity::Note,
        }];
        assert_eq!(
            pieces(text, &blocks, 0, &anchors),
            vec![Piece::Start(1), Piece::Text("One.", Some(Severity::Note))]
        );
        assert_eq!(
            pieces(text, &blocks, 1, &anchors),
            vec![Piece::Text("Two.", Some(Severity::Note)), Piece::End(1)]
        );
    }
}
