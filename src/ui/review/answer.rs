//! One answer drawn for reading, by its kind: text as wrapped paragraphs, a list or a
//! grid one item or row per line (with its fields, cells and quadrant), choices ticked, a
//! scale as a small bar; and a coach's note under it.
//!
//! Pure; everything from the file is made visible before it is wrapped.

use ratatui::style::Style;
use ratatui::text::Line;

use crate::content::{Prompt, Scale};
use crate::format::answer::answer_parts;
use crate::text::sanitize::visible;
use crate::ui::style::Theme;
use crate::ui::wrap::Wrapper;
use crate::words::note_head;
use crate::words::review as text;
use crate::workbook::notes::Note;
use crate::workbook::{Answer, Workbook};
use unicode_width::UnicodeWidthStr;

/// `text` wrapped to `width`, every line starting `indent` in, the first after `mark`.
pub fn marked(
    mark: &str,
    text: &str,
    style: Style,
    width: usize,
    indent: usize,
) -> Vec<Line<'static>> {
    let hang = indent + mark.chars().count();
    let first = format!("{}{mark}", " ".repeat(indent));
    let mut w = Wrapper::new(width, hang).prefix(&first, Style::default());
    w.push(&visible(text), style);
    w.finish()
}

/// The answer's lines (or "not answered").
pub fn lines(
    wb: &Workbook,
    prompt: Option<&Prompt>,
    answer: Option<&Answer>,
    theme: Theme,
    width: usize,
    indent: usize,
) -> Vec<Line<'static>> {
    let Some(answer) = answer else {
        return marked("", text::NOT_ANSWERED, theme.dim(), width, indent);
    };
    let parts = answer_parts(wb, prompt, answer);
    let mut out = Vec::new();
    match answer {
        Answer::Text(t) => {
            for para in t.split('\n') {
                out.extend(marked("", para, theme.plain(), width, indent));
            }
        }
        Answer::Number(n) => {
            let bar = match prompt.and_then(|p| p.kind.scale()) {
                Some(Scale::Numeric(s)) if s.max > s.min => {
                    let filled = (n - s.min + 1).clamp(0, s.max - s.min + 1);
                    let empty = s.max - s.min + 1 - filled;
                    format!(
                        "{}{} ",
                        "▮".repeat(usize::try_from(filled).unwrap_or(0)),
                        "▯".repeat(usize::try_from(empty).unwrap_or(0))
                    )
                }
                _ => String::new(),
            };
            let words = parts.join("; ");
            out.extend(marked(&bar, &words, theme.plain(), width, indent));
        }
        Answer::Choice(_) => {
            for p in &parts {
                out.extend(marked("● ", p, theme.plain(), width, indent));
            }
        }
        Answer::Choices(_) => {
            for p in &parts {
                out.extend(marked("☑ ", p, theme.plain(), width, indent));
            }
        }
        Answer::List(_) => {
            for p in &parts {
                out.extend(marked("• ", p, theme.plain(), width, indent));
            }
        }
        Answer::Grid(rows) => {
            if let Some(table) = prompt.and_then(|p| table(wb, p, rows, theme, width, indent)) {
                return table;
            }
            for p in &parts {
                out.extend(marked("▸ ", p, theme.plain(), width, indent));
            }
        }
    }
    if out.is_empty() {
        out.extend(marked("", text::NOT_ANSWERED, theme.dim(), width, indent));
    }
    out
}

/// Narrowest a table column is squeezed to before the table gives way to one line per row.
const MIN_CELL: usize = 8;

/// A grid or quadrant answer as an aligned table, when its columns fit in `width` at least
/// `MIN_CELL` wide. Columns keep their whole width when the table fits; otherwise the
/// widest give way first and their cells wrap onto more lines — a cell is never cut.
fn table(
    wb: &Workbook,
    prompt: &Prompt,
    rows: &[crate::workbook::Row],
    theme: Theme,
    width: usize,
    indent: usize,
) -> Option<Vec<Line<'static>>> {
    let (head, body) = crate::format::answer::grid_table(wb, prompt, rows)?;
    if body.is_empty() {
        return None;
    }
    let shown = |t: &str| visible(t).replace('\n', "␊");
    let mut widths: Vec<usize> = head.iter().map(|h| shown(h).width()).collect();
    for row in &body {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(shown(c).width());
        }
    }
    let room = width.checked_sub(indent + 2 * widths.len().saturating_sub(1))?;
    widths = column_widths(widths, room)?;
    let line = |cells: &[String], style: Style| {
        let wrapped: Vec<Vec<String>> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| wrap_cell(&shown(c), *w))
            .collect();
        let height = wrapped.iter().map(Vec::len).max().unwrap_or(1);
        (0..height)
            .map(|row| {
                let mut text = " ".repeat(indent);
                for (i, (cell, w)) in wrapped.iter().zip(&widths).enumerate() {
                    if i > 0 {
                        text.push_str("  ");
                    }
                    let t = cell.get(row).map_or("", String::as_str);
                    text.push_str(t);
                    text.push_str(&" ".repeat(w.saturating_sub(t.width())));
                }
                Line::styled(text.trim_end().to_string(), style)
            })
            .collect::<Vec<_>>()
    };
    let mut out = line(&head, theme.dim());
    out.extend(body.iter().flat_map(|r| line(r, theme.plain())));
    Some(out)
}

/// The columns' widths within `room`: as they are when they fit; otherwise the widest cut
/// down one column at a time (never below `MIN_CELL`, or their own width if less). `None`
/// when even that does not fit.
fn column_widths(mut widths: Vec<usize>, room: usize) -> Option<Vec<usize>> {
    let floor: Vec<usize> = widths.iter().map(|w| (*w).min(MIN_CELL)).collect();
    if floor.iter().sum::<usize>() > room {
        return None;
    }
    while widths.iter().sum::<usize>() > room {
        let (i, _) = widths
            .iter()
            .enumerate()
            .filter(|(i, w)| **w > floor[*i])
            .max_by_key(|(i, w)| (**w, std::cmp::Reverse(*i)))?;
        widths[i] -= 1;
    }
    Some(widths)
}

/// A cell's text in lines at most `width` wide (wrapped at spaces, a word split only when
/// it alone is wider); always at least one line.
fn wrap_cell(text: &str, width: usize) -> Vec<String> {
    let mut out: Vec<String> = crate::text::rows::rows(text, width)
        .iter()
        .map(|r| text[r.start..r.end].trim_end().to_string())
        .collect();
    while out.len() > 1 && out.last().is_some_and(String::is_empty) {
        out.pop();
    }
    out
}

/// The coaches' notes on one prompt (or the whole workbook): each signed and dated, flagged
/// when the answer `now` has changed since it was written, then its text.
pub fn notes(
    label: &str,
    notes: &[Note],
    now: Option<&Answer>,
    theme: Theme,
    width: usize,
    indent: usize,
) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for note in notes {
        let head = note_head(label, note, note.answer_changed(now));
        out.extend(marked("✎ ", &head, theme.key(), width, indent));
        for para in note.text.split('\n') {
            out.extend(marked("", para, theme.italic(), width, indent + 2));
        }
    }
    out
}
