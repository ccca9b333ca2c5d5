//! Acceptance tests: the sample article (assets/sample-article.txt) imported from each format made
//! from it by scripts/make-fixtures keeps at least 98 % of its words in order, and each format's
//! metadata is read.

use std::path::{Path, PathBuf};

use briefsmith::import::{Format, Imported, import_file, import_pasted};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures/import").join(name)
}

fn sample_words() -> Vec<String> {
    let text = std::fs::read_to_string(root().join("assets/sample-article.txt")).unwrap();
    words(&text)
}

fn words(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_owned).collect()
}

/// Length of the longest common subsequence of two word sequences (two rows of the table).
fn lcs_len(a: &[String], b: &[String]) -> usize {
    let mut previous = vec![0usize; b.len() + 1];
    let mut current = vec![0usize; b.len() + 1];
    for word in a {
        for (j, other) in b.iter().enumerate() {
            current[j + 1] = if word == other { previous[j] + 1 } else { current[j].max(previous[j + 1]) };
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

/// The share of the sample's words found, in order, in the imported text.
fn word_recall(imported: &Imported) -> f64 {
    let expected = sample_words();
    lcs_len(&expected, &words(&imported.text)) as f64 / expected.len() as f64
}

fn import_and_check_recall(name: &str, format: Format) -> Imported {
    let imported = import_file(&fixture(name)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(imported.format, format);
    let recall = word_recall(&imported);
    println!("{name}: word recall {:.4} ({} paragraphs)", recall, imported.text.split("\n\n").count());
    assert!(recall >= 0.98, "{name}: only {recall:.4} of the words, in order:\n{}", imported.text);
    assert_eq!(imported.meta.file_name, name);
    assert!(imported.meta.retrieved.is_empty());
    imported
}

#[test]
fn lcs_counts_words_in_order() {
    let w = |s: &str| words(s);
    assert_eq!(lcs_len(&w("a b c d"), &w("a x c d")), 3);
    assert_eq!(lcs_len(&w("a b c"), &w("c b a")), 1);
    assert_eq!(lcs_len(&w(""), &w("a")), 0);
}

#[test]
fn plain_text_sample_is_read_whole() {
    let imported = import_file(&root().join("assets/sample-article.txt")).unwrap();
    assert_eq!(imported.format, Format::Text);
    assert_eq!(word_recall(&imported), 1.0);
}

#[test]
fn html_keeps_the_article_and_drops_the_page_furniture() {
    let imported = import_and_check_recall("sample.html", Format::Html);
    for furniture in [
        "Skip to content",
        "cookies",
        "Share on",
        "Advertisement",
        "Related",
        "Shadow fleet: what we know",
        "written by a script",
        "newsletter",
        "Great reporting",
        "Most read",
        "All rights reserved",
        "Subscribe",
        "Search",
        "Home",
    ] {
        assert!(!imported.text.contains(furniture), "kept {furniture:?}:\n{}", imported.text);
    }
    // The headline and each body paragraph are their own paragraphs; the byline and date lines are
    // metadata, not article text.
    let paragraphs: Vec<&str> = imported.text.split("\n\n").collect();
    assert_eq!(paragraphs[0], "Baltic states seek NATO help after undersea cable cut and drone incursions");
    assert!(paragraphs[1].starts_with("Finland and Estonia asked NATO on Friday"));
    assert!(imported.text.contains("\"cannot be explained by bad weather or bad luck.\""));
    assert!(imported.text.contains("'We have been here before,'"));
}

#[test]
fn html_metadata_is_extracted() {
    let meta = import_file(&fixture("sample.html")).unwrap().meta;
    assert_eq!(meta.title, "Baltic states seek NATO help after undersea cable cut and drone incursions");
    assert_eq!(meta.author, "Marta Kowalczyk");
    assert_eq!(meta.published, "2026-03-14T08:30:00Z");
    assert_eq!(meta.url, "https://ledger.example/world/2026/03/14/baltic-cable-nato");
    assert_eq!(meta.outlet, "The Baltic Ledger");
}

#[test]
fn pdf_rejoins_lines_and_drops_running_headers() {
    let imported = import_and_check_recall("sample.pdf", Format::Pdf);
    assert_eq!(
        imported.meta.title,
        "Baltic states seek NATO help after undersea cable cut and drone incursions"
    );
    assert_eq!(imported.meta.author, "Marta Kowalczyk");
    assert!(!imported.text.contains("The Baltic Ledger - World"), "running header kept:\n{}", imported.text);
    assert!(!imported.text.contains("Page 1 of"), "page number kept:\n{}", imported.text);
    // Real hyphens survive; the generator hyphenates long words at line ends and they are rejoined.
    for word in ["short-range", "air-defence", "Ust-Luga.", "so-called", "Russian-flagged", "test-fired"] {
        assert!(words(&imported.text).iter().any(|w| w == word), "lost {word}");
    }
    // Paragraphs come back as they were in the article.
    let paragraphs: Vec<&str> = imported.text.split("\n\n").collect();
    assert_eq!(paragraphs.len(), 3 + 14, "{paragraphs:#?}");
    assert!(paragraphs[3].starts_with("Finland and Estonia") && paragraphs[3].ends_with("port of Ust-Luga."));
}

#[test]
fn docx_joins_runs_and_reads_core_properties() {
    let imported = import_and_check_recall("sample.docx", Format::Docx);
    assert_eq!(
        imported.meta.title,
        "Baltic states seek NATO help after undersea cable cut and drone incursions"
    );
    assert_eq!(imported.meta.author, "Marta Kowalczyk");
    assert!(!imported.text.starts_with("The Baltic Ledger"), "the page header part was read");
    assert_eq!(imported.text.split("\n\n").count(), 3 + 14);
}

#[test]
fn markdown_front_matter_and_paragraphs() {
    let imported = import_and_check_recall("sample.md", Format::Markdown);
    let meta = &imported.meta;
    assert_eq!(meta.title, "Baltic states seek NATO help after undersea cable cut and drone incursions");
    assert_eq!(meta.author, "Marta Kowalczyk");
    assert_eq!(meta.published, "2026-03-14");
    assert_eq!(meta.url, "https://ledger.example/world/2026/03/14/baltic-cable-nato");
    assert_eq!(meta.outlet, "The Baltic Ledger");
    assert!(!imported.text.contains("---") && !imported.text.contains("tags:"));
    assert!(!imported.text.contains("**") && !imported.text.starts_with('#'));
    assert_eq!(imported.text.split("\n\n").count(), 3 + 14);
}

#[test]
fn pasted_web_page_is_read_as_html() {
    let html = std::fs::read_to_string(fixture("sample.html")).unwrap();
    let imported = import_pasted(&html).unwrap();
    assert_eq!(imported.format, Format::Html);
    assert_eq!(imported.meta.file_name, "clipboard");
    assert!(word_recall(&imported) >= 0.98);
}

#[test]
fn fixtures_exist_where_the_generator_puts_them() {
    for name in ["sample.html", "sample.pdf", "sample.docx", "sample.md"] {
        assert!(Path::new(&fixture(name)).is_file(), "run scripts/make-fixtures: {name} is missing");
    }
}
