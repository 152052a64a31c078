//! The comparison as CSV: one row per document and element, and a second
//! table of one row per document and arrangement.

use std::io::{self, Write};

use super::Matrix;

/// One row per document x element.
///
/// # Errors
///
/// When `out` cannot be written.
pub fn elements(matrix: &Matrix, out: &mut dyn Write) -> io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record([
        "document", "path", "scope", "section", "element", "level", "status", "line", "message",
        "clause",
    ])?;
    for section in &matrix.sections {
        for row in &section.rows {
            for (column, cell) in matrix.columns.iter().zip(&row.cells) {
                writer.write_record([
                    column.label.as_str(),
                    column.path.as_str(),
                    column.scope.as_deref().unwrap_or(""),
                    section.id.as_str(),
                    row.id.as_str(),
                    row.level,
                    cell.status.map_or("input-error", |s| s.as_str()),
                    &cell.line.map(|l| l.to_string()).unwrap_or_default(),
                    cell.message.as_deref().unwrap_or(""),
                    cell.clause.as_deref().unwrap_or(""),
                ])?;
            }
        }
    }
    writer.flush()
}

/// One row per document x arrangement.
///
/// # Errors
///
/// When `out` cannot be written.
pub fn facts(matrix: &Matrix, out: &mut dyn Write) -> io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(["document", "path", "fact", "value"])?;
    for fact in &matrix.facts {
        for (column, value) in matrix.columns.iter().zip(&fact.values) {
            writer.write_record([
                column.label.as_str(),
                column.path.as_str(),
                fact.name.as_str(),
                value.as_deref().unwrap_or(""),
            ])?;
        }
    }
    writer.flush()
}
