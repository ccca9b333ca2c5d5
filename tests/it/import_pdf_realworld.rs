//! The real-producer PDF set (tests/fixtures/import-eval/pdf-realworld, made by
//! scripts/make-pdf-realworld): documents written for this project (news reports in eleven
//! languages, a three-column newsletter, tables, a form, footnotes, lists, running heads and page
//! numbers) turned into PDF by the programs that make most PDFs: LibreOffice (from HTML and .docx,
//! PDF/A), Chromium's print to PDF, WeasyPrint, Ghostscript over groff and enscript, pdflatex,
//! cairo, ReportLab and fpdf2, and qpdf copies with object streams, linearized, or encrypted with
//! an empty user password. Each file is named PRODUCER--DOCUMENT and comes with the text it shows
//! (without running heads, page numbers and footnote marks).
//!
//! `cargo test --test it import_pdf_realworld -- --nocapture` prints each file's word recall and
//! precision; with `PDF_REALWORLD_DIR=DIR` it reads the whole generated set instead of the subset
//! kept here.

use std::path::PathBuf;

use briefsmith::import::import_file;

use super::import_pdf_eval::{word_precision, word_recall};

/// A little under what the importer reaches on the 50 files kept here (0.999).
const MIN_MEAN_RECALL: f64 = 0.98;
/// Every file's recall and precision (Devanagari shaped by Chromium and LibreOffice included:
/// its conjuncts are read from `/ActualText`).
const MIN_FILE_RECALL: f64 = 0.95;
const MIN_FILE_PRECISION: f64 = 0.9;
fn set_dir() -> PathBuf {
    match std::env::var_os("PDF_REALWORLD_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import-eval/pdf-realworld"),
    }
}

#[test]
fn real_producer_pdfs_meet_their_floors_and_never_import_silently_near_empty() {
    let mut files: Vec<String> = std::fs::read_dir(set_dir())
        .unwrap()
        .filter_map(|e| e.unwrap().file_name().into_string().unwrap().strip_suffix(".pdf").map(str::to_owned))
        .collect();
    files.sort();
    assert!(files.len() >= 50, "the set has only {} files", files.len());
    let (mut total, mut low, mut silent) = (0.0, Vec::new(), Vec::new());
    for name in &files {
        let expected = std::fs::read_to_string(set_dir().join(format!("{name}.txt"))).unwrap();
        let (recall, precision) = match import_file(&set_dir().join(format!("{name}.pdf"))) {
            Ok(got) => {
                let (recall, precision) =
                    (word_recall(&expected, &got.text), word_precision(&expected, &got.text));
                println!("{name:48} recall {recall:.3} precision {precision:.3}  notes {:?}", got.notes);
                if recall < 0.5 && got.notes.is_empty() {
                    silent.push(format!("{name}: recall {recall:.3} with no note"));
                }
                (recall, precision)
            }
            Err(e) => {
                println!("{name:48} refused: {}", e.problem);
                (0.0, 0.0)
            }
        };
        if recall < MIN_FILE_RECALL || precision < MIN_FILE_PRECISION {
            low.push(format!("{name}: recall {recall:.3}, precision {precision:.3}"));
        }
        total += recall;
    }
    let mean = total / files.len() as f64;
    println!("{} PDFs: mean word recall {mean:.3}", files.len());
    assert!(silent.is_empty(), "near-empty imports without a note:\n{}", silent.join("\n"));
    assert!(low.is_empty(), "files under a floor:\n{}", low.join("\n"));
    assert!(mean >= MIN_MEAN_RECALL, "mean word recall {mean:.3} under {MIN_MEAN_RECALL}");
}
