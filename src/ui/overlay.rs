//! Overlays over the workbook screen: the outline, help and about.
//!
//! Pure; each overlay clears its own rectangle (from `Layout`) and nothing else.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::style::Theme;
use super::{markdown, wrap};
use crate::app::{OutlineRow, Overlay, State};
use crate::text::sanitize::clean;
use crate::words::guide;
use crate::words::participant as text;
use crate::words::{paths, screen};
use crate::workbook::derive::{self, Status};

/// The overlay's box: most of the screen, centred.
pub fn frame_area(area: Rect) -> Rect {
    let w = area.width.saturating_sub(4).clamp(area.width.min(20), 90);
    let h = area.height.saturating_sub(2).max(area.height.min(5));
    let [row] = Layout::vertical([Constraint::Length(h)])
        .flex(Flex::Center)
        .areas(area);
    let [rect] = Layout::horizontal([Constraint::Length(w)])
        .flex(Flex::Center)
        .areas(row);
    rect
}

pub fn render(state: &State, theme: Theme, frame: &mut Frame, overlay: &Overlay) {
    if *overlay == Overlay::ConfirmAfter {
        confirm_after(theme, frame);
        return;
    }
    let rect = frame_area(frame.area());
    frame.render_widget(Clear, rect);
    let width = usize::from(rect.width.saturating_sub(2));
    let (title, lines, scroll) = match overlay {
        Overlay::Conflict { copy, others } => (
            crate::words::saving::COPY_FOUND_TITLE,
            conflict(theme, copy, *others, width),
            0,
        ),
        Overlay::Finished => (guide::FINISHED_TITLE, finished(state, theme, width), 0),
        Overlay::Outline { cursor } => (
            screen::OUTLINE_TITLE,
            outline(state, theme, *cursor),
            outline_scroll(*cursor, rect),
        ),
        Overlay::Help { scroll } => (
            screen::HELP_TITLE,
            help(
                text::HELP_KEYS,
                theme,
                usize::from(rect.width.saturating_sub(2)),
            ),
            *scroll,
        ),
        Overlay::ConfirmAfter => return,
        Overlay::Paths { cursor } => (
            screen::PATHS_TITLE,
            paths(
                state,
                theme,
                *cursor,
                usize::from(rect.width.saturating_sub(2)),
            ),
            0,
        ),
        Overlay::About { scroll } => (
            screen::ABOUT_TITLE,
            about(
                &state.pack,
                theme,
                usize::from(rect.width.saturating_sub(2)),
            ),
            *scroll,
        ),
    };
    boxed(frame, theme, rect, title, lines, scroll);
}

/// The notice of a copy saved after a conflict: the full path on lines of its own, never cut.
fn conflict(theme: Theme, copy: &str, others: usize, width: usize) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for (i, paragraph) in crate::words::saving::copy_found(&clean(copy), others)
        .iter()
        .enumerate()
    {
        let style = if i == 1 { theme.title() } else { theme.plain() };
        if i == 1 {
            lines.extend(path_lines(paragraph, style, width));
        } else {
            lines.extend(wrap::wrap(paragraph, style, width, 0));
        }
        lines.push(Line::from(""));
    }
    lines
}

/// The end of the path: how much is answered, where the file is (the full path on lines
/// of its own, never cut), and where to go from here.
fn finished(state: &State, theme: Theme, width: usize) -> Vec<Line<'static>> {
    let p = state.path_progress();
    let mut lines = wrap::wrap(
        &guide::finished(p.answered, p.total),
        theme.plain(),
        width,
        0,
    );
    lines.push(Line::from(""));
    lines.extend(wrap::wrap(guide::SAVED_IN, theme.plain(), width, 0));
    lines.extend(path_lines(&clean(&state.path_label), theme.title(), width));
    lines.push(Line::from(""));
    lines.extend(wrap::wrap(guide::FROM_HERE, theme.plain(), width, 0));
    lines
}

/// A path cut into whole lines of the box's width (it has no spaces to wrap at).
fn path_lines(path: &str, style: Style, width: usize) -> Vec<Line<'static>> {
    let chars: Vec<char> = path.chars().collect();
    chars
        .chunks(width.max(1))
        .map(|chunk| Line::from(Span::styled(chunk.iter().collect::<String>(), style)))
        .collect()
}

/// A bordered, titled box of lines, scrolled (clamped to what there is).
pub fn boxed(
    frame: &mut Frame,
    theme: Theme,
    rect: Rect,
    title: &str,
    lines: Vec<Line<'static>>,
    scroll: u16,
) {
    let block = Block::bordered()
        .title(title.to_string())
        .border_style(theme.title());
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let max =
        u16::try_from(lines.len().saturating_sub(usize::from(inner.height))).unwrap_or(u16::MAX);
    frame.render_widget(Paragraph::new(lines).scroll((scroll.min(max), 0)), inner);
}

fn outline_scroll(cursor: usize, rect: Rect) -> u16 {
    let h = usize::from(rect.height.saturating_sub(2));
    u16::try_from(cursor.saturating_sub(h.saturating_sub(2))).unwrap_or(0)
}

fn symbol(s: Status) -> &'static str {
    match s {
        Status::Done => screen::DONE,
        Status::Partly => screen::PARTLY,
        Status::NotStarted => screen::NOT_STARTED,
    }
}

fn outline(state: &State, theme: Theme, cursor: usize) -> Vec<Line<'static>> {
    state
        .outline_rows()
        .into_iter()
        .enumerate()
        .map(|(i, row)| {
            let here = i == cursor;
            let mark = if here { "› " } else { "  " };
            let (text, status, style) = match row {
                OutlineRow::Theme(t) => {
                    let Some(th) = state.pack.themes.get(t) else {
                        return Line::default();
                    };
                    let p = state.theme_progress(th);
                    (
                        clean(&th.title).into_owned(),
                        format!("  {}/{}", p.answered, p.total),
                        theme.bold(),
                    )
                }
                OutlineRow::Exercise(ex) => {
                    let Some(e) = state
                        .exercises
                        .get(ex)
                        .and_then(|&(t, e)| state.pack.themes.get(t)?.exercises.get(e))
                    else {
                        return Line::default();
                    };
                    let p = derive::exercise_progress(&state.workbook, e);
                    let now = if ex == state.ex {
                        screen::YOU_ARE_HERE
                    } else {
                        ""
                    };
                    let notes = state
                        .exercises
                        .get(ex)
                        .map_or(0, |&(t, e)| state.notes_on_exercise(t, e));
                    (
                        format!("    {}", clean(&e.title)),
                        format!(
                            "  {} · {}{}{now}",
                            symbol(p.status()),
                            screen::level_and_minutes(e),
                            crate::words::participant::notes_here(notes)
                        ),
                        theme.plain(),
                    )
                }
            };
            let style = if here { theme.cursor() } else { style };
            Line::from(vec![
                Span::styled(format!("{mark}{text}"), style),
                Span::styled(status, theme.dim()),
            ])
        })
        .collect()
}

/// The paths: each with its size and the time left on it, the one followed now marked, and
/// what the one under the cursor is for.
fn paths(state: &State, theme: Theme, cursor: usize, width: usize) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for (i, p) in state.pack.paths.iter().enumerate() {
        let here = i == cursor;
        let pre = format!("{}{}. ", if here { "› " } else { "  " }, i + 1);
        // Time left only once some of the path is done: otherwise it is the path's time.
        let left = derive::path_minutes_left(&state.workbook, &state.pack, &p.id)
            .filter(|m| Some(*m) != state.pack.path_minutes(&p.id))
            .map(screen::minutes_left)
            .unwrap_or_default();
        let now = if p.id == state.path() {
            screen::PATH_NOW
        } else {
            ""
        };
        let line = format!(
            "{}{left}{now}",
            clean(&paths::summary(&paths::PathFacts::of(&state.pack, p, None)))
        );
        let style = if here { theme.cursor() } else { theme.plain() };
        let mut w = wrap::Wrapper::new(width, pre.chars().count()).prefix(&pre, style);
        w.push(&line, style);
        out.extend(w.finish());
    }
    if let Some(p) = state.pack.paths.get(cursor) {
        out.push(Line::default());
        out.extend(wrap::wrap(&clean(&p.purpose), theme.dim(), width, 2));
    }
    out
}

/// A table of keys as lines: (key, what it does), an empty key for a section heading.
pub fn help(keys: &[(&str, &str)], theme: Theme, width: usize) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for (key, what) in keys {
        if key.is_empty() {
            if !out.is_empty() {
                out.push(Line::default());
            }
            out.push(Line::styled(what.to_string(), theme.title()));
            continue;
        }
        let pre = format!("  {key:<18} ");
        let mut w =
            wrap::Wrapper::new(width, pre.chars().count().min(width / 2)).prefix(&pre, theme.key());
        w.push(what, theme.plain());
        out.extend(w.finish());
    }
    out
}

/// The About text: the frameworks credited, then the pack and its attribution.
pub fn about(pack: &crate::content::Pack, theme: Theme, width: usize) -> Vec<Line<'static>> {
    let mut out = markdown::render(text::ABOUT, theme, width);
    out.push(Line::default());
    out.extend(wrap::wrap(
        &screen::this_pack(&clean(&pack.title), &clean(&pack.version)),
        theme.bold(),
        width,
        0,
    ));
    out.extend(markdown::render(&pack.attribution, theme, width));
    out
}

/// The question before starting to reflect after a session: a small box, centred.
fn confirm_after(theme: Theme, frame: &mut Frame) {
    let area = frame.area();
    let w = area.width.min(64);
    let inner = usize::from(w.saturating_sub(2));
    let lines: Vec<Line<'static>> = text::AFTER_CONFIRM
        .split('\n')
        .flat_map(|l| wrap::wrap(l, theme.plain(), inner, 0))
        .collect();
    let h = u16::try_from(lines.len() + 2)
        .unwrap_or(u16::MAX)
        .min(area.height);
    let [row] = Layout::vertical([Constraint::Length(h)])
        .flex(Flex::Center)
        .areas(area);
    let [rect] = Layout::horizontal([Constraint::Length(w)])
        .flex(Flex::Center)
        .areas(row);
    frame.render_widget(Clear, rect);
    boxed(frame, theme, rect, text::AFTER_TITLE, lines, 0);
}
