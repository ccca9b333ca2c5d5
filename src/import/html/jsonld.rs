//! The article fields of a page's JSON-LD: every shape met on the web (one object, a top-level
//! array, an `@graph` with `@id` references, blocks wrapped in HTML comments or `<![CDATA[ ]]>`)
//! and every type that carries an article (`NewsArticle` and its kinds, `BlogPosting`,
//! `SocialMediaPosting`, `DiscussionForumPosting`…); failing those, any object with a headline
//! or a publication date.

use crate::model::text::collapse_whitespace;

/// The article fields of the page's JSON-LD, if any.
#[derive(Debug, Default)]
pub(super) struct JsonLd {
    pub(super) headline: Option<String>,
    pub(super) author: Option<String>,
    pub(super) published: Option<String>,
    pub(super) url: Option<String>,
    pub(super) publisher: Option<String>,
    /// The CSS selectors of the parts a paywall hides (`hasPart` with `isAccessibleForFree`
    /// false), which the page holds all the same: article text, not furniture.
    pub(super) paywalled: Vec<String>,
    /// The article's text as the page declares it (`articleBody`), with its line breaks: a
    /// paywalled page may show a teaser and carry the whole text here.
    pub(super) body: Option<String>,
}

const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "Report",
    "ScholarlyArticle",
    "TechArticle",
    "SatiricalArticle",
    "AdvertiserContentArticle",
    "SocialMediaPosting",
    "DiscussionForumPosting",
    "Blog",
    "Posting",
];

/// Objects read from one page's JSON-LD at most (real pages have a few dozen).
const MAX_OBJECTS: usize = 1000;

/// `false`, or `"False"` as publishers often write it.
fn is_false(value: &serde_json::Value) -> bool {
    value.as_bool() == Some(false) || value.as_str().is_some_and(|s| s.trim().eq_ignore_ascii_case("false"))
}

/// The JSON inside a script block: HTML comments, `//<![CDATA[ … //]]>` and anything else around
/// the outermost braces or brackets are cut away.
fn json_text(block: &str) -> Option<String> {
    let block = block.replace("<![CDATA[", "").replace("]]>", "");
    let start = block.find(['{', '['])?;
    let close = if block.get(start..)?.starts_with('{') { '}' } else { ']' };
    let end = block.rfind(close)?;
    // Both are ASCII characters found in the string, so both are char boundaries.
    block.get(start..=end).map(str::to_owned)
}

impl JsonLd {
    pub(super) fn parse(blocks: &[String]) -> Self {
        use serde_json::Value;
        // Every object, with how deep it sits in another one (the members of an array or an
        // `@graph` sit at their parent's depth): a `NewsArticle` may be the `mainEntity` of a
        // `WebPage`, but one at the top comes before one that another merely mentions.
        let mut objects: Vec<(usize, Value)> = Vec::new();
        for block in blocks {
            let Some(cleaned) = json_text(block) else { continue };
            let Ok(value) = serde_json::from_str::<Value>(&cleaned) else { continue };
            let mut pending = vec![(0, value)];
            while let Some((depth, value)) = pending.pop() {
                if objects.len() > MAX_OBJECTS {
                    break;
                }
                match value {
                    Value::Array(items) => pending.extend(items.into_iter().rev().map(|item| (depth, item))),
                    Value::Object(mut map) => {
                        if let Some(graph) = map.remove("@graph") {
                            pending.push((depth, graph));
                        }
                        let nested: Vec<(usize, Value)> = map
                            .values()
                            .filter(|v| v.is_object() || v.is_array())
                            .map(|v| (depth + 1, v.clone()))
                            .collect();
                        objects.push((depth, Value::Object(map)));
                        pending.extend(nested.into_iter().rev());
                    }
                    _ => {}
                }
            }
        }
        objects.sort_by_key(|(depth, _)| *depth);
        let paywalled = objects
            .iter()
            .filter(|(_, o)| o.get("isAccessibleForFree").is_some_and(is_false))
            .filter_map(|(_, o)| o.get("cssSelector").and_then(Value::as_str))
            .flat_map(|selectors| selectors.split(','))
            .map(|selector| selector.trim().to_owned())
            .filter(|selector| !selector.is_empty())
            .take(16)
            .collect();
        let objects: Vec<Value> = objects.into_iter().map(|(_, o)| o).collect();
        let is_article = |value: &Value| match value.get("@type") {
            Some(Value::String(t)) => ARTICLE_TYPES.contains(&t.as_str()),
            Some(Value::Array(types)) => {
                types.iter().any(|t| t.as_str().is_some_and(|t| ARTICLE_TYPES.contains(&t)))
            }
            _ => false,
        };
        let Some(article) = objects.iter().find(|o| is_article(o)).or_else(|| {
            objects.iter().find(|o| o.get("headline").is_some() || o.get("datePublished").is_some())
        }) else {
            return Self::default();
        };
        // `{"@id": "#org"}` points at another object of the graph.
        let resolve = |value: &'_ Value| -> Value {
            if let Some(id) = value.get("@id").and_then(Value::as_str)
                && value.get("name").is_none()
                && let Some(found) = objects.iter().find(|o| o.get("@id").and_then(Value::as_str) == Some(id))
            {
                return found.clone();
            }
            value.clone()
        };
        let names = |value: Option<&Value>| -> Option<String> {
            let value = value?;
            let items: Vec<Value> = match value {
                Value::Array(items) => items.iter().map(&resolve).collect(),
                other => vec![resolve(other)],
            };
            let names: Vec<String> = items
                .iter()
                .filter_map(|item| match item {
                    Value::String(s) => Some(s.clone()),
                    other => other.get("name").and_then(Value::as_str).map(str::to_owned),
                })
                .map(|s| collapse_whitespace(&s))
                .filter(|s| !s.is_empty())
                .collect();
            (!names.is_empty()).then(|| names.join(", "))
        };
        let string = |key: &str| {
            article.get(key).and_then(Value::as_str).map(collapse_whitespace).filter(|s| !s.is_empty())
        };
        let url = string("url").or_else(|| match article.get("mainEntityOfPage") {
            Some(Value::String(s)) => Some(s.clone()),
            Some(other) => other.get("@id").and_then(Value::as_str).map(str::to_owned),
            None => None,
        });
        // An author that is an organisation (the publisher, a desk, an agency, "contributors to
        // the wiki") is no byline: a byline names people.
        let publisher = names(article.get("publisher"));
        let is_an_organisation = |value: &Value| {
            let says = |t: &str| t.ends_with("Organization") || t == "Corporation";
            match resolve(value).get("@type") {
                Some(Value::String(t)) => says(t),
                Some(Value::Array(types)) => types.iter().any(|t| t.as_str().is_some_and(says)),
                _ => false,
            }
        };
        let people = article.get("author").map(|author| match author {
            Value::Array(items) => {
                Value::Array(items.iter().filter(|i| !is_an_organisation(i)).cloned().collect())
            }
            other if is_an_organisation(other) => Value::Null,
            other => other.clone(),
        });
        JsonLd {
            headline: string("headline").or_else(|| string("name")),
            author: names(people.as_ref()),
            published: string("datePublished"),
            url,
            publisher,
            paywalled,
            body: article
                .get("articleBody")
                .and_then(Value::as_str)
                .filter(|s| !s.trim().is_empty())
                .map(str::to_owned),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(block: &str) -> JsonLd {
        JsonLd::parse(&[block.to_owned()])
    }

    #[test]
    fn cdata_and_comment_wrappers_are_cut_away() {
        let got = parse("//<![CDATA[\n{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-11-22\"}\n//]]>");
        assert_eq!(got.published.as_deref(), Some("2025-11-22"));
        let got = parse(r#"<!-- {"@type":"BlogPosting","headline":"Caf\u00e9 \u4e16\u754c"} -->"#);
        assert_eq!(got.headline.as_deref(), Some("Café 世界"));
    }

    #[test]
    fn arrays_postings_and_untyped_objects_are_read() {
        let got = parse(
            r#"[{"@type":"BreadcrumbList"},{"@type":"SocialMediaPosting","author":["A B","C D"],"datePublished":"2025-12-07"}]"#,
        );
        assert_eq!(got.author.as_deref(), Some("A B, C D"));
        assert_eq!(got.published.as_deref(), Some("2025-12-07"));
        let got = parse(r#"{"@type":"WebPage","datePublished":"2024-01-02"}"#);
        assert_eq!(got.published.as_deref(), Some("2024-01-02"));
        assert_eq!(parse("not json {").published, None);
    }

    #[test]
    fn an_article_nested_in_a_web_page_is_read_and_a_top_level_one_comes_first() {
        let got = parse(
            r#"{"@graph":[{"@type":"WebSite","name":"Ledger"},{"@type":"WebPage","mainEntity":
                {"@type":"NewsArticle","headline":"Café 世界","datePublished":"2026-10-29","author":{"name":"Ann Lee"}}}]}"#,
        );
        assert_eq!(
            (got.headline.as_deref(), got.published.as_deref(), got.author.as_deref()),
            (Some("Café 世界"), Some("2026-10-29"), Some("Ann Lee"))
        );
        let got = parse(
            r#"{"@type":"NewsArticle","headline":"Main","citation":{"@type":"Article","headline":"Cited"}}"#,
        );
        assert_eq!(got.headline.as_deref(), Some("Main"));
    }

    #[test]
    fn paywalled_parts_are_named_by_their_selectors() {
        let got = parse(
            r#"{"@type":"NewsArticle","isAccessibleForFree":"False","hasPart":[{"@type":"WebPageElement",
                "isAccessibleForFree":"False","cssSelector":".locked, #rest"},{"cssSelector":".free","isAccessibleForFree":true}]}"#,
        );
        assert_eq!(got.paywalled, [".locked", "#rest"]);
    }

    #[test]
    fn an_organisation_as_author_is_no_byline() {
        let got = parse(
            r#"{"@type":"NewsArticle","author":{"@type":"Organization","name":"Daily Ledger"},
                "publisher":{"@type":"NewsMediaOrganization","name":"Daily Ledger"}}"#,
        );
        assert_eq!(got.author, None);
        let got = parse(
            r##"{"@graph":[{"@type":"NewsMediaOrganization","@id":"#org","name":"Ledger"},
                {"@type":"NewsArticle","publisher":{"@id":"#org"},"author":[{"@id":"#org"},{"@type":"Person","name":"Ann Lee"}]}]}"##,
        );
        assert_eq!(got.author.as_deref(), Some("Ann Lee"));
        let got = parse(
            r#"{"@type":"NewsArticle","author":{"@type":"Organization","name":"Metro desk"},"publisher":"Ledger"}"#,
        );
        assert_eq!(got.author, None);
        let got = parse(
            r#"{"@type":"Article","author":[{"@type":"Person","name":"Ann Lee"},{"@type":["Thing","NewsMediaOrganization"],"name":"Wire"}]}"#,
        );
        assert_eq!(got.author.as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn the_declared_article_body_is_kept_with_its_line_breaks() {
        let got = parse(r#"{"@type":"NewsArticle","articleBody":"First line.\n\nSecond  line."}"#);
        assert_eq!(got.body.as_deref(), Some("First line.\n\nSecond  line."));
        assert_eq!(parse(r#"{"@type":"NewsArticle","articleBody":"  "}"#).body, None);
    }
}
