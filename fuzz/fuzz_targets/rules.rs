//! Any text as a user's rule file (replacing the shipped structure.yaml): a
//! mandate or a spanned error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use torlint::mandate::{EMBEDDED, compile};
use torlint::source::SourceFile;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let files = EMBEDDED
            .iter()
            .map(|(name, shipped)| {
                let body = if *name == "structure.yaml" { text } else { shipped };
                SourceFile::new(format!("rules/{name}"), body)
            })
            .collect::<Vec<_>>();
        let _ = compile::compile(&files);
    }
});
