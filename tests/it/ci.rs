//! torlint as a CI linter: every output format on the same findings,
//! configuration, severity overrides, suppressions, baselines and
//! deterministic parallel runs.

use std::path::Path;

use crate::common::{root, torlint, torlint_in};

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
fn every_format_locates_a_finding_where_human_output_does() {
    // Human output: "╭─[path:line:column]" per finding, in order.
    let human: Vec<String> = format("human")
        .lines()
        .filter_map(|l| {
            l.split_once("╭─[")
                .map(|(_, rest)| rest.trim_end_matches(']').to_string())
        })
        .collect();
    assert_eq!(human.len(), 4, "{human:?}");
    let concise: Vec<String> = format("concise")
        .lines()
        .filter(|l| l.contains(": ") && l.contains('['))
        .filter_map(|l| l.split(": ").next().map(str::to_string))
        .collect();
    assert_eq!(concise, human, "concise and human agree");
    let github: Vec<String> = format("github")
        .lines()
        .filter_map(|l| {
            let field = |key: &str| {
                l.split([',', ' '])
                    .find_map(|p| p.strip_prefix(key).map(str::to_string))
            };
            Some(format!(
                "{}:{}:{}",
                field("file=")?,
                field("line=")?,
                field("col=")?
            ))
        })
        .collect();
    let mut sorted_human = human.clone();
    sorted_human.sort();
    let mut sorted_github = github;
    sorted_github.sort();
    assert_eq!(sorted_github, sorted_human, "github and human agree");
    let sarif: serde_json::Value = serde_json::from_str(&format("sarif")).unwrap();
    let mut sarif_at: Vec<String> = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let l = &r["locations"][0]["physicalLocation"];
            format!(
                "{}:{}:{}",
                l["artifactLocation"]["uri"].as_str().unwrap(),
                l["region"]["startLine"],
                l["region"]["startColumn"]
            )
        })
        .collect();
    sarif_at.sort();
    assert_eq!(sarif_at, sorted_human, "sarif and human agree");
}

#[test]
fn help_says_how_the_message_language_is_chosen_and_it_is() {
    let help = torlint(&["check", "--help"]).stdout;
    assert!(help.contains("LANG"), "{help}");
    assert!(help.contains("torlint.toml"), "{help}");
    let french = std::process::Command::new(env!("CARGO_BIN_EXE_torlint"))
        .current_dir(root())
        .args(["check", "--format", "concise", FIXTURE])
        .env("LANG", "fr_FR.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    let text = String::from_utf8(french.stdout).unwrap();
    assert!(
        text.contains("rien dans les TdR ne dit"),
        "the locale decides: {text}"
    );
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
        crate::common::element_count()
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
    assert_eq!(cases, crate::common::element_count());
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
            .contains("ruritania.md:61:45: warning[secretariat.holder]")
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
fn a_suppression_at_the_end_of_a_line_waives_that_clause() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(root().join(FIXTURE)).unwrap();
    let line = text
        .lines()
        .find(|l| l.starts_with("The secretariat of the Network"))
        .unwrap();
    let waived =
        format!("{line} <!-- torlint-disable secretariat.holder -- UNDP hosts it until 2027 -->");
    write(dir.path(), "tor.md", &text.replacen(line, &waived, 1));
    let run = torlint_in(dir.path(), &["check", "--format", "json", "tor.md"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        json["documents"][0]["suppressed"][0]["rule"],
        "secretariat.holder"
    );
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
fn a_yaml_waiver_at_the_end_of_a_clause_line_waives_that_clause() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(root().join("fixtures/extra/southern-africa-regional.yaml"))
        .unwrap();
    let clause = "with the support of IOM.";
    assert!(text.contains(clause));
    let text = text.replace(
        clause,
        &format!("{clause}  # torlint-disable secretariat.holder -- interim arrangement"),
    );
    write(dir.path(), "tor.yaml", &text);
    let run = torlint_in(dir.path(), &["check", "--format", "concise", "tor.yaml"]);
    assert!(
        !run.stdout.contains("[secretariat.holder]"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("suppression.unused"), "{}", run.stdout);
    assert!(run.stdout.contains("1 suppressed"), "{}", run.stdout);
}

#[test]
fn every_subcommand_has_the_man_page_torlint_1_names() {
    let dir = tempfile::tempdir().unwrap();
    let run = torlint(&["man", "--output-dir", dir.path().to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let main = std::fs::read_to_string(dir.path().join("torlint.1")).unwrap();
    let named: Vec<String> = main
        .lines()
        .filter_map(|l| l.strip_suffix("(1)"))
        .map(|name| name.replace("\\-", "-"))
        .collect();
    assert!(named.len() >= 8, "{main}");
    for name in named {
        let page = std::fs::read_to_string(dir.path().join(format!("{name}.1")))
            .unwrap_or_else(|_| panic!("{name}.1 exists"));
        assert!(page.contains(".SH NAME"));
        let run = torlint(&["man", name.trim_start_matches("torlint-")]);
        assert_eq!(run.stdout, page, "torlint man {name} prints the same page");
    }
}

#[test]
fn baseline_round_trip_fails_only_on_new_findings() {
    let dir = repo();
    let run = torlint_in(
        dir.path(),
        &["check", "--baseline", "baseline.json", "tors"],
    );
    assert_eq!(run.code, 2, "no baseline yet: {}", run.stderr);
    assert!(
        run.stderr.contains("--write-baseline baseline.json"),
        "says how to create it: {}",
        run.stderr
    );
    let run = torlint_in(
        dir.path(),
        &["check", "--write-baseline", "baseline.json", "tors"],
    );
    assert_eq!(run.code, 0, "writing the baseline succeeds: {}", run.stderr);
    assert!(run.stdout.is_empty(), "no report: {}", run.stdout);
    assert!(
        run.stderr
            .contains("wrote 4 findings to the baseline baseline.json"),
        "{}",
        run.stderr
    );
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
            "sarif=out/report.sarif",
            "--format",
            "junit=report.xml",
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
            "sarif=out/report.sarif",
            "--format",
            "junit=report.xml",
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

#[test]
fn an_output_that_could_pair_with_several_formats_is_refused() {
    let dir = repo();
    let run = torlint_in(
        dir.path(),
        &[
            "check",
            "tors",
            "--format",
            "github",
            "--format",
            "sarif",
            "--output",
            "torlint.sarif",
        ],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("--format FORMAT=torlint.sarif"),
        "{}",
        run.stderr
    );
    assert!(!dir.path().join("torlint.sarif").exists());
    // One format: --output is unambiguous.
    let run = torlint_in(
        dir.path(),
        &[
            "check",
            "tors",
            "--format",
            "sarif",
            "--output",
            "one.sarif",
        ],
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    let sarif: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("one.sarif")).unwrap())
            .unwrap();
    assert_eq!(sarif["version"], "2.1.0");
}

#[test]
fn a_folder_without_a_tor_is_an_error_that_says_what_was_skipped() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "draft.docx", "not really a Word file");
    write(dir.path(), "notes.txt", "notes");
    let run = torlint_in(dir.path(), &["check", "."]);
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(run.stderr.contains("no ToR to check"), "{}", run.stderr);
    assert!(run.stderr.contains("2 other files"), "{}", run.stderr);
    assert!(
        run.stderr.contains("torlint check FILE.docx"),
        "{}",
        run.stderr
    );
}

#[test]
fn walking_skips_hidden_and_ignored_files_and_counts_what_it_passes_over() {
    let dir = repo();
    std::fs::create_dir_all(dir.path().join(".github/workflows")).unwrap();
    write(dir.path(), ".github/workflows/ci.yml", "on: push\n");
    write(dir.path(), ".gitignore", "build/\n");
    std::fs::create_dir_all(dir.path().join("build")).unwrap();
    write(dir.path(), "build/copy.md", "# Copy\n");
    write(dir.path(), "tors/draft.docx", "binary");
    let run = torlint_in(dir.path(), &["check", "--format", "concise", "."]);
    assert!(!run.stdout.contains(".github"), "{}", run.stdout);
    assert!(!run.stdout.contains("build/copy.md"), "{}", run.stdout);
    assert!(
        run.stdout.contains(
            "1 document checked: 2 errors, 1 warning, 1 note; 1 file skipped (not Markdown or YAML)"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn named_files_follow_include_and_exclude_as_pre_commit_names_them() {
    let dir = repo();
    write(dir.path(), "README.md", "# A project\n");
    write(dir.path(), "torlint.toml", "include = [\"tors/**\"]\n");
    // Only files outside `include`: nothing to check, and that is fine.
    let run = torlint_in(
        dir.path(),
        &["check", "README.md", ".pre-commit-config.yaml"],
    );
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("2 files skipped by the configuration"),
        "{}",
        run.stdout
    );
    let run = torlint_in(
        dir.path(),
        &[
            "check",
            "--format",
            "concise",
            "README.md",
            "tors/ruritania.md",
        ],
    );
    assert_eq!(run.code, 1);
    assert!(!run.stdout.contains("README.md:"), "{}", run.stdout);
    assert!(run.stdout.contains("tors/ruritania.md:"), "{}", run.stdout);
}

#[test]
fn overrides_can_make_drafts_advisory() {
    let dir = repo();
    std::fs::create_dir_all(dir.path().join("tors/drafts")).unwrap();
    std::fs::rename(
        dir.path().join("tors/ruritania.md"),
        dir.path().join("tors/drafts/ruritania.md"),
    )
    .unwrap();
    write(
        dir.path(),
        "torlint.toml",
        "[[overrides]]\npaths = [\"tors/drafts/**\"]\nfail-on = \"never\"\n",
    );
    let run = torlint_in(dir.path(), &["check", "tors"]);
    assert_eq!(run.code, 0, "drafts do not fail: {}", run.stdout);
    assert!(run.stdout.contains("2 errors"), "{}", run.stdout);
    let run = torlint_in(dir.path(), &["check", "--fail-on", "error", "tors"]);
    assert_eq!(run.code, 1, "the command line wins");
}

#[test]
fn a_mistyped_element_id_gets_a_suggestion_everywhere() {
    let dir = repo();
    let run = torlint_in(dir.path(), &["explain", "secretariat.holdr"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("did you mean `secretariat.holder`?"),
        "{}",
        run.stderr
    );
    write(
        dir.path(),
        "torlint.toml",
        "[severity]\n\"secretariat.holdr\" = \"off\"\n\"decision.concensus\" = \"off\"\n",
    );
    let run = torlint_in(dir.path(), &["check", "tors"]);
    assert_eq!(run.code, 2);
    for near in ["secretariat.holder", "decision.consensus"] {
        assert!(
            run.stderr.contains(&format!("did you mean `{near}`?")),
            "every mistake, each with its suggestion: {}",
            run.stderr
        );
    }
    std::fs::remove_file(dir.path().join("torlint.toml")).unwrap();
    let text = std::fs::read_to_string(dir.path().join("tors/ruritania.md")).unwrap();
    write(
        dir.path(),
        "tors/ruritania.md",
        &format!("{text}\n<!-- torlint-disable-file principles.statment -- annex -->\n"),
    );
    let run = torlint_in(dir.path(), &["check", "--format", "concise", "tors"]);
    assert!(
        run.stdout.contains("did you mean `principles.statement`?"),
        "{}",
        run.stdout
    );
}

#[test]
fn github_annotations_come_most_serious_first_with_a_step_summary() {
    let dir = repo();
    let summary = dir.path().join("summary.md");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_torlint"))
        .current_dir(dir.path())
        .args(["check", "--format", "github", "tors"])
        .env("GITHUB_ACTIONS", "true")
        .env("GITHUB_STEP_SUMMARY", &summary)
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    let ranks: Vec<u8> = stdout
        .lines()
        .map(|l| match l.split_whitespace().next() {
            Some("::error") => 0,
            Some("::warning") => 1,
            _ => 2,
        })
        .collect();
    assert!(ranks.len() > 2, "{stdout}");
    assert!(
        ranks.is_sorted(),
        "errors, then warnings, then notices: {stdout}"
    );
    let table = std::fs::read_to_string(&summary).unwrap();
    assert!(table.contains("| Document | Errors |"), "{table}");
    assert!(table.contains("`tors/ruritania.md`"), "{table}");
}

#[test]
fn a_report_that_cannot_be_written_leaves_the_others_whole() {
    let dir = repo();
    let run = torlint_in(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "--format",
            "sarif=missing-folder/out.sarif",
            "--format",
            "junit=out.xml",
            "tors",
        ],
    );
    assert_eq!(
        run.code, 2,
        "an unwritable report is an error: {}",
        run.stderr
    );
    assert!(
        run.stderr.contains("cannot write missing-folder/out.sarif"),
        "{}",
        run.stderr
    );
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert!(!json["documents"].as_array().unwrap().is_empty());
    let junit = std::fs::read_to_string(dir.path().join("out.xml")).unwrap();
    assert!(junit.trim_end().ends_with("</testsuites>"), "{junit}");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| {
            std::path::Path::new(n)
                .extension()
                .is_some_and(|e| e == "tmp")
        })
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

/// Copy a folder tree.
fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A scratch repository holding what the documented commands name: the
/// fixtures, ToRs in `tors/` and `regional/`, Word drafts, rule folders.
fn documented_workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let at = dir.path();
    copy_tree(&root().join("fixtures"), &at.join("fixtures"));
    std::fs::create_dir_all(at.join("tors/regional")).unwrap();
    for name in ["guinea.md", "mali.md"] {
        std::fs::copy(
            root().join("fixtures").join(name),
            at.join("tors").join(name),
        )
        .unwrap();
    }
    std::fs::create_dir_all(at.join("regional")).unwrap();
    std::fs::copy(
        root().join("fixtures/extra/southern-africa-regional.yaml"),
        at.join("regional/southern-africa.yaml"),
    )
    .unwrap();
    for folder in ["my-rules", "rules-local"] {
        std::fs::create_dir_all(at.join(folder)).unwrap();
    }
    for name in ["draft.docx", "projet.docx"] {
        std::fs::write(at.join(name), crate::common::docx()).unwrap();
    }
    dir
}

/// Check that a report written in `format` parses as that format.
fn assert_parses(format: &str, text: &str, what: &str) {
    match format {
        "json" | "sarif" | "gitlab" => {
            let value: serde_json::Value = serde_json::from_str(text)
                .unwrap_or_else(|e| panic!("{what}: not JSON ({e}): {text}"));
            if format == "sarif" {
                assert_eq!(value["version"], "2.1.0", "{what}");
            }
        }
        "json-lines" => {
            for line in text.lines() {
                serde_json::from_str::<serde_json::Value>(line)
                    .unwrap_or_else(|e| panic!("{what}: not JSON lines ({e}): {line}"));
            }
        }
        "github" => assert!(
            text.lines().all(|l| l.starts_with("::")),
            "{what}: not workflow commands: {text}"
        ),
        "junit" => assert!(text.starts_with("<?xml"), "{what}: not XML"),
        "csv" | "facts-csv" => {
            let mut reader = csv::Reader::from_reader(text.as_bytes());
            let width = reader.headers().unwrap().len();
            for record in reader.records() {
                assert_eq!(record.unwrap().len(), width, "{what}: ragged CSV");
            }
        }
        "html" => assert!(text.contains("<html"), "{what}: not HTML"),
        _ => {}
    }
}

/// Run one documented `torlint ...` command line in `dir`, as a shell would
/// (words split on spaces, `> FILE` redirected), and check what it wrote.
fn run_documented(dir: &Path, line: &str, source: &str) {
    let words: Vec<&str> = line.split_whitespace().collect();
    let (command, redirect) = match words.iter().position(|w| *w == ">") {
        Some(at) => (&words[1..at], words.get(at + 1).copied()),
        None => (&words[1..], None),
    };
    let run = torlint_in(dir, command);
    let what = format!("{source}: `{line}`");
    let checks = matches!(command.first(), Some(&"check" | &"compare"));
    assert!(
        run.code == 0 || (checks && run.code == 1),
        "{what} exited {}: {}{}",
        run.code,
        run.stdout,
        run.stderr
    );
    if let Some(file) = redirect {
        std::fs::write(dir.join(file), &run.stdout).unwrap();
    }
    // Every report the command wrote parses as its format.
    let mut format_of_output = None;
    for (i, word) in command.iter().enumerate() {
        if *word != "--format" {
            continue;
        }
        let value = command[i + 1];
        match value.split_once('=') {
            Some((format, file)) => {
                let bytes =
                    std::fs::read(dir.join(file)).unwrap_or_else(|_| panic!("{what} wrote {file}"));
                if format == "docx" {
                    // A Word file is a zip archive with the document inside.
                    let zip = zip::ZipArchive::new(std::io::Cursor::new(bytes));
                    let mut zip = zip.unwrap_or_else(|e| panic!("{what}: not a zip ({e})"));
                    assert!(zip.by_name("word/document.xml").is_ok(), "{what}");
                } else {
                    let text = String::from_utf8(bytes).unwrap_or_else(|_| panic!("{what}: UTF-8"));
                    assert_parses(format, &text, &what);
                }
            }
            None => format_of_output = Some(value),
        }
    }
    if let Some(format) = format_of_output {
        match command.iter().position(|w| *w == "--output") {
            Some(at) => {
                let file = command[at + 1];
                let text = std::fs::read_to_string(dir.join(file))
                    .unwrap_or_else(|_| panic!("{what} wrote {file}"));
                assert_parses(format, &text, &what);
            }
            None => assert_parses(format, &run.stdout, &what),
        }
    }
}

/// The `run:` steps of a workflow, as YAML gives them.
fn workflow_runs(yaml: &str) -> Vec<String> {
    let workflow: serde_json::Value = serde_saphyr::from_str(yaml).unwrap();
    let mut runs = Vec::new();
    for job in workflow["jobs"].as_object().unwrap().values() {
        for step in job["steps"].as_array().unwrap() {
            if let Some(run) = step["run"].as_str() {
                runs.push(run.trim().to_string());
            }
        }
    }
    runs
}

#[test]
fn readme_and_workflow_commands_run_as_written() {
    let dir = documented_workspace();
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let mut ran = 0;
    let mut in_block: Option<String> = None;
    let mut yaml = String::new();
    let mut console_expect: Option<(String, String)> = None;
    for line in readme.lines() {
        if let Some(info) = line.strip_prefix("```") {
            match in_block.take() {
                Some(kind) => {
                    if kind == "yaml" && yaml.contains("jobs:") {
                        for run in workflow_runs(&yaml) {
                            if run.starts_with("torlint ") {
                                run_documented(dir.path(), &run, "README workflow");
                                ran += 1;
                            }
                        }
                    }
                    if kind == "toml" {
                        let sub = documented_workspace();
                        std::fs::write(sub.path().join("torlint.toml"), &yaml).unwrap();
                        run_documented(sub.path(), "torlint check --show-settings", "README toml");
                        run_documented(sub.path(), "torlint check tors/", "README toml");
                        ran += 2;
                    }
                    yaml.clear();
                }
                None => in_block = Some(info.trim().to_string()),
            }
            continue;
        }
        let Some(kind) = in_block.as_deref() else {
            continue;
        };
        match kind {
            "sh" => {
                let command = line.split(" # ").next().unwrap_or("").trim();
                if command.starts_with("torlint ") {
                    run_documented(dir.path(), command, "README");
                    ran += 1;
                }
            }
            "console" => {
                if let Some(command) = line.strip_prefix("$ ") {
                    let words: Vec<&str> = command.split_whitespace().skip(1).collect();
                    let run = torlint_in(dir.path(), &words);
                    assert!(run.code != 2, "`{command}`: {}", run.stderr);
                    console_expect = Some((command.to_string(), run.stdout));
                    ran += 1;
                } else if let Some((command, stdout)) = console_expect.take() {
                    assert_eq!(
                        stdout.lines().next(),
                        Some(line),
                        "`{command}` prints what the README shows"
                    );
                }
            }
            "yaml" | "toml" => {
                yaml.push_str(line);
                yaml.push('\n');
            }
            _ => {}
        }
    }
    let workflow = std::fs::read_to_string(root().join("docs/github-actions.yml")).unwrap();
    for run in workflow_runs(&workflow) {
        if run.starts_with("torlint ") {
            run_documented(dir.path(), &run, "docs/github-actions.yml");
            ran += 1;
        }
    }
    assert!(
        ran >= 20,
        "the documented commands were found and run: {ran}"
    );
}

/// Run a program in `dir`; `None` when it is not installed.
fn program(dir: &Path, name: &str, args: &[&str]) -> Option<std::process::Output> {
    std::process::Command::new(name)
        .args(args)
        .current_dir(dir)
        .env("PRE_COMMIT_HOME", dir.join(".cache-pre-commit"))
        .output()
        .ok()
}

#[test]
// Saying that the test was skipped, and why, is the point of the message.
#[allow(clippy::print_stderr)]
fn the_pre_commit_hook_checks_only_the_tors_of_a_repository() {
    let dir = tempfile::tempdir().unwrap();
    let at = dir.path();
    if program(at, "pre-commit", &["--version"]).is_none_or(|o| !o.status.success()) {
        eprintln!("skipped: pre-commit is not installed (pip install pre-commit; .ci/run does)");
        return;
    }
    // The hook as shipped, run from this build instead of a cargo install.
    let manifest: serde_json::Value = serde_saphyr::from_str(
        &std::fs::read_to_string(root().join(".pre-commit-hooks.yaml")).unwrap(),
    )
    .unwrap();
    let mut hook = manifest[0].clone();
    let entry = hook["entry"].as_str().unwrap();
    let args = entry
        .strip_prefix("torlint")
        .expect("the entry runs torlint");
    hook["entry"] = format!("{}{args}", env!("CARGO_BIN_EXE_torlint")).into();
    hook["language"] = "system".into();
    let config = serde_json::json!({"repos": [{"repo": "local", "hooks": [hook]}]});
    // JSON is YAML: pre-commit reads it as its configuration.
    write(at, ".pre-commit-config.yaml", &config.to_string());
    write(
        at,
        "README.md",
        "# Our terms of reference\n\nNot a ToR itself.\n",
    );
    std::fs::create_dir_all(at.join(".github/workflows")).unwrap();
    write(at, ".github/workflows/ci.yml", "on: push\njobs: {}\n");
    write(at, "torlint.toml", "include = [\"tors/**\"]\n");
    std::fs::create_dir_all(at.join("tors")).unwrap();
    std::fs::copy(root().join("fixtures/mali.md"), at.join("tors/mali.md")).unwrap();
    let git = |args: &[&str]| {
        let out = program(at, "git", args).expect("git runs");
        assert!(out.status.success(), "git {args:?}: {out:?}");
    };
    git(&["init", "-q"]);
    git(&["add", "-A"]);
    let run = program(at, "pre-commit", &["run", "--all-files"]).unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(run.status.success(), "a compliant ToR passes: {stdout}");
    // A ToR with errors fails the hook, and only the ToRs are named.
    std::fs::copy(root().join("fixtures/guinea.md"), at.join("tors/guinea.md")).unwrap();
    git(&["add", "-A"]);
    let run = program(at, "pre-commit", &["run", "--all-files"]).unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(!run.status.success(), "{stdout}");
    assert!(stdout.contains("tors/guinea.md:"), "{stdout}");
    for other in ["README.md:", "ci.yml:", ".pre-commit-config.yaml:"] {
        assert!(!stdout.contains(other), "{other} is not checked: {stdout}");
    }
}
