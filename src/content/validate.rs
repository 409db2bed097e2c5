//! The validation pass over a whole pack: pack file, themes, exercises and the order of
//! prompts; builds the typed `Pack` when nothing is wrong.
//!
//! Pure: raw values and position indexes in, a `Pack` or problems out. Prompt kinds are
//! checked in `prompts.rs`, references in `refs.rs`. Never panics, never reads files.

use std::collections::{HashMap, HashSet};

use super::cx::{Cx, Scope, join, named};
use super::model::{Exercise, Level, Moment, Pack, Prompt, Theme};
use super::parse::Parsed;
use super::problem::Problem;
use super::raw::{RawExercise, RawPack, RawTheme};
use super::words::{closest, id_hint, is_valid_id};

/// A parsed file and its name.
pub(crate) struct Named<T> {
    pub name: String,
    pub parsed: Parsed<T>,
}

/// Validates a pack; `incomplete` says some file could not be read at all. Without a
/// readable pack.yaml the theme files are still checked, in file-name order.
pub(crate) fn validate(
    pack: Option<&Named<RawPack>>,
    themes: &[Named<RawTheme>],
    incomplete: bool,
    problems: &mut Vec<Problem>,
) -> Option<Pack> {
    let start = problems.len();
    let mut scope = Scope {
        incomplete,
        ..Scope::default()
    };
    let listed = pack.map(|pack| pack_file(pack, &scope, problems));
    let order = theme_order(
        pack,
        listed.as_deref(),
        themes,
        incomplete,
        &scope,
        problems,
    );
    for theme in &order {
        let Some(exercises) = &themes[*theme].parsed.value.exercises else {
            continue;
        };
        for e in exercises {
            let mut whole = true;
            for p in e.prompts.iter().flatten() {
                match (&e.id, &p.id) {
                    (Some(e), Some(p)) if is_valid_id(e) && is_valid_id(p) => {
                        let next = scope.order.len();
                        scope.order.entry(format!("{e}.{p}")).or_insert(next);
                    }
                    // A reference to this prompt could not be resolved: stay quiet about
                    // "unknown" references rather than report a consequence.
                    _ => {
                        scope.incomplete = true;
                        whole = false;
                    }
                }
            }
            if let Some(id) = e.id.as_ref().filter(|id| whole && is_valid_id(id)) {
                scope.whole.insert(id.clone());
            }
        }
    }
    let mut built = Vec::new();
    let mut seen_exercises = HashMap::new();
    for t in order {
        if let Some(theme) = theme_file(&themes[t], &mut scope, &mut seen_exercises, problems)
            && listed.as_ref().is_some_and(|l| l.contains(&theme.id))
        {
            built.push(theme);
        }
    }
    // Pictures may name any prompt of the pack, so they are checked after every theme.
    let (pictures, read_back) = match pack {
        Some(pack) => {
            let mut cx = Cx {
                file: &pack.name,
                index: &pack.parsed.index,
                problems,
                scope: &scope,
            };
            super::pictures::check(&mut cx, &pack.parsed.value)
        }
        None => (Vec::new(), None),
    };
    if problems.len() > start {
        return None;
    }
    let raw = &pack?.parsed.value;
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    Some(
        Pack::new(
            text(&raw.id),
            text(&raw.version),
            text(&raw.title),
            text(&raw.description),
            text(&raw.attribution),
            built,
        )
        .with_pictures(pictures, read_back),
    )
}

/// Checks pack.yaml and returns the theme ids it lists (valid and unique ones).
fn pack_file(pack: &Named<RawPack>, scope: &Scope, problems: &mut Vec<Problem>) -> Vec<String> {
    let raw = &pack.parsed.value;
    let mut cx = Cx {
        file: &pack.name,
        index: &pack.parsed.index,
        problems,
        scope,
    };
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
fn theme_order(
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

/// Checks one theme file and builds the theme.
fn theme_file(
    file: &Named<RawTheme>,
    scope: &mut Scope,
    seen_exercises: &mut HashMap<String, String>,
    problems: &mut Vec<Problem>,
) -> Option<Theme> {
    let start = problems.len();
    let raw = &file.parsed.value;
    let (title, intro) = {
        let mut cx = Cx {
            file: &file.name,
            index: &file.parsed.index,
            problems,
            scope,
        };
        let title = cx.text("", "title", raw.title.as_ref(), "this theme");
        let intro = cx.text("", "intro", raw.intro.as_ref(), "this theme");
        if raw.exercises.as_ref().is_none_or(Vec::is_empty) {
            cx.at_key(
                "exercises",
                "this theme has no exercises",
                Some("add at least one under `exercises:`".to_string()),
            );
        }
        (title, intro)
    };
    let mut exercises = Vec::new();
    for (i, raw) in raw.exercises.iter().flatten().enumerate() {
        let path = format!("exercises[{i}]");
        if let Some(e) = exercise(file, &path, raw, scope, seen_exercises, problems) {
            exercises.push(e);
        }
    }
    (problems.len() == start).then(|| Theme {
        id: raw.id.clone().unwrap_or_default(),
        title: title.unwrap_or_default(),
        intro: intro.unwrap_or_default(),
        exercises,
    })
}

fn exercise(
    file: &Named<RawTheme>,
    path: &str,
    raw: &RawExercise,
    scope: &mut Scope,
    seen: &mut HashMap<String, String>,
    problems: &mut Vec<Problem>,
) -> Option<Exercise> {
    let start = problems.len();
    let (id, title, level, moment, purpose, guidance) = {
        let mut cx = Cx {
            file: &file.name,
            index: &file.parsed.index,
            problems,
            scope,
        };
        let id = cx.id(path, raw.id.as_ref(), "this exercise");
        if let Some(id) = &id {
            match seen.get(id) {
                Some(other) => {
                    let id_path = join(path, "id");
                    cx.at_value(
                        &id_path,
                        format!("the exercise id \"{id}\" is already used in {other}"),
                        Some("exercise ids are unique across the whole pack".to_string()),
                    );
                }
                None => {
                    seen.insert(id.clone(), file.name.clone());
                }
            }
        }
        let what = id.as_ref().map_or("this exercise".to_string(), |id| {
            format!("the exercise \"{id}\"")
        });
        let title = cx.text(path, "title", raw.title.as_ref(), &what);
        let level = named(
            &mut cx,
            path,
            "level",
            raw.level.as_ref(),
            &Level::ALL.map(Level::id),
            &what,
        )
        .and_then(|l| Level::from_id(&l));
        let moment = match raw.moment {
            None => Some(Moment::Any),
            Some(_) => named(
                &mut cx,
                path,
                "moment",
                raw.moment.as_ref(),
                &Moment::ALL.map(Moment::id),
                &what,
            )
            .and_then(|m| Moment::from_id(&m)),
        };
        let purpose = cx.text(path, "purpose", raw.purpose.as_ref(), &what);
        let guidance = cx.text(path, "guidance", raw.guidance.as_ref(), &what);
        if raw.prompts.as_ref().is_none_or(Vec::is_empty) {
            cx.at_key(
                &join(path, "prompts"),
                format!("{what} has no prompts"),
                Some("add at least one under `prompts:`".to_string()),
            );
        }
        (id, title, level, moment, purpose, guidance)
    };
    scope.exercise = id.clone().unwrap_or_default();
    let mut prompts: Vec<Prompt> = Vec::new();
    let mut prompt_ids = HashSet::new();
    for (i, raw_prompt) in raw.prompts.iter().flatten().enumerate() {
        let p_path = format!("{path}.prompts[{i}]");
        let qualified = format!(
            "{}.{}",
            scope.exercise,
            raw_prompt.id.clone().unwrap_or_default()
        );
        scope.current = scope.order.get(&qualified).copied().unwrap_or(usize::MAX);
        let mut cx = Cx {
            file: &file.name,
            index: &file.parsed.index,
            problems,
            scope,
        };
        if let Some(pid) = &raw_prompt.id
            && !prompt_ids.insert(pid.clone())
        {
            let id_path = join(&p_path, "id");
            cx.at_value(
                &id_path,
                format!("the prompt id \"{pid}\" appears twice in this exercise"),
                Some("prompt ids are unique within an exercise".to_string()),
            );
            continue;
        }
        if let Some(prompt) = super::prompts::prompt(&mut cx, &p_path, raw_prompt) {
            scope
                .earlier
                .insert(prompt.qualified_id.clone(), prompt.clone());
            prompts.push(prompt);
        }
    }
    if problems.len() > start {
        return None;
    }
    Some(Exercise {
        id: id?,
        title: title?,
        level: level?,
        moment: moment?,
        purpose: purpose?,
        guidance: guidance?,
        source: raw.source.clone(),
        prompts,
    })
}
