//! The review's overlays: help (every key), the prompt picker, and the note editor.
//!
//! Pure; each clears only its own box.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use crate::app::editor::View;
use crate::review::app::{NoteEdit, State};
use crate::text::sanitize::visible;
use crate::text::wrap::fit;
use crate::ui::overlay::{boxed, frame_area};
use crate::ui::style::Theme;
use crate::ui::wrap::wrap;
use crate::words::review as text;
use crate::words::review_screen as words;

pub fn help(theme: Theme, frame: &mut Frame, scroll: u16) {
    let rect = frame_area(frame.area());
    frame.render_widget(Clear, rect);
    let width = usize::from(rect.width.saturating_sub(2));
    let mut lines = Vec::new();
    for (place, keys) in text::HELP {
        lines.push(Line::styled(place.to_string(), theme.title()));
        for (key, what) in *keys {
            let key_w = 32.min(width / 2);
            let mut l = wrap(what, theme.plain(), width, key_w);
            if let Some(first) = l.first_mut() {
                let mut spans = vec![Span::styled(
                    format!("{:<key_w$}", fit(key, key_w.saturating_sub(1))),
                    theme.key(),
                )];
                spans.extend(first.spans.iter().skip(1).cloned());
                *first = Line::from(spans);
            }
            lines.extend(l);
        }
        lines.push(Line::default());
    }
    boxed(frame, theme, rect, words::HELP_TITLE, lines, scroll);
}

pub fn picker(state: &State, theme: Theme, frame: &mut Frame, query: &str, cursor: usize) {
    let rect = frame_area(frame.area());
    frame.render_widget(Clear, rect);
    let block = Block::bordered()
        .title(words::PICKER_TITLE)
        .border_style(theme.title());
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let [search, list] =
        Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(inner);
    let width = usize::from(inner.width);
    frame.render_widget(
        Paragraph::new(Line::styled(
            fit(&words::search(&visible(query)), width),
            theme.focus(),
        )),
        search,
    );
    let matches = state.picker_matches(query);
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut at_cursor = 0;
    let mut last_exercise = None;
    for (pos, &i) in matches.iter().enumerate() {
        let at = &state.prompts[i];
        if last_exercise != Some((at.theme, at.exercise)) {
            last_exercise = Some((at.theme, at.exercise));
            let th = &state.pack.themes[at.theme];
            let ex = &th.exercises[at.exercise];
            let head = format!("{} › {}", visible(&th.title), visible(&ex.title));
            lines.push(Line::styled(fit(&head, width), theme.dim()));
        }
        let q = state
            .prompt(i)
            .map(|p| visible(&p.text))
            .unwrap_or_default();
        let here = pos == cursor;
        if here {
            at_cursor = lines.len();
        }
        let line = fit(&format!("{}{q}", if here { "▸ " } else { "  " }), width);
        lines.push(Line::styled(
            line,
            if here { theme.cursor() } else { theme.plain() },
        ));
    }
    if matches.is_empty() {
        lines.push(Line::styled(words::NO_PROMPT_MATCHES, theme.dim()));
    }
    let h = usize::from(list.height);
    let skip = at_cursor.saturating_sub(h.saturating_sub(2));
    let shown: Vec<Line<'static>> = lines.into_iter().skip(skip).take(h).collect();
    frame.render_widget(Paragraph::new(shown), list);
}

/// The note editor over the screen; returns the editor's view.
pub fn note(state: &State, edit: &NoteEdit, theme: Theme, frame: &mut Frame) -> View {
    let rect = frame_area(frame.area());
    frame.render_widget(Clear, rect);
    let name = state
        .rows
        .get(edit.wb)
        .map(|r| r.name.clone())
        .unwrap_or_default();
    let title = words::note_title(&name, edit.prompt.is_some());
    let block = Block::bordered()
        .title(fit(&title, usize::from(rect.width.saturating_sub(2))))
        .border_style(theme.title());
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let width = usize::from(inner.width);
    let question = edit
        .prompt
        .as_deref()
        .and_then(|id| state.pack.prompt(id))
        .map(|p| wrap(&visible(&p.text), theme.dim(), width, 0))
        .unwrap_or_default();
    let q_rows = u16::try_from(question.len().min(usize::from(inner.height / 3))).unwrap_or(0);
    let [q, gap, ed] = Layout::vertical([
        Constraint::Length(q_rows),
        Constraint::Length(u16::from(q_rows > 0)),
        Constraint::Fill(1),
    ])
    .areas(inner);
    frame.render_widget(Paragraph::new(question), q);
    let _ = gap;
    crate::ui::editor::render(&edit.editor, text::NOTE_PLACEHOLDER, ed, frame.buffer_mut())
}
