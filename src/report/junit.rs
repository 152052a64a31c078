//! `--format junit`: JUnit XML, one test suite per document and one test
//! case per element of the mandate, so CI dashboards show which elements
//! each ToR fails.

use std::fmt::Write as _;

use super::RunReport;
use crate::mandate::Mandate;

use super::escape_markup as xml;

/// Render the run as JUnit XML.
#[must_use]
pub fn render(report: &RunReport, mandate: &Mandate) -> String {
    let mut suites = String::new();
    let (mut total_tests, mut total_failures, mut total_errors) = (0, 0, 0);
    for document in &report.documents {
        let path = document.source.name();
        let mut cases = String::new();
        let (mut tests, mut failures, mut errors) = (0, 0, 0);
        for error in &document.errors {
            tests += 1;
            errors += 1;
            let _ = write!(
                cases,
                "    <testcase name=\"{}\" classname=\"{}\">\n      <error type=\"{}\" message=\"{}\"/>\n    </testcase>\n",
                xml(error.kind.code()),
                xml(path),
                xml(error.kind.code()),
                xml(&error.message)
            );
        }
        let shown: Vec<_> = report.shown(document).collect();
        let mut names: Vec<&str> = document
            .evaluation
            .iter()
            .flat_map(|e| &e.elements)
            .map(|e| e.id.as_str())
            .collect();
        for f in &shown {
            if !names.contains(&f.rule.as_str()) {
                names.push(&f.rule);
            }
        }
        for name in names {
            tests += 1;
            let _ = writeln!(
                cases,
                "    <testcase name=\"{}\" classname=\"{}\">",
                xml(name),
                xml(path)
            );
            for f in shown.iter().filter(|f| f.rule == name) {
                failures += 1;
                let at = document.source.locate(f.target());
                let summary = mandate
                    .element(name)
                    .map(|e| crate::mandate::localized(&e.summary, crate::model::Language::En))
                    .unwrap_or_default();
                let _ = write!(
                    cases,
                    "      <failure type=\"{}\" message=\"{}\">{}:{}:{}: {}\n{}</failure>\n",
                    f.severity.as_str(),
                    xml(&f.message),
                    xml(path),
                    at.line,
                    at.column,
                    xml(&f.message),
                    xml(summary)
                );
            }
            cases.push_str("    </testcase>\n");
        }
        total_tests += tests;
        total_failures += failures;
        total_errors += errors;
        let _ = write!(
            suites,
            "  <testsuite name=\"{}\" tests=\"{tests}\" failures=\"{failures}\" errors=\"{errors}\">\n{cases}  </testsuite>\n",
            xml(path)
        );
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"torlint\" tests=\"{total_tests}\" failures=\"{total_failures}\" errors=\"{total_errors}\">\n{suites}</testsuites>\n"
    )
}
