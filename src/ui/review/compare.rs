//! Compare: one prompt across the cohort — the question, what the answers add up to
//! (`workbook::cohort::aggregate`, drawn as counts with small bars), then every participant's answer
//! with the coach's note on it. The participants are those the cohort list shows, in its
//! order: its sort, filter and search apply here too. The participant under the cursor is
//! marked `▶` (not by colour alone) and the pane follows it.
//!
//! Pure; one scrolled column of lines.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::answer;
use crate::review::app::{Compare, PaneView, State};
use crate::text::sanitize::visible;
use crate::text::wrap::fit;
use crate::ui::style::Theme;
use crate::ui::wrap::wrap;
use crate::words::review as text;
use crate::words::review_screen as words;
use crate::workbook::cohort::{Aggregate, ColumnSummary, Count, aggregate_of};

/// The widest bar of a count.
const BAR: usize = 20;
/// List items shown in the aggregate before "and N more".
const TOP: usize = 12;

/// Draws compare; returns the pane's view.
pub fn render(state: &State, c: &Compare, theme: Theme, frame: &mut Frame, area: Rect) -> PaneView {
    let area = Rect {
        width: area.width.min(super::READING_WIDTH),
        ..area
    };
    let (lines, ranges) = lines(state, c, theme, usize::from(area.width));
    let height = usize::from(area.height);
    let focus = c.cursor.min(ranges.len().saturating_sub(1));
    let base = match ranges.get(focus) {
        // The whole answer in view, from the top of the screen when it all fits.
        Some(&(top, bottom)) if bottom.saturating_sub(top) <= height => {
            bottom.saturating_sub(height).min(top)
        }
        Some(&(top, _)) => top,
        None => 0,
    };
    let skip = usize::try_from((base as i64 + i64::from(c.scroll)).max(0)).unwrap_or(0);
    super::scrolled(frame, area, lines, base, skip)
}

/// The screen's lines, and the line range of each participant's answer (in the order
/// shown).
pub fn lines(
    state: &State,
    c: &Compare,
    theme: Theme,
    width: usize,
) -> (Vec<Line<'static>>, Vec<(usize, usize)>) {
    let mut out = Vec::new();
    let mut ranges = Vec::new();
    let (Some(at), Some(prompt)) = (state.prompts.get(c.prompt), state.prompt(c.prompt)) else {
        return (out, ranges);
    };
    let th = &state.pack.themes[at.theme];
    let ex = &th.exercises[at.exercise];
    out.extend(wrap(
        &words::compare_head(
            &visible(&th.title),
            &visible(&ex.title),
            c.prompt + 1,
            state.prompts.len(),
        ),
        theme.dim(),
        width,
        0,
    ));
    out.extend(wrap(&visible(&prompt.text), theme.title(), width, 0));
    out.push(Line::default());
    // The workbooks the cohort list shows, in its order: its sort, filter and search apply.
    let shown = state.compare_shown();
    let focus = c.cursor.min(shown.len().saturating_sub(1));
    let total = state.cohort.workbooks.len();
    if shown.len() < total {
        out.extend(wrap(
            &text::compare_subset(shown.len(), total),
            theme.dim(),
            width,
            0,
        ));
    }
    let agg = aggregate_of(shown.iter().map(|&i| &state.cohort.workbooks[i]), prompt);
    out.extend(aggregate_lines(&agg, shown.len(), theme, width));
    out.push(Line::default());
    for (pos, &i) in shown.iter().enumerate() {
        let start = out.len();
        let loaded = &state.cohort.workbooks[i];
        let row = &state.rows[i];
        let (mark, style) = if pos == focus {
            ("▶ ", theme.focus())
        } else {
            ("  ", theme.bold())
        };
        let head = format!("{mark}{} — {}", row.name, row.initiative);
        out.push(Line::styled(fit(&head, width), style));
        let wb = &loaded.workbook;
        let id = &prompt.qualified_id;
        let now = wb.answer(id);
        match wb.earlier_answer(id) {
            Some(before) if Some(before) != now => {
                out.extend(answer::marked("", text::BEFORE, theme.dim(), width, 4));
                out.extend(answer::lines(
                    wb,
                    Some(prompt),
                    Some(before),
                    theme,
                    width,
                    6,
                ));
                out.extend(answer::marked("", text::AFTER, theme.dim(), width, 4));
                out.extend(answer::lines(wb, Some(prompt), now, theme, width, 6));
            }
            _ => out.extend(answer::lines(wb, Some(prompt), now, theme, width, 4)),
        }
        if let Some(n) = state.notes.get(i) {
            let on = n.on(Some(id));
            out.extend(answer::notes(text::COACH_NOTE, on, now, theme, width, 4));
        }
        ranges.push((start, out.len()));
        out.push(Line::default());
    }
    (out, ranges)
}

fn bar(count: usize, max: usize) -> String {
    let n = if max == 0 {
        0
    } else {
        (count * BAR).div_ceil(max)
    };
    format!("{:<BAR$}", "█".repeat(n))
}

fn counts(counts: &[Count], theme: Theme, width: usize) -> Vec<Line<'static>> {
    let max = counts.iter().map(|c| c.count).max().unwrap_or(0);
    let bar_w = if width >= 50 { BAR } else { 0 };
    counts
        .iter()
        .map(|c| {
            let b = if bar_w > 0 {
                bar(c.count, max)
            } else {
                String::new()
            };
            let label = fit(
                &visible(&c.label).replace('\n', "␊"),
                width.saturating_sub(bar_w + 8),
            );
            Line::from(vec![
                Span::styled(format!("  {b}"), theme.gauge()),
                Span::raw(format!(" {:>3}  ", c.count)),
                Span::raw(label),
            ])
        })
        .collect()
}

fn aggregate_lines(agg: &Aggregate, of: usize, theme: Theme, width: usize) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    let answered = |n: usize| words::answered(n, of);
    match agg {
        Aggregate::Text { answered: n } => {
            out.push(Line::styled(answered(*n), theme.dim()));
        }
        Aggregate::List { answered: n, items } => {
            out.push(Line::styled(words::named_most(&answered(*n)), theme.dim()));
            out.extend(counts(&items[..items.len().min(TOP)], theme, width));
            if items.len() > TOP {
                out.push(Line::styled(
                    words::and_more(items.len() - TOP),
                    theme.dim(),
                ));
            }
        }
        Aggregate::Choice {
            answered: n,
            counts: cs,
            mean,
        } => {
            out.push(Line::styled(
                words::with_mean(&answered(*n), *mean),
                theme.dim(),
            ));
            out.extend(counts(cs, theme, width));
        }
        Aggregate::Grid { answered: n, rows } => {
            out.push(Line::styled(answered(*n), theme.dim()));
            for row in rows {
                let mut parts = Vec::new();
                for (heading, summary) in &row.columns {
                    let s = match summary {
                        ColumnSummary::Mean { mean, n } => words::column_mean(*mean, *n),
                        ColumnSummary::Text { n } => words::column_written(*n),
                        ColumnSummary::Counts(cs) => cs
                            .iter()
                            .filter(|c| c.count > 0)
                            .map(|c| format!("{} {}", c.label, c.count))
                            .collect::<Vec<_>>()
                            .join(", "),
                    };
                    if !s.is_empty() {
                        parts.push(format!("{heading}: {s}"));
                    }
                }
                let placed: Vec<String> = row
                    .quadrants
                    .iter()
                    .filter(|q| q.count > 0)
                    .map(|q| format!("{} {}", q.label, q.count))
                    .collect();
                if !placed.is_empty() {
                    parts.push(words::placed(&placed));
                }
                let text = format!("{} ({}): {}", row.label, row.participants, parts.join("; "));
                out.extend(answer::marked("▸ ", &text, theme.plain(), width, 2));
            }
        }
    }
    out
}
