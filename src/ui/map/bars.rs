//! Bars, one per row (e.g. legitimacy per practice, the value profile): a horizontal bar
//! of full blocks over a track of light ones, the value and its level's name; rows not rated
//! yet listed as such. Narrow screens keep the words and drop the bars.
//!
//! Pure; never relies on colour alone: the bar's length and the words carry the value.

use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::label;
use crate::map::Bars;
use crate::ui::style::Theme;
use crate::ui::wrap;
use crate::words::participant as text;

/// Below this many columns for the bar itself, only the words are shown.
const MIN_BAR: usize = 6;

/// The name of value `v` ("3 Some" on a scale of levels, "3" on a numeric one).
fn value_words(b: &Bars, v: i64) -> String {
    let level = usize::try_from(v.saturating_sub(b.min))
        .ok()
        .and_then(|i| b.levels.get(i))
        .map(|l| label(l, 20));
    match level {
        Some(l) => format!("{v} {l}"),
        None => v.to_string(),
    }
}

/// The scale in words: "Legitimacy: 1 None · 2 Emerging · …" or "Legitimacy: 1 (low) to 5
/// (high)".
fn scale_words(b: &Bars) -> String {
    let measure = label(&b.measure, 40);
    if b.levels.is_empty() {
        crate::words::participant::map_scale(
            &measure,
            b.min,
            &label(&b.low, 20),
            b.max,
            &label(&b.high, 20),
        )
    } else {
        let levels: Vec<String> = (0..b.levels.len())
            .map(|i| value_words(b, b.min.saturating_add(i64::try_from(i).unwrap_or(0))))
            .collect();
        format!("{measure}: {}", levels.join(" · "))
    }
}

pub(super) fn lines(b: &Bars, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let mut out = wrap::wrap(&scale_words(b), theme.bold(), width, 2);
    out.push(Line::default());
    // The widest value words among the scale's ends, its levels and the bars shown.
    let ends = [b.min, b.max].into_iter();
    let levels = (0..b.levels.len()).map(|i| b.min.saturating_add(i64::try_from(i).unwrap_or(0)));
    let value_w = ends
        .chain(levels)
        .chain(b.bars.iter().filter_map(|bar| bar.value))
        .map(|v| value_words(b, v).width())
        .max()
        .unwrap_or(1);
    let longest = b
        .bars
        .iter()
        .map(|bar| label(&bar.label, 40).width())
        .max()
        .unwrap_or(0);
    let label_w = longest.min(width / 3).max(4.min(width));
    let bar_w = width.saturating_sub(label_w + value_w + 3);
    // The lowest value is an empty track (it is rated: its words say so), the highest a
    // full one: "not at all" must not look like a little.
    let span = usize::try_from(b.max.saturating_sub(b.min))
        .unwrap_or(1)
        .max(1);
    for bar in &b.bars {
        let name = label(&bar.label, label_w);
        let pad = " ".repeat(label_w.saturating_sub(name.width()));
        let mut spans = vec![Span::styled(format!("{name}{pad} "), theme.plain())];
        match bar.value {
            Some(v) => {
                if bar_w >= MIN_BAR {
                    let steps = usize::try_from(v.saturating_sub(b.min))
                        .unwrap_or(0)
                        .min(span);
                    let filled = (steps as f64 * bar_w as f64 / span as f64).ceil() as usize;
                    let filled = filled.min(bar_w);
                    spans.push(Span::styled("█".repeat(filled), theme.gauge()));
                    spans.push(Span::styled(
                        "░".repeat(bar_w.saturating_sub(filled)),
                        theme.dim(),
                    ));
                    spans.push(Span::raw(" "));
                }
                spans.push(Span::styled(value_words(b, v), theme.bold()));
            }
            None => spans.push(Span::styled(
                format!("· {}", text::MAP_NOT_RATED),
                theme.dim().patch(theme.italic()),
            )),
        }
        let line = Line::from(spans);
        if line.width() > width {
            out.push(Line::from(crate::text::wrap::fit(&line.to_string(), width)));
        } else {
            out.push(line);
        }
    }
    out
}
