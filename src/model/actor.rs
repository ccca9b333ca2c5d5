//! The actor registry: one entry per real-world actor, however many surface forms the articles use.
//! "Pyongyang", "DPRK" and "North Korea" are aliases of one actor; each tagged occurrence is a
//! mention (a tag whose body points at the actor), so mentions are never stored twice.

use serde::{Deserialize, Serialize};

use super::vocab::ActorKind;

/// A stable identifier of an actor within a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ActorId(pub u64);

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    pub id: ActorId,
    /// The canonical name shown in briefs ("North Korea").
    pub name: String,
    #[serde(default)]
    pub kind: ActorKind,
    /// Other surface forms, sorted and without the canonical name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Actor {
    pub fn new(id: ActorId, name: impl Into<String>, kind: ActorKind) -> Self {
        Self { id, name: name.into(), kind, aliases: Vec::new(), note: String::new() }
    }

    /// Adds a surface form unless it is the name or already an alias (compared loosely).
    /// Returns whether it was added.
    pub fn add_alias(&mut self, alias: &str) -> bool {
        let alias = alias.trim();
        if alias.is_empty() || self.answers_to(alias) {
            return false;
        }
        self.aliases.push(alias.to_owned());
        self.aliases.sort_by_key(|a| name_key(a));
        true
    }

    /// Whether `name` is this actor's name or one of its aliases, compared loosely (case, curly
    /// apostrophes, a leading "the", a possessive "'s", dots and extra spaces are ignored).
    pub fn answers_to(&self, name: &str) -> bool {
        let key = name_key(name);
        !key.is_empty() && (name_key(&self.name) == key || self.aliases.iter().any(|a| name_key(a) == key))
    }

    /// The name and every alias.
    pub fn all_names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

/// The key under which two surface forms count as the same name.
pub fn name_key(name: &str) -> String {
    let lowered: String = name
        .trim()
        .chars()
        .map(|c| match c {
            '’' | '‘' => '\'',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect();
    let lowered = lowered.strip_suffix("'s").unwrap_or(&lowered);
    let cleaned: String = lowered.chars().filter(|c| *c != '.' && *c != '\'').collect();
    let words: Vec<&str> = cleaned.split_whitespace().collect();
    let words = match words.first() {
        Some(&"the") if words.len() > 1 => &words[1..],
        _ => &words[..],
    };
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_key_ignores_case_articles_possessives_and_dots() {
        assert_eq!(name_key("the U.S."), "us");
        assert_eq!(name_key("Pyongyang’s"), "pyongyang");
        assert_eq!(name_key("  North   Korea "), "north korea");
        assert_eq!(name_key("The"), "the");
    }

    #[test]
    fn aliases_are_deduplicated_loosely_and_sorted() {
        let mut actor = Actor::new(ActorId(1), "North Korea", ActorKind::State);
        assert!(actor.add_alias("Pyongyang"));
        assert!(actor.add_alias("DPRK"));
        assert!(!actor.add_alias("the DPRK"));
        assert!(!actor.add_alias("north korea"));
        assert!(!actor.add_alias("  "));
        assert_eq!(actor.aliases, ["DPRK", "Pyongyang"]);
        assert!(actor.answers_to("Pyongyang's"));
        assert!(!actor.answers_to("Seoul"));
    }
}
