//! CID font widths given as ranges.
//!
//! A CID font's `/W` array lists widths in two forms, mixed freely: `c [w1 w2 …]` (consecutive
//! CIDs from `c`) and `c_first c_last w` (one width for a range). pdf-extract reads only the first
//! form; a glyph listed in the second advances by the default width, usually a whole em, and when
//! the producer places each word by the true widths the next word starts inside the one before
//! ("thecouncilwillmeet"). Every such `/W` is rewritten here, in memory, in the first form.

use std::collections::BTreeMap;

use pdf_extract::{Document, Object, ObjectId};

use super::cid_fonts::cid_widths;

/// More widths than this in one font are not spelled out (a range as wide as the code space is
/// legal, but the list would cost megabytes): that font keeps its `/W`.
const MAX_EXPANDED_WIDTHS: usize = 65_536;

/// Rewrites the `/W` of every CID font that uses the range form; returns how many.
pub(super) fn expand_width_ranges(document: &mut Document) -> usize {
    let rewrites: Vec<(ObjectId, Object)> = document
        .objects
        .iter()
        .filter_map(|(&id, object)| {
            let dict = object.as_dict().ok()?;
            let is_cid_font = matches!(dict.get(b"Subtype"),
                Ok(Object::Name(n)) if n == b"CIDFontType0" || n == b"CIDFontType2");
            if !is_cid_font || !has_range_entry(document, dict.get(b"W").ok()?) {
                return None;
            }
            let (widths, _) = cid_widths(document, dict);
            (widths.len() <= MAX_EXPANDED_WIDTHS).then(|| (id, list_form(widths.into_iter().collect())))
        })
        .collect();
    let count = rewrites.len();
    for (id, widths) in rewrites {
        if let Some(Object::Dictionary(font)) = document.objects.get_mut(&id) {
            font.set("W", widths);
        }
    }
    count
}

/// Whether a `/W` array holds a `c_first c_last w` entry: two numbers in a row (the list form
/// alternates a number and an array).
fn has_range_entry(document: &Document, widths: &Object) -> bool {
    let widths = match widths {
        Object::Reference(id) => document.objects.get(id),
        other => Some(other),
    };
    let Some(Object::Array(items)) = widths else { return false };
    let is_number = |o: &Object| matches!(o, Object::Integer(_) | Object::Real(_));
    items.windows(2).any(|pair| is_number(&pair[0]) && is_number(&pair[1]))
}

/// `c [w1 w2 …]` entries, one per run of consecutive CIDs.
fn list_form(widths: BTreeMap<u32, f64>) -> Object {
    let mut items = Vec::new();
    let mut run: Vec<Object> = Vec::new();
    let mut run_start = 0u32;
    let mut next = None;
    for (cid, width) in widths {
        if next != Some(cid) && !run.is_empty() {
            items.push(Object::Integer(i64::from(run_start)));
            items.push(Object::Array(std::mem::take(&mut run)));
        }
        if run.is_empty() {
            run_start = cid;
        }
        run.push(Object::Real(width as f32));
        next = cid.checked_add(1);
    }
    if !run.is_empty() {
        items.push(Object::Integer(i64::from(run_start)));
        items.push(Object::Array(run));
    }
    Object::Array(items)
}

#[cfg(test)]
mod tests {
    use pdf_extract::Dictionary;

    use super::*;

    fn font(widths: Vec<Object>) -> Document {
        let mut document = Document::new();
        let mut dict = Dictionary::new();
        dict.set("Type", Object::Name(b"Font".to_vec()));
        dict.set("Subtype", Object::Name(b"CIDFontType2".to_vec()));
        dict.set("W", Object::Array(widths));
        document.add_object(dict);
        document
    }

    fn widths_of(document: &Document) -> Vec<Object> {
        let dict = document.objects.values().find_map(|o| o.as_dict().ok()).unwrap();
        match dict.get(b"W") {
            Ok(Object::Array(items)) => items.clone(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn ranges_become_lists_and_lists_stay() {
        let int = Object::Integer;
        let mut document =
            font(vec![int(3), int(5), int(520), int(9), Object::Array(vec![int(250), int(600)])]);
        assert_eq!(expand_width_ranges(&mut document), 1);
        let real = |w: f32| Object::Real(w);
        assert_eq!(
            widths_of(&document),
            [
                int(3),
                Object::Array(vec![real(520.0); 3]),
                int(9),
                Object::Array(vec![real(250.0), real(600.0)])
            ]
        );
        // Already in the list form: left alone.
        let mut listed = font(vec![int(1), Object::Array(vec![int(500)])]);
        assert_eq!(expand_width_ranges(&mut listed), 0);
    }

    #[test]
    fn a_range_as_wide_as_the_code_space_is_not_spelled_out() {
        let int = Object::Integer;
        // Two ranges of 65,536 CIDs each (cid_widths caps one range there): too many to list.
        let mut document =
            font(vec![int(0), int(0x7fff_ffff), int(500), int(0x1_0000), int(0x7fff_ffff), int(600)]);
        assert_eq!(expand_width_ranges(&mut document), 0);
        assert_eq!(widths_of(&document).len(), 6);
    }
}
