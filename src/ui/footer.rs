//! The footer: the keys that matter for what is focused, most useful first.
//!
//! Pure; the full list of keys lives in the help overlay (`help.rs`).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::style::Theme;
use crate::app::{Overlay, State};
use crate::content::{Moment, PromptKind, Shape};
use crate::words::screen::{self, Key};
use crate::workbook::edit;

/// (key, what it does) pairs for the current focus.
pub fn keys(state: &State) -> Vec<(&'static str, &'static str)> {
    if let Some(o) = &state.overlay {
        return match o {
            Overlay::Outline { .. } => screen::KEYS_OUTLINE.to_vec(),
            Overlay::ConfirmAfter => screen::KEYS_CONFIRM.to_vec(),
            Overlay::Paths { .. } => screen::KEYS_PATHS.to_vec(),
            Overlay::Conflict { .. } => screen::KEYS_CONFLICT.to_vec(),
            Overlay::Finished => crate::words::guide::KEYS_FINISHED.to_vec(),
            _ => screen::KEYS_OVERLAY.to_vec(),
        };
    }
    let prompt = state.focused_prompt();
    let mut k: Vec<Key> = match prompt {
        Some(p) if edit::wrong_shape(&state.workbook, p).is_some() => {
            vec![screen::KEY_CLEAR_EARLIER]
        }
        // Nothing to answer yet (a grid without rows, choices from an empty list): no
        // keys for answering it.
        Some(p) if nothing_to_answer(state, p) => Vec::new(),
        Some(p) => kind_keys(&p.kind).to_vec(),
        None => Vec::new(),
    };
    if state.prefilled_from.is_some() {
        // A long earlier answer offered as the start: clearing it is the likely wish.
        k.insert(0, screen::KEY_CLEAR);
    }
    if prompt.is_some_and(|p| p.kind.seed_from().is_some()) {
        k.push(screen::KEY_SEED);
    }
    // The two keys that matter most here, then moving on and leaving, then the rest.
    let rest = k.split_off(k.len().min(2));
    if let Some(p) = prompt
        && state.workbook.meta.moment == Moment::After
    {
        // After a series of sessions, or when the latest is what the answer still says:
        // right after those two, as the pane's own line says it only when shown.
        let kept = state.workbook.earlier_answers(&p.qualified_id).len();
        if kept > 1 || (kept == 1 && crate::app::earlier_shown(state).is_none()) {
            k.push(crate::words::before::KEY_OLDER);
        }
    }
    k.extend(screen::KEYS_FIRST);
    k.extend(rest);
    k.push(screen::KEY_OUTLINE);
    k.push(screen::KEY_PATH);
    k.extend(screen::KEYS_LATER);
    if state.workbook.meta.moment != Moment::After {
        k.push(screen::KEY_AFTER);
    }
    k
}

pub fn render(state: &State, theme: Theme, frame: &mut Frame, area: Rect) {
    let keys: Vec<_> = keys(state)
        .into_iter()
        .filter(|k| *k != screen::KEY_HELP)
        .collect();
    key_line(&keys, true, theme, frame, area);
}

/// A footer of keys: as many `(key, what)` pairs as fit, in order, and (with `help`)
/// "F1 help" always at the right, where every other key is listed. Shared by every screen.
pub fn key_line(
    keys: &[(&'static str, &'static str)],
    help: bool,
    theme: Theme,
    frame: &mut Frame,
    area: Rect,
) {
    let [left, right] = super::split::rest_and_right(area, 8, 0);
    let width = usize::from(left.width);
    let key = (keys.to_vec(), theme, width);
    // Remembered: the footer rarely changes from one key to the next.
    let line = FOOTER.with(|last| last.get(key, |(keys, ..)| vec![pairs(keys, theme, width)]));
    super::memo::paragraph_shared(&line, 0, left, frame.buffer_mut());
    if help {
        let (key, what) = screen::KEY_HELP;
        let help = Line::from(vec![
            Span::styled(key, theme.key()),
            Span::styled(format!(" {what}"), theme.dim()),
        ]);
        super::memo::paragraph(&[help.right_aligned()], 0, right, frame.buffer_mut());
    }
}

type FooterKey = (Vec<(&'static str, &'static str)>, Theme, usize);

thread_local! {
    /// The footer's keys drawn last.
    static FOOTER: super::memo::Last<FooterKey> = const { super::memo::Last::new() };
}

/// As many `(key, what)` pairs as fit in `width`, in order, on one line.
fn pairs(keys: &[(&'static str, &'static str)], theme: Theme, width: usize) -> Line<'static> {
    let mut spans = Vec::new();
    let mut used = 0usize;
    for (key, what) in keys {
        let w = key.chars().count() + what.chars().count() + 3;
        if used + w > width + 2 {
            break;
        }
        spans.push(Span::styled(*key, theme.key()));
        spans.push(Span::styled(format!(" {what}  "), theme.dim()));
        used += w;
    }
    Line::from(spans)
}

/// A grid or quadrant without rows, or choices drawn from lists with no items yet.
fn nothing_to_answer(state: &State, p: &crate::content::Prompt) -> bool {
    if p.kind.rows().is_some() {
        return crate::app::cells::cells(&state.workbook, &state.pack, p).is_empty();
    }
    match p.kind.options() {
        Some(o @ crate::content::Options::FromLists(_)) => {
            crate::workbook::derive::options(&state.workbook, o).is_empty()
        }
        _ => false,
    }
}

/// The keys that answer a prompt of this kind, by how its answer is held.
fn kind_keys(kind: &PromptKind) -> &'static [Key] {
    if kind.scale().is_some() {
        return screen::KEYS_SCALE;
    }
    if matches!(kind, PromptKind::Ranking { .. }) {
        return screen::KEYS_RANKING;
    }
    match kind.shape() {
        Shape::Text if kind.is_multiline() => screen::KEYS_TEXT,
        Shape::Text => screen::KEYS_LINE,
        Shape::List => screen::KEYS_LIST,
        Shape::Choice | Shape::Choices | Shape::Number => screen::KEYS_CHOICE,
        Shape::Grid => screen::KEYS_CELLS,
    }
}
