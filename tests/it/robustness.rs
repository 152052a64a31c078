//! The bad-input matrix beyond the basic classes (`tests/bad_input.rs)`:
//! hostile or unusual files are either checked normally with exact spans or
//! rejected with a spanned error, exit 2 and the other files intact; never a
//! panic, a hang or unbounded memory.

use std::path::Path;

use crate::common::{root, torlint_in};

fn check(dir: &Path, args: &[&str]) -> (serde_json::Value, i32) {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let run = torlint_in(dir, &all);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    (serde_json::from_str(&run.stdout).unwrap(), run.code)
}

fn doc<'a>(json: &'a serde_json::Value, name: &str) -> &'a serde_json::Value {
    json["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["path"].as_str().unwrap().ends_with(name))
        .unwrap()
}

/// The good file is still fully checked.
fn good_intact(json: &serde_json::Value) {
    let good = doc(json, "a-good.md");
    assert_eq!(
        good["elements"].as_array().unwrap().len(),
        crate::common::element_count()
    );
    assert!(good["errors"].as_array().unwrap().is_empty());
}

#[test]
fn a_yaml_alias_bomb_is_refused() {
    let mut yaml = String::from("a: &a [x, x, x, x, x, x, x, x, x]\n");
    let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    for pair in names.windows(2) {
        let (prev, next) = (pair[0], pair[1]);
        yaml.push_str(&format!(
            "{next}: &{next} [{}]\n",
            vec![format!("*{prev}"); 9].join(", ")
        ));
    }
    yaml.push_str("sections: [{title: x, clauses: *i}]\n");
    let dir = crate::common::with_bad_file("bomb.yaml", yaml.as_bytes());
    let (json, code) = check(dir.path(), &["."]);
    assert_eq!(code, 2);
    let errors = &doc(&json, "bomb.yaml")["errors"];
    assert!(
        errors[0]["message"].as_str().unwrap().contains("budget"),
        "{errors:#}"
    );
    good_intact(&json);
}

#[test]
fn a_hundred_megabyte_document_is_refused_by_size_then_read_with_a_higher_limit() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        root().join("fixtures/mali.md"),
        dir.path().join("a-good.md"),
    )
    .unwrap();
    let paragraph = "Le secrétariat du Réseau est assuré par l’OIM.\n\n";
    let big = paragraph.repeat(100_000_000 / paragraph.len() + 1);
    std::fs::write(dir.path().join("huge.md"), &big).unwrap();
    let (json, code) = check(dir.path(), &["."]);
    assert_eq!(code, 2);
    let error = &doc(&json, "huge.md")["errors"][0];
    assert_eq!(error["code"], "input::too-large");
    assert!(error["help"].as_str().unwrap().contains("--max-file-size"));
    good_intact(&json);
    // The limit is a setting: a lower one refuses a 50 KB file, a higher
    // one lets it through.
    std::fs::write(dir.path().join("huge.md"), paragraph.repeat(1_000)).unwrap();
    let (json, code) = check(dir.path(), &["--max-file-size", "20000", "huge.md"]);
    assert_eq!(code, 2);
    assert_eq!(
        doc(&json, "huge.md")["errors"][0]["code"],
        "input::too-large"
    );
    let (json, _) = check(dir.path(), &["--max-file-size", "1000000", "huge.md"]);
    assert!(
        doc(&json, "huge.md")["errors"]
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[test]
fn deep_nesting_does_not_overflow_the_stack() {
    let quotes = format!(
        "# T\n\n{} Le secrétariat est assuré par l'OIM.\n",
        ">".repeat(100_000)
    );
    let lists = format!("# T\n\n{}item\n", "- ".repeat(100_000));
    let dir = crate::common::with_bad_file("quotes.md", quotes.as_bytes());
    std::fs::write(dir.path().join("lists.md"), lists).unwrap();
    let (json, code) = check(dir.path(), &["."]);
    assert_eq!(code, 1, "checked normally");
    for name in ["quotes.md", "lists.md"] {
        assert!(
            doc(&json, name)["errors"].as_array().unwrap().is_empty(),
            "{name}"
        );
        assert_eq!(
            doc(&json, name)["elements"].as_array().unwrap().len(),
            crate::common::element_count()
        );
    }
    good_intact(&json);
}

#[test]
fn very_long_lines_and_lone_carriage_returns_keep_exact_spans() {
    let sentence = "Le secrétariat du Réseau est assuré par l’OIM. ";
    let long = format!("# Secrétariat\n\n{}\n", sentence.repeat(20_000));
    let lone_cr = "# Titre\r\r## Secrétariat\r\rLe secrétariat est assuré par l’OIM.\r";
    let dir = crate::common::with_bad_file("long.md", long.as_bytes());
    std::fs::write(dir.path().join("cr.md"), lone_cr).unwrap();
    let (json, _) = check(dir.path(), &["."]);
    let holder = |name: &str| {
        doc(&json, name)["elements"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["id"] == "secretariat.holder")
            .unwrap()["clauses"][0]
            .clone()
    };
    let span = holder("cr.md");
    let start = span["start"].as_u64().unwrap() as usize;
    let end = span["end"].as_u64().unwrap() as usize;
    assert_eq!(&lone_cr[start..end], "Le secrétariat est assuré par l’OIM.");
    assert_eq!(
        (span["line"].as_u64(), span["column"].as_u64()),
        (Some(5), Some(1))
    );
    let span = holder("long.md");
    assert_eq!(span["line"], 3);
    assert_eq!(
        span["end"].as_u64().unwrap() as usize,
        long.trim_end().len()
    );
    good_intact(&json);
}

#[test]
fn a_directory_where_a_file_is_expected() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("conf.toml")).unwrap();
    let run = torlint_in(dir.path(), &["check", "--config", "conf.toml", "."]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("conf.toml"), "{}", run.stderr);
    let run = torlint_in(dir.path(), &["check", "--baseline", "conf.toml", "."]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("conf.toml"), "{}", run.stderr);
}

#[test]
fn a_bad_rule_file_is_a_spanned_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("rules")).unwrap();
    std::fs::write(
        dir.path().join("rules/secretariat.yaml"),
        "section: secretariat\nelements:\n  - id: secretariat.holder\n    level: mandatory\n",
    )
    .unwrap();
    std::fs::copy(root().join("fixtures/mali.md"), dir.path().join("mali.md")).unwrap();
    let run = torlint_in(dir.path(), &["check", "--rules", "rules", "mali.md"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("rules/secretariat.yaml:4:"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("mandatory"), "{}", run.stderr);
    std::fs::write(
        dir.path().join("rules/secretariat.yaml"),
        std::fs::read_to_string(root().join("rules/secretariat.yaml"))
            .unwrap()
            .replacen("'\\bsecretariat\\b[^.;]*", "'(\\bsecretariat\\b[^.;]*", 1),
    )
    .unwrap();
    let run = torlint_in(dir.path(), &["check", "--rules", "rules", "mali.md"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("invalid pattern"), "{}", run.stderr);
}

#[test]
fn every_mistake_in_the_rule_files_is_reported_not_only_the_first() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("rules")).unwrap();
    let rules = |name: &str| std::fs::read_to_string(root().join("rules").join(name)).unwrap();
    // Two mistakes in one file, in two elements, and one in another file.
    std::fs::write(
        dir.path().join("rules/secretariat.yaml"),
        rules("secretariat.yaml")
            .replacen("[\"secretariat + provide", "[\"secretariatt + provide", 1)
            .replacen("[\"secretariat + meeting", "[\"secretariat + meetingg", 1),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("rules/review.yaml"),
        rules("review.yaml").replacen("level: required", "level: mandatory", 1),
    )
    .unwrap();
    std::fs::copy(root().join("fixtures/mali.md"), dir.path().join("mali.md")).unwrap();
    let run = torlint_in(dir.path(), &["check", "--rules", "rules", "mali.md"]);
    assert_eq!(run.code, 2);
    for expected in ["mandatory", "secretariatt", "meetingg"] {
        assert!(run.stderr.contains(expected), "{expected}:\n{}", run.stderr);
    }
}

#[test]
fn a_rule_directory_adds_a_synonym_without_code() {
    // A new way of naming UNODC, added as data only.
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("rules")).unwrap();
    let vocabulary = std::fs::read_to_string(root().join("rules/vocabulary.yaml"))
        .unwrap()
        .replacen(
            "      - '\\bonudc\\b'\n",
            "      - '\\bonudc\\b'\n      - '\\boffice contre la drogue\\b'\n",
            1,
        );
    std::fs::write(dir.path().join("rules/vocabulary.yaml"), vocabulary).unwrap();
    std::fs::write(
        dir.path().join("tor.md"),
        "# TdR\n\n## Structure\n\nLe Comité exécutif est composé de l'OIT, de l'OIM, du HCDH, du DAES, du PNUD, du HCR, de l'UNICEF et de l'Office contre la drogue.\n",
    )
    .unwrap();
    let status = |args: &[&str]| {
        let (json, _) = check(dir.path(), args);
        crate::common::element(&json, 0, "structure.excom-composition")["status"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(status(&["tor.md"]), "deviation");
    assert_eq!(status(&["--rules", "rules", "tor.md"]), "covered");
}
