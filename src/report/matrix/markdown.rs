//! The comparison as GitHub-flavoured Markdown: small enough for a
//! pull-request comment, with a symbol and a word in every cell.

use std::io::{self, Write};

use super::{Matrix, status_name, symbol};
use crate::mandate::Mandate;

/// Escape what would break a table cell.
fn cell(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\n', '\r'], " ")
}

/// Render the matrix as Markdown.
/// # Errors
///
/// When `out` cannot be written.
pub fn render(matrix: &Matrix, mandate: &Mandate, out: &mut dyn Write) -> io::Result<()> {
    let lang = matrix.language;
    writeln!(out, "## {}\n", mandate.message("compare-title", lang, &[]))?;
    let header: Vec<String> = matrix.columns.iter().map(|c| cell(&c.label)).collect();
    writeln!(
        out,
        "| {} | {} |",
        mandate.message("compare-element", lang, &[]),
        header.join(" | ")
    )?;
    writeln!(out, "|---|{}", ":---:|".repeat(matrix.columns.len()))?;
    let scores: Vec<String> = matrix
        .columns
        .iter()
        .map(|c| match (c.coverage, &c.error) {
            (Some(p), _) => format!("**{p}%**"),
            (None, Some(_)) => format!("⚠ {}", mandate.message("compare-unreadable", lang, &[])),
            _ => "–".to_string(),
        })
        .collect();
    writeln!(
        out,
        "| **{}** | {} |",
        mandate.message("compare-coverage", lang, &[]),
        scores.join(" | ")
    )?;
    for section in &matrix.sections {
        writeln!(
            out,
            "| **{}** |{}",
            cell(&section.name),
            " |".repeat(matrix.columns.len())
        )?;
        for row in &section.rows {
            let cells: Vec<String> = row
                .cells
                .iter()
                .map(|c| {
                    format!(
                        "{} {}",
                        symbol(c.status),
                        status_name(mandate, c.status, lang)
                    )
                })
                .collect();
            writeln!(out, "| `{}` | {} |", row.id, cells.join(" | "))?;
        }
    }
    writeln!(
        out,
        "\n### {}\n",
        mandate.message("compare-facts", lang, &[])
    )?;
    writeln!(
        out,
        "| {} | {} |",
        mandate.message("compare-fact", lang, &[]),
        header.join(" | ")
    )?;
    writeln!(out, "|---|{}", "---|".repeat(matrix.columns.len()))?;
    let not_stated = mandate.message("compare-not-stated", lang, &[]);
    for fact in &matrix.facts {
        let values: Vec<String> = fact
            .values
            .iter()
            .map(|v| v.as_deref().map_or_else(|| format!("_{not_stated}_"), cell))
            .collect();
        writeln!(out, "| {} | {} |", cell(&fact.label), values.join(" | "))?;
    }
    let legend: Vec<String> = [
        Some(crate::finding::Status::Covered),
        Some(crate::finding::Status::Partial),
        Some(crate::finding::Status::Deviation),
        Some(crate::finding::Status::Missing),
        Some(crate::finding::Status::NotApplicable),
    ]
    .into_iter()
    .map(|s| format!("{} {}", symbol(s), status_name(mandate, s, lang)))
    .collect();
    writeln!(out, "\n{} · {}", legend.join(" · "), matrix.weighting)?;
    Ok(())
}
