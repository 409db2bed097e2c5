//! The home screen: the participant's workbooks newest first with progress, "start a new
//! workbook", About, and the first-time welcome (purpose, time, themes; then the initiative's
//! name, the participant's, and the path to follow, or before or after a session).
//!
//! Pure; never reads the data directory itself (entries are handed in).

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::style::Theme;
use super::{overlay, wrap};
use crate::app::home::{HomeRow, HomeState};
use crate::app::welcome::{Step, Welcome};
use crate::content::Pack;
use crate::text::sanitize::clean;
use crate::words::participant as text;
use crate::words::{paths, screen};
use crate::workbook::derive::Status;

/// Draws the home screen for `state`, over `pack`.
pub fn render(state: &HomeState, pack: &Pack, frame: &mut Frame) {
    let theme = Theme::new(state.color);
    let area = frame.area();
    if area.width < super::MIN_WIDTH || area.height < super::MIN_HEIGHT {
        super::too_small(theme, frame, area);
        return;
    }
    // The status line: a message, wrapped to at most three lines (why a workbook could not
    // be opened names its file and the line).
    let notice = state.message.as_ref().map(|m| {
        let mut lines = wrap::wrap(
            &clean(&text::notice(m)),
            theme.warn(),
            usize::from(area.width),
            0,
        );
        lines.truncate(3);
        lines
    });
    let status_height = notice.as_ref().map_or(1, |lines| lines.len().max(1));
    let [head, body, status, footer] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Fill(1),
        Constraint::Length(u16::try_from(status_height).unwrap_or(1)),
        Constraint::Length(1),
    ])
    .areas(area);
    let title = Line::from(vec![
        Span::styled(screen::APP_NAME, theme.title()),
        Span::styled(format!("  {}", clean(&pack.title)), theme.dim()),
    ]);
    frame.render_widget(Paragraph::new(title), head);
    if !(state.welcome.is_some() && state.entries.is_empty()) {
        list(state, theme, frame, body);
    }
    if let Some(lines) = notice {
        frame.render_widget(Paragraph::new(lines), status);
    }
    let keys = match state.welcome.as_ref().map(|w| w.step) {
        Some(Step::Initiative) if state.entries.is_empty() => text::WELCOME_KEYS_FIRST,
        Some(Step::Initiative) => text::WELCOME_KEYS_FIRST_BACK,
        Some(Step::Participant) => text::WELCOME_KEYS_NAME,
        Some(Step::Moment | Step::Path) => text::WELCOME_KEYS_MOMENT,
        None => screen::HOME_KEYS,
    };
    frame.render_widget(Paragraph::new(Line::styled(keys, theme.dim())), footer);
    if let Some(form) = &state.welcome {
        let width = body.width.min(76);
        let around = 8 + field_height(form, pack, width) - 3;
        let text_width = usize::from(width.saturating_sub(2));
        let mut intro = intro(form, pack, theme, text_width, false);
        // In a short window the themes run on as one paragraph, so that none is cut off.
        if intro.len() + usize::from(around) > usize::from(body.height) {
            intro = self::intro(form, pack, theme, text_width, true);
        }
        let fits = u16::try_from(intro.len()).unwrap_or(u16::MAX);
        let wanted = fits.saturating_add(around);
        let [row] = Layout::vertical([Constraint::Length(body.height.min(wanted))])
            .flex(Flex::Center)
            .areas(body);
        let [rect] = Layout::horizontal([Constraint::Length(width)])
            .flex(Flex::Center)
            .areas(row);
        welcome(form, pack, intro, theme, frame, rect);
    }
    if state.help {
        let rect = overlay::frame_area(area);
        frame.render_widget(Clear, rect);
        let width = usize::from(rect.width.saturating_sub(2));
        let lines = overlay::help(screen::WELCOME_HELP_KEYS, theme, width);
        overlay::boxed(frame, theme, rect, screen::HOME_HELP_TITLE, lines, 0);
    }
    if state.about {
        let rect = overlay::frame_area(area);
        frame.render_widget(Clear, rect);
        let lines = overlay::about(pack, theme, usize::from(rect.width.saturating_sub(2)));
        overlay::boxed(frame, theme, rect, screen::HOME_ABOUT_TITLE, lines, 0);
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
                    screen::NO_NAME.to_string()
                } else {
                    clean(&entry.initiative).into_owned()
                };
                lines.push(Line::from(vec![
                    Span::styled(format!("{mark}{symbol} {name}"), style),
                    Span::styled(
                        screen::home_answered(entry.progress.answered, entry.progress.total),
                        theme.dim(),
                    ),
                ]));
                let when: String = entry
                    .updated
                    .chars()
                    .take(16)
                    .collect::<String>()
                    .replace('T', " ");
                let detail =
                    screen::home_changed(&clean(&when), &clean(&entry.path.display().to_string()));
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

/// The welcome box: what the workbook is for, how long it takes and its themes, then the
/// step's question and its field (or, for the moment, its three choices).
fn welcome(
    form: &Welcome,
    pack: &Pack,
    lines: Vec<Line<'static>>,
    theme: Theme,
    frame: &mut Frame,
    rect: Rect,
) {
    frame.render_widget(Clear, rect);
    let (n, of) = form.step_number();
    let block = Block::bordered()
        .title(format!(" {} ", text::WELCOME_TITLE))
        .title_top(Line::from(format!(" {} ", text::welcome_step(n, of))).right_aligned())
        .border_style(theme.title());
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let field_height = field_height(form, pack, rect.width.saturating_sub(2));
    let [intro, _, ask, field] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(2),
        Constraint::Length(field_height),
    ])
    .areas(inner);
    frame.render_widget(Paragraph::new(lines), intro);
    let question = match form.step {
        Step::Initiative => text::welcome_ask_initiative(
            pack.initiative_prompt()
                .and_then(|p| pack.locate(&p.qualified_id))
                .map(|(_, e)| clean(&e.title).into_owned())
                .as_deref(),
        ),
        Step::Participant => text::WELCOME_ASK_PARTICIPANT.to_string(),
        Step::Moment => text::WELCOME_ASK_MOMENT.to_string(),
        Step::Path => text::WELCOME_ASK_PATH.to_string(),
    };
    let q = Paragraph::new(Line::styled(question, theme.bold())).wrap(Wrap { trim: true });
    frame.render_widget(q, ask);
    let (label, ed) = match form.step {
        Step::Initiative => (text::WELCOME_FIELD_INITIATIVE, &form.initiative),
        Step::Participant => (text::WELCOME_FIELD_PARTICIPANT, &form.participant),
        Step::Moment => {
            let rows: Vec<Line<'static>> = text::WELCOME_MOMENTS
                .iter()
                .enumerate()
                .map(|(i, label)| {
                    let here = i == form.moment;
                    let mark = if here { "› (•) " } else { "  ( ) " };
                    let style = if here { theme.cursor() } else { theme.plain() };
                    Line::styled(format!("{mark}{label}"), style)
                })
                .collect();
            frame.render_widget(Paragraph::new(rows), field);
            return;
        }
        Step::Path => {
            let width = usize::from(field.width);
            // In a small window the chosen path stays in view; what it is for may not.
            let cursor = u16::try_from(form.path).unwrap_or(u16::MAX);
            let top = cursor.saturating_sub(field.height.saturating_sub(1));
            let rows = Paragraph::new(path_rows(form, pack, theme, width)).scroll((top, 0));
            frame.render_widget(rows, field);
            return;
        }
    };
    let b = Block::bordered().title(label).border_style(theme.focus());
    let inside = b.inner(field);
    frame.render_widget(b, field);
    // The field draws as the textarea's own widget (it wraps itself), dressed here: the
    // state machine holds no styles and no placeholder words.
    let mut area = ed.textarea().clone();
    area.set_cursor_line_style(Style::default());
    area.set_cursor_style(super::editor::cursor_style());
    area.set_placeholder_text(text::PLACEHOLDER);
    area.set_placeholder_style(super::editor::placeholder_style());
    frame.render_widget(&area, inside);
}

/// The paths, one line each with how long it takes, the chosen one marked, and what the
/// chosen one is for.
fn path_rows(form: &Welcome, pack: &Pack, theme: Theme, width: usize) -> Vec<Line<'static>> {
    let mut rows: Vec<Line<'static>> = Vec::new();
    for (i, id) in form.paths.iter().enumerate() {
        let Some(path) = pack.path(id) else {
            continue;
        };
        let here = i == form.path;
        let mark = if here { "› (•) " } else { "  ( ) " };
        let style = if here { theme.cursor() } else { theme.plain() };
        let line = format!(
            "{mark}{}. {}",
            i + 1,
            clean(&paths::summary(&paths::PathFacts::of(pack, path, None)))
        );
        rows.push(Line::styled(crate::text::wrap::fit(&line, width), style));
    }
    if let Some(path) = form.paths.get(form.path).and_then(|id| pack.path(id)) {
        rows.push(Line::default());
        rows.extend(wrap::wrap(&clean(&path.purpose), theme.dim(), width, 0));
    }
    rows
}

/// How many rows the step's field takes: a one-line editor in its box, the three moments,
/// or the paths with what the chosen one is for.
fn field_height(form: &Welcome, pack: &Pack, width: u16) -> u16 {
    match form.step {
        Step::Moment => 4,
        Step::Path => {
            let rows = path_rows(form, pack, Theme::new(false), usize::from(width)).len();
            u16::try_from(rows).unwrap_or(u16::MAX)
        }
        _ => 3,
    }
}

/// How long it takes: chosen with the path when the pack has paths (and shown beside each
/// path at that step).
fn welcome_time(form: &Welcome) -> &'static str {
    match form.step {
        _ if form.paths.is_empty() => text::WELCOME_TIME,
        Step::Path => text::WELCOME_COME_BACK,
        _ => text::WELCOME_TIME_PATHS,
    }
}

/// What the welcome says above its question: at the first step the workbook's purpose, how
/// long it takes and the pack's themes (`compact`: on as one paragraph); later, what has
/// been given so far.
fn intro(
    form: &Welcome,
    pack: &Pack,
    theme: Theme,
    width: usize,
    compact: bool,
) -> Vec<Line<'static>> {
    let mut lines: Vec<Line<'static>> = Vec::new();
    if form.step == Step::Initiative {
        lines.extend(wrap::wrap(text::WELCOME, theme.plain(), width, 0));
        lines.extend(wrap::wrap(welcome_time(form), theme.bold(), width, 0));
        let themes = pack
            .themes
            .iter()
            .enumerate()
            .map(|(i, t)| format!("{}. {}", i + 1, clean(&t.title)));
        if compact {
            let all = themes.collect::<Vec<_>>().join(" · ");
            let line = format!("{} {all}", text::WELCOME_THEMES);
            lines.extend(wrap::wrap(&line, theme.plain(), width, 0));
            return lines;
        }
        lines.push(Line::styled(text::WELCOME_THEMES, theme.dim()));
        for item in themes {
            lines.extend(wrap::wrap(&item, theme.plain(), width, 3));
        }
    } else {
        let initiative = form.initiative_text();
        lines.extend(wrap::wrap(
            &screen::given_initiative(&clean(&initiative)),
            theme.bold(),
            width,
            0,
        ));
        let who = form.participant_text();
        if matches!(form.step, Step::Moment | Step::Path) && !who.is_empty() {
            lines.extend(wrap::wrap(
                &screen::given_name(&clean(&who)),
                theme.plain(),
                width,
                0,
            ));
        }
        lines.extend(wrap::wrap(welcome_time(form), theme.dim(), width, 0));
    }
    lines
}
