//! Helping ToR authors: import from Word and plain text, a skeleton that
//! passes the checker, and messages in French and English.

use crate::common::{check_json, docx, docx_of, root, statuses, statuses_of, torlint, torlint_in};

#[test]
fn a_word_file_becomes_a_checked_markdown_tor() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("projet.docx"), docx()).unwrap();
    let run = torlint_in(
        dir.path(),
        &[
            "import",
            "projet.docx",
            "--country",
            "Niger",
            "--output",
            "tdr.md",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let markdown = std::fs::read_to_string(dir.path().join("tdr.md")).unwrap();
    insta::assert_snapshot!("import-docx", markdown);
    assert!(markdown.contains("# Termes de référence du Réseau – Niger"));
    assert!(markdown.contains("## Secrétariat"));
    assert!(markdown.contains("\n**Prise de décision**\n"));
    assert!(markdown.contains("- Le Réseau se réunit tous les trois mois."));
    assert!(markdown.contains("| Coprésidence | OIM & PNUD |"));
    let check = torlint_in(dir.path(), &["check", "--format", "json", "tdr.md"]);
    let json: serde_json::Value = serde_json::from_str(&check.stdout).unwrap();
    assert_eq!(json["documents"][0]["meta"]["country"], "Niger");
    assert_eq!(json["documents"][0]["meta"]["language"], "fr");
    let status = |id: &str| {
        crate::common::element(&json, 0, id)["status"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(status("secretariat.holder"), "deviation");
    assert_eq!(status("decision.consensus"), "deviation");
    assert_eq!(status("structure.meetings"), "covered");
    // Never overwrites without --force.
    let again = torlint_in(dir.path(), &["import", "projet.docx", "--output", "tdr.md"]);
    assert_eq!(again.code, 2);
    assert!(again.stderr.contains("--force"));
    let forced = torlint_in(
        dir.path(),
        &["import", "projet.docx", "--output", "tdr.md", "--force"],
    );
    assert_eq!(forced.code, 0);
}

#[test]
fn a_draft_with_tracked_changes_imports_as_accepted_and_says_so() {
    let p = |runs: &str| format!("<w:p>{runs}</w:p>");
    let r = |text: &str| format!("<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>");
    let body = [
        p("<w:pPr><w:pStyle w:val=\"Titre1\"/></w:pPr><w:r><w:t>Prise de décision</w:t></w:r>"),
        p(&r("Les décisions du Réseau sont prises par consensus.")),
        p(&format!(
            "<w:del w:id=\"1\" w:author=\"RCO\"><w:r><w:delText>À défaut de consensus, les décisions sont prises à la majorité simple.</w:delText></w:r></w:del><w:ins w:id=\"2\" w:author=\"RCO\">{}</w:ins>",
            r("À défaut de consensus, l'OIM recherche un accord avec les membres du Comité exécutif.")
        )),
    ]
    .concat();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("projet.docx"), docx_of(&body)).unwrap();
    let accepted = torlint_in(dir.path(), &["import", "projet.docx", "--lang", "en"]);
    assert_eq!(accepted.code, 0, "{}", accepted.stderr);
    assert!(
        accepted
            .stderr
            .contains("tracked changes (1 insertion, 1 deletion); they are read as accepted"),
        "{}",
        accepted.stderr
    );
    assert!(
        !accepted.stdout.contains("majorité simple"),
        "{}",
        accepted.stdout
    );
    assert!(accepted.stdout.contains("l'OIM recherche un accord"));
    let rejected = torlint_in(
        dir.path(),
        &[
            "import",
            "projet.docx",
            "--changes",
            "reject",
            "--lang",
            "en",
        ],
    );
    assert!(
        rejected.stdout.contains("à la majorité simple"),
        "{}",
        rejected.stdout
    );
    assert!(!rejected.stdout.contains("l'OIM recherche"));
    assert!(
        rejected.stderr.contains("read as rejected"),
        "{}",
        rejected.stderr
    );
    // check reads the same file with its changes accepted, says so, and
    // fails only on its findings.
    let checked = torlint_in(
        dir.path(),
        &["check", "--lang", "en", "--format", "json", "projet.docx"],
    );
    assert_eq!(checked.code, 1, "{}", checked.stderr);
    assert!(
        checked.stderr.starts_with(
            "projet.docx: warning: the file holds tracked changes (1 insertion, 1 deletion); it is checked with them accepted"
        ),
        "{}",
        checked.stderr
    );
    let json: serde_json::Value = serde_json::from_str(&checked.stdout).unwrap();
    assert_eq!(
        crate::common::statuses(&json, 0)["decision.consensus"],
        "covered"
    );
}

#[test]
fn a_file_that_is_not_a_word_file_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("broken.docx"), b"not a zip").unwrap();
    let run = torlint_in(dir.path(), &["import", "broken.docx"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("broken.docx") && run.stderr.contains("zip"),
        "{}",
        run.stderr
    );
}

#[test]
fn each_seed_text_imports_to_the_statuses_of_its_fixture() {
    for country in ["guinea", "mali", "senegal"] {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join(format!("{country}.md"));
        let run = torlint(&[
            "import",
            &format!("fixtures/seeds/{country}.txt"),
            "--scope",
            "national",
            "--country",
            country,
            "--output",
            out.to_str().unwrap(),
        ]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert_eq!(
            statuses_of(out.to_str().unwrap()),
            statuses_of(&format!("fixtures/{country}.md")),
            "{country}"
        );
    }
}

#[test]
fn init_writes_a_tor_that_passes_in_every_language_once_its_placeholders_are_filled() {
    for (lang, scope) in [
        ("fr", "national"),
        ("en", "national"),
        ("en", "regional"),
        ("fr", "regional"),
        ("es", "national"),
        ("es", "regional"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let run = torlint_in(
            dir.path(),
            &[
                "init",
                "--lang",
                lang,
                "--scope",
                scope,
                "--country",
                "Niger",
                "--output",
                "tor.md",
            ],
        );
        assert_eq!(run.code, 0, "{}", run.stderr);
        let check = || {
            let run = torlint_in(dir.path(), &["check", "--format", "json", "tor.md"]);
            serde_json::from_str::<serde_json::Value>(&run.stdout).unwrap()
        };
        // As written, only its two placeholders are reported.
        let json = check();
        assert_eq!(json["summary"]["errors"], 0, "{lang} {scope}: {json}");
        let rules: Vec<&str> = json["documents"][0]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["rule"].as_str().unwrap())
            .collect();
        assert_eq!(
            rules,
            ["placeholder.unfilled", "placeholder.unfilled"],
            "{lang} {scope}"
        );
        assert_eq!(json["documents"][0]["meta"]["language"], lang);
        // No sentence is written twice.
        let text = std::fs::read_to_string(dir.path().join("tor.md")).unwrap();
        let mut sentences: Vec<&str> = text
            .lines()
            .filter(|l| l.len() > 3 && !l.starts_with("---"))
            .collect();
        let all = sentences.len();
        sentences.sort_unstable();
        sentences.dedup();
        assert_eq!(sentences.len(), all, "{lang} {scope}: a sentence twice");
        // Filled in, nothing is.
        let filled = [
            ("[LIEU]", "la Maison des Nations Unies"),
            ("[FRÉQUENCE]", "deux mois"),
            ("[PLACE]", "the UN House"),
            ("[FREQUENCY]", "two months"),
            ("[LUGAR]", "la Casa de las Naciones Unidas"),
            ("[FRECUENCIA]", "dos meses"),
        ]
        .iter()
        .fold(text, |t, (field, value)| t.replace(field, value));
        std::fs::write(dir.path().join("tor.md"), filled).unwrap();
        let json = check();
        assert_eq!(json["summary"]["errors"], 0, "{lang} {scope}: {json}");
        assert_eq!(json["summary"]["warnings"], 0, "{lang} {scope}: {json}");
        let again = torlint_in(dir.path(), &["init", "--lang", lang, "--output", "tor.md"]);
        assert_eq!(again.code, 2, "never overwrites without --force");
    }
}

#[test]
fn init_names_the_frameworks_of_the_country_s_region_and_they_are_read_as_such() {
    for (country, region, words) in [
        ("Niger", None, "Agenda 2063"),
        ("Nepal", None, "Colombo"),
        ("Honduras", None, "Los Angeles"),
        ("Jordan", None, "Arab"),
        ("Ukraine", None, "Budapest"),
        ("Atlantis", None, "relevant regional frameworks"),
        ("Atlantis", Some("asia-pacific"), "Colombo"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let mut args = vec![
            "init",
            "--lang",
            "en",
            "--country",
            country,
            "--output",
            "tor.md",
        ];
        if let Some(region) = region {
            args.extend(["--region", region]);
        }
        let run = torlint_in(dir.path(), &args);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let text = std::fs::read_to_string(dir.path().join("tor.md")).unwrap();
        let line = text
            .lines()
            .find(|l| l.contains("Sustainable Development Goals,"))
            .unwrap();
        assert!(line.contains(words), "{country}: {line}");
        assert_eq!(
            !line.contains("African Union"),
            words != "Agenda 2063",
            "{country}: {line}"
        );
        let (json, _) = check_json(&[dir.path().join("tor.md").to_str().unwrap()]);
        assert_eq!(
            statuses(&json, 0)["mission.development-frameworks"],
            "covered",
            "{country}: {line}"
        );
    }
    let unknown = torlint(&["init", "--country", "X", "--region", "mars"]);
    assert_eq!(unknown.code, 2);
    assert!(
        unknown.stderr.contains("asia-pacific"),
        "{}",
        unknown.stderr
    );
}

#[test]
fn the_same_finding_in_french_and_in_english() {
    let file = "fixtures/extra/cote-divoire-deviations.md";
    let finding = |lang: &str| {
        let run = torlint(&["check", "--color", "never", "--lang", lang, file]);
        let start = run.stdout.find("[secretariat.holder]").unwrap();
        let start = run.stdout[..start].rfind('\n').map_or(0, |n| n + 1);
        let end = run.stdout[start..]
            .find("\n\n\n")
            .map_or(run.stdout.len(), |e| start + e);
        run.stdout[start..end].to_string()
    };
    insta::assert_snapshot!("finding-fr", finding("fr"));
    insta::assert_snapshot!("finding-en", finding("en"));
}

#[test]
fn the_help_follows_the_locale_or_lang() {
    let french = std::process::Command::new(env!("CARGO_BIN_EXE_torlint"))
        .args(["check", "--help"])
        .env("LC_ALL", "fr_FR.UTF-8")
        .output()
        .unwrap();
    let page = String::from_utf8_lossy(&french.stdout);
    assert!(french.status.success());
    assert!(page.contains("Utilisation : torlint check"), "{page}");
    assert!(page.contains("Fichiers ou dossiers à vérifier"), "{page}");
    assert!(!page.contains("Print help"), "{page}");
    let spanish = torlint(&["check", "--lang", "es", "-h"]);
    assert!(
        spanish.stdout.contains("Uso: torlint check"),
        "{}",
        spanish.stdout
    );
    let english = torlint(&["check", "--help"]);
    assert!(
        english.stdout.contains("Usage: torlint check"),
        "{}",
        english.stdout
    );
}

#[test]
fn a_usage_error_follows_the_locale_or_lang() {
    let french = std::process::Command::new(env!("CARGO_BIN_EXE_torlint"))
        .args(["chek", "fixtures/mali.md"])
        .env("LC_ALL", "fr_FR.UTF-8")
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&french.stderr);
    assert_eq!(french.status.code(), Some(2));
    assert!(said.contains("erreur : commande inconnue 'chek'"), "{said}");
    assert!(
        said.contains("une commande proche existe : 'check'"),
        "{said}"
    );
    assert!(
        !said.contains("unrecognized") && !said.contains("Usage:"),
        "{said}"
    );
    let spanish = torlint(&["check", "--lang", "es", "--fail-on", "always", "x.md"]);
    assert_eq!(spanish.code, 2);
    assert!(
        spanish
            .stderr
            .contains("valor 'always' no válido para '--fail-on"),
        "{}",
        spanish.stderr
    );
    let english = torlint(&["check", "--bogus"]);
    assert!(
        english.stderr.contains("unexpected argument '--bogus'"),
        "{}",
        english.stderr
    );
}

#[test]
fn messages_follow_the_locale_unless_told() {
    let file = root().join("fixtures/mali.md");
    let french = std::process::Command::new(env!("CARGO_BIN_EXE_torlint"))
        .args(["check", "--format", "concise", file.to_str().unwrap()])
        .env("LC_ALL", "fr_FR.UTF-8")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&french.stdout).contains("rien dans les TdR ne dit"));
    let english = torlint(&["check", "--format", "concise", "fixtures/mali.md"]);
    assert!(english.stdout.contains("nothing in the ToR says"));
}

#[test]
fn a_word_file_and_an_opendocument_file_saved_by_libreoffice_import_alike() {
    let dir = tempfile::tempdir().unwrap();
    let office = root().join("fixtures/office");
    let mut markdown = Vec::new();
    for name in ["tor.docx", "tor.odt"] {
        let out = dir.path().join(format!("{name}.md"));
        let run = torlint(&[
            "import",
            office.join(name).to_str().unwrap(),
            "--output",
            out.to_str().unwrap(),
        ]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let text = std::fs::read_to_string(&out).unwrap();
        // The same text but for the line that names the source file.
        markdown.push(
            text.lines()
                .filter(|l| !l.starts_with("source:"))
                .collect::<Vec<_>>()
                .join("\n"),
        );
    }
    assert_eq!(markdown[0], markdown[1]);
    assert!(markdown[1].contains("\n## Termes de référence du Réseau des Nations Unies"));
    assert!(markdown[1].contains("\n1. convoquent et président les réunions ;"));
    assert!(markdown[1].contains("| Secrétariat | OIM |"));
    let docx = statuses_of(dir.path().join("tor.docx.md").to_str().unwrap());
    let odt = statuses_of(dir.path().join("tor.odt.md").to_str().unwrap());
    assert_eq!(docx, odt);
    assert_eq!(odt["secretariat.holder"], "covered");
    assert_eq!(odt["decision.no-consensus"], "covered");
}

#[test]
fn check_reads_word_and_opendocument_files_and_names_their_paragraphs() {
    let dir = tempfile::tempdir().unwrap();
    let office = root().join("fixtures/office");
    let imported = dir.path().join("tor.md");
    let docx = office.join("tor.docx");
    let run = torlint(&[
        "import",
        docx.to_str().unwrap(),
        "--output",
        imported.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let markdown = statuses_of(imported.to_str().unwrap());
    for name in ["tor.docx", "tor.odt"] {
        let path = office.join(name);
        let (json, code) = check_json(&[path.to_str().unwrap()]);
        assert_eq!(code, 1, "{json:#}");
        assert_eq!(statuses(&json, 0), markdown, "{name}");
        let text = std::fs::read_to_string(&imported).unwrap();
        for finding in json["documents"][0]["findings"].as_array().unwrap() {
            let span = &finding["span"];
            assert_eq!(span["kind"], "paragraph", "{finding:#}");
            assert!(span["paragraph"].as_u64().unwrap() >= 1, "{finding:#}");
            assert!(span.get("line").is_none(), "{finding:#}");
            let quote = span["quote"].as_str().unwrap().trim_end_matches('…');
            for word in quote.split(' ').filter(|w| *w != "·") {
                assert!(
                    text.contains(word),
                    "{word:?} of {quote:?} is not in the document"
                );
            }
        }
    }
    // The secretariat's row of the table is the 40th paragraph or so: the
    // human output names the file, the paragraph and the words, not lines
    // of an import the user never saw.
    let human = torlint(&[
        "check",
        "--lang",
        "en",
        "--color",
        "never",
        office.join("tor.docx").to_str().unwrap(),
    ]);
    assert!(
        human.stdout.contains("--> ") && human.stdout.contains("tor.docx, paragraph "),
        "{}",
        human.stdout
    );
    assert!(!human.stdout.contains("╭─["), "{}", human.stdout);
}

#[test]
fn a_pdf_printed_from_word_reads_as_the_text_it_prints() {
    let office = root().join("fixtures/office");
    let pdf = office.join("guinea.pdf");
    let (json, _) = check_json(&[pdf.to_str().unwrap()]);
    assert_eq!(statuses(&json, 0), statuses_of("fixtures/guinea.md"));
    // Places name the page and the paragraph.
    let findings = json["documents"][0]["findings"].as_array().unwrap();
    assert!(
        findings.iter().all(|f| f["span"]["kind"] == "paragraph"
            && f["span"]["page"].as_u64().is_some_and(|p| p >= 1))
    );
    // The running header and the page numbers of the footer are not text.
    let run = torlint(&["import", pdf.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        !run.stdout.contains("Termes de référence – Réseau"),
        "{}",
        run.stdout
    );
    assert!(
        !run.stdout.lines().any(|l| l.trim().starts_with("Page ")),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("\n- Convoquer et présider des réunions"),
        "{}",
        run.stdout
    );
    // The same text saved as Word and printed to PDF: a table reaches the
    // PDF's text as lines without columns ("Secrétariat OIM"), so the
    // secretariat that only its table names is not read there.
    let (docx, _) = check_json(&[office.join("tor.docx").to_str().unwrap()]);
    let (pdf, _) = check_json(&[office.join("tor.pdf").to_str().unwrap()]);
    let (docx, pdf) = (statuses(&docx, 0), statuses(&pdf, 0));
    let differ: Vec<&String> = docx.keys().filter(|k| docx[*k] != pdf[*k]).collect();
    assert_eq!(differ, ["secretariat.holder"], "{pdf:#?}");
}
