//! The article in a script-rendered page's app state (`<script type="application/json">`, as
//! Next.js writes `__NEXT_DATA__`): a page saved before its script ran shows the headline and a
//! loading placeholder, while its state holds the article's paragraphs as a list of blocks.
//!
//! The body is the list (a JSON array, anywhere in the state) whose items give the most text in
//! paragraphs: each item a string, or an object with its text under a key such as `html`, `text`
//! or `content`. Items whose type or key names furniture (an ad, a related story, a newsletter
//! box, a picture) are skipped, as are short strings that are no sentences (labels, slugs). The
//! state is parsed by serde_json, whose depth limit keeps hostile nesting harmless.

use serde_json::Value;

use crate::model::text::collapse_whitespace;

/// Keys an item's text may stand under, in order of preference.
const TEXT_KEYS: &[&str] = &["html", "text", "content", "body", "value", "paragraph"];
/// Words of an item's type or of its object key that say it is no part of the body.
const FURNITURE_WORDS: &[&str] = &[
    "ad",
    "advert",
    "promo",
    "related",
    "newsletter",
    "image",
    "photo",
    "picture",
    "video",
    "embed",
    "caption",
    "credit",
    "teaser",
    "recommend",
    "signup",
    "subscribe",
];
/// A paragraph has at least this many words (or, in a script without spaces, characters).
const MIN_PARAGRAPH_WORDS: usize = 6;
const MIN_PARAGRAPH_CHARS_UNSPACED: usize = 20;
/// The body has at least this many paragraphs.
const MIN_PARAGRAPHS: usize = 3;

/// The paragraphs of the article the app state holds, best list first; `None` when no list
/// looks like an article.
pub(super) fn body_paragraphs(blocks: &[String]) -> Option<Vec<String>> {
    let mut best: Option<Vec<String>> = None;
    for block in blocks {
        let Ok(value) = serde_json::from_str::<Value>(block) else { continue };
        visit(&value, &mut |paragraphs| {
            let size = |p: &[String]| p.iter().map(|s| s.chars().count()).sum::<usize>();
            if paragraphs.len() >= MIN_PARAGRAPHS && best.as_ref().is_none_or(|b| size(&paragraphs) > size(b))
            {
                best = Some(paragraphs);
            }
        });
    }
    best
}

/// Calls `found` with the paragraphs of every array in `value` (iteratively, so that no nesting
/// the parser accepted can overflow the stack here).
fn visit(value: &Value, found: &mut impl FnMut(Vec<String>)) {
    let mut stack: Vec<(&Value, bool)> = vec![(value, false)];
    while let Some((value, furniture)) = stack.pop() {
        match value {
            Value::Array(items) => {
                if !furniture {
                    found(items.iter().filter_map(paragraph).collect());
                }
                stack.extend(items.iter().map(|item| (item, furniture)));
            }
            Value::Object(map) => {
                for (key, item) in map {
                    stack.push((item, furniture || names_furniture(key)));
                }
            }
            _ => {}
        }
    }
}

fn names_furniture(name: &str) -> bool {
    // camelCase and snake_case words: "relatedStories", "ad_slot", "NewsletterBlock".
    let mut words = Vec::new();
    let mut current = String::new();
    for c in name.chars() {
        if c.is_uppercase() && !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
        if c.is_alphanumeric() {
            current.extend(c.to_lowercase());
        } else if !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
    }
    words.push(current);
    words.iter().any(|w| FURNITURE_WORDS.contains(&w.as_str()))
}

/// The text of one item of a list, if it is a paragraph.
fn paragraph(item: &Value) -> Option<String> {
    let text = match item {
        Value::String(text) => text.as_str(),
        Value::Object(map) => {
            let kind = ["__typename", "type", "_type", "kind"].iter().find_map(|k| map.get(*k)?.as_str());
            if kind.is_some_and(names_furniture) {
                return None;
            }
            TEXT_KEYS.iter().find_map(|k| map.get(*k)?.as_str())?
        }
        _ => return None,
    };
    let plain = collapse_whitespace(&strip_tags(text));
    let words = plain.split_whitespace().count();
    let unspaced = plain.chars().filter(|c| crate::model::text::is_cjk_letter(*c)).count();
    (words >= MIN_PARAGRAPH_WORDS || unspaced >= MIN_PARAGRAPH_CHARS_UNSPACED).then_some(plain)
}

/// Text without its inline markup (`<em>`, `<a href>`), with the five named entities and numeric
/// references decoded: the blocks of an app state are short, inline HTML at most.
fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    crate::import::text::unescape_references(&out)
        .replace('\u{a0}', " ")
        .replace(" ,", ",")
        .replace(" .", ".")
}

#[cfg(test)]
mod tests {
    use super::*;

    const STATE: &str = r#"{"props":{"pageProps":{"article":{"headline":"Ferries return",
        "relatedStories":[{"text":"A related story with quite enough words to look like a paragraph."},
                          {"text":"Another related story with quite enough words to look like one."},
                          {"text":"A third related story with quite enough words to look like one too."},
                          {"text":"And a fourth related story, longer than every paragraph of the body itself by far."}],
        "body":[{"__typename":"ParagraphBlock","html":"The first ferry in a month left the harbour on Monday morning."},
                {"__typename":"AdBlock","html":"Buy a boat today, the best boats in the whole wide world are here."},
                {"__typename":"ParagraphBlock","html":"Crews had repaired the ramp &amp; the <em>lifting gear</em> over the weekend."},
                {"__typename":"ImageBlock","caption":"The ferry at its berth, seen from the breakwater at dawn."},
                {"__typename":"ParagraphBlock","html":"Timetables return to normal from Friday, the operator said."}],
        "slug":"ferries-return"}}}}"#;

    #[test]
    fn the_body_list_gives_its_paragraphs_without_ads_pictures_or_related_stories() {
        let got = body_paragraphs(&[STATE.to_owned()]).unwrap();
        assert_eq!(
            got,
            [
                "The first ferry in a month left the harbour on Monday morning.",
                "Crews had repaired the ramp & the lifting gear over the weekend.",
                "Timetables return to normal from Friday, the operator said."
            ]
        );
    }

    #[test]
    fn short_lists_labels_and_broken_state_give_nothing() {
        assert_eq!(body_paragraphs(&[r#"{"tags":["energy","ports","shipping"]}"#.to_owned()]), None);
        assert_eq!(body_paragraphs(&["{\"body\":[\"cut".to_owned()]), None);
        // Nesting past serde_json's limit is refused, not followed.
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(body_paragraphs(&[deep]), None);
    }

    #[test]
    fn furniture_names_are_read_in_camel_and_snake_case() {
        assert!(
            names_furniture("relatedStories")
                && names_furniture("ad_slot")
                && names_furniture("NewsletterBlock")
        );
        assert!(
            !names_furniture("body") && !names_furniture("paragraphBlocks") && !names_furniture("adequate")
        );
        assert_eq!(
            collapse_whitespace(&strip_tags("a &amp; <b>b</b> &#233;&nbsp;&#x41; &bogus; & c")),
            "a & b é A &bogus; & c"
        );
    }
}
