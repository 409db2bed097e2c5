//! The workbook screen: header with progress, outline sidebar, the current exercise with
//! its prompts, status line and key footer.
//!
//! Pure: every rectangle comes from `Layout`; never changes state.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{LineGauge, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::footer;
use super::prompt::{self, Part, Target};
use super::style::Theme;
use crate::app::editor::View;
use crate::app::{PaneDrawn, SaveState, State};
use crate::text::sanitize::clean;
use crate::words::participant as text;
use crate::words::screen;
use crate::workbook::derive::{self, Status};

/// The screen's areas.
pub struct Areas {
    pub header: Rect,
    pub sidebar: Option<Rect>,
    pub pane: Rect,
    pub status: Rect,
    pub footer: Rect,
}

pub fn areas(area: Rect) -> Areas {
    let [header, body, status, footer] = if area.height >= 3 {
        // One row each for the header, the status and the footer, the rest for the body:
        // the vertical layout's answer, worked out without its constraint solver.
        let row = |y: u16, height: u16| Rect { y, height, ..area };
        let bottom = area.bottom();
        [
            row(area.y, 1),
            row(area.y + 1, area.height - 3),
            row(bottom - 2, 1),
            row(bottom - 1, 1),
        ]
    } else {
        Layout::vertical([
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(area)
    };
    if area.width >= 70 {
        let side: u16 = if area.width >= 110 { 32 } else { 26 };
        // The sidebar, a gap of one column, and the pane in the rest (at least 43 columns).
        let sidebar = Rect {
            width: side,
            ..body
        };
        let pane = Rect {
            x: body.x + side + 1,
            width: body.width - side - 1,
            ..body
        };
        Areas {
            header,
            sidebar: Some(sidebar),
            pane,
            status,
            footer,
        }
    } else {
        Areas {
            header,
            sidebar: None,
            pane: body,
            status,
            footer,
        }
    }
}

/// Draws the workbook screen; returns the editor's view when the editor was drawn.
/// Draws the workbook screen; returns the editor's view and the pane's scroll as drawn.
pub fn render(state: &State, theme: Theme, frame: &mut Frame) -> (Option<View>, Option<PaneDrawn>) {
    let a = areas(frame.area());
    header(state, theme, frame, a.header);
    if let Some(side) = a.sidebar {
        sidebar(state, theme, frame, side);
    }
    let drawn = pane(state, theme, frame, a.pane);
    status(state, theme, frame, a.status);
    footer::render(state, theme, frame, a.footer);
    drawn
}

fn header(state: &State, theme: Theme, frame: &mut Frame, area: Rect) {
    // What the participant chose to do (their path), not the whole pack.
    let p = state.path_progress();
    let gauge_w = if area.width >= 60 { 30 } else { 14 };
    let [left, right] = super::split::rest_and_right(area, gauge_w, 2);
    let name = if state.workbook.meta.initiative.is_empty() {
        screen::APP_NAME.to_string()
    } else {
        clean(&state.workbook.meta.initiative).into_owned()
    };
    // The file's path after the name, its start left out when it does not fit, so the
    // file's own name shows whole.
    let room = usize::from(left.width).saturating_sub(name.width() + 2);
    let path = super::wrap::tail_within(&clean(&state.path_label), room);
    let line = Line::from(vec![
        Span::styled(name, theme.title()),
        Span::styled(format!("  {path}"), theme.dim()),
    ]);
    super::memo::paragraph(&[line], 0, left, frame.buffer_mut());
    let label = match state.minutes_left().filter(|m| *m > 0) {
        Some(m) if area.width >= 60 => screen::answered_left(p.answered, p.total, m),
        _ => screen::answered(p.answered, p.total, area.width >= 60),
    };
    let gauge = LineGauge::default()
        .ratio(p.ratio().clamp(0.0, 1.0))
        .label(label)
        .filled_style(theme.gauge())
        .unfilled_style(theme.dim());
    frame.render_widget(gauge, right);
}

fn symbol(s: Status) -> &'static str {
    match s {
        Status::Done => "✓",
        Status::Partly => "◐",
        Status::NotStarted => "○",
    }
}

/// One row of the outline, as what it shows: a theme with its count, or an exercise with
/// its status (and whether it is the focused one, whether a coach wrote on it).
#[derive(Clone, Copy, PartialEq, Eq)]
enum OutlineRow {
    Theme {
        theme: usize,
        answered: usize,
        total: usize,
        status: Status,
    },
    Exercise {
        theme: usize,
        exercise: usize,
        status: Status,
        here: bool,
        noted: bool,
    },
}

/// What the outline is drawn from: the same key draws the same lines.
#[derive(PartialEq)]
struct OutlineKey {
    pack: super::memo::Same<crate::content::Pack>,
    path: String,
    width: usize,
    theme: Theme,
    rows: Vec<OutlineRow>,
}

thread_local! {
    /// The outline drawn last: typing into an answer mostly draws it again unchanged.
    static OUTLINE: super::memo::Last<OutlineKey> = const { super::memo::Last::new() };
}

/// The outline's rows: the themes with an exercise on the path, each with its exercises
/// on the path.
fn outline_rows(state: &State) -> Vec<OutlineRow> {
    // Made on every frame: room for every theme and exercise at once, not grown row by row.
    let mut rows = Vec::with_capacity(state.pack.themes.len() + state.exercises.len());
    let mut ex = 0;
    for (t, theme_) in state.pack.themes.iter().enumerate() {
        let first = ex;
        ex += theme_.exercises.len();
        if !(first..ex).any(|i| state.shown(i)) {
            continue;
        }
        let p = state.theme_progress(theme_);
        rows.push(OutlineRow::Theme {
            theme: t,
            answered: p.answered,
            total: p.total,
            status: p.status(),
        });
        let notes_theme = state.exercises.get(first).map_or(0, |&(t, _)| t);
        for (i, e) in theme_.exercises.iter().enumerate() {
            let at = first + i;
            if !state.shown(at) {
                continue;
            }
            rows.push(OutlineRow::Exercise {
                theme: t,
                exercise: i,
                status: derive::exercise_progress(&state.workbook, e).status(),
                here: at == state.ex,
                noted: state.notes_on_exercise(notes_theme, i) > 0,
            });
        }
    }
    rows
}

fn sidebar(state: &State, theme: Theme, frame: &mut Frame, area: Rect) {
    let width = usize::from(area.width);
    let key = OutlineKey {
        pack: super::memo::Same(std::sync::Arc::clone(&state.pack)),
        path: state.path().to_string(),
        width,
        theme,
        rows: outline_rows(state),
    };
    let rows = key.rows.len();
    let here = key
        .rows
        .iter()
        .position(|r| matches!(r, OutlineRow::Exercise { here: true, .. }));
    let lines =
        OUTLINE.with(|last| last.get(key, |key| outline_lines(state, theme, width, &key.rows)));
    // The focused exercise's line, below the path's title when there is one.
    let title = lines.len().saturating_sub(rows);
    let current_line = here.map_or(0, |at| title + at);
    let h = usize::from(area.height);
    let offset = current_line.saturating_sub(h.saturating_sub(2));
    let offset = u16::try_from(offset).unwrap_or(0);
    super::memo::paragraph_shared(&lines, offset, area, frame.buffer_mut());
}

/// The lines of the path's title above the outline (none with one path).
fn path_title(state: &State, theme: Theme, width: usize) -> Vec<Line<'static>> {
    match state.pack.path(state.path()) {
        Some(path) if state.pack.paths.len() > 1 => {
            // The path's title in full, its later lines indented under "Path:".
            let mut w = super::wrap::Wrapper::new(width, 2);
            w.push(&screen::path_line(&clean(&path.title)), theme.dim());
            w.finish()
        }
        _ => Vec::new(),
    }
}

/// The outline's lines: the path's title, then a line per row.
fn outline_lines(
    state: &State,
    theme: Theme,
    width: usize,
    rows: &[OutlineRow],
) -> Vec<Line<'static>> {
    let mut lines = path_title(state, theme, width);
    for &row in rows {
        lines.push(match row {
            OutlineRow::Theme {
                theme: t,
                answered,
                total,
                status,
            } => {
                let title = state.pack.themes.get(t).map_or("", |t| t.title.as_ref());
                let count = format!(" {answered}/{total}");
                let title = crate::text::wrap::fit(
                    &clean(title),
                    width.saturating_sub(count.chars().count() + 2),
                );
                Line::from(vec![
                    Span::styled(format!("{} {title}", symbol(status)), theme.bold()),
                    Span::styled(count, theme.dim()),
                ])
            }
            OutlineRow::Exercise {
                theme: t,
                exercise,
                status,
                here,
                noted,
            } => {
                let title = state
                    .pack
                    .themes
                    .get(t)
                    .and_then(|t| t.exercises.get(exercise))
                    .map_or("", |e| e.title.as_ref());
                // Exercises with a coach's note carry its mark after the title.
                let mark = if noted {
                    crate::words::participant::NOTED
                } else {
                    ""
                };
                let room = width.saturating_sub(4 + mark.chars().count());
                let title = crate::text::wrap::fit(&clean(title), room);
                let text = format!(
                    "{} {} {title}{mark}",
                    if here { "▸" } else { " " },
                    symbol(status)
                );
                Line::styled(text, if here { theme.cursor() } else { theme.plain() })
            }
        });
    }
    lines
}

/// The exercise's content as parts, and the line range of each prompt.
pub fn pane_parts(
    state: &State,
    theme: Theme,
    width: usize,
    height: usize,
) -> (Vec<Part>, Vec<(usize, usize)>) {
    let mut parts = Vec::new();
    let Some(ex) = state.exercise() else {
        return (parts, Vec::new());
    };
    // The coach's note on the whole workbook comes just above the first exercise's first
    // prompt, inside its range, so that opening the workbook scrolls it into view (or at the
    // end of the exercise's text when it has no prompts).
    let first_shown = (0..state.exercises.len()).find(|&i| state.shown(i)) == Some(state.ex);
    if ex.prompts.is_empty() {
        let mut head = super::head::exercise_head(state, ex, theme, width, height);
        head.push(Line::default());
        head.push(Line::styled(text::NO_PROMPTS, theme.dim()));
        if first_shown {
            head.push(Line::default());
            head.extend(super::notes::general(state, theme, width));
        }
        parts.push(Part::Lines(head));
    } else {
        let head = super::head::focused_head(state, ex, theme, width, height);
        parts.push(Part::Shared(head));
    }
    let mut y: usize = parts.iter().map(Part::height).sum();
    let mut ranges = Vec::new();
    for (i, p) in ex.prompts.iter().enumerate() {
        parts.push(Part::Lines(vec![Line::default()]));
        y += 1;
        let start = y;
        if i == 0 && first_shown {
            let general = super::notes::general(state, theme, width);
            y += general.len();
            parts.push(Part::Lines(general));
        }
        for part in prompt::parts(state, theme, p, i + 1, i == state.prompt, width) {
            y += part.height();
            parts.push(part);
        }
        ranges.push((start, y));
    }
    (parts, ranges)
}

/// The first line of the exercise shown in a pane of this size.
pub fn offset(state: &State, parts: &[Part], ranges: &[(usize, usize)], height: usize) -> usize {
    let total: usize = parts.iter().map(Part::height).sum();
    let max = total.saturating_sub(height);
    if let Some(s) = state.scroll {
        return usize::from(s).min(max);
    }
    let Some(&(top, bottom)) = ranges.get(state.prompt) else {
        return 0;
    };
    let focus = focus_span(state, parts);
    // An exercise's first prompt keeps the exercise in view from its top (title, guidance)
    // while the focused cell or editor still fits under it: moving into a new exercise with
    // Enter or Tab does not scroll its guidance away unasked.
    // A coach's note under the prompt is worth more than the guidance: with one, the prompt
    // is shown whole, as any later prompt is.
    let noted = state
        .focused_prompt()
        .is_some_and(|p| !state.coach_notes_on(&p.qualified_id).is_empty());
    let first_fits = state.prompt == 0 && !noted && focus.is_none_or(|(_, end)| end <= height);
    // Otherwise the focused prompt whole (the guidance above giving way), else its top...
    let mut skip = if bottom <= height || first_fits {
        0
    } else {
        top.min(bottom.saturating_sub(height))
    };
    // ...and always the focused item, cell, option or editor, where typing lands.
    if let Some((start, end)) = focus {
        let end = end.max(start + 1);
        if end > skip + height {
            skip = end.saturating_sub(height);
        }
        if start < skip {
            skip = start;
        }
    }
    skip.min(max)
}

/// The lines of the focused element of the focused prompt (its cell, option or editor).
/// Marks are only emitted for the focused prompt, so the first match is the one.
fn focus_span(state: &State, parts: &[Part]) -> Option<(usize, usize)> {
    let mut y = 0;
    let mut found: Option<usize> = None;
    for part in parts {
        match (part, found) {
            (Part::Mark(Target::Cell(c)), None) if *c == state.cell => found = Some(y),
            (Part::Mark(Target::Option(o)), None) if *o == state.option => found = Some(y),
            (Part::Editor { height, .. }, _) => {
                let start = found.unwrap_or(y);
                return Some((start, y + usize::from(*height)));
            }
            (Part::Mark(_), Some(start)) => return Some((start, y)),
            _ => {}
        }
        y += part.height();
    }
    found.map(|start| (start, y.min(start + 1)))
}

/// The exercise pane, scrolled to the focus; the editor's view when it shows.
fn pane(
    state: &State,
    theme: Theme,
    frame: &mut Frame,
    area: Rect,
) -> (Option<View>, Option<PaneDrawn>) {
    let width = usize::from(area.width);
    let height = usize::from(area.height);
    if width == 0 || height == 0 {
        return (None, None);
    }
    let mut drawn = None;
    let (parts, ranges) = pane_parts(state, theme, width, height);
    let skip = offset(state, &parts, &ranges, height);
    let total: usize = parts.iter().map(Part::height).sum();
    let scrolled = PaneDrawn {
        offset: skip,
        max: total.saturating_sub(height),
    };
    // Visible slice of each part: (part, lines skipped at its top, rows shown).
    let mut visible: Vec<(&Part, usize, usize)> = Vec::new();
    let (mut y, mut room) = (0usize, height);
    for part in &parts {
        let h = part.height();
        let top = skip.saturating_sub(y).min(h);
        let shown = (h - top).min(room);
        if shown > 0 {
            visible.push((part, top, shown));
            room -= shown;
        }
        y += h;
        if room == 0 {
            break;
        }
    }
    // The parts shown fit the pane (`room`), so each gets its rows one under the other: what
    // a vertical layout of their lengths gives, without the constraint solver (the most
    // expensive step of a first frame).
    let mut row = area.y;
    for (part, top, shown) in &visible {
        let height = u16::try_from(*shown).unwrap_or(0);
        let rect = Rect {
            y: row,
            height,
            ..area
        };
        row = row.saturating_add(height);
        match part {
            Part::Mark(_) => {}
            Part::Lines(lines) => {
                let top = u16::try_from(*top).unwrap_or(0);
                super::memo::paragraph(lines, top, rect, frame.buffer_mut());
            }
            Part::Shared(lines) => {
                let top = u16::try_from(*top).unwrap_or(0);
                super::memo::paragraph_shared(lines, top, rect, frame.buffer_mut());
            }
            Part::Editor { indent, label, .. } => {
                let [label_area, ed_area] =
                    Layout::horizontal([Constraint::Length(*indent), Constraint::Fill(1)])
                        .areas(rect);
                frame.render_widget(Paragraph::new(label.clone()), label_area);
                if let Some(ed) = &state.editor {
                    drawn = Some(super::editor::render(
                        ed,
                        text::PLACEHOLDER,
                        ed_area,
                        frame.buffer_mut(),
                    ));
                }
            }
        }
    }
    (drawn, Some(scrolled))
}

pub(crate) fn status(state: &State, theme: Theme, frame: &mut Frame, area: Rect) {
    let (word, style) = match (&state.save_state, state.dirty) {
        (SaveState::Failed(reason), _) => (
            format!("✗ {}: {}", text::NOT_SAVED, clean(reason)),
            theme.error(),
        ),
        (_, true) => (format!("● {}", text::UNSAVED), theme.dim()),
        (SaveState::Saved, false) => (format!("✓ {}", text::SAVED), theme.ok()),
        (SaveState::Unchanged, false) => (String::new(), theme.dim()),
    };
    let line = match &state.message {
        Some(m) => Line::from(vec![
            Span::styled(
                clean(&text::notice_within(m, usize::from(area.width))).into_owned(),
                theme.warn(),
            ),
            Span::raw("  "),
            Span::styled(word, style),
        ]),
        None => Line::from(Span::styled(word, style)),
    };
    super::memo::paragraph(&[line], 0, area, frame.buffer_mut());
}
