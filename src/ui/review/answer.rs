//! One answer drawn for reading, by its kind: text as wrapped paragraphs, a list or a
//! grid one item or row per line (with its fields, cells and quadrant), choices ticked, a
//! scale as a small bar; and a coach's note under it.
//!
//! Pure; everything from the file is made visible before it is wrapped.

use ratatui::style::Style;
use ratatui::text::Line;

use super::text;
use crate::content::{Prompt, PromptKind, Scale};
use crate::review::render::answer_parts;
use crate::review::visible;
use crate::ui::style::Theme;
use crate::ui::wrap::Wrapper;
use crate::workbook::{Answer, Workbook};

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
            let bar = match prompt.map(|p| &p.kind) {
                Some(PromptKind::Scale(Scale::Numeric(s))) if s.max > s.min => {
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
        Answer::Grid(_) => {
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
