//! Acronyms a ToR defines for itself.
//!
//! A ToR that writes "Groupes de travail (GT)" once, or lists "GT : groupe
//! de travail" among its abbreviations, goes on to say "le CE crée les GT".
//! The lexicon cannot know every such acronym, but the document says what
//! each one stands for: wherever it is then written in capitals, it says
//! the concepts of what it stands for.
//!
//! Two ways of defining are read: the expansion followed by the acronym in
//! parentheses, and a glossary line that opens with the acronym followed by
//! a colon or a dash. Only the outermost concepts of the expansion count
//! ("Bureau du Coordonnateur résident (BCR)" names the Office, not the
//! Resident Coordinator).

use std::collections::HashMap;

use crate::mandate::lexicon::{Hit, Token};

/// Most words of an expansion before the parenthesis, where nothing else
/// marks where it starts.
const EXPANSION_WORDS: usize = 5;

/// Most words of an expansion on a glossary line, which the line bounds:
/// the Network's own names are long ("RRNUM : Réseau régional des Nations
/// Unies sur les migrations pour l'Afrique de l'Ouest et du Centre").
const GLOSSARY_WORDS: usize = 24;

/// What separates the entries of a glossary line that holds several.
const ENTRY_SEPARATORS: [char; 3] = ['\u{b7}', ';', '|'];

/// Acronyms (folded) and the concepts each stands for.
pub type Acronyms = HashMap<String, Vec<usize>>;

/// The outermost concepts among `hits` lying within folded bytes
/// `from..to`.
fn outermost(hits: &[Hit], from: usize, to: usize) -> Vec<usize> {
    let inside: Vec<&Hit> = hits
        .iter()
        .filter(|h| h.range.start >= from && h.range.end <= to)
        .collect();
    let mut concepts: Vec<usize> = Vec::new();
    for hit in &inside {
        let nested = inside.iter().any(|other| {
            other.range != hit.range
                && other.range.start <= hit.range.start
                && other.range.end >= hit.range.end
        });
        if !nested && !concepts.contains(&hit.concept) {
            concepts.push(hit.concept);
        }
    }
    concepts
}

/// Whether `acronym` is spelled by the initials of `words`: its first
/// letter the first word's, the others in order among the rest ("BCR",
/// "Bureau du Coordonnateur résident"), so that a concept at the end of a
/// longer name ("... ordonnées et régulières (PMM)") is not taken for it.
fn spells<'a>(acronym: &str, mut words: impl Iterator<Item = &'a str>) -> bool {
    let mut letters = acronym.chars();
    let first_matches = match (letters.next(), words.next()) {
        (Some(letter), Some(word)) => word.starts_with(letter),
        _ => false,
    };
    let mut initials = words.filter_map(|w| w.chars().next());
    first_matches && letters.all(|letter| initials.any(|i| i == letter))
}

/// Whether `acronym` abbreviates `words` as a glossary line may, a letter
/// from inside a word ("AWP", "annual workplan"): it opens on the first
/// word's initial and its other letters follow in order in the words.
fn abbreviates(acronym: &str, words: &[&str]) -> bool {
    let mut letters = acronym.chars();
    let opens = match (letters.next(), words.first()) {
        (Some(letter), Some(word)) => word.starts_with(letter),
        _ => false,
    };
    let mut rest = words.iter().flat_map(|w| w.chars()).skip(1);
    opens && letters.all(|letter| rest.any(|c| c == letter))
}

/// Record into `found` the acronyms one clause defines.
pub fn define(text: &str, tokens: &[Token], hits: &[Hit], found: &mut Acronyms) {
    let bytes = text.as_bytes();
    for (at, token) in tokens.iter().enumerate() {
        if !token.capitals {
            continue;
        }
        let Some(acronym) = text.get(token.range.clone()) else {
            continue;
        };
        let before = token.range.start.checked_sub(1).and_then(|i| bytes.get(i));
        let after = bytes.get(token.range.end);
        // "Groupes de travail (GT)": the words just before the parenthesis.
        if before == Some(&b'(') && after == Some(&b')') {
            let first = at.saturating_sub(EXPANSION_WORDS);
            let (Some(from), Some(last)) = (tokens.get(first), at.checked_sub(1)) else {
                continue;
            };
            let Some(to) = tokens.get(last).map(|t| t.range.end) else {
                continue;
            };
            // The expansion must reach the parenthesis.
            if text
                .get(to..token.range.start - 1)
                .is_some_and(|gap| gap.trim().is_empty())
            {
                let concepts = outermost(hits, from.range.start, to);
                let start = hits
                    .iter()
                    .filter(|h| h.range.start >= from.range.start && h.range.end <= to)
                    .map(|h| h.range.start)
                    .min();
                let ends_here = hits.iter().any(|h| h.range.end == to);
                let spelled = start.is_some_and(|start| {
                    let words = tokens
                        .iter()
                        .filter(|t| t.range.start >= start && t.range.end <= to);
                    spells(acronym, words.filter_map(|t| text.get(t.range.clone())))
                });
                if ends_here && spelled && !concepts.is_empty() {
                    found.entry(acronym.to_string()).or_insert(concepts);
                }
            }
        }
        // "GT : groupe de travail": a glossary line, or one entry of a line
        // that holds several ("ExCom = Executive Committee · WG = working
        // group").
        let opens_entry = at == 0
            || text
                .get(..token.range.start)
                .and_then(|before| before.trim_end().chars().last())
                .is_some_and(|c| ENTRY_SEPARATORS.contains(&c));
        if opens_entry {
            let rest = text.get(token.range.end..).unwrap_or_default();
            let separator = rest.trim_start();
            let opens = separator.starts_with([':', '-', '|', '=']);
            // The expansion runs from after the separator to the next entry.
            let body = token.range.end + (rest.len() - separator.len()) + 1;
            let end = text
                .get(body..)
                .and_then(|after| after.find(ENTRY_SEPARATORS))
                .map_or(text.len(), |k| body + k);
            let expansion: Vec<&str> = tokens
                .iter()
                .skip(at + 1)
                .take_while(|t| t.range.end <= end)
                .filter_map(|t| text.get(t.range.clone()))
                .collect();
            if opens
                && (1..=GLOSSARY_WORDS).contains(&expansion.len())
                && (spells(acronym, expansion.iter().copied()) || abbreviates(acronym, &expansion))
            {
                let concepts = outermost(hits, token.range.end, end);
                if !concepts.is_empty() {
                    found.entry(acronym.to_string()).or_insert(concepts);
                }
            }
        }
    }
}

/// Add to `hits` the concepts of the acronyms `tokens` write, where no hit
/// of that concept stands already; `hits` stay in order of position.
pub fn expand(text: &str, tokens: &[Token], hits: &mut Vec<Hit>, acronyms: &Acronyms) {
    if acronyms.is_empty() {
        return;
    }
    let mut added = false;
    for (at, token) in tokens.iter().enumerate() {
        if !token.capitals {
            continue;
        }
        let Some(concepts) = text.get(token.range.clone()).and_then(|w| acronyms.get(w)) else {
            continue;
        };
        for &concept in concepts {
            let known = hits.iter().any(|h| {
                h.concept == concept
                    && h.range.start <= token.range.start
                    && h.range.end >= token.range.end
            });
            if !known {
                hits.push(Hit {
                    concept,
                    tokens: at..at + 1,
                    range: token.range.clone(),
                });
                added = true;
            }
        }
    }
    if added {
        hits.sort_by_key(|h| h.range.start);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mandate::lexicon::{Lexicon, tokenize};
    use crate::mandate::schema::Localized;
    use crate::model::Language;
    use crate::text::fold::fold;

    fn lexicon() -> Lexicon {
        let mut l = Lexicon::default();
        let none = Localized::new();
        for (key, form) in [
            ("working-group", "groupe de travail"),
            ("rco", "bureau du coordonnateur resident"),
            ("resident-coordinator", "coordonnateur resident"),
        ] {
            l.add(
                key,
                none.clone(),
                crate::mandate::lexicon::Cue::None,
                &[(Some(Language::Fr), form)],
            );
        }
        l
    }

    /// The concepts found in `clauses`, in order, once the acronyms they
    /// define are known.
    fn concepts(clauses: &[&str]) -> Vec<Vec<String>> {
        let l = lexicon();
        let mut defined = Acronyms::new();
        let read: Vec<_> = clauses
            .iter()
            .map(|text| {
                let folded = fold(text);
                // Capitals as written: the clause's own text, folded
                // positions being the same for ASCII.
                let tokens = tokenize(&folded, Language::Fr, &|r| text.get(r));
                let hits = l.scan(&tokens, &folded, Language::Fr);
                define(&folded, &tokens, &hits, &mut defined);
                (folded, tokens, hits)
            })
            .collect();
        read.into_iter()
            .map(|(folded, tokens, mut hits)| {
                expand(&folded, &tokens, &mut hits, &defined);
                hits.iter()
                    .filter_map(|h| l.concepts.get(h.concept).map(|c| c.key.clone()))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn an_acronym_in_parentheses_says_its_expansion() {
        let found = concepts(&[
            "Des groupes de travail (GT) sont créés.",
            "Le CE revoit les GT.",
        ]);
        assert_eq!(found[1], ["working-group"]);
    }

    #[test]
    fn a_glossary_line_defines_an_acronym_used_before_it() {
        let found = concepts(&["Appui du BCR.", "BCR : Bureau du Coordonnateur resident"]);
        // The outermost concept only: the Office, not the Coordinator.
        assert_eq!(found[0], ["rco"]);
    }

    #[test]
    fn a_glossary_line_may_hold_several_entries() {
        let found = concepts(&[
            "GT = groupe de travail \u{b7} BCR = bureau du coordonnateur resident",
            "Le GT et le BCR.",
        ]);
        assert_eq!(found[1], ["working-group", "rco"]);
    }

    #[test]
    fn a_glossary_line_may_take_a_letter_from_inside_a_word() {
        let found = concepts(&[
            "BCOR = bureau du coordonnateur resident",
            "Le BCOR appuie.",
            "GTX = groupe de travail",
            "Le GTX se reunit.",
        ]);
        assert_eq!(found[1], ["rco"]);
        assert!(found[3].is_empty(), "{:?}", found[3]);
    }

    #[test]
    fn a_glossary_line_may_give_a_long_name() {
        let found = concepts(&[
            "GTRM : Groupe de travail regional des Nations Unies sur les migrations pour l'Afrique de l'Ouest",
            "Le GTRM.",
        ]);
        assert_eq!(found[1], ["working-group"]);
    }

    #[test]
    fn an_acronym_must_be_spelled_by_its_expansion() {
        let found = concepts(&["Un groupe de travail (PMM).", "Le PMM."]);
        assert!(found[1].is_empty(), "{:?}", found[1]);
    }

    #[test]
    fn lower_case_words_are_not_acronyms() {
        let found = concepts(&["Des groupes de travail (GT) existent.", "Le gt est un mot."]);
        assert!(found[1].is_empty(), "{:?}", found[1]);
    }
}
