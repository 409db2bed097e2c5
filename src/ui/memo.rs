//! Lines drawn as a paragraph, remembered: a pure memo from (the lines, how far they are
//! scrolled, the size of the area) to the cells a `Paragraph` draws for them, so a frame that
//! draws the same outline or the same guidance as the frame before copies cells instead of
//! laying out every grapheme again.
//!
//! Never changes what is drawn: the cells are exactly those the paragraph draws onto an
//! empty area (every frame starts from one; the areas drawn this way do not overlap). So
//! the blank cells at the end of a row are not copied: the area holds them already.

use std::cell::RefCell;

use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

struct Drawn {
    lines: Vec<Line<'static>>,
    scroll: u16,
    width: u16,
    height: u16,
    cells: Buffer,
    /// Per row, how many cells up to its last one that is not blank.
    ends: Vec<usize>,
}

/// How many paragraphs are remembered: the outline and the parts of the exercise pane (a
/// frame draws a dozen or two; each is only as large as its area).
const SIZE: usize = 32;

thread_local! {
    static MEMO: RefCell<Vec<Drawn>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` with the memo held, so what it draws is drawn afresh (the memo is passed by
/// when it cannot be borrowed) and the memo is left as it was. For tests.
#[cfg(test)]
pub(crate) fn bypassed<R>(f: impl FnOnce() -> R) -> R {
    MEMO.with(|memo| {
        let _held = memo.borrow_mut();
        f()
    })
}

/// Draws `lines`, scrolled down by `scroll` lines, into `area` of `buf`, as
/// `Paragraph::new(lines).scroll((scroll, 0))` draws them on an empty area.
pub fn paragraph(lines: &[Line<'static>], scroll: u16, area: Rect, buf: &mut Buffer) {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return;
    }
    MEMO.with(|memo| {
        let Ok(mut memo) = memo.try_borrow_mut() else {
            Paragraph::new(lines.to_vec())
                .scroll((scroll, 0))
                .render(area, buf);
            return;
        };
        let same = |d: &&Drawn| {
            d.width == area.width
                && d.height == area.height
                && d.scroll == scroll
                && d.lines == lines
        };
        if memo.iter().find(same).is_none() {
            let at_origin = Rect::new(0, 0, area.width, area.height);
            let mut cells = Buffer::empty(at_origin);
            super::ascii::paragraph(lines, scroll, at_origin, &mut cells);
            if memo.len() >= SIZE {
                memo.remove(0);
            }
            let ends = cells
                .content
                .chunks(usize::from(area.width))
                .map(|row| {
                    row.iter()
                        .rposition(|c| *c != Cell::EMPTY)
                        .map_or(0, |i| i + 1)
                })
                .collect();
            memo.push(Drawn {
                lines: lines.to_vec(),
                scroll,
                width: area.width,
                height: area.height,
                cells,
                ends,
            });
        }
        if let Some(drawn) = memo.iter().find(same) {
            copy(drawn, area, buf);
        }
    });
}

/// The drawn cells (an area-sized buffer at the origin) into `area` of `buf` (an empty
/// area within `buf`'s), a row at a time, each up to its last cell that is not blank.
fn copy(drawn: &Drawn, area: Rect, buf: &mut Buffer) {
    let width = usize::from(area.width);
    for (y, &end) in (0..area.height).zip(&drawn.ends) {
        let from = usize::from(y) * width;
        let to = buf.index_of(area.x, area.y + y);
        if let (Some(from), Some(to)) = (
            drawn.cells.content.get(from..from + end),
            buf.content.get_mut(to..to + end),
        ) {
            to.clone_from_slice(from);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::{Style, Stylize};

    fn direct(lines: &[Line<'static>], scroll: u16, area: Rect, size: Rect) -> Buffer {
        let mut buf = Buffer::empty(size);
        Paragraph::new(lines.to_vec())
            .scroll((scroll, 0))
            .render(area.intersection(size), &mut buf);
        buf
    }

    /// The memo draws exactly what the paragraph draws, for each scroll and area, first
    /// time and again, and past its size.
    #[test]
    fn it_draws_what_the_paragraph_draws() {
        let size = Rect::new(0, 0, 30, 12);
        let lines: Vec<Line<'static>> = vec![
            Line::from("plain words that run past the edge of the area"),
            Line::styled("dim", Style::new().dim()),
            Line::default(),
            Line::from(vec!["bold ".bold(), "日本語 🎉 wide".into()]),
        ];
        for round in 0..2 {
            for scroll in [0, 1, 3, 9] {
                for area in [
                    Rect::new(0, 0, 30, 12),
                    Rect::new(3, 2, 10, 3),
                    Rect::new(25, 10, 10, 5),
                ] {
                    let mut buf = Buffer::empty(size);
                    paragraph(&lines, scroll, area, &mut buf);
                    assert_eq!(
                        buf,
                        direct(&lines, scroll, area, size),
                        "{round} {scroll} {area:?}"
                    );
                }
            }
        }
        for i in 0..SIZE + 2 {
            let lines = vec![Line::from(format!("line {i}"))];
            let mut buf = Buffer::empty(size);
            paragraph(&lines, 0, size, &mut buf);
            assert_eq!(buf, direct(&lines, 0, size, size));
        }
    }
}
