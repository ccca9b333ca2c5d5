#![no_main]
//! `import_bytes` on arbitrary bytes named `article.html`.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| briefsmith_fuzz::check(data, "article.html"));
