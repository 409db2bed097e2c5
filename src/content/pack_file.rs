//! pack.yaml's own keys (id, version, title, description, attribution, themes, paths) and
//! the order of the theme files: listed themes first, then files pack.yaml does not list.
//!
//! Pure: raw values and position indexes in, problems out. Never panics, never reads files.

use std::collections::HashMap;

use super::cx::{Cx, Scope};
use super::problem::Problem;
use super::raw::{RawPack, RawTheme};
use super::validate::Named;
use super::words::{closest, id_hint, is_valid_id};

/// Checks pack.yaml and returns the theme ids it lists (valid and unique ones) and its
/// paths (with `full`).
pub(crate) fn pack_file(
    pack: &Named<RawPack>,
    scope: &Scope,
    problems: &mut Vec<Problem>,
) -> (Vec<String>, Vec<super::PathSpec>) {
    let raw = &pack.parsed.value;
    let mut cx = Cx {
        file: &pack.name,
        index: &pack.parsed.index,
        problems,
        scope,
    };
    let paths = super::paths::pack_paths(&mut cx, raw.paths.as_ref());
    (themes_listed(&mut cx, raw), paths)
}

/// The theme ids pack.yaml lists (valid and unique ones).
fn themes_listed(cx: &mut Cx, raw: &RawPack) -> Vec<String> {
    cx.id("", raw.id.as_ref(), "pack.yaml");
    for (key, value) in [
        ("version", &raw.version),
        ("title", &raw.title),
        ("description", &raw.description),
        ("attribution", &raw.attribution),
    ] {
        cx.text("", key, value.as_ref(), "pack.yaml");
    }
    let Some(themes) = &raw.themes else {
        cx.at_key(
            "",
            "pack.yaml has no \"themes\"",
            Some("list the theme ids in order: `themes: [landscape, power]`".to_string()),
        );
        return Vec::new();
    };
    if themes.is_empty() {
        cx.at_value(
            "themes",
            "the list of themes is empty",
            Some("list the theme ids in order".to_string()),
        );
    }
    let mut listed: Vec<String> = Vec::new();
    for (i, id) in themes.iter().enumerate() {
        let path = format!("themes[{i}]");
        if !is_valid_id(id) {
            cx.at_value(
                &path,
                format!("\"{id}\" is not a valid theme id"),
                Some(id_hint(id)),
            );
        } else if listed.contains(id) {
            cx.at_value(
                &path,
                format!("the theme \"{id}\" is listed twice"),
                Some("list each theme once".to_string()),
            );
        } else {
            listed.push(id.clone());
        }
    }
    listed
}

/// The theme files in pack order: listed themes first, then files pack.yaml does not list.
/// Without a pack file (`listed` is `None`), in file-name order with no listing checks.
pub(crate) fn theme_order(
    pack: Option<&Named<RawPack>>,
    listed: Option<&[String]>,
    themes: &[Named<RawTheme>],
    incomplete: bool,
    scope: &Scope,
    problems: &mut Vec<Problem>,
) -> Vec<usize> {
    let mut by_id: HashMap<String, usize> = HashMap::new();
    for (i, theme) in themes.iter().enumerate() {
        let mut cx = Cx {
            file: &theme.name,
            index: &theme.parsed.index,
            problems,
            scope,
        };
        let Some(id) = cx.id("", theme.parsed.value.id.as_ref(), "this theme") else {
            continue;
        };
        if let Some(&first) = by_id.get(&id) {
            cx.at_value(
                "id",
                format!(
                    "the theme id \"{id}\" is also used by {}",
                    themes[first].name
                ),
                Some("give each theme file its own id".to_string()),
            );
        } else if let Some(listed) = listed
            && !listed.contains(&id)
        {
            let hint = format!("add \"{id}\" to `themes:` in pack.yaml, or remove this file");
            cx.at_value(
                "id",
                format!("the theme \"{id}\" is not listed in pack.yaml"),
                Some(hint),
            );
            by_id.insert(id, i);
        } else {
            by_id.insert(id, i);
        }
    }
    let mut order = Vec::new();
    let (Some(pack), Some(listed)) = (pack, listed) else {
        let mut all: Vec<usize> = (0..themes.len()).collect();
        all.sort_by(|a, b| themes[*a].name.cmp(&themes[*b].name));
        return all;
    };
    for (i, id) in pack.parsed.value.themes.iter().flatten().enumerate() {
        match by_id.get(id) {
            Some(&t) if !order.contains(&t) => order.push(t),
            Some(_) => {}
            None if !incomplete && is_valid_id(id) => {
                let mut cx = Cx {
                    file: &pack.name,
                    index: &pack.parsed.index,
                    problems,
                    scope,
                };
                let known: Vec<&str> = by_id
                    .keys()
                    .filter(|k| !listed.contains(k))
                    .map(String::as_str)
                    .collect();
                let hint = match closest(id, known.iter().copied()) {
                    Some(g) => format!("a file has the id \"{g}\"; did you mean that?"),
                    None => format!("add a file such as {id}.yaml with `id: {id}`"),
                };
                cx.at_value(
                    &format!("themes[{i}]"),
                    format!("no theme file has the id \"{id}\""),
                    Some(hint),
                );
            }
            None => {}
        }
    }
    let mut unlisted: Vec<usize> = (0..themes.len()).filter(|i| !order.contains(i)).collect();
    unlisted.sort_by(|a, b| themes[*a].name.cmp(&themes[*b].name));
    order.extend(unlisted);
    order
}
