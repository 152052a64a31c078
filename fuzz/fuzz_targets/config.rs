//! Any text as torlint.toml: a settings value or a spanned error, never a
//! panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use torlint::source::SourceFile;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let source = SourceFile::new("torlint.toml", text);
        let _ = torlint::config::resolve_text(&source, std::path::Path::new("."));
    }
});
