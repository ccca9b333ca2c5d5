//! Which people a "he" or a "she" may stand for: each person's gender as the article shows it,
//! from an honorific or a gendered title at a mention ("Mrs. Ruiz", "Congresswoman Ruiz") and
//! from the personal pronouns that follow the person's mentions in the same sentence ("Ruiz said
//! she would run"). Nothing is assumed from a name itself.

use super::*;

/// A person's gender as far as the article says, or whom a pronoun wants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Gender {
    Male,
    Female,
    Unknown,
}

/// How many tokens after a mention a pronoun is read as referring back to it.
const PRONOUN_AFTER_MENTION_TOKENS: usize = 12;

/// An honorific or gendered title counts as this many pronouns.
const TITLE_WEIGHT: i32 = 3;

/// A given name counts this much, once per person: any sign the article gives ties or beats it.
const GIVEN_NAME_WEIGHT: i32 = 1;

/// The gender a personal pronoun asks for ("he", "his" → male); `Unknown` for any other word.
pub(super) fn gender_of_pronoun(text: &TokenizedText<'_>, index: usize) -> Gender {
    if LEXICON.word_in(Words::MalePronouns, text, index) {
        Gender::Male
    } else if LEXICON.word_in(Words::FemalePronouns, text, index) {
        Gender::Female
    } else {
        Gender::Unknown
    }
}

/// The gender of every actor (by index into the table): `Unknown` for non-people and for people
/// the article gives no sign of, or contradicting signs.
pub(super) fn actor_genders(
    text: &TokenizedText<'_>,
    actors: &ActorTable,
    spans: &[QuoteSpan],
) -> Vec<Gender> {
    let mut votes = vec![0i32; actors.actors.len()];
    let inside_quote = |token: usize| {
        let i = spans.partition_point(|s| s.open_token <= token);
        i > 0 && spans.get(i - 1).is_some_and(|s| token <= s.close_token)
    };
    let title_vote = |index: usize| {
        if LEXICON.word_in(Words::MaleTitles, text, index) {
            TITLE_WEIGHT
        } else if LEXICON.word_in(Words::FemaleTitles, text, index) {
            -TITLE_WEIGHT
        } else {
            0
        }
    };
    // "Julian Hale", "Sen. Julian Hale": a given name before the surname (the last word). Only
    // the name's first word past its titles and the plain words of a role ("Security analyst")
    // is the given name: in "Farah Abdul Rahman" the "Abdul" is part of the family name.
    let given_name_vote = |mention: &MentionRecord| {
        let mut first = mention.start_token;
        while first + 1 < mention.end_token {
            let given = LEXICON.word_in_any(&[Words::MaleGivenNames, Words::FemaleGivenNames], text, first);
            if let Some(end) = LEXICON.title_at(text, first).filter(|&end| end > first) {
                first = end;
            } else if given {
                break;
            } else if !text.is_word(first)
                || text.tokens.get(first).is_some_and(|t| !t.capitalised)
                || LEXICON.is_common_word(text, first)
            {
                first += 1;
            } else {
                break;
            }
        }
        if first + 1 >= mention.end_token {
            0
        } else if LEXICON.word_in(Words::MaleGivenNames, text, first) {
            GIVEN_NAME_WEIGHT
        } else if LEXICON.word_in(Words::FemaleGivenNames, text, first) {
            -GIVEN_NAME_WEIGHT
        } else {
            0
        }
    };
    let mut named = vec![false; actors.actors.len()];
    for (position, mention) in actors.mentions.iter().enumerate() {
        if actors.kind_of(mention) != ActorKind::Person {
            continue;
        }
        if let Some(seen) = named.get_mut(mention.actor)
            && !*seen
        {
            let vote = given_name_vote(mention);
            if vote != 0 {
                *seen = true;
                votes[mention.actor] += vote;
            }
        }
        let Some(vote) = votes.get_mut(mention.actor) else { continue };
        // "Mrs. Ruiz", "Congresswoman Ana Ruiz": the title before the name or opening the mention.
        let title = mention.start_token.checked_sub(1).map_or(0, title_vote);
        // "Doe's sister, Ana,": a gendered noun set before the name by a comma.
        let title = if title == 0
            && mention.start_token >= 2
            && text.is_punct(mention.start_token - 1, ',')
            && text.is_punct(mention.end_token, ',')
        {
            title_vote(mention.start_token - 2)
        } else {
            title
        };
        *vote += if title != 0 { title } else { title_vote(mention.start_token) };
        // The first personal pronoun after the mention, in its sentence, before anyone else is
        // mentioned and outside quotes ("Ruiz said she would run").
        let sentence_end = text.sentence_of(mention.start_token).end;
        let next_mention = actors.mentions.get(position + 1).map_or(usize::MAX, |m| m.start_token);
        let limit = sentence_end.min(next_mention).min(mention.end_token + PRONOUN_AFTER_MENTION_TOKENS);
        let pronoun = (mention.end_token..limit)
            .filter(|&i| !inside_quote(i))
            .map(|i| gender_of_pronoun(text, i))
            .find(|g| *g != Gender::Unknown);
        *vote += match pronoun {
            Some(Gender::Male) => 1,
            Some(Gender::Female) => -1,
            _ => 0,
        };
    }
    votes
        .iter()
        .map(|&v| match v.signum() {
            1 => Gender::Male,
            -1 => Gender::Female,
            _ => Gender::Unknown,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::actors::find_actors;
    use crate::extract::tokens::tokenize;

    fn gender_of(text: &str, name: &str) -> Gender {
        let tokenized = tokenize(text);
        let actors = find_actors(&tokenized);
        let spans = find_quote_spans(&tokenized);
        let genders = actor_genders(&tokenized, &actors, &spans);
        let index = actors.actors.iter().position(|a| a.name == name).expect("actor");
        genders[index]
    }

    #[test]
    fn honorifics_titles_and_following_pronouns_give_a_gender() {
        let text = "Mrs. Vela Korran met Senator Tomas Brisk. Brisk said he would vote no. \
                    Congresswoman Ada Pell spoke later. Ivo Marn arrived.";
        assert_eq!(gender_of(text, "Vela Korran"), Gender::Female);
        assert_eq!(gender_of(text, "Tomas Brisk"), Gender::Male);
        assert_eq!(gender_of(text, "Ada Pell"), Gender::Female);
        assert_eq!(gender_of(text, "Ivo Marn"), Gender::Unknown);
    }

    #[test]
    fn a_given_name_gives_a_weak_gender_that_the_article_outweighs() {
        let text = "Julian Vosk and Renata Imrie met. Later Vosk left.";
        assert_eq!(gender_of(text, "Julian Vosk"), Gender::Male);
        assert_eq!(gender_of(text, "Renata Imrie"), Gender::Female);
        // One pronoun the article attaches to the person ties the name: unknown, not a guess.
        assert_eq!(gender_of("Julian Vosk said she would resign.", "Julian Vosk"), Gender::Unknown);
        // A title outweighs the name.
        assert_eq!(gender_of("Ms. Julian Vosk spoke first.", "Julian Vosk"), Gender::Female);
        // A name used for both is no sign.
        assert_eq!(gender_of("Robin Vosk spoke first.", "Robin Vosk"), Gender::Unknown);
        // Only the first word of the name is its given name: "Abdul" inside a family name is none.
        let text = "Security analyst Farah Abdul Rahman spoke first.";
        assert_eq!(gender_of(text, "Farah Abdul Rahman"), Gender::Unknown);
        let text = "Security analyst Julian Abdul Vosk spoke first.";
        assert_eq!(gender_of(text, "Julian Abdul Vosk"), Gender::Male);
    }

    #[test]
    fn a_gendered_noun_before_a_name_in_commas_gives_a_gender() {
        assert_eq!(gender_of("Marn's sister, Ana, said the news was good.", "Ana"), Gender::Female);
    }

    #[test]
    fn a_pronoun_inside_a_quote_or_after_another_person_does_not_count() {
        assert_eq!(gender_of("Ivo Marn said \"she is wrong\" on Monday.", "Ivo Marn"), Gender::Unknown);
        // The pronoun follows the other person, so it says nothing of Lea Dorn.
        assert_eq!(gender_of("Lea Dorn met Ivo Marn, and she left.", "Lea Dorn"), Gender::Unknown);
    }
}
