//! Micro-benchmarks of each pipeline stage on the bundled fixtures:
//! `cargo bench --bench pipeline`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use torlint::config::FileSettings;
use torlint::engine;
use torlint::mandate::Mandate;
use torlint::parse::{self, Syntax};
use torlint::pipeline;
use torlint::report::{self, Format, RenderOptions, RunReport};

const GUINEA: &str = include_str!("../fixtures/guinea.md");
const MALI_YAML: &str = include_str!("../fixtures/mali.yaml");

fn stages(c: &mut Criterion) {
    let Ok(mandate) = Mandate::embedded() else {
        return;
    };
    c.bench_function("compile rules", |b| {
        b.iter(|| black_box(Mandate::embedded().is_ok()));
    });
    c.bench_function("parse markdown (guinea.md)", |b| {
        b.iter(|| parse::read("g.md", black_box(GUINEA.as_bytes()), Syntax::Markdown));
    });
    c.bench_function("parse yaml (mali.yaml)", |b| {
        b.iter(|| parse::read("m.yaml", black_box(MALI_YAML.as_bytes()), Syntax::Yaml));
    });
    let Some(document) = pipeline::read(
        "g.md",
        GUINEA.as_bytes(),
        Syntax::Markdown,
        &mandate,
        &FileSettings::default(),
    )
    .document
    else {
        return;
    };
    c.bench_function("classify: fold clauses (guinea.md)", |b| {
        b.iter(|| engine::clauses::prepare(black_box(&document), &mandate));
    });
    c.bench_function("match: check against the mandate (guinea.md)", |b| {
        b.iter(|| engine::check(black_box(&document), &mandate, document.meta.language));
    });
    // What one run pays before its first verdict: the rules compiled, then
    // the patterns the first document needs built when they first run.
    c.bench_function("start: compile rules, then check guinea.md once", |b| {
        b.iter(|| {
            Mandate::embedded()
                .map(|fresh| engine::check(black_box(&document), &fresh, document.meta.language))
        });
    });
    let report = RunReport {
        documents: vec![torlint::pipeline::check_bytes(
            "g.md",
            GUINEA.as_bytes(),
            Syntax::Markdown,
            &mandate,
            &FileSettings::default(),
            None,
        )],
        min_severity: torlint::finding::Severity::Note,
        skipped: torlint::walk::Skipped::default(),
    };
    let options = RenderOptions {
        language: None,
        style: report::human::Style {
            color: false,
            width: 100,
        },
        quiet: false,
        statistics: false,
        help_url: None,
    };
    for format in [Format::Human, Format::Json, Format::Sarif] {
        c.bench_function(&format!("render {format:?} (guinea.md)"), |b| {
            b.iter(|| {
                let mut out = Vec::new();
                report::render(format, black_box(&report), &mandate, options, &mut out)
                    .map(|()| out)
            });
        });
    }
}

criterion_group!(benches, stages);
criterion_main!(benches);
