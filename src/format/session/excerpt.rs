//! What of an answer the session pack shows. A question on the session's own paths (the
//! pack's declared paths, such as its core pre-work) shows every answer in words, one longer
//! than `LONG` characters cut to its opening; a question only in the whole workbook shows
//! what its answers add up to, not their words (`Words`). An answer from before the session,
//! beside the answer it became, is cut to `BEFORE`. Each cut is marked `[…]`. The pack says
//! so at its top; `--full` keeps every word.
//!
//! Pure.

use std::borrow::Cow;

use crate::content::{Pack, Prompt};

/// The longest answer the pack shows whole, in characters (about six printed lines).
pub const LONG: usize = 480;

/// The longest answer from before the session the pack shows whole: its opening is enough
/// to recognise it beside the answer it became.
pub const BEFORE: usize = 60;

/// Where a text was cut.
pub const CUT: &str = " […]";

/// Whether the session pack shows one question's answers in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Words {
    /// A question on one of the session's paths: every answer in words, each up to `LONG`
    /// characters.
    Shown,
    /// A question only in the whole workbook: what its answers add up to (the headline, a
    /// grid's or a list's counts), not their words. An answer with a coach's note still
    /// shows, with the note.
    Counted,
}

impl Words {
    /// `Shown` for a prompt whose exercise is on a declared path, and for every prompt of a
    /// pack that declares none; `Counted` otherwise.
    pub fn of(pack: &Pack, prompt: &Prompt) -> Words {
        let declares = pack.exercises().any(|e| !e.paths.is_empty());
        match pack.locate(&prompt.qualified_id) {
            Some((_, e)) if declares && e.paths.is_empty() => Words::Counted,
            _ => Words::Shown,
        }
    }
}

/// `text` whole when it has at most `max` characters; else its first `max` characters, back
/// to the last space in them (when that keeps at least half), then `CUT`.
pub fn excerpt(text: &str, max: usize) -> Cow<'_, str> {
    let Some((end, _)) = text.char_indices().nth(max) else {
        return Cow::Borrowed(text);
    };
    let head = &text[..end];
    let head = match head.rfind(char::is_whitespace) {
        Some(space) if head[..space].chars().count() >= max / 2 => &head[..space],
        _ => head,
    };
    Cow::Owned(format!("{}{CUT}", head.trim_end()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_text_is_whole_and_a_long_one_cut_at_a_space_and_marked() {
        assert_eq!(excerpt("five words in a line", 20), "five words in a line");
        assert_eq!(excerpt("five words in a line", 12), "five words […]");
        // No space in the second half: cut where the count ends, never inside a character.
        assert_eq!(excerpt("ab cdéfghij", 8), "ab cdéfg […]");
        assert_eq!(excerpt("ééé", 2), "éé […]");
        assert_eq!(excerpt("", 0), "");
    }

    #[test]
    fn words_show_on_the_sessions_paths_and_on_every_question_of_a_pack_without_paths() {
        let mut pack = crate::content::load_builtin().unwrap_or_else(|p| unreachable!("{p:?}"));
        let words = |pack: &Pack, exercise: &str| {
            let e = pack
                .exercise(exercise)
                .unwrap_or_else(|| unreachable!("{exercise}"));
            let prompt = e
                .prompts
                .first()
                .unwrap_or_else(|| unreachable!("{exercise}"));
            Words::of(pack, prompt)
        };
        // The core pre-work's power and stake, and the whole workbook's programme brief.
        assert_eq!(words(&pack, "power-and-stake"), Words::Shown);
        assert_eq!(words(&pack, "two-framings"), Words::Counted);
        for theme in &mut pack.themes {
            for exercise in &mut theme.exercises {
                exercise.paths.clear();
            }
        }
        assert_eq!(words(&pack, "two-framings"), Words::Shown);
    }
}
