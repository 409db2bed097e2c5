//! The network's key, under the picture: each group's symbol and how many practices have it,
//! the line styles (boundaries, links not made yet, hot boundaries), and every numbered line
//! in words with its two ends, kind, label and heat; and the symbols themselves.
//!
//! Pure; every word escaped. The key says in words what the picture shows by shape.

use std::fmt::Write as _;

use crate::map::{Edge, Network};

use super::escape::{esc, esc_line};
use super::network::{HOT, LINK, PLAIN, is_hot};
use super::svg::n;

/// A group's symbol centred at `c`: circle, square, triangle, diamond, down triangle, plus,
/// hexagon, bar; no group: a hollow circle.
pub(super) fn symbol(out: &mut String, group: Option<usize>, (x, y): (f64, f64), s: f64) {
    let Some(g) = group else {
        let _ = write!(
            out,
            "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"none\" stroke=\"#222\" stroke-width=\"1.3\"/>",
            n(x),
            n(y),
            n(s * 0.85)
        );
        return;
    };
    let p = |pts: &[(f64, f64)]| {
        let d: Vec<String> = pts
            .iter()
            .map(|(a, b)| format!("{},{}", n(x + a * s), n(y + b * s)))
            .collect();
        format!("<polygon points=\"{}\" fill=\"#222\"/>", d.join(" "))
    };
    let shape = match g % 8 {
        0 => format!(
            "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"#222\"/>",
            n(x),
            n(y),
            n(s * 0.9)
        ),
        1 => p(&[(-0.85, -0.85), (0.85, -0.85), (0.85, 0.85), (-0.85, 0.85)]),
        2 => p(&[(0.0, -1.0), (1.0, 0.85), (-1.0, 0.85)]),
        3 => p(&[(0.0, -1.1), (1.0, 0.0), (0.0, 1.1), (-1.0, 0.0)]),
        4 => p(&[(-1.0, -0.85), (1.0, -0.85), (0.0, 1.0)]),
        5 => p(&[
            (-0.3, -1.0),
            (0.3, -1.0),
            (0.3, -0.3),
            (1.0, -0.3),
            (1.0, 0.3),
            (0.3, 0.3),
            (0.3, 1.0),
            (-0.3, 1.0),
            (-0.3, 0.3),
            (-1.0, 0.3),
            (-1.0, -0.3),
            (-0.3, -0.3),
        ]),
        6 => p(&[
            (-0.5, -0.9),
            (0.5, -0.9),
            (1.0, 0.0),
            (0.5, 0.9),
            (-0.5, 0.9),
            (-1.0, 0.0),
        ]),
        _ => p(&[(-1.0, -0.4), (1.0, -0.4), (1.0, 0.4), (-1.0, 0.4)]),
    };
    out.push_str(&shape);
}

/// A small inline SVG for the legend.
fn sample(out: &mut String, inner: &str) {
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 30 12\" width=\"30\" height=\"12\" aria-hidden=\"true\">{inner}</svg> "
    );
}

/// The legend: the groups' symbols, the line styles, and every numbered line in words.
pub(super) fn legend(out: &mut String, net: &Network, edges: &[&Edge]) {
    out.push_str("<div class=\"legend\">\n<ul class=\"groups\">");
    let mut groups: Vec<(Option<usize>, &str, usize)> = net
        .groups
        .iter()
        .enumerate()
        .map(|(g, label)| (Some(g), label.as_str(), 0))
        .collect();
    groups.push((None, "No type given", 0));
    for node in &net.nodes {
        let g = node
            .group
            .filter(|&g| g < net.groups.len())
            .unwrap_or(net.groups.len());
        if let Some(entry) = groups.get_mut(g) {
            entry.2 += 1;
        }
    }
    for (g, label, count) in groups.into_iter().filter(|g| g.2 > 0) {
        out.push_str("<li>");
        let mut s = String::new();
        symbol(&mut s, g, (15.0, 6.0), 4.6);
        sample(out, &s);
        let _ = write!(out, "{} ({count})</li>", esc_line(label));
    }
    out.push_str("</ul>\n<ul class=\"lines\">");
    let kinds = |dashed: bool| {
        net.edge_kinds
            .iter()
            .filter(|k| k.dashed == dashed)
            .map(|k| esc_line(&k.label))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let line = |colour: &str, width: f64, dash: &str| {
        format!(
            "<line x1=\"1\" y1=\"6\" x2=\"29\" y2=\"6\" stroke=\"{colour}\" stroke-width=\"{width}\"{dash}/>"
        )
    };
    for (dashed, l) in [
        (false, line(PLAIN, 1.9, "")),
        (true, line(LINK, 2.0, " stroke-dasharray=\"7 5\"")),
    ] {
        let words = kinds(dashed);
        if !words.is_empty() {
            out.push_str("<li>");
            sample(out, &l);
            let _ = write!(out, "{words}</li>");
        }
    }
    if let Some(h) = edges
        .iter()
        .find_map(|e| e.heat.as_ref().filter(|h| h.is_high()))
    {
        out.push_str("<li>");
        sample(out, &line(HOT, 4.2, ""));
        let _ = write!(
            out,
            "hot: rated {} or more of {}–{} (numbered in a filled badge)</li>",
            h.high_from, h.min, h.max
        );
    }
    out.push_str("</ul>\n<ol class=\"edges\">");
    for (i, e) in edges.iter().enumerate() {
        let name = |k: usize| {
            net.nodes
                .get(k)
                .map_or(String::new(), |nd| esc_line(&nd.label))
        };
        let hot = is_hot(e);
        let _ = write!(
            out,
            "<li><span class=\"num{}\">{}</span>{} — {}",
            if hot { " hot" } else { "" },
            i + 1,
            name(e.from),
            name(e.to)
        );
        let mut about = Vec::new();
        if let Some(k) = net
            .edge_kinds
            .get(e.kind)
            .filter(|k| !k.label.trim().is_empty())
        {
            about.push(esc_line(&k.label));
        }
        if let Some(l) = e.label.as_deref().filter(|l| !l.trim().is_empty()) {
            about.push(esc(&super::escape::one_line(l)));
        }
        if let Some(h) = &e.heat {
            about.push(format!(
                "{} of {}–{}{}",
                h.value,
                h.min,
                h.max,
                if hot { ", hot" } else { "" }
            ));
        }
        if !about.is_empty() {
            let _ = write!(out, ": {}", about.join(" · "));
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ol>\n</div>\n");
}
