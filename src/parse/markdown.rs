//! Markdown reader: pulldown-cmark events with offsets -> sections and
//! clauses with exact spans.
//!
//! ATX and setext headings title sections; a paragraph that is only bold text
//! (as Word conversions produce) is a heading too. Every paragraph, list item
//! (nested items each on their own) and table row is a clause; a list item
//! and a table row keep the clause that leads into them (the paragraph before
//! the list, the table's header row); a footnote's text stands in the section
//! of the clause that references it.
//!
//! The reader knows nothing of the mandate: which section a heading stands
//! for is decided later, from its title, when sections are classified.

use std::collections::HashMap;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::model::{Clause, ClauseKind, Directive, Section};
use crate::parse::directive;
use crate::source::Span;

/// Level given to a bold-only paragraph used as a heading: below every real
/// heading, so it never closes one.
const BOLD_HEADING_LEVEL: u8 = 6;

/// Sections and clauses read from a Markdown body.
#[derive(Debug, Default)]
pub struct Body {
    /// Sections in order.
    pub sections: Vec<Section>,
    /// Clauses in order.
    pub clauses: Vec<Clause>,
    /// Its `torlint-disable` comments.
    pub directives: Vec<Directive>,
}

/// Inline content gathered for one block.
#[derive(Debug, Default, Clone)]
struct Inline {
    range: Option<(usize, usize)>,
    text: String,
    strong_depth: usize,
    outside_strong: bool,
    saw_strong: bool,
}

impl Inline {
    fn extend(&mut self, start: usize, end: usize) {
        self.range = Some(match self.range {
            Some((s, e)) => (s.min(start), e.max(end)),
            None => (start, end),
        });
    }

    fn is_bold_only(&self) -> bool {
        self.saw_strong && !self.outside_strong
    }

    /// One short line in capitals, as text taken from a PDF gives its
    /// titles ("4. STRUCTURE", "GUIDING PRINCIPLES"): not an acronym alone
    /// ("UNICEF"), nor a sentence.
    fn is_capitals_line(&self) -> bool {
        let text = self.text.trim();
        long_words(text) > 0
            && text.chars().count() <= 100
            && !text.chars().any(char::is_lowercase)
            && !text.ends_with(['.', ';', ',', ':'])
    }
}

/// How many words of four letters or more `text` holds: a title has some,
/// an acronym ("UN", "OIM") none.
fn long_words(text: &str) -> usize {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 4)
        .count()
}

/// Letters in a word that no acronym of the Network's entities reaches
/// ("UNICEF", "UNESCO" have six): a lone word in capitals this long is a
/// title ("MISSION", "SECRETARIAT").
const TITLE_WORD: usize = 7;

/// The letters in `text`'s longest word.
fn longest_word(text: &str) -> usize {
    text.split(|c: char| !c.is_alphabetic())
        .map(|w| w.chars().count())
        .max()
        .unwrap_or(0)
}

/// A block being read: a paragraph, heading, list item or table cell.
#[derive(Debug)]
enum Frame {
    Heading(u8, Inline),
    Paragraph(Inline),
    Row {
        inline: Inline,
        header: bool,
    },
    Item {
        inline: Inline,
        clause: Option<usize>,
        /// A task-list box left empty ("- [ ] simple majority vote"): a
        /// choice the drafter did not make.
        unticked: bool,
    },
    Cell(Inline),
    /// A paragraph of a list item read as a clause of its own: an
    /// enumerated point after the item's text ("1. Les objectifs sont :"
    /// then "a) ...", "b) ..." indented under it), or any paragraph after
    /// the item's clause was made.
    Inner(Inline),
    Other,
}

struct Reader<'a> {
    src: &'a str,
    base: usize,
    body: Body,
    frames: Vec<Frame>,
    headings: Vec<(u8, usize)>,
    /// Lead clause for the items of each open list.
    list_leads: Vec<Option<usize>>,
    table_header: Option<usize>,
    last_paragraph: Option<usize>,
    /// Paragraphs ending with a colon, each with the kind of marker its
    /// enumerated paragraphs ("(a)", "(i)", "1)") carry once one is seen.
    enumeration_leads: Vec<(usize, Option<Marker>)>,
    /// Footnote labels referenced in the block being read, until its
    /// clause is made.
    references: Vec<String>,
    /// The clause that references each footnote, by label.
    referenced_by: HashMap<String, usize>,
    /// While a footnote's text is read, the clause that references it.
    footnote_of: Option<usize>,
}

/// Read the Markdown `src`, which starts at byte `base` of the file.
#[must_use]
pub fn read(src: &str, base: usize) -> Body {
    let mut reader = Reader {
        src,
        base,
        body: Body::default(),
        frames: Vec::new(),
        headings: Vec::new(),
        list_leads: Vec::new(),
        table_header: None,
        last_paragraph: None,
        enumeration_leads: Vec::new(),
        references: Vec::new(),
        referenced_by: HashMap::new(),
        footnote_of: None,
    };
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES;
    for (event, range) in Parser::new_ext(src, options).into_offset_iter() {
        reader.event(event, range.start, range.end);
    }
    reader.body
}

impl Reader<'_> {
    /// Record the directive comments of the HTML at `start..end`.
    fn directives(&mut self, start: usize, end: usize) {
        let found = directive::in_markdown_html(self.src, start..end);
        self.body.directives.extend(found.into_iter().map(|mut d| {
            d.span = d.span.shifted(self.base);
            d
        }));
    }

    fn current_inline(&mut self) -> Option<&mut Inline> {
        match self.frames.last_mut()? {
            Frame::Heading(_, inline)
            | Frame::Paragraph(inline)
            | Frame::Cell(inline)
            | Frame::Inner(inline)
            | Frame::Item { inline, .. }
            | Frame::Row { inline, .. } => Some(inline),
            Frame::Other => None,
        }
    }

    /// The inline gatherer that owns inline events: a paragraph inside a
    /// list item feeds the item.
    fn owner_inline(&mut self) -> Option<&mut Inline> {
        let paragraph_in_item = matches!(self.frames.last(), Some(Frame::Paragraph(_)))
            && matches!(
                self.frames.iter().rev().nth(1),
                Some(Frame::Item { .. } | Frame::Cell(_))
            );
        if paragraph_in_item {
            let len = self.frames.len();
            return match self.frames.get_mut(len.checked_sub(2)?)? {
                Frame::Item { inline, .. } | Frame::Cell(inline) => Some(inline),
                _ => None,
            };
        }
        self.current_inline()
    }

    fn event(&mut self, event: Event<'_>, start: usize, end: usize) {
        match event {
            Event::Start(tag) => self.start(&tag, start, end),
            Event::End(tag) => self.end(tag),
            Event::Text(text) | Event::Code(text) => {
                if let Some(inline) = self.owner_inline() {
                    inline.extend(start, end);
                    inline.text.push_str(&text);
                    if inline.strong_depth == 0 && text.chars().any(char::is_alphanumeric) {
                        inline.outside_strong = true;
                    }
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(inline) = self.owner_inline() {
                    inline.text.push(' ');
                }
            }
            Event::InlineHtml(_) => {
                self.directives(start, end);
                if let Some(inline) = self.owner_inline() {
                    inline.extend(start, end);
                }
            }
            Event::FootnoteReference(label) => {
                self.references.push(label.to_string());
                if let Some(inline) = self.owner_inline() {
                    inline.extend(start, end);
                }
            }
            Event::InlineMath(_) | Event::DisplayMath(_) => {
                if let Some(inline) = self.owner_inline() {
                    inline.extend(start, end);
                }
            }
            Event::TaskListMarker(ticked) => {
                if let Some(Frame::Item { unticked, .. }) = self.frames.last_mut() {
                    *unticked = !ticked;
                }
            }
            // An HTML block's comments are read whole at its start.
            Event::Html(_) | Event::Rule => {}
        }
    }

    fn start(&mut self, tag: &Tag<'_>, start: usize, end: usize) {
        match tag {
            Tag::Heading { level, .. } => {
                self.frames
                    .push(Frame::Heading(*level as u8, Inline::default()));
            }
            Tag::Paragraph => {
                let frame = if self.opens_inner_paragraph(start, end) {
                    self.emit_open_item();
                    Frame::Inner(Inline::default())
                } else {
                    Frame::Paragraph(Inline::default())
                };
                self.frames.push(frame);
            }
            Tag::Item => self.frames.push(Frame::Item {
                inline: Inline::default(),
                clause: None,
                unticked: false,
            }),
            Tag::TableCell => self.frames.push(Frame::Cell(Inline::default())),
            Tag::TableHead | Tag::TableRow => self.frames.push(Frame::Row {
                inline: Inline::default(),
                header: matches!(tag, Tag::TableHead),
            }),
            Tag::FootnoteDefinition(label) => {
                self.footnote_of = self.referenced_by.get(label.as_ref()).copied();
                self.frames.push(Frame::Other);
            }
            Tag::List(_) => {
                // A nested list ends its parent item's own text: emit the
                // parent now so that it comes before its children.
                let parent = self.emit_open_item();
                // An enumerated paragraph ("(e) to monitor ...") is an item
                // itself: it introduces a list only when it ends with a colon.
                let introduces = |clause: &Clause| {
                    Marker::of(&clause.text).is_none() || clause.text.ends_with(':')
                };
                let lead = parent.or(self
                    .last_paragraph
                    .filter(|&p| self.body.clauses.get(p).is_some_and(introduces)));
                self.list_leads.push(lead);
                self.frames.push(Frame::Other);
            }
            Tag::Strong => {
                if let Some(inline) = self.owner_inline() {
                    inline.strong_depth += 1;
                    inline.saw_strong = true;
                    inline.extend(start, end);
                }
            }
            Tag::Emphasis | Tag::Strikethrough | Tag::Link { .. } | Tag::Image { .. } => {
                if let Some(inline) = self.owner_inline() {
                    inline.extend(start, end);
                }
            }
            Tag::HtmlBlock => {
                self.directives(start, end);
                self.frames.push(Frame::Other);
            }
            _ => self.frames.push(Frame::Other),
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Strong => {
                if let Some(inline) = self.owner_inline() {
                    inline.strong_depth = inline.strong_depth.saturating_sub(1);
                }
            }
            TagEnd::Emphasis | TagEnd::Strikethrough | TagEnd::Link | TagEnd::Image => {}
            TagEnd::Heading(_) => {
                if let Some(Frame::Heading(level, inline)) = self.frames.pop() {
                    self.heading(level, &inline);
                }
            }
            TagEnd::Paragraph => match self.frames.pop() {
                Some(Frame::Paragraph(inline)) => {
                    let in_block = matches!(
                        self.frames.last(),
                        Some(Frame::Item { .. } | Frame::Cell(_))
                    );
                    if in_block {
                        return;
                    }
                    if inline.is_bold_only() || Self::is_capitals_title(&inline) {
                        self.heading(BOLD_HEADING_LEVEL, &inline);
                    } else {
                        self.paragraph(&inline);
                    }
                }
                Some(Frame::Inner(inline)) => self.paragraph(&inline),
                Some(other) => self.frames.push(other),
                None => {}
            },
            TagEnd::Item => {
                self.emit_open_item();
                self.frames.pop();
            }
            TagEnd::TableCell => {
                if let Some(Frame::Cell(cell)) = self.frames.pop()
                    && let Some(Frame::Row { inline, .. }) = self.frames.last_mut()
                    && let Some((start, end)) = cell.range
                {
                    inline.extend(start, end);
                }
            }
            TagEnd::TableHead | TagEnd::TableRow => {
                if let Some(Frame::Row { inline, header }) = self.frames.pop() {
                    let lead = if header { None } else { self.table_header };
                    let index = self.clause(&inline, ClauseKind::TableRow, lead);
                    if header {
                        self.table_header = index;
                    }
                }
            }
            TagEnd::FootnoteDefinition => {
                self.footnote_of = None;
                self.frames.pop();
            }
            TagEnd::Table => {
                self.table_header = None;
                self.frames.pop();
            }
            TagEnd::List(_) => {
                self.list_leads.pop();
                self.frames.pop();
                // A list whose last item ends with a colon introduces the
                // list right after it, which a ToR converted from Word
                // often leaves unindented ("10. ... à savoir :" then "- l'OIT").
                if self.list_leads.is_empty() {
                    self.last_paragraph = self.body.clauses.len().checked_sub(1).filter(|&last| {
                        self.body.clauses.get(last).is_some_and(|c| {
                            matches!(c.kind, ClauseKind::ListItem) && c.text.ends_with(':')
                        })
                    });
                }
            }
            _ => {
                self.frames.pop();
            }
        }
    }

    /// Emit the innermost open list item's clause if not yet emitted.
    /// Whether the paragraph at `start..end`, inside a list item, is a
    /// clause of its own: the item's clause is already made, or the item
    /// has text and this paragraph opens with a marker ("a)", "(ii)").
    fn opens_inner_paragraph(&self, start: usize, end: usize) -> bool {
        let Some(Frame::Item { inline, clause, .. }) = self.frames.last() else {
            return false;
        };
        let text = self.src.get(start..end).unwrap_or_default().trim_start();
        clause.is_some() || (!inline.text.trim().is_empty() && Marker::of(text).is_some())
    }

    fn emit_open_item(&mut self) -> Option<usize> {
        let lead = self.list_leads.last().copied().flatten();
        let (inline, emitted) = match self.frames.last_mut() {
            // What a box left empty offers says nothing.
            Some(Frame::Item {
                inline,
                unticked: true,
                ..
            }) => {
                *inline = Inline::default();
                return None;
            }
            Some(Frame::Item { inline, clause, .. }) => (inline.clone(), *clause),
            _ => return None,
        };
        if emitted.is_some() {
            return emitted;
        }
        // "8. SECRETARIAT" numbers a title, not an item, unless a lead-in
        // announces the list ("Members:" then "1. WORLD HEALTH ORGANIZATION").
        let announced = lead
            .and_then(|l| self.body.clauses.get(l))
            .is_some_and(|c| c.text.ends_with(':'));
        if self.list_leads.len() == 1 && !announced && Self::is_capitals_title(&inline) {
            self.heading(BOLD_HEADING_LEVEL, &inline);
            if let Some(Frame::Item { inline, .. }) = self.frames.last_mut() {
                *inline = Inline::default();
            }
            return None;
        }
        // Its text up to the first line that opens on a marker is the item;
        // the marked lines are points it leads ("2. Functions:" then "a)
        // ..." typed under it without blank lines).
        let pieces = self
            .trimmed_span(&inline)
            .map(|span| self.lines_of(span))
            .unwrap_or_default();
        let mut pieces = pieces.into_iter();
        let index = pieces
            .next()
            .and_then(|first| self.clause_at(first, ClauseKind::ListItem, lead));
        if let Some(Frame::Item { clause, inline, .. }) = self.frames.last_mut() {
            *clause = index;
            *inline = Inline::default();
        }
        // An item that ends with a colon introduces the enumerated
        // paragraphs it holds ("13. ... requests the secretariat:" then
        // "(a) to prepare ...").
        let introduces = index
            .and_then(|i| self.body.clauses.get(i))
            .is_some_and(|c| c.text.ends_with(':'));
        if let (true, Some(i)) = (introduces, index) {
            self.enumeration_leads.clear();
            self.enumeration_leads.push((i, None));
        }
        for piece in pieces {
            self.enumerated(piece);
        }
        index
    }

    /// A line in capitals that titles a section: one that holds two long
    /// words ("ENTRY INTO FORCE") or one too long for an acronym
    /// ("SECRETARIAT"); a short lone word in capitals may be a name
    /// ("ANNEX", "UNICEF", "UN DESA").
    fn is_capitals_title(inline: &Inline) -> bool {
        inline.is_capitals_line()
            && (long_words(&inline.text) >= 2 || longest_word(&inline.text) >= TITLE_WORD)
    }

    fn trimmed_span(&self, inline: &Inline) -> Option<Span> {
        let (start, end) = inline.range?;
        let raw = self.src.get(start..end)?;
        let leading = raw.len() - raw.trim_start().len();
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return None;
        }
        let start = start + leading;
        Some(Span::new(start, start + trimmed.len()).shifted(self.base))
    }

    /// A paragraph, read as an item of the paragraph that introduces it when
    /// it is enumerated ("(a) ...", "(ii) ...") after one ending with a colon.
    /// Lines of one paragraph that open with a marker ("a) ...", "b) ...",
    /// typed without blank lines between them) are paragraphs of their own.
    fn paragraph(&mut self, inline: &Inline) {
        let Some(span) = self.trimmed_span(inline) else {
            return;
        };
        for piece in self.lines_of(span) {
            self.enumerated(piece);
        }
    }

    /// The clauses a paragraph's text holds. Lines typed one under the
    /// other without a blank line between them are one paragraph to
    /// Markdown, but a line that opens on a marker ("b)") or, under a first
    /// line that opens on a label, on a label of its own ("**Last
    /// updated:** ...") is a clause.
    fn lines_of(&self, span: Span) -> Vec<Span> {
        let Some(text) = self.src.get(span.start - self.base..span.end - self.base) else {
            return Vec::new();
        };
        let labels = opens_on_label(text);
        let mut starts = vec![0];
        for (at, _) in text.match_indices('\n') {
            let line = text.get(at + 1..).unwrap_or_default();
            let indent = line.len() - line.trim_start().len();
            let line = line.trim_start();
            if Marker::of(line).is_some() || (labels && opens_on_label(line)) {
                starts.push(at + 1 + indent);
            }
        }
        let mut pieces: Vec<Span> = Vec::new();
        for (k, &from) in starts.iter().enumerate() {
            let to = starts.get(k + 1).copied().unwrap_or(text.len());
            let piece = text.get(from..to).unwrap_or_default().trim_end();
            if !piece.is_empty() {
                pieces.push(Span::new(
                    span.start + from,
                    span.start + from + piece.len(),
                ));
            }
        }
        pieces
    }

    /// One paragraph (or line of one) as a clause, with its lead-in.
    fn enumerated(&mut self, span: Span) {
        let Some(index) = self.clause_at(span, ClauseKind::Paragraph, None) else {
            return;
        };
        self.last_paragraph = Some(index);
        let Some(clause) = self.body.clauses.get_mut(index) else {
            return;
        };
        let introduces = clause.text.ends_with(':');
        match Marker::of(&clause.text) {
            Some(marker) => {
                // A marker of another kind than the innermost list's closes
                // it: "(c)" after "(iii)" is back at the letters.
                while let Some(&(_, Some(kind))) = self.enumeration_leads.last() {
                    if kind == marker || marker.reads_as(kind) {
                        break;
                    }
                    self.enumeration_leads.pop();
                }
                clause.lead = self.enumeration_leads.last_mut().map(|(lead, kind)| {
                    kind.get_or_insert(marker);
                    *lead
                });
            }
            None => self.enumeration_leads.clear(),
        }
        if introduces {
            self.enumeration_leads.push((index, None));
        }
    }

    fn clause(&mut self, inline: &Inline, kind: ClauseKind, lead: Option<usize>) -> Option<usize> {
        let span = self.trimmed_span(inline)?;
        self.clause_at(span, kind, lead)
    }

    fn clause_at(&mut self, span: Span, kind: ClauseKind, lead: Option<usize>) -> Option<usize> {
        let text = self.src.get(span.start - self.base..span.end - self.base)?;
        // A footnote's text stands in the section of the clause that
        // references it, not under the last heading of the document.
        let referencing = self.footnote_of.and_then(|c| self.body.clauses.get(c));
        let section = match referencing {
            Some(clause) => clause.section,
            None => self.headings.last().map(|&(_, index)| index),
        };
        self.body.clauses.push(Clause {
            text: text.to_string(),
            span,
            kind,
            section,
            lead,
        });
        let index = self.body.clauses.len() - 1;
        for label in self.references.drain(..) {
            self.referenced_by.entry(label).or_insert(index);
        }
        Some(index)
    }

    fn heading(&mut self, level: u8, inline: &Inline) {
        let Some(span) = self.trimmed_span(inline) else {
            return;
        };
        let title = inline.text.trim().to_string();
        while self.headings.last().is_some_and(|&(l, _)| l >= level) {
            self.headings.pop();
        }
        self.body.sections.push(Section {
            id: None,
            declared: None,
            parent: self.headings.last().map(|&(_, i)| i),
            title,
            level,
            span,
        });
        self.headings.push((level, self.body.sections.len() - 1));
        self.last_paragraph = None;
        self.enumeration_leads.clear();
    }
}

/// Most words of a label that opens a line ("Last updated:").
const LABEL_WORDS: usize = 5;

/// Whether the first line of `text` opens on a label: a capitalised phrase of a few words,
/// in bold or not, ending on a colon with a value after it ("**Prepared
/// by:** the RCO", "Secretariat: IOM"). A wrapped line of prose opens on a
/// small letter or runs longer before its colon.
fn opens_on_label(text: &str) -> bool {
    let line = text.lines().next().unwrap_or_default();
    let bare = line.trim_start_matches(['*', '_']);
    let Some(colon) = bare.find(':') else {
        return false;
    };
    let (label, rest) = bare.split_at(colon);
    let label = label.trim_end_matches(['*', '_', ' ']);
    let rest = rest.trim_start_matches([':', '*', '_']);
    let words = label.split_whitespace().count();
    label.chars().next().is_some_and(char::is_uppercase)
        && (1..=LABEL_WORDS).contains(&words)
        && !label.contains(['.', ';', ','])
        && rest.starts_with(' ')
        && !rest.trim().is_empty()
}

/// How an enumerated paragraph is numbered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Marker {
    /// "(a)", "b)".
    Letter,
    /// "(i)", "iv)".
    Roman,
    /// "(1)", "2)".
    Number,
}

impl Marker {
    /// The marker `text` opens with: a letter, a roman numeral or a number
    /// in parentheses or before a closing one.
    fn of(text: &str) -> Option<Marker> {
        let rest = text.strip_prefix('(').unwrap_or(text);
        let close = rest.find(')')?;
        let label = rest.get(..close)?;
        let followed = rest.get(close + 1..).is_some_and(|r| r.starts_with(' '));
        if !followed || label.is_empty() || label.len() > 5 {
            return None;
        }
        if label.chars().all(|c| c.is_ascii_digit()) {
            Some(Marker::Number)
        } else if label.chars().all(|c| "ivxl".contains(c)) {
            Some(Marker::Roman)
        } else if label.len() == 1 && label.chars().all(|c| c.is_ascii_lowercase()) {
            Some(Marker::Letter)
        } else {
            None
        }
    }

    /// Whether a marker read as `self` may be one of `kind`: "(i)" after
    /// "(h)" is a letter.
    fn reads_as(self, kind: Marker) -> bool {
        self == Marker::Roman && kind == Marker::Letter
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(body: &Body) -> Vec<&str> {
        body.clauses.iter().map(|c| c.text.as_str()).collect()
    }

    #[test]
    fn nested_items_are_their_own_clauses_in_order() {
        let src = "Intro :\n\n- Un\n  - Sous-point\n- Deux\n";
        let body = read(src, 0);
        assert_eq!(texts(&body), ["Intro :", "Un", "Sous-point", "Deux"]);
        let leads: Vec<_> = body.clauses.iter().map(|c| c.lead).collect();
        assert_eq!(leads, [None, Some(0), Some(1), Some(0)]);
    }

    #[test]
    fn enumerated_paragraphs_read_with_the_paragraph_that_introduces_them() {
        let src = "Article 9. The Network:\n\n(a) meets yearly. The meeting:\n\n(i) reviews progress;\n\n(ii) plans;\n\n(b) reports.\n\nClosing words.\n\n(c) Not an item.\n";
        let body = read(src, 0);
        let leads: Vec<_> = body.clauses.iter().map(|c| c.lead).collect();
        assert_eq!(
            leads,
            [None, Some(0), Some(1), Some(1), Some(0), None, None]
        );
    }

    #[test]
    fn a_list_item_ending_with_a_colon_introduces_the_enumerated_paragraphs_it_holds() {
        let src = "12. Notes the plan.\n\n13. Requests the secretariat:\n\n   (a) to prepare meetings;\n\n   (b) to circulate minutes.\n\n14. Decides.\n";
        let body = read(src, 0);
        let leads: Vec<_> = body.clauses.iter().map(|c| c.lead).collect();
        assert_eq!(leads, [None, None, Some(1), Some(1), None]);
    }

    #[test]
    fn enumerated_lines_of_one_paragraph_are_clauses_of_their_own() {
        let src = "The Network will:\na) share news;\nb) support the\nGovernment.\n";
        let body = read(src, 0);
        assert_eq!(
            texts(&body),
            [
                "The Network will:",
                "a) share news;",
                "b) support the\nGovernment."
            ]
        );
        let leads: Vec<_> = body.clauses.iter().map(|c| c.lead).collect();
        assert_eq!(leads, [None, Some(0), Some(0)]);
    }

    #[test]
    fn an_item_ending_with_a_colon_leads_into_an_unindented_list() {
        let src = "9. Members.\n\n10. The Committee is made of:\n\n   - ILO;\n   - IOM.\n\n   It meets.\n";
        let body = read(src, 0);
        let leads: Vec<_> = body.clauses.iter().map(|c| c.lead).collect();
        assert_eq!(leads, [None, None, Some(1), Some(1), None]);
    }

    #[test]
    fn an_unticked_box_says_nothing_and_a_footnote_is_read() {
        let src = "Decisions:\n\n- [x] consensus\n- [ ] majority vote\n\nSee the note.[^1]\n\n[^1]: IOM holds the secretariat.\n";
        let body = read(src, 0);
        assert_eq!(
            texts(&body),
            [
                "Decisions:",
                "consensus",
                "See the note.[^1]",
                "IOM holds the secretariat."
            ]
        );
    }

    #[test]
    fn lettered_points_under_a_numbered_item_are_its_items() {
        let src = "1. Les objectifs sont :\n\n   a) appuyer le PMM ;\n\n   b) partager les données.\n\n2. Les objectifs respectent les mandats.\n";
        let body = read(src, 0);
        assert_eq!(
            texts(&body),
            [
                "Les objectifs sont :",
                "a) appuyer le PMM ;",
                "b) partager les données.",
                "Les objectifs respectent les mandats."
            ]
        );
        let leads: Vec<_> = body.clauses.iter().map(|c| c.lead).collect();
        assert_eq!(leads, [None, Some(0), Some(0), None]);
    }

    #[test]
    fn lettered_lines_typed_under_a_numbered_item_are_its_items() {
        let src = "1. Son funciones de la Secretaría:\n   a) preparar las sesiones;\n   b) coordinar el plan de trabajo.\n2. La Secretaría rinde cuentas.\n";
        let body = read(src, 0);
        assert_eq!(
            texts(&body),
            [
                "Son funciones de la Secretaría:",
                "a) preparar las sesiones;",
                "b) coordinar el plan de trabajo.",
                "La Secretaría rinde cuentas."
            ]
        );
        let leads: Vec<_> = body.clauses.iter().map(|c| c.lead).collect();
        assert_eq!(leads, [None, Some(0), Some(0), None]);
    }

    #[test]
    fn label_lines_of_one_paragraph_are_clauses_and_wrapped_prose_is_not() {
        let src = "**Prepared by:** the RCO and IOM\n**Last updated:** 2 October 2024\nRead with: the global ToR\n\nThe Network brings together the agencies of the UN system\nthat work on migration: IOM, UNHCR and ILO.\n";
        let body = read(src, 0);
        assert_eq!(
            texts(&body),
            [
                "**Prepared by:** the RCO and IOM",
                "**Last updated:** 2 October 2024",
                "Read with: the global ToR",
                "The Network brings together the agencies of the UN system\nthat work on migration: IOM, UNHCR and ILO."
            ]
        );
    }

    #[test]
    fn a_footnote_stands_with_the_clause_that_references_it() {
        let src = "# A\n\nThe Committee has eight members.[^x]\n\n# B\n\nOther text.\n\n[^x]: UN DESA does not sit on it.\n";
        let body = read(src, 0);
        let note = body.clauses.last();
        assert_eq!(
            note.map(|c| c.text.as_str()),
            Some("UN DESA does not sit on it.")
        );
        assert_eq!(note.and_then(|c| c.section), Some(0));
    }

    #[test]
    fn a_line_in_capitals_is_a_heading_and_a_name_is_not() {
        let src = "8. SECRETARIAT\n\nIOM provides it.\n\nENTRY INTO FORCE\n\nNow.\n\nMembers:\n\n1. UNICEF\n2. WORLD HEALTH ORGANIZATION\n\nANNEX\n";
        let body = read(src, 0);
        let titles: Vec<&str> = body.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(titles, ["SECRETARIAT", "ENTRY INTO FORCE"]);
        assert_eq!(
            texts(&body),
            [
                "IOM provides it.",
                "Now.",
                "Members:",
                "UNICEF",
                "WORLD HEALTH ORGANIZATION",
                "ANNEX"
            ]
        );
    }

    #[test]
    fn bold_only_paragraph_is_a_heading() {
        let body = read("**Secrétariat**\n\nL'OIM assure le secrétariat.\n", 0);
        let titles: Vec<&str> = body.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(titles, ["Secrétariat"]);
        assert_eq!(body.clauses.first().and_then(|c| c.section), Some(0));
    }

    #[test]
    fn setext_headings_and_table_rows() {
        let src =
            "Secrétariat\n-----------\n\n| Rôle | Entité |\n|---|---|\n| Secrétariat | OIM |\n";
        let body = read(src, 10);
        assert_eq!(body.sections.len(), 1);
        assert_eq!(texts(&body), ["Rôle | Entité", "Secrétariat | OIM"]);
        let first = body.clauses.first().map(|c| c.span);
        let at = 10 + src.find("Rôle").unwrap_or(0);
        assert_eq!(first, Some(Span::new(at, at + "Rôle | Entité".len())));
        let leads: Vec<_> = body.clauses.iter().map(|c| c.lead).collect();
        assert_eq!(leads, [None, Some(0)]);
    }

    #[test]
    fn loose_items_keep_one_clause_each() {
        let body = read("- Un\n\n- Deux\n  suite\n", 0);
        assert_eq!(texts(&body), ["Un", "Deux\n  suite"]);
    }
}
