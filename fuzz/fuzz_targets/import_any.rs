#![no_main]
//! `import_bytes` sniffing arbitrary bytes: the first byte picks a file name (with or without an
//! extension), so that content sniffing is exercised against every name.

use libfuzzer_sys::fuzz_target;

const NAMES: &[&str] = &["clipboard", "a.txt", "a.md", "a.html", "a.pdf", "a.docx", "a.png", "noext", ".hidden"];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else { return };
    briefsmith_fuzz::check(rest, NAMES[usize::from(pick) % NAMES.len()]);
});
