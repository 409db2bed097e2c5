//! The validation context: where problems go, how a path becomes a position, and what
//! references can see. Also the small checks every part uses (required text, ids, names).
//!
//! Pure; never panics.

use std::collections::{HashMap, HashSet};

use super::model::Prompt;
use super::positions::LazyIndex;
use super::problem::Problem;
use super::words::{closest, id_hint, is_valid_id, quoted_list};

/// Reports problems for one file and knows the prompts validated so far.
pub(crate) struct Cx<'a> {
    pub file: &'a str,
    pub index: &'a LazyIndex,
    pub problems: &'a mut Vec<Problem>,
    pub scope: &'a Scope,
}

impl Cx<'_> {
    /// A problem at the key of `path` (for list items: the item).
    pub fn at_key(&mut self, path: &str, message: impl Into<String>, hint: Option<String>) {
        let pos = self.index.key(path);
        self.push(pos.line, pos.column, message.into(), hint);
    }

    /// A problem at the value of `path`.
    pub fn at_value(&mut self, path: &str, message: impl Into<String>, hint: Option<String>) {
        let pos = self.index.value(path);
        self.push(pos.line, pos.column, message.into(), hint);
    }

    fn push(&mut self, line: usize, column: usize, message: String, hint: Option<String>) {
        self.problems.push(Problem {
            file: self.file.to_string(),
            line,
            column,
            message,
            hint,
        });
    }

    /// How many problems have been found so far (to tell whether a part was clean).
    pub fn count(&self) -> usize {
        self.problems.len()
    }

    /// A required text: present and not blank.
    pub fn text(
        &mut self,
        parent: &str,
        key: &str,
        value: Option<&String>,
        what: &str,
    ) -> Option<String> {
        let path = join(parent, key);
        match value {
            None => {
                self.at_key(
                    parent,
                    format!("{what} has no \"{key}\""),
                    Some(format!("add `{key}:`")),
                );
                None
            }
            Some(v) if v.trim().is_empty() => {
                self.at_value(&path, format!("\"{key}\" of {what} is empty"), None);
                None
            }
            Some(v) => Some(v.clone()),
        }
    }

    /// A required id that follows the id rule.
    pub fn id(&mut self, parent: &str, value: Option<&String>, what: &str) -> Option<String> {
        let id = self.text(parent, "id", value, what)?;
        if is_valid_id(&id) {
            Some(id)
        } else {
            let path = join(parent, "id");
            self.at_value(
                &path,
                format!("\"{id}\" is not a valid id"),
                Some(id_hint(&id)),
            );
            None
        }
    }
}

/// `parent.key`, or `key` at the top.
pub(crate) fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_string()
    } else {
        format!("{parent}.{key}")
    }
}

/// What references can see: every prompt of the pack in order, and those validated so far.
#[derive(Default)]
pub(crate) struct Scope {
    /// Qualified id → place in pack order.
    pub order: HashMap<String, usize>,
    /// Validated prompts that come before the current one.
    pub earlier: HashMap<String, Prompt>,
    /// The place of the prompt being validated.
    pub current: usize,
    /// The exercise being validated.
    pub exercise: String,
    /// Some file could not be read (or a prompt has no valid id), so "unknown" references
    /// may exist after all…
    pub incomplete: bool,
    /// The paths pack.yaml declares (not `full`), each with the paths it sees: itself and
    /// those it builds on, directly or not.
    pub path_sees: HashMap<String, Vec<String>>,
    /// Every path id pack.yaml declares (valid ids, with or without problems), in order.
    pub path_ids: Vec<String>,
    /// pack.yaml has `paths:` (so every exercise needs `minutes`).
    pub has_paths: bool,
    /// Exercise id → the declared paths it is on, for exercises validated so far.
    pub exercise_paths: HashMap<String, Vec<String>>,
    /// Old prompt id (`was`) → the prompt that claims it, so far.
    pub claimed: HashMap<String, String>,
    /// The prompt that says `names_initiative: true`, so far.
    pub names_initiative: Option<String>,
    /// …except into these exercises, read whole from files that could be read: a reference
    /// to a prompt they do not have is reported all the same.
    pub whole: HashSet<String>,
}

impl Scope {
    /// Whether a reference to `target` (`exercise.prompt`) that names no prompt is surely
    /// wrong: every file was read, or its exercise was read whole.
    pub(crate) fn surely_unknown(&self, target: &str) -> bool {
        !self.incomplete
            || target
                .split_once('.')
                .is_some_and(|(exercise, _)| self.whole.contains(exercise))
    }
}

/// A required value that must be one of `allowed`.
pub(crate) fn named(
    cx: &mut Cx,
    parent: &str,
    key: &str,
    value: Option<&String>,
    allowed: &[&str],
    what: &str,
) -> Option<String> {
    let Some(value) = value else {
        let hint = format!(
            "add `{key}:` with one of {}",
            quoted_list(allowed.iter().copied())
        );
        cx.at_key(parent, format!("{what} has no \"{key}\""), Some(hint));
        return None;
    };
    let value = cx.text(parent, key, Some(value), what)?;
    if allowed.contains(&value.as_str()) {
        return Some(value);
    }
    let mut hint = match closest(&value, allowed.iter().copied()) {
        Some(g) => format!("did you mean \"{g}\"? "),
        None => String::new(),
    };
    hint.push_str(&format!(
        "use one of {}",
        quoted_list(allowed.iter().copied())
    ));
    cx.at_value(
        &join(parent, key),
        format!("\"{value}\" is not a {key}"),
        Some(hint),
    );
    None
}
