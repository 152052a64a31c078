//! The `torlint` binary: parse arguments, run, print, exit.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = torlint::cli::Cli::parse();
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    let output = torlint::run::execute(cli, &mut stdout);
    // A closed pipe (`torlint check ... | head`) is not an error worth a panic.
    let _ = stdout.write_all(output.stdout.as_bytes());
    let _ = stdout.flush();
    let _ = std::io::stderr().write_all(output.stderr.as_bytes());
    ExitCode::from(output.status.code())
}
