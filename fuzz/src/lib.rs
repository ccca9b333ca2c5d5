//! What every fuzz target checks: `import_bytes` never panics in our code, never hangs, and either
//! returns normalised text or an error that names the file.
//!
//! Third-party parsers (pdf-extract in particular) do panic on malformed input; the importer's
//! guard catches those and reports "the file is probably damaged", which is the behaviour we want.
//! So a panic counts as a crash only when it comes from `src/import/` itself, and an import that
//! hits the time limit counts as a hang.

use std::sync::Once;

use briefsmith::import::import_bytes;
use briefsmith::model::text::normalize;

static INSTALL_HOOK: Once = Once::new();

/// Imports `data` as a file named `file_name` and checks the outcome.
pub fn check(data: &[u8], file_name: &str) {
    INSTALL_HOOK.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            let ours = info.location().is_some_and(|l| l.file().contains("src/import/"));
            if ours || std::thread::current().name() != Some("briefsmith-import") {
                eprintln!("{info}");
                std::process::abort();
            }
        }));
    });
    match import_bytes(data, file_name) {
        Ok(imported) => {
            assert!(!imported.text.is_empty(), "imported text is empty");
            assert_eq!(normalize(&imported.text), imported.text, "imported text is not normalised");
            assert_eq!(imported.meta.file_name, file_name);
            assert!(imported.meta.retrieved.is_empty());
        }
        Err(error) => {
            let message = error.to_string();
            assert!(message.starts_with(&format!("{file_name}: ")), "error does not name the file: {message}");
            assert!(!message.contains('\n'), "error is not one line: {message}");
            assert!(!error.problem.contains("took longer than"), "import hung: {message}");
        }
    }
}
