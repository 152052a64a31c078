//! torlint as a CI linter: every output format on the same findings,
//! configuration, severity overrides, suppressions, baselines and
//! deterministic parallel runs.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use std::path::Path;

use common::{root, torlint, torlint_in};

const FIXTURE: &str = "fixtures/ci/formats.md";

fn format(name: &str) -> String {
    let run = torlint(&["check", "--color", "never", "--format", name, FIXTURE]);
    assert_eq!(
        run.code, 1,
        "{name}: the fixture has errors\n{}",
        run.stderr
    );
    run.stdout
}

#[test]
fn every_format_renders_the_same_findings() {
    for name in [
        "human",
        "concise",
        "json",
        "json-lines",
        "sarif",
        "junit",
        "github",
        "gitlab",
    ] {
        let text = format(name);
        // The same four findings appear in every format.
        for rule in [
            "principles.statement",
            "consistency.gcm-name",
            "decision.consensus",
            "secretariat.holder",
        ] {
            assert!(text.contains(rule), "{name} shows {rule}");
        }
        let text = text.replace(env!("CARGO_PKG_VERSION"), "[version]");
        insta::assert_snapshot!(format!("format-{name}"), text);
    }
}

#[test]
fn sarif_validates_against_the_official_schema() {
    // One `pattern` of the official schema (run.language) has an unescaped
    // `]`, literal in ECMAScript but an error for strict meta-validation:
    // escape it in memory, leaving the vendored file as published.
    let text = std::fs::read_to_string(root().join("schemas/vendor/sarif-2.1.0-rtm.5.json"))
        .unwrap()
        .replace(r"{2}-[a-zA-Z]{2}]?$", r"{2}-[a-zA-Z]{2}\\]?$");
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let log: serde_json::Value = serde_json::from_str(&format("sarif")).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    let results = log["runs"][0]["results"].as_array().unwrap();
    assert!(results.iter().any(|r| {
        r["relatedLocations"]
            .as_array()
            .is_some_and(|l| !l.is_empty())
    }));
    assert_eq!(
        log["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .unwrap()
            .len(),
        45
    );
    // The validator rejects what is not SARIF.
    assert!(!validator.is_valid(&serde_json::json!({"version": "2.1.0", "runs": [{}]})));
}

#[test]
fn junit_is_well_formed_xml() {
    let text = format("junit");
    let xml = roxmltree::Document::parse(&text).unwrap();
    let root = xml.root_element();
    assert_eq!(root.tag_name().name(), "testsuites");
    let failures: usize = root.attribute("failures").unwrap().parse().unwrap();
    assert_eq!(failures, 4);
    let cases = root
        .descendants()
        .filter(|n| n.has_tag_name("testcase"))
        .count();
    assert_eq!(cases, 45);
}

#[test]
fn github_lines_are_workflow_commands() {
    let text = format("github");
    let command =
        regex::Regex::new(r"^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:,]+::\S.*$")
            .unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4);
    for line in lines {
        assert!(command.is_match(line), "{line}");
    }
}

/// A scratch repository holding one copy of the fixture.
fn repo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("tors/regional")).unwrap();
    std::fs::copy(root().join(FIXTURE), dir.path().join("tors/ruritania.md")).unwrap();
    dir
}

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap();
}

#[test]
fn configuration_is_discovered_upward_and_the_command_line_wins() {
    let dir = repo();
    write(
        dir.path(),
        "torlint.toml",
        "fail-on = \"never\"\nlanguage = \"fr\"\n\n[severity]\n\"secretariat.holder\" = \"note\"\n",
    );
    let sub = dir.path().join("tors");
    // Discovered from a sub-folder: findings no longer fail, messages in French.
    let run = torlint_in(&sub, &["check", "--format", "concise", "ruritania.md"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(
        run.stdout
            .contains("note[secretariat.holder] le secrétariat est assuré par le PNUD")
    );
    // The command line wins over the file.
    let run = torlint_in(
        &sub,
        &[
            "check",
            "--fail-on",
            "error",
            "--lang",
            "en",
            "--format",
            "concise",
            "ruritania.md",
        ],
    );
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("the secretariat is held by UNDP"));
    let settings = torlint_in(&sub, &["check", "--show-settings"]);
    assert_eq!(settings.code, 0);
    assert!(
        settings.stdout.contains("torlint.toml"),
        "{}",
        settings.stdout
    );
    assert!(
        settings
            .stdout
            .contains("\"secretariat.holder\" = \"note\"")
    );
    // --config names another file.
    write(dir.path(), "strict.toml", "fail-on = \"note\"\n");
    let run = torlint_in(
        dir.path(),
        &["check", "--config", "strict.toml", "tors/ruritania.md"],
    );
    assert_eq!(run.code, 1);
}

#[test]
fn unknown_configuration_keys_are_spanned_errors() {
    let dir = repo();
    write(
        dir.path(),
        "torlint.toml",
        "scope = \"national\"\nfail_on = \"never\"\n",
    );
    let run = torlint_in(dir.path(), &["check", "tors"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("unknown field `fail_on`"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("torlint.toml:2:1"), "{}", run.stderr);
    write(
        dir.path(),
        "torlint.toml",
        "[severity]\n\"secretariat.owner\" = \"off\"\n",
    );
    let run = torlint_in(dir.path(), &["check", "tors"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("unknown element `secretariat.owner`"),
        "{}",
        run.stderr
    );
}

#[test]
fn severity_overrides_and_per_path_settings() {
    let dir = repo();
    std::fs::copy(
        root().join("fixtures/extra/southern-africa-regional.yaml"),
        dir.path().join("tors/regional/southern-africa.yaml"),
    )
    .unwrap();
    write(
        dir.path(),
        "torlint.toml",
        "[severity]\n\"decision.consensus\" = \"off\"\n\"secretariat.holder\" = \"warning\"\n\n[[overrides]]\npaths = [\"tors/regional/**\"]\n[overrides.severity]\n\"secretariat.holder\" = \"off\"\n",
    );
    let run = torlint_in(dir.path(), &["check", "--format", "concise", "tors"]);
    assert!(!run.stdout.contains("decision.consensus"), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("ruritania.md:61:1: warning[secretariat.holder]")
    );
    assert!(
        !run.stdout
            .lines()
            .any(|l| l.contains("southern-africa.yaml") && l.contains("[secretariat.holder]")),
        "off under regional/: {}",
        run.stdout
    );
    assert!(
        run.stdout.contains("southern-africa.yaml"),
        "the regional ToR is checked"
    );
}

#[test]
fn fail_on_is_separate_from_what_is_shown() {
    let dir = repo();
    let run = torlint_in(
        dir.path(),
        &[
            "check",
            "--min-severity",
            "error",
            "--format",
            "concise",
            "tors",
        ],
    );
    assert_eq!(run.code, 1);
    assert!(!run.stdout.contains("warning["));
    let run = torlint_in(
        dir.path(),
        &[
            "check",
            "--min-severity",
            "error",
            "--fail-on",
            "never",
            "tors",
        ],
    );
    assert_eq!(run.code, 0);
    let run = torlint_in(
        dir.path(),
        &[
            "check",
            "--fail-on",
            "warning",
            "--exclude",
            "**/ruritania.md",
            "tors",
        ],
    );
    assert_eq!(run.code, 0, "nothing left to check: {}", run.stdout);
}

fn with_comment(comment: &str, before: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(root().join(FIXTURE)).unwrap();
    assert!(text.contains(before));
    let text = text.replacen(before, &format!("{comment}\n\n{before}"), 1);
    write(dir.path(), "tor.md", &text);
    dir
}

#[test]
fn a_suppression_with_a_reason_waives_the_next_clause() {
    let dir = with_comment(
        "<!-- torlint-disable secretariat.holder -- UNDP hosts it until the IOM office opens in 2027 -->",
        "The secretariat of the Network",
    );
    let run = torlint_in(dir.path(), &["check", "--format", "json", "tor.md"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let doc = &json["documents"][0];
    assert!(
        !doc["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["rule"] == "secretariat.holder")
    );
    assert_eq!(doc["suppressed"][0]["rule"], "secretariat.holder");
    assert_eq!(
        doc["suppressed"][0]["reason"],
        "UNDP hosts it until the IOM office opens in 2027"
    );
    assert_eq!(json["summary"]["suppressed"], 1);
    let human = torlint_in(dir.path(), &["check", "tor.md"]);
    assert!(human.stdout.contains("1 suppressed"), "{}", human.stdout);
}

#[test]
fn a_file_wide_suppression_waives_missing_elements() {
    let dir = with_comment(
        "<!-- torlint-disable-file principles.statement -- principles are in the annex -->",
        "# Terms of Reference",
    );
    let run = torlint_in(dir.path(), &["check", "--format", "concise", "tor.md"]);
    assert!(
        !run.stdout.contains("principles.statement"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_suppression_without_a_reason_is_an_error() {
    let dir = with_comment(
        "<!-- torlint-disable secretariat.holder -->",
        "The secretariat of the Network",
    );
    let run = torlint_in(dir.path(), &["check", "--format", "concise", "tor.md"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stdout
            .contains("error[input::invalid-suppression] this suppression gives no reason"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("secretariat.holder] the secretariat is held by UNDP"),
        "not waived"
    );
}

#[test]
fn an_unused_suppression_is_reported() {
    let dir = with_comment(
        "<!-- torlint-disable decision.body -- kept from an older draft -->",
        "The secretariat of the Network",
    );
    let run = torlint_in(dir.path(), &["check", "--format", "concise", "tor.md"]);
    assert!(
        run.stdout.contains(
            "warning[suppression.unused] this suppression of decision.body matches no finding"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn yaml_suppressions_use_comments() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(root().join("fixtures/extra/southern-africa-regional.yaml"))
        .unwrap();
    let text = text.replace(
        "  - title: Secretariat\n",
        "  # torlint-disable secretariat.holder -- interim arrangement agreed with the regional office\n  - title: Secretariat\n",
    );
    write(dir.path(), "tor.yaml", &text);
    let run = torlint_in(dir.path(), &["check", "--format", "concise", "tor.yaml"]);
    assert!(
        !run.stdout.contains("[secretariat.holder]"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("suppression.unused"));
}

#[test]
fn baseline_round_trip_fails_only_on_new_findings() {
    let dir = repo();
    let run = torlint_in(
        dir.path(),
        &["check", "--write-baseline", "baseline.json", "tors"],
    );
    assert_eq!(run.code, 1, "writing the baseline still reports");
    let run = torlint_in(
        dir.path(),
        &["check", "--baseline", "baseline.json", "tors"],
    );
    assert_eq!(run.code, 0, "everything is in the baseline: {}", run.stdout);
    assert!(run.stdout.contains("4 in the baseline"), "{}", run.stdout);
    // Edit an unrelated paragraph: lines move, nothing new fails.
    let path = dir.path().join("tors/ruritania.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let edited = text.replace(
        "## 1. Purpose\n",
        "## 1. Purpose\n\nThis paragraph was added in the 2025 revision.\n\nAnother one, to move every line.\n",
    );
    std::fs::write(&path, &edited).unwrap();
    let run = torlint_in(
        dir.path(),
        &["check", "--baseline", "baseline.json", "tors"],
    );
    assert_eq!(run.code, 0, "{}", run.stdout);
    // A new deviation fails.
    let worse = edited.replace(
        "Working groups may be established by the Executive Committee",
        "Working groups may be established by the co-chairs",
    );
    std::fs::write(&path, worse).unwrap();
    let run = torlint_in(
        dir.path(),
        &[
            "check",
            "--baseline",
            "baseline.json",
            "--format",
            "concise",
            "tors",
        ],
    );
    assert_eq!(run.code, 0, "a warning does not fail by default");
    assert_eq!(
        run.stdout
            .lines()
            .filter(|l| l.contains("[working-groups.establishment]"))
            .count(),
        1
    );
    assert_eq!(
        run.stdout.lines().count(),
        2,
        "only the new finding and the summary: {}",
        run.stdout
    );
}

#[test]
fn output_files_are_written_for_each_format() {
    let dir = repo();
    let run = torlint_in(
        dir.path(),
        &[
            "check",
            "--format",
            "sarif",
            "--output",
            "out/report.sarif",
            "--format",
            "junit",
            "--output",
            "report.xml",
            "--format",
            "concise",
            "tors",
        ],
    );
    assert_eq!(
        run.code, 2,
        "the out/ folder does not exist: {}",
        run.stderr
    );
    std::fs::create_dir(dir.path().join("out")).unwrap();
    let run = torlint_in(
        dir.path(),
        &[
            "check",
            "--format",
            "sarif",
            "--output",
            "out/report.sarif",
            "--format",
            "junit",
            "--output",
            "report.xml",
            "--format",
            "concise",
            "tors",
        ],
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.contains("[secretariat.holder]"),
        "concise went to stdout"
    );
    let sarif = std::fs::read_to_string(dir.path().join("out/report.sarif")).unwrap();
    assert!(sarif.contains("\"version\": \"2.1.0\""));
    let junit = std::fs::read_to_string(dir.path().join("report.xml")).unwrap();
    assert!(junit.starts_with("<?xml"));
    let leftovers: Vec<_> = std::fs::read_dir(dir.path().join("out")).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "no temporary file left behind");
}

#[test]
fn two_hundred_documents_give_byte_identical_output_twice() {
    let dir = tempfile::tempdir().unwrap();
    let fixtures = ["guinea.md", "mali.md", "senegal.md", "mali.yaml"];
    for i in 0..200 {
        let name = fixtures[i % fixtures.len()];
        let (stem, ext) = name.split_once('.').unwrap();
        std::fs::copy(
            root().join("fixtures").join(name),
            dir.path().join(format!("{i:03}-{stem}.{ext}")),
        )
        .unwrap();
    }
    let first = torlint_in(dir.path(), &["check", "--format", "json", "."]);
    let second = torlint_in(dir.path(), &["check", "--format", "json", "."]);
    assert_eq!(first.code, 1);
    let json: serde_json::Value = serde_json::from_str(&first.stdout).unwrap();
    assert_eq!(json["documents"].as_array().unwrap().len(), 200);
    assert!(first.stdout == second.stdout, "outputs differ");
    let paths: Vec<&str> = json["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["path"].as_str().unwrap())
        .collect();
    let mut sorted = paths.clone();
    sorted.sort_unstable();
    assert_eq!(paths, sorted, "documents come in file-name order");
}

#[test]
fn completions_and_man_page_come_from_the_command_definition() {
    let bash = torlint(&["completions", "bash"]);
    assert_eq!(bash.code, 0);
    assert!(bash.stdout.contains("--write-baseline"));
    let man = torlint(&["man"]);
    assert!(
        man.stdout.contains(".TH torlint"),
        "{}",
        &man.stdout[..200.min(man.stdout.len())]
    );
}

#[test]
fn no_color_and_color_flags() {
    let plain = torlint(&["check", FIXTURE]);
    assert!(
        !plain.stdout.contains('\u{1b}'),
        "NO_COLOR is set by the test helper"
    );
    let coloured = torlint(&["check", "--color", "always", FIXTURE]);
    assert!(coloured.stdout.contains('\u{1b}'));
    let quiet = torlint(&["check", "--quiet", "--format", "concise", FIXTURE]);
    assert_eq!(quiet.stdout.lines().count(), 4, "no summary line");
    let stats = torlint(&["check", "--statistics", FIXTURE]);
    assert!(
        stats.stdout.contains("    1  decision.consensus"),
        "{}",
        stats.stdout
    );
}
