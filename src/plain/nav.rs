//! Where plain mode is in the pack: every prompt of the workbook's path in order with its
//! theme and exercise, the outline, the exercise introductions (with their minutes), the
//! path and its time left, and what `:go` targets mean.
//!
//! Pure: reads the pack and workbook, returns positions and lines; never changes anything.

use crate::content::{Exercise, Pack, Prompt, Theme};
use crate::words::paths;
use crate::workbook::Workbook;
use crate::workbook::derive::{chosen_path, exercise_progress, path_minutes_left, progress};

use super::text::indented;

/// One prompt and where it sits.
#[derive(Debug, Clone, Copy)]
pub struct Spot<'p> {
    pub theme: &'p Theme,
    pub exercise: &'p Exercise,
    /// The exercise's number in the whole pack, counted from 1 (as in the outline).
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
pub fn outline(pack: &Pack, wb: &Workbook, here: Option<&Spot<'_>>) -> Vec<String> {
    let total = progress(wb, pack);
    let path = chosen_path(wb, pack);
    let mut out = vec![
        String::new(),
        format!(
            "Outline ({} of {} questions answered). Type :go and a number or id to go there.",
            total.answered, total.total
        ),
    ];
    out.extend(path_line(pack, wb));
    let mut last_theme = None;
    for (ordinal, (theme, exercise)) in exercises(pack, path).enumerate() {
        if last_theme != Some(theme.id.as_str()) {
            out.push(format!("Theme: {} (id {})", theme.title, theme.id));
            last_theme = Some(theme.id.as_str());
        }
        let p = exercise_progress(wb, exercise);
        let minutes = exercise
            .minutes
            .map(|m| format!("; {}", paths::about_minutes(m)))
            .unwrap_or_default();
        out.push(format!(
            "  {}. {} (id {}): {} of {} answered{minutes}",
            ordinal + 1,
            exercise.title,
            exercise.id,
            p.answered,
            p.total
        ));
    }
    match here {
        Some(spot) => out.push(format!(
            "You are at exercise {}, question {}.",
            spot.ordinal, spot.prompt.qualified_id
        )),
        None => out.push("You are past the last question.".to_string()),
    }
    out
}

/// The introduction said when a new exercise (and maybe a new theme) begins.
pub fn intro(spot: &Spot<'_>, new_theme: bool, exercises: usize) -> Vec<String> {
    let mut out = Vec::new();
    if new_theme {
        out.push(String::new());
        out.push(format!("Theme: {}", spot.theme.title));
        out.extend(indented(&spot.theme.intro, ""));
    }
    let e = spot.exercise;
    out.push(String::new());
    out.push(format!(
        "Exercise {} of {exercises}: {} ({}; {}).",
        spot.ordinal,
        e.title,
        e.level.label(),
        paths::exercise_time(e)
    ));
    out.extend(indented(&e.purpose, ""));
    if !e.guidance.trim().is_empty() {
        out.push("Guidance:".to_string());
        out.extend(indented(&e.guidance, "  "));
    }
    if let Some(source) = e.source.as_deref().filter(|s| !s.trim().is_empty()) {
        out.push("Source:".to_string());
        out.extend(indented(source, "  "));
    }
    out
}

/// The path the workbook follows, its size and the time left, when the pack has several
/// paths: `Path: Core, before a session (8 exercises, about 42 minutes; about 30 minutes
/// left).`
pub fn path_line(pack: &Pack, wb: &Workbook) -> Option<String> {
    let path = chosen_path(wb, pack);
    let spec = pack.path(path).filter(|_| pack.paths.len() > 1)?;
    Some(paths::now_on(pack, spec, path_minutes_left(wb, pack, path)))
}

/// About how long the rest of the path takes, said as each exercise begins (nothing when
/// the pack gives no estimates).
pub fn time_left(pack: &Pack, wb: &Workbook) -> Option<String> {
    path_minutes_left(wb, pack, chosen_path(wb, pack)).map(paths::left_on_path)
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
