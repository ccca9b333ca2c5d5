//! Which heading is the article's headline: the first `<h1>` outside the furniture, unless it is
//! the site's name in a banner and a smaller heading holds the title's topic.

use super::super::tree::{Element, Page};
use super::MAX_HEADLINE_CHARS;

impl Page {
    pub(super) fn first_text_of(
        &self,
        dropped: &[bool],
        wanted: impl Fn(&Element) -> bool,
    ) -> Option<String> {
        (1..self.nodes.len())
            .filter(|&id| !dropped[id] && self.element(id).is_some_and(&wanted))
            .filter_map(|id| self.short_text_of(id, MAX_HEADLINE_CHARS))
            .find(|text| !text.is_empty())
    }

    /// On a page without an `<h1>`: the first `<h2>` or `<h3>` whose text the page's `<title>` or
    /// OpenGraph title holds, which is the headline set in a smaller heading.
    pub(super) fn headline_in_title(&self, dropped: &[bool]) -> Option<String> {
        let titles: Vec<String> = self
            .head
            .title
            .iter()
            .chain(self.head.metas.iter().filter(|(key, _)| key == "og:title").map(|(_, value)| value))
            .map(|title| crate::model::text::collapse_whitespace(title))
            .collect();
        (1..self.nodes.len())
            .filter(|&id| !dropped[id] && self.element(id).is_some_and(|e| matches!(&*e.name, "h2" | "h3")))
            .filter_map(|id| self.short_text_of(id, MAX_HEADLINE_CHARS))
            .map(|text| crate::model::text::collapse_whitespace(&text))
            .find(|text| {
                text.chars().count() >= 8 && titles.iter().any(|title| title.contains(text.as_str()))
            })
    }

    /// Whether the first `<h1>` outside the furniture sits in the page's banner: an ancestor's
    /// class or id says header, masthead, logo, brand or site ("headerbar", "site-description").
    pub(super) fn h1_sits_in_a_banner(&self, dropped: &[bool]) -> bool {
        const BANNER_WORDS: &[&str] = &["header", "masthead", "banner", "logo", "brand", "site"];
        let Some(h1) = (1..self.nodes.len())
            .find(|&id| !dropped[id] && self.element(id).is_some_and(|e| &*e.name == "h1"))
        else {
            return false;
        };
        let mut current = h1;
        for _ in 0..6 {
            if current == 0 {
                break;
            }
            if self
                .element(current)
                .is_some_and(|e| e.hint_words.iter().any(|w| BANNER_WORDS.iter().any(|b| w.contains(b))))
            {
                return true;
            }
            current = self.nodes[current].parent;
        }
        false
    }

    /// Whether the page's `<title>` starts or ends with `site` set off by a separator and holds
    /// `headline` elsewhere.
    pub(super) fn title_sets_off_site_name(&self, site: &str, headline: &str) -> bool {
        let Some(title) = self.head.title.as_deref().map(crate::model::text::collapse_whitespace) else {
            return false;
        };
        let site = crate::model::text::collapse_whitespace(site);
        if site.is_empty() || site.contains(headline) || headline.contains(site.as_str()) {
            return false;
        }
        let set_off = |c: Option<char>| c.is_some_and(|c| !c.is_alphanumeric() && !c.is_whitespace());
        let at_start = title
            .strip_prefix(site.as_str())
            .is_some_and(|rest| set_off(rest.trim_start().chars().next()) && rest.contains(headline));
        let at_end = title
            .strip_suffix(site.as_str())
            .is_some_and(|rest| set_off(rest.trim_end().chars().last()) && rest.contains(headline));
        at_start || at_end
    }
}
