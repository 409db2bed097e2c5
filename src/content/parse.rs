//! Reading one pack file: size and UTF-8 checks, serde_yaml into the raw shapes, and
//! serde_yaml's errors turned into problems a content author understands.
//!
//! Pure: bytes in, a raw value or one problem out. It never reads files and never panics on
//! any input; serde_yaml's own limits refuse alias bombs and deep nesting, and the position
//! index is built only for files serde_yaml accepted.

use serde::de::DeserializeOwned;

use super::positions::{LazyIndex, Pos};
use super::problem::Problem;
use super::words::{
    FIELD_COMMON_KEYS, PROMPT_COMMON_KEYS, closest, field_keys, prompt_keys, quoted_list,
};

/// The largest pack file accepted.
pub const MAX_FILE_BYTES: usize = 1024 * 1024;

/// A file that serde_yaml accepted, with the positions of its keys and values (found when
/// first asked for).
pub(crate) struct Parsed<T> {
    pub value: T,
    pub index: LazyIndex,
}

/// Parses one file into `T`, or says what is wrong with it.
pub(crate) fn parse_file<T: DeserializeOwned>(
    name: &str,
    bytes: &[u8],
) -> Result<Parsed<T>, Problem> {
    let problem = |pos: Pos, message: String, hint: Option<String>| Problem {
        file: name.to_string(),
        line: pos.line,
        column: pos.column,
        message,
        hint,
    };
    if bytes.len() > MAX_FILE_BYTES {
        return Err(problem(
            Pos::START,
            "the file is larger than 1 MB, the limit for a pack file".to_string(),
            Some("split the theme into smaller files, or trim it".to_string()),
        ));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let valid = String::from_utf8_lossy(&bytes[..err.valid_up_to()]);
            return Err(problem(
                end_of(&valid),
                "the file is not valid UTF-8 text".to_string(),
                Some("save the file as UTF-8 in your editor".to_string()),
            ));
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(problem(
            Pos::START,
            "the file is empty".to_string(),
            Some("a theme file needs at least an id, a title and exercises".to_string()),
        ));
    }
    match serde_yaml::from_str::<T>(text) {
        Ok(value) => Ok(Parsed {
            value,
            index: LazyIndex::new(text),
        }),
        Err(err) => {
            let pos = err.location().map_or(Pos::START, |l| Pos {
                line: l.line().max(1),
                column: l.column().max(1),
            });
            let raw = err.to_string();
            let (message, hint) = explain(&raw, text);
            let pos = duplicate_key_pos(&raw, text, pos).unwrap_or(pos);
            Err(problem(pos, message, hint))
        }
    }
}

/// serde_yaml places a duplicate key at the start of its mapping; for block mappings, find
/// the second occurrence of the key at the mapping's indentation instead.
fn duplicate_key_pos(raw: &str, text: &str, map: Pos) -> Option<Pos> {
    let key = raw.split("duplicate field `").nth(1)?.split('`').next()?;
    let indent = map.column - 1;
    let mut seen = 0;
    for (i, line) in text.lines().enumerate().skip(map.line - 1) {
        let head: String = line.chars().take(indent).collect();
        let rest: String = line.chars().skip(indent).collect();
        let is_item_start = i == map.line - 1 || head.trim_start().starts_with('-');
        if !is_item_start && !head.trim().is_empty() {
            break;
        }
        if rest.starts_with(&format!("{key}:")) {
            seen += 1;
            if seen == 2 {
                return Some(Pos {
                    line: i + 1,
                    column: map.column,
                });
            }
        }
    }
    None
}

/// The position just after `text`.
fn end_of(text: &str) -> Pos {
    let line = text.matches('\n').count() + 1;
    let column = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Pos { line, column }
}

/// serde_yaml's message (`path: what at line L column C`) → (message, hint).
fn explain(raw: &str, text: &str) -> (String, Option<String>) {
    let raw = match raw.rfind(" at line ") {
        Some(cut) => &raw[..cut],
        None => raw,
    };
    let (path, what) = split_path(raw);
    let key = last_key(path);
    let place = describe(path);
    if let Some(rest) = what.strip_prefix("unknown field `") {
        let field = rest.split('`').next().unwrap_or_default();
        return unknown_key(field, path, &place, rest, text);
    }
    if let Some(rest) = what.strip_prefix("duplicate field `") {
        let field = rest.split('`').next().unwrap_or_default();
        return (
            format!("the key \"{field}\" appears twice in {place}"),
            Some("keep only one of them".to_string()),
        );
    }
    if let Some(rest) = what.strip_prefix("missing field `") {
        let field = rest.split('`').next().unwrap_or_default();
        return (format!("{place} has no \"{field}\""), None);
    }
    if let Some(rest) = what.strip_prefix("invalid type: ") {
        let (found, expected) = rest
            .split_once(", expected ")
            .unwrap_or((rest, "something else"));
        let item = path
            .rsplit('.')
            .next()
            .is_some_and(|last| last.ends_with(']'));
        let subject = match key {
            Some(k) if item => format!("each item of \"{k}\""),
            Some(k) => format!("\"{k}\""),
            None => "this".to_string(),
        };
        return (
            format!(
                "{subject} should be {}, not {}",
                plain(expected),
                plain(found)
            ),
            Some(type_hint(expected)),
        );
    }
    if what.contains("recursion limit exceeded") {
        return (
            "the YAML is nested too deeply".to_string(),
            Some("a pack file needs only a few levels of nesting".to_string()),
        );
    }
    if what.contains("repetition limit exceeded")
        || what.contains("alias") && what.contains("limit")
    {
        return (
            "the YAML's anchors and aliases expand to too much data".to_string(),
            Some(
                "write the content out instead of repeating it with `&anchor` and `*alias`"
                    .to_string(),
            ),
        );
    }
    if what.contains("more than one document") {
        return (
            "the file holds more than one YAML document (a `---` line in the middle)".to_string(),
            Some("keep one document per file; put each theme in its own file".to_string()),
        );
    }
    if path.is_empty() {
        return (
            format!("this is not valid YAML: {what}"),
            Some(
                "check the indentation, and put text that contains \": \" or starts with a special character in quotes"
                    .to_string(),
            ),
        );
    }
    (format!("{place}: {what}"), None)
}

/// Splits `exercises[0].prompts[1]: message` into the path and the message.
fn split_path(raw: &str) -> (&str, &str) {
    match raw.split_once(": ") {
        Some((path, what))
            if !path.is_empty()
                && path
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "_-.[]".contains(c)) =>
        {
            (path, what)
        }
        _ => ("", raw),
    }
}

/// The last key of a path (`prompts[1].min` → `min`; `options[2]` → `options`).
fn last_key(path: &str) -> Option<&str> {
    let last = path.rsplit('.').next()?;
    let key = last.split('[').next()?;
    (!key.is_empty()).then_some(key)
}

/// Says in words what the node at `path` is.
fn describe(path: &str) -> String {
    let last = path.rsplit('.').next().unwrap_or_default();
    let name = last.split('[').next().unwrap_or_default();
    let item = last.contains('[');
    match (name, item) {
        ("", _) => "this file".to_string(),
        ("exercises", true) => "an exercise".to_string(),
        ("prompts", true) => "a prompt".to_string(),
        ("fields", true) => "a list's field".to_string(),
        ("columns", true) => "a grid's column".to_string(),
        ("where", true) => "a `where` filter".to_string(),
        ("options" | "levels" | "rows", true) => "an option".to_string(),
        ("x" | "y", false) => format!("the quadrant's {name} axis"),
        ("quadrants", false) => "the quadrants".to_string(),
        (q, false) if q.starts_with("high_x") || q.starts_with("low_x") => "a quadrant".to_string(),
        _ => format!("\"{name}\""),
    }
}

/// The keys allowed where an unknown key was found, and a message naming the closest.
fn unknown_key(
    field: &str,
    path: &str,
    place: &str,
    rest: &str,
    text: &str,
) -> (String, Option<String>) {
    let last = path.rsplit('.').next().unwrap_or_default();
    let kind = kind_at(text, path);
    let allowed: Vec<&str> = match (last.split('[').next().unwrap_or_default(), kind.as_deref()) {
        ("prompts", Some(kind)) => match prompt_keys(kind) {
            Some(keys) => PROMPT_COMMON_KEYS.iter().chain(keys).copied().collect(),
            None => expected_keys(rest),
        },
        ("fields" | "columns", Some(kind)) => match field_keys(kind) {
            Some(keys) => FIELD_COMMON_KEYS.iter().chain(keys).copied().collect(),
            None => expected_keys(rest),
        },
        _ => expected_keys(rest),
    };
    let all = expected_keys(rest);
    let guess =
        closest(field, allowed.iter().copied()).or_else(|| closest(field, all.iter().copied()));
    let mut hint = match guess {
        Some(g) => format!("did you mean \"{g}\"? "),
        None => String::new(),
    };
    match kind {
        Some(kind)
            if path.contains("prompts[")
                || path.contains("fields[")
                || path.contains("columns[") =>
        {
            hint.push_str(&format!(
                "allowed keys for kind \"{kind}\": {}",
                quoted_list(allowed)
            ));
        }
        _ => hint.push_str(&format!("allowed keys: {}", quoted_list(allowed))),
    }
    (format!("unknown key \"{field}\" in {place}"), Some(hint))
}

/// The keys serde lists after "expected one of" / "expected".
fn expected_keys(rest: &str) -> Vec<&str> {
    let Some((_, list)) = rest.split_once("expected") else {
        return Vec::new();
    };
    list.split('`').skip(1).step_by(2).collect()
}

/// The `kind` of the map at `path`, read again as a plain YAML value (safe: serde_yaml
/// already read the text this far, with its own limits).
fn kind_at(text: &str, path: &str) -> Option<String> {
    let mut node: serde_yaml::Value = serde_yaml::from_str(text).ok()?;
    for segment in path.split('.').filter(|s| !s.is_empty()) {
        let mut parts = segment.split('[');
        let key = parts.next()?;
        if !key.is_empty() {
            node = node.get(key)?.clone();
        }
        for index in parts {
            let i: usize = index.trim_end_matches(']').parse().ok()?;
            node = node.get(i)?.clone();
        }
    }
    node.get("kind")?.as_str().map(str::to_string)
}

/// serde's type names in plain words.
fn plain(serde_words: &str) -> String {
    let words = serde_words.trim();
    if words.starts_with("struct ") || words == "map" || words == "a map" {
        return "a set of `key: value` lines".to_string();
    }
    match words {
        "i64" | "u32" | "u64" | "integer" => "a whole number".to_string(),
        "a sequence" | "sequence" => "a list".to_string(),
        "unit value" => "empty".to_string(),
        "a string" | "string" => "text".to_string(),
        _ => words
            .replace("floating point", "the number")
            .replace("string ", "the text "),
    }
}

fn type_hint(expected: &str) -> String {
    if expected.contains("label") {
        "write a label, or `{ id: some-id, label: Some label }`".to_string()
    } else if expected.contains("prompt reference") {
        "write `exercise-id.prompt-id`, or several in `[...]`".to_string()
    } else if expected.contains("string") {
        "write the text after the key on the same line, or use `|` and indent the text below"
            .to_string()
    } else if expected.contains("sequence") || expected.contains("list") {
        "write a list: one `- item` per line, or `[a, b]`".to_string()
    } else if expected.contains("i64") || expected.contains("integer") {
        "write a whole number, such as 3".to_string()
    } else if expected.contains("struct") || expected.contains("map") {
        "write `key: value` lines, indented under this key".to_string()
    } else {
        "check the value's indentation and quoting".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::raw::RawTheme;

    fn err(text: &str) -> Problem {
        match parse_file::<RawTheme>("t.yaml", text.as_bytes()) {
            Ok(_) => Problem {
                file: String::new(),
                line: 0,
                column: 0,
                message: "parsed".to_string(),
                hint: None,
            },
            Err(p) => p,
        }
    }

    #[test]
    fn unknown_prompt_key_names_the_kind_and_the_closest_key() {
        let p = err(
            "id: t\nexercises:\n  - id: e\n    prompts:\n      - id: p\n        kind: choice\n        optons: [a]\n",
        );
        assert_eq!((p.line, p.column), (7, 9));
        assert_eq!(p.message, "unknown key \"optons\" in a prompt");
        let hint = p.hint.unwrap_or_default();
        assert!(
            hint.starts_with("did you mean \"options\"? allowed keys for kind \"choice\""),
            "{hint}"
        );
        assert!(!hint.contains("\"rows\""), "{hint}");
    }

    #[test]
    fn wrong_type_and_syntax_and_utf8() {
        let p =
            err("id: t\nexercises:\n  - id: e\n    prompts:\n      - id: p\n        min: lots\n");
        assert_eq!(
            p.message,
            "\"min\" should be a whole number, not the text \"lots\""
        );
        let p = err("id: t\n  bad: [\n");
        assert!(
            p.message.starts_with("this is not valid YAML"),
            "{}",
            p.message
        );
        let p = match parse_file::<RawTheme>("t.yaml", b"id: t\ntitle: caf\xe9\n") {
            Err(p) => p,
            Ok(_) => panic!("accepted bad UTF-8"),
        };
        assert_eq!((p.line, p.column), (2, 11));
    }
}
