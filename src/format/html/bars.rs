//! Bars as SVG: one row per rated item, its name at the left, a bar that runs from the start
//! of the scale to the end of its value's slot (so the lowest rating is a visible bar, and
//! "not rated" is no bar and says so), whole-number ticks over and under the bars, and the
//! value in words at the right; under it the scale's named levels.
//!
//! Pure. Readable in greyscale print: bars are hatched with a dark outline, not a pale fill.

use std::fmt::Write as _;

use crate::map::Bars;

use super::escape::esc_line;
use super::svg::{self, n};

const LABEL_W: f64 = 190.0;
const PLOT_X: f64 = LABEL_W + 12.0;
const PLOT_W: f64 = 330.0;
const VALUE_X: f64 = PLOT_X + PLOT_W + 12.0;
const VALUE_W: f64 = 150.0;
const AXIS: f64 = 24.0;
const LINE: f64 = 14.0;
const BAR_H: f64 = 17.0;
const INK: &str = "#1f4e79";

/// The number of value slots on the scale, and the width of one.
fn slots(b: &Bars) -> (i64, f64) {
    let count = b.max.saturating_sub(b.min).saturating_add(1).clamp(1, 1000);
    (count, PLOT_W / count as f64)
}

/// The number of steps on the scale and the length of one, for tests.
#[cfg(test)]
pub fn steps_for_test(b: &Bars) -> (i64, f64) {
    slots(b)
}

/// A rated value in words: "3 · Stories" on a scale of levels, "2 of 4" otherwise.
fn value_words(b: &Bars, v: i64) -> String {
    let level = v
        .checked_sub(b.min)
        .and_then(|i| usize::try_from(i).ok())
        .and_then(|i| b.levels.get(i))
        .filter(|l| !l.trim().is_empty());
    match level {
        Some(l) => format!("{v} · {}", l.trim()),
        None => format!("{v} of {}", b.max),
    }
}

/// Writes the chart; `fig` makes its pattern's id unique in the page.
pub fn draw(out: &mut String, b: &Bars, title: &str, fig: usize) {
    let rows: Vec<(Vec<String>, f64)> = b
        .bars
        .iter()
        .map(|bar| {
            let lines = svg::wrap(&bar.label, LABEL_W, 12.0, 2);
            let value_lines = bar.value.map_or(1, |v| {
                svg::wrap(&value_words(b, v), VALUE_W - 4.0, 12.0, 2).len()
            });
            let h = (lines.len().max(value_lines) as f64 * LINE + 12.0).max(28.0);
            (lines, h)
        })
        .collect();
    let body: f64 = rows.iter().map(|r| r.1).sum();
    let height = AXIS + body + AXIS;
    let (count, slot) = slots(b);
    let step = (count / 10).max(1);
    let hatch = format!("hatch-{fig}");
    svg::open(out, "map-bars", (VALUE_X + VALUE_W, height), title);
    let _ = write!(
        out,
        "<defs><pattern id=\"{hatch}\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" \
         patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#cfe0f1\"/>\
         <line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"{INK}\" stroke-width=\"2.4\"/></pattern></defs>"
    );
    // Slot boundaries, and the whole numbers over and under them.
    for i in 0..=count {
        let x = PLOT_X + i as f64 * slot;
        let (stroke, w) = if i == 0 {
            ("#333", 1.2)
        } else {
            ("#b5b5b5", 0.7)
        };
        let _ = write!(
            out,
            "<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"{stroke}\" stroke-width=\"{w}\"/>",
            n(x),
            n(AXIS - 4.0),
            n(AXIS + body + 4.0)
        );
        if i < count && i % step == 0 {
            let v = b.min.saturating_add(i);
            let cx = x + slot / 2.0;
            svg::text(
                out,
                (cx, AXIS - 11.0),
                "middle",
                "tick",
                &[v.to_string()],
                0.0,
            );
            svg::text(
                out,
                (cx, AXIS + body + 12.0),
                "middle",
                "tick",
                &[v.to_string()],
                0.0,
            );
        }
    }
    let mut y = AXIS;
    for (bar, (lines, h)) in b.bars.iter().zip(&rows) {
        let mid = y + h / 2.0;
        let first = mid - (lines.len() as f64 - 1.0) * LINE / 2.0;
        svg::text(out, (LABEL_W, first), "end", "label", lines, LINE);
        match bar.value {
            Some(v) => {
                let filled = v
                    .clamp(b.min, b.max.max(b.min))
                    .saturating_sub(b.min)
                    .saturating_add(1);
                let _ = write!(
                    out,
                    "<rect class=\"bar\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{BAR_H}\" fill=\"url(#{hatch})\" \
                     stroke=\"{INK}\" stroke-width=\"1.6\"/>",
                    n(PLOT_X),
                    n(mid - BAR_H / 2.0),
                    n(filled as f64 * slot)
                );
                let words = svg::wrap(&value_words(b, v), VALUE_W - 4.0, 12.0, 2);
                let first = mid - (words.len() as f64 - 1.0) * LINE / 2.0;
                svg::text(out, (VALUE_X, first), "start", "label", &words, LINE);
            }
            None => {
                let _ = write!(
                    out,
                    "<text x=\"{}\" y=\"{}\" dominant-baseline=\"central\" class=\"label\" \
                     font-style=\"italic\" fill=\"#555\">not rated yet</text>",
                    n(VALUE_X),
                    n(mid)
                );
            }
        }
        y += h;
    }
    out.push_str("</svg>\n");
    scale(out, b);
}

/// The scale under the chart: its measure and each named level, or its two ends.
fn scale(out: &mut String, b: &Bars) {
    let measure = if b.measure.trim().is_empty() {
        "Scale".to_string()
    } else {
        esc_line(&b.measure)
    };
    let levels: Vec<String> = b
        .levels
        .iter()
        .enumerate()
        .map(|(i, l)| format!("{} {}", b.min.saturating_add(i as i64), esc_line(l)))
        .collect();
    let words = if levels.is_empty() {
        format!(
            "from {} ({}) to {} ({})",
            b.min,
            esc_line(&b.low),
            b.max,
            esc_line(&b.high)
        )
    } else {
        levels.join(" · ")
    };
    let _ = writeln!(
        out,
        "<p class=\"scale\">{measure}: {words}. Each bar runs to the end of its rating's step, so \
         the lowest rating is a short bar and a row not rated has none.</p>"
    );
}
