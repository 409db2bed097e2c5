//! The map's pictures as Mermaid diagrams: `flowchart LR` for a network, `quadrantChart` for
//! a 2×2 chart, `xychart-beta horizontal` for bars. Each is one fenced ```` ```mermaid ```` block.
//!
//! Never lets participant or pack text change a diagram's structure or end its fence:
//! flowchart labels are quoted with every risky character as a Mermaid entity code, and
//! quadrant and bar texts are reduced to letters, digits, spaces and a few safe marks (the
//! table beside each diagram carries the exact words). No line here starts with `<!--`.

use std::fmt::Write as _;

use crate::map::geometry::{group_colour, half_slot, position};
use crate::map::{Bars, ChartAxis, Network, QuadrantChart};

/// The fence around every diagram. Nothing inside holds a backtick.
const FENCE: &str = "```";
/// The longest text kept in a quadrant or bar label (in characters) before "…".
const PLAIN_MAX: usize = 40;

/// A flowchart label: the text in double quotes (`flow_text_into`).
pub fn flow_label(s: &str, fallback: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    flow_text_into(&mut out, s, fallback);
    out.push('"');
    out
}

/// Flowchart label text, with `"`, `#`, `<`, `>`, `&`, `` ` ``, `|`, `%`, `[`, `]`, `{`, `}`,
/// `\`, `;` and `:` as `#N;` codes (`:` because Mermaid rewrites any line matching
/// `style…:…#…;` before parsing); line breaks and control characters become spaces.
/// `fallback` stands in for a blank text (Mermaid rejects `""`).
fn flow_text_into(out: &mut String, s: &str, fallback: &str) {
    let blank = |c: char| c.is_control() || matches!(c, '\u{2028}' | '\u{2029}');
    let trimmed = s.trim_matches(|c: char| c.is_whitespace() || blank(c));
    let text = if trimmed.is_empty() {
        fallback
    } else {
        trimmed
    };
    for c in text.chars() {
        match c {
            '"' | '#' | '<' | '>' | '&' | '`' | '|' | '%' | '[' | ']' | '{' | '}' | '\\' | ';'
            | ':' => {
                let _ = write!(out, "#{};", u32::from(c));
            }
            c if blank(c) => out.push(' '),
            c => out.push(c),
        }
    }
}

/// A quadrant or bar label: in double quotes, only letters, digits, spaces, `.,'()/&+?!-` and
/// non-ASCII characters other than controls and spaces kept (so `↔`, `–` and emoji stay;
/// anything else becomes a space), spaces collapsed, at most `PLAIN_MAX` characters.
/// `fallback` stands in when nothing is left.
pub fn plain_label(s: &str, fallback: &str) -> String {
    let kept: String = s
        .chars()
        .map(|c| {
            let other_script = !c.is_ascii() && !c.is_control() && !c.is_whitespace();
            if c.is_alphanumeric() || other_script || " .,'()/&+?!-".contains(c) {
                c
            } else {
                ' '
            }
        })
        .collect();
    let words: Vec<&str> = kept.split_whitespace().collect();
    let mut text = words.join(" ");
    if text.is_empty() {
        text = fallback.to_string();
    }
    if text.chars().count() > PLAIN_MAX {
        text = text.chars().take(PLAIN_MAX - 1).collect::<String>();
        text = text.trim_end().to_string();
        text.push('…');
    }
    format!("\"{text}\"")
}

/// A flowchart of the practices (each with its group, if any, in small type under its name:
/// subgraphs per group were tried and drew tangled links) and their links.
pub fn network(out: &mut String, n: &Network) {
    let _ = writeln!(out, "{FENCE}mermaid\nflowchart LR");
    for (i, node) in n.nodes.iter().enumerate() {
        let _ = write!(out, "  n{}[\"", i + 1);
        flow_text_into(out, &node.label, "(unnamed)");
        if let Some(group) = node.group.and_then(|g| n.groups.get(g)) {
            out.push_str("<br><small>");
            flow_text_into(out, group, "(a group without a name)");
            out.push_str("</small>");
        }
        out.push_str("\"]\n");
    }
    for e in n
        .edges
        .iter()
        .filter(|e| e.from < n.nodes.len() && e.to < n.nodes.len())
    {
        let dashed = n.edge_kinds.get(e.kind).is_some_and(|k| k.dashed);
        let hot = e.heat.as_ref().is_some_and(|h| h.is_high());
        let link = match (dashed, hot) {
            (true, _) => "-.-",
            (false, true) => "===",
            (false, false) => "---",
        };
        let mut label = e.label.clone().unwrap_or_default();
        if let Some(h) = &e.heat {
            let heat = format!("{}{}/{}", if hot { "hot " } else { "" }, h.value, h.max);
            label = if label.trim().is_empty() {
                heat
            } else {
                format!("{} ({heat})", label.trim())
            };
        }
        if label.trim().is_empty() {
            let _ = writeln!(out, "  n{} {link} n{}", e.from + 1, e.to + 1);
        } else {
            let _ = writeln!(
                out,
                "  n{} {link}|{}| n{}",
                e.from + 1,
                flow_label(&label, "?"),
                e.to + 1
            );
        }
    }
    let _ = writeln!(out, "{FENCE}");
}

fn axis_line(out: &mut String, name: &str, a: &ChartAxis) {
    let end = |words: &str, n: i64| {
        let words = if words.trim().is_empty() {
            n.to_string()
        } else {
            words.to_string()
        };
        plain_label(&format!("{} ({words})", a.label), &n.to_string())
    };
    let _ = writeln!(
        out,
        "  {name} {} --> {}",
        end(&a.low, a.min),
        end(&a.high, a.max)
    );
}

/// A quadrant chart, 700 pixels square (Mermaid's default 500 cuts axis texts of a few words
/// and crowds the point labels). Mermaid writes each point's label under it with no care for
/// its neighbours, so when any two labels would run into each other (`labels_collide`) every
/// point is labelled by its number instead, and the table under the chart gives each number
/// its name.
pub fn quadrant(out: &mut String, q: &QuadrantChart) {
    let _ = writeln!(
        out,
        "{FENCE}mermaid\n---\nconfig:\n  quadrantChart:\n    chartWidth: 700\n    \
         chartHeight: 700\n---\nquadrantChart"
    );
    axis_line(out, "x-axis", &q.x);
    axis_line(out, "y-axis", &q.y);
    for (i, label) in q.quadrants.iter().enumerate() {
        let _ = writeln!(
            out,
            "  quadrant-{} {}",
            i + 1,
            plain_label(label, &format!("Quadrant {}", i + 1))
        );
    }
    let spots = spots(q);
    let labels: Vec<String> = q
        .points
        .iter()
        .enumerate()
        .map(|(i, p)| plain_label(&p.label, &format!("Point {}", i + 1)))
        .collect();
    let numbered = labels_collide(&spots, &labels);
    for (i, ((x, y), label)) in spots.iter().zip(&labels).enumerate() {
        let shown = if numbered {
            format!("\"{}\"", i + 1)
        } else {
            label.clone()
        };
        // A grouped point is drawn in its group's colour (the table names the group).
        let class = q.points[i]
            .group
            .filter(|g| *g < q.groups.len())
            .map_or_else(String::new, |g| format!(":::g{}", g + 1));
        let _ = writeln!(out, "  {shown}{class}: [{x:.3}, {y:.3}]");
    }
    for g in 0..q.groups.len() {
        let _ = writeln!(
            out,
            "  classDef g{} color: {}, radius: 6",
            g + 1,
            group_colour(g)
        );
    }
    let _ = writeln!(out, "{FENCE}");
}

/// Where each point goes on the 0..1 square: in its values' slot, and points on the same
/// values spread around the spot by the golden angle, inside their slot.
fn spots(q: &QuadrantChart) -> Vec<(f64, f64)> {
    let nudge =
        half_slot(q.x.min, q.x.max, q.x.high_from).min(half_slot(q.y.min, q.y.max, q.y.high_from))
            * 0.8;
    let mut placed: Vec<(i64, i64)> = Vec::with_capacity(q.points.len());
    q.points
        .iter()
        .map(|p| {
            let x = position(p.x, q.x.min, q.x.max, q.x.high_from);
            let y = position(p.y, q.y.min, q.y.max, q.y.high_from);
            let same = placed.iter().filter(|&&v| v == (p.x, p.y)).count();
            placed.push((p.x, p.y));
            let (dx, dy) = match same {
                0 => (0.0, 0.0),
                k => {
                    let angle = k as f64 * 2.4;
                    (nudge * angle.cos(), nudge * angle.sin())
                }
            };
            ((x + dx).clamp(0.01, 0.99), (y + dy).clamp(0.01, 0.99))
        })
        .collect()
}

/// Whether two point labels, as Mermaid draws them (12-pixel text centred under the point on
/// a plot about 600 pixels square), would overlap, estimating each character as wide as
/// 0.62 of the font size.
fn labels_collide(spots: &[(f64, f64)], labels: &[String]) -> bool {
    const PLOT: f64 = 600.0;
    let boxes: Vec<(f64, f64, f64, f64)> = spots
        .iter()
        .zip(labels)
        .map(|((x, y), l)| {
            let w = l.chars().count().saturating_sub(2) as f64 * 12.0 * 0.62;
            let (cx, top) = (x * PLOT, (1.0 - y) * PLOT + 7.0);
            (cx - w / 2.0, top, cx + w / 2.0, top + 15.0)
        })
        .collect();
    boxes.iter().enumerate().any(|(i, a)| {
        boxes[i + 1..]
            .iter()
            .any(|b| a.0 < b.2 + 3.0 && b.0 < a.2 + 3.0 && a.1 < b.3 && b.1 < a.3)
    })
}

/// A bar chart of the rated bars, drawn horizontally so that each row's name reads on one line
/// at the left (standing bars crowded their names into each other), 45 pixels a bar, in a dark
/// colour that prints in greyscale. The value axis starts one step below the scale's `min`, so
/// every rating is a bar one step or more long (the lowest too), and each bar carries its value;
/// the axis's own numbers are hidden, because Mermaid ticks a short scale in half steps. The
/// axis title names the scale's ends; the table under the chart has every value in words.
pub fn bars(out: &mut String, b: &Bars) {
    let rated: Vec<(String, i64)> = b
        .bars
        .iter()
        .enumerate()
        .filter_map(|(i, bar)| {
            let v = bar.value?.clamp(b.min, b.max.max(b.min));
            Some((plain_label(&bar.label, &format!("Row {}", i + 1)), v))
        })
        .collect();
    let names: Vec<&str> = rated.iter().map(|(n, _)| n.as_str()).collect();
    let values: Vec<String> = rated.iter().map(|(_, v)| v.to_string()).collect();
    let height = (80 + 45 * rated.len()).max(200);
    let _ = writeln!(
        out,
        "{FENCE}mermaid\n---\nconfig:\n  themeVariables:\n    xyChart:\n      \
         plotColorPalette: \"{BAR_COLOUR}\"\n      dataLabelColor: \"#ffffff\"\n  xyChart:\n    width: 700\n    height: {height}\n    \
         showDataLabel: true\n    yAxis:\n      showLabel: false\n      showTick: false\n---\n\
         xychart-beta horizontal"
    );
    let _ = writeln!(out, "  x-axis [{}]", names.join(", "));
    let (low, high) = if b.levels.is_empty() {
        (b.low.trim(), b.high.trim())
    } else {
        (
            b.levels.first().map_or("", |l| l.trim()),
            b.levels.last().map_or("", |l| l.trim()),
        )
    };
    let numbers = format!("{} ({} to {})", b.measure.trim(), b.min, b.max);
    let words = format!("{} ({} {low} to {} {high})", b.measure.trim(), b.min, b.max);
    let title = if low.is_empty() || high.is_empty() || words.chars().count() > PLAIN_MAX {
        numbers
    } else {
        words
    };
    let _ = writeln!(
        out,
        "  y-axis {} {} --> {}",
        plain_label(&title, "Value"),
        b.min.saturating_sub(1),
        b.max.max(b.min)
    );
    let _ = writeln!(out, "  bar [{}]", values.join(", "));
    let _ = writeln!(out, "{FENCE}");
}

/// The bars' colour: dark enough to print in greyscale (Mermaid's default is a pale tint).
const BAR_COLOUR: &str = "#1f4e79";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flow_labels_hold_no_structure() {
        let l = flow_label("a \"b\" [c] -->|x| `d` #e; <!-- f\ng", "?");
        assert_eq!(flow_label(" \n\u{7} ", "(unnamed)"), "\"(unnamed)\"");
        // Mermaid strips the last `;` of a line matching `style.*:\S*#.*;` before parsing.
        assert_eq!(
            flow_label("style x fill:#f00", "?"),
            "\"style x fill#58;#35;f00\""
        );
        assert_eq!(
            l,
            "\"a #34;b#34; #91;c#93; --#62;#124;x#124; #96;d#96; #35;e#59; #60;!-- f g\""
        );
        assert!(!l[1..l.len() - 1].contains(['"', '[', ']', '`', '|', '<', '>', '\n']));
    }

    #[test]
    fn plain_labels_are_reduced_and_short() {
        assert_eq!(plain_label("GP \"fed\": [x]", "P"), "\"GP fed x\"");
        assert_eq!(plain_label("<!-- `` -->", "P"), "\"!-- --\"");
        assert_eq!(plain_label("<>[]{}\"#%\n", "Point 3"), "\"Point 3\"");
        assert_eq!(plain_label("Médecins 日本語", "P"), "\"Médecins 日本語\"");
        assert_eq!(plain_label("A ↔ B\u{2028}👩‍⚕️", "P"), "\"A ↔ B 👩‍⚕️\"");
        let long = plain_label(&"word ".repeat(20), "P");
        assert_eq!(long.chars().count(), PLAIN_MAX + 2);
        assert!(long.ends_with("…\""));
    }
}
