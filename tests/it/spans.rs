//! Spans are exact: a finding's or element's span covers the bytes of the
//! clause in the file as written, and line/column point at its first
//! character, counted in characters.

use crate::common::{check_json, root};

/// The span of the first clause of `element` in the JSON report of `file`.
fn element_clause(file: &str, element: &str) -> (usize, usize, usize, usize) {
    let (json, _) = check_json(&[file]);
    let e = crate::common::element(&json, 0, element);
    let span = &e["clauses"][0];
    (
        span["start"].as_u64().unwrap() as usize,
        span["end"].as_u64().unwrap() as usize,
        span["line"].as_u64().unwrap() as usize,
        span["column"].as_u64().unwrap() as usize,
    )
}

/// Line and character column of byte `offset` in `text`, computed naively.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, text[line_start..offset].chars().count() + 1)
}

fn assert_span(file: &str, element: &str, expected_text: &str) {
    let text = std::fs::read_to_string(root().join(file)).unwrap();
    let (start, end, line, column) = element_clause(file, element);
    assert_eq!(
        &text[start..end],
        expected_text,
        "{file}: bytes of {element}"
    );
    assert_eq!(
        (line, column),
        line_column(&text, start),
        "{file}: position"
    );
}

#[test]
fn markdown_list_item_span_is_the_item_text() {
    assert_span(
        "fixtures/guinea.md",
        "structure.meetings",
        "le réseau se réunira selon les besoins et en règle générale tous les deux mois;",
    );
}

#[test]
fn markdown_paragraph_span_is_the_paragraph_text() {
    assert_span(
        "fixtures/mali.md",
        "secretariat.holder",
        "Le secrétariat du Réseau est assuré par l’OIM avec le support du Bureau du Coordinateur Résident.",
    );
}

#[test]
fn yaml_plain_scalar_span_is_the_scalar() {
    assert_span(
        "fixtures/extra/southern-africa-regional.yaml",
        "secretariat.holder",
        "The secretariat of the Network is hosted by UNDP, with the support of IOM.",
    );
}

#[test]
fn yaml_quoted_scalar_span_excludes_the_quotes() {
    assert_span(
        "fixtures/mali.yaml",
        "secretariat.holder",
        "Le secrétariat du Réseau est assuré par l’OIM avec le support du Bureau du Coordinateur Résident.",
    );
}

#[test]
fn focus_columns_count_characters_after_accented_text() {
    // Guinea names the Compact "PMM" once, after accented words on the same
    // line ("d'autres initiatives mondiales telles que le Forum mondial sur la
    // migration et le développement ..."); the finding points at it.
    let file = "fixtures/guinea.md";
    let text = std::fs::read_to_string(root().join(file)).unwrap();
    let (json, _) = check_json(&[file]);
    let finding = crate::common::finding(&json, 0, "consistency.gcm-name");
    let focus = &finding["focus"];
    let start = focus["start"].as_u64().unwrap() as usize;
    let end = focus["end"].as_u64().unwrap() as usize;
    assert_eq!(&text[start..end], "PMM");
    let (line, column) = line_column(&text, start);
    assert_eq!(focus["line"].as_u64().unwrap() as usize, line);
    assert_eq!(focus["column"].as_u64().unwrap() as usize, column);
    let line_text = text.lines().nth(line - 1).unwrap();
    assert!(
        line_text.len() > line_text.chars().count(),
        "accents before it"
    );
    for related in finding["related"].as_array().unwrap() {
        let s = &related["span"];
        let slice =
            &text[s["start"].as_u64().unwrap() as usize..s["end"].as_u64().unwrap() as usize];
        assert!(
            slice == "GCM" || slice == "PMM",
            "related span covers a variant: {slice}"
        );
    }
}

#[test]
fn missing_element_points_at_its_section_heading() {
    let file = "fixtures/guinea.md";
    let text = std::fs::read_to_string(root().join(file)).unwrap();
    let (json, _) = check_json(&[file]);
    let finding = crate::common::finding(&json, 0, "objectives.coordination-synergies");
    let s = &finding["span"];
    let slice = &text[s["start"].as_u64().unwrap() as usize..s["end"].as_u64().unwrap() as usize];
    assert_eq!(slice, "Objectifs du réseau");
    assert_eq!(finding["kind"], "missing");
}

#[test]
fn a_missing_element_whose_subject_is_named_points_at_that_clause() {
    let file = "fixtures/guinea.md";
    let text = std::fs::read_to_string(root().join(file)).unwrap();
    let (json, _) = check_json(&[file]);
    let finding = crate::common::finding(&json, 0, "secretariat.functions");
    let s = &finding["span"];
    let slice = &text[s["start"].as_u64().unwrap() as usize..s["end"].as_u64().unwrap() as usize];
    assert!(
        slice.starts_with("Les fonctions de secrétariat du réseau seront assumées"),
        "{slice}"
    );
    assert_eq!(finding["kind"], "missing");
    let message = finding["message"].as_str().unwrap();
    assert!(message.contains("does not say its functions"), "{message}");
}
