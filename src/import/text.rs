//! Plain text (as copied out of Word or a PDF) -> structured Markdown.
//!
//! Headings are recognised by the section titles of the rule data; lines
//! wrapped in the middle of a sentence (even across blank lines, as page
//! extractions produce) are joined again; `•`, `·`, `-` and `*` bullets
//! become list items.

use super::Block;
use crate::mandate::Mandate;

/// The bullets a list item may start with.
const BULLETS: [char; 5] = ['•', '·', '-', '*', '▪'];

/// Longest line taken for a heading, in characters.
const MAX_HEADING: usize = 80;

fn bullet_body(line: &str) -> Option<&str> {
    let trimmed = line.trim_start();
    let first = trimmed.chars().next()?;
    if !BULLETS.contains(&first) {
        return None;
    }
    let rest = trimmed.get(first.len_utf8()..)?;
    // "-l'OIM" inside a sentence is not a bullet; a bullet is followed by a space.
    if rest.starts_with([' ', '\t']) {
        Some(rest.trim())
    } else {
        None
    }
}

/// Whether a line ends a sentence, so the next line starts a new block.
fn ends_sentence(text: &str) -> bool {
    text.trim_end().ends_with(['.', ';', ':', '!', '?'])
}

fn is_heading(line: &str, mandate: &Mandate) -> bool {
    let line = line.trim();
    !line.is_empty()
        && line.chars().count() <= MAX_HEADING
        && !line.trim_end_matches([':', ' ']).ends_with(['.', ';', ','])
        && mandate.section_for(line).is_some()
}

/// Split plain text into blocks.
#[must_use]
pub fn blocks(text: &str, mandate: &Mandate) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut seen_heading = false;
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    for (i, &line) in lines.iter().enumerate() {
        // "Les coprésidents du réseau vont :" before a list introduces it;
        // it is not a heading even though it names a section.
        let introduces_list = line.ends_with(':')
            && lines
                .get(i + 1)
                .is_some_and(|next| bullet_body(next).is_some());
        if let Some(body) = bullet_body(line) {
            blocks.push(Block::Item {
                level: 0,
                marker: None,
                text: body.to_string(),
            });
            continue;
        }
        if !introduces_list && is_heading(line, mandate) {
            blocks.push(Block::Heading(
                2,
                line.trim_end_matches([':', ' ']).to_string(),
            ));
            seen_heading = true;
            continue;
        }
        // A continuation of the previous paragraph, item or title?
        match blocks.last_mut() {
            Some(Block::Paragraph(text) | Block::Item { text, .. }) if !ends_sentence(text) => {
                text.push(' ');
                text.push_str(line);
            }
            Some(Block::Heading(1, text))
                if !seen_heading && !ends_sentence(text) && text.len() < 160 =>
            {
                text.push(' ');
                text.push_str(line);
            }
            None if !seen_heading => blocks.push(Block::Heading(1, line.to_string())),
            _ => blocks.push(Block::Paragraph(line.to_string())),
        }
    }
    blocks
}
