//! A ranking prompt's lines: focused, every option offered with its place in the order (the
//! ranked first) and a clickable mark each; not focused, the order as numbered lines.
//!
//! Pure: reads state, never changes it. Every label is sanitised before it becomes a line.

use ratatui::text::Line;

use super::prompt::{INDENT, Part, Target};
use super::style::Theme;
use super::wrap::{Wrapper, wrap};
use crate::app::State;
use crate::content::Options;
use crate::text::sanitize::clean;
use crate::words::participant as text;
use crate::workbook::{Workbook, derive};

/// The focused ranking, after `out` (the question and its help).
pub fn parts(
    state: &State,
    theme: Theme,
    options: &Options,
    ranked: &[String],
    width: usize,
    mut out: Vec<Part>,
) -> Vec<Part> {
    let rows = derive::ranking_rows(&state.workbook, options, ranked);
    for (i, (o, place)) in rows.iter().enumerate() {
        out.push(Part::Mark(Target::Option(i)));
        let cursor = i == state.option;
        let style = if cursor {
            theme.cursor()
        } else if place.is_some() {
            theme.selected()
        } else {
            theme.plain()
        };
        let mark = match place {
            Some(n) => format!("[{n}] "),
            None => "[ ] ".to_string(),
        };
        let pre = format!(
            "{}{}{mark}",
            " ".repeat(INDENT - 2),
            if cursor { "›" } else { " " }
        );
        let mut w = Wrapper::new(width, pre.chars().count()).prefix(&pre, style);
        w.push(&clean(&o.label), style);
        if let Some(h) = &o.hint {
            w.push(" — ", theme.dim());
            w.push(&clean(h), theme.dim());
        }
        out.push(Part::Lines(w.finish()));
    }
    let offered = derive::options(&state.workbook, options);
    let kept: Vec<&str> = ranked
        .iter()
        .filter(|id| !offered.iter().any(|o| &o.id == *id))
        .map(String::as_str)
        .collect();
    if !kept.is_empty() {
        let note = text::ranked_kept(&clean(&kept.join(", ")));
        out.push(Part::Lines(wrap(&note, theme.dim(), width, INDENT)));
    }
    out
}

/// The order, one numbered line per ranked id (an id no longer offered shows as itself).
pub fn lines(
    wb: &Workbook,
    theme: Theme,
    options: &Options,
    ranked: &[String],
    width: usize,
) -> Vec<Line<'static>> {
    let opts = derive::options(wb, options);
    let mut out = Vec::new();
    for (i, id) in ranked.iter().enumerate() {
        let label = opts
            .iter()
            .find(|o| &o.id == id)
            .map_or(id.as_str(), |o| o.label.as_ref());
        let line = format!("{}. {}", i + 1, clean(label));
        out.extend(wrap(&line, theme.selected(), width, INDENT));
    }
    out
}
