#![no_main]
//! The session loader on arbitrary bytes: never panics; either a session that validates, or one
//! error line that names the file.

use std::path::Path;

use briefsmith::store;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match store::load_bytes(data, Path::new("fuzz.brief.json")) {
        Ok(loaded) => {
            assert!(loaded.session.validate().is_empty(), "a loaded session validates");
            // Whatever loads must save and load again to the same session.
            let bytes = store::to_bytes(&loaded.session).expect("a loaded session encodes");
            let again = store::load_bytes(&bytes, Path::new("again.brief.json")).expect("a saved session loads");
            assert_eq!(again.session, loaded.session);
        }
        Err(error) => {
            let message = error.to_string();
            assert!(message.contains("fuzz.brief.json"), "error does not name the file: {message}");
        }
    }
});
