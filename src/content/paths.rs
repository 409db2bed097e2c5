//! Validation of paths: pack.yaml's `paths:` (ids, titles, purposes, what each builds on),
//! each exercise's `paths` and `minutes`, and the rule that an exercise on a path uses only
//! answers given on that path or on the paths it builds on.
//!
//! Pure; reports problems through `Cx` and never panics.

use std::collections::HashMap;

use super::cx::{Cx, join};
use super::path_model::{FULL_PATH, PathSpec};
use super::raw::RawPath;
use super::words::{closest, quoted_list};

/// The longest estimate an exercise may carry, in minutes.
pub(crate) const MAX_MINUTES: i64 = 240;

/// The paths pack.yaml declares, checked, with `full` added last when it is not declared.
/// Problems in one path leave it out; `full` is always there.
pub(crate) fn pack_paths(cx: &mut Cx, raw: Option<&Vec<RawPath>>) -> Vec<PathSpec> {
    let Some(raw) = raw else {
        return vec![PathSpec::full()];
    };
    if raw.is_empty() {
        cx.at_value(
            "paths",
            "the list of paths is empty",
            Some("declare at least one path, or remove `paths:`".to_string()),
        );
    }
    let mut out: Vec<PathSpec> = Vec::new();
    let mut ids: Vec<&str> = Vec::new();
    for (i, p) in raw.iter().enumerate() {
        let path = format!("paths[{i}]");
        let start = cx.count();
        let id = cx.id(&path, p.id.as_ref(), "this path");
        if let Some(id) = &id
            && ids.contains(&id.as_str())
        {
            cx.at_value(
                &join(&path, "id"),
                format!("the path id \"{id}\" appears twice"),
                Some("give each path its own id".to_string()),
            );
            continue;
        }
        let what = id
            .as_ref()
            .map_or("this path".to_string(), |id| format!("the path \"{id}\""));
        let title = cx.text(&path, "title", p.title.as_ref(), &what);
        let purpose = cx.text(&path, "purpose", p.purpose.as_ref(), &what);
        let ok = cx.count() == start;
        // A wrong `builds_on` entry is reported and left out; the path itself stays.
        let builds_on = builds_on(cx, &path, id.as_deref(), p.builds_on.as_ref(), &ids);
        if let Some(id) = p.id.as_deref() {
            ids.push(id);
        }
        if ok && let (Some(id), Some(title), Some(purpose)) = (id, title, purpose) {
            out.push(PathSpec {
                id,
                title,
                purpose,
                builds_on,
            });
        }
    }
    if !out.iter().any(PathSpec::is_full) {
        out.push(PathSpec::full());
    }
    out
}

/// A path's `builds_on`: paths declared before it, never itself or `full`.
fn builds_on(
    cx: &mut Cx,
    path: &str,
    id: Option<&str>,
    raw: Option<&Vec<String>>,
    earlier: &[&str],
) -> Vec<String> {
    let Some(raw) = raw else {
        return Vec::new();
    };
    if id == Some(FULL_PATH) {
        cx.at_key(
            &join(path, "builds_on"),
            "the path \"full\" cannot build on others: it holds every exercise",
            Some("remove `builds_on:` from \"full\"".to_string()),
        );
        return Vec::new();
    }
    let mut out = Vec::new();
    for (i, other) in raw.iter().enumerate() {
        let at = format!("{path}.builds_on[{i}]");
        let (message, hint) = if Some(other.as_str()) == id {
            (
                "a path cannot build on itself".to_string(),
                "name the earlier paths whose answers it uses".to_string(),
            )
        } else if other == FULL_PATH {
            (
                "a path cannot build on \"full\"".to_string(),
                "name the declared paths whose answers it uses".to_string(),
            )
        } else if earlier.contains(&other.as_str()) {
            if !out.contains(other) {
                out.push(other.clone());
            }
            continue;
        } else {
            (
                format!("there is no path \"{other}\" before this one"),
                match closest(other, earlier.iter().copied()) {
                    Some(g) => format!("did you mean \"{g}\"?"),
                    None => "a path builds only on paths declared before it".to_string(),
                },
            )
        };
        cx.at_value(&at, message, Some(hint));
    }
    out
}

/// Each declared path with the paths it sees: itself and, through `builds_on`, the paths it
/// builds on and theirs.
pub(crate) fn sees(paths: &[PathSpec]) -> HashMap<String, Vec<String>> {
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    for p in paths.iter().filter(|p| !p.is_full()) {
        let mut seen = vec![p.id.clone()];
        for b in &p.builds_on {
            for s in out.get(b).into_iter().flatten() {
                if !seen.contains(s) {
                    seen.push(s.clone());
                }
            }
        }
        out.insert(p.id.clone(), seen);
    }
    out
}

/// An exercise's `paths`: declared paths, each once, not `full`. Returns the paths that are
/// declared (even when others are wrong, so later checks see them) and whether all were.
pub(crate) fn exercise_paths(
    cx: &mut Cx,
    path: &str,
    raw: Option<&Vec<String>>,
) -> (Vec<String>, bool) {
    let Some(raw) = raw else {
        return (Vec::new(), true);
    };
    let start = cx.count();
    let declared: Vec<&str> = cx.scope.path_ids.iter().map(String::as_str).collect();
    let mut out: Vec<String> = Vec::new();
    for (i, id) in raw.iter().enumerate() {
        let at = format!("{path}.paths[{i}]");
        if id == FULL_PATH {
            cx.at_value(
                &at,
                "every exercise is on \"full\" already",
                Some("remove \"full\" from this list".to_string()),
            );
        } else if out.contains(id) {
            cx.at_value(
                &at,
                format!("the path \"{id}\" is listed twice"),
                Some("list each path once".to_string()),
            );
        } else if declared.contains(&id.as_str()) && id != FULL_PATH {
            out.push(id.clone());
        } else if !cx.scope.has_paths {
            cx.at_value(
                &at,
                format!("there is no path \"{id}\": pack.yaml declares none"),
                Some("declare the pack's paths under `paths:` in pack.yaml".to_string()),
            );
        } else if !cx.scope.incomplete {
            let names: Vec<&str> = declared
                .iter()
                .copied()
                .filter(|d| *d != FULL_PATH)
                .collect();
            let hint = match closest(id, names.iter().copied()) {
                Some(g) => format!("did you mean \"{g}\"? paths: {}", quoted_list(names)),
                None => format!("paths: {}", quoted_list(names)),
            };
            cx.at_value(&at, format!("there is no path \"{id}\""), Some(hint));
        }
    }
    let ok = cx.count() == start;
    (out, ok)
}

/// An exercise's `minutes`: required when the pack has paths, from 1 to `MAX_MINUTES`.
pub(crate) fn minutes(
    cx: &mut Cx,
    path: &str,
    raw: Option<i64>,
    what: &str,
) -> Option<Option<u32>> {
    match raw {
        None if cx.scope.has_paths => {
            cx.at_key(
                path,
                format!("{what} has no \"minutes\""),
                Some(
                    "a pack with paths gives every exercise an estimate, e.g. `minutes: 5`"
                        .to_string(),
                ),
            );
            None
        }
        None => Some(None),
        Some(m) if (1..=MAX_MINUTES).contains(&m) => Some(u32::try_from(m).ok()),
        Some(m) => {
            cx.at_value(
                &join(path, "minutes"),
                format!("\"minutes\" must be from 1 to {MAX_MINUTES}, not {m}"),
                Some("say about how long the exercise takes, in whole minutes".to_string()),
            );
            None
        }
    }
}

/// Checks that `target` (an earlier prompt a key of the current exercise names) is on every
/// path the current exercise is on, or on a path that path builds on.
pub(crate) fn reachable(cx: &mut Cx, at: &str, target: &str, key: &str) {
    let scope = cx.scope;
    let Some((exercise, _)) = target.split_once('.') else {
        return;
    };
    if exercise == scope.exercise {
        return;
    }
    let current = scope
        .exercise_paths
        .get(&scope.exercise)
        .cloned()
        .unwrap_or_default();
    let held = scope
        .exercise_paths
        .get(exercise)
        .cloned()
        .unwrap_or_default();
    for p in &current {
        let Some(sees) = scope.path_sees.get(p) else {
            continue;
        };
        if held.iter().any(|h| sees.contains(h)) {
            continue;
        }
        let reach = if sees.len() > 1 {
            format!("\"{p}\" or the paths it builds on")
        } else {
            format!("\"{p}\"")
        };
        cx.at_value(
            at,
            format!(
                "this exercise is on the path \"{p}\", but {key} uses \"{target}\", which is not on {reach}"
            ),
            Some(format!(
                "add \"{p}\" to the paths of \"{exercise}\", or let \"{p}\" build on a path that has it"
            )),
        );
        return;
    }
}
