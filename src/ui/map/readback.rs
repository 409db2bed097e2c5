//! The read-back page: the map in one page — section titles, summary lines, answers quoted
//! in full (wrapped, each line behind a bar) and what is still to do, dimmed.
//!
//! Pure; every quoted answer is sanitised line by line (control characters made visible).

use ratatui::text::Line;

use super::label;
use crate::map::{ReadBack, ReadBackItem};
use crate::text::sanitize::{clean, clean_keep_tabs};
use crate::ui::style::Theme;
use crate::ui::wrap::{self, Wrapper};
use crate::words::participant as text;

pub(super) fn lines(
    read_back: Option<&ReadBack>,
    width: usize,
    theme: Theme,
) -> Vec<Line<'static>> {
    let Some(rb) = read_back else {
        return wrap::wrap(text::MAP_NO_READ_BACK, theme.dim(), width, 0);
    };
    let mut out = wrap::wrap(&clean(&rb.title), theme.title(), width, 0);
    for section in &rb.sections {
        out.push(Line::default());
        out.extend(wrap::wrap(&clean(&section.title), theme.bold(), width, 0));
        for item in &section.items {
            match item {
                ReadBackItem::Line(t) => {
                    let mut w = Wrapper::new(width, 2).prefix("• ", theme.plain());
                    w.push(&clean(t), theme.plain());
                    out.extend(w.finish());
                }
                ReadBackItem::Answer { question, text } => {
                    let mut w = Wrapper::new(width, 2).prefix("• ", theme.plain());
                    w.push(&label(question, width.max(8) * 3), theme.italic());
                    out.extend(w.finish());
                    for line in text.trim_end().lines() {
                        let mut w = Wrapper::new(width, 4).prefix("  │ ", theme.dim());
                        w.push(&clean_keep_tabs(line), theme.plain());
                        let mut wrapped = w.finish();
                        // Continuation lines keep the bar: the quote reads as one block.
                        for l in wrapped.iter_mut().skip(1) {
                            if let Some(first) = l.spans.first_mut()
                                && first.content.trim().is_empty()
                            {
                                *first = ratatui::text::Span::styled("  │ ", theme.dim());
                            }
                        }
                        out.extend(wrapped);
                    }
                }
                ReadBackItem::Missing(t) => {
                    let mut w = Wrapper::new(width, 2);
                    w.push(
                        &text::map_missing(&clean(t)),
                        theme.dim().patch(theme.italic()),
                    );
                    out.extend(w.finish());
                }
            }
        }
    }
    out
}
