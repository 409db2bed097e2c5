//! An exercise's head in the workbook pane: its theme, the theme's introduction (with its
//! first exercise), title, level and moment, purpose, guidance and source. In a window too
//! small for all of it and the first question, the guidance is folded to its first lines
//! under the title (Ctrl-U shows it whole), so that arriving shows what the exercise is and
//! where to type.
//!
//! Pure; every piece of pack text is sanitised or rendered as Markdown before it is a line.

use std::rc::Rc;

use ratatui::text::Line;

use super::markdown;
use super::memo::{Last, Same};
use super::style::Theme;
use crate::app::State;
use crate::content::Exercise;
use crate::text::sanitize::clean;
use crate::words::guide as guide_words;
use crate::words::screen;

/// The fewest lines of guidance worth folding away.
const FOLD_AT_LEAST: usize = 3;

/// What an exercise's head is made from, besides the pack's words: the same key, the same
/// lines.
#[derive(PartialEq)]
struct HeadKey {
    pack: Same<crate::content::Pack>,
    exercise: usize,
    width: usize,
    height: usize,
    open: bool,
    theme: Theme,
}

thread_local! {
    /// The head drawn last: every key typed into an exercise draws the same one again.
    static HEAD: Last<HeadKey> = const { Last::new() };
}

/// `exercise_head` for the focused exercise, remembered: the same exercise, size and fold
/// give the same lines, shared rather than made again.
pub fn focused_head(
    state: &State,
    ex: &Exercise,
    theme: Theme,
    width: usize,
    height: usize,
) -> Rc<[Line<'static>]> {
    let key = HeadKey {
        pack: Same(std::sync::Arc::clone(&state.pack)),
        exercise: state.ex,
        width,
        height,
        open: state.guidance_open,
        theme,
    };
    HEAD.with(|last| last.get(key, |_| exercise_head(state, ex, theme, width, height)))
}

/// The lines above an exercise's first question, for a pane `width` × `height`.
pub fn exercise_head(
    state: &State,
    ex: &Exercise,
    theme: Theme,
    width: usize,
    height: usize,
) -> Vec<Line<'static>> {
    let mut head: Vec<Line<'static>> = Vec::new();
    let mut intro: Vec<Line<'static>> = Vec::new();
    if let Some(t) = state.theme() {
        head.extend(super::wrap::wrap(&clean(&t.title), theme.dim(), width, 0));
        // A theme's introduction comes with its first exercise.
        let first = t.exercises.first().is_some_and(|e| e.id == ex.id);
        if first && !t.intro.trim().is_empty() {
            intro.extend(markdown::render(&t.intro, theme, width));
            intro.push(Line::default());
        }
    }
    let mut title = super::wrap::wrap(&clean(&ex.title), theme.title(), width, 0);
    title.extend(super::wrap::wrap(
        &screen::level_and_time(ex),
        theme.dim(),
        width,
        0,
    ));
    title.push(Line::default());
    let mut guide = super::wrap::wrap(&clean(&ex.purpose), theme.italic(), width, 0);
    guide.push(Line::default());
    guide.extend(markdown::render(&ex.guidance, theme, width));
    if let Some(src) = &ex.source {
        guide.push(Line::default());
        guide.extend(
            markdown::render(src, theme, width)
                .into_iter()
                .map(|l| l.style(theme.dim())),
        );
    }
    // In a window too small for the guidance and a question under it, the guidance is
    // folded to its first lines (Ctrl-U shows it whole), under the exercise's title, so
    // that arriving shows what the exercise is and where to type.
    // Room kept under the guidance for the first question (its text and first answer lines).
    let question = (height / 2).max(6);
    let full = head.len() + intro.len() + title.len() + guide.len();
    let long = full + question > height && !ex.prompts.is_empty();
    if long && !state.guidance_open {
        head.extend(title);
        let mut all = intro;
        all.extend(guide);
        let room = height.saturating_sub(question + head.len() + 1);
        let keep = room.max(2).min(all.len());
        // Folding away a few lines would save less than it costs to say so.
        let more = all.len() - keep;
        if more > FOLD_AT_LEAST {
            all.truncate(keep);
        }
        head.extend(all);
        if more > FOLD_AT_LEAST {
            let folded = guide_words::folded(more);
            head.extend(super::wrap::wrap(&folded, theme.dim(), width, 0));
        }
    } else {
        head.extend(intro);
        head.extend(title);
        head.extend(guide);
        if long {
            head.extend(super::wrap::wrap(
                guide_words::UNFOLDED,
                theme.dim(),
                width,
                0,
            ));
        }
    }
    head
}
