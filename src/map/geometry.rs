//! Where a rating sits on a chart: the geometry every drawing of a quadrant chart shares
//! (the Mermaid diagram in the workbook file, the SVG in the HTML export), so a point falls in
//! the same place, in its own value's slot, wherever it is drawn.
//!
//! Pure arithmetic; never panics, whatever the scale or the value.

/// Where a rating sits on a 0..1 axis: the low values (below `high_from`) share the lower
/// half and the high values the upper half, each value in the middle of its own slot, so a
/// point is never on an edge or on the midline and always falls in its quadrant.
pub fn position(value: i64, min: i64, max: i64, high_from: i64) -> f64 {
    if max < min {
        return 0.5;
    }
    // In i128: no scale or answer, however large, can overflow here.
    let (min, max) = (i128::from(min), i128::from(max));
    let v = i128::from(value).clamp(min, max);
    let h = i128::from(high_from).clamp(min, max + 1);
    let (low_slots, high_slots) = ((h - min) as f64, (max + 1 - h) as f64);
    if v < h {
        (v - min) as f64 / low_slots * 0.5 + 0.25 / low_slots
    } else {
        0.5 + (v - h) as f64 / high_slots * 0.5 + 0.25 / high_slots
    }
}

/// The width of `value`'s own slot on a 0..1 axis (as `position` lays the slots out).
pub fn slot_width(value: i64, min: i64, max: i64, high_from: i64) -> f64 {
    if max < min {
        return 1.0;
    }
    let (min, max) = (i128::from(min), i128::from(max));
    let v = i128::from(value).clamp(min, max);
    let h = i128::from(high_from).clamp(min, max + 1);
    let slots = if v < h { h - min } else { max + 1 - h };
    0.5 / slots.max(1) as f64
}

/// Half the width of one value's slot on an axis (for nudging points that coincide).
pub fn half_slot(min: i64, max: i64, high_from: i64) -> f64 {
    if max < min {
        return 0.25;
    }
    let (min, max) = (i128::from(min), i128::from(max));
    let h = i128::from(high_from).clamp(min, max + 1);
    let slots = (h - min).max(max + 1 - h).max(1);
    0.25 / slots as f64
}

/// The colour of the `g`-th group of points: dark enough to print, told apart in
/// greyscale by the table or legend beside the picture, never by colour alone.
pub fn group_colour(g: usize) -> &'static str {
    const COLOURS: [&str; 8] = [
        "#1f4e79", "#b35900", "#2e7d32", "#8b1a1a", "#6a3d9a", "#00838f", "#7a6a00", "#555555",
    ];
    COLOURS[g % COLOURS.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_stay_inside_and_in_their_half() {
        for (min, max, high) in [
            (1, 5, 4),
            (1, 5, 3),
            (0, 3, 2),
            (1, 2, 2),
            (1, 5, 1),
            (1, 5, 9),
        ] {
            for v in min - 2..=max + 2 {
                let p = position(v, min, max, high);
                assert!(p > 0.0 && p < 1.0, "{v} in {min}..{max}: {p}");
                if (min..=max).contains(&v) {
                    assert_eq!(p > 0.5, v >= high, "{v} in {min}..{max} high from {high}");
                }
            }
        }
        assert_eq!(position(1, 1, 5, 4), 1.0 / 12.0);
        assert_eq!(position(5, 1, 5, 4), 0.875);
        assert_eq!(position(3, 5, 1, 3), 0.5);
        for (min, max) in [(i64::MIN, i64::MAX), (5, 1), (i64::MAX, i64::MAX)] {
            for v in [i64::MIN, 0, i64::MAX] {
                let p = position(v, min, max, v);
                assert!((0.0..=1.0).contains(&p), "{v} in {min}..{max}: {p}");
                assert!(half_slot(min, max, v) > 0.0);
            }
        }
    }
}
