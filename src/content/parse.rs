//! Reading one pack file: size and UTF-8 checks, serde_yaml into the raw shapes, and
//! serde_yaml's errors turned into problems a content author understands.
//!
//! Pure: bytes in, a raw value or one problem out. It never reads files and never panics on
//! any input; flow collections nested too deep are refused before the parser sees them (it
//! scans them in quadratic time), serde_yaml's own limits refuse alias bombs and deep block
//! nesting, and the position index is built only for files serde_yaml accepted.

use serde::de::DeserializeOwned;

use super::positions::{LazyIndex, Pos};
use super::problem::Problem;
use super::yaml_errors::explain;

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
    if let Some((line, column)) = super::yaml_guard::too_deep(text) {
        return Err(problem(
            Pos { line, column },
            format!(
                "lists or maps in brackets are nested more than {} deep here",
                super::yaml_guard::MAX_FLOW_DEPTH
            ),
            Some("no pack needs that many; write the nesting as indented lines".to_string()),
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
