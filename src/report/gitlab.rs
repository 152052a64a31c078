//! `--format gitlab`: GitLab Code Quality JSON, shown in merge requests.

use serde::Serialize;

use super::RunReport;
use crate::finding::Severity;

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

/// Render the run as a Code Quality report.
#[must_use]
pub fn render(report: &RunReport) -> String {
    let mut issues = Vec::new();
    for document in &report.documents {
        let path = document.source.name();
        for error in &document.errors {
            let line = error.span.map_or(1, |s| document.source.locate(s).line);
            issues.push(Issue {
                description: &error.message,
                check_name: error.kind.code(),
                fingerprint: fingerprint(&[path, error.kind.code(), &error.message]),
                severity: "blocker",
                location: Location {
                    path,
                    lines: Lines { begin: line },
                },
            });
        }
        for finding in report.shown(document) {
            let text = crate::text::fold::fold(document.source.slice(finding.span));
            issues.push(Issue {
                description: &finding.message,
                check_name: &finding.rule,
                fingerprint: fingerprint(&[path, &finding.rule, &text]),
                severity: match finding.severity {
                    Severity::Error => "major",
                    Severity::Warning => "minor",
                    Severity::Note => "info",
                },
                location: Location {
                    path,
                    lines: Lines {
                        begin: document.source.locate(finding.target()).line,
                    },
                },
            });
        }
    }
    super::pretty_json(&issues)
}
