//! `:map` in plain mode: the map of the initiative said in plain lines — the read-back, then
//! each picture in words (who is in each quadrant, each boundary and link, each rating) — so
//! a screen reader hears what the Map screen and the file's pictures show.
//!
//! Pure: reads the map computed from the answers; never changes an answer. Every text from a
//! participant or a pack is made safe (control characters visible) by the caller's printer.

use crate::map::{Bars, Map, Network, PictureBody, QuadrantChart, ReadBackItem};

/// The map as lines: the read-back first, then each picture by its title.
pub fn lines(map: &Map) -> Vec<String> {
    let mut out = Vec::new();
    if map.pictures.is_empty() && map.read_back.is_none() {
        out.push("This content pack draws no map.".to_string());
        return out;
    }
    if let Some(rb) = &map.read_back {
        out.push(format!("{}:", rb.title));
        for section in &rb.sections {
            out.push(format!("  {}", section.title));
            for item in &section.items {
                match item {
                    ReadBackItem::Line(line) => out.push(format!("    - {line}")),
                    ReadBackItem::Missing(what) => out.push(format!("    - {what}")),
                    ReadBackItem::Answer { question, text } => {
                        out.push(format!("    {question}"));
                        out.extend(text.lines().map(|l| format!("      {l}")));
                    }
                }
            }
        }
    }
    for picture in &map.pictures {
        out.push(format!("Picture: {}", picture.title));
        if picture.body.is_empty() {
            out.push("  Nothing to draw yet: answer the exercises it draws on.".to_string());
            continue;
        }
        match &picture.body {
            PictureBody::Network(n) => network(n, &mut out),
            PictureBody::Quadrant(q) => quadrant(q, &mut out),
            PictureBody::Bars(b) => bars(b, &mut out),
        }
    }
    out
}

fn network(n: &Network, out: &mut Vec<String>) {
    let name = |i: usize| n.nodes.get(i).map_or("?", |node| node.label.as_str());
    out.push(format!("  {} practices.", n.nodes.len()));
    for edge in &n.edges {
        let kind = n.edge_kinds.get(edge.kind).map_or("", |k| k.label.as_str());
        let mut line = format!("  {kind}: {} and {}", name(edge.from), name(edge.to));
        if let Some(label) = &edge.label {
            line.push_str(&format!(" ({label})"));
        }
        if let Some(heat) = &edge.heat {
            let hot = if heat.is_high() { ", hot" } else { "" };
            line.push_str(&format!(", {} of {}{hot}", heat.value, heat.max));
        }
        out.push(line);
    }
}

fn quadrant(q: &QuadrantChart, out: &mut Vec<String>) {
    for (i, label) in q.quadrants.iter().enumerate() {
        let names: Vec<String> = q
            .points
            .iter()
            .filter(|p| p.quadrant == i)
            .map(|p| format!("{} ({} {}, {} {})", p.label, q.x.label, p.x, q.y.label, p.y))
            .collect();
        let names = if names.is_empty() {
            "none".to_string()
        } else {
            names.join("; ")
        };
        out.push(format!("  {label}: {names}"));
    }
    if !q.unplaced.is_empty() {
        out.push(format!("  Not placed yet: {}", q.unplaced.join(", ")));
    }
}

fn bars(b: &Bars, out: &mut Vec<String>) {
    for bar in &b.bars {
        let value = match bar.value {
            None => "not rated yet".to_string(),
            Some(v) => {
                let level = usize::try_from(v.saturating_sub(b.min))
                    .ok()
                    .and_then(|i| b.levels.get(i));
                match level {
                    Some(level) => format!("{level} ({v} of {})", b.max),
                    None => format!("{v} of {}", b.max),
                }
            }
        };
        out.push(format!("  {}: {} {value}", bar.label, b.measure));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_map_is_said_in_words() {
        let pack = crate::content::load_builtin().expect("built-in pack");
        let file = include_str!("../../examples/steady-at-home-falls-prevention.md");
        let wb = crate::format::markdown::read(file).expect("example");
        let said = lines(&crate::map::map_of(&pack, &wb)).join("\n");
        for want in [
            "The map of your initiative:",
            "Co-convene: Falls clinic, GP practices",
            "Boundary: Falls clinic and Adult social care (Organisational), 4 of 5, hot",
            "Picture: Legitimacy by practice",
            "Adult social care: Legitimacy 1 of 4",
            "Transformative value: What we have Nothing yet (1 of 4)",
            "Every week, older people in our borough fall at home",
        ] {
            assert!(said.contains(want), "{want:?} not in:\n{said}");
        }
    }

    #[test]
    fn an_empty_map_says_so() {
        assert_eq!(lines(&Map::default()), ["This content pack draws no map."]);
    }
}
