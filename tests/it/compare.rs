//! `torlint compare`: the matrix in Markdown and CSV for the national seeds
//! and the global mandate, escaping of hostile text, and broken files as
//! error columns.

use crate::common::{torlint, torlint_in};

const FIXTURES: [&str; 4] = [
    "fixtures/guinea.md",
    "fixtures/mali.md",
    "fixtures/senegal.md",
    "fixtures/global-mandate.md",
];

fn compare(format: &str) -> String {
    let mut args = vec!["compare", "--format", format];
    args.extend(FIXTURES);
    let run = torlint(&args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.stdout
}

#[test]
fn markdown_matrix_of_the_seeds() {
    let text = compare("markdown");
    // One header cell per document, one row per element.
    assert!(text.contains("| Element | Guinea | Mali | Senegal | Global |"));
    assert_eq!(
        text.lines().filter(|l| l.starts_with("| `")).count(),
        crate::common::element_count()
    );
    insta::assert_snapshot!("compare-markdown", text);
}

#[test]
fn csv_matrix_and_facts_of_the_seeds() {
    let text = compare("csv");
    assert_eq!(text.lines().count(), 1 + crate::common::element_count() * 4);
    insta::assert_snapshot!("compare-csv", text);
    let facts = compare("facts-csv");
    assert!(facts.contains("Senegal,fixtures/senegal.md,periodicity,every three months"));
    assert!(
        facts.contains("Guinea,fixtures/guinea.md,secretariat-holder,the Resident Coordinator")
    );
    insta::assert_snapshot!("compare-facts-csv", facts);
}

#[test]
fn french_labels_on_request() {
    let run = torlint(&["compare", "--lang", "fr", "fixtures/mali.md"]);
    assert!(run.stdout.contains("| Élément | Mali |"), "{}", run.stdout);
    assert!(run.stdout.contains("● couvert"));
    assert!(run.stdout.contains("| Réunions | tous les deux mois |"));
}

#[test]
fn the_configured_language_labels_the_matrix() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        crate::common::root().join("fixtures/mali.md"),
        dir.path().join("mali.md"),
    )
    .unwrap();
    std::fs::write(dir.path().join("torlint.toml"), "language = \"fr\"\n").unwrap();
    let run = torlint_in(dir.path(), &["compare", "mali.md"]);
    assert!(run.stdout.contains("| Élément | Mali |"), "{}", run.stdout);
    let run = torlint_in(dir.path(), &["compare", "--lang", "en", "mali.md"]);
    assert!(
        run.stdout.contains("| Element | Mali |"),
        "the command line wins"
    );
}

#[test]
fn json_matrix_scores_and_weighting() {
    let json: serde_json::Value = serde_json::from_str(&compare("json")).unwrap();
    let columns = json["columns"].as_array().unwrap();
    assert_eq!(columns.len(), 4);
    assert_eq!(columns[3]["coverage"], 100.0);
    assert!(columns[1]["coverage"].as_f64().unwrap() > columns[2]["coverage"].as_f64().unwrap());
    assert!(
        json["weighting"]
            .as_str()
            .unwrap()
            .contains("required elements 3")
    );
}

#[test]
fn hostile_document_text_stays_text_in_html() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("evil.md"),
        "---\ncountry: \"<script>alert('country')</script>\"\n---\n\n# ToR\n\n## Secrétariat\n\nLe secrétariat est assuré par le PNUD <img src=x onerror=alert(1)> & <b>l'OIM</b>.\n",
    )
    .unwrap();
    let run = torlint_in(dir.path(), &["compare", "--format", "html", "evil.md"]);
    let html = run.stdout;
    assert!(!html.contains("<script>"), "no script element");
    assert!(!html.contains("<img"), "no image element");
    assert!(html.contains("&lt;script&gt;alert(&#39;country&#39;)&lt;/script&gt;"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;l&#39;OIM&lt;/b&gt;"));
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "no network"
    );
}

#[test]
fn a_broken_file_is_a_column_marked_as_an_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        crate::common::root().join("fixtures/mali.md"),
        dir.path().join("a-mali.md"),
    )
    .unwrap();
    std::fs::write(dir.path().join("b-broken.yaml"), "sections: [\n").unwrap();
    let run = torlint_in(dir.path(), &["compare", "--format", "markdown", "."]);
    assert_eq!(run.code, 2);
    assert!(
        run.stdout.contains("| Element | Mali | b-broken |"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("| **Coverage** | **88%** | ⚠ not checked |"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("| `secretariat.holder` | ● covered | ⚠ input error |")
    );
}
