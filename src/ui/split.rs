//! A row split in two, worked out without the layout's constraint solver: the rest of the
//! row, then a fixed width at its right (with a gap between). The solver's answer is the
//! same whenever the fixed width and the gap fit; a first frame then never builds a solver
//! (its set-up costs more than drawing a line of text).

use ratatui::layout::{Constraint, Layout, Rect};

/// `Layout::horizontal([Fill(1), Length(length)]).spacing(gap).areas(area)`.
pub fn rest_and_right(area: Rect, length: u16, gap: u16) -> [Rect; 2] {
    if area.width < length.saturating_add(gap) {
        return Layout::horizontal([Constraint::Fill(1), Constraint::Length(length)])
            .spacing(gap)
            .areas(area);
    }
    let rest = area.width - length - gap;
    [
        Rect {
            width: rest,
            ..area
        },
        Rect {
            x: area.x + rest + gap,
            width: length,
            ..area
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_solver_would_give_the_same() {
        for width in 0..140 {
            for (length, gap) in [(8, 0), (14, 2), (30, 2), (0, 0), (3, 5)] {
                let area = Rect::new(3, 2, width, 1);
                let solver = Layout::horizontal([Constraint::Fill(1), Constraint::Length(length)])
                    .spacing(gap)
                    .areas(area);
                assert_eq!(
                    rest_and_right(area, length, gap),
                    solver,
                    "{width} {length} {gap}"
                );
            }
        }
    }
}
