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
        [
            "landscape",
            "mindset",
            "boundary-heat",
            "power",
            "legitimacy",
            "value"
        ]
    );
}

#[test]
fn the_landscape_has_every_practice_boundary_and_link() {
    let m = map();
    let n = network(&m);
    assert_eq!(n.nodes.len(), 13);
    let kinds: Vec<&str> = n.edge_kinds.iter().map(|k| k.label.as_str()).collect();
    assert_eq!(kinds, ["Boundary", "Unrealised link"]);
    assert!(n.edge_kinds[1].dashed && !n.edge_kinds[0].dashed);
    assert_eq!(n.edges.iter().filter(|e| e.kind == 0).count(), 6);
    assert_eq!(n.edges.iter().filter(|e| e.kind == 1).count(), 5);
    let name = |i: usize| n.nodes[i].label.as_str();
    let group = |label: &str| {
        let node = n.nodes.iter().find(|x| x.label == label).unwrap();
        n.groups[node.group.unwrap()].as_str()
    };
    assert_eq!(group("Age Well (charity)"), "Voluntary or community sector");
    assert_eq!(group("Integrated care board"), "Commissioner or funder");
    assert_eq!(group("Community pharmacy"), "A profession or discipline");
    // Falls clinic ↔ adult social care: organisational, as in the guidance, friction 4.
    let budgets = n
        .edges
        .iter()
        .find(|e| name(e.from) == "Falls clinic" && name(e.to) == "Adult social care")
        .expect("the falls clinic and social care boundary");
    // The participant's name for the boundary, then its kind.
    assert_eq!(
        budgets.label.as_deref(),
        Some("Falls clinic ↔ adult social care, Organisational")
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
    assert_eq!(power.points.len(), 13);
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
    let fire = power
        .points
        .iter()
        .find(|p| p.label == "Fire and rescue")
        .unwrap();
    assert_eq!(power.quadrants[fire.quadrant], "Keep aware");
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
    // Legitimacy is rated for the six practices in focus only.
    let legitimacy = bars(&m, "legitimacy");
    assert_eq!((legitimacy.min, legitimacy.max), (0, 4));
    assert!(legitimacy.levels.is_empty());
    let values: Vec<(&str, Option<i64>)> = legitimacy
        .bars
        .iter()
        .map(|b| (b.label.as_str(), b.value))
        .collect();
    assert_eq!(
        values,
        [
            ("GP practices", Some(3)),
            ("Adult social care", Some(1)),
            ("Age Well (charity)", Some(3)),
            ("Ambulance service", Some(1)),
            ("Patients and carers", Some(2)),
            ("Integrated care board", Some(2)),
        ]
    );
    let value = bars(&m, "value");
    assert_eq!((value.min, value.max, value.levels.len()), (1, 4, 4));
    let realised = value
        .bars
        .iter()
        .find(|b| b.label == "Realised value")
        .unwrap();
    assert_eq!(realised.value, Some(4));
    assert_eq!(value.levels[3], "Stories and indicators");
    let transformative = value
        .bars
        .iter()
        .find(|b| b.label == "Transformative value")
        .unwrap();
    assert_eq!(transformative.value, Some(1));
    let mindset = bars(&m, "mindset");
    let first: Vec<Option<i64>> = mindset.bars.iter().map(|b| b.value).collect();
    assert_eq!(first, [Some(5), Some(3), Some(3), Some(2)]);
}

#[test]
fn the_read_back_sums_up_the_map() {
    let m = map();
    let rb = m.read_back.as_ref().unwrap();
    assert_eq!(rb.title, "The map of your initiative");
    assert_eq!(rb.sections.len(), 9);
    assert_eq!(rb.sections[3].picture, Some(3));
    assert_eq!(rb.sections[6].picture, None);
    let landscape = lines(&m, "Your landscape");
    assert_eq!(
        landscape[0],
        "Practice: 13 · Boundary: 6 · Unrealised link: 5"
    );
    assert!(landscape.contains(&"People who use services (1): Patients and carers".to_string()));
    let hot = lines(&m, "The hottest boundaries");
    assert_eq!(
        hot[0],
        "Clinicians ↔ patients and carers: Friction 4 of 5, Learning potential 5 of 5 (Hot but fertile)"
    );
    assert_eq!(hot.len(), 4, "{hot:#?}");
    let power = lines(&m, "Power and stake");
    assert!(
        power.contains(&"Co-convene: Falls clinic, GP practices, Adult social care".to_string()),
        "{power:#?}"
    );
    assert!(power.contains(
        &"Keep aware: Community pharmacy, Home improvement agency, Fire and rescue".to_string()
    ));
    let gaps = lines(&m, "Legitimacy gaps");
    assert_eq!(
        gaps,
        [
            "Legitimacy 1 of 4: Adult social care, Ambulance service",
            "Legitimacy 2 of 4: Patients and carers, Integrated care board"
        ]
    );
    let value = lines(&m, "Your value profile");
    assert_eq!(
        value[0],
        "Stories and indicators: Applied value, Realised value"
    );
    assert_eq!(value[3], "Nothing yet: Transformative value");
    // The call quoted is the revised one, not the first draft.
    let call = lines(&m, "The convening call");
    assert_eq!(call.len(), 1);
    assert!(call[0].starts_with("Revise your call. => Every week"));
    assert!(call[0].contains("information governance"));
    let moves = lines(&m, "Your next moves");
    assert_eq!(moves.len(), 2);
    assert!(moves[0].starts_with(
        "Which moves will you take forward? => - Data-sharing note for crew referrals to Age Well (Owner: "
    ));
    assert!(moves[1].starts_with("What will you do in the next seven days? => Email"));
}
