//! `:map` in plain mode: the map of the initiative said in plain lines — the read-back, then
//! each picture in words (who is in each quadrant, each boundary and link, each rating) — so
//! a screen reader hears what the Map screen and the file's pictures show.
//!
//! Pure: reads the map computed from the answers; never changes an answer. Every text from a
//! participant or a pack is made safe (control characters visible) by the caller's printer.

use crate::map::{Bars, Map, Network, PictureBody, QuadrantChart, ReadBackItem};
use crate::words::plain::{PointSaid, Say};

/// The map as what to say: the read-back first, then each picture by its title.
pub fn lines(map: &Map) -> Vec<Say> {
    let mut out = Vec::new();
    if map.pictures.is_empty() && map.read_back.is_none() {
        out.push(Say::NoMap);
        return out;
    }
    if let Some(rb) = &map.read_back {
        out.push(Say::ReadBack(rb.title.clone()));
        for section in &rb.sections {
            out.push(Say::Section(section.title.clone()));
            for item in &section.items {
                match item {
                    ReadBackItem::Line(line) => out.push(Say::MapLine(line.clone())),
                    ReadBackItem::Missing(what) => out.push(Say::MapLine(what.clone())),
                    ReadBackItem::Answer { question, text } => {
                        out.push(Say::MapQuestion(question.clone()));
                        out.push(Say::MapAnswer(text.clone()));
                    }
                }
            }
        }
    }
    for picture in &map.pictures {
        out.push(Say::Picture(picture.title.clone()));
        if picture.body.is_empty() {
            out.push(Say::PictureEmpty);
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

fn network(n: &Network, out: &mut Vec<Say>) {
    let name = |i: usize| n.nodes.get(i).map_or("?", |node| node.label.as_str());
    out.push(Say::Practices(n.nodes.len()));
    for edge in &n.edges {
        let kind = n.edge_kinds.get(edge.kind).map_or("", |k| k.label.as_str());
        out.push(Say::Edge {
            kind: kind.to_string(),
            a: name(edge.from).to_string(),
            b: name(edge.to).to_string(),
            label: edge.label.clone(),
            heat: edge
                .heat
                .as_ref()
                .map(|heat| (heat.value, heat.max, heat.is_high())),
        });
    }
}

fn quadrant(q: &QuadrantChart, out: &mut Vec<Say>) {
    for (i, label) in q.quadrants.iter().enumerate() {
        let points = q
            .points
            .iter()
            .filter(|p| p.quadrant == i)
            .map(|p| PointSaid {
                name: p.label.clone(),
                x: p.x,
                y: p.y,
            })
            .collect();
        out.push(Say::QuadrantNames {
            label: label.clone(),
            x: q.x.label.clone(),
            y: q.y.label.clone(),
            points,
        });
    }
    if !q.unplaced.is_empty() {
        out.push(Say::NotPlaced(q.unplaced.clone()));
    }
}

fn bars(b: &Bars, out: &mut Vec<Say>) {
    for bar in &b.bars {
        let value = bar.value.map(|v| {
            let level = usize::try_from(v.saturating_sub(b.min))
                .ok()
                .and_then(|i| b.levels.get(i))
                .cloned();
            (v, b.max, level)
        });
        out.push(Say::Bar {
            label: bar.label.clone(),
            measure: b.measure.clone(),
            value,
        });
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
        let said = crate::words::plain::lines(&lines(&crate::map::map_of(&pack, &wb))).join("\n");
        for want in [
            "The map of your initiative:",
            "Co-convene: Falls clinic, GP practices",
            "Boundary: Falls clinic and Adult social care (Falls clinic ↔ adult social care, Organisational), 4 of 5, hot",
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
        assert_eq!(
            crate::words::plain::lines(&lines(&Map::default())),
            ["This content pack draws no map."]
        );
    }
}
