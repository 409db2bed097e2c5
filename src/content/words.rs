//! Small word helpers for validation: the id rule, ids made from labels, "did you mean"
//! suggestions, and which keys each prompt or field kind takes. Pure functions only.

/// Is `id` a valid id: `[a-z0-9][a-z0-9-]*`?
pub fn is_valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The id of an option written in short form: the label in lowercase, every run of other
/// characters turned into a single hyphen, no hyphen at either end. "A community" →
/// `a-community`. Letters outside ASCII count as "other", so the id stays ASCII.
pub fn slug(label: &str) -> String {
    let mut out = String::new();
    let mut gap = false;
    for c in label.chars() {
        if c.is_ascii_alphanumeric() {
            if gap && !out.is_empty() {
                out.push('-');
            }
            gap = false;
            out.push(c.to_ascii_lowercase());
        } else {
            gap = true;
        }
    }
    out
}

/// A hint explaining the id rule, suggesting a fixed-up id when one can be made.
pub fn id_hint(id: &str) -> String {
    let fixed = slug(id);
    if fixed.is_empty() {
        "ids use lowercase letters, digits and hyphens, starting with a letter or digit".to_string()
    } else {
        format!(
            "ids use lowercase letters, digits and hyphens, starting with a letter or digit, e.g. \"{fixed}\""
        )
    }
}

/// The closest candidate to `word`, when it is close enough to be a likely typo.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (word.chars().count() / 3).clamp(1, 3);
    candidates
        .into_iter()
        .map(|c| (distance(word, c), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Levenshtein distance between two short strings.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let old = row[j + 1];
            let cost = usize::from(ca != *cb);
            row[j + 1] = (prev + cost).min(row[j] + 1).min(old + 1);
            prev = old;
        }
    }
    row[b.len()]
}

/// Quotes and joins words: `"a", "b", "c"`.
pub fn quoted_list<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    words
        .into_iter()
        .map(|w| format!("\"{w}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Keys every prompt has.
pub const PROMPT_COMMON_KEYS: [&str; 6] = ["id", "kind", "text", "help", "optional", "was"];

/// The keys a prompt of `kind` takes besides `id`, `kind`, `text` and `help`.
pub fn prompt_keys(kind: &str) -> Option<&'static [&'static str]> {
    crate::content::PromptKind::keys_of(kind)
}

/// Keys every field (list sub-field, grid column) has.
pub const FIELD_COMMON_KEYS: [&str; 4] = ["id", "label", "help", "kind"];

/// The kinds a field can have.
pub const FIELD_KINDS: [&str; 5] = ["line", "text", "choice", "multi-choice", "scale"];

/// The keys a field of `kind` takes besides `id`, `label`, `help` and `kind`.
pub fn field_keys(kind: &str) -> Option<&'static [&'static str]> {
    Some(match kind {
        "line" | "text" => &[],
        "choice" | "multi-choice" => &["options", "options_from"],
        "scale" => &["min", "max", "low", "high", "levels"],
        _ => return None,
    })
}

/// The prompt kinds that take `key`.
pub fn kinds_with_key(key: &str) -> Vec<&'static str> {
    crate::content::PromptKind::ALL_IDS
        .into_iter()
        .filter(|k| prompt_keys(k).is_some_and(|keys| keys.contains(&key)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        assert!(is_valid_id("a"));
        assert!(is_valid_id("9-lives"));
        assert!(is_valid_id("power-and-stake"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("-a"));
        assert!(!is_valid_id("Power"));
        assert!(!is_valid_id("a_b"));
        assert!(!is_valid_id("a.b"));
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("A community"), "a-community");
        assert_eq!(
            slug("  Health & care -- partners! "),
            "health-care-partners"
        );
        assert_eq!(slug("Café au lait"), "caf-au-lait");
        assert_eq!(slug("!!!"), "");
    }

    #[test]
    fn suggestions() {
        assert_eq!(closest("optons", ["options", "text"]), Some("options"));
        assert_eq!(closest("colour", ["options", "text"]), None);
        assert_eq!(closest("txt", ["text"]), Some("text"));
    }
}
