//! Drawing the focused text editor: soft-wraps only the lines it shows, keeps the cursor
//! in view, marks it, and returns the view it drew (the loop sends it back to `update` as
//! layout feedback, so Up/Down and the next drawing start from it).
//!
//! The editing itself (keys, undo, paste) stays in `ratatui-textarea`, which runs without
//! wrapping so an edit costs no re-wrap of the whole answer. Never wraps a line it does not
//! need: a keystroke's cost is bounded by the editor's height, not by the answer's length.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::app::editor::{Editor, Top, View};
use crate::text::rows::{Row, TAB, row_of, rows};

/// The first shown row after keeping the cursor (at a row of a line of so many rows) in
/// `height` rows.
fn follow(ed: &Editor, top: Top, cursor: (Top, usize), height: usize, width: usize) -> Top {
    let (cursor, cursor_rows) = cursor;
    // Rows of a line; the cursor's line is wrapped already (and may be the whole answer).
    let count = |l: usize| {
        if l == cursor.line {
            cursor_rows
        } else {
            rows(ed.line(l), width).len()
        }
    };
    let mut top = Top {
        line: top.line.min(ed.line_count().saturating_sub(1)),
        row: top.row,
    };
    if top.row > 0 {
        top.row = top.row.min(count(top.line) - 1);
    }
    if (cursor.line, cursor.row) <= (top.line, top.row) {
        return cursor;
    }
    // Rows from the cursor up to the top, stopping as soon as they no longer fit.
    let mut above = if cursor.line == top.line {
        cursor.row - top.row
    } else {
        cursor.row
    };
    let mut line = cursor.line;
    while line > top.line && above < height {
        line -= 1;
        let n = count(line);
        above += if line == top.line {
            n.saturating_sub(top.row.min(n))
        } else {
            n
        };
    }
    if above < height && line == top.line {
        return top;
    }
    // The cursor went below the bottom: it becomes the last row.
    let mut need = height.saturating_sub(1);
    let mut at = cursor;
    while need > 0 {
        if at.row >= need {
            at.row -= need;
            break;
        }
        need -= at.row;
        if at.line == 0 {
            at.row = 0;
            break;
        }
        at.line -= 1;
        need -= 1;
        at.row = count(at.line).saturating_sub(1);
    }
    at
}

/// The text of one row, with the cursor marked at char `cursor` (if it is on this row).
fn row_line(line: &str, row: Row, cursor: Option<usize>, cursor_style: Style) -> Line<'static> {
    let shown = |s: &str| -> String {
        // Most rows hold no tab and no control character: copied as they are.
        if !s.chars().any(char::is_control) {
            return s.to_string();
        }
        s.chars()
            .flat_map(|c| {
                let (mark, n) = match c {
                    '\t' => (' ', TAB),
                    c if c.is_control() => ('\u{fffd}', 1),
                    c => (c, 1),
                };
                std::iter::repeat_n(mark, n)
            })
            .collect()
    };
    let text = &line[row.start..row.end];
    let Some(col) = cursor else {
        return Line::from(shown(text));
    };
    let at = text
        .char_indices()
        .nth(col - row.start_col)
        .map_or(text.len(), |(i, _)| i);
    let next = text[at..].chars().next().map_or(at, |c| at + c.len_utf8());
    let under = if at == next {
        " ".to_string()
    } else {
        shown(&text[at..next])
    };
    Line::from(vec![
        Span::raw(shown(&text[..at])),
        Span::styled(under, cursor_style),
        Span::raw(shown(&text[next..])),
    ])
}

/// The cursor: the character it is on, reversed.
pub fn cursor_style() -> Style {
    Style::default().add_modifier(Modifier::REVERSED)
}

/// What an empty editor says: dimmed.
pub fn placeholder_style() -> Style {
    Style::default().add_modifier(Modifier::DIM)
}

/// Draws the editor into `area`, scrolled so the cursor shows (an empty one shows
/// `placeholder`), and returns the view drawn (unchanged when there is no room to draw).
pub fn render(ed: &Editor, placeholder: &str, area: Rect, buf: &mut Buffer) -> View {
    let (width, height) = (usize::from(area.width), usize::from(area.height));
    let mut view = ed.view;
    if width == 0 || height == 0 {
        return view;
    }
    if view.width != width {
        view.top.row = 0;
        view.width = width;
    }
    if ed.is_empty() {
        let spans = vec![
            Span::styled(" ", cursor_style()),
            Span::styled(placeholder.to_string(), placeholder_style()),
        ];
        Paragraph::new(Line::from(spans)).render(area, buf);
        view.top = Top::default();
        return view;
    }
    let (cl, cc) = ed.cursor();
    let cursor_rows = rows(ed.line(cl), width);
    let cursor = Top {
        line: cl,
        row: row_of(&cursor_rows, cc),
    };
    view.top = follow(ed, view.top, (cursor, cursor_rows.len()), height, width);

    let mut out = Vec::with_capacity(height);
    let mut line = view.top.line;
    let mut skip = view.top.row;
    while out.len() < height && line < ed.line_count() {
        let text = ed.line(line);
        let wrapped = if line == cl {
            cursor_rows.clone()
        } else {
            rows(text, width)
        };
        for (i, row) in wrapped.into_iter().enumerate().skip(skip) {
            if out.len() == height {
                break;
            }
            let here = (line == cl && i == cursor.row).then_some(cc);
            out.push(row_line(text, row, here, cursor_style()));
        }
        skip = 0;
        line += 1;
    }
    draw_rows(&out, area, buf);
    view
}

/// Draws `rows` into `area` as `Paragraph::new(rows).render(area, buf)` draws them on an
/// empty area (unstyled paragraph, no wrapping, no scrolling), without the paragraph's
/// two passes over every cell of the area to apply its (empty) style.
fn draw_rows(rows: &[Line<'_>], area: Rect, buf: &mut Buffer) {
    super::ascii::paragraph(rows, 0, area.intersection(buf.area), buf);
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn row() -> impl Strategy<Value = Line<'static>> {
        let piece = prop::sample::select(vec![
            "a",
            "word ",
            "日本",
            "🎉",
            "e\u{301}",
            "\u{200b}",
            "👩\u{200d}💻",
            "❤\u{fe0f}",
            "\u{fffd}",
            "  ",
            "x",
            "\t",
            "\r\n",
            "b\u{7}c",
        ]);
        let span = (prop::collection::vec(piece, 0..8), any::<bool>()).prop_map(|(p, rev)| {
            let text = p.concat();
            if rev {
                Span::styled(text, cursor_style())
            } else {
                Span::raw(text)
            }
        });
        let line = (prop::collection::vec(span, 0..4), any::<bool>());
        line.prop_map(|(spans, dim)| {
            let line = Line::from(spans);
            if dim {
                line.style(placeholder_style())
            } else {
                line
            }
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        /// The rows drawn directly are the cells the paragraph draws, for any text, width
        /// and place.
        #[test]
        fn rows_draw_as_the_paragraph_draws(
            rows in prop::collection::vec(row(), 0..6),
            (x, y, w, h) in (0u16..4, 0u16..3, 0u16..30, 0u16..8),
        ) {
            let size = Rect::new(0, 0, 24, 6);
            let area = Rect::new(x, y, w, h);
            let mut ours = Buffer::empty(size);
            draw_rows(&rows, area, &mut ours);
            let mut theirs = Buffer::empty(size);
            Paragraph::new(rows.clone()).render(area.intersection(size), &mut theirs);
            prop_assert_eq!(ours, theirs);
        }
    }
}
