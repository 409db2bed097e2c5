//! Text to a width: the words and single spaces a line wraps at, text cut to a number of
//! terminal columns, and text laid out as indented lines.
//!
//! Pure text, no terminal types. Never measures with byte counts (display width from
//! `unicode-width`).

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Words and single spaces (runs of whitespace collapse to one space).
pub fn tokens(text: &str) -> impl Iterator<Item = &str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c == ' ' || c == '\t' {
            if let Some(s) = start.take() {
                out.push(&text[s..i]);
            }
            if out.last() != Some(&" ") {
                out.push(" ");
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out.into_iter()
}

/// `text` cut to `max` terminal columns, ending in `…` when cut (wide characters count
/// double).
pub fn fit(text: &str, max: usize) -> String {
    if text.width() <= max {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > max {
            break;
        }
        used += w;
        out.push(c);
    }
    if max > 0 {
        out.push('…');
    }
    out
}

/// Multi-line text (a guidance note, an answer) as lines, each indented by `indent`; blank
/// lines stay blank (no trailing spaces). For front ends that print lines (plain mode).
pub fn indented(text: &str, indent: &str) -> Vec<String> {
    text.trim_end()
        .lines()
        .map(|l| {
            if l.trim().is_empty() {
                String::new()
            } else {
                format!("{indent}{l}")
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn long_text_is_cut_to_the_column_budget_with_an_ellipsis() {
        use unicode_width::UnicodeWidthStr;
        assert_eq!(
            super::fit(&"x".repeat(50), 10),
            format!("{}…", "x".repeat(9))
        );
        assert_eq!(super::fit("short", 10), "short");
        assert!(super::fit(&"界".repeat(30), 10).width() <= 10);
    }
}
