//! torlint checks a UN Network on Migration terms of reference (ToR) against
//! the global Network mandate and reports gaps and deviations as diagnostics
//! that point at the exact words.
//!
//! The pipeline, one module per stage:
//! [`walk`] (which files) -> [`source`] (a file and its line index) -> [`parse`] (Markdown or YAML into
//! the [`model`]) -> [`engine`] (clauses matched against the [`mandate`] rule
//! data) -> [`finding`] (element statuses and findings) -> [`report`]
//! (renderers). [`pipeline`] runs the stages in order, with configured
//! severities, suppressions and the baseline, for any program; [`run`] adds
//! the command line around it.
//!
//! Checking one ToR from a program:
//!
//! ```
//! use torlint::config::FileSettings;
//! use torlint::mandate::Mandate;
//! use torlint::parse::Syntax;
//! use torlint::pipeline::check_bytes;
//!
//! let mandate = Mandate::embedded().map_err(|e| e.to_string())?;
//! let tor = "---\nlanguage: fr\n---\n\n## Prise de décision\n\n\
//!            Les décisions sont prises à la majorité simple des membres.\n";
//! let settings = FileSettings::default();
//! let report = check_bytes("tor.md", tor.as_bytes(), Syntax::Markdown, &mandate, &settings, None);
//! let evaluation = report.evaluation.ok_or("the document reads")?;
//! let consensus = evaluation.elements.iter().find(|e| e.id == "decision.consensus");
//! assert_eq!(consensus.map(|e| e.status.as_str()), Some("deviation"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod baseline;
pub mod cli;
pub mod config;
pub mod engine;
pub mod error;
pub mod explain;
pub mod finding;
pub mod import;
pub mod init;
pub mod mandate;
pub mod model;
pub mod parse;
pub mod pipeline;
pub mod report;
pub mod run;
pub mod source;
pub mod text;
pub mod walk;
