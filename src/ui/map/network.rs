//! The landscape as a network: practices around an ellipse, grouped, with the boundaries
//! and links between them (hot ones heavy and marked "!!", dashed kinds dashed) and a
//! legend; or, in small spaces, the same as lists.
//!
//! Pure; never relies on colour alone: groups have their own symbols, hot edges say "!!".

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::canvas::{Canvas, Context, Line as Segment};
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::{hot, label, tint};
use crate::map::{Edge, Network};
use crate::ui::style::Theme;
use crate::ui::wrap::Wrapper;
use crate::words::participant as text;

/// The symbol of group `g` (`None`: no group answered).
fn symbol(g: Option<usize>) -> &'static str {
    const SYMBOLS: [&str; 8] = ["●", "■", "▲", "◆", "★", "✚", "▼", "◼"];
    g.map_or("○", |g| SYMBOLS[g % SYMBOLS.len()])
}

fn group_style(theme: Theme, g: Option<usize>) -> Style {
    match g {
        Some(g) => tint(theme, theme.bold(), g),
        None => theme.plain(),
    }
}

/// A node's group, if it is one the network lists.
fn group_of(net: &Network, node: &crate::map::Node) -> Option<usize> {
    node.group.filter(|&g| g < net.groups.len())
}

fn is_hot(e: &Edge) -> bool {
    e.heat.as_ref().is_some_and(crate::map::Heat::is_high)
}

/// The network drawn on a canvas above its legend.
pub(super) fn render(buf: &mut Buffer, area: Rect, net: &Network, theme: Theme) {
    let legend = legend(net, theme, usize::from(area.width));
    let room = usize::from(area.height / 3);
    let legend_h = u16::try_from(legend.len().min(room)).unwrap_or(0);
    let [top, bottom] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(legend_h)]).areas(area);
    draw(buf, top, net, theme);
    Paragraph::new(legend).render(bottom, buf);
}

/// Names longer than this are cut even when the ellipse could shrink further.
const LONGEST_NAME: usize = 28;

/// The ellipse's half width at `w` columns: narrower when the practices' names are long, so
/// that they fit beside it (down to 15% of the width; at most 27%, as before).
fn radius_x(net: &Network, w: f64) -> f64 {
    let longest = net
        .nodes
        .iter()
        .map(|n| n.label.width().min(LONGEST_NAME))
        .max()
        .unwrap_or(0) as f64;
    (w / 2.0 - longest - 3.0).clamp(w * 0.15, w * 0.27).max(1.0)
}

/// Node centres in cell coordinates (x right, y up), grouped around an ellipse.
fn positions(net: &Network, w: f64, h: f64) -> Vec<(f64, f64)> {
    let mut order: Vec<usize> = (0..net.nodes.len()).collect();
    order.sort_by_key(|&i| (group_of(net, &net.nodes[i]).unwrap_or(usize::MAX), i));
    let n = order.len().max(1) as f64;
    let (cx, cy) = ((w - 1.0) / 2.0, (h - 1.0) / 2.0);
    let (rx, ry) = (radius_x(net, w), (cy - 0.5).max(0.0));
    let mut out = vec![(cx, cy); net.nodes.len()];
    for (k, &i) in order.iter().enumerate() {
        // Start at the top, clockwise; a half step so two nodes are not both on the axis.
        let a = std::f64::consts::FRAC_PI_2 - std::f64::consts::TAU * (k as f64 + 0.5) / n;
        out[i] = ((cx + rx * a.cos()).round(), (cy + ry * a.sin()).round());
    }
    out
}

fn draw(buf: &mut Buffer, area: Rect, net: &Network, theme: Theme) {
    if area.width < 3 || area.height < 3 {
        return;
    }
    let (w, h) = (f64::from(area.width), f64::from(area.height));
    let pos = positions(net, w, h);
    let label_room = usize::from(area.width / 2).saturating_sub(radius_x(net, w) as usize + 3);
    let edge_color = if theme.color {
        Color::DarkGray
    } else {
        Color::Reset
    };
    let hot_color = if theme.color {
        Color::Red
    } else {
        Color::Reset
    };
    let paint = |ctx: &mut Context| {
        for e in &net.edges {
            let (Some(&a), Some(&b)) = (pos.get(e.from), pos.get(e.to)) else {
                continue;
            };
            let dashed = net.edge_kinds.get(e.kind).is_some_and(|k| k.dashed);
            let hot_edge = is_hot(e);
            let color = if hot_edge { hot_color } else { edge_color };
            line(ctx, a, b, dashed, color);
            if hot_edge {
                // Heavier: a second line one dot over, and "!!" half way.
                line(
                    ctx,
                    (a.0 + 0.5, a.1 + 0.25),
                    (b.0 + 0.5, b.1 + 0.25),
                    dashed,
                    color,
                );
            }
        }
        ctx.layer();
        for e in net.edges.iter().filter(|e| is_hot(e)) {
            if let (Some(&a), Some(&b)) = (pos.get(e.from), pos.get(e.to)) {
                let mid = (((a.0 + b.0) / 2.0).round(), ((a.1 + b.1) / 2.0).round());
                ctx.print(mid.0, mid.1, Span::styled("!!", hot(theme)));
            }
        }
        for (i, node) in net.nodes.iter().enumerate() {
            let Some(&(x, y)) = pos.get(i) else { continue };
            let group = group_of(net, node);
            let style = group_style(theme, group);
            let right = x + 1.0 >= w / 2.0;
            let name = label(&node.label, name_room(&pos, i, right, label_room.max(6)));
            let sym = symbol(group);
            if right {
                ctx.print(x, y, Line::styled(format!("{sym} {name}"), style));
            } else {
                let start = (x - name.width() as f64 - 1.0).max(0.0);
                ctx.print(start, y, Line::styled(format!("{name} {sym}"), style));
            }
        }
    };
    Canvas::default()
        .marker(Marker::Braille)
        .x_bounds([0.0, w - 1.0])
        .y_bounds([0.0, h - 1.0])
        .paint(paint)
        .render(area, buf);
}

/// How wide node `i`'s name may be: `room`, or less when another node sits on the same row
/// on the side its name runs to (a name never covers another node; it is cut instead).
fn name_room(pos: &[(f64, f64)], i: usize, right: bool, room: usize) -> usize {
    let Some(&(x, y)) = pos.get(i) else {
        return room;
    };
    pos.iter()
        .enumerate()
        .filter(|&(j, &(xj, yj))| j != i && yj == y && (xj > x) == right && xj != x)
        .map(|(_, &(xj, _))| ((xj - x).abs() as usize).saturating_sub(3))
        .fold(room, usize::min)
}

/// A straight or dashed line between two cell positions.
fn line(ctx: &mut Context, a: (f64, f64), b: (f64, f64), dashed: bool, color: Color) {
    if !dashed {
        ctx.draw(&Segment::new(a.0, a.1, b.0, b.1, color));
        return;
    }
    let len = ((b.0 - a.0).powi(2) + (b.1 - a.1).powi(2)).sqrt();
    // Dashes and gaps about a cell and a half long: clearly not a solid line.
    let steps = (len / 1.5).ceil().max(1.0) as usize;
    for s in (0..steps).step_by(2) {
        let t0 = s as f64 / steps as f64;
        let t1 = ((s + 1) as f64 / steps as f64).min(1.0);
        let p = |t: f64| (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
        let (p0, p1) = (p(t0), p(t1));
        ctx.draw(&Segment::new(p0.0, p0.1, p1.0, p1.1, color));
    }
}

/// Groups with their symbols, edge kinds with their line, then the hot edges, hottest first.
fn legend(net: &Network, theme: Theme, width: usize) -> Vec<Line<'static>> {
    let mut w = Wrapper::new(width, 2);
    for (g, name) in net.groups.iter().enumerate() {
        w.push(
            &format!("{} ", symbol(Some(g))),
            group_style(theme, Some(g)),
        );
        w.push(&format!("{}   ", label(name, 24)), theme.plain());
    }
    if net.nodes.iter().any(|n| group_of(net, n).is_none()) {
        w.push(
            &format!("{} {}", symbol(None), text::MAP_NO_GROUP),
            theme.plain(),
        );
    }
    w.newline();
    for k in &net.edge_kinds {
        let stroke = if k.dashed { "╌╌ " } else { "── " };
        w.push(stroke, theme.dim());
        w.push(&format!("{}   ", label(&k.label, 24)), theme.plain());
    }
    if let Some(h) = net.edges.iter().find_map(|e| e.heat.as_ref()) {
        w.push("━━!! ", hot(theme));
        w.push(&text::map_hot_from(h.high_from, h.max), theme.plain());
    }
    let mut lines = w.finish();
    let hot_edges = hottest(net);
    if !hot_edges.is_empty() {
        let mut w = Wrapper::new(width, 2);
        w.push(text::MAP_HOTTEST, theme.dim());
        let last = hot_edges.len().saturating_sub(1);
        for (i, e) in hot_edges.into_iter().enumerate() {
            w.push(" ", theme.plain());
            let sep = if i < last { ";" } else { "" };
            w.push(&format!("!! {}{sep}", edge_words(net, e, 20)), hot(theme));
        }
        lines.extend(w.finish());
    }
    lines
}

/// Hot edges, hottest first (ties in declaration order).
fn hottest(net: &Network) -> Vec<&Edge> {
    let mut hot: Vec<&Edge> = net.edges.iter().filter(|e| is_hot(e)).collect();
    hot.sort_by_key(|e| std::cmp::Reverse(e.heat.as_ref().map_or(0, |h| h.value)));
    hot
}

/// "A — B" (or "A ╌ B" for a dashed kind), node labels cut to `max`.
fn ends(net: &Network, e: &Edge, max: usize) -> String {
    let name = |i: usize| {
        net.nodes
            .get(i)
            .map_or(String::from("?"), |n| label(&n.label, max))
    };
    let dashed = net.edge_kinds.get(e.kind).is_some_and(|k| k.dashed);
    let dash = if dashed { "╌" } else { "—" };
    format!("{} {dash} {}", name(e.from), name(e.to))
}

/// "A — B: label 4/5".
fn edge_words(net: &Network, e: &Edge, max: usize) -> String {
    let mut s = ends(net, e, max);
    if let Some(l) = e.label.as_deref().filter(|l| !l.trim().is_empty()) {
        s.push_str(&format!(": {}", label(l, 48)));
    }
    if let Some(h) = &e.heat {
        s.push_str(&format!(" {}/{}", h.value, h.max));
    }
    s
}

/// The network as lists: the practices of each group, then every edge in words.
pub(super) fn text_form(net: &Network, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let mut groups: Vec<Option<usize>> = (0..net.groups.len()).map(Some).collect();
    groups.push(None);
    for g in groups {
        let members: Vec<String> = net
            .nodes
            .iter()
            .filter(|n| group_of(net, n) == g)
            .map(|n| label(&n.label, width.max(8)))
            .collect();
        if members.is_empty() {
            continue;
        }
        let name = match g {
            Some(g) => label(net.groups.get(g).map_or("", String::as_str), 30),
            None => text::MAP_NO_GROUP.to_string(),
        };
        let mut w =
            Wrapper::new(width, 2).prefix(&format!("{} ", symbol(g)), group_style(theme, g));
        w.push(&format!("{name}:"), theme.bold());
        w.push(&format!(" {}", members.join(", ")), theme.plain());
        lines.extend(w.finish());
    }
    if !net.edges.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled(text::MAP_LINKS, theme.bold()));
    }
    for e in &net.edges {
        let kind = net
            .edge_kinds
            .get(e.kind)
            .map_or(String::new(), |k| label(&k.label, 24));
        let mut w = Wrapper::new(width, 4);
        if is_hot(e) {
            w = w.prefix("!! ", hot(theme));
        } else {
            w = w.prefix("   ", theme.plain());
        }
        w.push(
            &edge_words(net, e, 24),
            if is_hot(e) { hot(theme) } else { theme.plain() },
        );
        if !kind.is_empty() {
            w.push(&format!(" ({kind})"), theme.dim());
        }
        lines.extend(w.finish());
    }
    lines
}
