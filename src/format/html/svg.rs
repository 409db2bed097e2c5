//! What the three SVG pictures share: how wide a text will be, wrapping it to a width,
//! writing it as `<text>` lines, numbers for coordinates, and boxes that must not overlap.
//!
//! Pure. Widths are estimates made on the wide side (no font is measured), so a label drawn
//! in the width it was wrapped to fits in any common sans-serif font.

use std::fmt::Write as _;

use unicode_width::UnicodeWidthChar;

use super::escape::{esc, one_line};

/// The estimated width of `s` in pixels at font size `size`: 0.6 of the size a narrow
/// character, 1.1 a wide one (CJK, emoji), a little for combining marks.
pub fn width(s: &str, size: f64) -> f64 {
    s.chars()
        .map(|c| match c.width() {
            Some(2) => 1.1,
            Some(0) | None => 0.1,
            _ if c.is_ascii_uppercase() || matches!(c, 'm' | 'w' | 'M' | 'W' | '@') => 0.72,
            _ => 0.6,
        })
        .sum::<f64>()
        * size
}

/// `s` on at most `max_lines` lines no wider than `max_px`, broken between words (a word too
/// long for a line is broken inside); what does not fit ends in "…". Never empty.
pub fn wrap(s: &str, max_px: f64, size: f64, max_lines: usize) -> Vec<String> {
    let text = one_line(s);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let joined = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if width(&joined, size) <= max_px {
            line = joined;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        // The word alone: break it where it must.
        for c in word.chars() {
            let mut next = line.clone();
            next.push(c);
            if width(&next, size) > max_px && !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                line.push(c);
            } else {
                line = next;
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    if lines.len() > max_lines.max(1) {
        lines.truncate(max_lines.max(1));
        if let Some(last) = lines.last_mut() {
            while !last.is_empty() && width(&format!("{last}…"), size) > max_px {
                last.pop();
            }
            *last = format!("{}…", last.trim_end());
        }
    }
    lines
}

/// A number for a coordinate: at most one decimal, no trailing ".0".
pub fn n(v: f64) -> String {
    let r = (v * 10.0).round() / 10.0;
    if r.fract() == 0.0 {
        format!("{}", r as i64)
    } else {
        format!("{r:.1}")
    }
}

/// Lines of text centred on (or starting at, or ending at) `x`, the first line's middle at
/// `y`, `step` pixels apart. `anchor`: "start", "middle" or "end".
pub fn text(
    out: &mut String,
    (x, y): (f64, f64),
    anchor: &str,
    class: &str,
    lines: &[String],
    step: f64,
) {
    let _ = write!(
        out,
        "<text x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\" class=\"{class}\">",
        n(x),
        n(y)
    );
    for (i, line) in lines.iter().enumerate() {
        let dy = if i == 0 { 0.0 } else { step };
        let _ = write!(
            out,
            "<tspan x=\"{}\" dy=\"{}\" dominant-baseline=\"central\">{}</tspan>",
            n(x),
            n(dy),
            esc(line)
        );
    }
    out.push_str("</text>");
}

/// An axis-aligned box: left, top, width, height.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    pub fn centred(cx: f64, cy: f64, w: f64, h: f64) -> Rect {
        Rect {
            x: cx - w / 2.0,
            y: cy - h / 2.0,
            w,
            h,
        }
    }

    /// True when the two boxes, each grown by `gap` on every side, overlap.
    pub fn overlaps(&self, o: &Rect, gap: f64) -> bool {
        self.x - gap < o.x + o.w + gap
            && o.x - gap < self.x + self.w + gap
            && self.y - gap < o.y + o.h + gap
            && o.y - gap < self.y + self.h + gap
    }
}

/// The opening `<svg>` tag with its view box, title (for screen readers) and class.
pub fn open(out: &mut String, class: &str, (w, h): (f64, f64), title: &str) {
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"{class}\" viewBox=\"0 0 {} {}\" \
         width=\"{}\" height=\"{}\" role=\"img\"><title>{}</title>",
        n(w),
        n(h),
        n(w),
        n(h),
        esc(&one_line(title))
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_every_line_in_its_width() {
        let lines = wrap(
            "Lived experience and professional boundaries",
            100.0,
            12.0,
            3,
        );
        assert!(lines.len() > 1 && lines.len() <= 3, "{lines:?}");
        assert!(lines.iter().all(|l| width(l, 12.0) <= 100.0), "{lines:?}");
        let long = wrap(&"word ".repeat(40), 100.0, 12.0, 2);
        assert_eq!(long.len(), 2);
        assert!(long[1].ends_with('…'));
        assert!(long.iter().all(|l| width(l, 12.0) <= 100.0), "{long:?}");
        let unbroken = wrap(&"x".repeat(60), 50.0, 10.0, 9);
        assert!(
            unbroken.iter().all(|l| width(l, 10.0) <= 50.0),
            "{unbroken:?}"
        );
        assert_eq!(wrap("  ", 50.0, 10.0, 2), vec![String::new()]);
        assert_eq!(n(2.0), "2");
        assert_eq!(n(2.25), "2.3");
    }

    #[test]
    fn boxes_overlap_only_when_they_touch() {
        let a = Rect::centred(0.0, 0.0, 10.0, 10.0);
        assert!(a.overlaps(&Rect::centred(9.0, 0.0, 10.0, 10.0), 0.0));
        assert!(!a.overlaps(&Rect::centred(11.0, 0.0, 10.0, 10.0), 0.0));
        assert!(a.overlaps(&Rect::centred(11.0, 0.0, 10.0, 10.0), 1.0));
    }
}
