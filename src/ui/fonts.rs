//! Telling the analyst when the article is in a script no installed font can draw (Korean shows
//! as boxes on a machine without CJK fonts), and which package to install. egui's built-in fonts
//! cover Latin, Greek and Cyrillic; eframe finds other scripts among the system fonts.

use std::collections::BTreeSet;

/// A script of the article that no font can draw.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct MissingScript {
    pub script: &'static str,
    /// The Debian/Ubuntu package with a font for it.
    pub package: &'static str,
}

const CJK: &str = "fonts-noto-cjk";
const CORE: &str = "fonts-noto-core";

/// Scripts by Unicode block: (first, last, name, package).
const SCRIPTS: &[(u32, u32, &str, &str)] = &[
    (0x1100, 0x11FF, "Korean (Hangul)", CJK),
    (0x3130, 0x318F, "Korean (Hangul)", CJK),
    (0xAC00, 0xD7AF, "Korean (Hangul)", CJK),
    (0x3040, 0x30FF, "Japanese (kana)", CJK),
    (0x3400, 0x4DBF, "Chinese or Japanese (Han)", CJK),
    (0x4E00, 0x9FFF, "Chinese or Japanese (Han)", CJK),
    (0x0590, 0x05FF, "Hebrew", CORE),
    (0x0600, 0x06FF, "Arabic", CORE),
    (0x0900, 0x097F, "Devanagari", CORE),
    (0x0E00, 0x0E7F, "Thai", CORE),
];

fn script_of(c: char) -> Option<MissingScript> {
    let code = u32::from(c);
    SCRIPTS
        .iter()
        .find(|(first, last, _, _)| (*first..=*last).contains(&code))
        .map(|(_, _, script, package)| MissingScript { script, package })
        .or_else(|| {
            c.is_alphabetic().then_some(MissingScript { script: "part of this article", package: CORE })
        })
}

/// The scripts of `text` with letters that `has_glyph` says no font has. Symbols and emoji are
/// left out: a missing one is a box, not an unreadable article.
pub fn missing_scripts(text: &str, mut has_glyph: impl FnMut(char) -> bool) -> Vec<MissingScript> {
    let distinct: BTreeSet<char> = text.chars().filter(|c| !c.is_ascii() && c.is_alphabetic()).collect();
    let missing: BTreeSet<MissingScript> =
        distinct.into_iter().filter(|c| !has_glyph(*c)).filter_map(script_of).collect();
    missing.into_iter().collect()
}

/// One line for the analyst, naming the scripts and the packages to install.
pub fn hint(missing: &[MissingScript]) -> Option<String> {
    if missing.is_empty() {
        return None;
    }
    let scripts: Vec<&str> = missing.iter().map(|m| m.script).collect::<BTreeSet<_>>().into_iter().collect();
    let packages: Vec<&str> =
        missing.iter().map(|m| m.package).collect::<BTreeSet<_>>().into_iter().collect();
    Some(format!(
        "No installed font can show {} text, so it shows as boxes. Install a font for it (on Debian or \
         Ubuntu: sudo apt-get install {}) and restart Briefsmith.",
        scripts.join(", "),
        packages.join(" ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_scripts_without_fonts_and_their_packages() {
        let text = "Seoul 서울 and Tokyo 東京 (とうきょう), café, Москва 🙂";
        // As if only Latin and Cyrillic had fonts.
        let missing = missing_scripts(text, |c| c.is_ascii() || ('\u{00C0}'..='\u{04FF}').contains(&c));
        let scripts: Vec<&str> = missing.iter().map(|m| m.script).collect();
        assert_eq!(scripts, ["Chinese or Japanese (Han)", "Japanese (kana)", "Korean (Hangul)"]);
        let line = hint(&missing).unwrap();
        assert!(line.contains("sudo apt-get install fonts-noto-cjk)"), "{line}");
        assert!(line.contains("Korean (Hangul)"), "{line}");
    }

    #[test]
    fn nothing_to_say_when_every_letter_has_a_font() {
        assert!(missing_scripts("서울 café", |_| true).is_empty());
        assert_eq!(hint(&[]), None);
        // An emoji without a font is not a missing script.
        assert!(missing_scripts("🙂 ok", |_| false).is_empty());
    }

    #[test]
    fn other_letters_point_to_the_core_fonts() {
        let missing = missing_scripts("שלום ሰላም", |_| false);
        assert!(missing.iter().all(|m| m.package == CORE), "{missing:?}");
        assert_eq!(missing.len(), 2);
    }
}
