//! Every bad input gets a spanned error naming the file, exit code 2, and
//! the other files are still checked.

use std::path::Path;

use crate::common::{root, torlint_in};

/// Check the directory; return (human stdout, JSON, exit code).
fn check_dir(dir: &Path) -> (String, serde_json::Value, i32) {
    let human = torlint_in(dir, &["check", "."]);
    let json = torlint_in(dir, &["check", "--format", "json", "."]);
    assert_eq!(human.code, json.code);
    (
        human.stdout,
        serde_json::from_str(&json.stdout).expect("JSON even with bad input"),
        json.code,
    )
}

/// The bad file gives exactly one error with `code`; the good file is
/// checked as usual.
fn assert_bad(name: &str, bytes: &[u8], code: &str, message: &str) -> serde_json::Value {
    let dir = crate::common::with_bad_file(name, bytes);
    let (human, json, exit) = check_dir(dir.path());
    assert_eq!(exit, 2, "exit code for {name}");
    let docs = json["documents"].as_array().unwrap();
    let good = docs.iter().find(|d| d["path"] == "./a-good.md").unwrap();
    assert_eq!(good["errors"].as_array().unwrap().len(), 0);
    assert_eq!(
        good["elements"].as_array().unwrap().len(),
        crate::common::element_count(),
        "good file still checked"
    );
    let bad = docs
        .iter()
        .find(|d| d["path"].as_str().unwrap().ends_with(name))
        .unwrap_or_else(|| panic!("{name} reported: {json:#}"));
    let errors = bad["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0]["code"], code);
    assert!(
        errors[0]["message"].as_str().unwrap().contains(message),
        "{:#}",
        errors[0]
    );
    assert!(
        human.contains(name),
        "the human output names the file:\n{human}"
    );
    assert!(
        human.contains(code),
        "the human output names the problem:\n{human}"
    );
    assert!(
        human.contains("secretariat.functions"),
        "the good file's findings are printed"
    );
    errors[0].clone()
}

#[test]
fn invalid_utf8() {
    let error = assert_bad(
        "latin1.md",
        b"# Secr\xe9tariat\n\nLe secr\xe9tariat est assur\xe9 par l'OIM.\n",
        "input::invalid-utf8",
        "not valid UTF-8",
    );
    assert_eq!(error["span"]["start"], 6, "points at the first bad byte");
}

#[test]
fn binary_file() {
    assert_bad(
        "image.md",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
        "input::binary",
        "binary",
    );
}

#[test]
fn empty_file() {
    assert_bad("empty.md", b"  \n\n", "input::empty", "empty");
}

#[test]
fn front_matter_only_is_empty() {
    assert_bad(
        "only-meta.md",
        b"---\nscope: national\n---\n",
        "input::empty",
        "no clauses",
    );
}

#[test]
fn unclosed_front_matter() {
    let error = assert_bad(
        "unclosed.md",
        b"---\nscope: national\n# Titre\n\nTexte.\n",
        "input::unclosed-front-matter",
        "never closed",
    );
    assert_eq!(error["span"]["line"], 1);
}

#[test]
fn malformed_front_matter() {
    let error = assert_bad(
        "malformed-meta.md",
        b"---\nscope: [national\n---\n# T\n\nTexte.\n",
        "input::malformed-yaml",
        "",
    );
    assert!(error["span"]["line"].as_u64().unwrap() >= 2);
}

#[test]
fn unknown_scope_in_front_matter() {
    let error = assert_bad(
        "scope.md",
        b"---\nscope: planetary\n---\n# T\n\nTexte.\n",
        "input::wrong-shape",
        "unknown scope `planetary`",
    );
    assert_eq!(
        (&error["span"]["line"], &error["span"]["column"]),
        (&serde_json::json!(2), &serde_json::json!(8))
    );
}

#[test]
fn malformed_yaml() {
    assert_bad(
        "broken.yaml",
        b"scope: national\nsections:\n  - title: \"Secr\xc3\xa9tariat\n    clauses: [\n",
        "input::malformed-yaml",
        "",
    );
}

#[test]
fn yaml_of_the_wrong_shape() {
    let error = assert_bad(
        "shape.yaml",
        b"scope: national\nsections:\n  - title: Secretariat\n    clauses:\n      - text: IOM provides the secretariat.\n",
        "input::wrong-shape",
        "",
    );
    assert_eq!(error["span"]["line"], 5);
}

#[test]
fn yaml_without_sections() {
    assert_bad(
        "no-sections.yaml",
        b"scope: national\ncountry: Mali\n",
        "input::wrong-shape",
        "sections",
    );
}

#[test]
fn yaml_unknown_section_id() {
    let error = assert_bad(
        "section-id.yaml",
        b"scope: national\nsections:\n  - section: finances\n    clauses: [Texte.]\n",
        "input::wrong-shape",
        "unknown section id `finances`",
    );
    assert_eq!(error["span"]["line"], 3);
}

#[test]
fn unreadable_file() {
    let dir = crate::common::with_bad_file("placeholder.txt", b"");
    let run = torlint_in(dir.path(), &["check", "a-good.md", "missing.md"]);
    assert_eq!(run.code, 2);
    assert!(run.stdout.contains("missing.md"), "{}", run.stdout);
    assert!(run.stdout.contains("input::unreadable"), "{}", run.stdout);
    assert!(run.stdout.contains("secretariat.functions"));
}

#[cfg(unix)]
#[test]
fn directory_loop_is_reported_not_followed_forever() {
    let dir = crate::common::with_bad_file("placeholder.txt", b"");
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::os::unix::fs::symlink("..", dir.path().join("sub/loop")).unwrap();
    let run = torlint_in(dir.path(), &["check", "."]);
    assert_eq!(run.code, 2);
    assert!(run.stdout.contains("input::walk"), "{}", run.stdout);
    assert!(run.stdout.contains("directory loop"), "{}", run.stdout);
    assert!(run.stdout.contains("secretariat.functions"));
}

#[test]
fn crlf_and_bom_are_read_normally() {
    let text = std::fs::read_to_string(root().join("fixtures/mali.md")).unwrap();
    let crlf = format!("\u{feff}{}", text.replace('\n', "\r\n"));
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("mali-crlf.md"), crlf.as_bytes()).unwrap();
    let run = torlint_in(dir.path(), &["check", "--format", "json", "mali-crlf.md"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["documents"][0]["errors"].as_array().unwrap().len(), 0);
    assert_eq!(json["documents"][0]["meta"]["country"], "Mali");
    let secretariat = crate::common::element(&json, 0, "secretariat.holder");
    let span = &secretariat["clauses"][0];
    let start = span["start"].as_u64().unwrap() as usize;
    let end = span["end"].as_u64().unwrap() as usize;
    assert!(crlf[start..end].starts_with("Le secrétariat du Réseau est assuré par"));
    assert_eq!(
        crate::common::statuses(&json, 0),
        crate::common::statuses_of("fixtures/mali.md")
    );
}

#[test]
fn a_word_file_named_to_check_is_read_and_one_it_cannot_read_says_what_to_do() {
    let dir = crate::common::with_bad_file("draft.docx", &crate::common::docx());
    std::fs::write(dir.path().join("old.rtf"), b"{\\rtf1\\ansi hello}").unwrap();
    std::fs::write(dir.path().join("old.doc"), "\u{d0}\u{cf}").unwrap();
    std::fs::write(dir.path().join("broken.docx"), "not a zip").unwrap();
    std::fs::write(dir.path().join("scan.pdf"), "%PDF-1.4").unwrap();
    let run = torlint_in(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "--lang",
            "en",
            "a-good.md",
            "draft.docx",
            "old.rtf",
            "old.doc",
            "broken.docx",
            "scan.pdf",
        ],
    );
    assert_eq!(run.code, 2, "{}", run.stdout);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let docs = json["documents"].as_array().unwrap();
    for doc in &docs[..2] {
        assert_eq!(doc["errors"].as_array().unwrap().len(), 0, "{doc:#}");
        assert!(!doc["elements"].as_array().unwrap().is_empty(), "{doc:#}");
    }
    // Formats it does not read: save as Word; damaged files: save again.
    for (doc, help) in [
        (2, "save it as Word"),
        (3, "save it as Word"),
        (4, "save it again"),
        (5, "save it again"),
    ] {
        let error = &docs[doc]["errors"][0];
        assert_eq!(error["code"], "input::office-document", "{error:#}");
        assert!(error["help"].as_str().unwrap().contains(help), "{error:#}");
    }
}

#[test]
fn input_errors_are_worded_in_the_message_language() {
    // The scope is refused while reading; the suppressions once the
    // document is checked. Both follow `--lang`.
    let cases: [(&str, &[u8], &str); 4] = [
        (
            "portee.md",
            b"---\nlanguage: fr\nscope: planetaire\n---\n# T\n\nTexte.\n",
            "portée inconnue `planetaire`",
        ),
        (
            "motif.md",
            b"---\nlanguage: fr\n---\n# T\n\n<!-- torlint-disable principles.statement -->\nTexte.\n",
            "cette suppression ne donne aucun motif",
        ),
        (
            "element.md",
            b"---\nlanguage: fr\n---\n# T\n\n<!-- torlint-disable principles.statment -- voulu -->\nTexte.\n",
            "vouliez-vous dire `principles.statement`",
        ),
        (
            // The system's reason for refusing the file is the catalogue's.
            "absent.md",
            b"",
            "impossible de lire le fichier : ce fichier ou dossier n'existe pas",
        ),
    ];
    for (name, bytes, words) in cases {
        // An empty content stands for a file that is not there.
        let dir = crate::common::with_bad_file("present.md", bytes);
        if !bytes.is_empty() {
            std::fs::rename(dir.path().join("present.md"), dir.path().join(name)).unwrap();
        }
        let run = torlint_in(
            dir.path(),
            &["check", "--lang", "fr", "--format", "json", name],
        );
        let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        let error = &json["documents"][0]["errors"][0];
        assert!(
            error["message"].as_str().unwrap_or("").contains(words),
            "{name}: {error:#}"
        );
        assert!(
            error["help"].as_str().is_some_and(|h| !h.is_empty()),
            "{name}: {error:#}"
        );
    }
}
