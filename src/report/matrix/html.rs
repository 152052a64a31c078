//! The comparison as one self-contained HTML page: inline CSS, no network,
//! no JavaScript. Every cell carries a symbol and a word besides its colour
//! (a colour-blind-safe palette), and shows the clause and the finding on
//! hover or keyboard focus. Headers stay in view while scrolling; a print
//! stylesheet gives a landscape handout. All document text is escaped.

use std::io::{self, Write};

use super::{Matrix, status_name, symbol};
use crate::finding::Status;
use crate::mandate::Mandate;

/// The stylesheet. Palette: Okabe-Ito, safe for the common colour-vision
/// deficiencies; each status also has its own symbol.
const STYLE: &str = r#"
:root { --covered:#009E73; --partial:#E69F00; --deviation:#D55E00; --missing:#6b7280; --na:#d1d5db; --ink:#1f2937; --muted:#6b7280; --line:#e5e7eb; --head:#f8fafc; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
header { padding: 20px 28px 8px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 28px 8px; }
.sub { color: var(--muted); margin: 0; }
.legend { display: flex; flex-wrap: wrap; gap: 8px 18px; padding: 10px 28px; margin: 0; list-style: none; }
.legend li { display: flex; align-items: center; gap: 6px; }
.wrap { overflow: auto; max-height: 80vh; margin: 0 28px; border: 1px solid var(--line); border-radius: 8px; }
table { border-collapse: separate; border-spacing: 0; width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: 6px 10px; text-align: left; vertical-align: middle; }
thead th { position: sticky; top: 0; z-index: 3; background: var(--head); font-weight: 600; white-space: nowrap; }
thead tr.score th, thead tr.score td { position: sticky; top: 37px; z-index: 3; background: var(--head); }
thead th .path { display: block; font-weight: 400; color: var(--muted); font-size: 11px; }
tbody th, thead th:first-child, tr.score th { position: sticky; left: 0; z-index: 2; background: #fff; min-width: 260px; max-width: 340px; }
thead th:first-child, tr.score th { z-index: 4; background: var(--head); }
tbody th code { font-size: 12.5px; }
tbody th .summary { display: block; color: var(--muted); font-weight: 400; font-size: 12px; }
.level { font-size: 10.5px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin-left: 6px; }
tr.section th { background: #eef2f7; font-size: 12px; text-transform: uppercase; letter-spacing: .06em; color: #374151; }
td.cell { position: relative; text-align: center; white-space: nowrap; min-width: 120px; outline: none; }
.badge { display: inline-flex; align-items: center; gap: 5px; padding: 2px 9px; border-radius: 999px; font-size: 12.5px; font-weight: 600; }
.covered .badge { background: #e0f4ee; color: #00674b; }
.partial .badge { background: #fdf0d5; color: #8a5a00; }
.deviation .badge { background: #fbe3d6; color: #9a3500; }
.missing .badge { background: #f1f2f4; color: #374151; border: 1px dashed #9ca3af; }
.not-applicable .badge { background: transparent; color: #9ca3af; font-weight: 400; }
.error .badge { background: #fee2e2; color: #991b1b; }
.sym { font-size: 13px; }
.covered .sym { color: var(--covered); } .partial .sym { color: var(--partial); } .deviation .sym { color: var(--deviation); }
.tip { display: none; position: absolute; z-index: 10; top: 100%; left: 50%; transform: translateX(-50%); width: 340px; white-space: normal; text-align: left; background: #111827; color: #f9fafb; padding: 10px 12px; border-radius: 8px; box-shadow: 0 8px 24px rgba(0,0,0,.25); font-size: 12.5px; }
.tip .msg { font-weight: 600; margin: 0 0 6px; }
.tip blockquote { margin: 0; padding-left: 8px; border-left: 3px solid #4b5563; color: #d1d5db; }
.tip .where { color: #9ca3af; font-size: 11px; margin-top: 6px; }
td.cell:hover .tip, td.cell:focus .tip, td.cell:focus-within .tip { display: block; }
td.cell:focus { box-shadow: inset 0 0 0 2px #2563eb; }
td.score, td.row-score { text-align: center; font-weight: 700; }
.bar { display: block; height: 4px; border-radius: 2px; background: var(--line); margin-top: 3px; overflow: hidden; }
.bar i { display: block; height: 100%; background: var(--covered); }
table.facts td, table.facts th { white-space: normal; }
table.facts { margin-bottom: 8px; }
.note { margin: 12px 28px 28px; color: var(--muted); font-size: 12px; }
@media print {
  @page { size: A4 landscape; margin: 10mm; }
  body { font-size: 10px; }
  .wrap { overflow: visible; max-height: none; border: 0; margin: 0; }
  thead th, tbody th, tr.score th, tr.score td { position: static; }
  .tip { display: none !important; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  tr { break-inside: avoid; }
}
"#;

use crate::report::escape_markup as escape;

fn class(status: Option<Status>) -> &'static str {
    status.map_or("error", Status::as_str)
}

/// Render the matrix as an HTML page.
/// # Errors
///
/// When `out` cannot be written.
#[expect(
    clippy::too_many_lines,
    reason = "one HTML page written top to bottom: head, table and script"
)]
pub fn render(matrix: &Matrix, mandate: &Mandate, out: &mut dyn Write) -> io::Result<()> {
    let lang = matrix.language;
    let msg = |key: &str| escape(&mandate.message(key, lang, &[]));
    write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<header>\n<h1>{}</h1>\n<p class=\"sub\">{}</p>\n</header>\n",
        lang.as_str(),
        msg("compare-title"),
        msg("compare-title"),
        escape(&mandate.message(
            "compare-generated",
            lang,
            &[("version", env!("CARGO_PKG_VERSION"))]
        ))
    )?;
    out.write_all(b"<ul class=\"legend\">\n")?;
    for status in [
        Status::Covered,
        Status::Partial,
        Status::Deviation,
        Status::Missing,
        Status::NotApplicable,
    ] {
        writeln!(
            out,
            "<li class=\"{}\"><span class=\"badge\"><span class=\"sym\">{}</span> {}</span></li>",
            status.as_str(),
            symbol(Some(status)),
            escape(&status_name(mandate, Some(status), lang))
        )?;
    }
    write!(
        out,
        "</ul>\n<div class=\"wrap\">\n<table class=\"matrix\">\n<thead>\n<tr><th scope=\"col\">{}",
        msg("compare-element")
    )?;
    out.write_all(b"</th>")?;
    for column in &matrix.columns {
        write!(
            out,
            "<th scope=\"col\" class=\"doc\">{}<span class=\"path\">{}</span></th>",
            escape(&column.label),
            escape(&column.path)
        )?;
    }
    write!(
        out,
        "</tr>\n<tr class=\"score\"><th scope=\"row\">{}</th>",
        msg("compare-coverage")
    )?;
    for column in &matrix.columns {
        match (column.coverage, &column.error) {
            (Some(p), _) => {
                write!(
                    out,
                    "<td class=\"score\">{p}%<span class=\"bar\"><i style=\"width:{p}%\"></i></span></td>"
                )?;
            }
            (None, Some(error)) => {
                write!(
                    out,
                    "<td class=\"score error\" title=\"{}\"><span class=\"badge\">⚠ {}</span></td>",
                    escape(error),
                    msg("compare-unreadable")
                )?;
            }
            _ => out.write_all("<td class=\"score\">–</td>".as_bytes())?,
        }
    }
    out.write_all(b"</tr>\n</thead>\n<tbody>\n")?;
    let span = matrix.columns.len() + 1;
    for section in &matrix.sections {
        writeln!(
            out,
            "<tr class=\"section\"><th colspan=\"{span}\" scope=\"colgroup\">{}</th></tr>",
            escape(&section.name)
        )?;
        for row in &section.rows {
            let level = mandate.message(&format!("level-{}", row.level), lang, &[]);
            write!(
                out,
                "<tr class=\"element\" id=\"{}\"><th scope=\"row\"><code>{}</code><span class=\"level\">{}</span><span class=\"summary\">{}</span></th>",
                escape(&row.id),
                escape(&row.id),
                escape(&level),
                escape(&row.summary)
            )?;
            for (column, cell) in matrix.columns.iter().zip(&row.cells) {
                let name = status_name(mandate, cell.status, lang);
                write!(
                    out,
                    "<td class=\"cell {}\" tabindex=\"0\" aria-label=\"{}: {}\"><span class=\"badge\"><span class=\"sym\" aria-hidden=\"true\">{}</span> {}</span>",
                    class(cell.status),
                    escape(&column.label),
                    escape(&name),
                    symbol(cell.status),
                    escape(&name)
                )?;
                if cell.message.is_some() || cell.clause.is_some() {
                    out.write_all(b"<div class=\"tip\" role=\"tooltip\">")?;
                    if let Some(message) = &cell.message {
                        write!(out, "<p class=\"msg\">{}</p>", escape(message))?;
                    }
                    if let Some(clause) = &cell.clause {
                        write!(out, "<blockquote>{}</blockquote>", escape(clause))?;
                    }
                    if let Some(line) = cell.line {
                        write!(
                            out,
                            "<div class=\"where\">{}:{line}</div>",
                            escape(&column.path)
                        )?;
                    }
                    out.write_all(b"</div>")?;
                }
                out.write_all(b"</td>")?;
            }
            out.write_all(b"</tr>\n")?;
        }
    }
    out.write_all(b"</tbody>\n</table>\n</div>\n")?;
    write!(
        out,
        "<h2>{}</h2>\n<div class=\"wrap\">\n<table class=\"facts\">\n<thead><tr><th scope=\"col\">{}</th>",
        msg("compare-facts"),
        msg("compare-fact")
    )?;
    for column in &matrix.columns {
        write!(out, "<th scope=\"col\">{}</th>", escape(&column.label))?;
    }
    out.write_all(b"</tr></thead>\n<tbody>\n")?;
    let not_stated = msg("compare-not-stated");
    for fact in &matrix.facts {
        write!(out, "<tr><th scope=\"row\">{}</th>", escape(&fact.label))?;
        for value in &fact.values {
            match value {
                Some(v) => {
                    write!(out, "<td>{}</td>", escape(v))?;
                }
                None => {
                    write!(out, "<td class=\"not-applicable\">{not_stated}</td>")?;
                }
            }
        }
        out.write_all(b"</tr>\n")?;
    }
    write!(
        out,
        "</tbody>\n</table>\n</div>\n<p class=\"note\">{}</p>\n</body>\n</html>\n",
        escape(&matrix.weighting)
    )?;
    Ok(())
}
