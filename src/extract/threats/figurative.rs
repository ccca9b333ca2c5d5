//! Cue words used of something other than force: politics ("attacks on the bill", "an aggressive
//! climate policy", "threatening their funding") and numbers that count no people or weapons (a
//! year, a sum of money).

use std::ops::Range;

/// Whether a token is a year (four digits, 1000 to 2099): the one check of `facts.rs`.
pub(super) use crate::extract::facts::year_at as is_year;

use super::super::lexicon::{LEXICON, Words};
use super::super::tokens::{TokenKind, TokenizedText};

/// How many tokens after a cue a word of politics makes it figurative ("an assault on the corrupting
/// influence of money").
const POLITICAL_OBJECT_REACH: usize = 4;

/// How many tokens after a verb of attack its political object may end ("attacked the
/// government's special defence budget").
const ATTACKED_OBJECT_REACH: usize = 6;

/// Currency signs before an amount ("$9 billion").
const CURRENCY_SYMBOLS: &[&str] = &["$", "£", "€", "¥", "₹", "₽"];

/// Whether the cue at `cue` is aimed at politics: a political modifier right before it ("personal
/// attacks", "political combat") or a word of politics a few words after it with no punctuation
/// between ("attacks on the bill", "attack ads", "an aggressive climate policy"), unless a word of
/// security stands between ("an aggressive foreign policy" stays a danger).
pub(super) fn political(text: &TokenizedText<'_>, sentence: Range<usize>, cue: Range<usize>) -> bool {
    let before = cue.start.checked_sub(1).filter(|&i| i >= sentence.start);
    if before.is_some_and(|i| LEXICON.word_in(Words::PoliticalModifiers, text, i)) {
        return true;
    }
    // "attacked the government's defence budget": the object of a verb of attack is a bill or a
    // budget whatever field it funds, and may be a little longer; only a modifier ("an
    // aggressive foreign policy") keeps the danger.
    let attack_verb =
        cue.len() == 1 && matches!(text.key(cue.start), "attacked" | "attacking" | "attacks" | "attack");
    let object_reach = if attack_verb { ATTACKED_OBJECT_REACH } else { POLITICAL_OBJECT_REACH };
    let reach = (cue.end + object_reach).min(sentence.end);
    for index in cue.end..reach {
        let Some(token) = text.tokens.get(index) else { return false };
        if token.kind == TokenKind::Punct
            || !attack_verb && LEXICON.word_in(Words::SecurityFields, text, index)
        {
            return false;
        }
        if LEXICON.word_in(Words::PoliticalWords, text, index) {
            return true;
        }
    }
    false
}

/// Whether a war named by the cue is a campaign against a social ill: "on" or "against" right after
/// a cue ending in "war", then (after a determiner at most) a word of
/// [`Words::FigurativeWarTargets`] ("wage war on poverty", "waging a war against the drugs").
///
/// So is a war of commerce or opinion: a word of [`Words::FigurativeWarModifiers`] right before it
/// ("a long trade war", "an economic war against the region"), an offensive of persuasion
/// ("a charm offensive", "a diplomatic offensive"), and a fight for a prize that is no ground or a
/// fight in a simile ([`fight_for_a_prize`]).
pub(super) fn war_on_ill(text: &TokenizedText<'_>, sentence_end: usize, cue: Range<usize>) -> bool {
    let last = text.key(cue.end - 1);
    // "a charm offensive", "a diplomatic offensive": a campaign of persuasion.
    let figurative_modifier =
        || cue.start.checked_sub(1).is_some_and(|i| LEXICON.word_in(Words::FigurativeWarModifiers, text, i));
    if matches!(last, "offensive" | "offensives") {
        return cue.len() == 1 && figurative_modifier();
    }
    if matches!(last, "fighting" | "fight" | "fights" | "fought") {
        return cue.len() == 1 && fight_for_a_prize(text, sentence_end, cue.end);
    }
    if !matches!(last, "war" | "wars") {
        return false;
    }
    // "exchanged 205 prisoners of war": people held since a war, no war told.
    let held_since_war = cue.len() == 1
        && cue.start >= 2
        && text.is_word_ci(cue.start - 1, "of")
        && LEXICON.word_in(Words::WarHeldPeople, text, cue.start - 2);
    if figurative_modifier() || held_since_war {
        return true;
    }
    if !(text.is_word_ci(cue.end, "on")
        || text.is_word_ci(cue.end, "against")
        || text.is_word_ci(cue.end, "for"))
    {
        return false;
    }
    (cue.end + 1..(cue.end + 3).min(sentence_end))
        .take_while(|&i| text.is_word(i))
        .any(|i| LEXICON.word_in(Words::FigurativeWarTargets, text, i))
}

/// How many words after "fighting" a "for" of what is fought for is looked for ("fighting its own
/// battle for talent").
const FIGHT_FOR_REACH: usize = 4;

/// Whether a fight that ends at `after` is a simile ("fighting like cats and dogs"), a contest at law
/// ("fighting extradition", [`Words::LegalContestNouns`]) or a struggle for
/// a prize that is no ground ("fighting for its survival", "fighting its own battle for talent"):
/// "for", then (a determiner or possessive at most between) a word of
/// [`Words::FigurativeFightPrizes`], a few words on. "Fighting for control of the town" is war.
fn fight_for_a_prize(text: &TokenizedText<'_>, sentence_end: usize, after: usize) -> bool {
    if text.is_word_ci(after, "like") {
        return true;
    }
    // "is fighting extradition", "fought the charges in court": a contest at law.
    let legal = |i: usize| LEXICON.word_in(Words::LegalContestNouns, text, i);
    if legal(after) || (text.is_word_ci(after, "the") || text.is_word_ci(after, "an")) && legal(after + 1) {
        return true;
    }
    (after..(after + FIGHT_FOR_REACH).min(sentence_end))
        .take_while(|&i| text.is_word(i))
        .filter(|&i| text.is_word_ci(i, "for"))
        .any(|i| {
            (i + 1..(i + 3).min(sentence_end)).any(|j| LEXICON.word_in(Words::FigurativeFightPrizes, text, j))
        })
}

/// Whether the cue at `cue` is a strike of workers, not an attack: "strike" after a word of labour
/// (skipping a possessive: "the dockworkers' strike", "a hunger strike") or after "on" ("went on
/// strike").
///
/// So is a threat to strike over a grievance of work ("bus drivers, who have threatened to strike
/// over pay"), read from the cue "threatened" or from "strike".
pub(super) fn labour_strike(text: &TokenizedText<'_>, sentence_start: usize, cue: Range<usize>) -> bool {
    let is_strike = |i: usize| matches!(text.key(i), "strike" | "strikes");
    let strike_end = if cue.end > cue.start && is_strike(cue.end - 1) {
        Some(cue.end)
    } else {
        (text.is_word_ci(cue.end, "to") && is_strike(cue.end + 1)).then_some(cue.end + 2)
    };
    if let Some(strike_end) = strike_end
        && text.is_word_ci(strike_end, "over")
        && (strike_end + 1..strike_end + 4)
            .take_while(|&i| text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word))
            .any(|i| LEXICON.word_in(Words::LabourGrievances, text, i))
    {
        return true;
    }
    if cue.len() != 1 || !is_strike(cue.start) {
        return false;
    }
    // "a 48-hour strike", "a two-day strike": a stoppage lasts hours or days.
    if cue.start.checked_sub(1).filter(|&i| i >= sentence_start).is_some_and(|i| {
        let key = text.key(i);
        ["-hour", "-day", "-week", "-month"].iter().any(|unit| key.ends_with(unit))
    }) {
        return true;
    }
    // "a strike by stevedores", "a strike by bus drivers over unpaid overtime": who strikes, or
    // what it is about, is work.
    let after = |word: &str, within: usize, words: Words| {
        text.is_word_ci(cue.end, word)
            && (cue.end + 1..cue.end + 1 + within)
                .take_while(|&i| text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word))
                .any(|i| LEXICON.word_in(words, text, i))
    };
    if after("by", 3, Words::LabourWords) || after("over", 3, Words::LabourGrievances) {
        return true;
    }
    let mut before = cue.start.checked_sub(1).filter(|&i| i >= sentence_start);
    if before.is_some_and(|i| {
        text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Possessive)
            || matches!(text.token_text(i), "'" | "’")
    }) {
        before = before.and_then(|i| i.checked_sub(1)).filter(|&i| i >= sentence_start);
    }
    before.is_some_and(|i| LEXICON.word_in(Words::LabourWords, text, i) || text.key(i) == "on")
}

/// Whether a cue of targeting is what a campaign of care or persuasion aims at ("a measles
/// vaccination campaign targeting 120,000 children", "an advertising drive targeted at young
/// voters"): "targeting" or "targeted" right after a noun for a campaign that a word of
/// [`Words::BenignCampaigns`] modifies (one word may stand between).
pub(super) fn benign_campaign(text: &TokenizedText<'_>, sentence_start: usize, cue: Range<usize>) -> bool {
    if cue.len() != 1 || !matches!(text.key(cue.start), "targeting" | "targeted" | "targets" | "target") {
        return false;
    }
    let Some(noun) = cue.start.checked_sub(1).filter(|&i| i > sentence_start) else { return false };
    matches!(text.key(noun), "campaign" | "campaigns" | "drive" | "programme" | "program" | "scheme")
        && (noun.saturating_sub(2).max(sentence_start)..noun)
            .any(|i| LEXICON.word_in(Words::BenignCampaigns, text, i))
}

/// How many tokens after a cue of seizing a sum of money is looked for ("seized about $2 million").
const SEIZED_GOODS_REACH: usize = 4;

/// Whether a cue of seizing takes money as its object ("seized about $2 million in cash", "the
/// seizure of 40,000 euros"): police work, not a hostile act.
///
/// Nor is a verb of seizing before "on" or "upon" ("seized on the report to attack the budget"):
/// an opportunity taken.
pub(super) fn seizes_money(text: &TokenizedText<'_>, sentence: Range<usize>, cue: Range<usize>) -> bool {
    if cue.len() != 1 || !LEXICON.word_in(Words::SeizingVerbs, text, cue.start) {
        return false;
    }
    if text.is_word_ci(cue.end, "on") || text.is_word_ci(cue.end, "upon") {
        return true;
    }
    (cue.end..(cue.end + SEIZED_GOODS_REACH).min(sentence.end))
        .take_while(|&i| {
            text.tokens.get(i).is_some_and(|t| t.kind != TokenKind::Punct || is_currency(text, i))
        })
        .any(|i| is_currency(text, i) || word_is_money(text, i) || text.is_word_ci(i, "cash"))
}

/// How many tokens a cue may stand after the preposition of a verb of study ("written on Iraq's
/// armed groups").
const STUDIED_TOPIC_TOKENS: usize = 5;

/// Whether the cue is the subject someone studies or writes on, in a relative clause about them:
/// "who", up to two auxiliaries or adverbs, a verb of [`Words::StudyVerbs`], then "on", "about" or
/// "in" and the cue within a few words, with no punctuation between ("a senior fellow who has
/// written extensively on Iraq's armed groups").
pub(super) fn studied_topic(text: &TokenizedText<'_>, sentence_start: usize, cue: Range<usize>) -> bool {
    tracked_topic(text, sentence_start, cue.clone()) || studied_in_words(text, sentence_start, cue)
}

/// How many words may stand between a verb of tracking and the cue it tracks ("monitors | Russian
/// | extortion groups").
const TRACKED_TOPIC_TOKENS: usize = 3;

/// "a firm that monitors extortion groups", "a group which tracks attacks on reporters": the cue
/// is what a body keeps watch on, the object of a verb of [`Words::TrackingVerbs`] right after
/// "that", "which" or "who", with only words between.
fn tracked_topic(text: &TokenizedText<'_>, sentence_start: usize, cue: Range<usize>) -> bool {
    (cue.start.saturating_sub(TRACKED_TOPIC_TOKENS + 1).max(sentence_start + 1)..cue.start)
        .rev()
        .take_while(|&i| text.is_word(i))
        .find(|&i| LEXICON.word_in(Words::TrackingVerbs, text, i))
        .is_some_and(|verb| ["that", "which", "who"].iter().any(|w| text.is_word_ci(verb - 1, w)))
}

fn studied_in_words(text: &TokenizedText<'_>, sentence_start: usize, cue: Range<usize>) -> bool {
    let reach = cue.start.saturating_sub(STUDIED_TOPIC_TOKENS + 4).max(sentence_start);
    let word_or_possessive = |i: usize| {
        text.tokens.get(i).is_some_and(|t| matches!(t.kind, TokenKind::Word | TokenKind::Possessive))
    };
    let Some(preposition) = (reach..cue.start)
        .rev()
        .take_while(|&i| word_or_possessive(i))
        .find(|&i| text.is_word_ci(i, "on") || text.is_word_ci(i, "about") || text.is_word_ci(i, "in"))
    else {
        return false;
    };
    if cue.start - preposition > STUDIED_TOPIC_TOKENS {
        return false;
    }
    let mut verb = preposition;
    // "written extensively on": an adverb may stand between.
    if verb > 0 && text.is_word(verb - 1) && text.key(verb - 1).ends_with("ly") {
        verb -= 1;
    }
    let Some(verb) = verb.checked_sub(1).filter(|&v| LEXICON.word_in(Words::StudyVerbs, text, v)) else {
        return false;
    };
    (verb.saturating_sub(3).max(sentence_start)..verb)
        .rev()
        .take_while(|&i| text.is_word(i))
        .any(|i| text.is_word_ci(i, "who"))
}

/// Whether a word right before the cue says the danger is small ("a zone of low tension").
pub(super) fn calmed(text: &TokenizedText<'_>, sentence_start: usize, cue: Range<usize>) -> bool {
    cue.start
        .checked_sub(1)
        .filter(|&i| i >= sentence_start)
        .is_some_and(|i| LEXICON.word_in(Words::CalmModifiers, text, i))
}

/// Whether a cue names a standing state after "under" ("a firm under U.S. sanctions since 2019"),
/// not a measure taken: up to two words may stand between.
pub(super) fn standing_state(text: &TokenizedText<'_>, sentence_start: usize, cue: Range<usize>) -> bool {
    LEXICON.word_in(Words::StandingCues, text, cue.start)
        && (cue.start.saturating_sub(3).max(sentence_start)..cue.start)
            .rev()
            .take_while(|&i| text.tokens.get(i).is_some_and(|t| t.kind != TokenKind::Punct))
            .any(|i| text.is_word_ci(i, "under"))
}

/// How many tokens before a dated cue a word such as "after" is looked for ("after Ruritania's 2022
/// invasion").
const DATING_REACH: usize = 4;

/// Whether a cue names a past event only to date something else: a year right before it and a word
/// such as "after" or "since" a few tokens before that ("controls imposed after Ruritania's 2022
/// invasion of Elbonia").
///
/// So does a definite cue right after such a word, not at the start of the statement ("kept its
/// troops there after the coup"): the event is a time known, not news.
pub(super) fn dates_something(text: &TokenizedText<'_>, sentence_start: usize, cue: Range<usize>) -> bool {
    if cue.start >= sentence_start + 3
        && text.is_word_ci(cue.start - 1, "the")
        && LEXICON.word_in(Words::DatingWords, text, cue.start - 2)
    {
        return true;
    }
    if dated_by_its_onset(text, sentence_start, cue.start) {
        return true;
    }
    // "led by Gen. Ivo Marr since a coup in 2020", "since coups in 2020 and 2021": an event dated
    // by the year after it, right after such a word.
    let article =
        cue.start >= 1 && (text.is_word_ci(cue.start - 1, "a") || text.is_word_ci(cue.start - 1, "an"));
    let dating_word = cue.start.checked_sub(1 + usize::from(article)).filter(|&i| i >= sentence_start);
    if dating_word.is_some_and(|i| LEXICON.word_in(Words::DatingWords, text, i)) && year_after(text, cue.end)
    {
        return true;
    }
    let Some(year) = year_before(text, sentence_start, cue.start) else {
        return false;
    };
    (year.saturating_sub(DATING_REACH).max(sentence_start)..year)
        .any(|i| LEXICON.word_in(Words::DatingWords, text, i))
}

/// How many modifier tokens may stand between a determiner and a dated cue ("the full-scale
/// invasion", "Kessa's 2014 annexation" is the year's rule).
const DATED_MODIFIER_TOKENS: usize = 4;

/// Whether a cue with its modifiers dates something else by its start or its author: "since the
/// start of the full-scale invasion", "since Vell's full-scale invasion", "after the outbreak of
/// the war": a word of [`Words::DatingWords`], then "the", a word of [`Words::OnsetNouns`], "of"
/// and "the", or a name's possessive, then lower-case modifiers and the cue. The event is a time
/// known, not news.
fn dated_by_its_onset(text: &TokenizedText<'_>, sentence_start: usize, cue: usize) -> bool {
    let modifier = |i: usize| {
        text.tokens.get(i).is_some_and(|t| {
            t.kind == TokenKind::Word && !t.capitalised || t.kind == TokenKind::Punct && text.is_punct(i, '-')
        })
    };
    let mut at = cue;
    while at > sentence_start
        && cue - at < DATED_MODIFIER_TOKENS
        && modifier(at - 1)
        && !text.is_word_ci(at - 1, "the")
    {
        at -= 1;
    }
    // "the" or a possessor's name and its "'s" before the modifiers.
    let Some(determiner) = at.checked_sub(1) else { return false };
    let mut before = if text.is_word_ci(determiner, "the") {
        determiner
    } else if text.tokens.get(determiner).is_some_and(|t| t.kind == TokenKind::Possessive) {
        let mut name = determiner;
        while name > sentence_start
            && text.tokens.get(name - 1).is_some_and(|t| t.capitalised)
            && determiner - name < 3
        {
            name -= 1;
        }
        if name == determiner {
            return false;
        }
        name
    } else {
        return false;
    };
    // "since the start of": the onset of the event. After "the" alone the event may be news
    // ("not seen since the car bombing at the depot"): only its onset or its author dates it.
    if before >= sentence_start + 3
        && text.is_word_ci(before - 1, "of")
        && LEXICON.word_in(Words::OnsetNouns, text, before - 2)
        && text.is_word_ci(before - 3, "the")
    {
        before -= 3;
    } else if text.is_word_ci(determiner, "the") {
        return false;
    }
    before > sentence_start + 1 && LEXICON.word_in(Words::DatingWords, text, before - 1)
}

/// Whether the cue is a noun of force used as a verb of another sense: a word of
/// [`Words::NounOnlyCues`] right after a relative pronoun ("a charity which drills boreholes").
pub(super) fn verb_of_another_sense(
    text: &TokenizedText<'_>,
    statement_start: usize,
    cue: Range<usize>,
) -> bool {
    cue.len() == 1
        && cue.start > statement_start
        && LEXICON.word_in(Words::NounOnlyCues, text, cue.start)
        && LEXICON.word_in(Words::RelativePronouns, text, cue.start - 1)
}

/// How many words may stand between a form of "strike" and what is struck ("struck a much sharper
/// tone").
const STRUCK_OBJECT_REACH: usize = 4;

/// Whether the cue is "strike" said of a manner or a bargain: a word of [`Words::StrikingVerbs`]
/// followed, within a few words, by one of [`Words::StruckAbstractions`] ("struck a sharper tone",
/// "struck a deal with the rebels").
pub(super) fn struck_abstraction(text: &TokenizedText<'_>, sentence_end: usize, cue: Range<usize>) -> bool {
    cue.len() == 1
        && LEXICON.word_in(Words::StrikingVerbs, text, cue.start)
        && (cue.end..(cue.end + STRUCK_OBJECT_REACH).min(sentence_end))
            .take_while(|&i| text.is_word(i))
            .any(|i| LEXICON.word_in(Words::StruckAbstractions, text, i))
}

/// Whether a ranking of danger ranks a place or a trade rather than a threat ("one of the most
/// dangerous places in the world to work"): a word of [`Words::RankedSettings`] right after it.
pub(super) fn ranks_a_setting(text: &TokenizedText<'_>, cue: Range<usize>) -> bool {
    LEXICON.word_in(Words::RankedSettings, text, cue.end)
}

/// Whether a sentence sets its events in a year of their own ("In 2019 the network was hacked",
/// "27 workers were kidnapped in the region last year"): a year, or a phrase of
/// [`Words::EarlierPeriods`], that no word such as "since" or "after" ties to something else ("the
/// worst attack since 2015" is this event, compared). Such a sentence recalls events of the kind;
/// it does not tell the one proposed better.
pub(super) fn set_in_another_year(text: &TokenizedText<'_>, sentence: Range<usize>) -> bool {
    let dating = |year: usize| {
        (year.saturating_sub(2).max(sentence.start)..year)
            .any(|i| LEXICON.word_in(Words::DatingWords, text, i))
    };
    let number = |i: usize| text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Number);
    sentence.clone().any(|i| {
        number(i) && is_year(text, i) && !dating(i)
            || i + 1 < sentence.end
                && LEXICON.word_in(Words::EarlierPeriodStarts, text, i)
                && text.is_word(i + 1)
                && LEXICON.has(Words::EarlierPeriods, text.key_span(i, i + 2))
    })
}

/// Whether the cue is a word named rather than an event told: a single word alone between quotation
/// marks, with no article before it ("visitors read 'drone' on the sign"; not "a 'sabotage'").
pub(super) fn word_named(text: &TokenizedText<'_>, sentence: Range<usize>, cue: Range<usize>) -> bool {
    const QUOTE_MARKS: [&str; 6] = ["\"", "\u{201c}", "\u{201d}", "'", "\u{2018}", "\u{2019}"];
    let is_mark = |i: usize| {
        text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Punct)
            && QUOTE_MARKS.contains(&text.token_text(i))
    };
    let article = |i: usize| ["a", "an", "the"].iter().any(|a| text.is_word_ci(i, a));
    cue.len() == 1
        && cue.start > sentence.start
        && cue.end < sentence.end
        && is_mark(cue.start - 1)
        && is_mark(cue.end)
        && !(cue.start >= sentence.start + 2 && article(cue.start - 2))
}

/// How many tokens before a quoted label the verb that puts it may stand ("called the new
/// sanctions 'an act of economic terrorism'").
const LABEL_VERB_REACH: usize = 6;

/// How many tokens a quoted label spans at most, its marks excluded.
const LABEL_TOKENS: usize = 8;

/// Whether the cue stands inside a short quoted label that a verb of
/// [`Words::LabellingVerbs`] puts on something named before it ("called the sanctions 'an act of
/// economic terrorism'", "described the boarding as 'an act of piracy'"): the speaker's word for
/// the thing, not a danger told. A cue outside the quotation ("condemned the bombing as '…'")
/// stands on its own.
pub(super) fn quoted_label(text: &TokenizedText<'_>, sentence: Range<usize>, cue: Range<usize>) -> bool {
    let Some(open) = (cue.start.saturating_sub(LABEL_TOKENS).max(sentence.start)..cue.start)
        .rev()
        .find(|&i| text.is_quote_mark(i))
    else {
        return false;
    };
    let closes = (cue.end..(cue.end + LABEL_TOKENS).min(sentence.end)).any(|i| text.is_quote_mark(i));
    // "called for 'an attack'" asks for the act; "as" may stand between ("described it as '…'").
    let verb = (open.saturating_sub(LABEL_VERB_REACH).max(sentence.start)..open)
        .rev()
        .take_while(|&i| text.tokens.get(i).is_some_and(|t| t.kind != TokenKind::Punct))
        .find(|&i| LEXICON.word_in(Words::LabellingVerbs, text, i));
    closes && verb.is_some_and(|verb| !text.is_word_ci(verb + 1, "for") && verb + 1 < open)
}

/// The year right before token `at`, inside the sentence: "2008" in "the 2008 war", or the first
/// year of a span ("the 1998-99 war", "the 1992–1995 war").
/// Whether "in" and a year, perhaps with a month between ("in September 2022"), follow right
/// after token `end`.
fn year_after(text: &TokenizedText<'_>, end: usize) -> bool {
    /// How many words may stand between "in" and the year ("in late September 2022").
    const MONTH_WORDS: usize = 2;
    text.is_word_ci(end, "in")
        && (end + 1..end + 2 + MONTH_WORDS)
            .take_while(|&i| text.tokens.get(i).is_some_and(|t| t.kind != TokenKind::Punct))
            .any(|i| is_year(text, i))
}

fn year_before(text: &TokenizedText<'_>, sentence_start: usize, at: usize) -> Option<usize> {
    let last = at.checked_sub(1).filter(|&i| i > sentence_start)?;
    if is_year(text, last) {
        return Some(last);
    }
    // "1998-99" read as one token.
    let word = text.token_text(last);
    let joined_span = word.split_once(['-', '–']).is_some_and(|(from, to)| {
        from.len() == 4
            && (from.starts_with('1') || from.starts_with("20"))
            && (2..=4).contains(&to.len())
            && from.bytes().chain(to.bytes()).all(|b| b.is_ascii_digit())
    });
    if joined_span {
        return Some(last);
    }
    let dash = text.is_dash(last.checked_sub(1)?);
    let end_of_span = text.tokens[last].kind == TokenKind::Number
        && (2..=4).contains(&text.token_text(last).len())
        && text.token_text(last).bytes().all(|b| b.is_ascii_digit());
    let first = last.checked_sub(2).filter(|&i| i > sentence_start)?;
    (dash && end_of_span && is_year(text, first)).then_some(first)
}

fn is_currency(text: &TokenizedText<'_>, index: usize) -> bool {
    CURRENCY_SYMBOLS.contains(&text.token_text(index))
}

/// Whether the number at `index` counts something: not a year ("the 2008 collapse"), not a sum
/// of money ("$9 billion", "9 billion dollars"), not a measure ("400 metres", "12 percent") and
/// not an age ("a 52-year-old farmer", "a six-month-old girl": a number glued to "-old").
pub(super) fn is_count(text: &TokenizedText<'_>, index: usize) -> bool {
    let Some(token) = text.tokens.get(index) else { return false };
    if token.kind != TokenKind::Number || text.token_text(index).ends_with("-old") {
        return false;
    }
    let year = is_year(text, index);
    let after_currency = index
        .checked_sub(1)
        .is_some_and(|i| CURRENCY_SYMBOLS.contains(&text.token_text(i)) || word_is_money(text, i));
    let money_follows = (index + 1..index + 3).any(|i| word_is_money(text, i));
    // "700 metres from the depot", "30 percent": a measure, not people or weapons.
    let measure = LEXICON.word_in(Words::UnitWords, text, index + 1);
    !(year || after_currency || money_follows || measure)
}

/// Whether a number spelt out counts a weak cue ("nine attacks", "two deadly raids") or the
/// subject of its passive ("two police checkposts were attacked"): the cue then states a fact, as
/// a count in figures does.
pub(super) fn spelt_count_before(text: &TokenizedText<'_>, sentence: Range<usize>, cue_start: usize) -> bool {
    /// How many plain words may stand between the number and the cue or its auxiliaries.
    const BETWEEN_WORDS: usize = 2;
    let mut verb = cue_start;
    while verb > sentence.start
        && cue_start - verb < 2
        && LEXICON.word_in_any(&[Words::PassiveAuxiliaries, Words::PerfectAuxiliaries], text, verb - 1)
    {
        verb -= 1;
    }
    let plain = |i: usize| {
        text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
            && !LEXICON.word_in(Words::NumberWords, text, i)
    };
    // Without an auxiliary, one word at most: "two deadly raids", not "two leaders discussed
    // attacks".
    let reach = if verb == cue_start { 1 } else { BETWEEN_WORDS };
    let words = (1..=reach).take_while(|&back| verb >= sentence.start + back && plain(verb - back)).count();
    (0..=words).any(|between| {
        verb > sentence.start + between
            && LEXICON.word_in(Words::NumberWords, text, verb - between - 1)
            && !text.is_word_ci(verb - between - 1, "several")
    })
}

/// How many tokens after a weak cue its count is looked for ("killed about 60 people").
const COUNT_AFTER_REACH: usize = 3;

/// Whether a count follows a weak cue closely, with no punctuation between ("has killed thousands of
/// people", "wounded 12", "killed four workers"): the cue then states a fact, as a count before it
/// does.
pub(super) fn counted_after(text: &TokenizedText<'_>, sentence: Range<usize>, cue_end: usize) -> bool {
    (cue_end..(cue_end + COUNT_AFTER_REACH).min(sentence.end))
        .take_while(|&i| text.tokens.get(i).is_some_and(|t| t.kind != TokenKind::Punct))
        .any(|i| {
            is_count(text, i)
                || LEXICON.word_in(Words::CountWords, text, i)
                || LEXICON.word_in(Words::NumberWords, text, i) && counts_people(text, i)
        })
}

/// Whether a number spelt out at `index` counts people, a word for them within the next two
/// ("four foreign workers", "two soldiers"), not time ("five years ago") or anything else.
fn counts_people(text: &TokenizedText<'_>, index: usize) -> bool {
    (index + 1..index + 3).any(|i| LEXICON.word_in_any(&[Words::CaptiveNouns, Words::CountedPeople], text, i))
}

/// How many tokens an appositive between a counted subject and its passive verb spans at most
/// ("at least 12 people, including two candidates, had been killed").
const COUNTED_APPOSITIVE_TOKENS: usize = 14;

/// Whether a passive cue ("were killed", "had been wounded") has a counted subject set off from it
/// by an appositive between commas: "at least 12 people, including two candidates for local posts,
/// had been killed". (A count right before the cue is read by the caller.)
pub(super) fn counted_subject_before_appositive(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    cue_start: usize,
) -> bool {
    let mut verb = cue_start;
    // "had been killed", "were killed": back over the passive's auxiliaries.
    while verb > sentence.start
        && LEXICON.word_in_any(&[Words::PassiveAuxiliaries, Words::PerfectAuxiliaries], text, verb - 1)
    {
        verb -= 1;
    }
    if verb == cue_start || verb <= sentence.start || !text.is_punct(verb - 1, ',') {
        return false;
    }
    let closing = verb - 1;
    let Some(opening) = (closing.saturating_sub(COUNTED_APPOSITIVE_TOKENS).max(sentence.start)..closing)
        .rev()
        .find(|&i| text.is_punct(i, ','))
    else {
        return false;
    };
    (opening.saturating_sub(4).max(sentence.start)..opening)
        .any(|i| is_count(text, i) || LEXICON.word_in(Words::CountWords, text, i))
}

fn word_is_money(text: &TokenizedText<'_>, index: usize) -> bool {
    text.tokens.get(index).is_some() && LEXICON.word_in(Words::MoneyWords, text, index)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    fn political_at(text: &str, cue: &str) -> bool {
        let tokenized = tokenize(text);
        let index = (0..tokenized.tokens.len()).find(|&i| tokenized.token_text(i) == cue).expect("cue");
        political(&tokenized, 0..tokenized.tokens.len(), index..index + 1)
    }

    #[test]
    fn an_age_glued_to_its_number_counts_nothing() {
        let count_at = |text: &str, word: &str| {
            let tokenized = tokenize(text);
            let index = (0..tokenized.tokens.len()).find(|&i| tokenized.token_text(i) == word).expect("word");
            is_count(&tokenized, index)
        };
        assert!(!count_at("A 61-year-old fisherman was killed.", "61-year-old"));
        assert!(!count_at("A six-month-old girl and a 4-week-old boy were hurt.", "4-week-old"));
        assert!(count_at("Rebels killed 61 fishermen.", "61"));
    }

    #[test]
    fn words_of_politics_around_a_cue_make_it_figurative() {
        assert!(political_at("The senator renewed his attacks on the farm bill.", "attacks"));
        assert!(political_at("The party ran attack ads all week.", "attack"));
        assert!(political_at("She shrugged off the personal attacks.", "attacks"));
        // A word of politics before the cue is no modifier of it.
        assert!(!political_at("Ruritania is accused of funding attacks abroad.", "attacks"));
        assert!(political_at("He backed an aggressive tax policy.", "aggressive"));
        assert!(!political_at("Rebels attacked the garrison at dawn.", "attacked"));
        // A field of security keeps the danger.
        assert!(!political_at("Ruritania pursues an aggressive foreign policy.", "aggressive"));
        // The object of a verb of attack is political whatever field it funds.
        assert!(political_at(
            "The party attacked the government's special defence budget as wasteful.",
            "attacked"
        ));
        assert!(!political_at("Gunmen attacked the army's forward base at dawn.", "attacked"));
        // Punctuation ends the phrase of the cue.
        assert!(!political_at("The militia kept up its attacks, the campaign said.", "attacks"));
    }

    #[test]
    fn a_war_on_a_social_ill_is_no_war() {
        let at = |sentence: &str| {
            let text = tokenize(sentence);
            let war = (0..text.tokens.len()).find(|&i| text.key(i) == "war").expect("war");
            war_on_ill(&text, text.tokens.len(), war - 1..war + 1)
        };
        assert!(at("The mayor vowed to wage war on the drugs gangs' suppliers and on poverty."));
        assert!(!at("Rebels have the means to wage war against the government."));
        assert!(at("Shipyards are locked in a war for engineering talent with rival yards."));
        assert!(!at("Rebels fought a war for independence."));
    }

    /// Whether `rule` holds of the one-word cue `key` in the sentence `text`.
    fn rule_at_cue(text: &str, key: &str, rule: fn(&TokenizedText<'_>, usize, Range<usize>) -> bool) -> bool {
        let tokenized = tokenize(text);
        let index = (0..tokenized.tokens.len()).find(|&i| tokenized.key(i) == key).expect("cue");
        rule(&tokenized, 0, index..index + 1)
    }

    #[test]
    fn a_campaign_of_care_targets_nobody_with_harm() {
        let at = |text: &str| rule_at_cue(text, "targeting", benign_campaign);
        assert!(at("She will visit a measles vaccination campaign targeting 120,000 children."));
        assert!(at("An advertising campaign targeting young voters began."));
        assert!(!at("A disinformation campaign targeting voters began."));
    }

    #[test]
    fn strikes_of_workers_are_no_attacks() {
        let at = |text: &str| rule_at_cue(text, "strike", labour_strike);
        assert!(at("The dockworkers' strike closed the port."));
        assert!(at("The union's strike closed the port."));
        assert!(at("She began a hunger strike in prison."));
        assert!(at("Nurses went on strike in May."));
        assert!(!at("A drone strike hit the convoy."));
        assert!(at("Ferries stopped during a 48-hour strike at the port."));
        assert!(at("The ceremony moved because of a strike by stevedores over unpaid overtime."));
        assert!(at("A strike over pensions shut the schools."));
        assert!(!at("A strike by two jets over the ridge hit the depot."));
    }

    #[test]
    fn years_and_sums_of_money_count_nothing() {
        let text = tokenize("In 1998 they spent $40 billion and 7 million euros; 300 soldiers died.");
        let number =
            |word: &str| (0..text.tokens.len()).find(|&i| text.token_text(i) == word).expect("number");
        assert!(!is_count(&text, number("1998")));
        assert!(!is_count(&text, number("40")));
        assert!(!is_count(&text, number("7")));
        assert!(is_count(&text, number("300")));
        let text = tokenize("The farm lies 700 metres from the line and prices rose 15 percent.");
        let number =
            |word: &str| (0..text.tokens.len()).find(|&i| text.token_text(i) == word).expect("number");
        assert!(!is_count(&text, number("700")));
        assert!(!is_count(&text, number("15")));
    }
}
