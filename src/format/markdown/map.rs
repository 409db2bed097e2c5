//! The derived section at the end of the themes: the map of the initiative (the closing
//! read-back and the pictures), drawn from a `Map` between `<!-- convene:map -->` and
//! `<!-- /convene:map -->`. Reading skips it whole.
//!
//! Never writes a line inside the section that the reader could take for a marker (every
//! line starts with `#`, `-`, `>`, `_`, `**`, `|`, a fence, or is a diagram line), never leaves a
//! fence, quote or HTML block open past its end, and never writes a raw control character.

use std::fmt::Write as _;

use crate::map::{Bars, Map, Network, Picture, PictureBody, QuadrantChart, ReadBackItem};

use super::headings::Headings;
use super::inline::display;
use super::mermaid;
use super::write::heading;

/// The line that opens the section.
pub const OPEN: &str = "<!-- convene:map -->";
/// The line that ends it.
pub const CLOSE: &str = "<!-- /convene:map -->";
/// The section's heading when the pack declares pictures but no read-back.
const DEFAULT_TITLE: &str = "The map of your initiative";
/// What a map heading that repeats an earlier heading (an exercise's title) is told apart by.
const QUALIFIER: &str = "on the map";
/// The note under the heading.
const NOTE: &str = "_Drawn from the answers above each time the workbook is saved: edits made \
                    in this section are not kept. Change the answers instead._";

/// True when the map has something to show: a picture with something drawn, or a read-back
/// line or quoted answer. (A map of nothing but "not answered yet" is left out.)
pub fn has_content(map: &Map) -> bool {
    map.pictures.iter().any(|p| !p.body.is_empty())
        || map.read_back.as_ref().is_some_and(|rb| {
            rb.sections
                .iter()
                .flat_map(|s| &s.items)
                .any(|i| !matches!(i, ReadBackItem::Missing(_)))
        })
}

/// The whole section, from its opening marker to its closing marker and a blank line; nothing
/// when the map has nothing to show.
pub(super) fn write(out: &mut String, map: &Map, headings: &mut Headings) {
    if !has_content(map) {
        return;
    }
    let title = map
        .read_back
        .as_ref()
        .map(|rb| heading(&rb.title))
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| DEFAULT_TITLE.to_string());
    let title = headings.unique(title, QUALIFIER);
    let _ = write!(out, "{OPEN}\n\n## {title}\n\n{NOTE}\n\n");
    let mut drawn = vec![false; map.pictures.len()];
    for section in map.read_back.iter().flat_map(|rb| &rb.sections) {
        let title = headings.unique(heading_or(&section.title, "The map"), QUALIFIER);
        let _ = write!(out, "### {title}\n\n");
        items(out, &section.items);
        if let Some(i) = section.picture
            && let Some(picture) = map.pictures.get(i)
            && !drawn[i]
        {
            drawn[i] = true;
            self::picture(out, picture);
        }
    }
    for (picture, _) in map.pictures.iter().zip(&drawn).filter(|(_, d)| !**d) {
        let title = headings.unique(heading_or(&picture.title, "A picture"), QUALIFIER);
        let _ = write!(out, "### {title}\n\n");
        self::picture(out, picture);
    }
    let _ = write!(out, "{CLOSE}\n\n");
}

fn heading_or(text: &str, fallback: &str) -> String {
    let h = heading(text);
    if h.is_empty() {
        fallback.to_string()
    } else {
        h
    }
}

/// Derived lines and missing things as one bullet list; quoted answers as block quotes.
fn items(out: &mut String, items: &[ReadBackItem]) {
    let mut in_list = false;
    for item in items {
        match item {
            ReadBackItem::Line(line) => {
                let _ = writeln!(out, "- {}", display(line));
                in_list = true;
            }
            ReadBackItem::Missing(what) => {
                let shown = display(what);
                if shown.is_empty() {
                    out.push_str("- _Not answered yet._\n");
                } else {
                    let _ = writeln!(out, "- _{shown}_");
                }
                in_list = true;
            }
            ReadBackItem::Answer { question, text } => {
                if in_list {
                    out.push('\n');
                    in_list = false;
                }
                quote(out, question, text);
            }
        }
    }
    if in_list {
        out.push('\n');
    }
}

/// A participant's answer as a block quote under its question in bold (as in the body of
/// the workbook, the question is its own paragraph, so two answers in a row are two quotes
/// with a paragraph between them, never one quote with a blank line inside). Every line of
/// the answer starts with `>`, so whatever it holds (fences, HTML, markers) stays inside the
/// quote; control characters other than tab become U+FFFD.
fn quote(out: &mut String, question: &str, text: &str) {
    let q = display(question);
    if !q.is_empty() {
        let _ = write!(out, "**{q}**\n\n");
    }
    for line in text.split('\n') {
        if line.trim_matches([' ', '\t']).is_empty() {
            out.push_str(">\n");
            continue;
        }
        out.push_str("> ");
        if line.chars().any(|c| c.is_control() && c != '\t') {
            out.extend(line.chars().map(|c| {
                if c.is_control() && c != '\t' {
                    '\u{fffd}'
                } else {
                    c
                }
            }));
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    out.push('\n');
}

pub(crate) fn picture(out: &mut String, p: &Picture) {
    let caption = display(&p.caption);
    if !caption.is_empty() {
        let _ = write!(out, "_{caption}_\n\n");
    }
    match &p.body {
        PictureBody::Network(n) if n.nodes.is_empty() => {
            out.push_str("_No practices are named yet, so there is no landscape to draw._\n\n");
        }
        PictureBody::Network(n) => network(out, n),
        PictureBody::Quadrant(q) => quadrant(out, q),
        PictureBody::Bars(b) if p.body.is_empty() => {
            let _ = write!(
                out,
                "_Nothing is rated on {} yet, so there are no bars to draw._\n\n",
                display_or(&b.measure, "this scale")
            );
        }
        PictureBody::Bars(b) => bars(out, b),
    }
}

fn display_or(s: &str, fallback: &str) -> String {
    let d = display(s);
    if d.is_empty() {
        fallback.to_string()
    } else {
        d
    }
}

/// One table row of already escaped cells.
fn row(out: &mut String, cells: &[&str]) {
    super::grid::line(out, cells);
}

fn header(out: &mut String, cells: &[&str]) {
    row(out, cells);
    row(out, &vec!["---"; cells.len()]);
}

fn network(out: &mut String, n: &Network) {
    mermaid::network(out, n);
    out.push('\n');
    header(out, &["#", "Practice", "Group"]);
    for (i, node) in n.nodes.iter().enumerate() {
        let group = node
            .group
            .and_then(|g| n.groups.get(g))
            .map_or_else(String::new, |g| display(g));
        row(out, &[&(i + 1).to_string(), &display(&node.label), &group]);
    }
    out.push('\n');
    let edges: Vec<_> = n
        .edges
        .iter()
        .filter_map(|e| Some((e, n.nodes.get(e.from)?, n.nodes.get(e.to)?)))
        .collect();
    if edges.is_empty() {
        out.push_str("_No boundaries or links between them are named yet._\n\n");
        return;
    }
    header(out, &["Between", "And", "Kind", "Label", "Heat"]);
    for (e, from, to) in edges {
        let kind = n
            .edge_kinds
            .get(e.kind)
            .map_or_else(String::new, |k| display(&k.label));
        let heat = e.heat.as_ref().map_or_else(String::new, |h| {
            let hot = if h.is_high() { " (hot)" } else { "" };
            format!("{} of {}–{}{hot}", h.value, h.min, h.max)
        });
        let label = e.label.as_deref().map(display).unwrap_or_default();
        row(
            out,
            &[
                &display(&from.label),
                &display(&to.label),
                &kind,
                &label,
                &heat,
            ],
        );
    }
    out.push('\n');
}

fn quadrant(out: &mut String, q: &QuadrantChart) {
    if q.points.is_empty() {
        out.push_str("_No one is rated on both scales yet, so no one is placed._\n\n");
    } else {
        mermaid::quadrant(out, q);
        out.push('\n');
        let (x, y) = (
            display_or(&q.x.label, "Across"),
            display_or(&q.y.label, "Up"),
        );
        let grouped = !q.groups.is_empty();
        let mut head = vec!["#", "Name", &x, &y, "Quadrant"];
        if grouped {
            head.push("Group");
        }
        header(out, &head);
        for (i, p) in q.points.iter().enumerate() {
            let quadrant = q
                .quadrants
                .get(p.quadrant)
                .map(|s| display(s))
                .unwrap_or_default();
            let mut cells = vec![
                (i + 1).to_string(),
                display(&p.label),
                format!("{} of {}", p.x, q.x.max),
                format!("{} of {}", p.y, q.y.max),
                quadrant,
            ];
            if grouped {
                cells.push(
                    p.group
                        .and_then(|g| q.groups.get(g))
                        .map(|g| display(g))
                        .unwrap_or_default(),
                );
            }
            let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
            row(out, &cells);
        }
        out.push('\n');
    }
    if !q.unplaced.is_empty() {
        let names: Vec<String> = q.unplaced.iter().map(|u| display(u)).collect();
        let _ = write!(out, "_Not placed yet:_ {}\n\n", names.join(" · "));
    }
}

fn bars(out: &mut String, b: &Bars) {
    mermaid::bars(out, b);
    out.push('\n');
    header(out, &["Name", &display_or(&b.measure, "Value")]);
    for bar in &b.bars {
        let value = match bar.value {
            None => "_not rated yet_".to_string(),
            Some(v) => {
                let level = v
                    .checked_sub(b.min)
                    .and_then(|i| usize::try_from(i).ok())
                    .and_then(|i| b.levels.get(i))
                    .map(|l| display(l))
                    .filter(|l| !l.is_empty());
                match level {
                    Some(l) => format!("{l} ({v} of {})", b.max),
                    None => format!("{v} of {}", b.max),
                }
            }
        };
        row(out, &[&display(&bar.label), &value]);
    }
    out.push('\n');
}
