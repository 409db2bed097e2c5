//! Where each key and value of a YAML file is: a map from paths such as
//! `exercises[2].prompts[0].rows_from` to line and column.
//!
//! serde_yaml does not expose node positions, so this walks saphyr-parser's events once. Build
//! it only for files serde_yaml has already accepted, and only when a problem needs a position (so alias bombs are already refused); it
//! also stops at a fixed depth, keeps no recursion and never panics.

use std::collections::HashMap;

use saphyr_parser::{Event, Parser, Span};

/// Deeper than any valid pack file; deeper nodes are simply not indexed.
const MAX_DEPTH: usize = 64;

/// A position in a file; line and column count from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}

impl Pos {
    pub const START: Pos = Pos { line: 1, column: 1 };
}

/// The positions of the keys and values of one YAML document.
#[derive(Debug, Default, Clone)]
pub struct PosIndex {
    /// Path → (position of its key, position of its value). For list items both are the item.
    nodes: HashMap<String, (Pos, Pos)>,
}

impl PosIndex {
    /// Indexes a YAML text. Anything unparsable is left out; lookups then fall back to a
    /// parent's position.
    pub fn build(text: &str) -> PosIndex {
        let mut nodes = HashMap::new();
        let mut stack: Vec<Frame> = Vec::new();
        for event in Parser::new_from_str(text) {
            let Ok((event, span)) = event else { break };
            let pos = pos_of(span);
            match event {
                Event::Scalar(value, ..) => {
                    if let Some(path) = node_path(&mut stack, Some(&value), pos, &mut nodes) {
                        nodes.entry(path).or_insert((pos, pos));
                    }
                }
                Event::Alias(_) => {
                    node_path(&mut stack, None, pos, &mut nodes);
                }
                Event::MappingStart(..) | Event::SequenceStart(..) => {
                    let path = node_path(&mut stack, None, pos, &mut nodes);
                    if stack.len() >= MAX_DEPTH {
                        break;
                    }
                    let is_map = matches!(event, Event::MappingStart(..));
                    stack.push(Frame {
                        path: path.unwrap_or_else(|| "?".to_string()),
                        is_map,
                        next: 0,
                        key: None,
                    });
                }
                Event::MappingEnd | Event::SequenceEnd => {
                    stack.pop();
                }
                _ => {}
            }
        }
        PosIndex { nodes }
    }

    /// Where the key of `path` is (for list items: the item), or the nearest parent's.
    pub fn key(&self, path: &str) -> Pos {
        self.find(path).0
    }

    /// Where the value of `path` starts, or the nearest parent's.
    pub fn value(&self, path: &str) -> Pos {
        self.find(path).1
    }

    fn find(&self, path: &str) -> (Pos, Pos) {
        let mut path = path;
        loop {
            if let Some(found) = self.nodes.get(path) {
                return *found;
            }
            match path.rfind(['.', '[']) {
                Some(cut) => path = &path[..cut],
                None => {
                    return self
                        .nodes
                        .get("")
                        .copied()
                        .unwrap_or((Pos::START, Pos::START));
                }
            }
        }
    }
}

/// A position index built on first use: a valid pack never needs one, so loading it skips
/// the second parse.
#[derive(Debug)]
pub struct LazyIndex {
    text: String,
    index: std::sync::OnceLock<PosIndex>,
}

impl LazyIndex {
    pub fn new(text: &str) -> LazyIndex {
        LazyIndex {
            text: text.to_string(),
            index: std::sync::OnceLock::new(),
        }
    }

    fn get(&self) -> &PosIndex {
        self.index.get_or_init(|| PosIndex::build(&self.text))
    }

    /// See [`PosIndex::key`].
    pub fn key(&self, path: &str) -> Pos {
        self.get().key(path)
    }

    /// See [`PosIndex::value`].
    pub fn value(&self, path: &str) -> Pos {
        self.get().value(path)
    }
}

struct Frame {
    path: String,
    is_map: bool,
    /// Sequences: the next item's index. Maps: 0 when a key comes next, 1 for a value.
    next: usize,
    /// Maps: the current key and its position.
    key: Option<(String, Pos)>,
}

/// Works out the path of the node that starts at `pos` and records a value's key position.
/// Returns `None` for a mapping key (already recorded as pending) or a node under a complex key.
fn node_path(
    stack: &mut [Frame],
    scalar: Option<&str>,
    pos: Pos,
    nodes: &mut HashMap<String, (Pos, Pos)>,
) -> Option<String> {
    let Some(top) = stack.last_mut() else {
        nodes.entry(String::new()).or_insert((pos, pos));
        return Some(String::new());
    };
    if !top.is_map {
        let path = format!("{}[{}]", top.path, top.next);
        top.next += 1;
        nodes.entry(path.clone()).or_insert((pos, pos));
        return Some(path);
    }
    if top.next == 0 {
        top.next = 1;
        top.key = scalar.map(|k| (k.to_string(), pos));
        return None;
    }
    top.next = 0;
    let (key, key_pos) = top.key.take()?;
    let path = if top.path.is_empty() {
        key
    } else {
        format!("{}.{}", top.path, key)
    };
    nodes.entry(path.clone()).or_insert((key_pos, pos));
    Some(path)
}

fn pos_of(span: Span) -> Pos {
    Pos {
        line: span.start.line().max(1),
        column: span.start.col() + 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_keys_values_and_items() {
        let text = "id: x\nexercises:\n  - id: e\n    prompts:\n      - { id: p, kind: line }\n";
        let index = PosIndex::build(text);
        assert_eq!(index.key("id"), Pos { line: 1, column: 1 });
        assert_eq!(index.value("id"), Pos { line: 1, column: 5 });
        assert_eq!(index.key("exercises[0]"), Pos { line: 3, column: 5 });
        assert_eq!(index.key("exercises[0].id"), Pos { line: 3, column: 5 });
        assert_eq!(
            index.value("exercises[0].prompts[0].kind"),
            Pos {
                line: 5,
                column: 24
            }
        );
        // Unknown paths fall back to the nearest parent.
        assert_eq!(
            index.key("exercises[0].prompts[0].nothing"),
            Pos { line: 5, column: 9 }
        );
    }

    #[test]
    fn survives_deep_nesting_and_garbage() {
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        let index = PosIndex::build(&deep);
        assert_eq!(index.key("x"), Pos::START);
        let _ = PosIndex::build("a: [b: {c\n  - : : :");
    }
}
