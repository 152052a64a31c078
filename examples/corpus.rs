//! Writes N synthetic ToRs, deterministic from a seed, for benchmarks.
//!
//! `cargo run --release --example corpus -- OUT_DIR COUNT [SEED]`
//!
//! Documents are recombined from the clauses of the bundled fixtures (French
//! and English), section by section: headings take other spellings, sections
//! are reordered, clauses are dropped, reworded and duplicated, deviations
//! are injected ("décisions prises à la majorité simple", a secretariat held
//! by UNDP...), and an annex pads each document to 5-40 KB. Half are
//! Markdown, half YAML.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use torlint::config::FileSettings;
use torlint::mandate::Mandate;
use torlint::parse::Syntax;
use torlint::pipeline;

const SOURCES: &[(&str, &str)] = &[
    ("guinea.md", include_str!("../fixtures/guinea.md")),
    ("mali.md", include_str!("../fixtures/mali.md")),
    ("senegal.md", include_str!("../fixtures/senegal.md")),
    ("kenya-en.md", include_str!("../fixtures/extra/kenya-en.md")),
    ("formats.md", include_str!("../fixtures/ci/formats.md")),
    (
        "cote-divoire-deviations.md",
        include_str!("../fixtures/extra/cote-divoire-deviations.md"),
    ),
];

const GLOBAL: &str = include_str!("../fixtures/global-mandate.md");

/// Heading spellings per section and language.
fn headings(section: &str, french: bool) -> &'static [&'static str] {
    match (section, french) {
        ("mission", true) => &[
            "Énoncé de mission",
            "Déclaration de mission",
            "1. Mission du réseau",
        ],
        ("mission", false) => &["Mission statement", "1. Purpose", "Mission"],
        ("objectives", true) => &["Objectifs du réseau", "Objectifs", "2. Actions du réseau"],
        ("objectives", false) => &["Objectives", "2. Objectives of the Network"],
        ("principles", true) => &["Principes directeurs"],
        ("principles", false) => &["Guiding principles"],
        ("structure", true) => &[
            "Composition",
            "Structure organisationnelle",
            "Modalités d'organisation",
        ],
        ("structure", false) => &["Membership and structure", "Organizational arrangements"],
        ("decision-making", true) => &["Prise de décision", "Prises de décision"],
        ("decision-making", false) => &["Decision-making", "Decisions"],
        ("working-groups", true) => &["Groupes de travail"],
        ("working-groups", false) => &["Working groups"],
        ("secretariat", _) => &["Secrétariat", "Secretariat"],
        ("review", true) => &["Bilan annuel", "Revue annuelle du Réseau"],
        ("review", false) => &["Annual review"],
        ("reporting", true) => &["Rapports", "Faire rapport"],
        _ => &["Reporting"],
    }
}

const DEVIATIONS_FR: &[&str] = &[
    "Les décisions du réseau sont prises à la majorité simple des membres présents.",
    "Le secrétariat du réseau est assuré par le PNUD, avec l'appui de l'OIM.",
    "Le réseau est coprésidé par le PNUD et l'UNICEF, selon une présidence tournante.",
    "Des groupes de travail sont créés par les coprésidents selon les besoins.",
    "Les coprésidents peuvent faire des déclarations au nom du réseau.",
];

const DEVIATIONS_EN: &[&str] = &[
    "Decisions are made by a two-thirds majority vote of the members present.",
    "The secretariat of the Network is hosted by UNDP, with the support of IOM.",
    "The Network is chaired by UNDP; IOM serves as vice-chair on a rotating basis.",
    "Working groups are established by the chair and validated by the Resident Coordinator.",
];

/// splitmix64: a small, deterministic generator.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            usize::try_from(self.next() % n as u64).unwrap_or(0)
        }
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        items.get(self.below(items.len()))
    }
}

/// Clauses per language and section, read with torlint's own reader.
type Bank = BTreeMap<(bool, String), Vec<String>>;

fn bank(mandate: &Mandate) -> (Bank, Vec<String>) {
    let mut bank = Bank::new();
    for (name, text) in SOURCES {
        let read = pipeline::read(
            name,
            text.as_bytes(),
            Syntax::Markdown,
            mandate,
            &FileSettings::default(),
        );
        let Some(document) = read.document else {
            continue;
        };
        let french = document.meta.language == torlint::model::Language::Fr;
        for clause in &document.clauses {
            if let Some(section) = document.section_id(clause) {
                bank.entry((french, section.to_string()))
                    .or_default()
                    .push(clause.text.replace('\n', " "));
            }
        }
    }
    let annex = GLOBAL
        .lines()
        .filter(|l| l.len() > 120 && !l.starts_with('#'))
        .map(|l| {
            l.trim_start_matches(|c: char| c == '-' || c.is_ascii_digit() || c == '.' || c == ' ')
                .to_string()
        })
        .collect();
    (bank, annex)
}

fn reword(rng: &mut Rng, clause: &str) -> String {
    let swaps = [
        ("Réseau", "réseau"),
        (
            "l'OIM",
            "l'Organisation internationale pour les migrations (OIM)",
        ),
        ("IOM", "the International Organization for Migration (IOM)"),
        ("Comité exécutif", "comité exécutif"),
        ("will", "shall"),
    ];
    let mut text = clause.to_string();
    for (from, to) in swaps {
        if rng.chance(30) {
            text = text.replacen(from, to, 1);
        }
    }
    text
}

#[expect(
    clippy::too_many_lines,
    reason = "one generator, one document shape per branch, read top to bottom"
)]
fn generate(
    rng: &mut Rng,
    bank: &Bank,
    annex: &[String],
    mandate: &Mandate,
    index: usize,
) -> (String, bool) {
    let french = rng.chance(60);
    let yaml = rng.chance(50);
    let mut sections: Vec<&str> = mandate
        .sections
        .iter()
        .map(|s| s.id.as_str())
        .filter(|s| *s != "consistency")
        .collect();
    if rng.chance(30) {
        let a = rng.below(sections.len());
        let b = rng.below(sections.len());
        sections.swap(a, b);
    }
    let target = 5_000 + rng.below(35_000);
    let mut body: Vec<(String, Vec<String>)> = Vec::new();
    for section in sections {
        let Some(clauses) = bank.get(&(french, section.to_string())) else {
            continue;
        };
        if rng.chance(8) {
            continue; // the whole section dropped
        }
        let heading = rng
            .pick(headings(section, french))
            .copied()
            .unwrap_or(section);
        let mut chosen = Vec::new();
        for clause in clauses {
            if !rng.chance(15) {
                chosen.push(reword(rng, clause));
            }
        }
        if rng.chance(25) {
            let deviations = if french { DEVIATIONS_FR } else { DEVIATIONS_EN };
            if let Some(d) = rng.pick(deviations) {
                chosen.push((*d).to_string());
            }
        }
        body.push((heading.to_string(), chosen));
    }
    let mut annex_clauses = Vec::new();
    let mut size: usize = body.iter().flat_map(|(_, c)| c).map(String::len).sum();
    while size < target && !annex.is_empty() {
        let Some(extra) = rng.pick(annex) else { break };
        size += extra.len();
        annex_clauses.push(extra.clone());
    }
    if !annex_clauses.is_empty() {
        body.push((
            if french { "Annexe" } else { "Annex" }.to_string(),
            annex_clauses,
        ));
    }

    let country = format!("Country {index:05}");
    let language = if french { "fr" } else { "en" };
    let mut out = String::new();
    if yaml {
        let _ = writeln!(
            out,
            "scope: national\ncountry: \"{country}\"\nlanguage: {language}\nsections:"
        );
        for (heading, clauses) in &body {
            let _ = writeln!(
                out,
                "  - title: \"{}\"\n    clauses:",
                heading.replace('"', "'")
            );
            for clause in clauses {
                let _ = writeln!(
                    out,
                    "      - \"{}\"",
                    clause.replace('\\', "").replace('"', "'")
                );
            }
        }
    } else {
        let _ = writeln!(
            out,
            "---\nscope: national\ncountry: \"{country}\"\nlanguage: {language}\n---\n\n# Termes de référence / Terms of reference {index}\n"
        );
        for (heading, clauses) in &body {
            let _ = writeln!(out, "## {heading}\n");
            for clause in clauses {
                let bullet = if rng.chance(40) { "- " } else { "" };
                let _ = writeln!(out, "{bullet}{clause}\n");
            }
        }
    }
    (out, yaml)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let out = PathBuf::from(args.next().ok_or("usage: corpus OUT_DIR COUNT [SEED]")?);
    let count: usize = args
        .next()
        .ok_or("usage: corpus OUT_DIR COUNT [SEED]")?
        .parse()?;
    let seed: u64 = args.next().map_or(Ok(42), |s| s.parse())?;
    let mandate = Mandate::embedded().map_err(|e| e.to_string())?;
    let (bank, annex) = bank(&mandate);
    std::fs::create_dir_all(&out)?;
    let mut rng = Rng(seed);
    let mut bytes = 0;
    for i in 0..count {
        let (text, yaml) = generate(&mut rng, &bank, &annex, &mandate, i);
        bytes += text.len();
        let name = format!("tor-{i:05}.{}", if yaml { "yaml" } else { "md" });
        std::fs::write(out.join(name), text)?;
    }
    // The one line this program prints: what it wrote.
    #[allow(clippy::print_stdout)]
    {
        println!("{count} documents, {bytes} bytes in {}", out.display());
    }
    Ok(())
}
