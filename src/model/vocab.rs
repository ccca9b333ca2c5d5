//! The closed vocabularies an analyst picks from: actor kinds, threat categories, severity,
//! ICD 203 likelihood, Admiralty grading and TLP 2.0. Each has a stable machine name (used in
//! session files, on the command line and in templates) and a human label.
//!
//! Background: `BRIEF_FORMATS.md` in the shared material; the scales follow STANAG 2511
//! (Admiralty), ICD 203 (likelihood) and FIRST TLP 2.0.

use serde::{Deserialize, Serialize};

/// A closed list of values with a machine name and a label.
pub trait Vocabulary: Sized + Copy + 'static {
    /// Every value, in the order a picker shows them.
    const ALL: &'static [Self];
    /// The stable name used in files, templates and on the command line.
    fn name(self) -> &'static str;
    /// The words shown to a person.
    fn label(self) -> &'static str;

    /// Parses a machine name or a label, ignoring case, spaces, hyphens and underscores.
    fn parse(input: &str) -> Option<Self> {
        let key = vocab_key(input);
        Self::ALL.iter().copied().find(|v| vocab_key(v.name()) == key || vocab_key(v.label()) == key)
    }

    /// The accepted names, for error messages.
    fn names() -> String {
        Self::ALL.iter().map(|v| v.name()).collect::<Vec<_>>().join(", ")
    }
}

fn vocab_key(s: &str) -> String {
    // "green" names TLP:GREEN as well as the full marking does.
    let s = s.trim();
    let s = match (s.get(..4), s.get(4..)) {
        (Some(scheme), Some(rest)) if !rest.is_empty() && scheme.eq_ignore_ascii_case("tlp:") => rest,
        _ => s,
    };
    s.chars().filter(|c| !matches!(c, ' ' | '-' | '_' | '/' | ',')).flat_map(char::to_lowercase).collect()
}

macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $name:ident { $( $(#[$vmeta:meta])* $variant:ident => ($machine:literal, $label:literal) ),+ $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $machine)] $variant ),+
        }

        impl $name {
            /// The stable name used in files, templates and on the command line.
            pub fn name(self) -> &'static str {
                match self { $( Self::$variant => $machine ),+ }
            }
            /// The words shown to a person.
            pub fn label(self) -> &'static str {
                match self { $( Self::$variant => $label ),+ }
            }
        }

        impl Vocabulary for $name {
            const ALL: &'static [Self] = &[ $( Self::$variant ),+ ];
            fn name(self) -> &'static str {
                $name::name(self)
            }
            fn label(self) -> &'static str {
                $name::label(self)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.label())
            }
        }

        impl std::str::FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                <Self as Vocabulary>::parse(s).ok_or_else(|| {
                    format!("'{s}' is not one of: {}", <Self as Vocabulary>::names())
                })
            }
        }
    };
}

vocabulary! {
    /// What kind of entity an actor is.
    #[derive(Default)]
    ActorKind {
        Person => ("person", "Person"),
        State => ("state", "State or government"),
        ArmedForces => ("armed-forces", "Military or armed forces"),
        ArmedGroup => ("armed-group", "Armed non-state group"),
        InternationalOrg => ("international-org", "International organisation"),
        Organisation => ("organisation", "Organisation"),
        Media => ("media", "Media"),
        #[default]
        Other => ("other", "Other"),
    }
}

vocabulary! {
    /// What sort of danger a threat is (after ACLED event types and CAMEO codes).
    #[derive(Default)]
    ThreatCategory {
        MilitaryDeployment => ("military", "Military force and deployment"),
        WeaponsTest => ("weapons-test", "Missile or weapons test"),
        Nuclear => ("nuclear-wmd", "Nuclear / WMD"),
        ArmedAttack => ("armed-attack", "Armed attack or violence against civilians"),
        Cyber => ("cyber", "Cyber attack"),
        Terrorism => ("terrorism", "Terrorism"),
        Coercion => ("coercion", "Coercion, sanctions or ultimatum"),
        Instability => ("instability", "Political instability"),
        Economic => ("economic", "Economic or supply disruption"),
        #[default]
        Other => ("other", "Other"),
    }
}

vocabulary! {
    /// How bad it would be. Ordered from least to most severe.
    #[derive(Default)]
    Severity {
        Low => ("low", "Low"),
        #[default]
        Moderate => ("moderate", "Moderate"),
        High => ("high", "High"),
        Critical => ("critical", "Critical"),
    }
}

vocabulary! {
    /// ICD 203 likelihood words (first row of the standard), least to most likely.
    Likelihood {
        AlmostNoChance => ("almost-no-chance", "almost no chance"),
        VeryUnlikely => ("very-unlikely", "very unlikely"),
        Unlikely => ("unlikely", "unlikely"),
        RoughlyEven => ("roughly-even", "roughly even chance"),
        Likely => ("likely", "likely"),
        VeryLikely => ("very-likely", "very likely"),
        AlmostCertain => ("almost-certain", "almost certain"),
    }
}

impl Likelihood {
    /// The probability band the word stands for, as ICD 203 gives it.
    pub fn band(self) -> &'static str {
        match self {
            Self::AlmostNoChance => "1–5 %",
            Self::VeryUnlikely => "5–20 %",
            Self::Unlikely => "20–45 %",
            Self::RoughlyEven => "45–55 %",
            Self::Likely => "55–80 %",
            Self::VeryLikely => "80–95 %",
            Self::AlmostCertain => "95–99 %",
        }
    }
}

vocabulary! {
    /// How much the analyst trusts a judgment's basis (ICD 203 analytic confidence), low to high.
    Confidence {
        Low => ("low", "low confidence"),
        Moderate => ("moderate", "moderate confidence"),
        High => ("high", "high confidence"),
    }
}

vocabulary! {
    /// Admiralty source reliability, A (completely reliable) to F (cannot be judged).
    Reliability {
        A => ("A", "completely reliable"),
        B => ("B", "usually reliable"),
        C => ("C", "fairly reliable"),
        D => ("D", "not usually reliable"),
        E => ("E", "unreliable"),
        F => ("F", "reliability cannot be judged"),
    }
}

vocabulary! {
    /// Admiralty information credibility, 1 (confirmed) to 6 (cannot be judged).
    Credibility {
        Confirmed => ("1", "confirmed by other sources"),
        ProbablyTrue => ("2", "probably true"),
        PossiblyTrue => ("3", "possibly true"),
        Doubtful => ("4", "doubtful"),
        Improbable => ("5", "improbable"),
        CannotBeJudged => ("6", "truth cannot be judged"),
    }
}

vocabulary! {
    /// Traffic Light Protocol 2.0 markings.
    Tlp {
        Red => ("TLP:RED", "TLP:RED (named recipients only)"),
        AmberStrict => ("TLP:AMBER+STRICT", "TLP:AMBER+STRICT (recipient's organisation only)"),
        Amber => ("TLP:AMBER", "TLP:AMBER (organisation and clients, need to know)"),
        Green => ("TLP:GREEN", "TLP:GREEN (community, not public channels)"),
        Clear => ("TLP:CLEAR", "TLP:CLEAR (no limit)"),
    }
}

vocabulary! {
    /// Whether a note informs or asks for a decision.
    #[derive(Default)]
    NoteType {
        #[default]
        ForInformation => ("for-information", "For information"),
        ForDecision => ("for-decision", "For decision"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_machine_names_and_labels_loosely() {
        assert_eq!(Severity::parse("HIGH"), Some(Severity::High));
        assert_eq!(Likelihood::parse("roughly even chance"), Some(Likelihood::RoughlyEven));
        assert_eq!(Likelihood::parse("very_likely"), Some(Likelihood::VeryLikely));
        assert_eq!(ActorKind::parse("State or government"), Some(ActorKind::State));
        assert_eq!(ThreatCategory::parse("nuclear-wmd"), Some(ThreatCategory::Nuclear));
        assert_eq!(Tlp::parse("tlp:amber+strict"), Some(Tlp::AmberStrict));
        assert_eq!(Tlp::parse("green"), Some(Tlp::Green));
        assert_eq!(Reliability::parse("b"), Some(Reliability::B));
        assert_eq!(Credibility::parse("2"), Some(Credibility::ProbablyTrue));
        assert_eq!(Severity::parse("apocalyptic"), None);
    }

    #[test]
    fn parsing_any_text_is_an_error_never_a_panic() {
        // Multi-byte characters across the fourth byte once panicked in the "tlp:" check.
        for input in ["日本語", "tlp:", "TLP:日本", "ab🙂", "é€x", "\u{301}abc", "", "    "] {
            assert_eq!(Tlp::parse(input), None, "{input}");
            assert_eq!(Severity::parse(input), None, "{input}");
            assert!(input.parse::<NoteType>().is_err(), "{input}");
        }
        assert_eq!(Tlp::parse("TLP:red"), Some(Tlp::Red));
    }

    #[test]
    fn from_str_error_lists_the_accepted_names() {
        let err = "huge".parse::<Severity>().unwrap_err();
        assert!(err.contains("low, moderate, high, critical"), "{err}");
    }

    #[test]
    fn serde_uses_machine_names() {
        assert_eq!(serde_json::to_string(&ThreatCategory::WeaponsTest).unwrap(), "\"weapons-test\"");
        assert_eq!(serde_json::to_string(&Tlp::AmberStrict).unwrap(), "\"TLP:AMBER+STRICT\"");
        let back: Credibility = serde_json::from_str("\"3\"").unwrap();
        assert_eq!(back, Credibility::PossiblyTrue);
    }

    #[test]
    fn severity_orders_from_low_to_critical() {
        assert!(Severity::Low < Severity::Moderate);
        assert!(Severity::High < Severity::Critical);
    }
}
