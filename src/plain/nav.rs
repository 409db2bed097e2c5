//! Where plain mode is in the pack: every prompt of the workbook's path in order with its
//! theme and exercise, the outline, the exercise introductions (with their minutes), the
//! path and its time left, and what `:go` targets mean.
//!
//! Pure: reads the pack and workbook, returns positions and what to say (`Say`); never
//! changes anything.

use crate::content::{Exercise, Pack, Prompt, Theme};
use crate::words::paths::{PathFacts, PathSay};
use crate::workbook::Workbook;
use crate::workbook::derive::{chosen_path, exercise_progress, path_minutes_left, progress};

use crate::words::plain::Say;

/// One prompt and where it sits.
#[derive(Debug, Clone, Copy)]
pub struct Spot<'p> {
    pub theme: &'p Theme,
    pub exercise: &'p Exercise,
    /// The exercise's number along the path, counted from 1 (as in the outline).
    pub ordinal: usize,
    pub prompt: &'p Prompt,
}

/// Is this exercise asked on `path`? A path with no exercises at all asks every one (as
/// the participant's screen shows them).
fn asked(pack: &Pack, path: &str, exercise: &Exercise) -> bool {
    pack.on_path(exercise, path) || pack.path_exercises(path).next().is_none()
}

/// The exercises asked on `path`, in pack order, each with its theme.
fn exercises<'p>(pack: &'p Pack, path: &'p str) -> impl Iterator<Item = (&'p Theme, &'p Exercise)> {
    pack.themes.iter().flat_map(move |theme| {
        theme
            .exercises
            .iter()
            .filter(move |e| asked(pack, path, e))
            .map(move |e| (theme, e))
    })
}

/// Every prompt of the path's exercises in order, the exercises numbered along the path.
pub fn spots<'p>(pack: &'p Pack, path: &str) -> Vec<Spot<'p>> {
    let mut out = Vec::new();
    let mut ordinal = 0;
    for theme in &pack.themes {
        for exercise in theme.exercises.iter().filter(|e| asked(pack, path, e)) {
            ordinal += 1;
            for prompt in &exercise.prompts {
                out.push(Spot {
                    theme,
                    exercise,
                    ordinal,
                    prompt,
                });
            }
        }
    }
    out
}

/// The outline of the path the workbook follows: its themes, its exercises numbered with
/// ids, progress and minutes, and where we are.
pub fn outline(pack: &Pack, wb: &Workbook, here: Option<&Spot<'_>>) -> Vec<Say> {
    let total = progress(wb, pack);
    let path = chosen_path(wb, pack);
    let mut out = vec![
        Say::Blank,
        Say::OutlineHead {
            answered: total.answered,
            total: total.total,
        },
    ];
    out.extend(path_line(pack, wb));
    let mut last_theme = None;
    for (ordinal, (theme, exercise)) in exercises(pack, path).enumerate() {
        if last_theme != Some(theme.id.as_str()) {
            out.push(Say::OutlineTheme {
                title: theme.title.to_string(),
                id: theme.id.clone(),
            });
            last_theme = Some(theme.id.as_str());
        }
        let p = exercise_progress(wb, exercise);
        out.push(Say::OutlineExercise {
            n: ordinal + 1,
            title: exercise.title.to_string(),
            id: exercise.id.clone(),
            answered: p.answered,
            total: p.total,
            minutes: exercise.minutes,
        });
    }
    out.push(match here {
        Some(spot) => Say::YouAreAt {
            exercise: spot.ordinal,
            question: spot.prompt.qualified_id.clone(),
        },
        None => Say::PastTheEnd,
    });
    out
}

/// Text from the pack as plain words (its Markdown markup, such as `**`, left out: a
/// screen reader would say it), indented.
fn text(text: &str, indent: usize) -> Say {
    Say::Text {
        text: crate::format::plain_text::markdown_as_text(text),
        indent,
    }
}

/// The introduction said when a new exercise (and maybe a new theme) begins.
pub fn intro(spot: &Spot<'_>, new_theme: bool, exercises: usize) -> Vec<Say> {
    let mut out = Vec::new();
    if new_theme {
        out.push(Say::Blank);
        out.push(Say::Theme {
            title: spot.theme.title.to_string(),
        });
        out.push(text(&spot.theme.intro, 0));
    }
    let e = spot.exercise;
    out.push(Say::Blank);
    out.push(Say::Exercise {
        n: spot.ordinal,
        of: exercises,
        title: e.title.to_string(),
        level: e.level,
        moment: e.moment,
        minutes: e.minutes,
    });
    out.push(text(&e.purpose, 0));
    if !e.guidance.trim().is_empty() {
        out.push(Say::Guidance);
        out.push(text(&e.guidance, 2));
    }
    if let Some(source) = e.source.as_deref().filter(|s| !s.trim().is_empty()) {
        out.push(Say::Source);
        out.push(text(source, 2));
    }
    out
}

/// The path the workbook follows, its size and the time left, when the pack has several
/// paths: `Path: Core, before a session (8 exercises, about 42 minutes; about 30 minutes
/// left).`
pub fn path_line(pack: &Pack, wb: &Workbook) -> Option<Say> {
    let path = chosen_path(wb, pack);
    let spec = pack.path(path).filter(|_| pack.paths.len() > 1)?;
    let left = path_minutes_left(wb, pack, path);
    Some(Say::Path(PathSay::Now(PathFacts::of(pack, spec, left))))
}

/// About how long the rest of the path takes, said as each exercise begins (nothing when
/// the pack gives no estimates).
pub fn time_left(pack: &Pack, wb: &Workbook) -> Option<Say> {
    path_minutes_left(wb, pack, chosen_path(wb, pack)).map(|m| Say::Path(PathSay::TimeLeft(m)))
}

/// The prompt index a `:go` target names: an exercise's number in the outline, or the id of
/// an exercise, a theme or a question (qualified, `exercise.prompt`).
pub fn find(spots: &[Spot<'_>], target: &str) -> Option<usize> {
    let target = target.trim();
    if let Ok(n) = target.parse::<usize>() {
        return spots.iter().position(|s| s.ordinal == n);
    }
    spots
        .iter()
        .position(|s| s.prompt.qualified_id == target)
        .or_else(|| spots.iter().position(|s| s.exercise.id == target))
        .or_else(|| spots.iter().position(|s| s.theme.id == target))
}
