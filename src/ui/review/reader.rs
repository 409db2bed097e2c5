//! The reader: one workbook, read-only — a header naming it, an outline of themes and
//! exercises at the side (as the participant sees it), and the focused exercise's prompts
//! with their answers, earlier answers, and the coach's notes. Orphaned answers come last.
//!
//! Pure; the outline is dropped on narrow screens.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::answer;
use crate::review::app::cohort::one_line;
use crate::review::app::{PaneView, Reader, Section, State, sections};
use crate::text::sanitize::visible;
use crate::text::wrap::fit;
use crate::ui::style::Theme;
use crate::ui::wrap::wrap;
use crate::words::review as text;
use crate::workbook::derive::{self, Status};

/// Draws the reader; returns the pane's view.
pub fn render(
    state: &State,
    r: &Reader,
    theme: Theme,
    frame: &mut Frame,
    area: Rect,
) -> Option<PaneView> {
    let row = state.rows.get(r.wb)?;
    let note_rows = u16::from(row.pack_note.is_some());
    let [head, warn, body] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(note_rows),
        Constraint::Fill(1),
    ])
    .areas(area);
    let width = usize::from(area.width);
    let path = state
        .cohort
        .workbooks
        .get(r.wb)
        .map(|l| one_line(&l.path.display().to_string()))
        .unwrap_or_default();
    let title = format!(
        "{} — {} · {} · {} · {}",
        row.name,
        row.initiative,
        text::moment_word(row.moment),
        row.updated,
        path
    );
    frame.render_widget(
        Paragraph::new(Line::styled(fit(&title, width), theme.title())),
        head,
    );
    if let Some(note) = &row.pack_note {
        let note = one_line(&text::pack_note_words(note));
        frame.render_widget(
            Paragraph::new(Line::styled(fit(&format!("⚠ {note}"), width), theme.warn())),
            warn,
        );
    }
    let secs = sections(state, r.wb);
    let pane = if body.width >= 70 {
        let side = if body.width >= 110 { 32 } else { 26 };
        let [sidebar, _gap, pane] = Layout::horizontal([
            Constraint::Length(side),
            Constraint::Length(1),
            Constraint::Fill(1),
        ])
        .areas(body);
        outline(state, r, &secs, theme, frame, sidebar);
        pane
    } else {
        body
    };
    // Lines no longer than is comfortable to read, however wide the screen.
    let pane = Rect {
        width: pane.width.min(super::READING_WIDTH),
        ..pane
    };
    let (lines, ranges) = pane_lines(state, r, &secs, theme, usize::from(pane.width));
    let height = usize::from(pane.height);
    let base = match ranges.get(r.item) {
        Some(&(top, bottom)) if bottom.saturating_sub(top) <= height => {
            // The whole prompt in view, from the exercise's top when it all fits.
            bottom.saturating_sub(height).min(top)
        }
        Some(&(top, _)) => top,
        None => 0,
    };
    let skip = usize::try_from((base as i64 + i64::from(r.scroll)).max(0)).unwrap_or(0);
    Some(super::scrolled(frame, pane, lines, base, skip))
}

fn symbol(s: Status) -> &'static str {
    match s {
        Status::Done => "✓",
        Status::Partly => "◐",
        Status::NotStarted => "○",
    }
}

fn outline(
    state: &State,
    r: &Reader,
    secs: &[Section],
    theme: Theme,
    frame: &mut Frame,
    area: Rect,
) {
    let Some(loaded) = state.cohort.workbooks.get(r.wb) else {
        return;
    };
    let wb = &loaded.workbook;
    let width = usize::from(area.width);
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut current = 0;
    let mut last_theme = None;
    for (i, sec) in secs.iter().enumerate() {
        let here = i == r.section;
        if here {
            current = lines.len();
        }
        match sec {
            Section::Exercise {
                theme: t, exercise, ..
            } => {
                let th = &state.pack.themes[*t];
                if last_theme != Some(*t) {
                    last_theme = Some(*t);
                    let p = derive::theme_progress(wb, th);
                    let count = format!(" {}/{}", p.answered, p.total);
                    let title = fit(
                        &visible(&th.title),
                        width.saturating_sub(count.chars().count() + 2),
                    );
                    lines.push(Line::from(vec![
                        Span::styled(format!("{} {title}", symbol(p.status())), theme.bold()),
                        Span::styled(count, theme.dim()),
                    ]));
                    if here {
                        current = lines.len();
                    }
                }
                let ex = &th.exercises[*exercise];
                let s = derive::exercise_progress(wb, ex).status();
                let t = fit(&visible(&ex.title), width.saturating_sub(4));
                let line = format!("{} {} {t}", if here { "▸" } else { " " }, symbol(s));
                lines.push(Line::styled(
                    line,
                    if here { theme.cursor() } else { theme.plain() },
                ));
            }
            Section::Orphans(ids) => {
                let t = fit(
                    &format!("⚠ {} ({})", text::ORPHANS_TITLE, ids.len()),
                    width.saturating_sub(2),
                );
                let line = format!("{}{t}", if here { "▸ " } else { "  " });
                lines.push(Line::styled(
                    line,
                    if here { theme.cursor() } else { theme.warn() },
                ));
            }
        }
    }
    let h = usize::from(area.height);
    let offset = u16::try_from(current.saturating_sub(h.saturating_sub(2))).unwrap_or(0);
    frame.render_widget(Paragraph::new(lines).scroll((offset, 0)), area);
}

/// The section's lines, and the line range of each of its prompts.
fn pane_lines(
    state: &State,
    r: &Reader,
    secs: &[Section],
    theme: Theme,
    width: usize,
) -> (Vec<Line<'static>>, Vec<(usize, usize)>) {
    let mut lines = Vec::new();
    let mut ranges = Vec::new();
    let (Some(loaded), Some(notes)) = (state.cohort.workbooks.get(r.wb), state.notes.get(r.wb))
    else {
        return (lines, ranges);
    };
    let wb = &loaded.workbook;
    if r.section == 0 && !notes.general.is_empty() {
        lines.extend(answer::notes(
            text::WORKBOOK_NOTE,
            &notes.general,
            None,
            theme,
            width,
            0,
        ));
        lines.push(Line::default());
    }
    match secs.get(r.section) {
        Some(Section::Exercise {
            theme: t, exercise, ..
        }) => {
            let th = &state.pack.themes[*t];
            let ex = &th.exercises[*exercise];
            lines.extend(wrap(&visible(&th.title), theme.dim(), width, 0));
            lines.extend(wrap(&visible(&ex.title), theme.title(), width, 0));
            for (i, prompt) in ex.prompts.iter().enumerate() {
                lines.push(Line::default());
                let start = lines.len();
                let focused = i == r.item;
                let (mark, style) = if focused {
                    ("▶ ", theme.focus())
                } else {
                    ("  ", theme.bold())
                };
                let q = format!("{}. {}", i + 1, prompt.text);
                let mut head = answer::marked(mark, &q, style, width, 0);
                if focused && let Some(first) = head.first_mut() {
                    *first = first.clone().style(theme.focus());
                }
                lines.extend(head);
                let id = &prompt.qualified_id;
                let now = wb.answer(id);
                match wb.earlier_answer(id) {
                    Some(before) if Some(before) != now => {
                        lines.extend(answer::marked("", text::BEFORE, theme.dim(), width, 3));
                        lines.extend(answer::lines(
                            wb,
                            Some(prompt),
                            Some(before),
                            theme,
                            width,
                            5,
                        ));
                        lines.extend(answer::marked("", text::AFTER, theme.dim(), width, 3));
                        lines.extend(answer::lines(wb, Some(prompt), now, theme, width, 5));
                    }
                    _ => lines.extend(answer::lines(wb, Some(prompt), now, theme, width, 3)),
                }
                let on = notes.on(Some(id));
                lines.extend(answer::notes(text::COACH_NOTE, on, now, theme, width, 3));
                ranges.push((start, lines.len()));
            }
        }
        Some(Section::Orphans(ids)) => {
            lines.extend(wrap(text::ORPHANS_TITLE, theme.title(), width, 0));
            lines.extend(wrap(text::ORPHANS_INTRO, theme.dim(), width, 0));
            for (i, id) in ids.iter().enumerate() {
                lines.push(Line::default());
                let start = lines.len();
                let (mark, style) = if i == r.item {
                    ("▶ ", theme.focus())
                } else {
                    ("  ", theme.bold())
                };
                lines.extend(answer::marked(mark, id, style, width, 0));
                lines.extend(answer::lines(wb, None, wb.answer(id), theme, width, 3));
                let (now, on) = (wb.answer(id), notes.on(Some(id)));
                lines.extend(answer::notes(text::COACH_NOTE, on, now, theme, width, 3));
                ranges.push((start, lines.len()));
            }
        }
        None => {}
    }
    (lines, ranges)
}
