//! serde_yaml's error messages turned into words a content author understands: what is
//! wrong, where in the file's structure, and a hint (the closest allowed key, the keys a
//! prompt of this kind takes, how to write the value).
//!
//! Pure string work on a message and the file's text; never panics.

use super::words::{
    FIELD_COMMON_KEYS, PROMPT_COMMON_KEYS, closest, field_keys, prompt_keys, quoted_list,
};

/// serde_yaml's message (`path: what at line L column C`) → (message, hint).
pub(crate) fn explain(raw: &str, text: &str) -> (String, Option<String>) {
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
        ("pictures", true) => "a picture".to_string(),
        ("edges", true) => "an edge".to_string(),
        ("sections", true) => "a read-back section".to_string(),
        ("paths", true) => "a path".to_string(),
        ("network", false) => "the network".to_string(),
        ("bars", false) => "the bars".to_string(),
        ("heat", false) => "the heat".to_string(),
        ("read_back", false) => "the read-back".to_string(),
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
