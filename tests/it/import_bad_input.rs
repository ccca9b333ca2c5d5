//! Every file of the hostile-input corpus (tests/fixtures/bad, made by scripts/make-fixtures) is
//! either imported with the expected text or refused with the expected message naming the file, and
//! none panics or hangs. EXPECTED.tsv holds the expected outcome of each file, so a change in
//! behaviour fails here; every file in the folder must have a row and every row a file.
//!
//! To see the current outcomes (when adding files): `cargo test --test it import_bad_input -- --ignored
//! --nocapture`.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

use briefsmith::import::{Format, ImportError, Imported, MAX_FILE_BYTES, import_bytes, import_file};

/// Longer than the importer's own time limit, so that a hang shows up as the importer's error or,
/// if the guard itself failed, as this test's.
const CASE_TIMEOUT: Duration = Duration::from_secs(90);

fn corpus() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad")
}

#[derive(Debug)]
struct Expectation {
    file: String,
    outcome: Outcome,
}

#[derive(Debug)]
enum Outcome {
    Imported { format: Format, text_contains: String, note_contains: Option<String> },
    Refused { message_contains: String },
}

fn format_named(name: &str) -> Format {
    match name {
        "text" => Format::Text,
        "markdown" => Format::Markdown,
        "html" => Format::Html,
        "pdf" => Format::Pdf,
        "docx" => Format::Docx,
        other => panic!("EXPECTED.tsv: unknown format {other:?}"),
    }
}

/// Rows: `file <TAB> imported <TAB> format <TAB> text it contains <TAB> note it contains or -`
/// and `file <TAB> refused <TAB> - <TAB> message it contains`. Lines starting with # are comments;
/// `\n` in a field stands for a line break.
fn expectations() -> Vec<Expectation> {
    let table = std::fs::read_to_string(corpus().join("EXPECTED.tsv")).unwrap();
    table
        .lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| {
            let fields: Vec<String> = line.split('\t').map(|f| f.replace("\\n", "\n")).collect();
            let fields: Vec<&str> = fields.iter().map(String::as_str).collect();
            let outcome = match fields.as_slice() {
                [_, "imported", format, text, note] => Outcome::Imported {
                    format: format_named(format),
                    text_contains: (*text).to_owned(),
                    note_contains: (*note != "-").then(|| (*note).to_owned()),
                },
                [_, "refused", "-", message] => Outcome::Refused { message_contains: (*message).to_owned() },
                _ => panic!("EXPECTED.tsv: malformed row {line:?}"),
            };
            Expectation { file: fields[0].to_owned(), outcome }
        })
        .collect()
}

/// Imports every file at once, each in its own thread, and waits at most CASE_TIMEOUT for all.
fn import_all(files: &[String]) -> Vec<(String, Option<Result<Imported, ImportError>>)> {
    let (sender, receiver) = mpsc::channel();
    for file in files {
        let sender = sender.clone();
        let path = corpus().join(file);
        let file = file.clone();
        std::thread::spawn(move || {
            let _ = sender.send((file, import_file(&path)));
        });
    }
    drop(sender);
    let started = std::time::Instant::now();
    let mut results: Vec<(String, Option<Result<Imported, ImportError>>)> =
        files.iter().map(|f| (f.clone(), None)).collect();
    while let Some(left) = CASE_TIMEOUT.checked_sub(started.elapsed()) {
        match receiver.recv_timeout(left) {
            Ok((file, result)) => {
                if let Some(slot) = results.iter_mut().find(|(f, _)| *f == file) {
                    slot.1 = Some(result);
                }
            }
            Err(_) => break,
        }
    }
    results
}

fn check(expectation: &Expectation, result: &Option<Result<Imported, ImportError>>) -> Result<(), String> {
    let path = corpus().join(&expectation.file);
    let Some(result) = result else { return Err(format!("did not finish within {CASE_TIMEOUT:?}")) };
    match (&expectation.outcome, result) {
        (Outcome::Imported { format, text_contains, note_contains }, Ok(imported)) => {
            if imported.format != *format {
                return Err(format!("imported as {:?}, expected {format:?}", imported.format));
            }
            if !imported.text.contains(text_contains.as_str()) {
                return Err(format!("text lacks {text_contains:?}: {:?}", head(&imported.text)));
            }
            if imported.meta.file_name != expectation.file {
                return Err(format!("file name recorded as {:?}", imported.meta.file_name));
            }
            match note_contains {
                Some(note) if !imported.notes.iter().any(|n| n.contains(note.as_str())) => {
                    Err(format!("notes lack {note:?}: {:?}", imported.notes))
                }
                None if !imported.notes.is_empty() => Err(format!("unexpected notes: {:?}", imported.notes)),
                _ => Ok(()),
            }
        }
        (Outcome::Refused { message_contains }, Err(error)) => {
            let message = error.to_string();
            let prefix = format!("{}: ", path.display());
            if !message.starts_with(&prefix) {
                return Err(format!("message does not start with the file's path: {message:?}"));
            }
            if !error.problem.contains(message_contains.as_str()) {
                return Err(format!("message lacks {message_contains:?}: {message:?}"));
            }
            if message.contains('\n') {
                return Err(format!("message is not one line: {message:?}"));
            }
            Ok(())
        }
        (Outcome::Imported { .. }, Err(error)) => Err(format!("refused: {error}")),
        (Outcome::Refused { .. }, Ok(imported)) => Err(format!("imported: {:?}", head(&imported.text))),
    }
}

fn head(text: &str) -> String {
    text.chars().take(120).collect()
}

fn corpus_files() -> BTreeSet<String> {
    std::fs::read_dir(corpus())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name != "EXPECTED.tsv")
        .collect()
}

#[test]
fn every_bad_input_is_imported_or_refused_as_expected() {
    let expectations = expectations();
    let listed: BTreeSet<String> = expectations.iter().map(|e| e.file.clone()).collect();
    let present = corpus_files();
    assert_eq!(listed, present, "EXPECTED.tsv and tests/fixtures/bad disagree");
    assert!(present.len() >= 30, "the corpus has only {} files", present.len());
    let files: Vec<String> = expectations.iter().map(|e| e.file.clone()).collect();
    let results = import_all(&files);
    let failures: Vec<String> = expectations
        .iter()
        .zip(&results)
        .filter_map(|(expectation, (_, result))| {
            check(expectation, result).err().map(|why| format!("{}: {why}", expectation.file))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

#[test]
fn a_file_over_the_size_limit_is_refused_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.txt");
    // Sparse: takes no disk space.
    std::fs::File::create(&path).unwrap().set_len(MAX_FILE_BYTES + 1).unwrap();
    let error = import_file(&path).unwrap_err();
    assert_eq!(
        error.to_string(),
        format!("{}: is {} bytes, over the 64 MiB limit for articles", path.display(), MAX_FILE_BYTES + 1)
    );
    let bytes = vec![b'a'; MAX_FILE_BYTES as usize + 1];
    let error = import_bytes(&bytes, "pasted.txt").unwrap_err();
    assert!(error.to_string().starts_with("pasted.txt: is 67108865 bytes, over the 64 MiB limit"));
}

#[test]
fn zip_bombs_are_small_on_disk() {
    for name in ["zip-bomb.docx", "zip-bomb-lying-size.docx"] {
        let size = std::fs::metadata(corpus().join(name)).unwrap().len();
        assert!(size < 200 * 1024, "{name} is {size} bytes");
    }
}

#[test]
#[ignore = "prints the current outcome of every corpus file, for updating EXPECTED.tsv"]
fn print_outcomes() {
    let files: Vec<String> = corpus_files().into_iter().collect();
    for (file, result) in import_all(&files) {
        match result {
            Some(Ok(imported)) => println!(
                "{file}\timported\t{:?}\t{:?}\t{:?}",
                imported.format,
                head(&imported.text),
                imported.notes
            ),
            Some(Err(error)) => println!("{file}\trefused\t-\t{}", error.problem),
            None => println!("{file}\tTIMED OUT"),
        }
    }
}

/// A DOCX whose `word/document.xml` really inflates to about 3.4 GiB (its headers tell the truth),
/// built here rather than committed: a deflate block of 1 MiB of one letter, cut with a sync flush,
/// can be repeated as often as wanted. The importer must stop at its limit, quickly and without
/// holding gigabytes.
#[test]
fn a_docx_that_inflates_to_gigabytes_is_refused() {
    use std::io::Write;
    let prefix = b"<w:document><w:body><w:p><w:r><w:t>";
    let mut encoder = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(prefix).unwrap();
    encoder.write_all(&[b'A'; 32 * 1024]).unwrap();
    encoder.flush().unwrap();
    let head = std::mem::take(encoder.get_mut());
    // With the window full of 'A', the next megabyte compresses to a block that only refers back
    // to 'A's, so the same bytes can follow themselves.
    encoder.write_all(&vec![b'A'; 1024 * 1024]).unwrap();
    encoder.flush().unwrap();
    let repeat = std::mem::take(encoder.get_mut());
    let tail = encoder.finish().unwrap();
    let copies = 3_500u32;
    let mut deflated = head;
    for _ in 0..copies {
        deflated.extend_from_slice(&repeat);
    }
    deflated.extend_from_slice(&tail);
    let inflated_size = prefix.len() as u32 + 32 * 1024 + copies * 1024 * 1024;
    assert!(inflated_size > 3 * 1024 * 1024 * 1024, "about 3.4 GiB");
    assert!(deflated.len() < 8 * 1024 * 1024, "a few megabytes on disk: {}", deflated.len());

    // The stream is sound: its first 70 MiB inflate to the prefix and then only 'A's.
    let mut start = Vec::new();
    std::io::Read::read_to_end(
        &mut std::io::Read::take(flate2::read::DeflateDecoder::new(&deflated[..]), 70 << 20),
        &mut start,
    )
    .unwrap();
    assert_eq!(start.len(), 70 << 20);
    assert!(start.starts_with(prefix) && start[prefix.len()..].iter().all(|&b| b == b'A'));

    // Headers that tell the truth are refused on their word; headers that claim 1,000 bytes are
    // refused when the reading passes the limit.
    for claimed in [inflated_size, 1_000] {
        let zip = one_entry_zip(b"word/document.xml", &deflated, claimed);
        let error = import_bytes(&zip, "gigabytes.docx").unwrap_err().to_string();
        assert!(error.starts_with("gigabytes.docx: ") && !error.contains('\n'), "{error}");
        assert!(
            error.contains("more than 64 MiB") || error.contains("larger than its declared"),
            "{claimed}: {error}"
        );
    }
}

/// A ZIP with one deflated entry, written by hand: local header, data, central directory and end
/// record (CRC left at zero: the importer stops long before it could check it).
fn one_entry_zip(name: &[u8], deflated: &[u8], claimed: u32) -> Vec<u8> {
    let mut zip = Vec::new();
    let (comp, full) = (deflated.len() as u32, claimed);
    zip.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
    for v in [20u16, 0, 8, 0, 0x5C6E] {
        zip.extend_from_slice(&v.to_le_bytes());
    }
    for v in [0u32, comp, full] {
        zip.extend_from_slice(&v.to_le_bytes());
    }
    zip.extend_from_slice(&(name.len() as u16).to_le_bytes());
    zip.extend_from_slice(&0u16.to_le_bytes());
    zip.extend_from_slice(name);
    zip.extend_from_slice(deflated);
    let directory_at = zip.len() as u32;
    zip.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
    for v in [20u16, 20, 0, 8, 0, 0x5C6E] {
        zip.extend_from_slice(&v.to_le_bytes());
    }
    for v in [0u32, comp, full] {
        zip.extend_from_slice(&v.to_le_bytes());
    }
    for v in [name.len() as u16, 0, 0, 0, 0] {
        zip.extend_from_slice(&v.to_le_bytes());
    }
    zip.extend_from_slice(&0u32.to_le_bytes());
    zip.extend_from_slice(&0u32.to_le_bytes());
    zip.extend_from_slice(name);
    let directory_len = zip.len() as u32 - directory_at;
    zip.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    for v in [0u16, 0, 1, 1] {
        zip.extend_from_slice(&v.to_le_bytes());
    }
    zip.extend_from_slice(&directory_len.to_le_bytes());
    zip.extend_from_slice(&directory_at.to_le_bytes());
    zip.extend_from_slice(&0u16.to_le_bytes());
    zip
}
