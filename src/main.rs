//! The `torlint` binary: parse arguments, run, print, exit.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = torlint::cli::Cli::parse();
    let output = torlint::run::execute(cli);
    // A closed pipe (`torlint check ... | head`) is not an error worth a panic.
    let _ = std::io::stdout().write_all(output.stdout.as_bytes());
    let _ = std::io::stderr().write_all(output.stderr.as_bytes());
    ExitCode::from(output.status.code())
}
