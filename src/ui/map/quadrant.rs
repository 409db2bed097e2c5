//! A 2×2 chart such as power × stake: axes, the dividers where "high" starts, the four
//! quadrant names on the frame's corners, each point marked and labelled (points that land
//! on the same spot share one mark, "A, B"); or, in small spaces, a list per quadrant.
//!
//! Pure; never relies on colour alone: quadrant names are spelled out and every point is
//! labelled.

use std::collections::BTreeMap;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::canvas::{Canvas, Context, Line as Segment};
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::{label, tint};
use crate::map::{ChartAxis, QuadrantChart};
use crate::ui::style::Theme;
use crate::ui::wrap::Wrapper;
use crate::words::participant as text;

/// Whether quadrant `q` (Mermaid's order) is high on x and on y.
fn highs(q: usize) -> (bool, bool) {
    match q {
        0 => (true, true),
        1 => (false, true),
        2 => (false, false),
        _ => (true, false),
    }
}

fn quadrant_style(theme: Theme, q: usize) -> Style {
    tint(theme, theme.bold(), q + 2)
}

/// "Power: low → high".
fn axis_words(a: &ChartAxis, max: usize) -> String {
    label(&format!("{}: {} → {}", a.label, a.low, a.high), max)
}

/// The chart with its axis words above and below, and the rows not placed yet.
pub(super) fn render(buf: &mut Buffer, area: Rect, q: &QuadrantChart, theme: Theme) {
    let width = usize::from(area.width);
    let unplaced = if q.unplaced.is_empty() {
        Vec::new()
    } else {
        unplaced(q, width, theme)
    };
    let unplaced_h = u16::try_from(unplaced.len().min(2)).unwrap_or(0);
    let [top, chart, bottom, rest] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(unplaced_h),
    ])
    .areas(area);
    let y_words = format!("↑ {}", axis_words(&q.y, width.saturating_sub(2)));
    Paragraph::new(Span::styled(y_words, theme.bold())).render(top, buf);
    draw(buf, chart, q, theme);
    let x_words = format!("{} →", axis_words(&q.x, width.saturating_sub(2)));
    Paragraph::new(Span::styled(x_words, theme.bold()))
        .right_aligned()
        .render(bottom, buf);
    Paragraph::new(unplaced).render(rest, buf);
}

/// Where value `v` of `axis` falls on a canvas `cells` long (cell centres, 0-based).
fn place(axis: &ChartAxis, v: f64, cells: f64) -> f64 {
    let span = axis.max.saturating_sub(axis.min).saturating_add(1).max(1) as f64;
    (v - axis.min as f64 + 0.5) / span * cells - 0.5
}

fn draw(buf: &mut Buffer, area: Rect, q: &QuadrantChart, theme: Theme) {
    if area.width < 8 || area.height < 4 {
        return;
    }
    let (w, h) = (f64::from(area.width), f64::from(area.height));
    let frame_color = if theme.color {
        Color::DarkGray
    } else {
        Color::Reset
    };
    // Points that land in the same cell share one mark.
    let mut spots: BTreeMap<(i64, i64), (Vec<String>, usize)> = BTreeMap::new();
    for p in &q.points {
        let col = place(&q.x, p.x as f64, w).round().clamp(1.0, w - 2.0) as i64;
        let row = place(&q.y, p.y as f64, h).round().clamp(1.0, h - 2.0) as i64;
        let spot = spots.entry((row, col)).or_insert((Vec::new(), p.quadrant));
        spot.0.push(label(&p.label, 40));
    }
    let paint = |ctx: &mut Context| {
        let (r, t) = (w - 1.0, h - 1.0);
        for (x1, y1, x2, y2) in [
            (0.0, 0.0, r, 0.0),
            (0.0, t, r, t),
            (0.0, 0.0, 0.0, t),
            (r, 0.0, r, t),
        ] {
            ctx.draw(&Segment::new(x1, y1, x2, y2, frame_color));
        }
        let dx = place(&q.x, q.x.high_from as f64 - 0.5, w);
        let dy = place(&q.y, q.y.high_from as f64 - 0.5, h);
        ctx.draw(&Segment::new(dx, 0.0, dx, t, frame_color));
        ctx.draw(&Segment::new(0.0, dy, r, dy, frame_color));
        ctx.layer();
        // Quadrant names on the frame's corners, cut to half the width each.
        let half = usize::from(area.width / 2).saturating_sub(3);
        for (i, name) in q.quadrants.iter().enumerate() {
            let name = format!(" {} ", label(name, half.saturating_sub(2)));
            let (right, upper) = highs(i);
            let x = if right {
                r - 1.0 - name.width() as f64
            } else {
                1.0
            };
            let y = if upper { t } else { 0.0 };
            ctx.print(x.max(0.0), y, Span::styled(name, quadrant_style(theme, i)));
        }
        // Labels first, marks last, so a long label never hides a mark.
        let dividers = (dx.round() as i64, dy);
        for (text, x, row, style) in place_labels(&spots, w as i64, h as i64, dividers, theme) {
            ctx.print(x as f64, row as f64, Span::styled(text, style));
        }
        for ((row, col), (names, quadrant)) in &spots {
            let mark = if names.len() > 1 { "◉" } else { "●" };
            ctx.print(
                *col as f64,
                *row as f64,
                Span::styled(mark, quadrant_style(theme, *quadrant)),
            );
        }
    };
    Canvas::default()
        .marker(Marker::Braille)
        .x_bounds([0.0, w - 1.0])
        .y_bounds([0.0, h - 1.0])
        .paint(paint)
        .render(area, buf);
}

type Spots = BTreeMap<(i64, i64), (Vec<String>, usize)>;

/// Where each spot's label goes: right of its mark, else left of it, else the same on the
/// row above or below, wherever it fits whole within its mark's quadrant (never across a
/// divider or on the divider's row) without covering a mark or another label; failing all,
/// on the roomier side of its mark within the quadrant, cut. `dividers` are the divider's
/// column and the divider's height (canvas units). Returns (text, column, row, style).
fn place_labels(
    spots: &Spots,
    w: i64,
    h: i64,
    dividers: (i64, f64),
    theme: Theme,
) -> Vec<(String, i64, i64, Style)> {
    let (divider_col, divider_y) = dividers;
    let divider_row = divider_y.round() as i64;
    // Occupied column ranges [from, to) per row, kept one column apart: the marks first.
    let mut taken: BTreeMap<i64, Vec<(i64, i64)>> = BTreeMap::new();
    for (row, col) in spots.keys() {
        taken.entry(*row).or_default().push((*col, col + 1));
    }
    let free = |taken: &BTreeMap<i64, Vec<(i64, i64)>>, row: i64, from: i64, to: i64| {
        row >= 1
            && row <= h - 2
            && taken
                .get(&row)
                .is_none_or(|r| r.iter().all(|&(a, b)| to < a || from > b))
    };
    let mut out = Vec::new();
    for ((row, col), (names, quadrant)) in spots {
        let text = names.join(", ");
        let len = text.width() as i64;
        let style = tint(theme, theme.plain(), quadrant + 2);
        // The columns [lo, hi) of the mark's quadrant, inside the frame and the divider.
        let (lo, hi) = if *col < divider_col {
            (1, divider_col)
        } else {
            (divider_col + 1, w - 1)
        };
        let upper = (*row as f64) > divider_y;
        let in_quadrant = |r: i64, x: i64, len: i64| {
            x >= lo && x + len <= hi && r != divider_row && ((r as f64) > divider_y) == upper
        };
        let candidates = [
            (*row, col + 2),
            (*row, col - 1 - len),
            (row + 1, col + 2),
            (row - 1, col + 2),
            (row + 1, col - 1 - len),
            (row - 1, col - 1 - len),
        ];
        let spot = candidates
            .iter()
            .find(|&&(r, x)| in_quadrant(r, x, len) && free(&taken, r, x, x + len))
            .map(|&(r, x)| (text.clone(), x, r));
        let (text, x, r) = spot.unwrap_or_else(|| {
            // No room anywhere: cut it to the room beside the mark on its own row, within
            // the quadrant, on the roomier side.
            let marks = taken.get(row);
            let right_end = marks
                .and_then(|r| r.iter().filter(|&&(a, _)| a > *col).map(|&(a, _)| a).min())
                .unwrap_or(hi)
                .min(hi);
            let left_end = marks
                .and_then(|r| r.iter().filter(|&&(_, b)| b <= *col).map(|&(_, b)| b).max())
                .unwrap_or(lo)
                .max(lo);
            let right_room = right_end - col - 3;
            let left_room = col - left_end - 2;
            if left_room > right_room {
                let text = label(&text, usize::try_from(left_room).unwrap_or(0));
                let x = col - 1 - text.width() as i64;
                (text, x, *row)
            } else {
                let text = label(&text, usize::try_from(right_room).unwrap_or(0));
                (text, col + 2, *row)
            }
        });
        taken
            .entry(r)
            .or_default()
            .push((x, x + text.width() as i64));
        out.push((text, x, r, style));
    }
    out
}

/// "Not placed yet (rate both): A, B".
pub(super) fn unplaced(q: &QuadrantChart, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let mut w = Wrapper::new(width, 2);
    w.push(text::MAP_NOT_PLACED, theme.dim());
    let names: Vec<String> = q.unplaced.iter().map(|n| label(n, 40)).collect();
    w.push(&format!(" {}", names.join(", ")), theme.dim());
    w.finish()
}

/// The chart as a list per quadrant, top left first (reading order).
pub(super) fn text_form(q: &QuadrantChart, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for i in [1, 0, 2, 3] {
        let (x_high, y_high) = highs(i);
        let name = label(q.quadrants.get(i).map_or("", String::as_str), width.max(4));
        let mut w = Wrapper::new(width, 2).prefix("▌", quadrant_style(theme, i));
        w.push(&name, quadrant_style(theme, i));
        w.push(
            &crate::words::participant::map_quadrant_ends(
                x_high,
                &label(&q.x.label, 20),
                y_high,
                &label(&q.y.label, 20),
            ),
            theme.dim(),
        );
        lines.extend(w.finish());
        let points: Vec<String> = q
            .points
            .iter()
            .filter(|p| p.quadrant.min(3) == i)
            .map(|p| format!("{} ({}, {})", label(&p.label, 40), p.x, p.y))
            .collect();
        let mut w = Wrapper::new(width, 2).prefix("  ", theme.plain());
        if points.is_empty() {
            w.push("—", theme.dim());
        } else {
            w.push(&points.join(", "), theme.plain());
        }
        lines.extend(w.finish());
    }
    if !q.unplaced.is_empty() {
        lines.extend(unplaced(q, width, theme));
    }
    lines
}
