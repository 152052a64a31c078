//! Output contracts: the JSON report against its schema, human output
//! snapshots (read by eye before accepting), exit codes, and the rule
//! reference generated from the rule data.

use crate::common::{root, torlint};

#[test]
fn json_output_matches_its_schema() {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("schemas/output.v1.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("empty.md"), "").unwrap();
    let empty = dir.path().join("empty.md");
    let run = torlint(&[
        "check",
        "--format",
        "json",
        "fixtures",
        "fixtures/office/tor.docx",
        empty.to_str().unwrap(),
    ]);
    let output: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&output)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    // The run covered findings, facts, related spans, an input error and
    // both kinds of place.
    let text = run.stdout;
    for needle in [
        "\"related\"",
        "\"facts\"",
        "\"input::empty\"",
        "\"focus\"",
        "\"kind\": \"text\"",
        "\"kind\": \"paragraph\"",
        "\"translation\"",
    ] {
        assert!(text.contains(needle), "{needle} in the output");
    }
    // A schema that rejects nothing would prove nothing.
    let broken = serde_json::json!({"version": 1, "tool": {"name": "torlint"}});
    assert!(!validator.is_valid(&broken));
}

#[test]
fn exit_codes_follow_the_contract() {
    assert_eq!(
        torlint(&["check", "fixtures/guinea.md"]).code,
        1,
        "errors fail"
    );
    assert_eq!(torlint(&["check", "fixtures/global-mandate.md"]).code, 0);
    assert_eq!(torlint(&["check", "fixtures/extra/kenya-en.md"]).code, 0);
    assert_eq!(
        torlint(&["check", "--fail-on", "never", "fixtures/guinea.md"]).code,
        0
    );
    assert_eq!(
        torlint(&["check", "--fail-on", "note", "fixtures/mali.md"]).code,
        1,
        "notes fail when asked"
    );
    assert_eq!(torlint(&["check"]).code, 2, "usage error");
    assert_eq!(torlint(&["check", "--format", "xml", "x.md"]).code, 2);
}

fn human(file: &str) -> String {
    let yaml = std::path::Path::new(file)
        .extension()
        .is_some_and(|e| e == "yaml");
    let lang = if yaml { "en" } else { "fr" };
    let run = torlint(&["check", "--color", "never", "--lang", lang, file]);
    assert!(!run.stdout.contains('\u{1b}'), "no colour codes");
    run.stdout
}

#[test]
fn human_output_guinea() {
    insta::assert_snapshot!("guinea", human("fixtures/guinea.md"));
}

#[test]
fn human_output_mali() {
    insta::assert_snapshot!("mali", human("fixtures/mali.md"));
}

#[test]
fn human_output_senegal() {
    insta::assert_snapshot!("senegal", human("fixtures/senegal.md"));
}

#[test]
fn human_output_in_english_for_an_english_tor() {
    insta::assert_snapshot!(
        "southern-africa",
        human("fixtures/extra/southern-africa-regional.yaml")
    );
}

#[test]
fn the_mandate_is_quoted_in_the_language_of_the_tor_then_in_the_original() {
    let quotes = |file: &str| {
        let run = torlint(&["check", "--format", "json", file]);
        let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        json["documents"][0]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["mandate"].clone())
            .collect::<Vec<_>>()
    };
    for (file, language) in [
        ("fixtures/extra/southern-africa-regional.yaml", "en"),
        ("fixtures/dev/bolivia-es.md", "es"),
    ] {
        let quotes = quotes(file);
        assert!(!quotes.is_empty(), "{file}");
        for quote in quotes {
            assert_eq!(
                quote["translation"]["language"], language,
                "{file}: {quote}"
            );
            assert!(quote["text"].as_str().is_some_and(|t| !t.is_empty()));
        }
    }
    // A French ToR reads the French text alone.
    for quote in quotes("fixtures/mali.md") {
        assert!(quote.get("translation").is_none(), "{quote}");
    }
    let english = human("fixtures/extra/southern-africa-regional.yaml");
    assert!(
        english.contains("says, translated from the French: “"),
        "{english}"
    );
}

#[test]
fn human_output_in_spanish_for_a_spanish_tor() {
    let run = torlint(&[
        "check",
        "--color",
        "never",
        "--lang",
        "es",
        "fixtures/dev/honduras-es.md",
    ]);
    // The words torlint itself writes around findings, in English and in
    // French: none may show in a Spanish report (the mandate is quoted in
    // the language it is held in, and the ToR in its own).
    for word in [
        "help:",
        "Advice",
        "note:",
        "checked:",
        "suggested wording",
        "aide :",
        "note :",
        "formulation proposée",
        "Vérification de",
        "errors",
        "warnings",
    ] {
        assert!(!run.stdout.contains(word), "{word:?} in:\n{}", run.stdout);
    }
    assert!(run.stdout.contains("ayuda: "));
    assert!(run.stdout.contains("Revisión de 1 documento: "));
    insta::assert_snapshot!("honduras-es", run.stdout);
}

/// The English words of torlint's own interface found in `text` (a French
/// report): headings, labels, severities, the words of its sentences.
fn english_words(text: &str) -> Vec<&str> {
    const ENGLISH: &[&str] = &[
        "the",
        "what",
        "why",
        "help",
        "advice",
        "scope",
        "pass",
        "fail",
        "wording",
        "error",
        "warning",
        "summary",
        "required",
        "recommended",
        "nothing",
        "says",
        "here",
        "found",
        "mandate",
        "suggested",
        "examples",
        "deviations",
        "matters",
        "entities",
        "network",
        "all",
        "and",
        "not",
        "of",
        "is",
    ];
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| ENGLISH.iter().any(|e| e.eq_ignore_ascii_case(w)))
        .collect()
}

#[test]
fn a_french_report_has_no_english_words() {
    let explain = torlint(&["explain", "secretariat.holder", "--lang", "fr"]);
    assert_eq!(explain.code, 0);
    insta::assert_snapshot!("explain-secretariat-holder-fr", explain.stdout);
    assert_eq!(english_words(&explain.stdout), Vec::<&str>::new());
    // Element ids are names, not words; the rest of the report is French.
    let report = human("fixtures/guinea.md");
    let words: String = report
        .split_whitespace()
        .filter(|w| !w.contains('[') && !w.contains("fixtures/"))
        .collect::<Vec<_>>()
        .join(" ");
    assert_eq!(english_words(&words), Vec::<&str>::new());
    // So are the errors met reading files.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("vide.md"), "").unwrap();
    std::fs::write(dir.path().join("latin1.md"), b"Secr\xe9tariat").unwrap();
    std::fs::write(
        dir.path().join("ouvert.md"),
        "---\nscope: national\n# Titre\n",
    )
    .unwrap();
    let run = crate::common::torlint_in(
        dir.path(),
        &[
            "check",
            "--lang",
            "fr",
            "vide.md",
            "latin1.md",
            "ouvert.md",
            "absent.md",
        ],
    );
    assert_eq!(run.code, 2);
    let words: String = run
        .stdout
        .split_whitespace()
        .filter(|w| !w.contains('[') && !w.contains(".md"))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(words.contains("le document est vide"), "{words}");
    // The operating system's own reason for an unreadable file is its own.
    let ours = words
        .split("impossible de lire le fichier :")
        .next()
        .unwrap_or("");
    assert_eq!(english_words(ours), Vec::<&str>::new(), "{words}");
    assert!(
        english_words("help: the network").len() == 3,
        "the check can fail"
    );
}

#[test]
fn explain_prints_the_rule_from_its_data() {
    let run = torlint(&["explain", "secretariat.holder"]);
    assert_eq!(run.code, 0);
    insta::assert_snapshot!("explain-secretariat-holder", run.stdout);
    let french = torlint(&["explain", "secretariat.holder", "--lang", "fr"]);
    assert!(
        french
            .stdout
            .contains("l'OIM assure le secrétariat du réseau")
    );
    let unknown = torlint(&["explain", "secretariat.owner"]);
    assert_eq!(unknown.code, 2);
    assert!(unknown.stderr.contains("unknown element"));
}

#[test]
fn rules_lists_every_element() {
    let table = torlint(&["rules"]);
    assert_eq!(
        table.stdout.lines().count(),
        1 + crate::common::element_count(),
        "a header and every element"
    );
    let json: serde_json::Value =
        serde_json::from_str(&torlint(&["rules", "--format", "json"]).stdout).unwrap();
    assert_eq!(
        json.as_array().unwrap().len(),
        crate::common::element_count()
    );
    assert_eq!(json[0]["id"], "mission.gcm-support");
}

/// `docs/rules.md` is generated; set `TORLINT_UPDATE_DOCS=1` to rewrite it.
#[test]
fn rule_reference_is_current() {
    let generated = torlint(&["rules", "--format", "markdown"]).stdout;
    let path = root().join("docs/rules.md");
    if std::env::var_os("TORLINT_UPDATE_DOCS").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/rules.md is out of date: run `TORLINT_UPDATE_DOCS=1 cargo test --test it output::`"
    );
}

/// The four traces `docs/trace.md` shows: a covered, a partial, a deviating
/// and a missing element.
const TRACES: [(&str, &str, &str); 4] = [
    ("covered", "secretariat.holder", "fixtures/dev/ghana-en.md"),
    ("partial", "mission.rights-wellbeing", "fixtures/senegal.md"),
    (
        "deviation",
        "secretariat.holder",
        "fixtures/dev/niger-fr.md",
    ),
    ("missing", "secretariat.functions", "fixtures/guinea.md"),
];

#[test]
fn trace_examples_are_current() {
    let mut generated = String::from(
        "# Why this status? `torlint check --trace`\n\n\
         `torlint check --trace ELEMENT FILE...` prints, clause by clause, the concepts the \
         lexicon found (`¬` marks a denied one, `?` one inside a condition, `~` one in a proposal the text turns down), whether the \
         clause addresses the element and which of its parts it states, then the status, \
         the reason and the finding. Clauses that neither address the element nor name the \
         subject of its statements are left out. The output below is generated by \
         `TORLINT_UPDATE_DOCS=1 cargo test --test it output::` and checked by the same test.\n",
    );
    for (status, element, file) in TRACES {
        let run = torlint(&["check", "--trace", element, file]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(
            run.stdout.contains(&format!("status: {status}")),
            "{element} on {file}:\n{}",
            run.stdout
        );
        generated.push_str(&format!(
            "\n## A {status} element\n\n```console\n$ torlint check --trace {element} {file}\n{}```\n",
            run.stdout
        ));
    }
    let path = root().join("docs/trace.md");
    if std::env::var_os("TORLINT_UPDATE_DOCS").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/trace.md is out of date: run `TORLINT_UPDATE_DOCS=1 cargo test --test it output::`"
    );
}
