//! Lines drawn as a paragraph, remembered: a pure memo from (the lines, how far they are
//! scrolled, the size of the area) to the cells a `Paragraph` draws for them, so a frame that
//! draws the same outline or the same guidance as the frame before copies cells instead of
//! laying out every grapheme again.
//!
//! Never changes what is drawn: the cells are exactly those the paragraph draws onto an
//! empty area (every frame starts from one; the areas drawn this way do not overlap). So
//! the blank cells at the end of a row are not copied: the area holds them already.
//!
//! Within the frames of one terminal (`Frames`), a paragraph drawn at the same place as in
//! the frame just before is not even copied: its cells are marked for ratatui's diff to skip
//! (`CellDiffOption::Skip`), so they are neither copied nor compared and the terminal keeps
//! showing them. Only when neither frame has anything drawn over the paragraphs (an
//! overlay) and the screen kept its size: then what the terminal shows there is exactly
//! that paragraph (tests: `ui::tests_keys`).

use std::cell::{Cell as Slot, RefCell};
use std::rc::Rc;

use ratatui::buffer::{Buffer, Cell, CellDiffOption};
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

struct Drawn {
    /// Shared with whoever made them when they came as `Rc` (`paragraph_shared`): then the
    /// next frame's same lines are known the same by their address, without comparing.
    lines: Rc<[Line<'static>]>,
    scroll: u16,
    width: u16,
    height: u16,
    /// Its cells, kept the second time it is drawn (`Kept`): most paragraphs are drawn
    /// once, or left on screen by every frame after (`skipped`), and a first frame that
    /// copied all its cells aside would come later for nothing.
    kept: Option<Kept>,
    /// The frame (`Frames`) and the area it was last drawn in.
    last: Option<(u64, Rect)>,
}

struct Kept {
    /// Each row's cells up to its last one that is not blank, one row after another (the
    /// blanks after them are not kept: the area holds them already).
    cells: Vec<Cell>,
    /// Where each row ends in `cells`.
    ends: Vec<usize>,
}

/// How many paragraphs are remembered: the outline and the parts of the exercise pane (a
/// frame draws a dozen or two; each is only as large as its area).
const SIZE: usize = 32;

thread_local! {
    static MEMO: RefCell<Vec<Drawn>> = const { RefCell::new(Vec::new()) };
    /// The frame being drawn (numbered across the thread's terminals, never reused), and
    /// whether what the frame before drew may be left on screen.
    static FRAME: Slot<Option<(u64, bool)>> = const { Slot::new(None) };
    static FRAMES_DRAWN: Slot<u64> = const { Slot::new(0) };
}

/// The frames drawn on one terminal, one after another: see the module's words. Without
/// one (a test drawing a frame, another screen), every paragraph is copied.
#[derive(Debug, Default)]
pub struct Frames {
    /// The last frame's screen and whether something was drawn over its paragraphs.
    last: Option<(Rect, bool)>,
}

impl Frames {
    /// Runs `draw`, which draws one frame on this terminal, at `area` (the whole screen);
    /// `covered` when something is drawn over the paragraphs (an overlay). Each frame of
    /// the terminal goes through here, or none.
    pub fn draw<R>(&mut self, area: Rect, covered: bool, draw: impl FnOnce() -> R) -> R {
        let leave = !covered && self.last == Some((area, false));
        self.last = Some((area, covered));
        let number = FRAMES_DRAWN.with(|n| {
            n.set(n.get() + 1);
            n.get()
        });
        FRAME.with(|f| f.set(Some((number, leave))));
        // Out of the frame again even when `draw` panics (the loop saves and leaves, and
        // nothing drawn after that may take itself for this terminal's next frame).
        struct Out;
        impl Drop for Out {
            fn drop(&mut self) {
                FRAME.with(|f| f.set(None));
            }
        }
        let _out = Out;
        draw()
    }
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
    draw(Lines::Borrowed(lines), scroll, area, buf);
}

/// `paragraph` for lines held in an `Rc` (a memo of their own made them): remembered by
/// sharing them, and found again by their address before their words are compared.
pub fn paragraph_shared(lines: &Rc<[Line<'static>]>, scroll: u16, area: Rect, buf: &mut Buffer) {
    draw(Lines::Shared(lines), scroll, area, buf);
}

/// The lines made last, and what they were made from: made again only when that changes.
/// For a part of the screen that most keys leave as it was (an exercise's head, the
/// outline, the footer), kept in a `thread_local!` of its own.
pub struct Last<K> {
    made: RefCell<Option<(K, Rc<[Line<'static>]>)>>,
}

impl<K: PartialEq> Default for Last<K> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K: PartialEq> Last<K> {
    pub const fn new() -> Self {
        Last {
            made: RefCell::new(None),
        }
    }

    /// The lines for `key`: those made last when it is the same key, else `make(&key)`'s.
    pub fn get(&self, key: K, make: impl FnOnce(&K) -> Vec<Line<'static>>) -> Rc<[Line<'static>]> {
        let Ok(mut made) = self.made.try_borrow_mut() else {
            return Rc::from(make(&key));
        };
        if let Some((k, lines)) = made.as_ref()
            && *k == key
        {
            return Rc::clone(lines);
        }
        let lines: Rc<[Line<'static>]> = Rc::from(make(&key));
        *made = Some((key, Rc::clone(&lines)));
        lines
    }
}

/// A shared value compared by its address: the same `Arc`, not an equal value (a pack
/// never changes while it is shared; holding it keeps its address from being reused).
pub struct Same<T>(pub std::sync::Arc<T>);

impl<T> PartialEq for Same<T> {
    fn eq(&self, other: &Self) -> bool {
        std::sync::Arc::ptr_eq(&self.0, &other.0)
    }
}

enum Lines<'a> {
    Borrowed(&'a [Line<'static>]),
    Shared(&'a Rc<[Line<'static>]>),
}

impl Lines<'_> {
    fn slice(&self) -> &[Line<'static>] {
        match self {
            Lines::Borrowed(l) => l,
            Lines::Shared(l) => l,
        }
    }

    fn same_as(&self, remembered: &Rc<[Line<'static>]>) -> bool {
        match self {
            Lines::Shared(l) if Rc::ptr_eq(l, remembered) => true,
            _ => **remembered == *self.slice(),
        }
    }

    fn to_rc(&self) -> Rc<[Line<'static>]> {
        match self {
            Lines::Borrowed(l) => Rc::from(*l),
            Lines::Shared(l) => Rc::clone(l),
        }
    }
}

fn draw(lines: Lines<'_>, scroll: u16, area: Rect, buf: &mut Buffer) {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return;
    }
    MEMO.with(|memo| {
        let Ok(mut memo) = memo.try_borrow_mut() else {
            Paragraph::new(lines.slice().to_vec())
                .scroll((scroll, 0))
                .render(area, buf);
            return;
        };
        let same = |d: &Drawn| {
            d.width == area.width
                && d.height == area.height
                && d.scroll == scroll
                && lines.same_as(&d.lines)
        };
        let now = FRAME.with(Slot::get);
        let here = now.map(|(number, _)| (number, area));
        match memo.iter().position(same).and_then(|at| memo.get_mut(at)) {
            Some(drawn) => {
                let shown = now.is_some_and(|(number, leave)| {
                    leave && drawn.last == Some((number.saturating_sub(1), area))
                });
                if shown {
                    skipped(area, buf);
                } else if let Some(kept) = &drawn.kept {
                    copy(kept, area, buf);
                } else {
                    super::ascii::paragraph(lines.slice(), scroll, area, buf);
                    drawn.kept = Some(keep(area, buf));
                }
                drawn.last = here;
            }
            None => {
                // Drawn straight into the frame (an empty area); its cells are kept from
                // there if it is drawn again (no buffer of the area's size to fill and
                // copy from).
                super::ascii::paragraph(lines.slice(), scroll, area, buf);
                if memo.len() >= SIZE {
                    memo.remove(0);
                }
                memo.push(Drawn {
                    lines: lines.to_rc(),
                    scroll,
                    width: area.width,
                    height: area.height,
                    kept: None,
                    last: here,
                });
            }
        }
    });
}

/// `area` of `buf` left as the terminal shows it: ratatui's diff skips its cells.
fn skipped(area: Rect, buf: &mut Buffer) {
    let width = usize::from(area.width);
    for y in area.top()..area.bottom() {
        let at = buf.index_of(area.x, y);
        if let Some(row) = buf.content.get_mut(at..at + width) {
            for cell in row {
                cell.set_diff_option(CellDiffOption::Skip);
            }
        }
    }
}

/// The cells of `area` in `buf`, each row up to its last cell that is not blank, one row
/// after another; and where each row ends among them.
fn keep(area: Rect, buf: &Buffer) -> Kept {
    let width = usize::from(area.width);
    let mut cells = Vec::new();
    let mut ends = Vec::with_capacity(usize::from(area.height));
    for y in area.top()..area.bottom() {
        let at = buf.index_of(area.x, y);
        if let Some(row) = buf.content.get(at..at + width) {
            let end = row
                .iter()
                .rposition(|c| *c != Cell::EMPTY)
                .map_or(0, |i| i + 1);
            cells.extend_from_slice(&row[..end]);
        }
        ends.push(cells.len());
    }
    Kept { cells, ends }
}

/// The kept cells into `area` of `buf` (an empty area within `buf`'s), a row at a time,
/// each up to its last cell that is not blank.
fn copy(drawn: &Kept, area: Rect, buf: &mut Buffer) {
    let mut from = 0;
    for (y, &end) in (area.top()..area.bottom()).zip(&drawn.ends) {
        let to = buf.index_of(area.x, y);
        if let (Some(row), Some(to)) = (
            drawn.cells.get(from..end),
            buf.content.get_mut(to..to + (end - from)),
        ) {
            to.clone_from_slice(row);
        }
        from = end;
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

    /// The memo draws exactly what the paragraph draws, for each scroll and area, the
    /// first time, the second (when it keeps the cells) and the third (copied from them),
    /// and past its size.
    #[test]
    fn it_draws_what_the_paragraph_draws() {
        let size = Rect::new(0, 0, 30, 12);
        let lines: Vec<Line<'static>> = vec![
            Line::from("plain words that run past the edge of the area"),
            Line::styled("dim", Style::new().dim()),
            Line::default(),
            Line::from(vec!["bold ".bold(), "日本語 🎉 wide".into()]),
        ];
        for round in 0..3 {
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

    /// Shared lines draw what the paragraph draws, found again by their address and also
    /// by their words when they come in a new `Rc`; lines changed in a new `Rc` are drawn
    /// as they are now, not as remembered.
    #[test]
    fn shared_lines_draw_what_the_paragraph_draws() {
        let size = Rect::new(0, 0, 24, 6);
        let first: Rc<[Line<'static>]> = Rc::from(vec![
            Line::from("the guidance, first line"),
            Line::styled("dim", Style::new().dim()),
        ]);
        let again: Rc<[Line<'static>]> = Rc::from(first.to_vec());
        let changed: Rc<[Line<'static>]> = Rc::from(vec![
            Line::from("the guidance, first line"),
            Line::styled("dimmer", Style::new().dim()),
        ]);
        for lines in [&first, &first, &again, &changed, &first] {
            for area in [size, Rect::new(2, 1, 10, 3)] {
                let mut buf = Buffer::empty(size);
                paragraph_shared(lines, 0, area, &mut buf);
                assert_eq!(buf, direct(lines, 0, area, size), "{area:?}");
            }
        }
    }

    /// How many cells of `buf` are left for the diff to skip.
    fn left(buf: &Buffer) -> usize {
        let skip = |c: &&Cell| c.diff_option == CellDiffOption::Skip;
        buf.content.iter().filter(skip).count()
    }

    #[test]
    fn a_frame_leaves_what_the_frame_before_drew_there_and_a_panic_ends_the_frame() {
        let lines = vec![Line::from("left on screen")];
        let size = Rect::new(0, 0, 20, 3);
        let area = Rect::new(2, 1, 16, 1);
        let mut frames = Frames::default();
        let frame = |frames: &mut Frames, covered: bool| {
            let mut buf = Buffer::empty(size);
            frames.draw(size, covered, || paragraph(&lines, 0, area, &mut buf));
            buf
        };
        assert_eq!(left(&frame(&mut frames, false)), 0, "nothing on screen yet");
        assert_eq!(
            left(&frame(&mut frames, false)),
            16,
            "the same place, the frame before"
        );
        assert_eq!(left(&frame(&mut frames, true)), 0, "an overlay over it");
        assert_eq!(
            left(&frame(&mut frames, false)),
            0,
            "the frame before had one"
        );
        assert_eq!(left(&frame(&mut frames, false)), 16);
        // A frame that panics is over: a paragraph drawn afterwards, outside any frame, is
        // copied (it cannot tell what this terminal shows).
        let panicked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            frames.draw(size, false, || std::panic::resume_unwind(Box::new("a bug")))
        }));
        assert!(panicked.is_err());
        let mut outside = Buffer::empty(size);
        paragraph(&lines, 0, area, &mut outside);
        assert_eq!(left(&outside), 0);
        assert_eq!(outside, direct(&lines, 0, area, size));
    }

    /// `Last` makes lines again exactly when the key changes, and shares them otherwise.
    #[test]
    fn last_makes_again_only_for_a_new_key() {
        let last: Last<(usize, &str)> = Last::new();
        let mut made = 0;
        let mut get = |key| {
            last.get(key, |&(n, word): &(usize, &str)| {
                made += 1;
                vec![Line::from(format!("{word} {n}"))]
            })
        };
        let a = get((1, "one"));
        let b = get((1, "one"));
        assert!(Rc::ptr_eq(&a, &b));
        let c = get((2, "one"));
        assert_eq!(c.first(), Some(&Line::from("one 2")));
        let d = get((2, "two"));
        assert_eq!(d.first(), Some(&Line::from("two 2")));
        let e = get((1, "one"));
        assert!(!Rc::ptr_eq(&a, &e), "only the last key is remembered");
        assert_eq!(a, e);
        assert_eq!(made, 4);
    }
}
