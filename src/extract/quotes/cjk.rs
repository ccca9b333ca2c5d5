//! Speakers in Chinese, Japanese and Korean news, which the English rules cannot read:
//! - Japanese `木原防衛相は「…」と述べた`: the subject before は or が, when と and a speech verb
//!   follow the quote;
//! - Korean `김민수 장관은 “…”라고 말했다`: the words before 은 or 는, when a quotative ending and a
//!   speech verb follow;
//! - Chinese `王毅表示：“…”` or `“…”，王毅说。`: the phrase a speech verb ends, right before or
//!   after the quote, less a time word (`周三`).
//!
//! The speaker is given in words, as the article writes it (the actor rules are English-only).
//! A subject that only points back (`同氏`, `그는`) or a phrase that is too long to be a name leaves
//! the quote open.

use super::*;
use crate::model::span::{ceil_char_boundary, floor_char_boundary};
use crate::model::text::is_cjk_letter;

/// How many Korean quotes joined by a connective ending ("…"라며 "…") are followed to the one
/// whose verb attributes them.
const JOINED_KOREAN_QUOTES: usize = 4;

/// A speaker phrase longer than this (in characters) is a clause, not a name.
const MAX_SPEAKER_CHARS: usize = 16;

/// How many Korean words a speaker may have (`김민수 산업통상자원부 장관`).
const MAX_KOREAN_WORDS: usize = 4;

/// How far (in bytes) before and after a quote its speaker and verb are looked for: a few
/// dozen characters in these scripts, and a bound that keeps a megabyte-long sentence linear.
const REACH_BYTES: usize = 240;

impl Attributor<'_, '_> {
    pub(super) fn cjk_speaker(&self, span: &QuoteSpan) -> Option<String> {
        // Every pattern has a Han, kana or Hangul letter right before the quote or right after it
        // (past spaces and punctuation): a quote in English text is done with at once.
        let letter = |c: &char| !c.is_whitespace() && !c.is_ascii_punctuation() && !is_cjk_punctuation(*c);
        let near = self.lead_of(span).chars().rev().find(letter).is_some_and(is_cjk_letter)
            || self.tail_of(span).chars().find(letter).is_some_and(is_cjk_letter);
        if !near {
            return None;
        }
        self.japanese_speaker(span)
            .or_else(|| self.korean_speaker(span))
            .or_else(|| self.chinese_speaker(span))
    }

    /// The sentence's text from its start to the quote's opening mark (at most [`REACH_BYTES`]).
    fn lead_of(&self, span: &QuoteSpan) -> &str {
        let tokens = &self.text.tokens;
        let Some(open) = tokens.get(span.open_token) else { return "" };
        let Some(start) = self.text.sentences.get(open.sentence()).and_then(|s| tokens.get(s.start)) else {
            return "";
        };
        let from = start.start_byte().max(open.start_byte().saturating_sub(REACH_BYTES));
        self.text.slice(ceil_char_boundary(self.text.text, from), open.start_byte())
    }

    /// The text right after the quote's closing mark, to the end of the paragraph (at most
    /// [`REACH_BYTES`]).
    fn tail_of(&self, span: &QuoteSpan) -> &str {
        let tokens = &self.text.tokens;
        let Some(close) = tokens.get(span.close_token) else { return "" };
        let Some(end) =
            self.text.paragraphs.get(close.paragraph()).and_then(|p| tokens.get(p.end.checked_sub(1)?))
        else {
            return "";
        };
        let to = end.end_byte().min(close.end_byte() + REACH_BYTES);
        self.text.slice(close.end_byte(), floor_char_boundary(self.text.text, to))
    }

    fn japanese_speaker(&self, span: &QuoteSpan) -> Option<String> {
        let verb = self.tail_of(span).strip_prefix('と')?;
        if !LEXICON.entries(Words::JaSpeechVerbs).iter().any(|v| verb.starts_with(v.as_str())) {
            return None;
        }
        let lead = self.lead_of(span);
        let (at, _) = lead.char_indices().find(|(_, c)| {
            let mut buffer = [0; 4];
            LEXICON.has(Words::JaTopicParticles, c.encode_utf8(&mut buffer))
        })?;
        // The subject runs from the last comma or space before the particle ("１９日、首相は").
        let before = lead.get(..at)?;
        let subject = before.rsplit(['、', '，', ',', ' ', '\u{3000}']).next()?.trim();
        cjk_name(subject, Words::JaNonSpeakers)
    }

    fn korean_speaker(&self, span: &QuoteSpan) -> Option<String> {
        // `합참은 "…"라며 "…"이라고 말했다`: a quote joined to the next one by a connective ending
        // ("saying") has that one's speaker; a few quotes joined so at most.
        let mut span = span;
        for _ in 0..JOINED_KOREAN_QUOTES {
            let first = self.tail_of(span).split_whitespace().next()?;
            if !LEXICON.entries(Words::KoJoiningEndings).iter().any(|e| first == e.as_str()) {
                break;
            }
            let sentence = self.text.tokens.get(span.open_token)?.sentence();
            let next = self.spans.get(self.spans.partition_point(|s| s.open_token <= span.close_token))?;
            // Only the ending stands between the two quotes.
            if self.text.tokens.get(next.open_token)?.sentence() != sentence
                || next.open_token != span.close_token + 2
            {
                return None;
            }
            span = next;
        }
        let mut tail = self.tail_of(span).split_whitespace();
        let first = tail.next()?;
        // The ending may be a word of its own or glued to the verb's word ("라고 말했다").
        let ending_ok = LEXICON.entries(Words::KoQuoteEndings).iter().any(|e| first == e.as_str());
        let verb = if ending_ok { tail.next()? } else { return None };
        if !LEXICON.entries(Words::KoSpeechVerbs).iter().any(|v| verb.starts_with(v.as_str())) {
            return None;
        }
        let lead = self.lead_of(span);
        let words: Vec<&str> = lead.split_whitespace().collect();
        let topic = words.iter().position(|w| {
            LEXICON
                .entries(Words::KoTopicEndings)
                .iter()
                .any(|e| w.ends_with(e.as_str()) && w.len() > e.len())
        })?;
        // The speaker's words start after the last comma before the topic.
        let start = words.get(..topic)?.iter().rposition(|w| w.ends_with([',', '，'])).map_or(0, |i| i + 1);
        let phrase = words.get(start..=topic)?;
        if phrase.len() > MAX_KOREAN_WORDS {
            return None;
        }
        let joined = phrase.join(" ");
        let mut chars = joined.chars();
        chars.next_back();
        cjk_name(chars.as_str(), Words::KoNonSpeakers)
    }

    fn chinese_speaker(&self, span: &QuoteSpan) -> Option<String> {
        let lead = self.lead_of(span).trim_end();
        if let Some(before_colon) = lead.strip_suffix(['：', ':', '，', ','])
            && let Some(phrase) = before_colon.rsplit(['，', '。', ',', ' ', '、']).next()
            && let Some(name) = chinese_phrase_speaker(phrase)
        {
            return Some(name);
        }
        // "“…”，王毅说。": the phrase after the quote, up to the sentence's end.
        let tail = self.tail_of(span).trim_start_matches(['，', ',', ' ']);
        let phrase = tail.split(['。', '，', ',', '！', '？']).next()?;
        chinese_phrase_speaker(phrase)
    }
}

/// The punctuation of these scripts (、。「」…, full-width forms), which is no letter.
fn is_cjk_punctuation(c: char) -> bool {
    matches!(u32::from(c), 0x3000..=0x303F | 0xFF00..=0xFF0F | 0xFF1A..=0xFF20)
}

/// "王毅周三表示" → "王毅": a phrase ended by a speech verb (the list gives longer verbs first), less
/// a time word before the verb.
fn chinese_phrase_speaker(phrase: &str) -> Option<String> {
    let speaker =
        LEXICON.entries(Words::ZhSpeechVerbs).iter().find_map(|v| phrase.strip_suffix(v.as_str()))?;
    let speaker = LEXICON
        .entries(Words::ZhTimeWords)
        .iter()
        .find_map(|t| speaker.strip_suffix(t.as_str()))
        .unwrap_or(speaker);
    cjk_name(speaker, Words::JaNonSpeakers)
}

/// The subject as a speaker: a few letters (Han, kana, Hangul, Latin, digits, the middle dot of
/// foreign names), none of the words that only point back.
fn cjk_name(subject: &str, non_speakers: Words) -> Option<String> {
    let subject = subject.trim();
    let count = subject.chars().count();
    let letters = subject.chars().all(|c| c.is_alphanumeric() || matches!(c, '・' | '·' | ' '));
    let is_cjk = subject.chars().any(is_cjk_letter);
    (letters && is_cjk && (1..=MAX_SPEAKER_CHARS).contains(&count) && !LEXICON.has(non_speakers, subject))
        .then(|| subject.to_owned())
}

#[cfg(test)]
mod tests {
    use crate::extract::lexicon::{LEXICON, Words};
    use crate::extract::suggest;

    fn speakers(text: &str) -> Vec<(String, Option<String>)> {
        suggest(text).quotes.into_iter().map(|q| (q.text, q.speaker)).collect()
    }

    fn one(text: &str) -> Option<String> {
        let got = speakers(text);
        assert_eq!(got.len(), 1, "{got:?}");
        got.into_iter().next().and_then(|(_, s)| s)
    }

    #[test]
    fn japanese_subject_before_the_topic_particle_speaks_when_a_speech_verb_follows() {
        assert_eq!(one("山田外相は「対話の扉は開いている」と述べた。").as_deref(), Some("山田外相"));
        assert_eq!(one("３日、気象庁が「警戒を続けてほしい」と呼びかけた。").as_deref(), Some("気象庁"));
        // A statement named after the quote: "との声明を出した" ("issued a statement that…").
        assert_eq!(one("北海艦隊は「演習は予定通り続く」との声明を出した。").as_deref(), Some("北海艦隊"));
        // No speech verb after と, or a subject that only points back: open.
        assert_eq!(one("山田外相は「対話の扉」という言葉を使った。"), None);
        assert_eq!(one("同氏は「まだ早い」と語った。"), None);
    }

    #[test]
    fn korean_words_before_the_topic_ending_speak_when_a_quotative_and_a_verb_follow() {
        assert_eq!(
            one("박서연 외교부 대변인은 “대화를 계속하겠다”라고 말했다.").as_deref(),
            Some("박서연 외교부 대변인")
        );
        assert_eq!(one("그는 “아직 이르다”라고 밝혔다."), None);
        assert_eq!(one("박서연 대변인은 “대화”라는 표현을 썼다."), None);
    }

    #[test]
    fn a_korean_quote_joined_to_the_next_by_a_connective_ending_has_its_speaker() {
        let got = speakers("국방부는 “명백한 도발”이라며 “정밀 분석 중”이라고 밝혔다.");
        let named: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
        assert_eq!(named, [Some("국방부"), Some("국방부")], "{got:?}");
        // The ending before a verb of its own, with no quote after it, attributes nothing.
        let got = speakers("국방부는 “명백한 도발”이라며 우려를 나타냈다.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, None, "{got:?}");
    }

    #[test]
    fn chinese_phrase_ended_by_a_speech_verb_speaks_before_or_after_the_quote() {
        assert_eq!(
            one("外交部发言人李明周三表示：“我们反对任何单边行动。”").as_deref(),
            Some("外交部发言人李明")
        );
        assert_eq!(one("“我们会继续谈判，”李明说。").as_deref(), Some("李明"));
        assert_eq!(one("报道中出现了“新常态”这个词。"), None);
    }

    #[test]
    fn chinese_speech_verbs_are_listed_longer_first() {
        let lengths: Vec<usize> =
            LEXICON.entries(Words::ZhSpeechVerbs).iter().map(|v| v.chars().count()).collect();
        assert!(lengths.windows(2).all(|w| w[0] >= w[1]), "{lengths:?}");
    }

    #[test]
    fn a_speaker_phrase_that_is_a_clause_stays_open() {
        assert_eq!(
            one("東京都内で開かれた記者会見で新しい計画について説明した山田外相は「対話は続く」と述べた。"),
            None
        );
    }
}
