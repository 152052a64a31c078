//! Word (`.docx`) -> blocks: reads the zip and the WordprocessingML of
//! `word/document.xml` as a person reads the document in Word: tracked
//! changes accepted (or rejected, when asked), field instructions and page
//! furniture (a table of contents, page numbers) left out, a text box once,
//! numbered lists with their numbers (from `word/numbering.xml`) and
//! nesting, heading styles by their names in `word/styles.xml` (so
//! localised styles such as "Titre 1" work), bold numbered one-line titles
//! as headings, bold-only paragraphs and tables. Comments and notes are
//! counted for the caller to report.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::{BytesRef, BytesStart, Event};

use super::{Block, Dropped, ImportError, Imported};

/// Largest XML part read from a `.docx` or an `.odt`, against zip bombs.
pub(super) const MAX_PART: u64 = 64 * 1024 * 1024;

fn part(
    archive: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
) -> Result<Option<String>, ImportError> {
    let Ok(file) = archive.by_name(name) else {
        return Ok(None);
    };
    let mut text = String::new();
    file.take(MAX_PART)
        .read_to_string(&mut text)
        .map_err(|e| ImportError(format!("cannot read {name}: {e}")))?;
    Ok(Some(text))
}

/// The text an entity or character reference stands for ("&amp;", "&#233;").
pub(super) fn reference(r: &BytesRef<'_>) -> String {
    match r.resolve_char_ref() {
        Ok(Some(c)) => c.to_string(),
        _ => match r.as_ref() {
            "amp" => "&".to_string(),
            "lt" => "<".to_string(),
            "gt" => ">".to_string(),
            "quot" => "\"".to_string(),
            "apos" => "'".to_string(),
            _ => String::new(),
        },
    }
}

/// An attribute's value, normalised.
pub(super) fn attribute(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.try_get_attribute(name).ok().flatten().and_then(|a| {
        a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .ok()
            .map(std::borrow::Cow::into_owned)
    })
}

/// Style id -> lower-case style name ("Titre1" -> "heading 1").
fn style_names(xml: &str) -> BTreeMap<String, String> {
    let mut names = BTreeMap::new();
    let mut reader = Reader::from_str(xml);
    let mut current: Option<String> = None;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) => match e.name().as_ref() {
                "w:style" => current = attribute(&e, "w:styleId"),
                "w:name" => {
                    if let (Some(id), Some(name)) = (current.clone(), attribute(&e, "w:val")) {
                        names.insert(id, name.to_lowercase());
                    }
                }
                _ => {}
            },
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    names
}

/// Which side of a document's tracked changes is read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Changes {
    /// As if every change were accepted: insertions kept, deletions dropped.
    #[default]
    Accept,
    /// As if every change were rejected: the text before the changes.
    Reject,
}

/// One level of a list definition in `word/numbering.xml`.
#[derive(Debug, Clone, Default)]
struct Level {
    /// `decimal`, `lowerLetter`, `bullet`, ...
    format: String,
    /// The number's pattern: "%1.", "%1.%2", "(%3)".
    text: String,
    /// The first number.
    start: usize,
}

/// List definitions: `numId` -> levels by `ilvl`.
#[derive(Debug, Default)]
struct Numbering {
    lists: BTreeMap<String, BTreeMap<u8, Level>>,
    /// Counters of each list, by level.
    counters: BTreeMap<String, [usize; 9]>,
}

impl Numbering {
    fn read(xml: &str) -> Self {
        let mut abstracts: BTreeMap<String, BTreeMap<u8, Level>> = BTreeMap::new();
        let mut nums: BTreeMap<String, String> = BTreeMap::new();
        let mut reader = Reader::from_str(xml);
        let (mut current, mut level, mut num): (Option<String>, Option<u8>, Option<String>) =
            (None, None, None);
        loop {
            match reader.read_event() {
                Ok(Event::Start(e) | Event::Empty(e)) => {
                    let value = || attribute(&e, "w:val");
                    match e.name().as_ref() {
                        "w:abstractNum" => current = attribute(&e, "w:abstractNumId"),
                        "w:lvl" => level = attribute(&e, "w:ilvl").and_then(|l| l.parse().ok()),
                        "w:num" => num = attribute(&e, "w:numId"),
                        "w:abstractNumId" => {
                            if let (Some(n), Some(v)) = (num.clone(), value()) {
                                nums.insert(n, v);
                            }
                        }
                        name @ ("w:numFmt" | "w:lvlText" | "w:start") => {
                            if let (Some(id), Some(l), Some(v)) = (current.clone(), level, value())
                            {
                                let entry = abstracts.entry(id).or_default().entry(l).or_default();
                                match name {
                                    "w:numFmt" => entry.format = v,
                                    "w:lvlText" => entry.text = v,
                                    _ => entry.start = v.parse().unwrap_or(1),
                                }
                            }
                        }
                        _ => {}
                    }
                }
                Ok(Event::End(e)) if e.name().as_ref() == "w:abstractNum" => current = None,
                Ok(Event::Eof) | Err(_) => break,
                _ => {}
            }
        }
        let lists = nums
            .into_iter()
            .filter_map(|(num, abs)| Some((num, abstracts.get(&abs)?.clone())))
            .collect();
        Self {
            lists,
            counters: BTreeMap::new(),
        }
    }

    /// The number a paragraph of list `num` at `level` shows ("3.", "b)",
    /// "2.1"), counting it; `None` for a bullet or an unknown list.
    fn next(&mut self, num: &str, level: u8) -> Option<String> {
        let levels = self.lists.get(num)?;
        let at = usize::from(level.min(8));
        let counters = self.counters.entry(num.to_string()).or_insert([0; 9]);
        for (l, counter) in counters.iter_mut().enumerate() {
            if l == at {
                *counter = if *counter == 0 {
                    levels.get(&level).map_or(1, |lv| lv.start.max(1))
                } else {
                    *counter + 1
                };
            } else if l > at {
                *counter = 0;
            }
        }
        let this = levels.get(&level)?;
        if this.format == "bullet" || this.format == "none" || this.text.is_empty() {
            return None;
        }
        let mut shown = this.text.clone();
        for (l, lv) in levels {
            let Some(&n) = counters.get(usize::from(*l)) else {
                continue;
            };
            let n = if usize::from(*l) < at {
                n.max(lv.start.max(1))
            } else {
                n
            };
            shown = shown.replace(&format!("%{}", l + 1), &number(n, &lv.format));
        }
        Some(shown)
    }
}

/// `n` written as a list format shows it.
pub(super) fn number(n: usize, format: &str) -> String {
    let letter = |n: usize| {
        let mut s = String::new();
        let mut n = n;
        while n > 0 {
            let d = u8::try_from((n - 1) % 26).unwrap_or(0);
            s.insert(0, char::from(b'a' + d));
            n = (n - 1) / 26;
        }
        s
    };
    let roman = |mut n: usize| {
        let table = [
            (1000, "m"),
            (900, "cm"),
            (500, "d"),
            (400, "cd"),
            (100, "c"),
            (90, "xc"),
            (50, "l"),
            (40, "xl"),
            (10, "x"),
            (9, "ix"),
            (5, "v"),
            (4, "iv"),
            (1, "i"),
        ];
        let mut s = String::new();
        for (value, digits) in table {
            while n >= value {
                s.push_str(digits);
                n -= value;
            }
        }
        s
    };
    match format {
        "lowerLetter" => letter(n),
        "upperLetter" => letter(n).to_uppercase(),
        "lowerRoman" => roman(n),
        "upperRoman" => roman(n).to_uppercase(),
        _ => n.to_string(),
    }
}

#[derive(Default)]
#[allow(
    clippy::struct_excessive_bools,
    reason = "independent facts about one paragraph, read from its properties and runs"
)]
struct Paragraph {
    style: Option<String>,
    /// The list it belongs to (`w:numId`) and its level (`w:ilvl`).
    list: Option<String>,
    level: u8,
    text: String,
    bold_text: bool,
    plain_text: bool,
    run_bold: bool,
}

/// Most words of a bold numbered line read as a section title.
const TITLE_WORDS: usize = 12;

impl Paragraph {
    fn push(&mut self, text: &str) {
        if !text.trim().is_empty() {
            if self.run_bold {
                self.bold_text = true;
            } else {
                self.plain_text = true;
            }
        }
        self.text.push_str(text);
    }

    fn block(self, styles: &BTreeMap<String, String>, numbering: &mut Numbering) -> Option<Block> {
        let text = self.text.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() {
            return None;
        }
        let style = self
            .style
            .as_ref()
            .map(|id| styles.get(id).cloned().unwrap_or_else(|| id.to_lowercase()))
            .unwrap_or_default();
        let level = style
            .strip_prefix("heading")
            .and_then(|n| n.trim().parse::<u8>().ok());
        let only_bold = self.bold_text && !self.plain_text;
        if style == "title" {
            return Some(Block::Heading(1, text));
        }
        if let Some(n) = level {
            return Some(Block::Heading(n.saturating_add(1).min(6), text));
        }
        if let Some(list) = &self.list {
            let marker = numbering.next(list, self.level);
            // A section title typed as a bold numbered line: "3. Secrétariat".
            let title = only_bold
                && text.split_whitespace().count() <= TITLE_WORDS
                && !text.ends_with(['.', ';', ':', ',']);
            if title {
                let heading = marker.map_or_else(|| text.clone(), |m| format!("{m} {text}"));
                return Some(Block::Heading(self.level.saturating_add(2).min(6), heading));
            }
            return Some(Block::Item {
                level: self.level,
                marker,
                text,
            });
        }
        Some(if style.contains("list") {
            Block::Item {
                level: 0,
                marker: None,
                text,
            }
        } else if only_bold {
            Block::Bold(text)
        } else {
            Block::Paragraph(text)
        })
    }
}

/// A field (`w:fldChar` begin ... separate ... end) being read.
struct Field {
    /// Its instruction ("TOC \o ...", "PAGE", "REF _Ref1 \h").
    instruction: String,
    /// Past `separate`: in the result Word shows.
    in_result: bool,
}

impl Field {
    /// A field whose shown result is not the document's content: a table
    /// of contents, page numbers, an index.
    fn result_is_furniture(&self) -> bool {
        let name = self
            .instruction
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_uppercase();
        matches!(
            name.as_str(),
            "TOC" | "PAGE" | "NUMPAGES" | "SECTIONPAGES" | "PAGEREF" | "INDEX" | "TOA"
        )
    }
}

/// The blocks of a `.docx` file's body, with its tracked changes read as
/// `changes` says.
///
/// # Errors
///
/// Bytes that are not a ZIP archive holding `word/document.xml`, or XML
/// that does not parse.
#[expect(
    clippy::too_many_lines,
    reason = "one walk over WordprocessingML, whose paragraph, run, table, field, change and numbering events share state"
)]
pub fn read(bytes: &[u8], changes: Changes) -> Result<Imported, ImportError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| ImportError(format!("not a Word file (.docx is a zip archive): {e}")))?;
    let document = part(&mut archive, "word/document.xml")?
        .ok_or_else(|| ImportError("not a Word file: no word/document.xml".to_string()))?;
    let styles = part(&mut archive, "word/styles.xml")?
        .map(|xml| style_names(&xml))
        .unwrap_or_default();
    let mut numbering = part(&mut archive, "word/numbering.xml")?
        .map(|xml| Numbering::read(&xml))
        .unwrap_or_default();
    // What a side of the changes drops, and what is never content: the
    // fallback copy of a text box.
    let (dropped_change, kept_change) = match changes {
        Changes::Accept => (["w:del", "w:moveFrom"], ["w:ins", "w:moveTo"]),
        Changes::Reject => (["w:ins", "w:moveTo"], ["w:del", "w:moveFrom"]),
    };

    let mut imported = Imported::default();
    let mut reader = Reader::from_str(&document);
    // Paragraphs open: a text box's paragraphs stand inside another's run.
    let mut paragraphs: Vec<Paragraph> = Vec::new();
    let mut table: Option<Vec<Vec<String>>> = None;
    let mut depth_in_table = 0usize;
    // Inside content that is not read (a dropped change, a fallback).
    let mut skipping = 0usize;
    let mut fields: Vec<Field> = Vec::new();
    let mut in_instruction = false;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| ImportError(format!("malformed word/document.xml: {e}")))?;
        match event {
            Event::Start(e) => match e.name().as_ref() {
                name if dropped_change.contains(&name) || name == "mc:Fallback" => {
                    skipping += 1;
                    count_change(&mut imported.dropped, name);
                }
                name if kept_change.contains(&name) => count_change(&mut imported.dropped, name),
                _ if skipping > 0 => {}
                "w:p" => paragraphs.push(Paragraph::default()),
                "w:r" => {
                    if let Some(p) = paragraphs.last_mut() {
                        p.run_bold = false;
                    }
                }
                "w:instrText" => in_instruction = true,
                "w:tbl" => {
                    depth_in_table += 1;
                    if depth_in_table == 1 {
                        table = Some(Vec::new());
                    }
                }
                "w:tr" => {
                    if let Some(t) = table.as_mut() {
                        t.push(Vec::new());
                    }
                }
                "w:tc" => {
                    if let Some(row) = table.as_mut().and_then(|t| t.last_mut()) {
                        row.push(String::new());
                    }
                }
                _ => {}
            },
            Event::Empty(e) => match e.name().as_ref() {
                _ if skipping > 0 => {}
                "w:pStyle" => {
                    if let Some(p) = paragraphs.last_mut() {
                        p.style = attribute(&e, "w:val");
                    }
                }
                "w:ilvl" => {
                    if let Some(p) = paragraphs.last_mut() {
                        p.level = attribute(&e, "w:val")
                            .and_then(|v| v.parse().ok())
                            .unwrap_or(0);
                    }
                }
                "w:numId" => {
                    if let Some(p) = paragraphs.last_mut() {
                        // numId 0 takes a paragraph out of its style's list.
                        p.list = attribute(&e, "w:val").filter(|v| v != "0");
                    }
                }
                "w:b" => {
                    let off = matches!(attribute(&e, "w:val").as_deref(), Some("0" | "false"));
                    if let Some(p) = paragraphs.last_mut() {
                        p.run_bold = !off;
                    }
                }
                "w:tab" | "w:br" => {
                    if let Some(p) = paragraphs.last_mut() {
                        p.push(" ");
                    }
                }
                "w:fldChar" => match attribute(&e, "w:fldCharType").as_deref() {
                    Some("begin") => fields.push(Field {
                        instruction: String::new(),
                        in_result: false,
                    }),
                    Some("separate") => {
                        if let Some(f) = fields.last_mut() {
                            f.in_result = true;
                        }
                    }
                    Some("end") => {
                        fields.pop();
                    }
                    _ => {}
                },
                "w:commentReference" => imported.dropped.comments += 1,
                "w:footnoteReference" | "w:endnoteReference" => imported.dropped.notes += 1,
                _ => {}
            },
            Event::Text(t) => {
                let text = t.xml10_content();
                if in_instruction {
                    if let Some(f) = fields.last_mut() {
                        f.instruction.push_str(&text);
                    }
                } else if skipping == 0
                    && !hidden_by_field(&fields)
                    && let Some(p) = paragraphs.last_mut()
                {
                    p.push(&text);
                }
            }
            Event::GeneralRef(r) => {
                let text = reference(&r);
                if skipping == 0
                    && !in_instruction
                    && !hidden_by_field(&fields)
                    && let Some(p) = paragraphs.last_mut()
                {
                    p.push(&text);
                }
            }
            Event::End(e) => match e.name().as_ref() {
                name if dropped_change.contains(&name) || name == "mc:Fallback" => {
                    skipping = skipping.saturating_sub(1);
                }
                _ if skipping > 0 => {}
                "w:instrText" => in_instruction = false,
                "w:p" => {
                    let Some(p) = paragraphs.pop() else {
                        continue;
                    };
                    if let Some(t) = table.as_mut() {
                        if let Some(cell) = t.last_mut().and_then(|row| row.last_mut()) {
                            let text = p.text.split_whitespace().collect::<Vec<_>>().join(" ");
                            if !cell.is_empty() && !text.is_empty() {
                                cell.push(' ');
                            }
                            cell.push_str(&text);
                        }
                    } else if let Some(block) = p.block(&styles, &mut numbering) {
                        imported.blocks.push(block);
                    }
                }
                "w:tbl" => {
                    depth_in_table = depth_in_table.saturating_sub(1);
                    if depth_in_table == 0
                        && let Some(t) = table.take()
                        && !t.is_empty()
                    {
                        imported.blocks.push(Block::Table(t));
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(imported)
}

/// Count a tracked change by its element.
fn count_change(dropped: &mut Dropped, name: &str) {
    match name {
        "w:ins" | "w:moveTo" => dropped.insertions += 1,
        "w:del" | "w:moveFrom" => dropped.deletions += 1,
        _ => {}
    }
}

/// Whether text stands in a field's instruction or in the result of a
/// field that is page furniture.
fn hidden_by_field(fields: &[Field]) -> bool {
    fields
        .iter()
        .any(|f| !f.in_result || f.result_is_furniture())
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    const W: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";

    /// A `.docx` of `body` (WordprocessingML inside `w:body`) and, when
    /// given, `word/numbering.xml`.
    fn docx(body: &str, numbering: Option<&str>) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default();
        let mut add = |name: &str, text: &str| {
            assert!(zip.start_file(name, options).is_ok());
            assert!(zip.write_all(text.as_bytes()).is_ok());
        };
        add(
            "word/document.xml",
            &format!("<w:document {W}><w:body>{body}</w:body></w:document>"),
        );
        if let Some(xml) = numbering {
            add(
                "word/numbering.xml",
                &format!("<w:numbering {W}>{xml}</w:numbering>"),
            );
        }
        zip.finish().map(Cursor::into_inner).unwrap_or_default()
    }

    fn run(text: &str) -> String {
        format!("<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>")
    }

    fn texts(imported: &Imported) -> Vec<String> {
        imported
            .blocks
            .iter()
            .map(|b| match b {
                Block::Heading(n, t) => format!("h{n} {t}"),
                Block::Paragraph(t) => t.clone(),
                Block::Bold(t) => format!("**{t}**"),
                Block::Item {
                    level,
                    marker,
                    text,
                } => format!("item{level} {} {text}", marker.as_deref().unwrap_or("-")),
                Block::Table(rows) => format!("{rows:?}"),
            })
            .collect()
    }

    fn read_ok(bytes: &[u8], changes: Changes) -> Imported {
        match read(bytes, changes) {
            Ok(imported) => imported,
            Err(err) => unreachable!("{err:?}"),
        }
    }

    #[test]
    fn tracked_changes_are_read_as_accepted_or_rejected_and_counted() {
        let body = format!(
            "<w:p>{}<w:del w:id=\"1\"><w:r><w:delText>de l'OIM</w:delText></w:r></w:del><w:ins w:id=\"2\">{}</w:ins>{}</w:p>\
             <w:p><w:del w:id=\"3\"><w:r><w:delText>À défaut de consensus, les décisions sont prises à la majorité simple.</w:delText></w:r></w:del></w:p>",
            run("Le secrétariat est assuré avec l'appui "),
            run("du Bureau du Coordonnateur résident"),
            run(".")
        );
        let bytes = docx(&body, None);
        let accepted = read_ok(&bytes, Changes::Accept);
        assert_eq!(
            texts(&accepted),
            ["Le secrétariat est assuré avec l'appui du Bureau du Coordonnateur résident."]
        );
        assert_eq!(
            accepted.dropped,
            Dropped {
                insertions: 1,
                deletions: 2,
                comments: 0,
                notes: 0
            }
        );
        let rejected = read_ok(&bytes, Changes::Reject);
        assert_eq!(
            texts(&rejected),
            [
                "Le secrétariat est assuré avec l'appui de l'OIM.",
                "À défaut de consensus, les décisions sont prises à la majorité simple."
            ]
        );
    }

    #[test]
    fn a_table_of_contents_field_and_page_numbers_leave_no_text() {
        let body = format!(
            "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-3\" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>{}</w:p>\
             <w:p>{}<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>\
             <w:p>{}<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>REF _Ref1 \\h</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>{}<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>{}</w:p>",
            run("Secrétariat 5"),
            run("Prise de décision 6"),
            run("Voir l'"),
            run("article 4"),
            run(".")
        );
        let imported = read_ok(&docx(&body, None), Changes::Accept);
        assert_eq!(texts(&imported), ["Voir l'article 4."]);
    }

    #[test]
    fn a_text_box_is_read_once_and_its_anchor_paragraph_kept() {
        let box_paragraph = format!("<w:p>{}</w:p>", run("Le Réseau se réunit tous les mois."));
        let body = format!(
            "<w:p>{}<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent>{box_paragraph}</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>{box_paragraph}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>{}</w:p>",
            run("Les réunions "),
            run("ont lieu à Niamey.")
        );
        let imported = read_ok(&docx(&body, None), Changes::Accept);
        assert_eq!(
            texts(&imported),
            [
                "Le Réseau se réunit tous les mois.",
                "Les réunions ont lieu à Niamey."
            ]
        );
    }

    #[test]
    fn numbered_lists_keep_numbers_and_nesting_and_bold_numbered_lines_are_headings() {
        let numbering = "<w:abstractNum w:abstractNumId=\"0\">\
            <w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>\
            <w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%2)\"/></w:lvl>\
            </w:abstractNum>\
            <w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/></w:lvl></w:abstractNum>\
            <w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>\
            <w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>";
        let item = |num: &str, level: u8, text: &str, bold: bool| {
            let rpr = if bold { "<w:rPr><w:b/></w:rPr>" } else { "" };
            format!(
                "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{num}\"/></w:numPr></w:pPr><w:r>{rpr}<w:t>{text}</w:t></w:r></w:p>"
            )
        };
        let body = [
            item("1", 0, "Secrétariat", true),
            item("1", 1, "préparer les réunions ;", false),
            item("1", 1, "diffuser les comptes rendus.", false),
            item("1", 0, "Prise de décision", true),
            item("2", 0, "par consensus ;", false),
        ]
        .concat();
        let imported = read_ok(&docx(&body, Some(numbering)), Changes::Accept);
        assert_eq!(
            texts(&imported),
            [
                "h2 1. Secrétariat",
                "item1 a) préparer les réunions ;",
                "item1 b) diffuser les comptes rendus.",
                "h2 2. Prise de décision",
                "item0 - par consensus ;",
            ]
        );
    }

    #[test]
    fn comments_and_footnotes_are_counted() {
        let body = format!(
            "<w:p>{}<w:r><w:commentReference w:id=\"0\"/></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>",
            run("Le Réseau se réunit.")
        );
        let imported = read_ok(&docx(&body, None), Changes::Accept);
        assert_eq!((imported.dropped.comments, imported.dropped.notes), (1, 1));
    }
}
