//! The `torlint` binary: parse arguments, run, print, exit.

use std::io::Write;
use std::process::ExitCode;

use clap::FromArgMatches;
use torlint::cli::{Cli, help, usage_error};

fn main() -> ExitCode {
    // A help page, or a usage error, is written in the message language:
    // the arguments are parsed again with the command line in it, and an
    // error clap would write in English is told in that language.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let parse = |command: clap::Command| {
        command
            .try_get_matches_from(&args)
            .and_then(|matches| Cli::from_arg_matches(&matches))
    };
    let cli = parse(<Cli as clap::CommandFactory>::command()).unwrap_or_else(|_| {
        let early = help::early(&args);
        let language = torlint::run::message_language(early.lang);
        parse(help::command(language, &early.rules)).unwrap_or_else(
            |err| match usage_error::render(&err, language, &early.rules) {
                Some(said) => {
                    let _ = std::io::stderr().write_all(said.as_bytes());
                    std::process::exit(err.exit_code())
                }
                None => err.exit(),
            },
        )
    });
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    let output = torlint::run::execute(cli, &mut stdout);
    // A closed pipe (`torlint check ... | head`) is not an error worth a panic.
    let _ = stdout.write_all(output.stdout.as_bytes());
    let _ = stdout.flush();
    let _ = std::io::stderr().write_all(output.stderr.as_bytes());
    ExitCode::from(output.status.code())
}

/// Compiling the rules makes tens of thousands of small allocations (pattern
/// syntax trees, automata states); with mimalloc instead of the system
/// allocator a one-file run took 87 ms instead of 118 ms (`docs/performance.md`).
/// Transparent huge pages are off (`no_thp`): with them, a one-file run held
/// 80 MB instead of 34 MB.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
