//! Where plain mode is in the pack: every prompt in order with its theme and exercise, the
//! outline, the exercise introductions, and what `:go` targets mean.
//!
//! Pure: reads the pack and workbook, returns positions and lines; never changes anything.

use crate::content::{Exercise, Pack, Prompt, Theme};
use crate::workbook::Workbook;
use crate::workbook::derive::{exercise_progress, progress};

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

/// Every prompt of the pack in order.
pub fn spots(pack: &Pack) -> Vec<Spot<'_>> {
    let mut out = Vec::new();
    let mut ordinal = 0;
    for theme in &pack.themes {
        for exercise in &theme.exercises {
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

/// The outline: themes, numbered exercises with ids and progress, and where we are.
pub fn outline(pack: &Pack, wb: &Workbook, here: Option<&Spot<'_>>) -> Vec<String> {
    let total = progress(wb, pack);
    let mut out = vec![
        String::new(),
        format!(
            "Outline ({} of {} questions answered). Type :go and a number or id to go there.",
            total.answered, total.total
        ),
    ];
    let mut ordinal = 0;
    for theme in &pack.themes {
        out.push(format!("Theme: {} (id {})", theme.title, theme.id));
        for exercise in &theme.exercises {
            ordinal += 1;
            let p = exercise_progress(wb, exercise);
            out.push(format!(
                "  {ordinal}. {} (id {}): {} of {} answered",
                exercise.title, exercise.id, p.answered, p.total
            ));
        }
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
        e.moment.label()
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
