//! The two text-showing operators pdf-extract skips, `'` and `"`, written as the ones it reads.
//!
//! `(text) '` moves to the next line and shows the text; `aw ac (text) "` also sets the word and
//! character spacing first. PostScript converted by Ghostscript (`ps2pdf` over enscript, groff or
//! a printer driver) writes whole pages with them, and pdf-extract ignored them: such a file
//! imported as its running head alone. Every content stream that holds them (pages and form
//! XObjects) is rewritten in memory as `T* (text) Tj` and `aw Tw ac Tc T* (text) Tj`.

use pdf_extract::content::{Content, Operation};
use pdf_extract::{Document, Object, ObjectId};

/// `operations` with `'` and `"` spelled out; `None` when there are none.
fn spelled_out(operations: &[Operation]) -> Option<Vec<Operation>> {
    if !operations.iter().any(|op| op.operator == "'" || op.operator == "\"") {
        return None;
    }
    let mut out = Vec::with_capacity(operations.len() + 16);
    for op in operations {
        match (op.operator.as_str(), op.operands.as_slice()) {
            ("'", [text]) => {
                out.push(Operation::new("T*", vec![]));
                out.push(Operation::new("Tj", vec![text.clone()]));
            }
            ("\"", [word, char, text]) => {
                out.push(Operation::new("Tw", vec![word.clone()]));
                out.push(Operation::new("Tc", vec![char.clone()]));
                out.push(Operation::new("T*", vec![]));
                out.push(Operation::new("Tj", vec![text.clone()]));
            }
            _ => out.push(op.clone()),
        }
    }
    Some(out)
}

/// The streams that hold content: each page's `/Contents` and every form XObject.
pub(super) fn content_streams(document: &Document) -> Vec<ObjectId> {
    let mut ids = Vec::new();
    for page in document.get_pages().values() {
        ids.extend(document.get_page_contents(*page));
    }
    for (&id, object) in &document.objects {
        if let Object::Stream(stream) = object
            && stream.dict.get(b"Subtype").and_then(Object::as_name).is_ok_and(|name| name == b"Form")
        {
            ids.push(id);
        }
    }
    ids.sort();
    ids.dedup();
    ids
}

/// Rewrites the content streams that use `'` or `"` (see the module docs). Returns how many.
pub(super) fn spell_out_quote_operators(document: &mut Document) -> usize {
    let mut changed = 0;
    for id in content_streams(document) {
        let Some(Object::Stream(stream)) = document.objects.get_mut(&id) else { continue };
        let Ok(plain) = stream.get_plain_content() else { continue };
        if memchr::memchr2(b'\'', b'"', &plain).is_none() {
            continue;
        }
        let Ok(content) = Content::decode(&plain) else { continue };
        let Some(operations) = spelled_out(&content.operations) else { continue };
        if let Ok(bytes) = (Content { operations }).encode() {
            stream.set_plain_content(bytes);
            changed += 1;
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_operators_become_next_line_and_show() {
        let content = Content::decode(b"BT /F1 11 Tf 12 TL (first line) ' 2 0.5 (second) \" ET").unwrap();
        let spelled = spelled_out(&content.operations).unwrap();
        let ops: Vec<&str> = spelled.iter().map(|op| op.operator.as_str()).collect();
        assert_eq!(ops, ["BT", "Tf", "TL", "T*", "Tj", "Tw", "Tc", "T*", "Tj", "ET"]);
        assert!(spelled_out(&Content::decode(b"BT (plain) Tj ET").unwrap().operations).is_none());
    }
}
