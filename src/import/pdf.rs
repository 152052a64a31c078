//! A PDF (as an office suite exports it, or as the RCO receives a signed
//! ToR) -> the plain text a person reads on its pages -> blocks.
//!
//! A PDF holds positioned words, not paragraphs: `pdf-extract` gives each
//! page's text, and what a reader skips is taken out before the text is
//! read like any other plain text ([`super::text::blocks`]): lines that
//! repeat at the top or the bottom of the pages (running headers and
//! footers, with their page numbers), lines that are only a page number,
//! and the hyphen that splits a word at the end of a line. Each block keeps
//! the page it starts on, so a finding can name it.

use std::panic::{AssertUnwindSafe, catch_unwind};

use super::text;
use super::{ImportError, Imported};
use crate::mandate::Mandate;

/// Lines looked at, at the top and at the bottom of each page, for a
/// running header or footer.
const EDGE_LINES: usize = 3;

/// Read a PDF's text and cut it into blocks, each with the page it starts
/// on.
///
/// # Errors
///
/// When the file is not a PDF, is encrypted or damaged, or holds no text
/// (a scan).
pub fn read(bytes: &[u8], mandate: &Mandate) -> Result<Imported, ImportError> {
    // The extractor is a large parser of untrusted input: a panic in it is
    // a damaged file, not a crash of the run.
    let pages = catch_unwind(AssertUnwindSafe(|| {
        pdf_extract::extract_text_from_mem_by_pages(bytes)
    }))
    .map_err(|_| ImportError("the PDF could not be read (damaged or unsupported)".to_string()))?
    .map_err(|e| ImportError(format!("not a readable PDF: {e}")))?;
    let pages = clean(&pages);
    let mut joined = String::new();
    let mut starts = Vec::with_capacity(pages.len());
    for page in &pages {
        starts.push(joined.len());
        joined.push_str(page);
        joined.push('\n');
    }
    if joined.trim().is_empty() {
        return Err(ImportError(
            "the PDF holds no text (a scanned image?): open it in a word processor that reads text from images, or ask for the Word file".to_string(),
        ));
    }
    let blocks = text::blocks(&dehyphenate(&joined), mandate);
    let pages = pages_of(&blocks, &joined, &starts);
    Ok(Imported {
        blocks,
        pages,
        ..Imported::default()
    })
}

/// Each page's lines without its running header and footer and without
/// lines that are only a page number.
fn clean(pages: &[String]) -> Vec<String> {
    let lines: Vec<Vec<&str>> = pages
        .iter()
        .map(|p| p.lines().map(str::trim).filter(|l| !l.is_empty()).collect())
        .collect();
    // A line is running when, with its digits set aside, it stands at the
    // same edge of at least half the pages (and of two at least).
    let shape = |line: &str| -> String { line.chars().filter(|c| !c.is_ascii_digit()).collect() };
    let running = |edge: &dyn Fn(&Vec<&str>) -> Vec<String>| -> Vec<String> {
        let mut counts: Vec<(String, usize)> = Vec::new();
        for page in &lines {
            let mut seen: Vec<String> = edge(page);
            seen.sort();
            seen.dedup();
            for s in seen {
                match counts.iter_mut().find(|(k, _)| *k == s) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((s, 1)),
                }
            }
        }
        counts
            .into_iter()
            .filter(|(s, n)| !s.trim().is_empty() && *n >= 2 && *n * 2 >= lines.len())
            .map(|(s, _)| s)
            .collect()
    };
    let top = running(&|page: &Vec<&str>| page.iter().take(EDGE_LINES).map(|l| shape(l)).collect());
    let bottom = running(&|page: &Vec<&str>| {
        page.iter()
            .rev()
            .take(EDGE_LINES)
            .map(|l| shape(l))
            .collect()
    });
    lines
        .iter()
        .map(|page| {
            let n = page.len();
            page.iter()
                .enumerate()
                .filter(|&(i, line)| {
                    let at_top = i < EDGE_LINES && top.contains(&shape(line));
                    let at_bottom = i + EDGE_LINES >= n && bottom.contains(&shape(line));
                    !(at_top || at_bottom || is_page_number(line))
                })
                .map(|(_, line)| *line)
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect()
}

/// "12", "- 12 -", "Page 3", "Page 3 sur 10", "3/10", "p. 4".
fn is_page_number(line: &str) -> bool {
    let words: Vec<String> = line
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—' | '/' | '|'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    !words.is_empty()
        && words.iter().any(|w| w.chars().all(|c| c.is_ascii_digit()))
        && words.iter().all(|w| {
            w.chars().all(|c| c.is_ascii_digit())
                || matches!(
                    w.as_str(),
                    "page" | "p." | "sur" | "of" | "de" | "pág." | "página"
                )
        })
}

/// Join a word split by a hyphen at the end of a line ("mi-\ngrations"),
/// keeping the hyphen of a compound ("bien-\nêtre" stays split only when
/// the next line opens on a capital).
fn dehyphenate(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let next_lower = lines
            .peek()
            .and_then(|n| n.chars().next())
            .is_some_and(char::is_lowercase);
        let before = line.trim_end().strip_suffix('-');
        match before {
            Some(word) if next_lower && word.chars().last().is_some_and(char::is_alphabetic) => {
                out.push_str(word);
            }
            _ => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

/// The page each block starts on (1-based): where its first words stand in
/// the pages' text, looked for from where the block before was found.
fn pages_of(blocks: &[super::Block], joined: &str, starts: &[usize]) -> Vec<usize> {
    let mut cursor = 0;
    blocks
        .iter()
        .map(|block| {
            let first: String = block
                .text()
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .to_string();
            if let Some(found) = joined.get(cursor..).and_then(|rest| rest.find(&first)) {
                cursor += found;
            }
            starts.partition_point(|&s| s <= cursor).max(1)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn running_headers_footers_and_page_numbers_are_not_text() {
        let pages = vec![
            "TdR du Réseau – Niger\nLe Réseau appuie\nla mise en œuvre.\nPage 1 sur 2".to_string(),
            "TdR du Réseau – Niger\nLe secrétariat est assuré par l'OIM.\nPage 2 sur 2".to_string(),
        ];
        assert_eq!(
            clean(&pages),
            vec![
                "Le Réseau appuie\nla mise en œuvre.".to_string(),
                "Le secrétariat est assuré par l'OIM.".to_string()
            ]
        );
    }

    #[test]
    fn a_word_split_at_the_end_of_a_line_is_joined() {
        assert_eq!(
            dehyphenate("le suivi des mi-\ngrations\nle Bien-\nÊtre"),
            "le suivi des migrations\nle Bien-\nÊtre\n"
        );
    }

    #[test]
    fn page_numbers_are_recognised_in_their_usual_forms() {
        for line in ["12", "- 12 -", "Page 3", "Page 3 sur 10", "3/10"] {
            assert!(is_page_number(line), "{line}");
        }
        for line in ["Article 3", "Le Réseau se réunit 4 fois"] {
            assert!(!is_page_number(line), "{line}");
        }
    }

    #[test]
    fn a_file_that_is_not_a_pdf_is_an_error_not_a_panic() {
        let Ok(mandate) = Mandate::embedded() else {
            unreachable!("the shipped rules load");
        };
        assert!(read(b"%PDF-1.4 broken", &mandate).is_err());
        assert!(read(b"", &mandate).is_err());
    }
}
