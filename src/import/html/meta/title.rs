//! The title without the site's name, and the name a copyright line gives.

use super::super::tree::{NodeData, Page};
use crate::model::text::collapse_whitespace;

const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " — ", " – ", " :: ", " · ", " » ", "_", "｜"];

impl Page {
    /// The names the page gives its site or publisher (`og:site_name`, `application-name`, the
    /// copyright line's holder), lower case: "About Quillon Robotics" over a company's press
    /// release heads its boilerplate.
    pub(in super::super) fn publisher_names(&self) -> Vec<String> {
        let metas =
            self.head.metas.iter().filter(|(k, _)| matches!(k.as_str(), "og:site_name" | "application-name"));
        metas
            .map(|(_, v)| collapse_whitespace(v))
            .chain(self.copyright_holder())
            .map(|name| name.to_lowercase())
            .filter(|name| !name.is_empty())
            .collect()
    }

    /// The name a copyright line gives ("© 2026 Millbrook Courier, Inc. All rights reserved.",
    /// "Copyright 2019–2026 The Ledger"): the capitalised words after the sign or the word and the
    /// years, up to a comma, a full stop, a bar or a company suffix. The first such line of the page.
    pub(super) fn copyright_holder(&self) -> Option<String> {
        self.nodes.iter().find_map(|node| match &node.data {
            NodeData::Text(text) => holder_in_copyright_line(text),
            _ => None,
        })
    }
}

/// The holder named in one copyright line, if `text` is one (see [`Page::copyright_holder`]).
fn holder_in_copyright_line(text: &str) -> Option<String> {
    const MAX_HOLDER_WORDS: usize = 6;
    let text = collapse_whitespace(text);
    let after = ["©", "(c)", "(C)", "Copyright", "copyright"]
        .iter()
        .filter_map(|mark| text.find(mark).map(|at| (at, mark.len())))
        .min()
        .and_then(|(at, len)| text.get(at + len..))?;
    let mut words = Vec::new();
    for word in after.split_whitespace() {
        let bare = word.trim_end_matches([',', '.', '|', ';']);
        let ends = bare.len() != word.len();
        let year = bare.chars().all(|c| c.is_ascii_digit() || matches!(c, '-' | '–' | '—'));
        let mark = ["©", "(c)", "(C)"].contains(&bare) || bare.eq_ignore_ascii_case("copyright");
        if words.is_empty() && (year || mark) {
            continue;
        }
        let suffix = ["Inc", "Ltd", "LLC", "GmbH", "S.A", "All"].contains(&bare);
        if bare.is_empty() || suffix || year {
            break;
        }
        words.push(bare);
        if ends || words.len() > MAX_HOLDER_WORDS {
            break;
        }
    }
    let starts_capitalised = words.first()?.chars().next().is_some_and(|c| !c.is_lowercase());
    (starts_capitalised && words.len() <= MAX_HOLDER_WORDS).then(|| words.join(" "))
}

/// "Headline | Outlet" → "Headline" (see the module docs).
pub(in super::super) fn strip_site_name(title: &str, outlet: &str, headline: Option<&str>) -> String {
    let title = title.trim();
    if let Some(headline) = headline
        && let Some(inner) = headline_between_separators(title, headline)
    {
        return inner;
    }
    let same =
        |a: &str, b: &str| collapse_whitespace(a).to_lowercase() == collapse_whitespace(b).to_lowercase();
    for separator in TITLE_SEPARATORS {
        let parts: Vec<&str> = title.split(separator).map(str::trim).collect();
        if parts.len() < 2 {
            continue;
        }
        if let Some(headline) = headline
            && let Some(part) = parts.iter().find(|p| same(p, headline))
        {
            return (*part).to_owned();
        }
        let outlet_lower = outlet.trim().to_lowercase();
        if !outlet_lower.is_empty() {
            let names_outlet = |part: &str| {
                let part = part.to_lowercase();
                part == outlet_lower || part.starts_with(&outlet_lower) || outlet_lower.starts_with(&part)
            };
            // Only the parts at either end can be the site's name.
            let mut kept: &[&str] = &parts;
            while let [rest @ .., last] = kept
                && !rest.is_empty()
                && names_outlet(last)
            {
                kept = rest;
            }
            while let [first, rest @ ..] = kept
                && !rest.is_empty()
                && names_outlet(first)
            {
                kept = rest;
            }
            if kept.len() < parts.len() {
                return kept.join(separator);
            }
        }
    }
    title.to_owned()
}

/// The headline when the title is the headline with labels or names around it, each set off by a
/// separator or a colon ("Press release: Headline | Ministry", "Blog name: Headline").
fn headline_between_separators(title: &str, headline: &str) -> Option<String> {
    const SEPARATOR_CHARS: &[char] = &['|', '-', '—', '–', ':', '：', '·', '»', '_', '｜'];
    let title = collapse_whitespace(title);
    let headline = collapse_whitespace(headline);
    if headline.chars().count() < 8 || title == headline {
        return None;
    }
    let at = title.find(headline.as_str())?;
    let before = title.get(..at)?.trim_end();
    let after = title.get(at + headline.len()..)?.trim_start();
    let set_off = |edge: Option<char>| edge.is_none_or(|c| SEPARATOR_CHARS.contains(&c));
    (set_off(before.chars().last()) && set_off(after.chars().next())).then_some(headline)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copyright_line_names_its_holder() {
        let holder = |line: &str| holder_in_copyright_line(line);
        assert_eq!(
            holder("Copyright © 2031 Fernhill Gazette, Inc. All rights reserved.").as_deref(),
            Some("Fernhill Gazette")
        );
        assert_eq!(holder("© 2019–2031 The Lantern | Privacy").as_deref(), Some("The Lantern"));
        assert_eq!(holder("(c) Riverside Echo Ltd").as_deref(), Some("Riverside Echo"));
        assert_eq!(holder("Photo © Jo Pike").as_deref(), Some("Jo Pike"));
        assert_eq!(holder("No mark in this footer line"), None);
        assert_eq!(holder("© 2031 all rights reserved"), None);
        assert_eq!(holder("copyright law changed in the year the mill closed down for good"), None);
    }

    #[test]
    fn titles_lose_the_site_name() {
        assert_eq!(strip_site_name("Cable cut | The Ledger", "The Ledger", None), "Cable cut");
        assert_eq!(strip_site_name("Cable cut - Valley Courier News", "Valley Courier", None), "Cable cut");
        assert_eq!(
            strip_site_name("Education | Cable cut | Herald Online", "", Some("Cable cut")),
            "Cable cut"
        );
        assert_eq!(strip_site_name("公共交通_城市日报", "", Some("公共交通")), "公共交通");
        // Nothing says which part is the site: kept whole.
        assert_eq!(strip_site_name("Cable cut | Ledger", "", None), "Cable cut | Ledger");
        // A label before the headline goes with the site's name, whatever the separator.
        assert_eq!(
            strip_site_name(
                "Press release: Bridge loan approved | Ministry",
                "",
                Some("Bridge loan approved")
            ),
            "Bridge loan approved"
        );
        assert_eq!(
            strip_site_name("Mending: Café 世界 reopens", "", Some("Café 世界 reopens")),
            "Café 世界 reopens"
        );
        // A headline that is only part of a title's phrase is not cut out of it.
        assert_eq!(
            strip_site_name("Why the bridge loan approved today matters", "", Some("bridge loan approved")),
            "Why the bridge loan approved today matters"
        );
        // A headline with a dash in it stays whole.
        assert_eq!(
            strip_site_name("Hamas - Israel talks resume", "Ledger", None),
            "Hamas - Israel talks resume"
        );
    }
}
