//! Plain text (as copied out of Word or a PDF) -> structured Markdown.
//!
//! Headings are recognised by the section titles of the rule data; lines
//! wrapped in the middle of a sentence (even across blank lines, as page
//! extractions produce) are joined again; `•`, `·`, `-` and `*` bullets
//! become list items, and so do lines numbered "1.", "2)", "a)" or "iv)"
//! that follow a line ending in a colon or another such line.

use super::Block;
use crate::mandate::Mandate;

/// The bullets a list item may start with, with the private-use glyphs
/// that Word's Symbol and Wingdings bullets become in a PDF's text.
const BULLETS: [char; 12] = [
    '•', '·', '-', '*', '▪', '◦', '○', '➢', '\u{f0b7}', '\u{f0a7}', '\u{f076}', '\u{f0d8}',
];

/// A line shorter than this many tenths of the longest line was not
/// wrapped by the page: it ends its paragraph.
const SHORT_LINE_TENTHS: usize = 6;

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

/// The number and text of a line numbered as a list item ("1. convoquent
/// ...", "b) coordonnent ...", "iv) ..."): a number or a letter or a roman
/// numeral of a few characters, then "." or ")", then a space.
fn numbered(line: &str) -> Option<(&str, &str)> {
    let line = line.trim_start();
    let end = line.find(['.', ')'])?;
    let (number, rest) = line.split_at(end + 1);
    let digits = number.trim_end_matches(['.', ')']);
    let is_number = (1..=3).contains(&digits.len())
        && (digits.chars().all(|c| c.is_ascii_digit())
            || digits.chars().all(|c| c.is_ascii_lowercase())
                && (digits.len() == 1 || digits.chars().all(|c| matches!(c, 'i' | 'v' | 'x'))));
    (is_number && rest.starts_with(' ')).then(|| (number, rest.trim()))
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

/// Line `i` as a list item: a bulleted line; a numbered one ("1. ...")
/// after a line ending in a colon or after another numbered item ("1.
/// Mission" standing alone is a title).
fn list_item(lines: &[&str], i: usize, last: Option<&Block>, mandate: &Mandate) -> Option<Block> {
    let line = lines.get(i)?;
    if let Some(body) = bullet_body(line) {
        return Some(Block::Item {
            level: 0,
            marker: None,
            text: body.to_string(),
        });
    }
    let after_colon = i > 0 && lines.get(i - 1).is_some_and(|before| before.ends_with(':'));
    let in_list = after_colon
        || matches!(
            last,
            Some(Block::Item {
                marker: Some(_),
                ..
            })
        ) && !is_heading(line, mandate);
    let (number, body) = numbered(line).filter(|_| in_list)?;
    Some(Block::Item {
        level: 0,
        marker: Some(number.to_string()),
        text: body.to_string(),
    })
}

/// Split plain text into blocks.
#[must_use]
pub fn blocks(text: &str, mandate: &Mandate) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut seen_heading = false;
    let mut numbered_titles = false;
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    // The page's width in characters: the length most full lines reach
    // (the ninetieth percentile, so that a stray long line does not count).
    let width = {
        let mut lengths: Vec<usize> = lines.iter().map(|l| l.chars().count()).collect();
        lengths.sort_unstable();
        lengths.get(lengths.len() * 9 / 10).copied().unwrap_or(0)
    };
    for (i, &line) in lines.iter().enumerate() {
        // "Les coprésidents du réseau vont :" before a list introduces it;
        // it is not a heading even though it names a section.
        let introduces_list = line.ends_with(':')
            && lines
                .get(i + 1)
                .is_some_and(|next| bullet_body(next).is_some() || numbered(next).is_some());
        if let Some(item) = list_item(&lines, i, blocks.last(), mandate) {
            blocks.push(item);
            continue;
        }
        // A line that opens on a small letter goes on with the sentence
        // before, whatever words it holds ("coordonnatrice du Réseau.").
        let continues = line.chars().next().is_some_and(char::is_lowercase)
            && matches!(blocks.last(), Some(Block::Paragraph(text) | Block::Item { text, .. }) if !ends_sentence(text));
        // Once the titles are numbered ("4. Secrétariat"), a line without a
        // number is not one: a table's row flattened into a line
        // ("Secrétariat OIM") names a section too.
        let unnumbered_among_numbered =
            numbered_titles && !line.starts_with(|c: char| c.is_ascii_digit());
        if !introduces_list && !continues && !unnumbered_among_numbered && is_heading(line, mandate)
        {
            if !seen_heading {
                numbered_titles = line.starts_with(|c: char| c.is_ascii_digit());
            }
            blocks.push(Block::Heading(
                2,
                line.trim_end_matches([':', ' ']).to_string(),
            ));
            seen_heading = true;
            continue;
        }
        // A continuation of the previous paragraph, item or title? A line
        // that stops well short of the page's width ended its paragraph
        // there, unless the next opens on a small letter: a table row
        // flattened into a line ("Secrétariat OIM") is not wrapped text.
        let wrapped = i > 0
            && lines
                .get(i - 1)
                .is_some_and(|before| before.chars().count() * 10 >= width * SHORT_LINE_TENTHS)
            || line.chars().next().is_some_and(char::is_lowercase);
        match blocks.last_mut() {
            Some(Block::Paragraph(text) | Block::Item { text, .. })
                if !ends_sentence(text) && wrapped =>
            {
                text.push(' ');
                text.push_str(line);
            }
            Some(Block::Heading(1, text))
                if !seen_heading
                    && !ends_sentence(text)
                    && text.len() < 160
                    && line.chars().count() * 10 < width * SHORT_LINE_TENTHS =>
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

#[cfg(test)]
mod tests {
    use super::*;

    fn mandate() -> Mandate {
        let Ok(mandate) = Mandate::embedded() else {
            unreachable!("the shipped rules load");
        };
        mandate
    }

    #[test]
    fn numbered_lines_after_a_colon_are_items_and_a_numbered_title_is_not() {
        let text = "1. Mission\nLe Réseau appuie le Pacte.\n2. Composition et structure\nLes coprésidents :\n1. convoquent les réunions ;\n2. coordonnent les activités.\n3. Secrétariat\nLe secrétariat est assuré par l'OIM.";
        let blocks = blocks(text, &mandate());
        let items: Vec<&Block> = blocks
            .iter()
            .filter(|b| matches!(b, Block::Item { .. }))
            .collect();
        assert_eq!(items.len(), 2, "{blocks:#?}");
        assert!(
            blocks.contains(&Block::Heading(2, "3. Secrétariat".to_string())),
            "{blocks:#?}"
        );
    }

    #[test]
    fn a_short_line_ends_its_paragraph_and_a_small_letter_goes_on() {
        let long = "Le Réseau est coprésidé par le Coordonnateur résident et par l'OIM, coprésidente permanente et";
        let text = format!(
            "Titre\n{long}\ncoordonnatrice du Réseau.\nFonction Entité\nAppui BCR\n{long} membre."
        );
        let blocks = blocks(&text, &mandate());
        assert!(
            blocks.contains(&Block::Paragraph(format!(
                "{long} coordonnatrice du Réseau."
            ))),
            "{blocks:#?}"
        );
        assert!(
            blocks.contains(&Block::Paragraph("Fonction Entité".to_string())),
            "{blocks:#?}"
        );
        assert!(
            blocks.contains(&Block::Paragraph("Appui BCR".to_string())),
            "{blocks:#?}"
        );
    }
}
