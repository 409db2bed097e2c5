//! The validation pass over a whole pack: pack file, themes, exercises and the order of
//! prompts; builds the typed `Pack` when nothing is wrong.
//!
//! Pure: raw values and position indexes in, a `Pack` or problems out. Prompt kinds are
//! checked in `prompts.rs`, references in `refs.rs`. Never panics, never reads files.

use std::collections::{HashMap, HashSet};

use super::cx::{Cx, Scope, join, named};
use super::model::{Exercise, Level, Moment, Pack, Prompt, Theme};
use super::pack_file::{pack_file, theme_order};
use super::parse::Parsed;
use super::problem::Problem;
use super::raw::{RawExercise, RawPack, RawTheme};
use super::words::is_valid_id;

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
    let (listed, paths) = match pack {
        Some(pack) => {
            let (listed, paths) = pack_file(pack, &scope, problems);
            (Some(listed), paths)
        }
        None => (None, vec![super::PathSpec::full()]),
    };
    scope.path_sees = super::paths::sees(&paths);
    scope.has_paths = pack.is_some_and(|p| p.parsed.value.paths.is_some());
    scope.path_ids = pack
        .and_then(|p| p.parsed.value.paths.as_ref())
        .into_iter()
        .flatten()
        .filter_map(|p| p.id.clone())
        .filter(|id| is_valid_id(id))
        .collect();
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
        .with_pictures(pictures, read_back)
        .with_paths(paths),
    )
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
        title: title.unwrap_or_default().into(),
        intro: intro.unwrap_or_default().into(),
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
    let (id, title, level, moment, purpose, guidance, paths, minutes) = {
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
        let paths = super::paths::exercise_paths(&mut cx, path, raw.paths.as_ref());
        let minutes = super::paths::minutes(&mut cx, path, raw.minutes, &what);
        if raw.prompts.as_ref().is_none_or(Vec::is_empty) {
            cx.at_key(
                &join(path, "prompts"),
                format!("{what} has no prompts"),
                Some("add at least one under `prompts:`".to_string()),
            );
        }
        (id, title, level, moment, purpose, guidance, paths, minutes)
    };
    scope.exercise = id.clone().unwrap_or_default();
    let (paths, paths_ok) = paths;
    scope
        .exercise_paths
        .insert(scope.exercise.clone(), paths.clone());
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
            if let Some(old) = &prompt.was
                && let Some(other) = cx.scope.claimed.get(old)
            {
                cx.at_value(
                    &join(&p_path, "was"),
                    format!("\"{other}\" already says it was \"{old}\""),
                    Some("an old answer can follow to one prompt only".to_string()),
                );
                continue;
            }
            if prompt.names_initiative {
                if let Some(other) = &cx.scope.names_initiative {
                    cx.at_value(
                        &join(&p_path, "names_initiative"),
                        format!("\"{other}\" already names the initiative"),
                        Some("one line prompt per pack may name the initiative".to_string()),
                    );
                    continue;
                }
                scope.names_initiative = Some(prompt.qualified_id.clone());
            }
            if let Some(old) = &prompt.was {
                scope
                    .claimed
                    .insert(old.clone(), prompt.qualified_id.clone());
            }
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
        title: title?.into(),
        level: level?,
        moment: moment?,
        purpose: purpose?.into(),
        guidance: guidance?.into(),
        source: raw.source.clone().map(Into::into),
        paths: paths_ok.then_some(paths)?,
        minutes: minutes?,
        prompts,
    })
}
