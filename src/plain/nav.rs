//! Where plain mode is in the pack: every prompt in order with its theme and exercise, the
//! outline, the exercise introductions, and what `:go` targets mean.
//!
//! Pure: reads the pack and workbook, returns positions and what to say (`Say`); never
//! changes anything.

use crate::content::{Exercise, Pack, Prompt, Theme};
use crate::workbook::Workbook;
use crate::workbook::derive::{exercise_progress, progress};

use crate::words::plain::Say;

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
pub fn outline(pack: &Pack, wb: &Workbook, here: Option<&Spot<'_>>) -> Vec<Say> {
    let total = progress(wb, pack);
    let mut out = vec![
        Say::Blank,
        Say::OutlineHead {
            answered: total.answered,
            total: total.total,
        },
    ];
    let mut ordinal = 0;
    for theme in &pack.themes {
        out.push(Say::OutlineTheme {
            title: theme.title.clone(),
            id: theme.id.clone(),
        });
        for exercise in &theme.exercises {
            ordinal += 1;
            let p = exercise_progress(wb, exercise);
            out.push(Say::OutlineExercise {
                n: ordinal,
                title: exercise.title.clone(),
                id: exercise.id.clone(),
                answered: p.answered,
                total: p.total,
            });
        }
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

/// Text from the pack as it is, indented.
fn text(text: &str, indent: usize) -> Say {
    Say::Text {
        text: text.to_string(),
        indent,
    }
}

/// The introduction said when a new exercise (and maybe a new theme) begins.
pub fn intro(spot: &Spot<'_>, new_theme: bool, exercises: usize) -> Vec<Say> {
    let mut out = Vec::new();
    if new_theme {
        out.push(Say::Blank);
        out.push(Say::Theme {
            title: spot.theme.title.clone(),
        });
        out.push(text(&spot.theme.intro, 0));
    }
    let e = spot.exercise;
    out.push(Say::Blank);
    out.push(Say::Exercise {
        n: spot.ordinal,
        of: exercises,
        title: e.title.clone(),
        level: e.level,
        moment: e.moment,
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
