//! The map of the example workbook (examples/steady-at-home-falls-prevention.md) under the
//! built-in pack: the real nodes, edges, hot boundaries, quadrant members, bar values and
//! read-back lines a participant would see.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use convene::content::load_builtin;
use convene::format::markdown::read;
use convene::map::{Bars, Map, Network, PictureBody, QuadrantChart, ReadBackItem, map_of};

fn map() -> Map {
    let text = include_str!("../examples/steady-at-home-falls-prevention.md");
    let pack = load_builtin().expect("built-in pack");
    let wb = read(text).expect("the example reads as a workbook");
    map_of(&pack, &wb)
}

fn body<'m>(m: &'m Map, id: &str) -> &'m PictureBody {
    &m.pictures
        .iter()
        .find(|p| p.id == id)
        .unwrap_or_else(|| panic!("no picture {id}"))
        .body
}

fn network(m: &Map) -> &Network {
    match body(m, "landscape") {
        PictureBody::Network(n) => n,
        other => panic!("landscape is {other:?}"),
    }
}

fn quadrant<'m>(m: &'m Map, id: &str) -> &'m QuadrantChart {
    match body(m, id) {
        PictureBody::Quadrant(q) => q,
        other => panic!("{id} is {other:?}"),
    }
}

fn bars<'m>(m: &'m Map, id: &str) -> &'m Bars {
    match body(m, id) {
        PictureBody::Bars(b) => b,
        other => panic!("{id} is {other:?}"),
    }
}

fn lines(m: &Map, section: &str) -> Vec<String> {
    let rb = m.read_back.as_ref().expect("a read-back");
    let s = rb
        .sections
        .iter()
        .find(|s| s.title == section)
        .unwrap_or_else(|| panic!("no section {section}"));
    s.items
        .iter()
        .map(|i| match i {
            ReadBackItem::Line(l) => l.clone(),
            ReadBackItem::Answer { question, text } => format!("{question} => {text}"),
            ReadBackItem::Missing(m) => format!("MISSING {m}"),
        })
        .collect()
}

#[test]
fn the_pictures_come_in_pack_order() {
    let ids: Vec<String> = map().pictures.iter().map(|p| p.id.clone()).collect();
    assert_eq!(
        ids,
        ["landscape", "boundary-heat", "power", "legitimacy", "value"]
    );
}

#[test]
fn the_landscape_has_every_practice_boundary_and_link() {
    let m = map();
    let n = network(&m);
    assert_eq!(n.nodes.len(), 10);
    let kinds: Vec<&str> = n.edge_kinds.iter().map(|k| k.label.as_str()).collect();
    assert_eq!(kinds, ["Boundary", "Unrealised link"]);
    assert!(n.edge_kinds[1].dashed && !n.edge_kinds[0].dashed);
    assert_eq!(n.edges.iter().filter(|e| e.kind == 0).count(), 6);
    assert_eq!(n.edges.iter().filter(|e| e.kind == 1).count(), 4);
    let name = |i: usize| n.nodes[i].label.as_str();
    let group = |label: &str| {
        let node = n.nodes.iter().find(|x| x.label == label).unwrap();
        n.groups[node.group.unwrap()].as_str()
    };
    assert_eq!(group("Age Well (charity)"), "Voluntary or community sector");
    assert_eq!(group("Integrated care board"), "Commissioner or funder");
    // NHS ↔ council budgets: falls clinic to adult social care, political, friction 4.
    let budgets = n
        .edges
        .iter()
        .find(|e| e.label.as_deref() == Some("Political"))
        .expect("the political boundary");
    assert_eq!(
        (name(budgets.from), name(budgets.to)),
        ("Falls clinic", "Adult social care")
    );
    let heat = budgets.heat.as_ref().expect("rated");
    assert_eq!((heat.value, heat.max, heat.is_high()), (4, 5, true));
    let crews = n
        .edges
        .iter()
        .find(|e| e.label.as_deref() == Some("Crews to Age Well home visits"))
        .expect("the crews link");
    assert_eq!(
        (name(crews.from), name(crews.to)),
        ("Ambulance service", "Age Well (charity)")
    );
    assert!(crews.heat.is_none());
}

#[test]
fn the_quadrants_place_every_row() {
    let m = map();
    let power = quadrant(&m, "power");
    assert_eq!(power.points.len(), 10);
    assert!(power.unplaced.is_empty());
    let gp = power
        .points
        .iter()
        .find(|p| p.label == "GP practices")
        .unwrap();
    assert_eq!((gp.x, gp.y), (4, 4));
    assert_eq!(power.quadrants[gp.quadrant], "Co-convene");
    let icb = power
        .points
        .iter()
        .find(|p| p.label == "Integrated care board")
        .unwrap();
    assert_eq!(power.quadrants[icb.quadrant], "Secure sponsorship");
    let heat = quadrant(&m, "boundary-heat");
    let edge = heat
        .points
        .iter()
        .find(|p| p.label == "Hospital ↔ community services")
        .unwrap();
    assert_eq!(heat.quadrants[edge.quadrant], "Hard edge");
}

#[test]
fn the_bars_carry_the_ratings() {
    let m = map();
    let legitimacy = bars(&m, "legitimacy");
    assert_eq!((legitimacy.min, legitimacy.max), (0, 4));
    assert!(legitimacy.levels.is_empty());
    let values: Vec<Option<i64>> = legitimacy.bars.iter().map(|b| b.value).collect();
    let expected = [4, 1, 3, 4, 2, 3, 1, 1, 3, 2].map(Some);
    assert_eq!(values, expected);
    let value = bars(&m, "value");
    assert_eq!((value.min, value.max, value.levels.len()), (1, 5, 5));
    let realised = value
        .bars
        .iter()
        .find(|b| b.label == "Realised value")
        .unwrap();
    assert_eq!(realised.value, Some(5));
    assert_eq!(value.levels[4], "Stories and indicators");
    let transformative = value
        .bars
        .iter()
        .find(|b| b.label == "Transformative value")
        .unwrap();
    assert_eq!(transformative.value, Some(1));
}

#[test]
fn the_read_back_sums_up_the_map() {
    let m = map();
    let rb = m.read_back.as_ref().unwrap();
    assert_eq!(rb.title, "The map of your initiative");
    assert_eq!(rb.sections.len(), 7);
    assert_eq!(rb.sections[2].picture, Some(2));
    assert_eq!(rb.sections[5].picture, None);
    let landscape = lines(&m, "Your landscape");
    assert_eq!(
        landscape[0],
        "Practice: 10 · Boundary: 6 · Unrealised link: 4"
    );
    assert!(landscape.contains(&"People who use services (1): Patients and carers".to_string()));
    let hot = lines(&m, "The hottest boundaries");
    assert_eq!(
        hot[0],
        "Clinicians ↔ patients and carers: Friction 4 of 5, Learning potential 5 of 5 (Hot but fertile)"
    );
    assert_eq!(hot.len(), 4, "{hot:#?}");
    let power = lines(&m, "Power and stake");
    assert!(power.contains(&"Co-convene: GP practices, Adult social care".to_string()));
    assert!(power.contains(&"Keep aware: none yet".to_string()));
    let gaps = lines(&m, "Legitimacy gaps");
    assert_eq!(
        gaps,
        [
            "Legitimacy 1 of 4: A&E, Care homes, Ambulance service",
            "Legitimacy 2 of 4: Adult social care, Integrated care board"
        ]
    );
    let value = lines(&m, "Your value profile");
    assert_eq!(value[0], "Stories and indicators: Realised value");
    assert_eq!(value[3], "Nothing yet: Transformative value");
    let plan = lines(&m, "Your 30/90-day plan");
    assert_eq!(plan.len(), 2);
    assert!(plan[0].starts_with("What will you do in the next 30 days? => Ride along"));
}
