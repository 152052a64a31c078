//! Input errors: what went wrong reading one document, with the span that
//! shows where, so the run can report it and go on with the other files.

use std::path::Path;

use serde::Serialize;

use crate::source::{SourceFile, Span};

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
    /// A `torlint-disable` comment without a reason or with an unknown id.
    InvalidSuppression,
    /// The file is larger than the size limit.
    TooLarge,
    /// A word-processor or PDF file that `check` cannot read: a format it
    /// does not import, or a damaged Word or OpenDocument file.
    OfficeDocument,
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
            InputErrorKind::InvalidSuppression => "input::invalid-suppression",
            InputErrorKind::TooLarge => "input::too-large",
            InputErrorKind::OfficeDocument => "input::office-document",
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
    /// The catalogue's words for it, when it was found before the run's
    /// language was known (reading the file): the message key, whose
    /// `-help` key says what to do, and the values to fill in. The run
    /// words it ([`InputError::word`]) before it is reported.
    pub wording: Option<Wording>,
}

/// A message of the catalogue still to be worded in the report's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wording {
    /// The message key (`input-empty`); `{key}-help` is its help.
    pub key: &'static str,
    /// The values of its placeholders.
    pub args: Vec<(&'static str, Arg)>,
}

/// A value put in a catalogue message: words as they are, or another
/// message of the catalogue, worded in the same language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Words shown as they are (a path, a number, a name).
    Text(String),
    /// The key of a message worded in the report's language.
    Message(&'static str),
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Self::Text(text)
    }
}

impl Arg {
    /// The words, in `language` when they are a message of the catalogue.
    #[must_use]
    pub fn say(
        &self,
        mandate: &crate::mandate::Mandate,
        language: crate::model::Language,
    ) -> String {
        match self {
            Self::Text(text) => text.clone(),
            Self::Message(key) => mandate.message(key, language, &[]),
        }
    }
}

/// Why the operating system refused a file or folder: the catalogue's words
/// for the usual reasons, so they read in the report's language, and the
/// system's own words for the rare others.
#[must_use]
pub fn io_reason(err: &std::io::Error) -> Arg {
    use std::io::ErrorKind;
    match err.kind() {
        ErrorKind::NotFound => Arg::Message("io-not-found"),
        ErrorKind::PermissionDenied => Arg::Message("io-permission-denied"),
        ErrorKind::IsADirectory => Arg::Message("io-is-a-directory"),
        ErrorKind::NotADirectory => Arg::Message("io-not-a-directory"),
        ErrorKind::InvalidData => Arg::Message("io-invalid-data"),
        _ => Arg::Text(err.to_string()),
    }
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
            wording: None,
        }
    }

    /// An error of `kind` at `span` whose words are the catalogue's message
    /// `key` filled with `args`, worded later in the report's language.
    #[must_use]
    pub fn worded(
        kind: InputErrorKind,
        key: &'static str,
        args: Vec<(&'static str, impl Into<Arg>)>,
        span: Option<Span>,
    ) -> Self {
        let args = args.into_iter().map(|(k, v)| (k, v.into())).collect();
        Self {
            kind,
            message: String::new(),
            span,
            help: None,
            wording: Some(Wording { key, args }),
        }
    }

    /// An error of `kind` at `span` whose words are the catalogue's message
    /// `key`, which has nothing to fill in.
    #[must_use]
    pub fn stated(kind: InputErrorKind, key: &'static str, span: Option<Span>) -> Self {
        Self::worded(kind, key, Vec::<(&str, Arg)>::new(), span)
    }

    /// Put the catalogue's words, in `language`, in the message and help.
    pub fn word(&mut self, mandate: &crate::mandate::Mandate, language: crate::model::Language) {
        let Some(wording) = self.wording.take() else {
            return;
        };
        let values: Vec<(&str, String)> = wording
            .args
            .iter()
            .map(|(k, v)| (*k, v.say(mandate, language)))
            .collect();
        let args: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
        self.message = mandate.message(wording.key, language, &args);
        let help = format!("{}-help", wording.key);
        if mandate.messages.contains_key(&help) {
            self.help = Some(mandate.message(&help, language, &args));
        }
    }

    /// The same error with a help line.
    #[must_use]
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

/// Every problem found in a set of rule files, not only the first.
#[derive(Debug, Clone)]
pub struct RuleErrors(pub Vec<FileError>);

impl std::fmt::Display for RuleErrors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, err) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{}: {}", err.source.name(), err.error.message)?;
        }
        Ok(())
    }
}

impl From<FileError> for RuleErrors {
    fn from(err: FileError) -> Self {
        Self(vec![err])
    }
}

/// A problem in a rule or configuration file, with the file to show it in.
#[derive(Debug, Clone)]
pub struct FileError {
    /// The file.
    pub source: SourceFile,
    /// What is wrong, and where.
    pub error: Box<InputError>,
}

impl FileError {
    /// An error at `span` of `source`.
    #[must_use]
    pub fn at(source: &SourceFile, message: impl Into<String>, span: Option<Span>) -> Self {
        Self {
            source: source.clone(),
            error: Box::new(InputError::new(InputErrorKind::WrongShape, message, span)),
        }
    }

    /// A file or directory that could not be read.
    #[must_use]
    pub fn io(path: &Path, err: &std::io::Error) -> Self {
        Self {
            source: SourceFile::new(path.display().to_string(), ""),
            error: Box::new(InputError::new(
                InputErrorKind::Unreadable,
                format!("cannot read {}: {err}", path.display()),
                None,
            )),
        }
    }
}
