//! Helpers shared by the integration tests: run the real binary, read JSON.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use torlint::config::FileSettings;
use torlint::engine;
use torlint::finding::Status;
use torlint::mandate::{Mandate, localized};
use torlint::model::Language;
use torlint::parse::Syntax;
use torlint::pipeline;

/// What one run of the binary gave.
pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

/// The repository root.
/// How many elements the shipped catalogue holds.
#[must_use]
pub fn element_count() -> usize {
    Mandate::embedded()
        .unwrap_or_else(|e| panic!("rules: {e}"))
        .elements
        .len()
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Run `torlint` with `args` from the repository root, without colour and
/// at a fixed width.
pub fn torlint(args: &[&str]) -> Run {
    torlint_in(&root(), args)
}

/// Run `torlint` with `args` from `dir`.
pub fn torlint_in(dir: &Path, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_torlint"))
        .args(args)
        .current_dir(dir)
        .env("COLUMNS", "80")
        .env("NO_COLOR", "1")
        // Messages follow the locale unless --lang says otherwise.
        .env("LC_ALL", "C")
        .output()
        .expect("the binary runs");
    Run {
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
        code: out.status.code().unwrap_or(-1),
    }
}

/// `check --format json` on `paths`, parsed.
pub fn check_json(paths: &[&str]) -> (serde_json::Value, i32) {
    let mut args = vec!["check", "--format", "json"];
    args.extend_from_slice(paths);
    let run = torlint(&args);
    let value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("JSON output ({e}):\n{}\n{}", run.stdout, run.stderr));
    (value, run.code)
}

/// Element statuses of the first document of a JSON report.
pub fn statuses(json: &serde_json::Value, document: usize) -> BTreeMap<String, String> {
    json["documents"][document]["elements"]
        .as_array()
        .expect("elements")
        .iter()
        .map(|e| {
            (
                e["id"].as_str().unwrap().to_string(),
                e["status"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// Statuses of one file.
pub fn statuses_of(path: &str) -> BTreeMap<String, String> {
    let (json, _) = check_json(&[path]);
    statuses(&json, 0)
}

/// The entry of `list` ("findings" or "elements") of document `doc` whose
/// `key` ("rule" or "id") is `value`.
pub fn entry(
    json: &serde_json::Value,
    doc: usize,
    list: &str,
    key: &str,
    value: &str,
) -> serde_json::Value {
    json["documents"][doc][list]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e[key] == value)
        .unwrap_or_else(|| panic!("no {list} entry with {key} = {value}"))
        .clone()
}

/// The finding of document `doc` for `rule`.
pub fn finding(json: &serde_json::Value, doc: usize, rule: &str) -> serde_json::Value {
    entry(json, doc, "findings", "rule", rule)
}

/// The element result of document `doc` for `id`.
pub fn element(json: &serde_json::Value, doc: usize, id: &str) -> serde_json::Value {
    entry(json, doc, "elements", "id", id)
}

/// A scratch folder holding one good ToR (`a-good.md`, Mali) and a file
/// `name` with `bytes`: the other file a bad input must not disturb.
pub fn with_bad_file(name: &str, bytes: &[u8]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        root().join("fixtures/mali.md"),
        dir.path().join("a-good.md"),
    )
    .unwrap();
    std::fs::write(dir.path().join(name), bytes).unwrap();
    dir
}

/// The status element `id` gets in a document made of `passage` alone under
/// the heading of the element's section, in the element's first scope.
pub fn status_alone(m: &Mandate, id: &str, language: Language, passage: &str) -> Status {
    verdict_alone(m, id, language, passage).status
}

/// What torlint says of element `id` in a document made of `passage` alone.
pub struct Alone {
    /// The document checked.
    pub text: String,
    /// The element's status.
    pub status: Status,
    /// Its finding, if any.
    pub finding: Option<torlint::finding::Finding>,
}

/// Check a document made of `passage` alone under the heading of element
/// `id`'s section, in the element's first scope.
pub fn verdict_alone(m: &Mandate, id: &str, language: Language, passage: &str) -> Alone {
    let e = m
        .element(id)
        .unwrap_or_else(|| panic!("unknown element {id}"));
    let heading = localized(&m.section(&e.section).unwrap().name, language);
    let scope = e.scopes[0];
    let text =
        format!("---\nscope: {scope}\nlanguage: {language}\n---\n\n# {heading}\n\n{passage}\n");
    let outcome = pipeline::read(
        "alone.md",
        text.as_bytes(),
        Syntax::Markdown,
        m,
        &FileSettings::default(),
    );
    let document = outcome
        .document
        .unwrap_or_else(|| panic!("{id}: {:?}", outcome.errors));
    let evaluation = engine::check(&document, m, language);
    let status = evaluation
        .elements
        .iter()
        .find(|r| r.id == id)
        .map(|r| r.status)
        .unwrap();
    let finding = evaluation.findings.into_iter().find(|f| f.rule == id);
    Alone {
        text,
        status,
        finding,
    }
}

/// A minimal Word file: styles named in styles.xml (a French "Titre1" is a
/// "heading 1"), a bold-only paragraph, a bulleted list and a table.
pub fn docx() -> Vec<u8> {
    let p = |style: Option<&str>, numbered: bool, runs: &[(&str, bool)]| {
        let mut ppr = String::new();
        if let Some(s) = style {
            ppr.push_str(&format!("<w:pStyle w:val=\"{s}\"/>"));
        }
        if numbered {
            ppr.push_str("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>");
        }
        let mut xml = String::new();
        for (text, bold) in runs {
            let rpr = if *bold { "<w:rPr><w:b/></w:rPr>" } else { "" };
            xml.push_str(&format!(
                "<w:r>{rpr}<w:t xml:space=\"preserve\">{text}</w:t></w:r>"
            ));
        }
        let runs = xml;
        format!("<w:p><w:pPr>{ppr}</w:pPr>{runs}</w:p>")
    };
    let body = [
        p(
            Some("Title"),
            false,
            &[("Termes de référence du Réseau – Niger", false)],
        ),
        p(Some("Titre1"), false, &[("Secrétariat", false)]),
        p(
            None,
            false,
            &[(
                "Le secrétariat du Réseau est assuré par le PNUD, avec l&apos;appui de l&apos;OIM.",
                false,
            )],
        ),
        p(None, false, &[("Prise de décision", true)]),
        p(
            None,
            false,
            &[("Les décisions sont prises à la majorité simple.", false)],
        ),
        p(
            Some("Titre1"),
            false,
            &[("Modalités d'organisation", false)],
        ),
        p(
            None,
            true,
            &[("Le Réseau se réunit au bureau de l&apos;OIM ;", false)],
        ),
        p(
            None,
            true,
            &[("Le Réseau se réunit tous les trois mois.", false)],
        ),
        "<w:tbl><w:tr><w:tc>".to_string()
            + &p(None, false, &[("Rôle", false)])
            + "</w:tc><w:tc>"
            + &p(None, false, &[("Entité", false)])
            + "</w:tc></w:tr><w:tr><w:tc>"
            + &p(None, false, &[("Coprésidence", false)])
            + "</w:tc><w:tc>"
            + &p(None, false, &[("OIM &amp; PNUD", false)])
            + "</w:tc></w:tr></w:tbl>",
    ]
    .concat();
    docx_of(&body)
}

/// A `.docx` whose body is `body` (WordprocessingML), with a heading style
/// named in French ("Titre1").
#[must_use]
pub fn docx_of(body: &str) -> Vec<u8> {
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>"
    );
    let styles = "<?xml version=\"1.0\"?><w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:style w:type=\"paragraph\" w:styleId=\"Titre1\"><w:name w:val=\"heading 1\"/></w:style><w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style></w:styles>";
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    zip.start_file("[Content_Types].xml", options).unwrap();
    zip.write_all(b"<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>").unwrap();
    zip.start_file("word/document.xml", options).unwrap();
    zip.write_all(document.as_bytes()).unwrap();
    zip.start_file("word/styles.xml", options).unwrap();
    zip.write_all(styles.as_bytes()).unwrap();
    zip.finish().unwrap().into_inner()
}
