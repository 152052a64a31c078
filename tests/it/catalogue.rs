//! Tests over the rule data itself: the catalogue matches the spec, every
//! element is documented in every language, and every element's pass/fail
//! examples behave as written.

use std::collections::BTreeSet;

use torlint::finding::Status;
use torlint::mandate::Mandate;
use torlint::model::{Language, Scope};

fn mandate() -> Mandate {
    Mandate::embedded().unwrap_or_else(|e| panic!("rules load: {e}"))
}

/// (id, level, scope) rows of the catalogue tables in the spec.
fn spec_rows() -> Vec<(String, String, String)> {
    let spec = include_str!("../../spec/mandate-elements.md");
    let catalogue = spec
        .split("## The three national ToRs")
        .next()
        .unwrap_or(spec);
    catalogue
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| id ") && !l.starts_with("| element"))
        .map(|l| {
            l.trim_matches('|')
                .split('|')
                .map(str::trim)
                .collect::<Vec<_>>()
        })
        .filter(|cells| cells.len() == 4 && cells[0].contains('.'))
        .map(|c| (c[0].to_string(), c[1].to_string(), c[2].to_string()))
        .collect()
}

#[test]
fn element_ids_levels_and_scopes_match_the_spec_exactly() {
    let m = mandate();
    let rows = spec_rows();
    assert_eq!(rows.len(), 45);
    let ours: Vec<&str> = m.elements.iter().map(|e| e.id.as_str()).collect();
    let theirs: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
    assert_eq!(ours, theirs, "same ids, in catalogue order");
    for (id, level, scope) in &rows {
        let e = m.element(id).unwrap();
        assert_eq!(
            torlint::report::json::level_str(e.level),
            level,
            "{id} level"
        );
        let expected: BTreeSet<Scope> = if scope == "all" {
            Scope::ALL.into_iter().collect()
        } else {
            scope.split(',').map(|s| Scope::parse(s).unwrap()).collect()
        };
        let got: BTreeSet<Scope> = e.scopes.iter().copied().collect();
        assert_eq!(got, expected, "{id} scope");
    }
}

#[test]
fn every_element_is_documented_in_every_language() {
    let m = mandate();
    for e in &m.elements {
        for (what, text) in [
            ("summary", &e.summary),
            ("why", &e.why),
            ("help", &e.help),
            ("suggestion", &e.suggestion),
        ] {
            for lang in Language::ALL.map(Language::as_str) {
                assert!(
                    text.get(lang).is_some_and(|t| !t.trim().is_empty()),
                    "{} has no {what} in {lang}",
                    e.id
                );
            }
        }
        assert!(!e.source.text.is_empty(), "{} quotes the mandate", e.id);
        assert!(
            ["003", "004"].contains(&e.source.document.as_str()),
            "{} names its source document",
            e.id
        );
        assert!(!e.pass_examples.is_empty(), "{} has pass examples", e.id);
        assert!(!e.fail_examples.is_empty(), "{} has fail examples", e.id);
        for lang in Language::ALL.map(Language::as_str) {
            for item in &e.items {
                assert!(item.name.contains_key(lang), "{} item in {lang}", e.id);
            }
            for d in &e.deviations {
                assert!(
                    d.message.contains_key(lang),
                    "{} {} in {lang}",
                    e.id,
                    d.kind
                );
            }
        }
    }
}

#[test]
fn every_pattern_of_the_rules_builds() {
    // Patterns are built when they first run; this builds them all.
    let m = mandate();
    assert!(m.prefilter.patterns().len() > 100);
    for pattern in m.prefilter.patterns() {
        assert!(pattern.build().is_ok(), "{pattern:?}");
    }
}

#[test]
fn every_message_key_exists_in_every_language() {
    let m = mandate();
    for (key, text) in &m.messages {
        let languages: BTreeSet<&str> = text.keys().map(String::as_str).collect();
        assert_eq!(
            languages,
            Language::ALL.map(Language::as_str).into_iter().collect(),
            "message {key}"
        );
    }
    for (key, term) in &m.terms {
        for lang in Language::ALL.map(Language::as_str) {
            assert!(term.name.contains_key(lang), "term {key} in {lang}");
        }
    }
}

/// Check one clause alone under the heading of `section`.
fn status_of_example(m: &Mandate, id: &str, clause: &str) -> Status {
    let folded = torlint::text::fold::fold(clause);
    let language = if [" le ", " la ", " des ", " du "]
        .iter()
        .any(|w| folded.contains(w))
    {
        Language::Fr
    } else {
        Language::En
    };
    crate::common::status_alone(m, id, language, clause)
}

#[test]
fn pass_examples_are_covered_and_fail_examples_are_not() {
    let m = mandate();
    let mut wrong = Vec::new();
    let mut count = 0;
    for e in &m.elements {
        for example in &e.pass_examples {
            count += 1;
            let status = status_of_example(&m, &e.id, example);
            if status != Status::Covered {
                wrong.push(format!(
                    "{} pass example is {}: {example}",
                    e.id,
                    status.as_str()
                ));
            }
        }
        for example in &e.fail_examples {
            count += 1;
            let status = status_of_example(&m, &e.id, example);
            if status == Status::Covered {
                wrong.push(format!("{} fail example is covered: {example}", e.id));
            }
        }
    }
    assert!(count > 90, "{count} examples");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// One snapshot per element, as ruff keeps one per rule: what torlint says
/// of each of the element's failing examples, read alone under the
/// element's heading. A change to one rule changes one snapshot.
#[test]
fn each_element_says_what_its_failing_examples_lack() {
    use std::fmt::Write as _;
    let m = mandate();
    for e in &m.elements {
        let mut text = String::new();
        for example in &e.fail_examples {
            let folded = torlint::text::fold::fold(example);
            let language = Language::detect(std::iter::once(folded.as_str()));
            let alone = crate::common::verdict_alone(&m, &e.id, language, example);
            writeln!(text, "{example}\n  status: {}", alone.status.as_str()).unwrap();
            if let Some(f) = &alone.finding {
                let at = f.target();
                writeln!(
                    text,
                    "  {}: {}\n  at: {:?}",
                    f.severity.as_str(),
                    f.message,
                    &alone.text[at.start..at.end]
                )
                .unwrap();
            }
            text.push('\n');
        }
        insta::assert_snapshot!(format!("rule-{}", e.id), text);
    }
}

#[test]
fn headings_from_the_seeds_and_their_english_equivalents_are_recognised() {
    let m = mandate();
    let cases = [
        ("Déclaration de mission", "mission"),
        ("Enoncé de Mission", "mission"),
        ("Énoncé de Mission", "mission"),
        ("Mission statement", "mission"),
        ("Purpose", "mission"),
        ("Objectifs du réseau", "objectives"),
        ("Objectives", "objectives"),
        ("Principes directeurs", "principles"),
        ("Guiding principles", "principles"),
        ("Composition", "structure"),
        ("Adhésion et composition", "structure"),
        ("Membres et composition du réseau", "structure"),
        ("Arrangements organisationnels", "structure"),
        ("Structure organisationnelle", "structure"),
        ("Modalités d'organisation", "structure"),
        ("Modalités d’organisation", "structure"),
        ("Membership and composition", "structure"),
        ("Organizational arrangements", "structure"),
        ("La prise de décision", "decision-making"),
        ("Prises de décision", "decision-making"),
        ("Decision-making", "decision-making"),
        ("Groupe de travail", "working-groups"),
        ("Groupes de travail", "working-groups"),
        ("Working groups", "working-groups"),
        ("Révision annuelle", "review"),
        ("Revue annuelle du Réseau :", "review"),
        ("Bilan annuel", "review"),
        ("Annual review", "review"),
        ("Secrétariat", "secretariat"),
        ("SECRETARIAT", "secretariat"),
        ("Faire rapport", "reporting"),
        ("Rapports", "reporting"),
        ("Rapports / Livrables", "reporting"),
        ("Reporting", "reporting"),
        ("4. Secretariat", "secretariat"),
        ("IV - Bilan annuel", "review"),
    ];
    for (title, id) in cases {
        assert_eq!(m.section_for(title), Some(id), "{title}");
    }
    for title in [
        "Termes De Référence Du Réseau Des Nations Unies Pour Les Migrations En République De Guinée",
        "Mandat du Réseau des Nations Unies sur les migrations pour le Sénégal",
        "Terms of Reference: United Nations Network on Migration in Kenya",
    ] {
        assert_eq!(m.section_for(title), None, "{title}");
    }
}
