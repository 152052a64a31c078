//! Input errors: what went wrong reading one document, with the span that
//! shows where, so the run can report it and go on with the other files.

use serde::Serialize;

use crate::source::Span;

/// Why a document could not be read (or read completely).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum InputErrorKind {
    /// The file could not be opened or read.
    Unreadable,
    /// The bytes are not UTF-8 text.
    InvalidUtf8,
    /// The file holds binary data.
    Binary,
    /// The document has no content.
    Empty,
    /// Front matter opened with `---` is never closed.
    UnclosedFrontMatter,
    /// Front matter or a YAML document is not valid YAML.
    MalformedYaml,
    /// Valid YAML of the wrong shape or with a wrong value.
    WrongShape,
    /// The walker met a directory loop or another file-system problem.
    Walk,
}

impl InputErrorKind {
    /// The stable code shown next to the message.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            InputErrorKind::Unreadable => "input::unreadable",
            InputErrorKind::InvalidUtf8 => "input::invalid-utf8",
            InputErrorKind::Binary => "input::binary",
            InputErrorKind::Empty => "input::empty",
            InputErrorKind::UnclosedFrontMatter => "input::unclosed-front-matter",
            InputErrorKind::MalformedYaml => "input::malformed-yaml",
            InputErrorKind::WrongShape => "input::wrong-shape",
            InputErrorKind::Walk => "input::walk",
        }
    }
}

/// One problem with one input file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// What kind of problem.
    pub kind: InputErrorKind,
    /// A sentence saying what is wrong.
    pub message: String,
    /// Where in the file, when the problem has a place.
    pub span: Option<Span>,
    /// What to do about it.
    pub help: Option<String>,
}

impl InputError {
    /// An error of `kind` with `message`, at `span` if given.
    #[must_use]
    pub fn new(kind: InputErrorKind, message: impl Into<String>, span: Option<Span>) -> Self {
        Self {
            kind,
            message: message.into(),
            span,
            help: None,
        }
    }

    /// The same error with a help line.
    #[must_use]
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}
