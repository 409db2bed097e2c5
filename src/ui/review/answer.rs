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
use crate::text::wrap::fit;
use crate::ui::style::Theme;
use crate::ui::wrap::Wrapper;
use crate::words::review as text;
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

/// Widest a table column gets (its first, the rows' names, a little wider).
const CELL: usize = 24;

/// A grid or quadrant answer as an aligned table, when it fits in `width`.
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
    for (i, w) in widths.iter_mut().enumerate() {
        *w = (*w).min(if i == 0 { CELL + 4 } else { CELL });
    }
    let total = indent + widths.iter().sum::<usize>() + 2 * widths.len().saturating_sub(1);
    if total > width {
        return None;
    }
    let line = |cells: &[String], style: Style| {
        let mut text = " ".repeat(indent);
        for (i, (c, w)) in cells.iter().zip(&widths).enumerate() {
            if i > 0 {
                text.push_str("  ");
            }
            let t = fit(&shown(c), *w);
            let pad = w.saturating_sub(t.width());
            text.push_str(&t);
            text.push_str(&" ".repeat(pad));
        }
        Line::styled(text.trim_end().to_string(), style)
    };
    let mut out = vec![line(&head, theme.dim())];
    out.extend(body.iter().map(|r| line(r, theme.plain())));
    Some(out)
}

/// A coach's note: its label, then its text.
pub fn note(
    label: &str,
    note: &str,
    theme: Theme,
    width: usize,
    indent: usize,
) -> Vec<Line<'static>> {
    let mut out = marked("✎ ", label, theme.key(), width, indent);
    for para in note.split('\n') {
        out.extend(marked("", para, theme.italic(), width, indent + 2));
    }
    out
}
