//! How long an answer may run in the session pack: an answer longer than `LONG` characters
//! is cut to its opening, and an answer from before the session (beside the answer it
//! became) to a shorter one, `BEFORE`; each cut is marked `[…]`. The pack says so at its top;
//! `--full` keeps every word.
//!
//! Pure.

use std::borrow::Cow;

/// The longest answer the pack shows whole, in characters (about six printed lines).
pub const LONG: usize = 480;

/// The longest answer from before the session the pack shows whole: its opening is enough
/// to recognise it beside the answer it became.
pub const BEFORE: usize = 60;

/// Where a text was cut.
pub const CUT: &str = " […]";

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
}
