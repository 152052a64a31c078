//! `--format junit`: JUnit XML, one test suite per document and one test
//! case per element of the mandate, so CI dashboards show which elements
//! each ToR fails.

use std::io::{self, Write};

use super::diagnostic::Subject;
use super::escape_markup as xml;
use super::{DocumentReport, Renderer, Summary};
use crate::finding::Severity;
use crate::mandate::{Mandate, localized};
use crate::model::Language;

/// The suites, kept until the end: the root element opens with the run's
/// totals.
pub struct Junit<'a> {
    mandate: &'a Mandate,
    min: Severity,
    suites: Vec<u8>,
    tests: usize,
    failures: usize,
    errors: usize,
}

impl<'a> Junit<'a> {
    /// Suites with failures for findings at or above `min`.
    #[must_use]
    pub fn new(mandate: &'a Mandate, min: Severity) -> Self {
        Self {
            mandate,
            min,
            suites: Vec::new(),
            tests: 0,
            failures: 0,
            errors: 0,
        }
    }
}

impl Renderer for Junit<'_> {
    fn document(&mut self, _out: &mut dyn Write, document: &DocumentReport) -> io::Result<()> {
        let path = xml(document.source.name());
        let mut cases = Vec::new();
        let (mut tests, mut failures, mut errors) = (0, 0, 0);
        let diagnostics: Vec<_> = document.diagnostics(self.min).collect();
        for d in &diagnostics {
            if let Subject::Input(error) = d.subject {
                tests += 1;
                errors += 1;
                let code = xml(d.code());
                write!(
                    cases,
                    "    <testcase name=\"{code}\" classname=\"{path}\">\n      <error type=\"{code}\" message=\"{}\"/>\n    </testcase>\n",
                    xml(&error.message)
                )?;
            }
        }
        let mut names: Vec<&str> = document
            .evaluation
            .iter()
            .flat_map(|e| &e.elements)
            .map(|e| e.id.as_str())
            .collect();
        for d in &diagnostics {
            if d.finding().is_some() && !names.contains(&d.code()) {
                names.push(d.code());
            }
        }
        for name in names {
            tests += 1;
            writeln!(
                cases,
                "    <testcase name=\"{}\" classname=\"{path}\">",
                xml(name)
            )?;
            let summary = self
                .mandate
                .element(name)
                .map(|e| localized(&e.summary, Language::En))
                .unwrap_or_default();
            for d in diagnostics
                .iter()
                .filter(|d| d.finding().is_some() && d.code() == name)
            {
                failures += 1;
                let message = xml(d.message());
                write!(
                    cases,
                    "      <failure type=\"{}\" message=\"{message}\">{path}:{}:{}: {message}\n{}</failure>\n",
                    d.severity().as_str(),
                    d.start.line,
                    d.start.column,
                    xml(summary)
                )?;
            }
            cases.extend_from_slice(b"    </testcase>\n");
        }
        self.tests += tests;
        self.failures += failures;
        self.errors += errors;
        writeln!(
            self.suites,
            "  <testsuite name=\"{path}\" tests=\"{tests}\" failures=\"{failures}\" errors=\"{errors}\">"
        )?;
        self.suites.extend_from_slice(&cases);
        self.suites.extend_from_slice(b"  </testsuite>\n");
        Ok(())
    }

    fn end(&mut self, out: &mut dyn Write, _summary: &Summary) -> io::Result<()> {
        writeln!(
            out,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"torlint\" tests=\"{}\" failures=\"{}\" errors=\"{}\">",
            self.tests, self.failures, self.errors
        )?;
        out.write_all(&self.suites)?;
        writeln!(out, "</testsuites>")
    }
}
