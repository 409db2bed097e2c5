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
    for (i, line) in s.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        for c in crate::text::sanitize::clean_keep_tabs(line).chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' => out.push_str("&quot;"),
                '\'' => out.push_str("&#39;"),
                c if is_noncharacter(c) => out.push('\u{fffd}'),
                c => out.push(c),
            }
        }
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
