//! The checker reaches a careful reader's verdicts: on the three national
//! seeds (the table at the end of spec/mandate-elements.md), on the global
//! mandate, and on fixtures written to test generalisation.

use std::collections::{BTreeMap, BTreeSet};

use crate::common::{check_json, root, statuses, statuses_of};

const STATUSES: [&str; 5] = [
    "covered",
    "partial",
    "deviation",
    "missing",
    "not-applicable",
];

/// The statuses a table cell accepts.
fn accepted(cell: &str) -> BTreeSet<&'static str> {
    let cell = cell.trim();
    if cell == "either" {
        return ["covered", "partial", "missing"].into_iter().collect();
    }
    let words: BTreeSet<&str> = STATUSES
        .into_iter()
        .filter(|s| {
            cell.split(|c: char| !(c.is_alphanumeric() || c == '-'))
                .any(|w| w == *s)
        })
        .collect();
    assert!(!words.is_empty(), "no status in cell `{cell}`");
    // "deviation (no ILO, no UN DESA)" names one status; explanations in
    // brackets never contain status words of their own.
    words
}

/// The expected table: element -> [Guinea, Mali, Senegal] accepted statuses.
fn expected_table() -> BTreeMap<String, [BTreeSet<&'static str>; 3]> {
    let spec = std::fs::read_to_string(root().join("spec/mandate-elements.md")).unwrap();
    let start = spec
        .find("| element | Guinea (000) | Mali (001) | Senegal (002) |")
        .expect("the verdict table");
    spec[start..]
        .lines()
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .map(|line| {
            let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
            (
                cells[0].to_string(),
                [accepted(cells[1]), accepted(cells[2]), accepted(cells[3])],
            )
        })
        .collect()
}

#[test]
fn the_three_national_seeds_reach_the_careful_readers_verdicts() {
    let table = expected_table();
    assert!(
        table.len() >= 20,
        "the table was read: {} rows",
        table.len()
    );
    let files = [
        "fixtures/guinea.md",
        "fixtures/mali.md",
        "fixtures/senegal.md",
    ];
    let (json, _) = check_json(&files);
    let mut wrong = Vec::new();
    for (column, file) in files.iter().enumerate() {
        let got = statuses(&json, column);
        assert_eq!(
            got.len(),
            crate::common::element_count(),
            "{file}: every catalogue element applies to a national ToR"
        );
        for (id, status) in &got {
            let ok = match table.get(id) {
                Some(row) => row[column].contains(status.as_str()),
                None => status == "covered",
            };
            if !ok {
                wrong.push(format!("{file}: {id} is {status}"));
            }
        }
        for id in table.keys() {
            assert!(got.contains_key(id), "{file}: {id} is evaluated");
        }
    }
    assert!(
        wrong.is_empty(),
        "verdicts that differ from the table:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_global_mandate_has_no_error_or_warning() {
    let (json, code) = check_json(&["fixtures/global-mandate.md"]);
    let summary = &json["summary"];
    assert_eq!(summary["errors"], 0, "{json:#}");
    assert_eq!(summary["warnings"], 0, "{json:#}");
    assert_eq!(code, 0);
    let got = statuses(&json, 0);
    // Elements scoped to national and regional networks are not listed.
    assert!(!got.contains_key("structure.resident-coordinator"));
    assert!(got.values().all(|s| s == "covered"), "{got:#?}");
}

#[test]
fn mali_in_markdown_and_in_yaml_get_the_same_statuses() {
    assert_eq!(
        statuses_of("fixtures/mali.md"),
        statuses_of("fixtures/mali.yaml")
    );
}

/// Checks `file` against the statuses written here; every element not
/// listed must be `covered`.
fn assert_statuses(file: &str, expected: &[(&str, &str)]) {
    let got = statuses_of(file);
    let expected: BTreeMap<&str, &str> = expected.iter().copied().collect();
    let wrong: Vec<String> = got
        .iter()
        .filter(|(id, status)| {
            expected.get(id.as_str()).copied().unwrap_or("covered") != status.as_str()
        })
        .map(|(id, status)| {
            format!(
                "{id}: got {status}, expected {}",
                expected.get(id.as_str()).copied().unwrap_or("covered")
            )
        })
        .collect();
    assert!(wrong.is_empty(), "{file}:\n{}", wrong.join("\n"));
}

#[test]
fn an_english_tor_with_numbered_and_bold_headings_is_fully_covered() {
    assert_statuses("fixtures/extra/kenya-en.md", &[]);
}

#[test]
fn a_french_draft_with_many_deviations() {
    assert_statuses(
        "fixtures/extra/cote-divoire-deviations.md",
        &[
            ("mission.network-alignment", "missing"),
            ("mission.gcm-objectives", "missing"),
            ("mission.development-frameworks", "missing"),
            ("objectives.coordinated-support", "missing"),
            ("objectives.coherent-action", "missing"),
            ("objectives.knowledge-source", "missing"),
            ("objectives.one-voice", "missing"),
            ("objectives.coordination-synergies", "missing"),
            ("objectives.capacity-building", "missing"),
            ("objectives.stakeholder-engagement", "partial"),
            ("objectives.information-sharing", "missing"),
            ("objectives.global-initiatives", "missing"),
            ("objectives.regional-initiatives", "missing"),
            ("principles.statement", "missing"),
            ("structure.excom-composition", "deviation"),
            ("structure.excom-role", "missing"),
            ("structure.coordinator", "deviation"),
            // One duty of five (statements): partial, as the spec counts lists.
            ("structure.co-chairs", "partial"),
            ("structure.resident-coordinator", "deviation"),
            ("structure.members-role", "missing"),
            ("structure.joint-statements", "deviation"),
            ("decision.consensus", "deviation"),
            ("decision.body", "deviation"),
            ("decision.no-consensus", "missing"),
            ("working-groups.establishment", "deviation"),
            ("working-groups.composition", "missing"),
            ("working-groups.review", "missing"),
            ("secretariat.holder", "deviation"),
            ("secretariat.functions", "missing"),
            ("review.annual-meeting", "missing"),
            ("review.annual-workplan", "missing"),
            ("review.working-methods", "missing"),
            ("reporting.national-ownership", "missing"),
            ("consistency.gcm-name", "deviation"),
        ],
    );
}

#[test]
fn a_regional_yaml_tor_in_english_with_deviations() {
    assert_statuses(
        "fixtures/extra/southern-africa-regional.yaml",
        &[
            ("mission.gcm-support", "partial"),
            ("mission.rights-wellbeing", "missing"),
            ("mission.added-value", "missing"),
            ("mission.guiding-frameworks", "missing"),
            ("mission.network-alignment", "missing"),
            ("mission.gcm-objectives", "missing"),
            ("mission.development-frameworks", "missing"),
            ("objectives.coordinated-support", "missing"),
            ("objectives.coherent-action", "missing"),
            ("objectives.knowledge-source", "missing"),
            ("objectives.one-voice", "missing"),
            ("objectives.coordination-synergies", "missing"),
            ("objectives.capacity-building", "missing"),
            ("objectives.information-sharing", "missing"),
            ("objectives.global-initiatives", "missing"),
            ("objectives.regional-initiatives", "missing"),
            ("principles.statement", "missing"),
            ("structure.excom-composition", "deviation"),
            ("structure.excom-role", "missing"),
            ("structure.coordinator", "deviation"),
            ("structure.co-chairs", "missing"),
            ("structure.members-role", "missing"),
            ("structure.joint-statements", "missing"),
            ("decision.consensus", "deviation"),
            ("decision.body", "deviation"),
            ("decision.no-consensus", "missing"),
            ("working-groups.establishment", "deviation"),
            ("working-groups.composition", "missing"),
            ("working-groups.review", "missing"),
            ("secretariat.holder", "deviation"),
            ("secretariat.functions", "missing"),
            ("review.annual-meeting", "missing"),
            ("review.annual-workplan", "missing"),
            ("review.working-methods", "missing"),
        ],
    );
}

#[test]
fn deviation_messages_name_what_departs() {
    let (json, _) = check_json(&["--lang", "fr", "fixtures/guinea.md", "fixtures/senegal.md"]);
    let message = |doc: usize, rule: &str| -> String {
        crate::common::finding(&json, doc, rule)["message"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(
        message(0, "structure.excom-composition"),
        "s'écarte du mandat : il manque l'OIT et le DAES"
    );
    assert_eq!(
        message(0, "secretariat.holder"),
        "le secrétariat est assuré par le Coordonnateur résident ; l'OIM ne fait que l'appuyer"
    );
    assert!(message(1, "structure.resident-coordinator").contains("le HCDH et l'OIM"));
    assert!(message(1, "working-groups.establishment").contains("l'équipe de pays"));
    let meetings = |doc: usize| {
        crate::common::element(&json, doc, "structure.meetings")["facts"]["periodicity"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(meetings(0), "tous les deux mois");
    assert_eq!(meetings(1), "tous les trois mois");
}

#[test]
fn english_messages_on_request() {
    let (json, _) = check_json(&["--lang", "en", "fixtures/guinea.md"]);
    let finding = crate::common::finding(&json, 0, "secretariat.holder");
    assert_eq!(
        finding["message"],
        "the secretariat is held by the Resident Coordinator; IOM only supports it"
    );
    // Help and suggested wording stay in the document's language.
    assert!(
        finding["suggestion"]
            .as_str()
            .unwrap()
            .starts_with("Le secrétariat")
    );
}
