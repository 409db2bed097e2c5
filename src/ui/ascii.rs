//! Lines drawn as a left-aligned, unwrapped `Paragraph` draws them, those of plain printable
//! ASCII cell by cell, without its grapheme segmentation and width look-ups (each ASCII
//! character is one grapheme one cell wide). Most of a screen is such text; any other line
//! (another character, an alignment) is drawn by a paragraph of its own, on its row (an
//! unwrapped paragraph draws each line on its own row, independently of the others).
//!
//! Pure; `tests` check it against the paragraph cell for cell.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

/// Draws `lines` scrolled down by `scroll` into `area` of `buf` exactly as
/// `Paragraph::new(lines).scroll((scroll, 0))` draws them.
pub fn paragraph(lines: &[Line<'_>], scroll: u16, area: Rect, buf: &mut Buffer) {
    let shown = lines
        .iter()
        .skip(usize::from(scroll))
        .take(usize::from(area.height));
    for (y, line) in (area.y..).zip(shown) {
        if !plain(line) {
            let row = Rect {
                y,
                height: 1,
                ..area
            };
            Paragraph::new(line.clone()).render(row, buf);
            continue;
        }
        let line_style = Style::default().patch(line.style);
        let mut x = area.x;
        let mut symbol = [0u8; 1];
        'spans: for span in &line.spans {
            let style = line_style.patch(span.style);
            for b in span.content.bytes() {
                if x >= area.right() {
                    break 'spans;
                }
                symbol[0] = b;
                let symbol = std::str::from_utf8(&symbol).unwrap_or(" ");
                buf[(x, y)].set_symbol(symbol).set_style(style);
                x += 1;
            }
        }
    }
}

/// A left-aligned line of printable ASCII only.
fn plain(line: &Line<'_>) -> bool {
    matches!(line.alignment, None | Some(Alignment::Left))
        && line
            .spans
            .iter()
            .all(|s| s.content.bytes().all(|b| (b' '..=b'~').contains(&b)))
}

#[cfg(test)]
mod tests {
    use ratatui::style::{Color, Modifier, Stylize};
    use ratatui::text::Span;

    use super::*;

    fn lines() -> Vec<Line<'static>> {
        vec![
            Line::from("plain words that run well past the edge of the area, and on"),
            Line::styled("dim line", Style::new().dim()),
            Line::default(),
            Line::from(vec![
                "bold ".bold(),
                Span::styled("red on blue", Style::new().fg(Color::Red).bg(Color::Blue)),
                " then ".into(),
                "not bold".not_bold(),
            ])
            .style(Style::new().add_modifier(Modifier::BOLD | Modifier::ITALIC)),
            Line::from("   spaces ~ and `punctuation` {|} at the end   "),
            Line::from(vec![Span::raw(""), Span::raw("x")]),
            Line::from("✓ café, 日本語 🎉 and a tab\there, cut at the edge of the area"),
            Line::from("right").right_aligned(),
            Line::from("centred").centered().bold(),
        ]
    }

    #[test]
    fn it_draws_what_the_paragraph_draws() {
        let lines = lines();
        for scroll in [0, 1, 3, 9] {
            for area in [
                Rect::new(0, 0, 30, 12),
                Rect::new(3, 2, 10, 3),
                Rect::new(2, 1, 80, 5),
            ] {
                let size = Rect::new(0, 0, 90, 14);
                let mut ours = Buffer::empty(size);
                let mut theirs = Buffer::empty(size);
                paragraph(&lines, scroll, area, &mut ours);
                Paragraph::new(lines.clone())
                    .scroll((scroll, 0))
                    .render(area, &mut theirs);
                assert_eq!(ours, theirs, "{scroll} {area:?}");
            }
        }
    }
}
