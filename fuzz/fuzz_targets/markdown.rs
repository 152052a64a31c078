//! Any bytes as a Markdown ToR (front matter included): read and check
//! without panicking, with spans inside the file.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use torlint::config::FileSettings;
use torlint::mandate::Mandate;
use torlint::parse::Syntax;

static MANDATE: LazyLock<Option<Mandate>> = LazyLock::new(|| Mandate::embedded().ok());

fuzz_target!(|data: &[u8]| {
    if let Some(mandate) = MANDATE.as_ref() {
        let report = torlint::pipeline::check_bytes(
            "fuzz.md",
            data,
            Syntax::Markdown,
            mandate,
            &FileSettings::default(),
            None,
        );
        for finding in report.findings() {
            assert!(finding.span.end <= data.len());
        }
    }
});
