//! `--format gitlab`: GitLab Code Quality JSON, shown in merge requests.

use std::io::{self, Write};

use serde::Serialize;

use super::diagnostic::Subject;
use super::{DocumentReport, Renderer, Summary};
use crate::finding::Severity;
use crate::text::fold::fold;

#[derive(Serialize)]
struct Lines {
    begin: usize,
}

#[derive(Serialize)]
struct Location<'a> {
    path: &'a str,
    lines: Lines,
}

#[derive(Serialize)]
struct Issue<'a> {
    description: &'a str,
    check_name: &'a str,
    fingerprint: String,
    severity: &'static str,
    location: Location<'a>,
}

/// A stable fingerprint (FNV-1a, 64 bits) of what identifies an issue.
fn fingerprint(parts: &[&str]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.bytes().chain(std::iter::once(0)) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// The run as one JSON array of Code Quality issues, written as it goes.
pub struct Gitlab {
    min: Severity,
    issues: usize,
}

impl Gitlab {
    /// Issues for findings at or above `min`.
    #[must_use]
    pub fn new(min: Severity) -> Self {
        Self { min, issues: 0 }
    }
}

impl Renderer for Gitlab {
    fn document(&mut self, out: &mut dyn Write, document: &DocumentReport) -> io::Result<()> {
        for d in document.diagnostics(self.min) {
            let path = d.path();
            let (fingerprint, severity) = match d.subject {
                Subject::Input(error) => {
                    (fingerprint(&[path, d.code(), &error.message]), "blocker")
                }
                Subject::Finding(finding) => {
                    let text = fold(document.source.slice(finding.span));
                    let severity = match finding.severity {
                        Severity::Error => "major",
                        Severity::Warning => "minor",
                        Severity::Note => "info",
                    };
                    (fingerprint(&[path, d.code(), &text]), severity)
                }
            };
            let issue = Issue {
                description: d.message(),
                check_name: d.code(),
                fingerprint,
                severity,
                location: Location {
                    path,
                    lines: Lines {
                        begin: d.start.line,
                    },
                },
            };
            let separator = if self.issues == 0 { "[" } else { "," };
            write!(out, "{separator}\n  {}", super::nested_json(&issue, 2)?)?;
            self.issues += 1;
        }
        Ok(())
    }

    fn end(&mut self, out: &mut dyn Write, _summary: &Summary) -> io::Result<()> {
        if self.issues == 0 {
            writeln!(out, "[]")
        } else {
            writeln!(out, "\n]")
        }
    }
}
