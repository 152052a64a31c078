//! A command line torlint cannot read, told in the user's language.
//!
//! clap writes its usage errors in English ("unexpected argument '--bogus'
//! found"). For the other languages this module writes the same error from
//! the facts clap gives with it (the argument, the value, the suggestions,
//! the usage line) and the words of `errors` in `rules/help.yaml`. An error
//! of a kind the file does not translate keeps clap's English, so none is
//! ever lost.

use std::fmt::Write as _;
use std::path::PathBuf;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::mandate::schema::{HelpFile, Localized};
use crate::model::Language;

/// The error in `language`, or `None` where clap's English stands: in
/// English, and for an error the help file does not translate.
#[must_use]
pub fn render(error: &clap::Error, language: Language, rules: &[PathBuf]) -> Option<String> {
    if language == Language::En {
        return None;
    }
    Writer {
        error,
        file: &super::help::load(rules),
        language,
    }
    .write()
}

/// One error and the words to tell it with.
struct Writer<'a> {
    error: &'a clap::Error,
    file: &'a HelpFile,
    language: Language,
}

impl Writer<'_> {
    /// The whole message: the error, its tips, the usage line, the pointer
    /// to `--help`.
    fn write(&self) -> Option<String> {
        let words = &self.file.errors;
        let mut out = format!("{} {}\n", self.say(&words.error)?, self.what()?);
        let tips = self.tips()?;
        if !tips.is_empty() {
            out.push('\n');
            let tip = self.say(&words.tip)?;
            for line in tips {
                let _ = writeln!(out, "  {tip} {line}");
            }
        }
        if let Some(usage) = self.usage() {
            let _ = write!(out, "\n{usage}\n");
        }
        let _ = write!(out, "\n{}\n", self.say(&words.more)?);
        Some(out)
    }

    /// What went wrong, for the kinds of error the file translates.
    fn what(&self) -> Option<String> {
        let words = &self.file.errors;
        let arg = self.string(ContextKind::InvalidArg);
        let value = self.string(ContextKind::InvalidValue);
        match self.error.kind() {
            ErrorKind::UnknownArgument => self.fill(&words.unknown_argument, &[("arg", arg?)]),
            ErrorKind::InvalidSubcommand => self.fill(
                &words.unknown_command,
                &[("arg", self.string(ContextKind::InvalidSubcommand)?)],
            ),
            ErrorKind::InvalidValue if value.as_deref() == Some("") => {
                self.fill(&words.value_required, &[("arg", arg?)])
            }
            ErrorKind::InvalidValue => {
                let mut said =
                    self.fill(&words.invalid_value, &[("value", value?), ("arg", arg?)])?;
                if let Some(ContextValue::Strings(values)) = self.error.get(ContextKind::ValidValue)
                    && !values.is_empty()
                {
                    let heading = self.say(&self.file.headings.values)?;
                    let _ = write!(said, "\n  [{heading} {}]", values.join(", "));
                }
                Some(said)
            }
            ErrorKind::ValueValidation => {
                let said = self.fill(&words.invalid_value, &[("value", value?), ("arg", arg?)])?;
                Some(match std::error::Error::source(self.error) {
                    Some(reason) => format!("{said}: {reason}"),
                    None => said,
                })
            }
            ErrorKind::MissingRequiredArgument => {
                let Some(ContextValue::Strings(missing)) = self.error.get(ContextKind::InvalidArg)
                else {
                    return None;
                };
                let mut said = self.say(&words.missing_required)?.to_string();
                for arg in missing {
                    let _ = write!(said, "\n  {arg}");
                }
                Some(said)
            }
            ErrorKind::MissingSubcommand => self.fill(
                &words.missing_command,
                &[("arg", self.string(ContextKind::InvalidSubcommand)?)],
            ),
            ErrorKind::ArgumentConflict => {
                let prior = self.string(ContextKind::PriorArg);
                match (arg, prior) {
                    (Some(arg), Some(prior)) if arg == prior => {
                        self.fill(&words.repeated, &[("arg", arg)])
                    }
                    (Some(arg), Some(prior)) => {
                        self.fill(&words.conflict, &[("arg", arg), ("prior", prior)])
                    }
                    _ => None,
                }
            }
            ErrorKind::TooManyValues => {
                self.fill(&words.too_many_values, &[("value", value?), ("arg", arg?)])
            }
            _ => None,
        }
    }

    /// The tips clap gives: a similar argument, command or value, or how to
    /// pass a word starting with `-` as a value. `None` when one of them is
    /// not a tip the file translates.
    fn tips(&self) -> Option<Vec<String>> {
        let words = &self.file.errors;
        let mut tips = Vec::new();
        for (kind, template) in [
            (ContextKind::SuggestedSubcommand, &words.similar_command),
            (ContextKind::SuggestedArg, &words.similar_argument),
            (ContextKind::SuggestedValue, &words.similar_value),
        ] {
            if let Some(suggested) = self.string(kind).filter(|s| !s.is_empty()) {
                tips.push(self.fill(template, &[("suggested", suggested)])?);
            }
        }
        if let Some(ContextValue::StyledStrs(suggestions)) = self.error.get(ContextKind::Suggested)
        {
            for suggestion in suggestions {
                // clap's one free-text tip here: "to pass 'x' as a value,
                // use '-- x'".
                let text = suggestion.to_string();
                let quoted: Vec<&str> = text.split('\'').skip(1).step_by(2).collect();
                match (text.starts_with("to pass "), quoted.as_slice()) {
                    (true, [arg, usage]) => tips.push(self.fill(
                        &words.as_value,
                        &[("arg", (*arg).to_string()), ("use", (*usage).to_string())],
                    )?),
                    _ => return None,
                }
            }
        }
        Some(tips)
    }

    /// clap's usage line, under the usage heading of the help file.
    fn usage(&self) -> Option<String> {
        let Some(ContextValue::StyledStr(usage)) = self.error.get(ContextKind::Usage) else {
            return None;
        };
        let usage = usage.to_string();
        let line = usage
            .trim_start()
            .strip_prefix("Usage:")
            .unwrap_or(&usage)
            .trim();
        let heading = self.say(&self.file.headings.usage).unwrap_or("Usage:");
        Some(format!("{heading} {line}"))
    }

    /// A fact clap gives, as text: a list is written as clap writes it,
    /// quoted and comma-separated.
    fn string(&self, kind: ContextKind) -> Option<String> {
        match self.error.get(kind)? {
            ContextValue::String(s) => Some(s.clone()),
            ContextValue::Strings(list) => Some(list.join("', '")),
            _ => None,
        }
    }

    /// The words of `text` in the language.
    fn say<'t>(&self, text: &'t Localized) -> Option<&'t str> {
        text.get(self.language.as_str()).map(String::as_str)
    }

    /// A template in the language with its `{name}`s filled.
    fn fill(&self, template: &Localized, values: &[(&str, String)]) -> Option<String> {
        let mut text = self.say(template)?.to_string();
        for (name, value) in values {
            text = text.replace(&format!("{{{name}}}"), value);
        }
        Some(text)
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    fn error(language: Language, args: &[&str]) -> String {
        let command = super::super::help::command(language, &[]);
        let err = command
            .try_get_matches_from(std::iter::once("torlint").chain(args.iter().copied()))
            .expect_err("the command line is wrong");
        render(&err, language, &[]).unwrap_or_else(|| format!("(English) {err}"))
    }

    #[test]
    fn english_stays_clap_own() {
        let err = crate::cli::Cli::command()
            .try_get_matches_from(["torlint", "check", "--bogus"])
            .expect_err("unknown argument");
        assert_eq!(render(&err, Language::En, &[]), None);
    }

    #[test]
    fn an_unknown_argument_is_told_in_french() {
        let said = error(Language::Fr, &["check", "--bogus"]);
        assert!(
            said.starts_with("erreur : argument inattendu '--bogus'"),
            "{said}"
        );
        assert!(
            said.contains("conseil : pour passer '--bogus' comme valeur"),
            "{said}"
        );
        assert!(said.contains("Utilisation : torlint check"), "{said}");
        assert!(!said.contains("Usage") && !said.contains("tip"), "{said}");
    }

    #[test]
    fn a_misspelt_command_gets_its_suggestion_in_spanish() {
        let said = error(Language::Es, &["chek", "x.md"]);
        assert!(said.contains("comando desconocido 'chek'"), "{said}");
        assert!(said.contains("'check'"), "{said}");
        assert!(
            !said.contains("unrecognized") && !said.contains("similar subcommand"),
            "{said}"
        );
    }

    #[test]
    fn a_wrong_value_lists_the_possible_ones() {
        let said = error(Language::Fr, &["check", "--fail-on", "sometimes", "x.md"]);
        assert!(
            said.contains("valeur 'sometimes' invalide pour '--fail-on"),
            "{said}"
        );
        assert!(said.contains("[valeurs possibles :"), "{said}");
    }
}
