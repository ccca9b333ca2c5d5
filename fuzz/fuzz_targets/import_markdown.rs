#![no_main]
//! `import_bytes` on arbitrary bytes named `article.md`.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| briefsmith_fuzz::check(data, "article.md"));
