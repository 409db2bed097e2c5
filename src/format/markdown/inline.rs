//! One-line pieces of the workbook file: reversible escaping of values, display text, and the
//! attributes of `<!-- convene:… -->` tags.
//!
//! Every `escape` has an exact inverse in `unescape`, and every `encode` in `decode`: never
//! lose or change a character here.

use std::fmt::Write as _;

/// ASCII characters always written with a backslash, so that no value can start Markdown
/// emphasis, code, links, HTML, entities or table cells.
const SPECIAL: &[char] = &['\\', '`', '*', '_', '[', ']', '<', '>', '|', '&', '~'];

/// Escapes a value so that it stays on one line, renders as the same text, and can be read
/// back exactly with `unescape`.
///
/// Line breaks become `<br>`, control characters and tabs become numeric character references,
/// leading and trailing spaces become `&#32;`, and Markdown punctuation gets a backslash (so
/// does any punctuation at the start, and the `.`/`)` after leading digits, so a value never
/// starts a list, heading, quote or thematic break).
pub fn escape(s: &str) -> String {
    escape_with(s, &[])
}

/// Like `escape`, also escaping `extra` characters (a label followed by `:` escapes `:`).
pub fn escape_with(s: &str, extra: &[char]) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    escape_into(&mut out, s, extra);
    out
}

/// `escape_with`, appending to `out`. Runs of plain characters are copied in one go.
pub fn escape_into(out: &mut String, s: &str, extra: &[char]) {
    let lead = s.len() - s.trim_start_matches(' ').len();
    let trail_from = s.trim_end_matches(' ').len().max(lead);
    let mut leading_digits = true;
    let mut plain_from = 0;
    for (i, c) in s.char_indices() {
        let digit_run = leading_digits && c.is_ascii_digit();
        let needs = match c {
            ' ' => i < lead || i >= trail_from,
            '\n' => true,
            '.' | ')' => leading_digits && i > 0 || i == 0 || extra.contains(&c),
            c if c.is_ascii_punctuation() => i == 0 || SPECIAL.contains(&c) || extra.contains(&c),
            c => c.is_control() || (!c.is_ascii() && extra.contains(&c)),
        };
        leading_digits = digit_run;
        if !needs {
            continue;
        }
        out.push_str(&s[plain_from..i]);
        plain_from = i + c.len_utf8();
        match c {
            ' ' => out.push_str("&#32;"),
            '\n' => out.push_str("<br>"),
            c if c.is_control() => {
                let _ = write!(out, "&#{};", u32::from(c));
            }
            c => {
                out.push('\\');
                out.push(c);
            }
        }
    }
    out.push_str(&s[plain_from..]);
}

/// The exact inverse of `escape`; also reads what people type by hand: any backslash escape
/// of ASCII punctuation, `<br>`, `<br/>`, numeric character references and the common named
/// ones. Everything else is kept as it is.
pub fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        // Runs with nothing to undo are copied whole (memchr3: many bytes at a time).
        let plain = memchr::memchr3(b'\\', b'&', b'<', rest.as_bytes()).unwrap_or(rest.len());
        if plain > 0 {
            out.push_str(&rest[..plain]);
            rest = &rest[plain..];
            continue;
        }
        match c {
            '\\' => match rest[1..].chars().next() {
                Some(n) if n.is_ascii_punctuation() => {
                    out.push(n);
                    rest = &rest[2..];
                }
                _ => {
                    out.push('\\');
                    rest = &rest[1..];
                }
            },
            '&' => match entity(rest) {
                Some((ch, len)) => {
                    out.push(ch);
                    rest = &rest[len..];
                }
                None => {
                    out.push('&');
                    rest = &rest[1..];
                }
            },
            '<' => match ["<br>", "<br/>", "<br />"]
                .iter()
                .find(|b| rest.starts_with(*b))
            {
                Some(b) => {
                    out.push('\n');
                    rest = &rest[b.len()..];
                }
                None => {
                    out.push('<');
                    rest = &rest[1..];
                }
            },
            c => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

/// A character reference at the start of `s`: the character and the reference's length.
fn entity(s: &str) -> Option<(char, usize)> {
    let (end, _) = s.char_indices().take(34).find(|&(_, c)| c == ';')?;
    let body = &s[1..end];
    let ch = if let Some(num) = body.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) if !hex.is_empty() && hex.len() <= 6 => u32::from_str_radix(hex, 16).ok()?,
            None if !num.is_empty()
                && num.len() <= 7
                && num.bytes().all(|b| b.is_ascii_digit()) =>
            {
                num.parse().ok()?
            }
            _ => return None,
        };
        char::from_u32(code)?
    } else {
        match body {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => '\u{a0}',
            _ => return None,
        }
    };
    Some((ch, end + 1))
}

/// Text from the pack or the front matter, shown on one line (headings, prompts, labels).
/// Lossy on purpose: line breaks and control characters become spaces. Never read back.
pub fn display(s: &str) -> String {
    display_with(s, &[])
}

/// Like `display`, also escaping `extra` characters.
pub fn display_with(s: &str, extra: &[char]) -> String {
    let breaks = |c: char| c.is_control() || matches!(c, '\u{2028}' | '\u{2029}');
    if !s.contains(breaks) {
        return escape_with(s.trim(), extra);
    }
    let flat: String = s.chars().map(|c| if breaks(c) { ' ' } else { c }).collect();
    escape_with(flat.trim(), extra)
}

/// `encode_into` to a new string.
#[cfg(test)]
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    encode_into(&mut out, s);
    out
}

/// Percent-encodes an attribute value, appending to `out`: the result never holds quotes,
/// `>`, pipes, whitespace or control characters, so it cannot end a comment, a table cell
/// or a line.
pub fn encode_into(out: &mut String, s: &str) {
    let mut plain_from = 0;
    for (i, c) in s.char_indices() {
        if c.is_whitespace()
            || c.is_control()
            || matches!(
                c,
                '%' | '"' | '\'' | '<' | '>' | '&' | ';' | '\\' | '|' | '`'
            )
        {
            out.push_str(&s[plain_from..i]);
            plain_from = i + c.len_utf8();
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
    out.push_str(&s[plain_from..]);
}

/// The inverse of `encode`. `None` when a `%` is not followed by two hex digits or the bytes
/// are not UTF-8.
pub fn decode(s: &str) -> Option<String> {
    if !s.contains('%') {
        return Some(s.to_string());
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// A `<!-- convene:NAME key="value" … -->` tag, values decoded. Borrows from the line it
/// was read from (a value is copied only when it had `%` escapes to decode): reading a
/// workbook meets one on nearly every line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag<'a> {
    pub name: &'a str,
    pub attrs: Vec<(&'a str, std::borrow::Cow<'a, str>)>,
}

impl Tag<'_> {
    pub fn get(&self, key: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.as_ref())
    }
}

/// Writes a tag. Values are encoded here.
pub fn tag(name: &str, attrs: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(
        24 + attrs
            .iter()
            .map(|(k, v)| k.len() + v.len() + 4)
            .sum::<usize>(),
    );
    tag_into(&mut out, name, attrs);
    out
}

/// `tag`, appending to `out`.
pub fn tag_into(out: &mut String, name: &str, attrs: &[(&str, &str)]) {
    out.push_str("<!-- convene:");
    out.push_str(name);
    for (k, v) in attrs {
        out.push(' ');
        out.push_str(k);
        out.push_str("=\"");
        encode_into(out, v);
        out.push('"');
    }
    out.push_str(" -->");
}

/// Parses the inside of a tag, from just after `convene:` to just before `-->`.
pub fn parse_tag(inner: &str) -> Result<Tag<'_>, String> {
    let inner = inner.trim();
    let (name, mut rest) = inner.split_once(' ').unwrap_or((inner, ""));
    if name.is_empty() {
        return Err("a convene tag has no name".to_string());
    }
    let mut attrs = Vec::new();
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            break;
        }
        let Some((key, after)) = split_at_value(rest) else {
            return Err(format!(
                "cannot read `{rest}` in a convene tag (expected key=\"value\")"
            ));
        };
        let Some(end) = memchr::memchr(b'"', after.as_bytes()) else {
            return Err(format!(
                "the value of `{key}` in a convene tag has no closing quote"
            ));
        };
        let (value, after) = (&after[..end], &after[end + 1..]);
        let value =
            if value.contains('%') {
                std::borrow::Cow::Owned(decode(value).ok_or_else(|| {
                    format!("the value of `{key}` in a convene tag is badly encoded")
                })?)
            } else {
                std::borrow::Cow::Borrowed(value)
            };
        attrs.push((key.trim(), value));
        rest = after;
    }
    Ok(Tag { name, attrs })
}

/// `s.split_once("=\"")`, without setting up a searcher for the two-byte pattern each time.
fn split_at_value(s: &str) -> Option<(&str, &str)> {
    let bytes = s.as_bytes();
    let at = memchr::memchr_iter(b'=', bytes).find(|&i| bytes.get(i + 1) == Some(&b'"'))?;
    Some((&s[..at], &s[at + 2..]))
}

/// Splits a line into its visible part and a trailing convene tag, if any. The tag is found
/// only where it is not backslash-escaped; the visible part loses trailing spaces (values
/// never end with a raw space: `escape` writes it as `&#32;`).
pub fn split_tag(line: &str) -> Result<(&str, Option<Tag<'_>>), String> {
    const OPEN: &str = "<!-- convene:";
    let bytes = line.as_bytes();
    let mut i = 0;
    while let Some(skip) = bytes.get(i..).and_then(|b| memchr::memchr2(b'\\', b'<', b)) {
        i += skip;
        if bytes[i] == b'\\' {
            i += 2;
            continue;
        }
        if bytes[i..].starts_with(OPEN.as_bytes()) {
            let after = &line[i + OPEN.len()..];
            let Some(end) = tag_end(after) else {
                return Err("a convene tag is not closed with `-->`".to_string());
            };
            if !after[end + 3..].trim().is_empty() {
                return Err("text after a convene tag (a tag must end its line)".to_string());
            }
            let visible = line[..i].trim_end_matches([' ', '\t']);
            return Ok((visible, Some(parse_tag(&after[..end])?)));
        }
        i += 1;
    }
    Ok((line.trim_end_matches([' ', '\t']), None))
}

/// Where the first `-->` starts (a `str::find` of a string pattern sets up a searcher each
/// time; a tag's end is found many times per file).
fn tag_end(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    memchr::memchr_iter(b'-', bytes).find(|&i| bytes[i..].starts_with(b"-->"))
}

/// Splits at the first `:` that is not backslash-escaped.
pub fn split_label(s: &str) -> Option<(&str, &str)> {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b':' => return Some((&s[..i], &s[i + 1..])),
            _ => i += 1,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_round_trips_hostile_text() {
        for s in [
            "",
            " ",
            "  a  ",
            "- item",
            "1. first",
            "12) x",
            "# h",
            "a|b\\|c\\",
            "<!-- convene:answer -->",
            "&amp; &#32; <br>",
            "line\nbreak\r\n\t\0",
            "***",
            "日本語 عربى 🎉",
            "\\",
        ] {
            assert_eq!(unescape(&escape(s)), s, "{s:?} -> {:?}", escape(s));
            assert!(!escape(s).contains('\n'));
        }
    }

    #[test]
    fn encode_round_trips() {
        for s in ["", "a b", "%\"<>|;\n", "ö 🎉", "-->"] {
            let e = encode(s);
            assert!(!e.contains(['"', '>', '|', ' ', '\n']));
            assert_eq!(decode(&e).as_deref(), Some(s));
        }
    }

    #[test]
    fn tags_split_from_visible_text() {
        let line = format!("Lead \\<!-- x {}", tag("choice", &[("id", "a b")]));
        let (visible, t) = split_tag(&line).unwrap();
        assert_eq!(visible, "Lead \\<!-- x");
        assert_eq!(t.unwrap().get("id"), Some("a b"));
    }
}
