//! Where a check's reports go while the run goes.
//!
//! Each `--format` target pairs a [`Renderer`] with a [`Sink`]: standard
//! output, written as each document is checked; a later report for standard
//! output, held until the first is done so that two reports do not
//! interleave; a file, written beside its destination and renamed over it
//! at the end so that a reader never sees half a report; or a file appended
//! to (GitHub's step summary). A target that fails to write is set aside
//! with its error and the others go on.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use super::{DocumentReport, Renderer, Summary};

/// Where one report is written.
pub enum Sink<'o> {
    /// Standard output, as the run goes.
    Stdout(&'o mut dyn Write),
    /// A second report for standard output, written after the first.
    Held(Vec<u8>),
    /// A file written through a temporary one, renamed at the end.
    Staged {
        /// The temporary file, beside the destination.
        temporary: PathBuf,
        /// The destination.
        path: PathBuf,
        /// The temporary file, open.
        file: BufWriter<File>,
    },
    /// A file appended to.
    Appended(BufWriter<File>),
}

impl Sink<'_> {
    /// A file written through a temporary one beside `path`.
    ///
    /// # Errors
    ///
    /// When the temporary file cannot be created.
    pub fn staged(path: &Path) -> io::Result<Self> {
        let temporary = temporary_beside(path);
        let file = File::create(&temporary)?;
        Ok(Sink::Staged {
            temporary,
            path: path.to_path_buf(),
            file: BufWriter::new(file),
        })
    }

    /// A file appended to, created when absent.
    ///
    /// # Errors
    ///
    /// When the file cannot be opened.
    pub fn appended(path: &Path) -> io::Result<Self> {
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)?;
        Ok(Sink::Appended(BufWriter::new(file)))
    }

    /// Finish: flush, rename a staged file over its destination, hand back
    /// a held report's bytes.
    fn finish(self) -> io::Result<Vec<u8>> {
        match self {
            Sink::Stdout(out) => out.flush().map(|()| Vec::new()),
            Sink::Held(bytes) => Ok(bytes),
            Sink::Staged {
                temporary,
                path,
                file,
            } => {
                let renamed = file
                    .into_inner()
                    .map_err(io::IntoInnerError::into_error)
                    .and_then(|_| std::fs::rename(&temporary, &path));
                if renamed.is_err() {
                    let _ = std::fs::remove_file(&temporary);
                }
                renamed.map(|()| Vec::new())
            }
            Sink::Appended(mut file) => file.flush().map(|()| Vec::new()),
        }
    }

    /// Drop what was written to a staged file.
    fn abandon(self) {
        if let Sink::Staged { temporary, .. } = self {
            let _ = std::fs::remove_file(temporary);
        }
    }
}

impl Write for Sink<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Stdout(out) => out.write(buf),
            Sink::Held(bytes) => bytes.write(buf),
            Sink::Staged { file, .. } | Sink::Appended(file) => file.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Stdout(out) => out.flush(),
            Sink::Held(_) => Ok(()),
            Sink::Staged { file, .. } | Sink::Appended(file) => file.flush(),
        }
    }
}

/// The temporary file a report is staged in: hidden, beside `path`.
fn temporary_beside(path: &Path) -> PathBuf {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map_or_else(|| "report".into(), |n| n.to_string_lossy().into_owned());
    dir.join(format!(".{name}.{}.tmp", std::process::id()))
}

/// Write `bytes` to `path` through a temporary file and a rename.
///
/// # Errors
///
/// When the temporary file cannot be written or renamed.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut sink = Sink::staged(path)?;
    match sink.write_all(bytes) {
        Ok(()) => sink.finish().map(drop),
        Err(err) => {
            sink.abandon();
            Err(err)
        }
    }
}

/// One report being written: its renderer, where it goes, and the first
/// error writing it met.
pub struct Target<'a, 'o> {
    /// Shown in an error: the file, or "standard output".
    pub name: String,
    renderer: Box<dyn Renderer + 'a>,
    sink: Sink<'o>,
    error: Option<io::Error>,
}

impl<'a, 'o> Target<'a, 'o> {
    /// A report written by `renderer` to `sink`, shown as `name` in errors.
    #[must_use]
    pub fn new(name: String, renderer: Box<dyn Renderer + 'a>, sink: Sink<'o>) -> Self {
        Self {
            name,
            renderer,
            sink,
            error: None,
        }
    }

    fn attempt(&mut self, write: impl FnOnce(&mut dyn Renderer, &mut Sink<'o>) -> io::Result<()>) {
        if self.error.is_none()
            && let Err(err) = write(self.renderer.as_mut(), &mut self.sink)
        {
            self.error = Some(err);
        }
    }

    /// Before the first document.
    pub fn begin(&mut self) {
        self.attempt(|renderer, sink| renderer.begin(sink));
    }

    /// One document.
    pub fn document(&mut self, document: &DocumentReport) {
        self.attempt(|renderer, sink| renderer.document(sink, document));
    }

    /// Whether writing has failed.
    #[must_use]
    pub fn failed(&self) -> bool {
        self.error.is_some()
    }

    /// After the last document: the end of the report, flushed or renamed
    /// into place. Gives back a held report's bytes, or the first error.
    ///
    /// # Errors
    ///
    /// The first error met writing this report.
    pub fn end(mut self, summary: &Summary) -> io::Result<Vec<u8>> {
        self.attempt(|renderer, sink| renderer.end(sink, summary));
        match self.error {
            None => self.sink.finish(),
            Some(err) => {
                self.sink.abandon();
                Err(err)
            }
        }
    }
}
