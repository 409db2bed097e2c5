//! The home screen: the participant's workbooks newest first with progress, "start a new
//! workbook", About, and the first-time welcome asking for the initiative's name.
//!
//! Pure; never reads the data directory itself (entries are handed in).

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::sanitize::clean;
use super::style::Theme;
use super::{overlay, text, wrap};
use crate::app::home::{HomeRow, HomeState};
use crate::content::Pack;
use crate::workbook::derive::Status;

/// Draws the home screen for `state`, over `pack`.
pub fn render(state: &HomeState, pack: &Pack, frame: &mut Frame) {
    let theme = Theme::new(state.color);
    let area = frame.area();
    if area.width < super::MIN_WIDTH || area.height < super::MIN_HEIGHT {
        super::too_small(theme, frame, area);
        return;
    }
    let [head, body, status, footer] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let title = Line::from(vec![
        Span::styled("convene", theme.title()),
        Span::styled(format!("  {}", clean(&pack.title)), theme.dim()),
    ]);
    frame.render_widget(Paragraph::new(title), head);
    if !(state.welcome.is_some() && state.entries.is_empty()) {
        list(state, theme, frame, body);
    }
    if let Some(m) = &state.message {
        frame.render_widget(
            Paragraph::new(Line::styled(clean(m).into_owned(), theme.warn())),
            status,
        );
    }
    let keys = if state.welcome.is_some() && state.entries.is_empty() {
        "Enter start   F2 about   Ctrl-Q quit"
    } else if state.welcome.is_some() {
        "Enter start   Esc back   F2 about   Ctrl-Q quit"
    } else {
        "↑↓ choose   Enter open   n new workbook   F2 about   Ctrl-Q quit"
    };
    frame.render_widget(Paragraph::new(Line::styled(keys, theme.dim())), footer);
    if state.welcome.is_some() {
        let [row] = Layout::vertical([Constraint::Length(body.height.min(14))])
            .flex(Flex::Center)
            .areas(body);
        let [rect] = Layout::horizontal([Constraint::Length(body.width.min(76))])
            .flex(Flex::Center)
            .areas(row);
        welcome(state, theme, frame, rect);
    }
    if state.about {
        let rect = overlay::frame_area(area);
        frame.render_widget(Clear, rect);
        let lines = overlay::about(pack, theme, usize::from(rect.width.saturating_sub(2)));
        overlay::boxed(frame, theme, rect, " About — Esc closes ", lines, 0);
    }
}

fn list(state: &HomeState, theme: Theme, frame: &mut Frame, area: Rect) {
    let width = usize::from(area.width);
    let mut lines: Vec<Line<'static>> = Vec::new();
    if state.entries.is_empty() {
        lines.push(Line::styled(text::HOME_NONE, theme.dim()));
        lines.push(Line::default());
    }
    for (i, row) in state.rows().into_iter().enumerate() {
        let here = i == state.cursor;
        let mark = if here { "› " } else { "  " };
        let style = if here { theme.cursor() } else { theme.plain() };
        match row {
            HomeRow::Entry(e) => {
                let Some(entry) = state.entries.get(e) else {
                    continue;
                };
                let symbol = match entry.progress.status() {
                    Status::Done => "✓",
                    Status::Partly => "◐",
                    Status::NotStarted => "○",
                };
                let name = if entry.initiative.trim().is_empty() {
                    "(no name)".to_string()
                } else {
                    clean(&entry.initiative).into_owned()
                };
                lines.push(Line::from(vec![
                    Span::styled(format!("{mark}{symbol} {name}"), style),
                    Span::styled(
                        format!(
                            "  {}/{} answered",
                            entry.progress.answered, entry.progress.total
                        ),
                        theme.dim(),
                    ),
                ]));
                let when: String = entry
                    .updated
                    .chars()
                    .take(16)
                    .collect::<String>()
                    .replace('T', " ");
                let detail = format!(
                    "changed {} · {}",
                    clean(&when),
                    clean(&entry.path.display().to_string())
                );
                lines.extend(wrap::wrap(&detail, theme.dim(), width, 6));
            }
            HomeRow::New => {
                lines.push(Line::default());
                lines.push(Line::styled(
                    format!("{mark}+ {}", text::HOME_NEW),
                    if here { style } else { theme.bold() },
                ));
            }
            HomeRow::About => {
                lines.push(Line::styled(format!("{mark}  {}", text::HOME_ABOUT), style))
            }
        }
    }
    let h = usize::from(area.height);
    let focus_line = lines
        .iter()
        .position(|l| l.spans.first().is_some_and(|s| s.content.starts_with('›')))
        .unwrap_or(0);
    let scroll = u16::try_from(focus_line.saturating_sub(h.saturating_sub(3))).unwrap_or(0);
    frame.render_widget(Paragraph::new(lines).scroll((scroll, 0)), area);
}

fn welcome(state: &HomeState, theme: Theme, frame: &mut Frame, rect: Rect) {
    frame.render_widget(Clear, rect);
    let block = Block::bordered()
        .title(format!(" {} ", text::WELCOME_TITLE))
        .border_style(theme.title());
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let [intro, field, _] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(3),
        Constraint::Length(1),
    ])
    .areas(inner);
    let p = Paragraph::new(text::WELCOME).wrap(Wrap { trim: true });
    frame.render_widget(p, intro);
    if let Some(ed) = &state.welcome {
        let b = Block::bordered()
            .title(" Initiative ")
            .border_style(theme.focus());
        let inside = b.inner(field);
        frame.render_widget(b, field);
        frame.render_widget(ed, inside);
    }
}
