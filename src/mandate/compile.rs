//! Rule files -> [`Mandate`]: parse, validate, expand `@term` references and
//! compile regexes once. Every mistake in a rule file is an error with a span
//! into that file.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde_saphyr::Spanned;

use super::lexicon::Lexicon;
use super::pattern::{self, Pattern, PrefilterBuilder};
use super::schema::{
    ConceptsFile, ElementRule, ElementsFile, HelpFile, MessagesFile, MootRule, Patterns,
    RegionsFile, SectionsFile, VocabularyFile,
};
use super::{
    Atom, Deviation, Element, Fact, FactKind, Item, Mandate, MandateSource, Moot, Regions,
    SectionInfo, Statement, Term,
};
use crate::error::{FileError, InputError, InputErrorKind, RuleErrors};
use crate::model::{Language, Scope};
use crate::parse::meta::YamlSlice;
use crate::source::SourceFile;

/// Most nested `@term` references followed before giving up.
const MAX_EXPANSION_DEPTH: usize = 8;

struct Compiler<'a> {
    file: &'a SourceFile,
    slice: YamlSlice<'a>,
    /// Every pattern compiled so far, for the mandate's prefilter.
    patterns: &'a RefCell<PrefilterBuilder>,
}

impl<'a> Compiler<'a> {
    fn new(file: &'a SourceFile, patterns: &'a RefCell<PrefilterBuilder>) -> Compiler<'a> {
        Compiler {
            file,
            patterns,
            slice: YamlSlice {
                text: file.text(),
                base: 0,
                line_base: 0,
            },
        }
    }

    fn error<T>(&self, at: Option<&Spanned<String>>, message: String) -> Result<T, FileError> {
        Err(FileError {
            source: self.file.clone(),
            error: Box::new(InputError::new(
                InputErrorKind::WrongShape,
                message,
                at.map(|s| self.slice.value_span(s, self.file)),
            )),
        })
    }

    fn parse<T: serde::de::DeserializeOwned>(&self) -> Result<T, FileError> {
        self.slice.parse(self.file).map_err(|error| FileError {
            source: self.file.clone(),
            error: Box::new(error),
        })
    }

    /// Replace `@name` with the term's alternatives.
    fn expand(
        &self,
        pattern: &Spanned<String>,
        raw_terms: &BTreeMap<String, Vec<String>>,
    ) -> Result<String, FileError> {
        let mut text = pattern.value.clone();
        for _ in 0..MAX_EXPANSION_DEPTH {
            if !text.contains('@') {
                return Ok(text);
            }
            let mut out = String::with_capacity(text.len());
            let mut rest = text.as_str();
            while let Some(at) = rest.find('@') {
                out.push_str(rest.get(..at).unwrap_or(""));
                let after = rest.get(at + 1..).unwrap_or("");
                let name_len = after
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .unwrap_or(after.len());
                let name = after.get(..name_len).unwrap_or("");
                let Some(alternatives) = raw_terms.get(name) else {
                    return self.error(Some(pattern), format!("unknown vocabulary term `@{name}`"));
                };
                out.push_str("(?:");
                out.push_str(&alternatives.join("|"));
                out.push(')');
                rest = after.get(name_len..).unwrap_or("");
            }
            out.push_str(rest);
            text = out;
        }
        self.error(
            Some(pattern),
            "vocabulary terms refer to each other too deeply".to_string(),
        )
    }

    fn regex(
        &self,
        patterns: &[&Spanned<String>],
        raw_terms: &BTreeMap<String, Vec<String>>,
    ) -> Result<Option<Pattern>, FileError> {
        if patterns.is_empty() {
            return Ok(None);
        }
        let mut parts = Vec::with_capacity(patterns.len());
        for pattern in patterns {
            parts.push(format!("(?:{})", self.expand(pattern, raw_terms)?));
        }
        let source = parts.join("|");
        match pattern::parse(&source) {
            Ok(hir) => Ok(Some(self.patterns.borrow_mut().add(source, &hir))),
            Err(err) => {
                // Parse them one by one to point at the culprit.
                for (pattern, part) in patterns.iter().zip(&parts) {
                    if let Err(err) = pattern::parse(part) {
                        return self.error(Some(pattern), format!("invalid pattern: {err}"));
                    }
                }
                self.error(
                    patterns.first().copied(),
                    format!("invalid patterns: {err}"),
                )
            }
        }
    }

    /// Parse scope names.
    fn scopes(&self, written: &[Spanned<String>]) -> Result<Vec<Scope>, FileError> {
        written
            .iter()
            .map(|scope| match Scope::parse(&scope.value) {
                Some(s) => Ok(s),
                None => self.error(Some(scope), format!("unknown scope `{}`", scope.value)),
            })
            .collect()
    }

    /// Parse statements ("secretariat + provide|label + @iom").
    fn statements(
        &self,
        written: &[Spanned<String>],
        lexicon: &Lexicon,
        terms: &BTreeMap<String, Vec<String>>,
    ) -> Result<Vec<Statement>, FileError> {
        let mut statements = Vec::with_capacity(written.len());
        for statement in written {
            let mut groups = Vec::new();
            let mut excluded = Vec::new();
            for group in statement.value.split('+') {
                let (group, negated) = match group.trim().strip_prefix('!') {
                    Some(rest) => (rest, true),
                    None => (group, false),
                };
                if negated && groups.is_empty() {
                    return self.error(
                        Some(statement),
                        "a statement starts with what it says, not with `!`".to_string(),
                    );
                }
                let mut atoms = Vec::new();
                for atom in group.split('|').map(str::trim) {
                    let parsed = if let Some(term) = atom.strip_prefix('@') {
                        terms.keys().position(|k| k == term).map(Atom::Term)
                    } else if atom == "label" {
                        Some(Atom::Label)
                    } else {
                        lexicon.index(atom).map(Atom::Concept)
                    };
                    match parsed {
                        Some(a) => atoms.push(a),
                        None if atom.is_empty() => {
                            return self.error(
                                Some(statement),
                                "empty alternative in a statement".to_string(),
                            );
                        }
                        None => {
                            return self.error(
                                Some(statement),
                                format!("unknown concept or term `{atom}` in a statement"),
                            );
                        }
                    }
                }
                if negated {
                    excluded.extend(atoms);
                } else {
                    groups.push(atoms);
                }
            }
            statements.push(Statement {
                groups,
                excluded,
                text: statement.value.clone(),
            });
        }
        Ok(statements)
    }

    fn patterns(
        &self,
        patterns: &Patterns,
        raw_terms: &BTreeMap<String, Vec<String>>,
    ) -> Result<Option<Pattern>, FileError> {
        for (language, list) in patterns {
            // A rule may give patterns for each language; `any` applies to all.
            if language != "any" && Language::parse(language).is_none() {
                let codes: Vec<&str> = Language::ALL.iter().map(|l| l.as_str()).collect();
                return self.error(
                    list.first(),
                    format!(
                        "patterns for unknown language `{language}` (use {} or any)",
                        codes.join(", ")
                    ),
                );
            }
        }
        let all: Vec<&Spanned<String>> = patterns.values().flatten().collect();
        self.regex(&all, raw_terms)
    }
}

/// How every rule pattern is compiled.
///
/// Patterns run on folded text, which is ASCII for the Latin-script
/// languages torlint reads, so Unicode classes and word boundaries (costly to
/// build) are off: `\b` and `\w` are ASCII, `.` is any byte but a newline.
/// Compile rule files (each named by its file name) into a [`Mandate`],
/// or say every mistake found in them: each element and each file is
/// compiled even after another failed.
///
/// # Errors
///
/// Every mistake in the rule files: YAML that does not parse, unknown
/// keys, concepts or terms, patterns that do not compile, texts missing
/// in a language.
pub fn compile(files: &[SourceFile]) -> Result<Mandate, RuleErrors> {
    // Without the files every element needs, the elements are not compiled.
    let shared = shared_files(files).map_err(RuleErrors)?;
    let mut errors = Vec::new();
    let mandate = compile_elements(files, shared, &mut errors);
    if errors.is_empty() {
        Ok(mandate)
    } else {
        Err(RuleErrors(errors))
    }
}

/// What every element file needs, compiled from the four shared files.
struct Shared {
    patterns: RefCell<PrefilterBuilder>,
    raw_terms: BTreeMap<String, Vec<String>>,
    terms: BTreeMap<String, Term>,
    sections: Vec<SectionInfo>,
    messages: MessagesFile,
    regions: RegionsFile,
    lexicon: Lexicon,
}

/// Compile the vocabulary, sections, messages and concepts, each even when
/// another failed.
fn shared_files(files: &[SourceFile]) -> Result<Shared, Vec<FileError>> {
    let by_name = |name: &str| {
        files
            .iter()
            .find(|f| Path::new(f.name()).file_name().is_some_and(|n| n == name))
    };
    let missing = |name: &str| FileError {
        source: SourceFile::new(name.to_string(), ""),
        error: Box::new(InputError::new(
            InputErrorKind::Unreadable,
            format!("the rules have no `{name}`"),
            None,
        )),
    };
    let mut errors = Vec::new();
    let patterns = RefCell::new(PrefilterBuilder::default());
    let vocabulary = by_name("vocabulary.yaml")
        .ok_or_else(|| missing("vocabulary.yaml"))
        .and_then(|file| compile_vocabulary(&Compiler::new(file, &patterns)));
    let sections = by_name("sections.yaml")
        .ok_or_else(|| missing("sections.yaml"))
        .and_then(|file| {
            let no_terms = BTreeMap::new();
            let raw = vocabulary.as_ref().map_or(&no_terms, |(raw, _)| raw);
            compile_sections(&Compiler::new(file, &patterns), raw)
        });
    let messages = by_name("messages.yaml")
        .ok_or_else(|| missing("messages.yaml"))
        .and_then(|file| Compiler::new(file, &patterns).parse::<MessagesFile>());
    let regions = by_name("regions.yaml")
        .ok_or_else(|| missing("regions.yaml"))
        .and_then(|file| Compiler::new(file, &patterns).parse::<RegionsFile>());
    let lexicon = by_name("concepts.yaml")
        .ok_or_else(|| missing("concepts.yaml"))
        .and_then(|file| compile_lexicon(&Compiler::new(file, &patterns)));
    let vocabulary = kept(vocabulary, &mut errors);
    let sections = kept(sections, &mut errors);
    let messages = kept(messages, &mut errors);
    let regions = kept(regions, &mut errors);
    let lexicon = kept(lexicon, &mut errors);
    match (vocabulary, sections, messages, regions, lexicon) {
        (
            Some((raw_terms, terms)),
            Some(sections),
            Some(messages),
            Some(regions),
            Some(lexicon),
        ) => Ok(Shared {
            patterns,
            raw_terms,
            terms,
            sections,
            messages,
            regions,
            lexicon,
        }),
        _ => Err(errors),
    }
}

/// The value, or `None` with the error pushed into `errors`.
fn kept<T>(result: Result<T, FileError>, errors: &mut Vec<FileError>) -> Option<T> {
    result.map_err(|err| errors.push(err)).ok()
}

/// `vocabulary.yaml` -> each term's raw alternatives and compiled term.
#[allow(clippy::type_complexity)]
fn compile_vocabulary(
    compiler: &Compiler<'_>,
) -> Result<(BTreeMap<String, Vec<String>>, BTreeMap<String, Term>), FileError> {
    let vocabulary: VocabularyFile = compiler.parse()?;
    let raw_terms: BTreeMap<String, Vec<String>> = vocabulary
        .terms
        .iter()
        .map(|(k, t)| {
            (
                k.clone(),
                t.patterns.iter().map(|p| p.value.clone()).collect(),
            )
        })
        .collect();
    let mut terms = BTreeMap::new();
    for (key, term) in &vocabulary.terms {
        let refs: Vec<&Spanned<String>> = term.patterns.iter().collect();
        let Some(pattern) = compiler.regex(&refs, &raw_terms)? else {
            return compiler.error(None, format!("term `{key}` has no patterns"));
        };
        terms.insert(
            key.clone(),
            Term {
                key: key.clone(),
                name: term.name.clone(),
                pattern,
                family: term.family.clone(),
                languages: term.languages.clone(),
            },
        );
    }
    Ok((raw_terms, terms))
}

/// `sections.yaml` -> the sections.
fn compile_sections(
    compiler: &Compiler<'_>,
    raw_terms: &BTreeMap<String, Vec<String>>,
) -> Result<Vec<SectionInfo>, FileError> {
    let data: SectionsFile = compiler.parse()?;
    let mut sections = Vec::new();
    for section in &data.sections {
        sections.push(SectionInfo {
            id: section.id.value.clone(),
            prefix: section
                .prefix
                .clone()
                .unwrap_or_else(|| section.id.value.clone()),
            name: section.name.clone(),
            titles: compiler.patterns(&section.titles, raw_terms)?,
        });
    }
    Ok(sections)
}

/// The element files, each element compiled even when another failed.
#[expect(
    clippy::too_many_lines,
    reason = "compiles every section file in order, collecting each error with its span before going on"
)]
fn compile_elements(files: &[SourceFile], shared: Shared, errors: &mut Vec<FileError>) -> Mandate {
    let mut elements = Vec::new();
    let special = [
        "vocabulary.yaml",
        "sections.yaml",
        "messages.yaml",
        "regions.yaml",
        "concepts.yaml",
        "help.yaml",
    ];
    for file in files {
        let is_special = Path::new(file.name())
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| special.contains(&n));
        if is_special {
            // The help is read before the rules, for `--help`; its errors
            // are reported here with the other rule files'.
            if file.name().ends_with("help.yaml")
                && let Err(err) = Compiler::new(file, &shared.patterns).parse::<HelpFile>()
            {
                errors.push(err);
            }
            continue;
        }
        let compiler = Compiler::new(file, &shared.patterns);
        let data: ElementsFile = match compiler.parse() {
            Ok(data) => data,
            Err(err) => {
                errors.push(err);
                continue;
            }
        };
        let Some(section) = shared.sections.iter().find(|s| s.id == data.section.value) else {
            errors.extend(
                compiler
                    .error::<()>(
                        Some(&data.section),
                        format!("unknown section `{}`", data.section.value),
                    )
                    .err(),
            );
            continue;
        };
        for rule in &data.elements {
            match compile_element(
                &compiler,
                &data.section.value,
                &section.prefix,
                rule,
                &shared.raw_terms,
                &shared.lexicon,
            ) {
                Ok(element) => elements.push(element),
                Err(err) => errors.push(err),
            }
        }
    }
    // Catalogue order: by section as listed, then as written.
    elements.sort_by_key(|e| {
        shared
            .sections
            .iter()
            .position(|s| s.id == e.section)
            .unwrap_or(usize::MAX)
    });
    let across = |message: String| FileError {
        source: SourceFile::new("rules", ""),
        error: Box::new(InputError::new(InputErrorKind::WrongShape, message, None)),
    };
    let mut seen = BTreeSet::new();
    for element in &elements {
        if !seen.insert(element.id.clone()) {
            errors.push(across(format!("element `{}` is defined twice", element.id)));
        }
    }
    for element in &elements {
        if let Some(other) = element.moot.as_ref().map(Moot::other)
            && !seen.contains(other)
        {
            errors.push(across(format!(
                "`{}` is moot unless an unknown element `{other}`",
                element.id
            )));
        }
    }
    let statement_terms = statement_terms(&elements, shared.terms.len());
    Mandate {
        sections: shared.sections,
        elements,
        statement_terms,
        terms: shared.terms,
        lexicon: shared.lexicon,
        prefilter: shared.patterns.into_inner().build(),
        messages: shared.messages.messages,
        regions: Regions::new(shared.regions),
    }
}

/// Which terms the elements' statements name, by index.
fn statement_terms(elements: &[Element], count: usize) -> Vec<bool> {
    let mut used = vec![false; count];
    let statements = elements.iter().flat_map(|e| {
        e.says
            .iter()
            .chain(&e.says_in_section)
            .chain(e.items.iter().flat_map(|i| &i.says))
            .chain(
                e.deviations
                    .iter()
                    .flat_map(|d| d.says.iter().chain(&d.unless_says)),
            )
    });
    for statement in statements {
        for atom in statement.groups.iter().flatten().chain(&statement.excluded) {
            if let Atom::Term(i) = atom
                && let Some(slot) = used.get_mut(*i)
            {
                *slot = true;
            }
        }
    }
    used
}

/// `concepts.yaml` -> the lexicon.
fn compile_lexicon(compiler: &Compiler<'_>) -> Result<Lexicon, FileError> {
    let data: ConceptsFile = compiler.parse()?;
    let mut lexicon = Lexicon::default();
    for (key, concept) in &data.concepts {
        if key == "label" {
            return compiler.error(
                concept.forms.values().flatten().next(),
                "`label` is reserved for \"Label: value\" lines".to_string(),
            );
        }
        let mut forms = Vec::new();
        for (language, list) in &concept.forms {
            let language = match language.as_str() {
                "any" => None,
                code => match Language::parse(code) {
                    Some(l) => Some(l),
                    None => {
                        return compiler
                            .error(list.first(), format!("forms for unknown language `{code}`"));
                    }
                },
            };
            forms.extend(list.iter().map(|f| (language, f.value.as_str())));
        }
        let index = lexicon.add(key, concept.name.clone(), concept.cue, &forms);
        if concept.body {
            lexicon.set_body(index);
        }
    }
    Ok(lexicon)
}

/// The bodies an element's statements do not have as their subject, when
/// one does (the co-chairs' duties are not said of the secretariat); none
/// when no statement is about a body.
fn other_bodies<'a>(
    lexicon: &Lexicon,
    statements: impl Iterator<Item = &'a Statement>,
) -> Vec<usize> {
    let subjects: Vec<usize> = statements
        .filter_map(|s| s.groups.first())
        .flatten()
        .filter_map(|atom| match atom {
            Atom::Concept(c) => Some(*c),
            _ => None,
        })
        .filter(|&c| lexicon.concepts.get(c).is_some_and(|c| c.body))
        .collect();
    if subjects.is_empty() {
        return Vec::new();
    }
    (0..lexicon.concepts.len())
        .filter(|c| !subjects.contains(c))
        .filter(|&c| lexicon.concepts.get(c).is_some_and(|c| c.body))
        .collect()
}

#[expect(
    clippy::too_many_lines,
    reason = "one element's schema to its compiled form, field by field, each error collected"
)]
fn compile_element(
    compiler: &Compiler<'_>,
    section: &str,
    prefix: &str,
    rule: &ElementRule,
    raw_terms: &BTreeMap<String, Vec<String>>,
    lexicon: &Lexicon,
) -> Result<Element, FileError> {
    let id = &rule.id.value;
    if !id.starts_with(&format!("{prefix}.")) {
        return compiler.error(
            Some(&rule.id),
            format!(
                "element `{id}` does not belong to section `{section}` (ids start with `{prefix}.`)"
            ),
        );
    }
    let scopes = compiler.scopes(&rule.scope)?;
    let mut items = Vec::new();
    for item in &rule.items {
        let pattern = compiler.patterns(&item.any, raw_terms)?;
        let says = compiler.statements(&item.says, lexicon, raw_terms)?;
        if pattern.is_none() && says.is_empty() {
            return compiler.error(Some(&rule.id), format!("an item of `{id}` has no patterns"));
        }
        items.push(Item {
            name: item.name.clone(),
            pattern,
            says,
            scopes: compiler.scopes(&item.scope)?,
        });
    }
    let mut deviations = Vec::new();
    for deviation in &rule.deviations {
        deviations.push(Deviation {
            kind: deviation.kind.clone(),
            when: compiler.patterns(&deviation.when, raw_terms)?,
            says: compiler.statements(&deviation.says, lexicon, raw_terms)?,
            unless: compiler.patterns(&deviation.unless, raw_terms)?,
            unless_says: compiler.statements(&deviation.unless_says, lexicon, raw_terms)?,
            main_part: deviation.main_part,
            yields_to_statement: deviation.yields_to_statement,
            message: deviation.message.clone(),
        });
    }
    let mut facts = Vec::new();
    for fact in &rule.facts {
        let after = compiler.patterns(&fact.entities_after, raw_terms)?;
        let kind = match (fact.values.is_empty(), fact.entities_in, after, fact.items) {
            (false, None, None, false) => {
                let mut values = Vec::new();
                for value in &fact.values {
                    if let Some(re) = compiler.patterns(&value.any, raw_terms)? {
                        values.push((value.value.clone(), re));
                    }
                }
                FactKind::Values(values)
            }
            (true, Some(part), None, false) => FactKind::EntitiesIn(part),
            (true, None, Some(re), false) => FactKind::EntitiesAfter(re),
            (true, None, None, true) => FactKind::Items,
            _ => {
                return compiler.error(
                    Some(&rule.id),
                    format!(
                        "fact `{}` of `{id}` needs exactly one of values, entities_in, entities_after or items",
                        fact.name
                    ),
                );
            }
        };
        facts.push(Fact {
            name: fact.name.clone(),
            kind,
        });
    }
    let covered_with = rule.covered_with.unwrap_or(items.len()).min(items.len());
    let anywhere = compiler.patterns(&rule.anywhere, raw_terms)?;
    let in_section = compiler.patterns(&rule.in_section, raw_terms)?;
    let says = compiler.statements(&rule.says, lexicon, raw_terms)?;
    let says_in_section = compiler.statements(&rule.says_in_section, lexicon, raw_terms)?;
    let other_bodies = other_bodies(lexicon, says.iter().chain(&says_in_section));
    if anywhere.is_none()
        && in_section.is_none()
        && says.is_empty()
        && says_in_section.is_empty()
        && rule.consistent_naming.is_none()
    {
        return compiler.error(Some(&rule.id), format!("`{id}` has no patterns"));
    }
    Ok(Element {
        id: id.clone(),
        section: section.to_string(),
        level: rule.level,
        scopes,
        title: rule.title.clone(),
        summary: rule.summary.clone(),
        why: rule.why.clone(),
        source: MandateSource {
            document: rule.source.document.clone(),
            section: rule.source.section.clone(),
            text: rule.source.text.clone(),
            translation: rule.source.translation.clone(),
        },
        anywhere,
        in_section,
        says,
        says_in_section,
        unclaimed_headings: rule.unclaimed_headings,
        negative: rule.negative,
        denial: rule.denial,
        lacks: rule.lacks.clone(),
        items,
        other_bodies,
        covered_with,
        addressed_with: rule.addressed_with,
        incomplete: rule.incomplete,
        deviations,
        moot: rule.moot.as_ref().map(|m| match m {
            MootRule::Unless(id) => Moot::Unless(id.value.clone()),
            MootRule::IfDenied(id) => Moot::IfDenied(id.value.clone()),
        }),
        facts,
        consistent_naming: rule.consistent_naming.as_ref().map(|c| c.value.clone()),
        help: rule.help.clone(),
        suggestion: rule.suggestion.clone(),
        pass_examples: rule.examples.pass.clone(),
        fail_examples: rule.examples.fail.clone(),
    })
}
