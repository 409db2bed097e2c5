//! Lines drawn as a left-aligned, unwrapped `Paragraph` draws them on an empty area, without
//! the paragraph's passes over every cell of the area: a left-aligned line cell by cell
//! (`row`), its ASCII spans without grapheme segmentation or width look-ups (each printable
//! ASCII character is one grapheme one cell wide), any other span grapheme by grapheme; a
//! line with another alignment by a paragraph of its own, on its row (an unwrapped
//! paragraph draws each line on its own row, independently of the others). Both the memo's
//! paragraphs and the answer editor's rows are drawn here.
//!
//! Pure; `tests` here and the editor's property test check it against the paragraph cell
//! for cell.

use ratatui::buffer::{Buffer, CellWidth};
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, StyledGrapheme};
use ratatui::widgets::{Paragraph, Widget};

/// Draws `lines` scrolled down by `scroll` into `area` of `buf` exactly as
/// `Paragraph::new(lines).scroll((scroll, 0))` draws them on an empty area.
pub fn paragraph(lines: &[Line<'_>], scroll: u16, area: Rect, buf: &mut Buffer) {
    let shown = lines
        .iter()
        .skip(usize::from(scroll))
        .take(usize::from(area.height));
    for (y, line) in (area.y..).zip(shown) {
        if matches!(line.alignment, None | Some(Alignment::Left)) {
            row(line, area.x, y, area.width, buf);
        } else {
            let row = Rect {
                y,
                height: 1,
                ..area
            };
            Paragraph::new(line.clone()).render(row, buf);
        }
    }
}

/// One left-aligned line on row `y` from column `x`, at most `max` cells of it, as an
/// unwrapped paragraph draws it.
fn row(line: &Line<'_>, x: u16, y: u16, max: u16, buf: &mut Buffer) {
    let mut used: u16 = 0;
    for span in &line.spans {
        let text: &str = &span.content;
        if text.is_ascii() {
            // Each character its own grapheme, one column wide (controls left out, as
            // `styled_graphemes` leaves them): no grapheme segmentation needed.
            let style = Style::default().patch(line.style).patch(span.style);
            for (i, b) in text.bytes().enumerate() {
                if b.is_ascii_control() {
                    continue;
                }
                if used + 1 > max {
                    return;
                }
                buf[(x + used, y)].set_symbol(&text[i..=i]).set_style(style);
                used += 1;
            }
            continue;
        }
        let base = Style::default().patch(line.style);
        for StyledGrapheme { symbol, style } in span.styled_graphemes(base) {
            let width = symbol.cell_width();
            if width > max {
                continue;
            }
            if used + width > max {
                return;
            }
            if width > 0 {
                let symbol = if symbol.is_empty() { " " } else { symbol };
                buf[(x + used, y)].set_symbol(symbol).set_style(style);
            }
            used += width;
        }
    }
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
