//! A quadrant chart as SVG: the four quadrants named in bands at the chart's top and bottom
//! edges where no point can sit, whole-number ticks on both axes, each placed row a numbered
//! dot in its value's slot (rows on the same values set side by side in that slot, never on
//! each other), and beside it a legend giving each number its name, ratings and quadrant.
//!
//! Pure. Labels can never overlap: names are in the legend, and the dots of one slot are
//! spaced to fit it. Never relies on colour: quadrants are named, dots are numbered.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::map::geometry::{group_colour, position, slot_width};
use crate::map::{ChartAxis, QuadrantChart};

use super::escape::esc_line;
use super::svg::{self, n};

/// The plot's side, and the room around it.
const P: f64 = 400.0;
const LEFT: f64 = 62.0;
const TOP: f64 = 10.0;
const BOTTOM: f64 = 50.0;
const RIGHT: f64 = 12.0;
const NAME_LINE: f64 = 17.0;
/// The quadrants' names, the ticks and the axes' names: larger than elsewhere, because the
/// chart is drawn at about half the page's width.
const NAME_FONT: f64 = 14.5;
const AXIS_FONT: f64 = 14.0;
/// The band at the top and bottom edge that holds the quadrants' names.
const BAND: f64 = 2.0 * NAME_LINE + 10.0;
const DOT: &str = "#1f4e79";
/// Quadrant tints, in the model's order: top right, top left, bottom left, bottom right.
const TINTS: [&str; 4] = ["#e3eef8", "#f4f4f4", "#fbfbfb", "#f1ebf6"];

fn x_at(a: &ChartAxis, v: i64) -> f64 {
    LEFT + position(v, a.min, a.max, a.high_from) * P
}

fn y_at(a: &ChartAxis, v: i64) -> f64 {
    TOP + BAND + (1.0 - position(v, a.min, a.max, a.high_from)) * (P - 2.0 * BAND)
}

/// Writes the chart and its legend.
pub fn draw(out: &mut String, q: &QuadrantChart, title: &str) {
    if q.points.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"missing\">No one is rated on both scales yet, so no one is placed.</p>"
        );
        unplaced(out, q);
        return;
    }
    out.push_str("<div class=\"fig-body\">\n");
    svg::open(
        out,
        "map-quadrant",
        (LEFT + P + RIGHT, TOP + P + BOTTOM),
        title,
    );
    let half = P / 2.0;
    let corners = [
        (LEFT + half, TOP),
        (LEFT, TOP),
        (LEFT, TOP + half),
        (LEFT + half, TOP + half),
    ];
    for (i, (x, y)) in corners.iter().enumerate() {
        let _ = write!(
            out,
            "<rect class=\"quadrant\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>",
            n(*x),
            n(*y),
            n(half),
            n(half),
            TINTS[i]
        );
        let lines = svg::wrap(
            q.quadrants.get(i).map_or("", String::as_str),
            half - 16.0,
            NAME_FONT,
            2,
        );
        let top = i < 2;
        let first = if top {
            y + 5.0 + NAME_LINE / 2.0
        } else {
            y + half - 5.0 - NAME_LINE / 2.0 - (lines.len() as f64 - 1.0) * NAME_LINE
        };
        svg::text(
            out,
            (x + half / 2.0, first),
            "middle",
            "qname",
            &lines,
            NAME_LINE,
        );
    }
    let _ = write!(
        out,
        "<rect x=\"{}\" y=\"{}\" width=\"{P}\" height=\"{P}\" fill=\"none\" stroke=\"#333\" stroke-width=\"1.2\"/>\
         <line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#555\" stroke-width=\"1\" stroke-dasharray=\"5 4\"/>\
         <line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#555\" stroke-width=\"1\" stroke-dasharray=\"5 4\"/>",
        n(LEFT),
        n(TOP),
        n(LEFT + half),
        n(TOP),
        n(LEFT + half),
        n(TOP + P),
        n(LEFT),
        n(TOP + half),
        n(LEFT + P),
        n(TOP + half)
    );
    ticks(out, q);
    dots(out, q);
    out.push_str("</svg>\n");
    legend(out, q);
    out.push_str("</div>\n");
}

/// Whole numbers along both axes (every value, or every few on a long scale), and the axes'
/// names.
fn ticks(out: &mut String, q: &QuadrantChart) {
    for v in values(&q.x) {
        let x = x_at(&q.x, v);
        let _ = write!(
            out,
            "<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#333\"/>",
            n(x),
            n(TOP + P),
            n(TOP + P + 5.0)
        );
        svg::text(
            out,
            (x, TOP + P + 14.0),
            "middle",
            "tick",
            &[v.to_string()],
            0.0,
        );
    }
    for v in values(&q.y) {
        let y = y_at(&q.y, v);
        let _ = write!(
            out,
            "<line x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\" stroke=\"#333\"/>",
            n(LEFT - 5.0),
            n(y),
            n(LEFT)
        );
        svg::text(out, (LEFT - 9.0, y), "end", "tick", &[v.to_string()], 0.0);
    }
    let x_name = svg::wrap(&format!("{} →", q.x.label.trim()), P, AXIS_FONT, 1);
    svg::text(
        out,
        (LEFT + P / 2.0, TOP + P + 38.0),
        "middle",
        "axis",
        &x_name,
        0.0,
    );
    let y_name = svg::wrap(&format!("{} →", q.y.label.trim()), P, AXIS_FONT, 1);
    let (cx, cy) = (16.0, TOP + P / 2.0);
    let _ = write!(out, "<g transform=\"rotate(-90 {} {})\">", n(cx), n(cy));
    svg::text(out, (cx, cy), "middle", "axis", &y_name, 0.0);
    out.push_str("</g>");
}

/// The values an axis is ticked at: all of them, or every `step`-th on a long scale.
fn values(a: &ChartAxis) -> Vec<i64> {
    if a.max < a.min {
        return Vec::new();
    }
    let span = a.max.saturating_sub(a.min);
    let step = (span / 10).saturating_add(1).max(1);
    let mut out = Vec::new();
    let mut v = a.min;
    while v <= a.max && out.len() < 64 {
        out.push(v);
        v = match v.checked_add(step) {
            Some(next) => next,
            None => break,
        };
    }
    out
}

/// The numbered dots: the rows on the same two values share their slot, side by side.
fn dots(out: &mut String, q: &QuadrantChart) {
    let mut spots: BTreeMap<(i64, i64), Vec<usize>> = BTreeMap::new();
    for (i, p) in q.points.iter().enumerate() {
        spots.entry((p.x, p.y)).or_default().push(i);
    }
    for ((xv, yv), members) in spots {
        let (cx, cy) = (x_at(&q.x, xv), y_at(&q.y, yv));
        let sw = slot_width(xv, q.x.min, q.x.max, q.x.high_from) * P;
        let sh = slot_width(yv, q.y.min, q.y.max, q.y.high_from) * (P - 2.0 * BAND);
        let k = members.len();
        let cols = (k as f64).sqrt().ceil().max(1.0) as usize;
        let rows = k.div_ceil(cols);
        let spacing = 23.0_f64.min(sw / cols as f64).min(sh / rows as f64);
        let r = (spacing / 2.0 - 1.0).clamp(2.5, 10.0);
        let font = (r * 1.1).clamp(5.0, 11.0);
        for (j, &i) in members.iter().enumerate() {
            let (col, row) = (j % cols, j / cols);
            let in_row = if row + 1 == rows {
                k - row * cols
            } else {
                cols
            };
            let x = cx + (col as f64 - (in_row as f64 - 1.0) / 2.0) * spacing;
            let y = cy + (row as f64 - (rows as f64 - 1.0) / 2.0) * spacing;
            let fill = colour(q, i);
            let _ = write!(
                out,
                "<g class=\"point\"><circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{fill}\" stroke=\"#fff\" \
                 stroke-width=\"1.2\"/><text x=\"{}\" y=\"{}\" text-anchor=\"middle\" \
                 dominant-baseline=\"central\" font-size=\"{}\" font-weight=\"bold\" fill=\"#fff\">{}</text></g>",
                n(x),
                n(y),
                n(r),
                n(x),
                n(y),
                n(font),
                i + 1
            );
        }
    }
}

/// A point's colour: its group's when the points are grouped (grey for one without).
fn colour(q: &QuadrantChart, i: usize) -> &'static str {
    match q.points.get(i).and_then(|p| p.group) {
        Some(g) if g < q.groups.len() => group_colour(g),
        _ if !q.groups.is_empty() => UNGROUPED,
        _ => DOT,
    }
}

const UNGROUPED: &str = "#8a8a8a";

/// Each number with its name, ratings and quadrant (grouped points under their group's
/// name, numbered in its colour); the two scales; who is not placed.
fn legend(out: &mut String, q: &QuadrantChart) {
    out.push_str("<div class=\"legend\">\n");
    let mut open: Option<Option<usize>> = None;
    for (i, p) in q.points.iter().enumerate() {
        let group = p.group.filter(|g| *g < q.groups.len());
        if open != Some(group) {
            if open.is_some() {
                out.push_str("</ol>\n");
            }
            if !q.groups.is_empty() {
                let name = group
                    .and_then(|g| q.groups.get(g))
                    .map_or_else(|| "Without a group".to_string(), |g| esc_line(g));
                let _ = writeln!(out, "<p class=\"scale\"><strong>{name}</strong></p>");
            }
            out.push_str("<ol class=\"points\">");
            open = Some(group);
        }
        let quadrant = q
            .quadrants
            .get(p.quadrant)
            .map_or(String::new(), |s| esc_line(s));
        let style = if q.groups.is_empty() {
            String::new()
        } else {
            let c = colour(q, i);
            format!(
                " style=\"background: {c}; border-color: {c}; color: #fff; \
                 print-color-adjust: exact; -webkit-print-color-adjust: exact\""
            )
        };
        let _ = writeln!(
            out,
            "<li><span class=\"num\"{style}>{}</span>{} — {}, {}: {quadrant}</li>",
            i + 1,
            esc_line(&p.label),
            p.x,
            p.y
        );
    }
    if open.is_some() {
        out.push_str("</ol>\n");
    }
    for (name, a) in [("Across", &q.x), ("Up", &q.y)] {
        let _ = writeln!(
            out,
            "<p class=\"scale\">{name}: {}, from {} ({}) to {} ({}); high from {}.</p>",
            esc_line(&a.label),
            a.min,
            esc_line(&a.low),
            a.max,
            esc_line(&a.high),
            a.high_from
        );
    }
    unplaced(out, q);
    out.push_str("</div>\n");
}

fn unplaced(out: &mut String, q: &QuadrantChart) {
    if q.unplaced.is_empty() {
        return;
    }
    let names: Vec<String> = q.unplaced.iter().map(|u| esc_line(u)).collect();
    let _ = writeln!(
        out,
        "<p class=\"scale\"><em>Not placed yet (not rated on both scales):</em> {}</p>",
        names.join(" · ")
    );
}
