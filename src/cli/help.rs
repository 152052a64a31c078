//! `--help` in the user's language.
//!
//! clap writes the English from the doc comments of the derive types in
//! `cli`. `rules/help.yaml` gives the same text in the other languages,
//! keyed by command and argument (`check.format`, and `check.format.human`
//! for one of its values), with the words clap writes around them (the
//! headings). A key with no text in a language keeps clap's English, so a
//! new option is never without help.
//!
//! The language is known before the arguments are parsed: `--lang` when it
//! is given, else the system locale. A `help.yaml` in a `--rules` directory
//! replaces the shipped one, as for the other rule files.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Arg, Command, CommandFactory};

use crate::mandate::EMBEDDED;
use crate::mandate::schema::{HelpFile, HelpHeadings, Localized};
use crate::model::Language;

/// What the help page needs to know before the arguments are parsed.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Early {
    /// The `--lang` given, when it names a language torlint speaks.
    pub lang: Option<Language>,
    /// The `--rules` directories given.
    pub rules: Vec<PathBuf>,
}

/// Read `--lang` and `--rules` from raw arguments, wherever they stand.
#[must_use]
pub fn early(args: &[OsString]) -> Early {
    let mut found = Early::default();
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        let (name, value) = match word.split_once('=') {
            Some((name, value)) => (name.to_string(), Some(value.to_string())),
            None => (word.to_string(), None),
        };
        if name != "--lang" && name != "--rules" {
            continue;
        }
        let Some(value) = value.or_else(|| words.next().map(|w| w.to_string())) else {
            break;
        };
        if name == "--lang" {
            found.lang = Language::parse(&value).or(found.lang);
        } else {
            found.rules.push(PathBuf::from(value));
        }
    }
    found
}

/// The help file: the last `help.yaml` of the `--rules` directories that
/// reads, else the shipped one. A file that does not read is reported when
/// the rules are compiled; here it only falls back.
#[must_use]
pub(super) fn load(rules: &[PathBuf]) -> HelpFile {
    let shipped = EMBEDDED
        .iter()
        .find(|(name, _)| *name == "help.yaml")
        .map(|(_, text)| (*text).to_string());
    rules
        .iter()
        .rev()
        .filter_map(|dir| std::fs::read_to_string(dir.join("help.yaml")).ok())
        .chain(shipped)
        .find_map(|text| serde_saphyr::from_str(&text).ok())
        .unwrap_or_default()
}

/// The help text of `key` in `language`, when the file gives one.
fn text<'a>(help: &'a HelpFile, key: &str, language: Language) -> Option<&'a str> {
    help.help
        .get(key)
        .and_then(|t| t.get(language.as_str()))
        .map(String::as_str)
}

/// A heading in `language`, when the file gives one.
fn heading(heading: &Localized, language: Language) -> Option<&str> {
    heading.get(language.as_str()).map(String::as_str)
}

/// The command line, with its help in `language`; the help file is read
/// (from the `rules` directories, else the shipped one) only for a language
/// other than English.
#[must_use]
pub fn command(language: Language, rules: &[PathBuf]) -> Command {
    let mut command = crate::cli::Cli::command();
    if language == Language::En {
        return command;
    }
    // Building adds the help and version flags and the `help` command, so
    // that they are translated too.
    command.build();
    localize(command, "", &load(rules), language)
}

/// The key of `name` in the command at `path`: `check.format`, or `check`
/// at the top.
fn key(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_string()
    } else {
        format!("{path}.{name}")
    }
}

/// Translate one command, then its subcommands.
fn localize(mut command: Command, path: &str, help: &HelpFile, language: Language) -> Command {
    let headings = &help.headings;
    let about_key = if path.is_empty() { "torlint" } else { path };
    if let Some(about) = text(help, about_key, language) {
        command = command.about(about.to_string());
    }
    let ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        let arg_key = key(path, &id);
        let said =
            text(help, &arg_key, language).or_else(|| builtin(&command, &id, headings, language));
        command = command.mut_arg(&id, |arg| {
            // Under `--help`, clap's own flag reads "Print help (see a
            // summary with '-h')".
            let summary = heading(&headings.help_flag_summary, language)
                .filter(|_| id == "help" && arg.get_long_help().is_some());
            let arg = localize_arg(arg, &arg_key, said, help, language);
            match summary {
                Some(summary) => arg.long_help(summary.to_string()),
                None => arg,
            }
        });
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for name in names {
        let sub_path = key(path, &name);
        command = command.mut_subcommand(&name, |sub| {
            if name == "help" {
                // clap's own `help` command, whose words are a heading's.
                return match heading(&headings.help_command, language) {
                    Some(about) => sub.about(about.to_string()),
                    None => sub,
                };
            }
            localize(sub, &sub_path, help, language)
        });
    }
    if let Some(commands) = heading(&headings.commands, language) {
        command = command.subcommand_help_heading(commands.to_string());
    }
    if let Some(name) = heading(&headings.command, language) {
        command = command.subcommand_value_name(name.to_string());
    }
    match heading(&headings.usage, language) {
        Some(usage) => command.help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
        )),
        None => command,
    }
}

/// The words of clap's own flags: "Print help", or "Print help (see more
/// with '--help')" where some option has more to say under `--help`, and
/// "Print version".
fn builtin<'a>(
    command: &Command,
    id: &str,
    headings: &'a HelpHeadings,
    language: Language,
) -> Option<&'a str> {
    match id {
        "help" => {
            let more = command
                .get_arguments()
                .find(|a| a.get_id() == "help")
                .and_then(clap::Arg::get_help)
                .is_some_and(|h| h.to_string().contains("--help"));
            let flag = if more {
                &headings.help_flag_long
            } else {
                &headings.help_flag
            };
            heading(flag, language)
        }
        "version" => heading(&headings.version_flag, language),
        _ => None,
    }
}

/// Translate one argument (keyed `arg_key`): its help, its values' help
/// (listed under `--help`, named after `-h`'s line, since clap's own list
/// would stay in English) and its heading.
fn localize_arg(
    arg: Arg,
    arg_key: &str,
    said: Option<&str>,
    help: &HelpFile,
    language: Language,
) -> Arg {
    let headings = &help.headings;
    let mut arg = match said {
        Some(said) => arg.help(said.to_string()),
        None => arg,
    };
    let values: Vec<(String, Option<String>)> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| {
            let name = v.get_name().to_string();
            let said = text(help, &key(arg_key, &name), language)
                .map(str::to_string)
                .or_else(|| v.get_help().map(ToString::to_string));
            (name, said)
        })
        .collect();
    if values.iter().any(|(_, said)| said.is_some()) {
        let label = heading(&headings.values, language).unwrap_or("");
        let short = arg.get_help().map(ToString::to_string).unwrap_or_default();
        let names: Vec<&str> = values.iter().map(|(n, _)| n.as_str()).collect();
        let lines: Vec<String> = values
            .iter()
            .map(|(name, said)| match said {
                Some(said) => format!("- {name}: {said}"),
                None => format!("- {name}"),
            })
            .collect();
        arg = arg
            .hide_possible_values(true)
            .long_help(format!("{short}\n\n{label}\n{}", lines.join("\n")))
            .help(format!("{short} [{label} {}]", names.join(", ")));
    }
    let group = if arg.is_positional() {
        &headings.arguments
    } else {
        &headings.options
    };
    match heading(group, language) {
        Some(group) => arg.help_heading(group.to_string()),
        None => arg,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every help text of the command line, by key, as `help.yaml` keys it.
    fn keys(command: &Command, path: &str, out: &mut Vec<String>) {
        let key = |name: &str| {
            if path.is_empty() {
                name.to_string()
            } else {
                format!("{path}.{name}")
            }
        };
        out.push(if path.is_empty() {
            "torlint".into()
        } else {
            path.into()
        });
        for arg in command.get_arguments() {
            let id = arg.get_id().to_string();
            out.push(key(&id));
            for value in arg.get_possible_values() {
                if value.get_help().is_some() {
                    out.push(key(&format!("{id}.{}", value.get_name())));
                }
            }
        }
        for sub in command.get_subcommands() {
            keys(sub, &key(sub.get_name()), out);
        }
    }

    #[test]
    fn every_option_is_translated_and_every_translation_names_an_option() {
        let help = load(&[]);
        let mut expected = Vec::new();
        keys(&crate::cli::Cli::command(), "", &mut expected);
        for key in &expected {
            for language in [Language::Fr, Language::Es] {
                assert!(
                    text(&help, key, language).is_some(),
                    "rules/help.yaml gives no {} help for `{key}`",
                    language.as_str()
                );
            }
        }
        for key in help.help.keys() {
            assert!(
                expected.contains(key),
                "rules/help.yaml: `{key}` names no option"
            );
        }
    }

    #[test]
    fn the_help_is_written_in_the_language_asked() {
        let mut french = command(Language::Fr, &[]);
        let page = french.render_long_help().to_string();
        assert!(page.contains("Utilisation :"), "{page}");
        assert!(page.contains("Afficher l'aide"), "{page}");
        let mut english = command(Language::En, &[]);
        assert!(english.render_long_help().to_string().contains("Usage:"));
    }

    #[test]
    fn the_language_and_the_rules_are_read_before_parsing() {
        let args: Vec<OsString> = ["torlint", "check", "--lang=es", "--rules", "r", "x.md"]
            .into_iter()
            .map(OsString::from)
            .collect();
        assert_eq!(
            early(&args),
            Early {
                lang: Some(Language::Es),
                rules: vec![PathBuf::from("r")],
            }
        );
    }
}
