//! A guard run on YAML text before any parser sees it: flow collections (`[…]`, `{…}`)
//! nested deeper than any pack, workbook or notes file needs are refused, because the YAML
//! parser scans deeply nested flow collections in quadratic time (80,000 levels in 240 KB
//! stalled `open`, `list` and `review` for about 20 s).
//!
//! Pure and linear: one pass over the characters, no allocation. Never refuses what the
//! parser would read as text: brackets inside quotes, comments and plain words (`a [b] c`)
//! are not counted.

/// The deepest nesting of flow collections accepted. Packs use two or three levels;
/// convene's own front matter uses none.
pub const MAX_FLOW_DEPTH: usize = 32;

/// Where nesting first goes deeper than `MAX_FLOW_DEPTH`: (line, column), from 1.
pub fn too_deep(text: &str) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    let (mut line, mut column) = (1usize, 0usize);
    // Inside a quoted scalar: its quote character.
    let mut quote: Option<char> = None;
    let mut escaped = false;
    let mut comment = false;
    // The previous character, and whether a value may start here: at the start of a line,
    // after `- `, `: `, `? `, and in a flow collection after `[`, `{` or `,`.
    let mut prev = '\n';
    let mut value_start = true;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\n' {
            (line, column) = (line + 1, 0);
            (comment, prev, value_start) = (false, c, true);
            continue;
        }
        column += 1;
        if comment {
            continue;
        }
        if let Some(q) = quote {
            if escaped {
                escaped = false;
            } else if c == '\\' && q == '"' {
                escaped = true;
            } else if c == q {
                // `''` inside single quotes is a quote character, not the end.
                if q == '\'' && chars.peek() == Some(&'\'') {
                    chars.next();
                    column += 1;
                } else {
                    quote = None;
                    (prev, value_start) = (c, false);
                }
            }
            continue;
        }
        match c {
            '#' if prev.is_whitespace() => comment = true,
            '"' | '\'' if value_start => quote = Some(c),
            // In a flow collection a bracket is never part of a word: count them all.
            '[' | '{' if value_start || depth > 0 => {
                depth += 1;
                if depth > MAX_FLOW_DEPTH {
                    return Some((line, column));
                }
            }
            ']' | '}' if depth > 0 => depth -= 1,
            _ => {}
        }
        value_start = match c {
            ' ' | '\t' => value_start || matches!(prev, ':' | '-' | '?' | ','),
            '[' | '{' | ',' => depth > 0,
            _ => false,
        };
        prev = c;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_flow_nesting_is_found_where_it_goes_too_deep() {
        let deep = format!("id: x\ndeep: {}{}\n", "[".repeat(40), "]".repeat(40));
        assert_eq!(too_deep(&deep), Some((2, 6 + MAX_FLOW_DEPTH + 1)));
        let maps = format!("a:\n  - {}\n", "{b: ".repeat(80));
        assert!(too_deep(&maps).is_some());
        let shallow = format!("a: {}{}\n", "[".repeat(32), "]".repeat(32));
        assert_eq!(too_deep(&shallow), None);
        // A quote inside a word does not hide the brackets after it.
        let hidden = format!("a: [b', {}\n", "[".repeat(40));
        assert!(too_deep(&hidden).is_some());
    }

    #[test]
    fn brackets_that_are_text_are_not_counted() {
        for text in [
            format!("title: \"{}\"\n", "[".repeat(100)),
            format!("title: '{}'\n", "{".repeat(100)),
            format!("title: a {}\n", "[".repeat(100)),
            format!("# {}\nid: x\n", "[".repeat(100)),
            format!("note: |\n  text{}\n", "[".repeat(100)),
            format!(
                "list: [\"{}\", 'it''s {}']\n",
                "[".repeat(100),
                "{".repeat(100)
            ),
            format!("a: \"x\\\" {}\"\n", "[".repeat(100)),
        ] {
            assert_eq!(too_deep(&text), None, "{text}");
        }
    }
}
