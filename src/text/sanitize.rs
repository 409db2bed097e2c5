//! Making text safe to show: control characters become visible symbols. Every front end
//! (the screens, plain mode, the review exports, `convene list`) sanitises through here.
//!
//! Showing never drops or reorders characters: each control character maps to one visible
//! one, so what is shown is what is stored. The one filter that drops is `pasted`, for what
//! a paste may type in.

use std::borrow::Cow;

/// One line's worth of text with every control character made visible (tabs and line
/// breaks too: callers split lines first).
pub fn clean(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_mapping) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(mark).collect())
}

/// Like `clean`, but a tab becomes spaces (for multi-line answers shown as paragraphs).
pub fn clean_keep_tabs(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_mapping) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| if c == '\t' { ' ' } else { mark(c) })
            .collect(),
    )
}

/// Text from a participant's file made safe to show: control and bidirectional-override
/// characters become visible symbols. Line breaks are kept (callers split lines); tabs
/// become spaces.
pub fn visible(text: &str) -> String {
    visible_cow(text).into_owned()
}

/// `visible`, borrowing the text when nothing in it needs showing differently (most text:
/// the exports sanitise every cell and every word through here).
pub fn visible_cow(text: &str) -> Cow<'_, str> {
    let plain_ascii = text
        .bytes()
        .all(|b| (b' '..=b'~').contains(&b) || b == b'\n');
    if plain_ascii
        || !text
            .chars()
            .any(|c| c == '\t' || (c != '\n' && needs_mapping(c)))
    {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                '\n' => '\n',
                '\t' => ' ',
                c => mark(c),
            })
            .collect(),
    )
}

/// Pasted text as it may be typed in: line ends made `\n`, and every control character but
/// line breaks and tabs dropped (a paste can never type a key or an escape sequence).
pub fn pasted(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect()
}

/// Control characters, the zero-width space, and the marks and overrides that reorder text.
/// The zero-width joiner and non-joiner (U+200C, U+200D) are kept: they join an emoji's
/// parts (`👩‍⚕️`) and shape many scripts, and move nothing.
fn needs_mapping(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200b}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn mark(c: char) -> char {
    match c {
        // C0 controls have their own "control picture" symbols (␀ … ␟); DEL is ␡.
        '\0'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('�'),
        '\u{7f}' => '␡',
        c if needs_mapping(c) => '�',
        c => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_visible() {
        assert_eq!(clean("a\u{1b}[31mb"), "a␛[31mb");
        assert_eq!(clean("x\u{7}\u{7f}\u{9b}"), "x␇␡�");
        assert_eq!(clean("bidi\u{202e}x"), "bidi�x");
        assert_eq!(clean_keep_tabs("a\tb"), "a b");
    }

    #[test]
    fn joiners_are_kept_whole_and_reordering_marks_are_not() {
        let health_worker = "\u{1f469}\u{200d}\u{2695}\u{fe0f}";
        assert_eq!(clean(health_worker), health_worker);
        assert_eq!(clean("a\u{200c}b"), "a\u{200c}b");
        assert_eq!(clean("a\u{200f}b\u{200b}c"), "a�b�c");
    }

    #[test]
    fn a_paste_keeps_lines_and_tabs_and_drops_other_controls() {
        assert_eq!(pasted("a\r\nb\rc\td\u{1b}[2Je\u{7}"), "a\nb\nc\td[2Je");
    }

    #[test]
    fn visible_keeps_line_breaks_and_marks_the_rest() {
        assert_eq!(visible("a\tb\nc\u{1b}d\r\n\u{202e}é"), "a b\nc␛d␍\n�é");
        assert_eq!(visible("\n\nx\n"), "\n\nx\n");
        assert!(matches!(visible_cow("two\nlines, café"), Cow::Borrowed(_)));
        assert!(matches!(visible_cow("tab\there"), Cow::Owned(_)));
    }

    proptest::proptest! {
        /// The fast path says the same as sanitising line by line, as `visible` always did.
        #[test]
        fn visible_is_clean_keep_tabs_line_by_line(text in "(\\PC|[\t\r\n\u{0}-\u{1f}\u{7f}-\u{9f}\u{200b}-\u{200f}\u{202a}-\u{202e}])*") {
            let by_line = text
                .split('\n')
                .map(|line| clean_keep_tabs(line).into_owned())
                .collect::<Vec<_>>()
                .join("\n");
            proptest::prop_assert_eq!(visible(&text), by_line);
        }
    }

    #[test]
    fn plain_text_is_borrowed_unchanged() {
        assert!(matches!(clean("café — ok"), Cow::Borrowed("café — ok")));
    }
}
