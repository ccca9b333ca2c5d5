//! Decoding, hostile nesting, pages without text, and malformed markup.

use super::*;

#[test]
fn declared_charset_is_respected_and_misdeclared_utf8_is_noticed() {
    let mut page = b"<html><head><meta charset=\"windows-1251\"></head><body><p>".to_vec();
    let (cyrillic, _, _) = encoding_rs::WINDOWS_1251.encode("Москва отрицает причастность.");
    page.extend_from_slice(&cyrillic);
    page.extend_from_slice(b"</p></body></html>");
    let got = import_html_bytes(&page, &Deadline::after(Duration::from_secs(20))).unwrap();
    assert_eq!(got.text, "Москва отрицает причастность.");
    assert_eq!(got.notes, ["decoded as windows-1251 (declared in the page)"]);
    let liar = "<meta http-equiv=Content-Type content='text/html; charset=iso-8859-1'><p>café</p>";
    let got = import_html_bytes(liar.as_bytes(), &Deadline::after(Duration::from_secs(20))).unwrap();
    assert_eq!(got.text, "café");
    assert!(got.notes[0].contains("but is UTF-8"));
}

#[test]
fn deep_nesting_is_fast_and_keeps_the_text() {
    let depth = 100_000;
    let html = format!("{}deep text{}", "<div>".repeat(depth), "</div>".repeat(depth));
    // `read` would fail on the deadline if the builder were quadratic (html5ever's took minutes).
    let got = read(&html);
    assert_eq!(got.text, "deep text");
    let unclosed = format!("{}<p>after {}</p>", "<span><b><i>".repeat(30_000), "x");
    assert_eq!(read(&unclosed).text, "after x");
}

#[test]
fn only_scripts_is_no_article_text() {
    let got = import_html_text(
        "<html><head><script>alert(1)</script></head><body><script>x()</script></body></html>",
        &Deadline::after(Duration::from_secs(5)),
    );
    assert_eq!(got.unwrap_err(), Problem::NoArticleText("scripts and markup"));
}

#[test]
fn malformed_tags_do_not_lose_text() {
    let got = read(
        "<p>One <b>bold <i>both</b> italic?</i> end<p>Two <a href=x>link</a> more words here</div></span>",
    );
    assert_eq!(got.text, "One bold both italic? end\n\nTwo link more words here");
}
