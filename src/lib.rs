//! torlint checks a UN Network on Migration terms of reference (ToR) against
//! the global Network mandate and reports gaps and deviations as diagnostics
//! that point at the exact words.
//!
//! The pipeline, one module per stage:
//! [`source`] (a file and its line index) -> [`parse`] (Markdown or YAML into
//! the [`model`]) -> [`engine`] (clauses matched against the [`mandate`] rule
//! data) -> [`finding`] (element statuses and findings) -> [`report`]
//! (renderers). [`run`] ties them together for the command line.

pub mod cli;
pub mod engine;
pub mod error;
pub mod explain;
pub mod finding;
pub mod mandate;
pub mod model;
pub mod parse;
pub mod report;
pub mod run;
pub mod source;
pub mod text;
