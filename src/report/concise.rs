//! `--format concise`: one line per finding, `path:line:col: severity[id]
//! message`, as compilers and ruff print them; easy to grep and to diff.

use std::io::{self, Write};

use super::{DocumentReport, RenderOptions, Renderer, Summary};
use crate::finding::Severity;
use crate::mandate::Mandate;

/// One line per finding or input error, then the summary line.
pub struct Concise<'a> {
    mandate: &'a Mandate,
    options: RenderOptions<'a>,
    min: Severity,
}

impl<'a> Concise<'a> {
    /// Lines for findings at or above `min`.
    #[must_use]
    pub fn new(mandate: &'a Mandate, options: RenderOptions<'a>, min: Severity) -> Self {
        Self {
            mandate,
            options,
            min,
        }
    }
}

impl Renderer for Concise<'_> {
    fn document(&mut self, out: &mut dyn Write, document: &DocumentReport) -> io::Result<()> {
        for d in document.diagnostics(self.min) {
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
        if self.options.quiet {
            return Ok(());
        }
        let language = self.options.language.unwrap_or_default();
        writeln!(out, "{}", summary.line(self.mandate, language))
    }
}
