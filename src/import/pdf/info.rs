//! The document's title and author, from the trailer's /Info dictionary.

use pdf_extract::Object;

/// The trailer's /Info dictionary.
pub(super) fn info_dictionary(document: &pdf_extract::Document) -> Option<&pdf_extract::Dictionary> {
    match document.trailer.get(b"Info").ok()? {
        Object::Reference(id) => document.get_dictionary(*id).ok(),
        Object::Dictionary(dictionary) => Some(dictionary),
        _ => None,
    }
}

pub(super) fn info_string(
    document: &pdf_extract::Document,
    info: &pdf_extract::Dictionary,
    key: &[u8],
) -> Option<String> {
    let object = match info.get(key).ok()? {
        Object::Reference(id) => document.get_object(*id).ok()?,
        other => other,
    };
    let Object::String(bytes, _) = object else { return None };
    let text = decode_text_string(bytes);
    let text = crate::model::text::collapse_whitespace(&text);
    (!text.is_empty()).then_some(text)
}

/// PDF "text strings": UTF-16BE with a byte-order mark, UTF-8 with one (PDF 2.0), or
/// PDFDocEncoding, which matches Windows-1252 for the characters titles use.
fn decode_text_string(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(b"\xfe\xff") {
        encoding_rs::UTF_16BE.decode_without_bom_handling(rest).0.into_owned()
    } else if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        String::from_utf8_lossy(rest).into_owned()
    } else {
        encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned()
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_strings_in_utf16_and_pdfdoc() {
        assert_eq!(decode_text_string(b"\xfe\xff\x00C\x00a\x00f\x00\xe9"), "Café");
        assert_eq!(decode_text_string(b"Caf\xe9"), "Café");
    }
}
