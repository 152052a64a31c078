//! `--format html`: the review as one self-contained page (inline CSS, no
//! script, no network) to read on screen, print or send. For each document:
//! the counts and the findings to read first; what the ToR does not say,
//! with the mandate text and the wording to paste; the ToR's own text with
//! each finding's words marked and its card after the paragraph; and every
//! element's status. Severity is said in words as well as by colour, and
//! every document word is escaped.

use std::io::{self, Write};

use super::{Block, BlockKind, Card, Numbered, Piece, blocks, pieces};
use crate::finding::{Finding, FindingKind, Severity};
use crate::mandate::Mandate;
use crate::model::Language;
use crate::report::escape_markup as escape;
use crate::report::{Context, DocumentReport, Renderer, Summary};

/// The stylesheet: severity has a word and a border style besides its
/// colour, and print keeps cards whole.
const STYLE: &str = r#"
:root { --error:#b91c1c; --error-bg:#fde8e8; --warning:#92400e; --warning-bg:#fdf0d5; --note:#1e40af; --note-bg:#e3ecfb; --ink:#1f2937; --muted:#6b7280; --line:#e5e7eb; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 920px; padding: 24px 28px 48px; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
.sub { color: var(--muted); margin: 0 0 8px; }
article + article { margin-top: 56px; border-top: 3px double var(--line); padding-top: 24px; }
.counts { font-size: 16px; font-weight: 600; }
.first li { margin: 4px 0; }
.sev { display: inline-block; padding: 0 8px; border-radius: 999px; font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; }
.sev.error { background: var(--error-bg); color: var(--error); }
.sev.warning { background: var(--warning-bg); color: var(--warning); }
.sev.note { background: var(--note-bg); color: var(--note); }
.text { border-left: 3px solid var(--line); padding-left: 16px; }
.text h3, .text h4, .text h5 { margin: 22px 0 6px; }
.text p { margin: 8px 0; white-space: pre-wrap; }
.text p.item { padding-left: 22px; text-indent: -18px; }
.text pre.meta { color: var(--muted); font-size: 12px; background: #f8fafc; padding: 6px 8px; border-radius: 4px; white-space: pre-wrap; }
mark { padding: 0 1px; border-radius: 2px; color: inherit; }
mark.error { background: var(--error-bg); border-bottom: 2px solid var(--error); }
mark.warning { background: var(--warning-bg); border-bottom: 2px dashed var(--warning); }
mark.note { background: var(--note-bg); border-bottom: 2px dotted var(--note); }
sup.ref a { font-size: 11px; font-weight: 700; text-decoration: none; color: var(--ink); margin-left: 1px; }
.card { border: 1px solid var(--line); border-left-width: 5px; border-radius: 6px; padding: 10px 14px; margin: 10px 0 16px; background: #fff; break-inside: avoid; }
.card.error { border-left-color: var(--error); } .card.warning { border-left-color: var(--warning); } .card.note { border-left-color: var(--note); }
.card h4 { margin: 0 0 4px; font-size: 15px; }
.card h4 .num { color: var(--muted); font-weight: 600; margin-right: 6px; }
.card p { margin: 4px 0; white-space: normal; }
.card .where { color: var(--muted); font-size: 13px; }
.card .wording { background: #f0fdf4; border: 1px solid #bbf7d0; border-radius: 4px; padding: 6px 10px; }
.card .wording b { display: block; font-size: 12px; color: #166534; }
.card blockquote { margin: 6px 0 0; padding-left: 10px; border-left: 3px solid var(--line); color: #374151; font-size: 14px; }
table.elements { border-collapse: collapse; width: 100%; font-size: 14px; }
table.elements th, table.elements td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
td.status { white-space: nowrap; font-weight: 600; }
td.status.covered { color: #00674b; } td.status.partial { color: #8a5a00; } td.status.deviation { color: #9a3500; } td.status.missing { color: #374151; } td.status.not-applicable { color: var(--muted); font-weight: 400; }
.none { color: #00674b; font-weight: 600; }
.errors { color: var(--error); }
@media print {
  @page { size: A4; margin: 16mm; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; }
}
"#;

/// How many findings the summary lists first.
const FIRST: usize = 5;

/// The HTML review: a page begun before the first document and ended after
/// the last, an `<article>` per document.
pub struct Html<'a> {
    context: Context<'a>,
    /// The page's language: `--lang`, else the first document's.
    language: Option<Language>,
    begun: bool,
}

impl<'a> Html<'a> {
    /// A review worded in `--lang`, or in each document's language.
    #[must_use]
    pub fn new(context: Context<'a>) -> Self {
        Self {
            context,
            language: context.options.language,
            begun: false,
        }
    }

    fn say(&self, key: &str, language: Language, args: &[(&str, &str)]) -> String {
        escape(&self.context.mandate.message(key, language, args))
    }

    fn head(&mut self, out: &mut dyn Write, language: Language) -> io::Result<()> {
        self.begun = true;
        write!(
            out,
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
            language.as_str(),
            self.say("review-page-title", language, &[])
        )
    }
}

/// One document being reviewed: its findings numbered, its language, and
/// the prefix that keeps its anchors apart from another document's.
struct Reviewed<'d> {
    document: &'d DocumentReport,
    numbered: Numbered<'d>,
    language: Language,
    prefix: u32,
}

impl Reviewed<'_> {
    /// The anchor of finding `number`.
    fn id(&self, number: usize) -> String {
        format!("d{}-f{number}", self.prefix)
    }
}

impl Renderer for Html<'_> {
    fn document(&mut self, out: &mut dyn Write, document: &DocumentReport) -> io::Result<()> {
        let language = self.context.language_for(document);
        if !self.begun {
            self.language.get_or_insert(language);
            self.head(out, language)?;
        }
        let source = &document.source;
        let reviewed = Reviewed {
            document,
            numbered: Numbered::new(document.shown(self.context.min)),
            language,
            prefix: document_number(source.name()),
        };
        writeln!(out, "<article>")?;
        write!(
            out,
            "<header>\n<h1>{}</h1>\n<p class=\"sub\">{}</p>\n</header>\n",
            self.say("review-title", language, &[("name", source.name())]),
            self.say(
                "compare-generated",
                language,
                &[("version", env!("CARGO_PKG_VERSION"))]
            )
        )?;
        for error in &document.errors {
            writeln!(
                out,
                "<p class=\"errors\"><span class=\"sev error\">{}</span> {}</p>",
                self.say("severity-error", language, &[]),
                escape(&error.message)
            )?;
        }
        self.summary(out, &reviewed)?;
        self.absent(out, &reviewed)?;
        self.text(out, &reviewed)?;
        self.elements(out, &reviewed)?;
        writeln!(out, "</article>")
    }

    fn end(&mut self, out: &mut dyn Write, _summary: &Summary) -> io::Result<()> {
        if !self.begun {
            let language = self.language.unwrap_or_default();
            self.head(out, language)?;
        }
        out.write_all(b"</body>\n</html>\n")
    }
}

impl Html<'_> {
    /// In short: the counts, then the findings to read first.
    fn summary(&self, out: &mut dyn Write, r: &Reviewed<'_>) -> io::Result<()> {
        let mandate = self.context.mandate;
        let language = r.language;
        writeln!(
            out,
            "<section class=\"summary\">\n<h2>{}</h2>",
            self.say("review-summary", language, &[])
        )?;
        let mut counts = Summary::default();
        counts.add(r.document);
        writeln!(
            out,
            "<p class=\"counts\">{}</p>",
            escape(&counts.findings(mandate, language))
        )?;
        if r.numbered.findings.is_empty() {
            writeln!(
                out,
                "<p class=\"none\">{}</p>",
                self.say("review-none", language, &[])
            )?;
        } else {
            writeln!(
                out,
                "<p>{}</p>\n<ol class=\"first\">",
                self.say("review-first", language, &[])
            )?;
            for (number, finding) in r.numbered.most_important(FIRST) {
                writeln!(
                    out,
                    "<li>{} <a href=\"#{}\"><b>{}</b></a> · {}</li>",
                    severity_badge(mandate, finding.severity, language),
                    r.id(number),
                    escape(&mandate.title(&finding.rule, language)),
                    escape(&finding.message)
                )?;
            }
            writeln!(out, "</ol>")?;
        }
        writeln!(out, "</section>")
    }

    /// What the ToR does not say: the missing elements' cards.
    fn absent(&self, out: &mut dyn Write, r: &Reviewed<'_>) -> io::Result<()> {
        let absent: Vec<_> = r
            .numbered
            .findings
            .iter()
            .filter(|(_, f)| f.kind == FindingKind::Missing)
            .collect();
        if absent.is_empty() {
            return Ok(());
        }
        writeln!(
            out,
            "<section class=\"absent\">\n<h2>{}</h2>\n<p>{}</p>",
            self.say("review-absent", r.language, &[]),
            self.say("review-absent-intro", r.language, &[])
        )?;
        for &&(number, finding) in &absent {
            self.card(out, r, number, finding)?;
        }
        writeln!(out, "</section>")
    }

    /// The text, with the other findings marked in place, each card after
    /// the block its words start in.
    fn text(&self, out: &mut dyn Write, r: &Reviewed<'_>) -> io::Result<()> {
        writeln!(
            out,
            "<section class=\"text-section\">\n<h2>{}</h2>\n<div class=\"text\">",
            self.say("review-text", r.language, &[])
        )?;
        let text = r.document.source.text();
        let blocks = blocks(text);
        let marked = |f: &Finding| f.kind != FindingKind::Missing;
        let anchors = r.numbered.anchors(marked);
        let id = |number: usize| r.id(number);
        // Each marked finding with the block its card follows, found once.
        let homes: Vec<(usize, usize, &Finding)> = r
            .numbered
            .findings
            .iter()
            .filter(|(_, f)| marked(f))
            .map(|&(number, f)| (home(&blocks, f), number, f))
            .collect();
        for (index, block) in blocks.iter().enumerate() {
            write_block(out, block, &pieces(text, &blocks, index, &anchors), &id)?;
            for &(_, number, finding) in homes.iter().filter(|(h, _, _)| *h == index) {
                self.card(out, r, number, finding)?;
            }
        }
        // An empty document's findings still show.
        if blocks.is_empty() {
            for &(number, finding) in r.numbered.findings.iter().filter(|(_, f)| marked(f)) {
                self.card(out, r, number, finding)?;
            }
        }
        writeln!(out, "</div>\n</section>")
    }

    /// Every element's status.
    fn elements(&self, out: &mut dyn Write, r: &Reviewed<'_>) -> io::Result<()> {
        let Some(evaluation) = &r.document.evaluation else {
            return Ok(());
        };
        let language = r.language;
        writeln!(
            out,
            "<section class=\"element-section\">\n<h2>{}</h2>\n<table class=\"elements\">\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
            self.say("review-elements", language, &[]),
            self.say("compare-element", language, &[]),
            self.say("review-status", language, &[])
        )?;
        for element in &evaluation.elements {
            let status = element.status.as_str();
            writeln!(
                out,
                "<tr><td>{}</td><td class=\"status {status}\">{}</td></tr>",
                escape(&self.context.mandate.title(&element.id, language)),
                self.say(&format!("status-{status}"), language, &[])
            )?;
        }
        writeln!(out, "</tbody>\n</table>\n</section>")
    }

    /// One finding's card: number, severity in words, title, message,
    /// place, what to do, wording to paste, the mandate.
    fn card(
        &self,
        out: &mut dyn Write,
        r: &Reviewed<'_>,
        number: usize,
        finding: &Finding,
    ) -> io::Result<()> {
        let (document, language, id) = (r.document, r.language, r.id(number));
        let mandate = self.context.mandate;
        let card = Card::new(&document.source, finding, mandate, language);
        let class = finding.severity.as_str();
        write!(
            out,
            "<div class=\"card {class}\" id=\"{id}\">\n<h4><span class=\"num\">{number}</span>{} {}</h4>\n<p>{}</p>\n",
            severity_badge(mandate, finding.severity, language),
            escape(&card.title),
            escape(&card.message)
        )?;
        writeln!(out, "<p class=\"where\">{}</p>", escape(&card.place))?;
        writeln!(out, "<p>{}</p>", escape(&card.help))?;
        if let Some(wording) = &card.wording {
            writeln!(
                out,
                "<p class=\"wording\"><b>{}</b>{}</p>",
                self.say("review-wording", language, &[]),
                escape(wording)
            )?;
        }
        if let Some(related) = &card.related {
            writeln!(out, "<p class=\"where\">{}</p>", escape(related))?;
        }
        if let Some(quote) = &card.mandate {
            writeln!(out, "<blockquote>{}</blockquote>", escape(quote))?;
        }
        writeln!(out, "</div>")
    }
}

fn severity_badge(mandate: &Mandate, severity: Severity, language: Language) -> String {
    format!(
        "<span class=\"sev {}\">{}</span>",
        severity.as_str(),
        escape(&mandate.message(&format!("severity-{}", severity.as_str()), language, &[]))
    )
}

/// The block a finding's card follows: the one its words start in.
fn home(blocks: &[Block], finding: &Finding) -> usize {
    let start = finding.target().start;
    blocks
        .partition_point(|b| b.whole.start <= start)
        .saturating_sub(1)
}

/// A short stable number for a document's anchors, so that two documents'
/// findings have distinct ids on one page.
fn document_number(name: &str) -> u32 {
    name.bytes().fold(2_166_136_261_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(16_777_619)
    })
}

/// One block: its marker and pieces, each finding's words in a `<mark>`
/// and its number after them, linked to its card.
fn write_block(
    out: &mut dyn Write,
    block: &Block,
    pieces: &[Piece<'_>],
    id: &dyn Fn(usize) -> String,
) -> io::Result<()> {
    let (open, close) = match block.kind {
        BlockKind::Heading(level) => {
            let level = (level + 2).min(6);
            (format!("<h{level}>"), format!("</h{level}>"))
        }
        BlockKind::Paragraph => ("<p>".to_string(), "</p>".to_string()),
        BlockKind::Item => ("<p class=\"item\">".to_string(), "</p>".to_string()),
        BlockKind::Meta => ("<pre class=\"meta\">".to_string(), "</pre>".to_string()),
    };
    out.write_all(open.as_bytes())?;
    if let Some(marker) = &block.marker {
        write!(out, "{} ", escape(marker))?;
    }
    for piece in pieces {
        match piece {
            Piece::Text(words, None) => out.write_all(escape(words).as_bytes())?,
            Piece::Text(words, Some(severity)) => write!(
                out,
                "<mark class=\"{}\">{}</mark>",
                severity.as_str(),
                escape(words)
            )?,
            Piece::Start(_) => {}
            Piece::End(number) => write!(
                out,
                "<sup class=\"ref\"><a href=\"#{}\">[{number}]</a></sup>",
                id(*number)
            )?,
        }
    }
    writeln!(out, "{close}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_numbers_differ_between_documents() {
        assert_ne!(document_number("a.md"), document_number("b.md"));
    }
}
