//! The landscape network as SVG: practices as labelled boxes around an ellipse, grouped by
//! type (each type its own symbol and tint), the boundaries and links between them as lines
//! (hot ones heavy, links not made yet dashed, several between the same two practices
//! curved apart), each line numbered in a badge placed clear of the boxes and of the other
//! badges; the legend under it names the symbols, the line styles and every numbered line.
//!
//! Pure. Never relies on colour alone: symbols, dashes, line weight and filled badges carry
//! the meaning in greyscale. Boxes never overlap: the ellipse grows until they fit.

use std::collections::BTreeMap;
use std::f64::consts::PI;
use std::fmt::Write as _;

use crate::map::{Edge, Network};

use super::network_key::{legend, symbol};
use super::svg::{self, Rect, n};

const FONT: f64 = 12.0;
const LINE: f64 = 14.5;
const BOX_W: f64 = 136.0;
const PAD: f64 = 6.0;
/// Room at a box's left for its group symbol.
const SYMBOL_ROOM: f64 = 15.0;
const BADGE_R: f64 = 9.5;
const MARGIN: f64 = 12.0;
pub(super) const HOT: &str = "#8b1a1a";
pub(super) const LINK: &str = "#2f5f8a";
pub(super) const PLAIN: &str = "#38485a";
const TINTS: [&str; 8] = [
    "#dbe9f6", "#fde2c8", "#d9f0d3", "#eadcf3", "#f9d7d7", "#fff2b3", "#d4f1f1", "#e6e6e6",
];

/// A node laid out: its box and its wrapped label.
struct Laid {
    rect: Rect,
    lines: Vec<String>,
}

/// Writes the picture and its legend (the network has at least one node).
pub fn draw(out: &mut String, net: &Network, title: &str) {
    let laid = layout(net);
    let (w, h) = laid.iter().fold((0.0_f64, 0.0_f64), |(w, h), l| {
        (w.max(l.rect.x + l.rect.w), h.max(l.rect.y + l.rect.h))
    });
    let (w, h) = (w + MARGIN, h + MARGIN);
    out.push_str("<div class=\"fig-body stacked\">\n");
    svg::open(out, "map-network", (w.max(300.0), h), title);
    let edges = drawn_edges(net);
    let mut badges: Vec<(Rect, usize, bool)> = Vec::new();
    out.push_str("<g class=\"links\">");
    for (num, (e, path, points)) in edge_paths(&laid, &edges).into_iter().enumerate() {
        let hot = is_hot(e);
        let dashed = net.edge_kinds.get(e.kind).is_some_and(|k| k.dashed);
        let (colour, width) = match (hot, dashed) {
            (true, _) => (HOT, 4.2),
            (false, true) => (LINK, 2.0),
            (false, false) => (PLAIN, 1.9),
        };
        let dash = if dashed {
            " stroke-dasharray=\"7 5\""
        } else {
            ""
        };
        let _ = write!(
            out,
            "<g class=\"edge{}\"><path d=\"{path}\" fill=\"none\" stroke=\"{colour}\" \
             stroke-width=\"{width}\"{dash}/></g>",
            if hot { " hot" } else { "" }
        );
        let spot = badge_spot(&points, &laid, &badges);
        badges.push((spot, num + 1, hot));
    }
    out.push_str("</g>\n<g class=\"nodes\">");
    for (i, (node, l)) in net.nodes.iter().zip(&laid).enumerate() {
        let group = node.group.filter(|&g| g < net.groups.len());
        let fill = group.map_or("#ffffff", |g| TINTS[g % TINTS.len()]);
        let r = l.rect;
        let _ = write!(
            out,
            "<g class=\"node\" data-node=\"{}\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" \
             rx=\"7\" fill=\"{fill}\" stroke=\"#2b2b2b\" stroke-width=\"1.2\"/>",
            i + 1,
            n(r.x),
            n(r.y),
            n(r.w),
            n(r.h)
        );
        symbol(out, group, (r.x + PAD + 5.0, r.y + r.h / 2.0), 4.6);
        let tx = r.x + SYMBOL_ROOM + (r.w - SYMBOL_ROOM) / 2.0;
        let ty = r.y + r.h / 2.0 - (l.lines.len() as f64 - 1.0) * LINE / 2.0;
        svg::text(out, (tx, ty), "middle", "label", &l.lines, LINE);
        out.push_str("</g>");
    }
    out.push_str("</g>\n<g class=\"badges\">");
    for (spot, num, hot) in &badges {
        let (cx, cy) = (spot.x + spot.w / 2.0, spot.y + spot.h / 2.0);
        let (fill, ink, stroke) = if *hot {
            (HOT, "#ffffff", HOT)
        } else {
            ("#ffffff", "#111111", PLAIN)
        };
        let _ = write!(
            out,
            "<g class=\"badge\"><circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{fill}\" stroke=\"{stroke}\" \
             stroke-width=\"1.4\"/><text x=\"{}\" y=\"{}\" text-anchor=\"middle\" \
             dominant-baseline=\"central\" font-size=\"10.5\" font-weight=\"bold\" fill=\"{ink}\">{num}</text></g>",
            n(cx),
            n(cy),
            n(spot.w / 2.0),
            n(cx),
            n(cy)
        );
    }
    out.push_str("</g>\n</svg>\n");
    legend(out, net, &edges);
    out.push_str("</div>\n");
}

pub(super) fn is_hot(e: &Edge) -> bool {
    e.heat.as_ref().is_some_and(crate::map::Heat::is_high)
}

/// The edges that can be drawn: both ends are nodes.
fn drawn_edges(net: &Network) -> Vec<&Edge> {
    net.edges
        .iter()
        .filter(|e| e.from < net.nodes.len() && e.to < net.nodes.len())
        .collect()
}

/// Boxes around an ellipse, nodes of a group together, the ellipse grown until no two
/// boxes overlap; then moved so the picture starts at the margin.
fn layout(net: &Network) -> Vec<Laid> {
    let mut laid: Vec<Laid> = net
        .nodes
        .iter()
        .map(|node| {
            let lines = svg::wrap(&node.label, BOX_W - SYMBOL_ROOM - 2.0 * PAD, FONT, 3);
            let h = lines.len() as f64 * LINE + 2.0 * PAD;
            Laid {
                rect: Rect {
                    x: 0.0,
                    y: 0.0,
                    w: BOX_W,
                    h,
                },
                lines,
            }
        })
        .collect();
    let mut order: Vec<usize> = (0..laid.len()).collect();
    order.sort_by_key(|&i| (net.nodes[i].group.unwrap_or(usize::MAX), i));
    let count = order.len().max(1) as f64;
    let (mut rx, mut ry) = (200.0_f64, 130.0_f64);
    for _ in 0..200 {
        for (k, &i) in order.iter().enumerate() {
            let a = -PI / 2.0 + 2.0 * PI * k as f64 / count;
            let (w, h) = (laid[i].rect.w, laid[i].rect.h);
            laid[i].rect = Rect::centred(rx * a.cos(), ry * a.sin(), w, h);
        }
        let clash = (0..laid.len())
            .any(|i| (i + 1..laid.len()).any(|j| laid[i].rect.overlaps(&laid[j].rect, 9.0)));
        if !clash || laid.len() < 2 {
            break;
        }
        rx += 14.0;
        ry += 12.0;
    }
    let min_x = laid.iter().map(|l| l.rect.x).fold(f64::MAX, f64::min);
    let min_y = laid.iter().map(|l| l.rect.y).fold(f64::MAX, f64::min);
    for l in &mut laid {
        l.rect.x += MARGIN - min_x;
        l.rect.y += MARGIN - min_y;
    }
    laid
}

fn centre(r: &Rect) -> (f64, f64) {
    (r.x + r.w / 2.0, r.y + r.h / 2.0)
}

/// An edge, its SVG path, and the points along it where its badge may go (best first).
type Drawn<'e> = (&'e Edge, String, Vec<(f64, f64)>);

/// Each edge's path, and points along it (for its badge), in order. Edges between the same
/// two nodes bend apart; an edge from a node to itself is a loop above it.
fn edge_paths<'e>(laid: &[Laid], edges: &[&'e Edge]) -> Vec<Drawn<'e>> {
    let mut per_pair: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    for e in edges {
        *per_pair
            .entry((e.from.min(e.to), e.from.max(e.to)))
            .or_default() += 1;
    }
    let mut seen: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    edges
        .iter()
        .map(|&e| {
            let key = (e.from.min(e.to), e.from.max(e.to));
            let of = per_pair.get(&key).copied().unwrap_or(1);
            let k = seen.entry(key).or_default();
            let index = *k;
            *k += 1;
            let a = centre(&laid[key.0].rect);
            let b = centre(&laid[key.1].rect);
            if key.0 == key.1 {
                let r = laid[key.0].rect;
                let lift = 26.0 + 14.0 * index as f64;
                let (x0, x1, y) = (r.x + r.w * 0.3, r.x + r.w * 0.7, r.y);
                let path = format!(
                    "M{} {} C{} {} {} {} {} {}",
                    n(x0),
                    n(y),
                    n(x0),
                    n(y - lift),
                    n(x1),
                    n(y - lift),
                    n(x1),
                    n(y)
                );
                return (e, path, vec![((x0 + x1) / 2.0, y - lift * 0.75)]);
            }
            let (dx, dy) = (b.0 - a.0, b.1 - a.1);
            let len = (dx * dx + dy * dy).sqrt().max(1.0);
            let normal = (-dy / len, dx / len);
            let offset = (index as f64 - (of as f64 - 1.0) / 2.0) * 24.0;
            let mid = ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0);
            let c = (
                mid.0 + normal.0 * 2.0 * offset,
                mid.1 + normal.1 * 2.0 * offset,
            );
            let path = format!(
                "M{} {} Q{} {} {} {}",
                n(a.0),
                n(a.1),
                n(c.0),
                n(c.1),
                n(b.0),
                n(b.1)
            );
            let at = |t: f64| {
                let u = 1.0 - t;
                (
                    u * u * a.0 + 2.0 * u * t * c.0 + t * t * b.0,
                    u * u * a.1 + 2.0 * u * t * c.1 + t * t * b.1,
                )
            };
            let points = [0.5, 0.42, 0.58, 0.34, 0.66, 0.27, 0.73, 0.2, 0.8]
                .iter()
                .map(|&t| at(t))
                .collect();
            (e, path, points)
        })
        .collect()
}

/// The first point along the edge where its badge is clear of every box and badge.
fn badge_spot(points: &[(f64, f64)], laid: &[Laid], badges: &[(Rect, usize, bool)]) -> Rect {
    let d = 2.0 * BADGE_R;
    let spot = |p: &(f64, f64)| Rect::centred(p.0, p.1, d, d);
    points
        .iter()
        .map(spot)
        .find(|r| {
            laid.iter().all(|l| !l.rect.overlaps(r, 2.0))
                && badges.iter().all(|(b, _, _)| !b.overlaps(r, 1.5))
        })
        .or_else(|| points.first().map(spot))
        .unwrap_or(Rect::centred(0.0, 0.0, d, d))
}
