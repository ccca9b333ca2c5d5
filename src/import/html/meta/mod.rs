//! A page's metadata: title, byline, publication date, outlet and URL.
//!
//! Each field takes the first good value from its sources, best first: JSON-LD, then `<meta>` tags
//! (OpenGraph, Dublin Core, and the publishers' own names for a publication date), then the page
//! itself (`<title>`, `<h1>`, `<time>`, the byline). Every value is cleaned:
//! - the **title** loses the site's name ("Headline | Outlet", "Section | Headline | Site",
//!   "标题_网站"): the part that is the page's `<h1>` is kept, or else the parts naming the outlet
//!   are dropped;
//! - the **byline** becomes a list of names: "By", "Posted by", "Von", "Par"… go, and so do dates,
//!   times, job titles ("Staff Writer", "기자") and e-mail addresses; a text that is still over
//!   [`MAX_BYLINE_CHARS`], or holds no name, is not a byline, and the next source is tried;
//! - the **date** is taken as the page gives it (ISO 8601 in nearly every source).
//!
//! Split by concern: [`byline`] (names from a byline's text), [`dates`] (days written in the
//! page or its address) and [`title`] (the site's name out of the title).

mod byline;
mod dates;
mod title;

pub(super) use byline::{
    MAX_BYLINE_CHARS, clean_byline, ends_with_uncased_title, signoff_byline, signoff_parts,
    starts_with_byline_prefix,
};
use byline::{is_user_name, photographers, reporter_in_lead};
use dates::normalise_date;
pub(super) use dates::{day_in_text, day_in_url};
use title::strip_site_name;

use super::extract::Article;
use super::jsonld::JsonLd;
use super::tree::Page;
use crate::model::SourceMeta;
use crate::model::text::collapse_whitespace;

/// `<meta>` names of the publication date, in order of trust.
const DATE_KEYS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "citation_publication_date",
    "parsely-pub-date",
    "sailthru.date",
    "date",
];

impl Page {
    pub(super) fn metadata(&self, article: &Article, json_ld: &JsonLd) -> SourceMeta {
        let meta_value = |keys: &[&str]| {
            keys.iter().find_map(|key| {
                self.head
                    .metas
                    .iter()
                    .find(|(k, v)| k == key && !v.trim().is_empty())
                    .map(|(_, v)| collapse_whitespace(v))
            })
        };
        let outlet = meta_value(&["og:site_name"])
            .or_else(|| json_ld.publisher.clone())
            .or_else(|| meta_value(&["application-name", "dc.publisher", "publisher"]))
            .unwrap_or_default();
        // A label such as "live" leaves the title only when the page's own headline (its `<h1>` or
        // JSON-LD headline) is written without it: a headline that says "Live: …" keeps it.
        let headlines = [article.headline.as_deref(), json_ld.headline.as_deref()];
        // With no outlet named in the metadata, the holder of the page's copyright line may name
        // the site in its title ("Courier - Headline" over "© 2026 Courier, Inc."); it is used
        // for the title only, not given as the outlet.
        let title_outlet =
            if outlet.is_empty() { self.copyright_holder().unwrap_or_default() } else { outlet.clone() };
        let clean_title = |title: String| {
            let title = strip_site_name(&title, &title_outlet, article.headline.as_deref());
            let unlabelled = super::words::WORDS.without_title_labels(&title);
            let same = |a: &str, b: &str| {
                collapse_whitespace(a).to_lowercase() == collapse_whitespace(b).to_lowercase()
            };
            if unlabelled != title && headlines.iter().flatten().any(|h| same(h, &unlabelled)) {
                unlabelled
            } else {
                title
            }
        };
        // The headline the reader sees comes first: a social or SEO title (og:title) is often
        // shorter or reworded. A heading of one or two words may be a section's or the site's.
        let visible =
            article.headline.clone().filter(|h| h.split_whitespace().count() >= 3 || h.chars().count() >= 12);
        let title = visible
            .or_else(|| meta_value(&["og:title"]))
            .or_else(|| json_ld.headline.clone())
            .or_else(|| meta_value(&["twitter:title", "dc.title", "citation_title"]))
            .or_else(|| self.head.title.as_deref().map(collapse_whitespace))
            .map(clean_title)
            .filter(|t| !t.is_empty())
            .or_else(|| article.headline.clone())
            .unwrap_or_default();
        let author = json_ld
            .author
            .iter()
            .chain(self.citation_authors().iter())
            .chain(
                meta_value(&[
                    "author",
                    "article:author",
                    "dc.creator",
                    "parsely-author",
                    "sailthru.author",
                    "byl",
                ])
                .filter(|a| !a.starts_with("http"))
                .iter(),
            )
            .find_map(|a| clean_byline(a, false))
            .or_else(|| article.bylines.iter().find_map(|b| clean_byline(b, true)))
            .unwrap_or_default();
        // A forum's metadata names the poster by a user name; the page shows the full name too.
        let author =
            if is_user_name(&author) { self.full_name_of(&author).unwrap_or(author) } else { author };
        // A reporter named only in the lead's opening bracket ("【本報記者林雅婷／南投報導】").
        let author = if author.is_empty() {
            article.paragraphs.iter().take(3).find_map(|p| reporter_in_lead(p)).unwrap_or_default()
        } else {
            author
        };
        // The metadata may list the photographer the page's byline marks as such ("(fotos)").
        let photographers: Vec<String> = article.bylines.iter().flat_map(|b| photographers(b)).collect();
        let author = if photographers.is_empty() {
            author
        } else {
            let kept: Vec<&str> =
                author.split(", ").filter(|name| !photographers.iter().any(|p| p == name)).collect();
            if kept.is_empty() { author } else { kept.join(", ") }
        };
        let published = json_ld
            .published
            .clone()
            .or_else(|| meta_value(DATE_KEYS))
            .or_else(|| self.publication_meta())
            .or_else(|| article.published_line.clone())
            .or_else(|| article.time.clone())
            .or_else(|| article.page_date.clone())
            .map(|date| normalise_date(&date));
        let urls = [
            self.head.canonical.clone().filter(|u| !u.is_empty()),
            meta_value(&["og:url"]),
            json_ld.url.clone(),
        ];
        // Failing all of those, the day many sites write into the article's address.
        let published =
            published.or_else(|| urls.iter().flatten().find_map(|u| day_in_url(u))).unwrap_or_default();
        let url = urls.into_iter().flatten().next().unwrap_or_default();
        SourceMeta { title, outlet, author, published, url, ..SourceMeta::default() }
    }

    /// The scholarly `citation_author` tags (one per author, often "Surname, Given"), as one
    /// byline "Given Surname, Given Surname".
    fn citation_authors(&self) -> Option<String> {
        let names: Vec<String> = self
            .head
            .metas
            .iter()
            .filter(|(key, value)| key == "citation_author" && !value.trim().is_empty())
            .map(|(_, value)| surname_last(&collapse_whitespace(value)))
            .collect();
        (!names.is_empty()).then(|| names.join(", "))
    }

    /// A `<meta>` whose name says "first published" or "published at" in a site's own words
    /// ("govex:first-published-at"), never "modified" or "updated".
    fn publication_meta(&self) -> Option<String> {
        self.head
            .metas
            .iter()
            .find(|(key, value)| {
                (key.contains("published") || key.contains("publication") || key.contains("issued"))
                    && !key.contains("modified")
                    && !key.contains("updated")
                    && value.trim().starts_with(|c: char| c.is_ascii_digit())
            })
            .map(|(_, value)| collapse_whitespace(value))
    }
}

/// "Haddad, Amira" → "Amira Haddad"; a name without exactly one comma is kept as it is.
fn surname_last(name: &str) -> String {
    match name.split_once(',') {
        Some((surname, given)) if !given.contains(',') && !given.trim().is_empty() => {
            format!("{} {}", given.trim(), surname.trim())
        }
        _ => name.to_owned(),
    }
}
