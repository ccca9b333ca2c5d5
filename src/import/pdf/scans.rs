//! Text implausibly short for the pages, and pages that hold pictures but no text (scans): said
//! in a note, so that an import is never near-empty without a word.

use std::collections::BTreeSet;

use pdf_extract::{Dictionary, Document, Object, ObjectId};

/// Fewer characters per page than this, on average, is implausible for an article or report and
/// is pointed out (cover pages and figures bring the average down, so the bar is low).
const MIN_PLAUSIBLE_CHARS_PER_PAGE: usize = 40;

fn deref<'a>(document: &'a Document, object: &'a Object) -> Option<&'a Object> {
    match object {
        Object::Reference(id) => document.objects.get(id),
        other => Some(other),
    }
}

/// Whether a resource dictionary draws an image, directly or in a form it draws (one level).
fn draws_image(document: &Document, resources: &Dictionary, depth: u8) -> bool {
    let Some(Object::Dictionary(xobjects)) = resources.get(b"XObject").ok().and_then(|o| deref(document, o))
    else {
        return false;
    };
    xobjects.iter().any(|(_, object)| match deref(document, object) {
        Some(Object::Stream(stream)) => match stream.dict.get(b"Subtype") {
            Ok(Object::Name(name)) if name == b"Image" => true,
            Ok(Object::Name(name)) if name == b"Form" && depth > 0 => {
                match stream.dict.get(b"Resources").ok().and_then(|o| deref(document, o)) {
                    Some(Object::Dictionary(inner)) => draws_image(document, inner, depth - 1),
                    _ => false,
                }
            }
            _ => false,
        },
        _ => false,
    })
}

/// Whether a page's resources (its own or inherited) hold an image.
fn page_has_image(document: &Document, page: ObjectId) -> bool {
    let Ok((own, inherited)) = document.get_page_resources(page) else { return false };
    own.is_some_and(|resources| draws_image(document, resources, 1))
        || inherited.iter().any(|&id| document.get_dictionary(id).is_ok_and(|r| draws_image(document, r, 1)))
}

/// Page numbers as short ranges: "2–6, 9".
fn ranges(pages: &[u32]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < pages.len() {
        let mut j = i;
        while j + 1 < pages.len() && pages[j + 1] == pages[j] + 1 {
            j += 1;
        }
        parts.push(if j > i { format!("{}–{}", pages[i], pages[j]) } else { pages[i].to_string() });
        i = j + 1;
    }
    parts.join(", ")
}

/// What a Han character, kana or Hangul syllable counts for in [`MIN_PLAUSIBLE_CHARS_PER_PAGE`]:
/// these scripts write without spaces, and one of their characters carries about as much as a
/// short word of letters (two sentences of Chinese are some 30 characters, of English 150).
const CJK_CHAR_WEIGHT: usize = 3;

/// The length of a text for the plausibility check: characters that are not white space, Han,
/// kana and Hangul counted [`CJK_CHAR_WEIGHT`] times (punctuation of those scripts once).
fn plausibility_length(text: &str) -> usize {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if crate::model::text::is_cjk_letter(c) { CJK_CHAR_WEIGHT } else { 1 })
        .sum()
}

/// The note for a text that is implausibly short for its pages, or whose pages are in good part
/// pictures without text; `None` when the text is plausible. `text_pages` are the numbers of
/// the pages where text was found.
pub(super) fn sparse_text_note(
    document: &Document,
    text_pages: &BTreeSet<u32>,
    text: &str,
) -> Option<String> {
    let found_chars = text.chars().filter(|c| !c.is_whitespace()).count();
    let pages = document.get_pages();
    let page_count = pages.len();
    let pictures_only: Vec<u32> = pages
        .iter()
        .filter(|(number, _)| !text_pages.contains(number))
        .filter(|&(_, &id)| page_has_image(document, id))
        .map(|(&number, _)| number)
        .collect();
    let sparse = plausibility_length(text) < MIN_PLAUSIBLE_CHARS_PER_PAGE * page_count;
    // Photographs and figures on a page of their own are common; a quarter of the pages is not.
    let many_scans = pictures_only.len() >= 2 && pictures_only.len() * 4 >= page_count;
    let scans = format!(
        "{} {} ({} of {page_count}) hold pictures and no text, probably scans",
        if pictures_only.len() == 1 { "page" } else { "pages" },
        ranges(&pictures_only),
        pictures_only.len()
    );
    match (sparse, pictures_only.is_empty()) {
        (true, true) => Some(format!(
            "only {found_chars} characters of text were found on {page_count} pages: the rest may be pictures \
             of text (run OCR, e.g. ocrmypdf, and import the result) or in fonts the PDF reader cannot decode; \
             compare with the PDF"
        )),
        (true, false) => Some(format!(
            "only {found_chars} characters of text were found on {page_count} pages: {scans}; run OCR (e.g. \
             ocrmypdf) and import the result, or compare with the PDF"
        )),
        (false, _) if many_scans => {
            Some(format!("{scans}: their text is missing; run OCR (e.g. ocrmypdf) and import the result"))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> Document {
        let path = format!("{}/tests/fixtures/import-eval/pdf/{name}.pdf", env!("CARGO_MANIFEST_DIR"));
        Document::load_mem(&std::fs::read(path).unwrap()).unwrap()
    }

    #[test]
    fn scanned_pages_are_named_in_the_note() {
        let document = fixture("scanned-pages-with-a-cover-line");
        let note = sparse_text_note(&document, &BTreeSet::from([1]), &"x".repeat(32)).unwrap();
        assert!(note.starts_with("only 32 characters of text were found on 6 pages"), "{note}");
        assert!(note.contains("pages 2–6 (5 of 6) hold pictures and no text, probably scans"), "{note}");
        // Enough text overall, but most pages are scans: still said.
        let note = sparse_text_note(&document, &BTreeSet::from([1]), &"x".repeat(5000)).unwrap();
        assert!(note.starts_with("pages 2–6 (5 of 6) hold pictures"), "{note}");
        // Text on every page: nothing to say.
        assert_eq!(sparse_text_note(&document, &(1..=6).collect(), &"x".repeat(5000)), None);
    }

    #[test]
    fn blank_pages_are_not_scans() {
        let document = fixture("mostly-blank-pages");
        let note = sparse_text_note(&document, &BTreeSet::from([1]), &"x".repeat(19)).unwrap();
        assert!(!note.contains("scans"), "{note}");
        assert_eq!(sparse_text_note(&document, &BTreeSet::from([1]), &"x".repeat(4000)), None);
    }

    #[test]
    fn han_kana_and_hangul_count_for_more_than_letters() {
        // Two short sentences of Chinese on one page are plausible; the same number of Latin
        // letters, or of CJK punctuation marks, is not.
        let document = fixture("cjk-zh-hant-ucs2");
        let chinese = "颱風預計明天清晨登陸東部沿海。";
        assert_eq!(plausibility_length(chinese), 14 * 3 + 1);
        assert_eq!(sparse_text_note(&document, &BTreeSet::from([1]), chinese), None);
        let note = sparse_text_note(&document, &BTreeSet::from([1]), &"x".repeat(15)).unwrap();
        assert!(note.starts_with("only 15 characters of text were found on 1 pages"), "{note}");
        assert!(sparse_text_note(&document, &BTreeSet::from([1]), &"、。「」".repeat(4)).is_some());
        assert_eq!(plausibility_length("한국 ｱ 𠮟"), 12);
    }

    #[test]
    fn page_ranges_are_short() {
        assert_eq!(ranges(&[2, 3, 4, 5, 6, 9, 11, 12]), "2–6, 9, 11–12");
        assert_eq!(ranges(&[1]), "1");
    }
}
