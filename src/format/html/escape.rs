//! Text made safe for HTML and SVG: every control character made visible (as everywhere
//! convene shows text), characters HTML forbids replaced, and markup characters escaped, so a
//! participant's words can never open a tag, end a `<svg>` or `<style>`, or run a script.
//!
//! Pure; never drops a character without putting a visible one in its place.

/// `s` as element content or a quoted attribute value: line breaks kept, tabs as spaces,
/// other control characters as visible symbols, `& < > " '` as references.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    esc_into(&mut out, s);
    out
}

pub fn esc_into(out: &mut String, s: &str) {
    out.reserve(s.len());
    // Most prose is printable ASCII with nothing to clean: copy the runs between markup
    // characters whole (a 1 MB answer would otherwise go a character at a time). A line
    // with anything else in it goes the careful way, a character at a time.
    let bytes = s.as_bytes();
    let mut start = 0;
    while let Some(found) = first_not_plain(&bytes[start..]) {
        let i = start + found;
        if let Some(reference) = markup_reference(char::from(bytes[i])) {
            out.push_str(&s[start..i]);
            out.push_str(reference);
            start = i + 1;
            continue;
        }
        // From the start of this line (every byte before `i` on it is plain ASCII) to its end.
        let line = s[..i].rfind('\n').map_or(0, |n| n + 1).max(start);
        let end = s[i..].find('\n').map_or(s.len(), |n| i + n);
        out.push_str(&s[start..line]);
        esc_line_carefully(out, &s[line..end]);
        start = end;
    }
    out.push_str(&s[start..]);
}

/// Where the first byte that is not plain (`NOT_PLAIN`) is. Looks at 32 bytes at a time
/// with a test the compiler turns into vector instructions, then finds the byte in the
/// block that holds one.
fn first_not_plain(bytes: &[u8]) -> Option<usize> {
    const BLOCK: usize = 32;
    let blocks = bytes.chunks_exact(BLOCK);
    let rest = blocks.remainder();
    for (n, block) in blocks.enumerate() {
        let mut any = false;
        for &b in block {
            // One unsigned comparison for both ends of printable ASCII; `&`, not `&&`, so
            // that nothing branches.
            let outside = b.wrapping_sub(b' ') > b'~' - b' ';
            any |= (outside & (b != b'\n'))
                | (b == b'&')
                | (b == b'<')
                | (b == b'>')
                | (b == b'"')
                | (b == b'\'');
        }
        if any {
            return block
                .iter()
                .position(|&b| NOT_PLAIN[usize::from(b)])
                .map(|i| n * BLOCK + i);
        }
    }
    let before = bytes.len() - rest.len();
    rest.iter()
        .position(|&b| NOT_PLAIN[usize::from(b)])
        .map(|i| before + i)
}

/// Bytes that are not plain ASCII to copy as they are: markup characters, control
/// characters but the line break, and every byte of a character beyond ASCII.
const NOT_PLAIN: [bool; 256] = {
    let mut table = [true; 256];
    let mut b = b' ';
    while b <= b'~' {
        table[b as usize] = matches!(b, b'&' | b'<' | b'>' | b'"' | b'\'');
        b += 1;
    }
    table[b'\n' as usize] = false;
    table
};

/// One line (no line break in it) cleaned, then escaped a character at a time.
fn esc_line_carefully(out: &mut String, line: &str) {
    for c in crate::text::sanitize::clean_keep_tabs(line).chars() {
        match c {
            c if is_noncharacter(c) => out.push('\u{fffd}'),
            c => match markup_reference(c) {
                Some(reference) => out.push_str(reference),
                None => out.push(c),
            },
        }
    }
}

/// The character reference for a markup character, if `c` is one.
fn markup_reference(c: char) -> Option<&'static str> {
    match c {
        '&' => Some("&amp;"),
        '<' => Some("&lt;"),
        '>' => Some("&gt;"),
        '"' => Some("&quot;"),
        '\'' => Some("&#39;"),
        _ => None,
    }
}

/// `s` on one line (a label, a title): line breaks become spaces, then `esc`.
pub fn esc_line(s: &str) -> String {
    esc(&one_line(s))
}

/// Line breaks and runs of white space as single spaces, trimmed.
pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Unicode noncharacters, which an HTML parser reports as errors.
fn is_noncharacter(c: char) -> bool {
    let u = u32::from(c);
    (0xfdd0..=0xfdef).contains(&u) || (u & 0xfffe) == 0xfffe
}

/// `s` as the content of a CSS string in double quotes inside `<style>`: quotes, backslashes
/// and `<` (so `</style>` cannot appear) as CSS escapes, control characters dropped.
pub fn css_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in one_line(s).chars() {
        match c {
            '"' => out.push_str("\\22 "),
            '\\' => out.push_str("\\5C "),
            '<' => out.push_str("\\3C "),
            '>' => out.push_str("\\3E "),
            '&' => out.push_str("\\26 "),
            c if c.is_control() || is_noncharacter(c) => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The definition, a character at a time, that the fast path for ASCII lines must match.
    fn esc_by_char(s: &str) -> String {
        let mut out = String::new();
        for (i, line) in s.split('\n').enumerate() {
            if i > 0 {
                out.push('\n');
            }
            for c in crate::text::sanitize::clean_keep_tabs(line).chars() {
                match markup_reference(c) {
                    Some(r) => out.push_str(r),
                    None if is_noncharacter(c) => out.push('\u{fffd}'),
                    None => out.push(c),
                }
            }
        }
        out
    }

    #[test]
    fn lines_with_and_without_plain_ascii_escape_as_the_definition_does() {
        for s in [
            "a&b\ncé<d\ne\tf>\n'g'",
            "<x>é\n\nplain \"q\"\r\n\u{1b}[31m & ok",
            "é",
            "&\n\u{fdd0}&<",
            "",
        ] {
            assert_eq!(esc(s), esc_by_char(s), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn the_ascii_fast_path_escapes_as_the_definition_does(
            s in "([ -~]|[\t\r\n\u{0}-\u{1f}\u{7f}-\u{9f}]|[&<>\"']|\\PC|[\u{fdd0}\u{fffe}])*"
        ) {
            proptest::prop_assert_eq!(esc(&s), esc_by_char(&s));
        }
    }

    proptest::proptest! {
        #[test]
        fn the_block_search_finds_the_first_byte_the_table_finds(
            bytes in proptest::collection::vec(
                proptest::prop_oneof![
                    30 => 0x20u8..0x7f,
                    2 => proptest::strategy::Just(b'\n'),
                    1 => proptest::prelude::any::<u8>(),
                ],
                0..300,
            )
        ) {
            proptest::prop_assert_eq!(
                first_not_plain(&bytes),
                bytes.iter().position(|&b| NOT_PLAIN[usize::from(b)])
            );
        }
    }

    #[test]
    fn markup_and_controls_cannot_get_through() {
        assert_eq!(
            esc("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
        assert_eq!(esc("a\u{1b}[31m\u{0}b\u{9b}\r\n\tc"), "a␛[31m␀b�␍\n c");
        assert_eq!(
            esc("\u{fdd0}\u{fffe}\u{1ffff}ok"),
            "\u{fffd}\u{fffd}\u{fffd}ok"
        );
        assert_eq!(esc_line("a\n  b\t</svg>"), "a b &lt;/svg&gt;");
        assert_eq!(
            css_string("x\"}</style><script>\\\u{7}"),
            "x\\22 }\\3C /style\\3E \\3C script\\3E \\5C "
        );
    }
}
