//! The reviews for people: `--format html` and `--format docx`, read back
//! the way their readers read them (a parser, torlint's own Word import,
//! LibreOffice when it is installed).

use std::io::Read as _;
use std::path::Path;
use std::process::Command;

use crate::common::torlint;

/// The findings of `file`, as `--format json` gives them in French.
fn findings(file: &str) -> Vec<serde_json::Value> {
    let run = torlint(&["check", "--format", "json", "--lang", "fr", file]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    json["documents"][0]["findings"]
        .as_array()
        .expect("findings")
        .clone()
}

/// The number of times `needle` occurs in `haystack`.
fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[test]
fn the_html_review_marks_every_finding_and_lists_what_is_missing() {
    let file = "fixtures/guinea.md";
    let expected = findings(file);
    let missing = expected.iter().filter(|f| f["kind"] == "missing").count();
    let run = torlint(&["check", "--format", "html", "--lang", "fr", file]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let page = run.stdout;
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.trim_end().ends_with("</html>"));
    assert!(!page.contains("<script"), "self-contained, no script");
    assert!(!page.contains("http://") && !page.contains("https://"));
    // One card per finding; each marked one has its words marked and a
    // numbered link to its card.
    assert_eq!(count(&page, "<div class=\"card "), expected.len());
    assert_eq!(
        count(&page, "<sup class=\"ref\">"),
        expected.len() - missing
    );
    assert!(count(&page, "<mark class=") >= expected.len() - missing);
    // Severity in words, plain titles, the French interface.
    assert!(page.contains(">erreur</span>"));
    assert!(page.contains("Qui assure le secrétariat") || page.contains("Principes directeurs"));
    assert!(page.contains("Ce que les TdR ne disent pas"));
    assert!(page.contains("Formulation à coller"));
    assert!(page.contains("le mandat global (003"));
    // The text is the ToR's own, escaped.
    assert!(page.contains("Réseau des Nations Unies"));
    assert!(page.contains("l&#39;OIM"));
    // Every element has a status row.
    assert_eq!(
        count(&page, "<td class=\"status "),
        crate::common::element_count()
    );
}

#[test]
fn the_html_review_escapes_what_the_document_says() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tor.md");
    std::fs::write(
        &path,
        "# Mandat <script>alert(1)</script>\n\nLe secrétariat est assuré par le PNUD & l'<b>UNICEF</b>.\n",
    )
    .unwrap();
    let run = torlint(&["check", "--format", "html", path.to_str().unwrap()]);
    assert!(!run.stdout.contains("<script>"), "{}", run.stdout);
    assert!(run.stdout.contains("&lt;script&gt;"));
    assert!(
        run.stdout
            .contains(" &amp; l&#39;&lt;b&gt;UNICEF&lt;/b&gt;.")
    );
}

/// The parts of a Word file.
fn parts(bytes: &[u8]) -> (String, String) {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip archive");
    let mut read = |name: &str| {
        let mut text = String::new();
        zip.by_name(name)
            .unwrap_or_else(|e| panic!("{name}: {e}"))
            .read_to_string(&mut text)
            .unwrap();
        text
    };
    (read("word/document.xml"), read("word/comments.xml"))
}

#[test]
fn the_word_review_has_a_comment_on_each_finding() {
    let file = "fixtures/senegal.md";
    let expected = findings(file);
    let dir = tempfile::tempdir().unwrap();
    let review = dir.path().join("review.docx");
    let target = format!("docx={}", review.display());
    let run = torlint(&["check", "--format", &target, "--lang", "fr", file]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let bytes = std::fs::read(&review).unwrap();
    let (document, comments) = parts(&bytes);

    // Well-formed XML, every comment anchored once with a range.
    let body = roxmltree::Document::parse(&document).expect("document.xml is XML");
    let notes = roxmltree::Document::parse(&comments).expect("comments.xml is XML");
    let named = |doc: &roxmltree::Document, tag: &str| {
        doc.descendants()
            .filter(|n| n.tag_name().name() == tag)
            .filter_map(|n| {
                n.attributes()
                    .find(|a| a.name() == "id")
                    .map(|a| a.value().to_string())
            })
            .collect::<Vec<_>>()
    };
    let ids = named(&notes, "comment");
    assert_eq!(ids.len(), expected.len());
    for tag in ["commentRangeStart", "commentRangeEnd", "commentReference"] {
        let mut anchored = named(&body, tag);
        anchored.sort();
        let mut all = ids.clone();
        all.sort();
        assert_eq!(anchored, all, "{tag}");
    }
    // Each comment carries the severity in words, the message and what to do.
    let text: String = notes
        .descendants()
        .filter(roxmltree::Node::is_text)
        .filter_map(|n| n.text())
        .collect();
    for finding in &expected {
        let message = finding["message"].as_str().unwrap();
        assert!(text.contains(message), "comment for {message}");
    }
    assert!(text.contains("ERREUR · "));
    assert!(text.contains("Formulation à coller : "));

    // torlint's own Word import reads the review back: the ToR's words,
    // and the comments counted.
    let import = torlint(&["import", review.to_str().unwrap()]);
    assert_eq!(import.code, 0, "{}", import.stderr);
    assert!(
        import
            .stdout
            .contains("Le réseau sera composé de tous les organismes des Nations Unies"),
        "{}",
        import.stdout
    );
    assert!(
        import
            .stderr
            .contains(&format!("{} commentaires", expected.len()))
            || import
                .stderr
                .contains(&format!("{} comments", expected.len())),
        "{}",
        import.stderr
    );
}

/// `soffice`, when LibreOffice is installed.
fn libreoffice() -> Option<&'static str> {
    ["soffice", "libreoffice"].into_iter().find(|program| {
        Command::new(program)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

/// Convert `file` with LibreOffice into `to` (an extension) in `dir`.
fn convert(soffice: &str, file: &Path, to: &str, dir: &Path) -> std::path::PathBuf {
    let profile = tempfile::tempdir().unwrap();
    let status = Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.path().display()
        ))
        .args(["--headless", "--convert-to", to, "--outdir"])
        .arg(dir)
        .arg(file)
        .output()
        .expect("LibreOffice runs");
    assert!(status.status.success(), "{status:?}");
    let converted = dir.join(file.with_extension(to).file_name().unwrap());
    assert!(
        converted.exists(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    converted
}

#[test]
#[allow(
    clippy::print_stderr,
    reason = "a skipped test says why on standard error"
)]
fn libreoffice_opens_the_word_review_with_its_comments() {
    let Some(soffice) = libreoffice() else {
        eprintln!("skipped: LibreOffice is not installed (Debian: libreoffice-writer-nogui)");
        return;
    };
    let file = "fixtures/guinea.md";
    let expected = findings(file).len();
    let dir = tempfile::tempdir().unwrap();
    let review = dir.path().join("review.docx");
    let target = format!("docx={}", review.display());
    torlint(&["check", "--format", &target, file]);
    let pdf = convert(soffice, &review, "pdf", dir.path());
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    let odt = convert(soffice, &review, "odt", dir.path());
    let mut content = String::new();
    zip::ZipArchive::new(std::fs::File::open(&odt).unwrap())
        .unwrap()
        .by_name("content.xml")
        .unwrap()
        .read_to_string(&mut content)
        .unwrap();
    assert_eq!(
        count(&content, "<office:annotation ") + count(&content, "<office:annotation>"),
        expected,
        "every comment survives LibreOffice"
    );
}
