//! `--format concise`: one line per finding, `path:line:col: severity[id]
//! message`, as compilers and ruff print them; easy to grep and to diff.

use std::io::{self, Write};

use super::{Context, DocumentReport, Renderer, Summary};

/// One line per finding or input error, then the summary line.
pub struct Concise<'a>(pub Context<'a>);

impl Renderer for Concise<'_> {
    fn document(&mut self, out: &mut dyn Write, document: &DocumentReport) -> io::Result<()> {
        for d in document.diagnostics(self.0.min) {
            writeln!(
                out,
                "{}:{}:{}: {}[{}] {}",
                d.path(),
                d.start.line,
                d.start.column,
                d.severity().as_str(),
                d.code(),
                d.message()
            )?;
        }
        Ok(())
    }

    fn end(&mut self, out: &mut dyn Write, summary: &Summary) -> io::Result<()> {
        summary.write_line(out, self.0.mandate, &self.0.options)
    }
}
