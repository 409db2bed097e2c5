//! The cohort screen: one row per workbook (participant, initiative, moment, last change,
//! a small gauge per theme, overall %), then the files that could not be read.
//!
//! Pure. Columns give way as the screen narrows: the themes' gauges, then the moment and
//! the date, then the initiative; the name and the % always show.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::review::app::State;
use crate::text::sanitize::visible;
use crate::text::wrap::fit;
use crate::ui::style::Theme;
use crate::words::review as text;
use crate::words::review_screen as words;
use crate::workbook::derive::Progress;

/// Cells per theme gauge.
const GAUGE: usize = 3;

/// `▰▰▱`: a theme's answered prompts in `GAUGE` cells; something answered always shows one
/// filled cell, and only a finished theme shows all.
pub fn gauge(p: Progress) -> String {
    let filled = if p.total == 0 || p.answered == 0 {
        0
    } else if p.answered >= p.total {
        GAUGE
    } else {
        ((p.answered * GAUGE + p.total / 2) / p.total).clamp(1, GAUGE - 1)
    };
    format!("{}{}", "▰".repeat(filled), "▱".repeat(GAUGE - filled))
}

/// A theme's short name for the gauge's header: its first word that is not a little one.
pub fn short_name(title: &str) -> String {
    let word = title
        .split_whitespace()
        .find(|w| w.chars().count() > 3 || !matches!(w.to_lowercase().as_str(), "a" | "an" | "the"))
        .unwrap_or(title);
    let mut chars = word.chars().filter(|c| c.is_alphanumeric()).take(GAUGE);
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn percent(p: Progress) -> String {
    format!("{:>3}%", (p.ratio() * 100.0).round() as u32)
}

/// Which columns fit in `width`.
struct Columns {
    name: usize,
    initiative: usize,
    moment: bool,
    date: usize,
    themes: bool,
}

fn columns(width: usize, themes: usize, searching: bool) -> Columns {
    // Always: cursor (2), name, % (5), pack, notes and review-state marks (6), and while
    // searching the matches (6).
    let fixed = 2 + 5 + 6 + if searching { 6 } else { 0 };
    let gauges = themes * (GAUGE + 1);
    let mut c = Columns {
        name: 0,
        initiative: 0,
        moment: true,
        date: if width >= 110 { 17 } else { 11 },
        themes: true,
    };
    let need = |c: &Columns| {
        fixed + if c.moment { 7 } else { 0 } + c.date + if c.themes { gauges } else { 0 }
    };
    // Room for at least 24 columns of names, or give up columns in turn.
    if width < need(&c) + 24 {
        c.date = 0;
    }
    if width < need(&c) + 24 {
        c.moment = false;
    }
    if width < need(&c) + 24 {
        c.themes = false;
    }
    let rest = width.saturating_sub(need(&c));
    if rest >= 30 {
        c.name = rest / 2;
        c.initiative = rest - c.name;
    } else {
        c.name = rest;
    }
    c
}

fn cell(text: &str, width: usize) -> String {
    if width == 0 {
        return String::new();
    }
    let t = fit(text, width.saturating_sub(1));
    let pad = width.saturating_sub(t.width());
    format!("{t}{}", " ".repeat(pad))
}

pub fn render(state: &State, theme: Theme, frame: &mut Frame, area: Rect) {
    let problems = &state.cohort.problems;
    let problem_rows = if problems.is_empty() {
        0
    } else {
        (problems.len() + 1).min(usize::from(area.height / 3))
    };
    let [title, head, list, bad] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(u16::try_from(problem_rows).unwrap_or(0)),
    ])
    .areas(area);
    let width = usize::from(area.width);
    frame.render_widget(Paragraph::new(title_line(state, theme, width)), title);
    let cols = columns(width, state.pack.themes.len(), !state.list.query.is_empty());
    frame.render_widget(Paragraph::new(header(state, &cols, theme)), head);
    rows(state, &cols, theme, frame, list);
    if problem_rows > 0 {
        let mut lines = vec![Line::styled(
            fit(&words::not_read(problems.len()), width),
            theme.warn(),
        )];
        // When they do not all fit, the last row says how many more there are.
        let room = problem_rows - 1;
        let shown = if problems.len() > room {
            room.saturating_sub(1)
        } else {
            room
        };
        for (path, reason) in problems.iter().take(shown) {
            let line =
                crate::review::app::cohort::one_line(&format!("{}: {}", path.display(), reason));
            lines.push(Line::styled(fit(&format!("  {line}"), width), theme.dim()));
        }
        if shown < problems.len() && room > 0 {
            lines.push(Line::styled(
                words::more_not_read(problems.len() - shown),
                theme.dim(),
            ));
        }
        frame.render_widget(Paragraph::new(lines), bad);
    }
}

fn title_line(state: &State, theme: Theme, width: usize) -> Line<'static> {
    let l = &state.list;
    let mut text = words::cohort_title(
        l.view.len(),
        state.cohort.workbooks.len(),
        sort_label(l.sort),
        filter_label(l.filter),
    );
    if !l.query.is_empty() {
        text.push_str(&words::found(&visible(&l.query), l.matched_answers()));
    }
    Line::styled(fit(&text, width), theme.title())
}

fn header(state: &State, cols: &Columns, theme: Theme) -> Line<'static> {
    let mut s = format!(
        "  {}{}",
        cell(words::COL_PARTICIPANT, cols.name),
        cell(words::COL_INITIATIVE, cols.initiative)
    );
    if cols.moment {
        s.push_str(&cell(words::COL_MOMENT, 7));
    }
    s.push_str(&cell(words::COL_CHANGED, cols.date));
    if cols.themes {
        for t in &state.pack.themes {
            s.push_str(&cell(&short_name(&t.title), GAUGE + 1));
        }
    }
    s.push_str(words::COL_ALL);
    if !state.list.query.is_empty() {
        s.push_str(words::COL_FOUND);
    }
    Line::styled(s, theme.bold())
}

fn rows(state: &State, cols: &Columns, theme: Theme, frame: &mut Frame, area: Rect) {
    let height = usize::from(area.height);
    if height == 0 {
        return;
    }
    let l = &state.list;
    if l.view.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::styled(text::NO_WORKBOOK_SHOWN, theme.dim())),
            area,
        );
        return;
    }
    let skip = l.cursor.saturating_sub(height.saturating_sub(1));
    let mut lines = Vec::new();
    for (pos, &i) in l.view.iter().enumerate().skip(skip).take(height) {
        let row = &state.rows[i];
        let here = pos == l.cursor;
        let mut spans = vec![Span::raw(if here { "▸ " } else { "  " })];
        spans.push(Span::styled(cell(&row.name, cols.name), theme.bold()));
        spans.push(Span::raw(cell(&row.initiative, cols.initiative)));
        if cols.moment {
            spans.push(Span::styled(
                cell(text::moment_word(row.moment), 7),
                theme.dim(),
            ));
        }
        let date = if cols.date > 0 && cols.date < 17 {
            row.updated.get(..10).unwrap_or(&row.updated).to_string()
        } else {
            row.updated.clone()
        };
        spans.push(Span::styled(cell(&date, cols.date), theme.dim()));
        if cols.themes {
            for p in &row.themes {
                spans.push(Span::styled(format!("{} ", gauge(*p)), theme.gauge()));
            }
        }
        spans.push(Span::raw(percent(row.overall)));
        spans.push(Span::styled(
            if row.pack_note.is_some() {
                " ⚠"
            } else {
                "  "
            },
            theme.warn(),
        ));
        spans.push(Span::styled(
            if row.notes > 0 { " ✎" } else { "  " },
            theme.key(),
        ));
        spans.push(Span::styled(
            format!(" {}", text::review_mark(row.review)),
            theme.key(),
        ));
        if !l.query.is_empty() {
            spans.push(Span::styled(
                format!("{:>5}×", l.matches.get(i).copied().unwrap_or(0)),
                theme.dim(),
            ));
        }
        let mut line = Line::from(spans);
        if here {
            line = line.style(theme.cursor());
        }
        lines.push(line);
    }
    frame.render_widget(Paragraph::new(lines), area);
}

fn sort_label(sort: crate::review::app::Sort) -> &'static str {
    use crate::review::app::Sort;
    match sort {
        Sort::Name => words::SORT_NAME,
        Sort::Progress => words::SORT_PROGRESS,
        Sort::Date => words::SORT_DATE,
    }
}

fn filter_label(filter: crate::review::app::Filter) -> &'static str {
    use crate::content::Moment;
    use crate::review::app::Filter;
    match filter {
        Filter::All => words::FILTER_ALL,
        Filter::NotStarted => words::FILTER_NOT_STARTED,
        Filter::InProgress => words::FILTER_IN_PROGRESS,
        Filter::Complete => words::FILTER_COMPLETE,
        Filter::Moment(Moment::Before) => words::FILTER_BEFORE,
        Filter::Moment(Moment::After) => words::FILTER_AFTER,
        Filter::Moment(Moment::Any) => words::FILTER_ANY,
        Filter::Review(s) => text::review_state(s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gauges_show_something_and_full_only_when_done() {
        let g = |answered, total| gauge(Progress { answered, total });
        assert_eq!(g(0, 5), "▱▱▱");
        assert_eq!(g(1, 50), "▰▱▱");
        assert_eq!(g(49, 50), "▰▰▱");
        assert_eq!(g(5, 5), "▰▰▰");
        assert_eq!(g(0, 0), "▱▱▱");
    }

    #[test]
    fn short_names_skip_little_words() {
        assert_eq!(short_name("A landscape perspective"), "Lan");
        assert_eq!(short_name("Power and agency"), "Pow");
        assert_eq!(short_name("The call"), "Cal");
    }
}
