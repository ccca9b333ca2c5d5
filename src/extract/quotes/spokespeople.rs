//! Spokespeople: "a spokesman said" after a sentence whose subject speaks, "a ministry
//! spokeswoman", "the group's military spokesman", "an embassy spokesperson": the body an unnamed
//! spokesperson speaks for, when the article names exactly one that fits.

use super::documents::INTRODUCTION_SENTENCES;
use super::*;

/// How many mentions back a body noun's spokesperson looks for the body ("an embassy
/// spokesperson" after "the Ostland embassy in Kessa").
const NAMED_BODY_MENTIONS: usize = 64;

/// Whether `noun` (lower case) names someone unnamed who speaks for a body named with them: a
/// spokesperson ("an Acme spokesman") or an official ("a senior Acme official").
pub(super) fn voice_noun(noun: &str) -> bool {
    LEXICON.has(Words::SpokespersonNouns, noun) || LEXICON.has(Words::OfficialNouns, noun)
}

impl Attributor<'_, '_> {
    /// `The Harbour Command said it was aware. "…," a spokesman said.`: an unnamed spokesperson
    /// ("a spokesman", no "for …") right after a sentence whose subject is an organisation, a
    /// force or a state that speaks speaks for it. Returns that actor.
    pub(super) fn spokesperson_of_previous_subject(&self, span: &QuoteSpan, phrase: &str) -> Option<usize> {
        let mut words = phrase.split_whitespace();
        let (Some(article), Some(noun), None) = (words.next(), words.next(), words.next()) else {
            return None;
        };
        if !(article.eq_ignore_ascii_case("a") || article.eq_ignore_ascii_case("an"))
            || !LEXICON.has(Words::SpokespersonNouns, &noun.to_ascii_lowercase())
        {
            return None;
        }
        self.subject_before_spokesperson(span.open_token)
    }

    /// The actor a spokesperson in the sentence of `token` speaks for: the subject of the sentence
    /// just before it ([`Self::sentence_just_before`]), when that is an organisation, a force or
    /// a state that speaks ("The Harbour Command said it was aware."), or an organisation or a
    /// force that does anything ("The Border Troops, part of the army, gave their own account.").
    pub(super) fn subject_before_spokesperson(&self, token: usize) -> Option<usize> {
        let previous = self.sentence_just_before(token)?;
        let subject_start = previous.start + usize::from(self.text.is_word_ci(previous.start, "the"));
        // The mention may include "The" ("The Harbour Command") or start after it.
        let first = self.actors.mentions.partition_point(|m| m.start_token < previous.start);
        let mention = self.actors.mentions[first..]
            .iter()
            .take_while(|m| m.start_token <= subject_start)
            .max_by_key(|m| m.end_token)?;
        let speaks = self.is_speech_verb(mention.end_token) && !self.word(mention.end_token).ends_with("ing");
        let acts = self.text.is_punct(mention.end_token, ',')
            || self.text.tokens.get(mention.end_token).is_some_and(|t| {
                t.kind == TokenKind::Word && !t.capitalised && !self.inside_quote(mention.end_token)
            });
        let kind = self.actors.kind_of(mention);
        let body = !matches!(kind, ActorKind::Person | ActorKind::State);
        (speaks && kind != ActorKind::Person || acts && body).then_some(mention.actor)
    }

    /// `A Vantrix spokesperson said the firm "…"`: a spokesperson whose noun an organisation's
    /// name modifies, after "a" or "an" or opening the phrase ("Vantrix's spokesperson said"),
    /// with two lower-case words between at most ("a Vantrix press spokesperson"), speaks for
    /// that organisation. Returns it. So does a document it modifies ("the ISPR statement said"),
    /// and so does an unnamed official ("a senior NATO official", "The NATO official"), or one a
    /// state's nationality adjective describes when the article names that state ("a senior
    /// Estonian defence official"). Until stop 52 officials stayed in words (the annotators of
    /// sets E30–N33 did so four times out of four); four of stop 52's five new annotators, and the
    /// issue's rule for an unnamed spokesperson, credit the body.
    pub(super) fn spokesperson_of_modifier(&self, span: &QuoteSpan, phrase: &str) -> Option<usize> {
        /// How many lower-case words may stand between the name and the noun ("a Hamas
        /// military spokesman").
        const MODIFIER_WORDS: usize = 2;
        let words: Vec<&str> = phrase.split_whitespace().collect();
        let first = *words.first()?;
        // "An Acme spokesperson in London", "Vell's ambassador to the United Nations": the place
        // where the spokesperson sits, or the body an envoy is sent to, closes the phrase after
        // the noun.
        let placed = (1..words.len().saturating_sub(2)).find(|&k| {
            let name = &words[k + 2 + usize::from(words[k + 2] == "the")..];
            voice_noun(&words[k].to_ascii_lowercase())
                && (words[k + 1] == "in" || words[k + 1] == "at" || words[k + 1] == "to")
                && !name.is_empty()
                && name.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        });
        let noun = words[placed.unwrap_or(words.len() - 1)].to_ascii_lowercase();
        // ("One senior Acme official called it …": "one" introduces as "a" does.)
        let indefinite_phrase = LEXICON.has(Words::UnnamedSourceOpeners, &first.to_ascii_lowercase());
        // "the ISPR statement said": a document an organisation's name modifies is its own.
        let document = LEXICON.has(Words::AuthoredNouns, &noun);
        if !voice_noun(&noun) && !document {
            return None;
        }
        let opening = self.sentence_range(span.open_token);
        let closing = self.sentence_range(span.close_token);
        (opening.start..closing.end).find_map(|i| {
            if i == 0 || self.inside_quote(i) || !self.text.is_word(i) || self.text.key(i) != noun {
                return None;
            }
            let plain = |at: usize| {
                self.text.tokens.get(at).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
                    && !LEXICON.is_stopword(self.text, at)
                    && self.mention_covering(at).is_none()
            };
            let modifiers = (1..=MODIFIER_WORDS).take_while(|&back| i > back && plain(i - back)).count();
            let Some(mention) =
                self.mention_covering(i - 1 - modifiers).filter(|m| m.end_token == i - modifiers)
            else {
                // "the Kessa Front's military spokesman said", "the rebels' spokesman said": a body's
                // possessive before the noun; a person's spokesperson is someone else's voice.
                if let Some(owner) = self.possessor_ending_at(i - 1 - modifiers) {
                    return (self.actors.kind_of(owner) != ActorKind::Person).then_some(owner.actor);
                }
                // "a senior Estonian defence official": a state's nationality adjective, when the
                // article names that state.
                if indefinite_phrase
                    && !document
                    && LEXICON.has(Words::OfficialNouns, &noun)
                    && let Some(state) = self.state_of_adjective_ending_at(i - modifiers)
                {
                    return Some(state);
                }
                // "A Treasury spokesperson said", after "the U.S. Treasury Department": a word of a
                // body's name, which is no mention of its own.
                // "a company spokeswoman said", after "Alpenwerk GmbH said": a generic word for the
                // one body of that sort named before.
                return (indefinite_phrase && !document)
                    .then(|| {
                        self.body_named_by_word(i - 1 - modifiers, span.open_token).or_else(|| {
                            (modifiers > 0)
                                .then(|| self.body_of_generic_word(i - 1, span.open_token))
                                .flatten()
                        })
                    })
                    .flatten();
            };
            if self.actors.kind_of(mention) == ActorKind::Person {
                return None;
            }
            if indefinite_phrase {
                // "a senior State Department official": plain words may describe the speaker
                // before the name.
                let adjectives = (1..=MODIFIER_WORDS)
                    .take_while(|&back| mention.start_token > back && plain(mention.start_token - back))
                    .count();
                let article = mention.start_token.checked_sub(adjectives + 1)?;
                return self.indefinite_article(article).then_some(mention.actor);
            }
            // "the ISPR statement said", "The State Department official said": the body's own
            // document or official, named with "the".
            if first.eq_ignore_ascii_case("the") {
                let article = mention.start_token.checked_sub(1)?;
                return (self.text.is_word_ci(article, "the") && modifiers == 0).then_some(mention.actor);
            }
            // "Acme's press spokesman said": the phrase opens with the name itself (a possessive,
            // or no article at all), and names nobody.
            first.starts_with(self.word(mention.start_token)).then_some(mention.actor)
        })
    }

    /// The person whose office speaks (`phrase` "Prime Minister Ana Vell's office"): a person's
    /// possessive right before "office" in the quote's sentences. A person's office issues their
    /// words, where a person's spokesperson is a voice of their own.
    pub(super) fn office_of_person(&self, span: &QuoteSpan, phrase: &str) -> Option<usize> {
        if !phrase.split_whitespace().last().is_some_and(|w| w.eq_ignore_ascii_case("office")) {
            return None;
        }
        let opening = self.sentence_range(span.open_token);
        let closing = self.sentence_range(span.close_token);
        (opening.start.max(1)..closing.end).find_map(|i| {
            if self.inside_quote(i) || !self.text.is_word_ci(i, "office") {
                return None;
            }
            let owner = self.possessor_ending_at(i - 1)?;
            (self.actors.kind_of(owner) == ActorKind::Person).then_some(owner.actor)
        })
    }

    /// The state or body an unnamed official speaks for, read from the words that introduced
    /// them (`phrase`): "a", "an" or "one", plain words, a state's nationality adjective or a
    /// body's name the article gives, plain words again and a noun of [`Words::OfficialNouns`]
    /// ("A senior Ruritanian security official", "a senior NATO official"). The state must be
    /// named in the article, as for [`Self::spokesperson_of_modifier`].
    pub(super) fn body_of_unnamed_official(&self, phrase: &str) -> Option<usize> {
        let words: Vec<&str> = phrase.split_whitespace().collect();
        let (first, noun) = (*words.first()?, *words.last()?);
        if words.len() < 3
            || !LEXICON.has(Words::UnnamedSourceOpeners, &first.to_ascii_lowercase())
            || !LEXICON.has(Words::OfficialNouns, noun)
        {
            return None;
        }
        let middle = &words[1..words.len() - 1];
        let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        let start = middle.iter().position(|w| capitalised(w))?;
        let end = start + middle[start..].iter().take_while(|w| capitalised(w)).count();
        let plain = |w: &&str| w.chars().all(|c| c.is_lowercase() || c == '-');
        if !middle[..start].iter().all(plain) || !middle[end..].iter().all(plain) {
            return None;
        }
        let name = middle[start..end].join(" ");
        if let Some(entity) = LEXICON.lookup_country(&name) {
            return self.state_actor_named(LEXICON.entity_name(entity));
        }
        let mut bodies = self.actors.actors.iter().enumerate().filter(|(_, a)| {
            !matches!(a.kind, ActorKind::Person | ActorKind::Media)
                && (a.name == name || a.aliases.contains(&name))
        });
        let (body, _) = bodies.next()?;
        bodies.next().is_none().then_some(body)
    }

    /// The state actor whose nationality adjective ends right before token `end` ("Estonian",
    /// "South Korean"), when the article names that state.
    fn state_of_adjective_ending_at(&self, end: usize) -> Option<usize> {
        use crate::extract::lexicon::{Entity, Form};
        let found = (end.saturating_sub(2)..end).find_map(|start| {
            LEXICON.phrase_at(self.text, start).filter(|found| {
                found.end == end
                    && found.entry.form == Form::Adjective
                    && matches!(found.entry.entity, Some(Entity::Country(_)))
            })
        })?;
        self.state_actor_named(LEXICON.entity_name(found.entry.entity?))
    }

    /// The state actor the article names `name` (the gazetteer's canonical name), if any.
    fn state_actor_named(&self, name: &str) -> Option<usize> {
        self.actors.actors.iter().position(|actor| actor.kind == ActorKind::State && actor.name == name)
    }

    /// The mention a possessive at `at` ends: "'s" after it ("Hamas's"), or a plural's bare
    /// apostrophe glued to its last word ("the Houthis'"), which is no quotation mark.
    pub(super) fn possessor_ending_at(&self, at: usize) -> Option<&MentionRecord> {
        let mark = self.text.tokens.get(at)?;
        let owner = self.mention_covering(at.checked_sub(1)?).filter(|m| m.end_token == at)?;
        let possessive = mark.kind == TokenKind::Possessive
            || mark.kind == TokenKind::Punct
                && matches!(self.text.token_text(at), "'" | "\u{2019}")
                && self.word(at - 1).ends_with('s')
                && self.text.tokens.get(at - 1).is_some_and(|word| word.end_byte() == mark.start_byte())
                && !self.is_span_mark(at);
        possessive.then_some(owner)
    }

    /// The body a capitalised word after "a" or "an" stands for ("A Treasury spokesperson", "a
    /// Defence spokesman"): the one organisation, force or government named before `before` whose
    /// name or alias holds that word. A word that heads bodies' names ("Ministry") names none, nor
    /// does one that two bodies share.
    pub(super) fn body_named_by_word(&self, at: usize, before: usize) -> Option<usize> {
        let token = self.text.tokens.get(at)?;
        if token.kind != TokenKind::Word
            || !token.capitalised
            || at == 0
            || !(self.text.is_word_ci(at - 1, "a") || self.text.is_word_ci(at - 1, "an"))
            || self.mention_covering(at).is_some()
        {
            return None;
        }
        let word = self.word(at);
        if LEXICON.org_head_key(&word.to_ascii_lowercase()).is_some() {
            return None;
        }
        self.only_body_named_before(before, |actor| {
            !matches!(actor.kind, ActorKind::Person | ActorKind::Media)
                && actor.aliases.iter().any(|alias| alias.split_whitespace().any(|w| w == word))
        })
    }

    /// The one actor that `fits` and is named before token `before` (its first mention, in
    /// bytes, comes first); none when two are.
    fn only_body_named_before(
        &self,
        before: usize,
        fits: impl Fn(&crate::extract::actors::ActorDraft) -> bool,
    ) -> Option<usize> {
        let before_byte = self.text.tokens.get(before)?.start_byte();
        let mut bodies = self.actors.actors.iter().enumerate().filter(|(_, actor)| {
            actor.mentions.first().is_some_and(|first| first.start() < before_byte) && fits(actor)
        });
        let (body, _) = bodies.next()?;
        bodies.next().is_none().then_some(body)
    }

    /// Whether the word at `at` introduces someone new: "a", "an" or "one"
    /// ([`Words::UnnamedSourceOpeners`]).
    fn indefinite_article(&self, at: usize) -> bool {
        LEXICON.word_in(Words::UnnamedSourceOpeners, self.text, at)
    }

    /// "a company spokeswoman", "a senior ministry official": the lower-case word at `at`, right
    /// after "a", "an" or "one" (perhaps with one plain word between), is a generic word for a
    /// firm ([`Words::CompanyReferences`]) or an organisation's head ("ministry", "police"), and
    /// exactly one actor of that sort is named before token `before`: a firm (named with a firm's
    /// ending, or referred to as "the company"), or a body with the word in one of its names.
    fn body_of_generic_word(&self, at: usize, before: usize) -> Option<usize> {
        let token = self.text.tokens.get(at)?;
        // "a senior ministry official": one plain word may describe the speaker before it.
        let article = at.checked_sub(1).filter(|&a| self.indefinite_article(a)).or_else(|| {
            at.checked_sub(2).filter(|&a| {
                self.indefinite_article(a)
                    && self
                        .text
                        .tokens
                        .get(a + 1)
                        .is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
                    && !LEXICON.is_stopword(self.text, a + 1)
            })
        });
        if token.kind != TokenKind::Word || token.capitalised || article.is_none() {
            return None;
        }
        let word = self.word(at).to_ascii_lowercase();
        let firm = LEXICON.has(Words::CompanyReferences, &word);
        if !firm && LEXICON.org_head_key(&word).is_none() {
            return None;
        }
        self.only_body_named_before(before, |actor| {
            if firm {
                // Referred to as "the company", or named with a firm's ending.
                let referred = actor.aliases.iter().any(|alias| {
                    let alias = alias.to_lowercase();
                    alias.strip_prefix("the ").is_some_and(|noun| LEXICON.has(Words::CompanyReferences, noun))
                });
                let ending = actor.name.split_whitespace().last().is_some_and(|last| {
                    LEXICON.has(Words::CompanyNameEndings, &last.trim_end_matches('.').to_lowercase())
                });
                actor.kind == ActorKind::Organisation && (referred || ending)
            } else {
                !matches!(actor.kind, ActorKind::Person | ActorKind::Media)
                    && actor
                        .aliases
                        .iter()
                        .flat_map(|alias| alias.split_whitespace())
                        .any(|w| w.eq_ignore_ascii_case(&word))
            }
        })
    }

    /// `A former signalman accused of spying told a court he had been "…". Jo Bell, 38, has
    /// pleaded guilty …`: a person described with "a" or "an" whom the next sentence (in the same
    /// paragraph or the next) opens by naming, and whom the text has not named before, is that
    /// person (a lede that names its subject a sentence late).
    pub(super) fn person_named_next(&self, span: &QuoteSpan, phrase: &str) -> Option<usize> {
        let first = phrase.split_whitespace().next()?;
        if !(first.eq_ignore_ascii_case("a") || first.eq_ignore_ascii_case("an")) {
            return None;
        }
        let close = self.text.tokens.get(span.close_token)?;
        let open_sentence = self.text.sentences.get(self.text.tokens.get(span.open_token)?.sentence())?;
        let next = self.text.sentences.get(close.sentence() + 1)?;
        let next_paragraph = self.text.tokens.get(next.start)?.paragraph();
        if next_paragraph > close.paragraph() + 1 {
            return None;
        }
        let mention = self.mention_at(next.start)?;
        if self.actors.kind_of(mention) != ActorKind::Person {
            return None;
        }
        // "Colonel Ana Berg said her men …": a person named with a title is introduced in a role of
        // their own, another source than the one described.
        if LEXICON.title_at(self.text, mention.start_token).is_some()
            || mention.start_token > 0 && LEXICON.title_at(self.text, mention.start_token - 1).is_some()
        {
            return None;
        }
        // "Dr Ana Vell, a security analyst at the university, said …": a person introduced with a
        // role of their own is another source, not the one described.
        if self.text.is_punct(mention.end_token, ',')
            && (self.text.is_word_ci(mention.end_token + 1, "a")
                || self.text.is_word_ci(mention.end_token + 1, "an"))
        {
            return None;
        }
        // "Jo Bell, 27, and Ana Vell, 31, were jailed": a sentence that opens on two people names
        // neither as the one described.
        let mut after = mention.end_token;
        if self.text.is_punct(after, ',')
            && self.text.tokens.get(after + 1).is_some_and(|t| t.kind == TokenKind::Number)
            && self.text.is_punct(after + 2, ',')
        {
            after += 3;
        }
        if self.text.is_word_ci(after, "and")
            && self.mention_at(after + 1).is_some_and(|m| self.actors.kind_of(m) == ActorKind::Person)
        {
            return None;
        }
        // The first of the actor's own mentions tells whether it was named before, in one step.
        let sentence_byte = self.text.tokens.get(open_sentence.start)?.start_byte();
        let first_named = self.actors.actors.get(mention.actor)?.mentions.iter().map(|m| m.start()).min()?;
        (first_named >= sentence_byte).then_some(mention.actor)
    }

    /// `The Ostland embassy in Kessa rejected it. "…," an embassy spokesperson said.`: a
    /// spokesperson described by a plain noun for a body ("an embassy spokesperson", "a ministry
    /// spokesman") speaks for the body named with that noun in the quote's sentence or the few
    /// before it, the nearest such; nobody is guessed when none was named.
    pub(super) fn spokesperson_of_named_body(&self, span: &QuoteSpan, phrase: &str) -> Option<usize> {
        let words: Vec<&str> = phrase.split_whitespace().collect();
        let [article, body, noun] = words[..] else { return None };
        if !(article.eq_ignore_ascii_case("a") || article.eq_ignore_ascii_case("an"))
            || !voice_noun(&noun.to_ascii_lowercase())
            || body.chars().next().is_some_and(char::is_uppercase)
        {
            return None;
        }
        let body = body.to_ascii_lowercase();
        let is_body_noun = LEXICON.org_head_key(&body).is_some() || LEXICON.has(Words::OrgNouns, &body);
        if !is_body_noun {
            return None;
        }
        let sentence_index = self.text.tokens.get(span.open_token)?.sentence();
        let first = self.text.sentences.get(sentence_index.saturating_sub(INTRODUCTION_SENTENCES))?.start;
        let before = self.actors.mentions.partition_point(|m| m.start_token < span.open_token);
        self.actors.mentions[..before]
            .iter()
            .rev()
            // Bounded, so that a megabyte-long sentence stays linear.
            .take(NAMED_BODY_MENTIONS)
            .take_while(|m| m.start_token >= first)
            .filter(|m| !matches!(self.actors.kind_of(m), ActorKind::Person | ActorKind::Media))
            .find(|m| (m.start_token..m.end_token).any(|i| self.text.key(i) == body))
            .map(|m| m.actor)
    }
}
