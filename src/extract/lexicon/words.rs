//! The named word lists the rules consult ([`Words`], one `[section]` of a rule-words file each)
//! and the abbreviations that keep their dot, which the tokenizer reads.

use super::*;

/// A named list of words that a rule consults, one `[section]` of a file in `assets/lexicon/`
/// (`actor-rules.txt`, `quote-rules.txt`, `date-and-figure-rules.txt`, `threat-rules.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Words {
    LocativePrepositions,
    AddressPrepositions,
    Quantifiers,
    AttributiveNouns,
    DefiniteReferenceFollowers,
    NameParticles,
    CreditVerbs,
    VerbLike,
    PhraseLinks,
    AppositiveOpeners,
    AttributiveSuffixes,
    RegistrySuffixes,
    GenericForceWords,
    VagueTitles,
    OrgNouns,
    CompanyNameEndings,
    CompanyReferences,
    UnnamedSpeakers,
    LabelIntroducers,
    AccordingToEnders,
    AddresseeVerbs,
    SubjectBreakers,
    ClauseBreakers,
    SpeakerDeterminers,
    VerbLeadIns,
    MalePronouns,
    FemalePronouns,
    MaleTitles,
    FemaleTitles,
    ObjectPrepositions,
    Months,
    Weekdays,
    PartsOfDay,
    RelativeUnits,
    RelativeWords,
    RelativeDeterminers,
    RelativeShifts,
    MonthIntroducers,
    YearRangeWords,
    Qualifiers,
    Magnitudes,
    TimeWords,
    CountWords,
    CountedAdjectives,
    NotCounted,
    DiplomacyWords,
    Negations,
    Refusals,
    Countermeasures,
    PastModifiers,
    SceneSetters,
    ClauseOpeners,
    NoveltyWords,
    HoldingVerbs,
    DetaineeWords,
    SummarySkips,
    WorkNouns,
    WorkOwners,
    TitleFunctionWords,
    Subordinators,
    IrregularPast,
    Auxiliaries,
    ClauseConjunctions,
    LyNouns,
    AnaphoricWords,
    JaSpeechVerbs,
    JaTopicParticles,
    JaNonSpeakers,
    KoQuoteEndings,
    KoSpeechVerbs,
    KoTopicEndings,
    KoNonSpeakers,
    ZhSpeechVerbs,
    ZhTimeWords,
    KoParticles,
    KoOrgEndings,
    CjkPersonTitles,
    CjkForceSuffixes,
    CjkOrgSuffixes,
    CjkStateSuffixes,
    CjkStates,
    CjkPlaceSuffixes,
    CjkDateUnits,
    RoleOfPrepositions,
    ForcePlatforms,
    HypotheticalDeterminers,
    IrregularParticiples,
    NamingVerbs,
    SelfNamingVerbs,
    OrgActivityVerbs,
    SettlementNouns,
    AcronymNouns,
    SeatedInstitutions,
    SpokespersonNouns,
    BranchHeads,
    MotionVerbs,
    TopicNouns,
    PlaceNameEndings,
    KinNouns,
    ArmedGroupReferences,
    InvertibleHeads,
    SurnameNouns,
    NationalForceWords,
    PossessiveNameWords,
    PoliticalWords,
    SecurityFields,
    MoneyWords,
    LabourWords,
    PoliticalModifiers,
    TargetPrepositions,
    ObjectBreakers,
    RelativePronouns,
    PossessiveDeterminers,
    NotParticipleSubjects,
    FindingVerbs,
    RetortVerbs,
    SeizingVerbs,
    StandingCues,
    DamageVerbs,
    InfrastructureNouns,
    EventCategories,
    DatingWords,
    NewEventWords,
    PerfectAuxiliaries,
    RequestVerbs,
    FieldNouns,
    RisingWords,
    DangerNouns,
    DenialVerbs,
    DenialBreakers,
    DismissalWords,
    SeemingVerbs,
    PoliceNouns,
    SeizedPower,
    UnitWords,
    SameWords,
    ReferenceNouns,
    HabitualWords,
    IncursionWords,
    SovereignZones,
    RiskFamilies,
    HarmFamilies,
    AgentPronouns,
    ObservationNouns,
    ResponseVerbs,
    ArrestVerbs,
    ChargePrepositions,
    DroneWords,
    SightingVerbs,
    ProbingVerbs,
    NetworkNouns,
    ConditionWords,
    FigurativeWarTargets,
    TimeNouns,
    CountedFamilies,
    ContinuingSubjects,
    ForceNouns,
    LabellingVerbs,
    AnonymityWords,
    BurningVerbs,
    DwellingNouns,
}

impl Words {
    /// Every list with its section name, in the order of the enum.
    pub const ALL: &[(Words, &str)] = &[
        (Words::LocativePrepositions, "locative-prepositions"),
        (Words::AddressPrepositions, "address-prepositions"),
        (Words::Quantifiers, "quantifiers"),
        (Words::AttributiveNouns, "attributive-nouns"),
        (Words::DefiniteReferenceFollowers, "definite-reference-followers"),
        (Words::NameParticles, "name-particles"),
        (Words::CreditVerbs, "credit-verbs"),
        (Words::VerbLike, "verb-like"),
        (Words::PhraseLinks, "phrase-links"),
        (Words::AppositiveOpeners, "appositive-openers"),
        (Words::AttributiveSuffixes, "attributive-suffixes"),
        (Words::RegistrySuffixes, "registry-suffixes"),
        (Words::GenericForceWords, "generic-force-words"),
        (Words::VagueTitles, "vague-titles"),
        (Words::OrgNouns, "org-nouns"),
        (Words::CompanyNameEndings, "company-name-endings"),
        (Words::CompanyReferences, "company-references"),
        (Words::UnnamedSpeakers, "unnamed-speakers"),
        (Words::LabelIntroducers, "label-introducers"),
        (Words::AccordingToEnders, "according-to-enders"),
        (Words::AddresseeVerbs, "addressee-verbs"),
        (Words::SubjectBreakers, "subject-breakers"),
        (Words::ClauseBreakers, "clause-breakers"),
        (Words::SpeakerDeterminers, "speaker-determiners"),
        (Words::VerbLeadIns, "verb-lead-ins"),
        (Words::MalePronouns, "male-pronouns"),
        (Words::FemalePronouns, "female-pronouns"),
        (Words::MaleTitles, "male-titles"),
        (Words::FemaleTitles, "female-titles"),
        (Words::ObjectPrepositions, "object-prepositions"),
        (Words::Months, "months"),
        (Words::Weekdays, "weekdays"),
        (Words::PartsOfDay, "parts-of-day"),
        (Words::RelativeUnits, "relative-units"),
        (Words::RelativeWords, "relative-words"),
        (Words::RelativeDeterminers, "relative-determiners"),
        (Words::RelativeShifts, "relative-shifts"),
        (Words::MonthIntroducers, "month-introducers"),
        (Words::YearRangeWords, "year-range-words"),
        (Words::Qualifiers, "qualifiers"),
        (Words::Magnitudes, "magnitudes"),
        (Words::TimeWords, "time-words"),
        (Words::CountWords, "count-words"),
        (Words::CountedAdjectives, "counted-adjectives"),
        (Words::NotCounted, "not-counted"),
        (Words::DiplomacyWords, "diplomacy-words"),
        (Words::Negations, "negations"),
        (Words::Refusals, "refusals"),
        (Words::Countermeasures, "countermeasures"),
        (Words::PastModifiers, "past-modifiers"),
        (Words::SceneSetters, "scene-setters"),
        (Words::ClauseOpeners, "clause-openers"),
        (Words::NoveltyWords, "novelty-words"),
        (Words::HoldingVerbs, "holding-verbs"),
        (Words::DetaineeWords, "detainee-words"),
        (Words::SummarySkips, "summary-skips"),
        (Words::WorkNouns, "work-nouns"),
        (Words::WorkOwners, "work-owners"),
        (Words::TitleFunctionWords, "title-function-words"),
        (Words::Subordinators, "subordinators"),
        (Words::IrregularPast, "irregular-past"),
        (Words::Auxiliaries, "auxiliaries"),
        (Words::ClauseConjunctions, "clause-conjunctions"),
        (Words::LyNouns, "ly-nouns"),
        (Words::AnaphoricWords, "anaphoric-words"),
        (Words::JaSpeechVerbs, "ja-speech-verbs"),
        (Words::JaTopicParticles, "ja-topic-particles"),
        (Words::JaNonSpeakers, "ja-non-speakers"),
        (Words::KoQuoteEndings, "ko-quote-endings"),
        (Words::KoSpeechVerbs, "ko-speech-verbs"),
        (Words::KoTopicEndings, "ko-topic-endings"),
        (Words::KoNonSpeakers, "ko-non-speakers"),
        (Words::ZhSpeechVerbs, "zh-speech-verbs"),
        (Words::ZhTimeWords, "zh-time-words"),
        (Words::KoParticles, "ko-particles"),
        (Words::KoOrgEndings, "ko-org-endings"),
        (Words::CjkPersonTitles, "cjk-person-titles"),
        (Words::CjkForceSuffixes, "cjk-force-suffixes"),
        (Words::CjkOrgSuffixes, "cjk-org-suffixes"),
        (Words::CjkStateSuffixes, "cjk-state-suffixes"),
        (Words::CjkStates, "cjk-states"),
        (Words::CjkPlaceSuffixes, "cjk-place-suffixes"),
        (Words::CjkDateUnits, "cjk-date-units"),
        (Words::RoleOfPrepositions, "role-of-prepositions"),
        (Words::ForcePlatforms, "force-platforms"),
        (Words::HypotheticalDeterminers, "hypothetical-determiners"),
        (Words::IrregularParticiples, "irregular-participles"),
        (Words::NamingVerbs, "naming-verbs"),
        (Words::SelfNamingVerbs, "self-naming-verbs"),
        (Words::OrgActivityVerbs, "org-activity-verbs"),
        (Words::SettlementNouns, "settlement-nouns"),
        (Words::AcronymNouns, "acronym-nouns"),
        (Words::SeatedInstitutions, "seated-institutions"),
        (Words::SpokespersonNouns, "spokesperson-nouns"),
        (Words::BranchHeads, "branch-heads"),
        (Words::MotionVerbs, "motion-verbs"),
        (Words::TopicNouns, "topic-nouns"),
        (Words::PlaceNameEndings, "place-name-endings"),
        (Words::KinNouns, "kin-nouns"),
        (Words::ArmedGroupReferences, "armed-group-references"),
        (Words::InvertibleHeads, "invertible-heads"),
        (Words::SurnameNouns, "surname-nouns"),
        (Words::NationalForceWords, "national-force-words"),
        (Words::PossessiveNameWords, "possessive-name-words"),
        (Words::PoliticalWords, "political-words"),
        (Words::SecurityFields, "security-fields"),
        (Words::MoneyWords, "money-words"),
        (Words::LabourWords, "labour-words"),
        (Words::PoliticalModifiers, "political-modifiers"),
        (Words::TargetPrepositions, "target-prepositions"),
        (Words::ObjectBreakers, "object-breakers"),
        (Words::RelativePronouns, "relative-pronouns"),
        (Words::PossessiveDeterminers, "possessive-determiners"),
        (Words::NotParticipleSubjects, "not-participle-subjects"),
        (Words::FindingVerbs, "finding-verbs"),
        (Words::RetortVerbs, "retort-verbs"),
        (Words::SeizingVerbs, "seizing-verbs"),
        (Words::StandingCues, "standing-cues"),
        (Words::DamageVerbs, "damage-verbs"),
        (Words::InfrastructureNouns, "infrastructure-nouns"),
        (Words::EventCategories, "event-categories"),
        (Words::DatingWords, "dating-words"),
        (Words::NewEventWords, "new-event-words"),
        (Words::PerfectAuxiliaries, "perfect-auxiliaries"),
        (Words::RequestVerbs, "request-verbs"),
        (Words::FieldNouns, "field-nouns"),
        (Words::RisingWords, "rising-words"),
        (Words::DangerNouns, "danger-nouns"),
        (Words::DenialVerbs, "denial-verbs"),
        (Words::DenialBreakers, "denial-breakers"),
        (Words::DismissalWords, "dismissal-words"),
        (Words::SeemingVerbs, "seeming-verbs"),
        (Words::PoliceNouns, "police-nouns"),
        (Words::SeizedPower, "seized-power"),
        (Words::UnitWords, "unit-words"),
        (Words::SameWords, "same-words"),
        (Words::ReferenceNouns, "reference-nouns"),
        (Words::HabitualWords, "habitual-words"),
        (Words::IncursionWords, "incursion-words"),
        (Words::SovereignZones, "sovereign-zones"),
        (Words::RiskFamilies, "risk-families"),
        (Words::HarmFamilies, "harm-families"),
        (Words::AgentPronouns, "agent-pronouns"),
        (Words::ObservationNouns, "observation-nouns"),
        (Words::ResponseVerbs, "response-verbs"),
        (Words::ArrestVerbs, "arrest-verbs"),
        (Words::ChargePrepositions, "charge-prepositions"),
        (Words::DroneWords, "drone-words"),
        (Words::SightingVerbs, "sighting-verbs"),
        (Words::ProbingVerbs, "probing-verbs"),
        (Words::NetworkNouns, "network-nouns"),
        (Words::ConditionWords, "condition-words"),
        (Words::FigurativeWarTargets, "figurative-war-targets"),
        (Words::TimeNouns, "time-nouns"),
        (Words::CountedFamilies, "counted-families"),
        (Words::ContinuingSubjects, "continuing-subjects"),
        (Words::ForceNouns, "force-nouns"),
        (Words::LabellingVerbs, "labelling-verbs"),
        (Words::AnonymityWords, "anonymity-words"),
        (Words::BurningVerbs, "burning-verbs"),
        (Words::DwellingNouns, "dwelling-nouns"),
    ];

    pub(super) fn from_section(name: &str) -> Option<Words> {
        Self::ALL.iter().find(|(_, section)| *section == name).map(|(words, _)| *words)
    }
}

/// The `[section]`s of a rule-words file: each section's name and its entries (several to a line,
/// separated by commas; an entry may be a phrase of several words).
pub(super) fn sections(source: &str) -> Vec<(&str, Vec<&str>)> {
    let mut found: Vec<(&str, Vec<&str>)> = Vec::new();
    for line in data_lines(source) {
        let line = line.trim();
        if let Some(name) = line.strip_prefix('[').and_then(|rest| rest.strip_suffix(']')) {
            found.push((name.trim(), Vec::new()));
        } else if let Some((_, entries)) = found.last_mut() {
            entries.extend(line.split(',').map(str::trim).filter(|entry| !entry.is_empty()));
        }
    }
    found
}

/// When an abbreviation keeps its dot (see `abbreviations.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct AbbreviationRule {
    /// Written with a capital in the data ("Feb", "Ill"): only a capitalised word matches.
    capital_only: bool,
    /// Written with " #" after it ("No #"): only before a number ("No. 2").
    before_number: bool,
}

/// Abbreviations written with a dot that does not end a sentence ("Mr.", "Gen.", "Feb."), by
/// lower-case key without the dot. Apart from [`LEXICON`] because the tokenizer, which the lexicon
/// itself uses, consults it.
static ABBREVIATIONS: LazyLock<FastMap<String, AbbreviationRule>> = LazyLock::new(|| {
    data_lines(ABBREVIATIONS_TXT)
        .map(|line| {
            let line = line.trim();
            let (word, before_number) = match line.strip_suffix('#') {
                Some(word) => (word.trim(), true),
                None => (line, false),
            };
            let capital_only = word.chars().next().is_some_and(char::is_uppercase);
            (word.to_ascii_lowercase(), AbbreviationRule { capital_only, before_number })
        })
        .collect()
});

/// Words that open a sentence after a dotted abbreviation ("…by the U.S. While…"), lower case.
/// Apart from [`LEXICON`] for the same reason as [`ABBREVIATIONS`].
static SENTENCE_OPENERS: LazyLock<HashSet<String>> =
    LazyLock::new(|| data_lines(SENTENCE_OPENERS_TXT).map(|line| line.trim().to_ascii_lowercase()).collect());

/// Whether `word`, capitalised after a dotted abbreviation such as "U.S.", starts a new sentence.
pub fn opens_sentence(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_uppercase())
        && SENTENCE_OPENERS.contains(&word.to_ascii_lowercase())
}

/// Whether `word` (without its dot) is an abbreviation that keeps its dot; `number_follows` says
/// whether a number comes after the dot and a space.
pub fn is_dotted_abbreviation(word: &str, number_follows: bool) -> bool {
    let mut buffer = [0u8; 16];
    let Some(lower) = buffer.get_mut(..word.len()) else { return false };
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    let Ok(lower) = std::str::from_utf8(lower) else { return false };
    ABBREVIATIONS.get(lower).is_some_and(|rule| {
        (!rule.capital_only || word.starts_with(|c: char| c.is_ascii_uppercase()))
            && (!rule.before_number || number_follows)
    })
}
