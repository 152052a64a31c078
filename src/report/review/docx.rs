//! `--format docx`: the review as a Word document, the way RCO staff send a
//! draft back. It holds the ToR's text, headings as Word headings and list
//! items with their bullets and numbers, and a Word comment on the words of
//! each finding, carrying the severity in words, the element's plain title,
//! the message, what to do, the wording to paste and the mandate passage.
//! A missing element's comment sits on the heading of the section where it
//! belongs (or on the title). Several documents follow one another, each
//! from a new page.
//!
//! A Word file is a zip archive, so the whole file is written at the end.

use std::fmt::Write as _;
use std::io::{self, Cursor, Write};

use zip::CompressionMethod;
use zip::write::{SimpleFileOptions, ZipWriter};

use super::{Anchor, Block, BlockKind, Card, Numbered, Piece, blocks, pieces};
use crate::model::Language;
use crate::report::escape_markup as escape;
use crate::report::{Context, DocumentReport, Renderer, Summary};

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>
"#;

const PACKAGE_RELATIONSHIPS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
"#;

const DOCUMENT_RELATIONSHIPS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>
"#;

const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="200"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="160"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style><w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style></w:styles>
"#;

const WORD: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// The Word review: the body and the comments grow document by document;
/// the file is written at the end.
pub struct Docx<'a> {
    context: Context<'a>,
    body: String,
    comments: String,
    /// Comments so far: each document's are numbered after them.
    count: usize,
    documents: usize,
}

impl<'a> Docx<'a> {
    /// A review worded in `--lang`, or in each document's language.
    #[must_use]
    pub fn new(context: Context<'a>) -> Self {
        Self {
            context,
            body: String::new(),
            comments: String::new(),
            count: 0,
            documents: 0,
        }
    }

    /// The finished Word file.
    fn package(&self) -> zip::result::ZipResult<Vec<u8>> {
        let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
        let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
        let document = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"{WORD}\"><w:body>{}<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>\n",
            self.body
        );
        let comments = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:comments xmlns:w=\"{WORD}\">{}</w:comments>\n",
            self.comments
        );
        for (name, part) in [
            ("[Content_Types].xml", CONTENT_TYPES),
            ("_rels/.rels", PACKAGE_RELATIONSHIPS),
            ("word/_rels/document.xml.rels", DOCUMENT_RELATIONSHIPS),
            ("word/styles.xml", STYLES),
            ("word/document.xml", document.as_str()),
            ("word/comments.xml", comments.as_str()),
        ] {
            zip.start_file(name, options)?;
            zip.write_all(part.as_bytes())?;
        }
        Ok(zip.finish()?.into_inner())
    }

    fn say(&self, key: &str, language: Language, args: &[(&str, &str)]) -> String {
        self.context.mandate.message(key, language, args)
    }

    /// A comment carrying `card`.
    fn comment(&mut self, id: usize, card: &Card, language: Language) {
        let _ = write!(
            self.comments,
            "<w:comment w:id=\"{id}\" w:author=\"torlint\" w:initials=\"TL\"><w:p><w:pPr><w:pStyle w:val=\"CommentText\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">{} · {}</w:t></w:r></w:p>",
            escape(&card.severity.to_uppercase()),
            escape(&card.title)
        );
        let wording = card
            .wording
            .as_ref()
            .map(|w| self.say("review-wording-line", language, &[("text", w)]));
        for text in [Some(&card.message), Some(&card.help)]
            .into_iter()
            .flatten()
            .chain(wording.as_ref())
            .chain(card.related.as_ref())
            .chain(card.mandate.as_ref())
        {
            let _ = write!(
                self.comments,
                "<w:p><w:pPr><w:pStyle w:val=\"CommentText\"/></w:pPr><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
                escape(text)
            );
        }
        self.comments.push_str("</w:comment>");
    }

    /// One block of the text as a Word paragraph, its findings' comments
    /// anchored on their words; comment ids start after `first`.
    fn block(
        &mut self,
        text: &str,
        blocks: &[Block],
        index: usize,
        anchors: &[Anchor],
        first: usize,
    ) {
        let Some(block) = blocks.get(index) else {
            return;
        };
        self.body.push_str("<w:p>");
        match block.kind {
            BlockKind::Heading(level) => {
                let _ = write!(
                    self.body,
                    "<w:pPr><w:pStyle w:val=\"Heading{}\"/></w:pPr>",
                    level.clamp(1, 3)
                );
            }
            BlockKind::Item => self
                .body
                .push_str("<w:pPr><w:ind w:left=\"567\" w:hanging=\"283\"/></w:pPr>"),
            BlockKind::Meta | BlockKind::Paragraph => {}
        }
        if let Some(marker) = &block.marker {
            let _ = write!(
                self.body,
                "<w:r><w:t xml:space=\"preserve\">{}\u{a0}</w:t></w:r>",
                escape(marker)
            );
        }
        for piece in pieces(text, blocks, index, anchors) {
            match piece {
                Piece::Text(words, _) => {
                    for (k, line) in words.split('\n').enumerate() {
                        if k > 0 {
                            self.body.push_str("<w:r><w:br/></w:r>");
                        }
                        let line = line.trim_end_matches('\r');
                        if !line.is_empty() {
                            let _ = write!(
                                self.body,
                                "<w:r><w:t xml:space=\"preserve\">{}</w:t></w:r>",
                                escape(line)
                            );
                        }
                    }
                }
                Piece::Start(number) => {
                    let _ = write!(
                        self.body,
                        "<w:commentRangeStart w:id=\"{}\"/>",
                        first + number
                    );
                }
                Piece::End(number) => {
                    let id = first + number;
                    let _ = write!(
                        self.body,
                        "<w:commentRangeEnd w:id=\"{id}\"/><w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/></w:rPr><w:commentReference w:id=\"{id}\"/></w:r>"
                    );
                }
            }
        }
        self.body.push_str("</w:p>");
    }

    /// A paragraph of plain words, in `style` when given.
    fn paragraph(&mut self, style: Option<&str>, text: &str) {
        self.body.push_str("<w:p>");
        if let Some(style) = style {
            let _ = write!(self.body, "<w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>");
        }
        let _ = write!(
            self.body,
            "<w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
            escape(text)
        );
    }
}

impl Renderer for Docx<'_> {
    fn document(&mut self, _out: &mut dyn Write, document: &DocumentReport) -> io::Result<()> {
        let language = self.context.language_for(document);
        let mandate = self.context.mandate;
        let source = &document.source;
        if self.documents > 0 {
            self.body
                .push_str("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
        }
        self.documents += 1;
        let title = self.say("review-title", language, &[("name", source.name())]);
        self.paragraph(Some("Title"), &title);
        let mut counts = Summary::default();
        counts.add(document);
        let line = counts.findings(mandate, language);
        self.paragraph(None, &line);
        let intro = self.say("review-docx-intro", language, &[]);
        self.paragraph(None, &intro);
        for error in &document.errors {
            let text = self.say(
                "review-input-error",
                language,
                &[("message", &error.message)],
            );
            self.paragraph(None, &text);
        }

        let numbered = Numbered::new(document.shown(self.context.min));
        let first = self.count;
        for &(number, finding) in &numbered.findings {
            let card = Card::new(source, finding, mandate, language);
            self.comment(first + number, &card, language);
        }
        self.count += numbered.findings.len();
        let anchors = numbered.anchors(|_| true);
        let text = source.text();
        let blocks = blocks(text);
        for index in 0..blocks.len() {
            self.block(text, &blocks, index, &anchors, first);
        }
        // An empty document's comments hang on an empty paragraph.
        if blocks.is_empty() && !anchors.is_empty() {
            self.body.push_str("<w:p>");
            for anchor in &anchors {
                let _ = write!(
                    self.body,
                    "<w:r><w:commentReference w:id=\"{}\"/></w:r>",
                    first + anchor.number
                );
            }
            self.body.push_str("</w:p>");
        }
        Ok(())
    }

    fn end(&mut self, out: &mut dyn Write, _summary: &Summary) -> io::Result<()> {
        let bytes = self.package().map_err(io::Error::other)?;
        out.write_all(&bytes)
    }
}
