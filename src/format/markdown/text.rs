//! Text answers between their markers: raw Markdown when that is safe, otherwise a fenced
//! block (verbatim, or escaped when the text holds control characters).
//!
//! Never writes a text whose reading could differ from what was typed: `is_raw_safe` decides
//! with pulldown-cmark whether the closing marker would still be seen as its own block.

use pulldown_cmark::{Event, Options, Parser, Tag};

use std::fmt::Write as _;

/// The info string of a fenced answer whose lines are the text itself.
pub const VERBATIM: &str = "convene-text";
/// The info string of a fenced answer written with `\\` and `\u{…}` escapes.
pub const ESCAPED: &str = "convene-escaped";

/// Writes the text as the lines between its markers (ending with a line break).
pub fn write(out: &mut String, text: &str) {
    if is_raw_safe(text) {
        out.push_str(text);
        out.push('\n');
        return;
    }
    let needs_escape = text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t');
    let body = if needs_escape {
        escape(text)
    } else {
        text.to_string()
    };
    let fence = "`".repeat(longest_run(&body, '`').max(2) + 1);
    let info = if needs_escape { ESCAPED } else { VERBATIM };
    let _ = write!(out, "{fence}{info}\n{body}\n{fence}\n");
}

/// True when `text` can stand between its markers as plain Markdown.
pub fn is_raw_safe(text: &str) -> bool {
    if text.trim().is_empty()
        || text
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t')
        || text.split('\n').any(is_marker_like)
        || text
            .split('\n')
            .next()
            .is_some_and(|l| fence_open(l).is_some())
    {
        return false;
    }
    closing_marker_survives(text)
}

/// Whether the closing marker after `text` is still a top-level HTML block of its own, i.e.
/// the text leaves no code block, HTML block, list or quote open that would swallow it.
fn closing_marker_survives(text: &str) -> bool {
    let doc = format!("{text}\n{}\n", super::CLOSE);
    let marker_at = text.len() + 1;
    let mut depth = 0usize;
    for (event, range) in Parser::new_ext(&doc, Options::ENABLE_TABLES).into_offset_iter() {
        match event {
            Event::Start(Tag::HtmlBlock) if depth == 0 && range.start == marker_at => {
                return true;
            }
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            _ if range.end > marker_at => return false,
            _ => {}
        }
    }
    false
}

/// A line the reader could take for one of the file's own markers.
pub fn is_marker_like(line: &str) -> bool {
    line.trim_start()
        .strip_prefix("<!--")
        .map(str::trim_start)
        .is_some_and(|rest| rest.starts_with("convene:") || rest.starts_with("/convene:"))
}

/// A fence opener: its character and length, and its info string.
pub fn fence_open(line: &str) -> Option<(char, usize, &str)> {
    let indent = line.len() - line.trim_start_matches(' ').len();
    if indent > 3 {
        return None;
    }
    let rest = &line[indent..];
    let c = rest.chars().next().filter(|c| matches!(c, '`' | '~'))?;
    let len = rest.len() - rest.trim_start_matches(c).len();
    if len < 3 {
        return None;
    }
    let info = rest[len..].trim();
    if c == '`' && info.contains('`') {
        return None;
    }
    Some((c, len, info))
}

/// Whether `line` closes a fence of `c` at least `len` long.
pub fn fence_closes(line: &str, c: char, len: usize) -> bool {
    let indent = line.len() - line.trim_start_matches(' ').len();
    let rest = &line[indent..];
    indent <= 3
        && rest.len() - rest.trim_start_matches(c).len() >= len
        && rest
            .trim_start_matches(c)
            .trim_matches([' ', '\t'])
            .is_empty()
}

fn longest_run(s: &str, c: char) -> usize {
    let (mut best, mut run) = (0, 0);
    for ch in s.chars() {
        run = if ch == c { run + 1 } else { 0 };
        best = best.max(run);
    }
    best
}

/// `\` becomes `\\`, control characters other than line feed and tab become `\u{hex}`.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            c if c.is_control() && c != '\n' && c != '\t' => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out
}

/// The inverse of `escape`; the error names what could not be read.
pub fn unescape(text: &str) -> Result<String, String> {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('\\') => out.push('\\'),
            Some('u') => {
                let rest = chars.as_str();
                let code = rest
                    .strip_prefix('{')
                    .and_then(|r| r.split_once('}'))
                    .and_then(|(hex, _)| u32::from_str_radix(hex, 16).ok().map(|n| (n, hex.len())))
                    .and_then(|(n, len)| char::from_u32(n).map(|ch| (ch, len)));
                let Some((ch, len)) = code else {
                    return Err("a `\\u{…}` escape in an escaped answer is not valid".to_string());
                };
                out.push(ch);
                chars = rest[len + 2..].chars();
            }
            _ => {
                return Err(
                    "a backslash in an escaped answer must be `\\\\` or `\\u{…}`".to_string(),
                );
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_markdown_stays_raw() {
        assert!(is_raw_safe(
            "Some *text*\n\n- a list\n\n```\ncode\n```\nend"
        ));
        assert!(is_raw_safe(
            "# heading\n---\n| a | b |\n|---|---|\n| 1 | 2 |"
        ));
    }

    #[test]
    fn hostile_text_is_fenced() {
        for t in [
            "",
            "  \n",
            "```\nunclosed",
            "<!-- unclosed comment",
            "<pre>\nx",
            "a\n<!-- /convene:answer -->",
            "x\r\ny",
            "nul\0",
            "```convene-text\nx\n```",
        ] {
            assert!(!is_raw_safe(t), "{t:?}");
        }
    }

    #[test]
    fn escapes_round_trip() {
        let t = "a\\b\0c\r\n\u{7f}\u{85}";
        assert_eq!(unescape(&escape(t)).unwrap(), t);
    }
}
