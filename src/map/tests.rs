//! Unit tests of `map_of`: each picture kind and each read-back summary, on the small
//! pictures pack of tests/packs/valid/pictures (and the built-in pack for named levels).

use std::collections::BTreeMap;

use crate::content::{Pack, load_builtin, load_files};
use crate::workbook::{Answer, Item, Row, Value, Workbook};

use super::map_of;
use super::model::*;

fn pack() -> Pack {
    let files = vec![
        (
            "pack.yaml".to_string(),
            include_bytes!("../../tests/packs/valid/pictures/pack.yaml").to_vec(),
        ),
        (
            "main.yaml".to_string(),
            include_bytes!("../../tests/packs/valid/pictures/main.yaml").to_vec(),
        ),
    ];
    match load_files(&files) {
        Ok(pack) => pack,
        Err(p) => panic!("the pictures pack does not load: {p:#?}"),
    }
}

fn item(name: &str, fields: &[(&str, Value)]) -> Item {
    Item {
        text: name.to_string(),
        fields: fields
            .iter()
            .map(|(k, v)| ((*k).to_string(), v.clone()))
            .collect(),
    }
}

fn row(key: &str, cells: &[(&str, i64)]) -> Row {
    Row {
        key: key.to_string(),
        cells: cells
            .iter()
            .map(|(k, v)| ((*k).to_string(), Value::Number(*v)))
            .collect(),
    }
}

fn choice(id: &str) -> Value {
    Value::Choice(id.to_string())
}

fn wb(answers: Vec<(&str, Answer)>) -> Workbook {
    Workbook {
        answers: answers
            .into_iter()
            .map(|(k, a)| (k.to_string(), a))
            .collect::<BTreeMap<_, _>>(),
        ..Workbook::default()
    }
}

/// Three practices (one unnamed, one named twice), two boundaries and ratings.
fn answered() -> Workbook {
    wb(vec![
        (
            "landscape.practices",
            Answer::List(vec![
                item("Clinic", &[("type", choice("an-organisation"))]),
                item("  ", &[("type", choice("a-community"))]),
                item("Carers", &[("type", choice("a-community"))]),
                item("Clinic", &[]),
                item("Council", &[]),
            ]),
        ),
        (
            "edges.boundaries",
            Answer::List(vec![
                item(
                    "Clinic ↔ carers",
                    &[
                        ("side-a", choice("Clinic")),
                        ("side-b", choice("Carers")),
                        ("kind", choice("sector")),
                    ],
                ),
                item(
                    "Gone",
                    &[("side-a", choice("Clinic")), ("side-b", choice("Removed"))],
                ),
                item(
                    "Clinic ↔ council",
                    &[("side-a", choice("Clinic")), ("side-b", choice("Council"))],
                ),
            ]),
        ),
        (
            "edges.heat",
            Answer::Grid(vec![
                row("Clinic ↔ carers", &[("friction", 4), ("learning", 5)]),
                row("Clinic ↔ council", &[("friction", 9), ("learning", 1)]),
            ]),
        ),
        (
            "landscape.power",
            Answer::Grid(vec![
                row("Clinic", &[("power", 5), ("stake", 2)]),
                row("Carers", &[("power", 1)]),
                row("Council", &[("power", 0), ("stake", 5)]),
            ]),
        ),
        (
            "landscape.trust",
            Answer::Grid(vec![
                row("Clinic", &[("trust", 1)]),
                row("Council", &[("trust", 7)]),
            ]),
        ),
    ])
}

fn body<'m>(m: &'m Map, id: &str) -> &'m PictureBody {
    match m.pictures.iter().find(|p| p.id == id) {
        Some(p) => &p.body,
        None => panic!("no picture {id}"),
    }
}

fn lines(m: &Map, section: usize) -> Vec<String> {
    let Some(rb) = &m.read_back else {
        panic!("no read-back")
    };
    rb.sections[section]
        .items
        .iter()
        .map(|i| match i {
            ReadBackItem::Line(l) => l.clone(),
            ReadBackItem::Answer { question, text } => format!("{question} => {text}"),
            ReadBackItem::Missing(m) => format!("MISSING {m}"),
        })
        .collect()
}

#[test]
fn an_empty_workbook_draws_empty_pictures_and_says_what_is_missing() {
    let m = map_of(&pack(), &Workbook::default());
    assert_eq!(m.pictures.len(), 3);
    assert!(m.pictures.iter().all(|p| p.body.is_empty()));
    assert_eq!(
        lines(&m, 0),
        ["MISSING Not answered yet: Which practices matter?"]
    );
    assert_eq!(
        lines(&m, 1),
        ["MISSING Not answered yet: How far does each trust you?"]
    );
    assert_eq!(lines(&m, 2), ["MISSING Not answered yet: Write your call."]);
}

#[test]
fn network_nodes_skip_empty_and_repeated_names_and_keep_groups() {
    let m = map_of(&pack(), &answered());
    let PictureBody::Network(n) = body(&m, "landscape") else {
        panic!("not a network")
    };
    let labels: Vec<&str> = n.nodes.iter().map(|x| x.label.as_str()).collect();
    assert_eq!(labels, ["Clinic", "Carers", "Council"]);
    assert_eq!(n.groups, ["An organisation", "A community"]);
    let groups: Vec<Option<usize>> = n.nodes.iter().map(|x| x.group).collect();
    assert_eq!(groups, [Some(0), Some(1), None]);
    assert_eq!(
        n.edge_kinds,
        [EdgeKind {
            label: "Boundary".into(),
            dashed: false
        }]
    );
}

#[test]
fn network_edges_join_named_nodes_with_their_label_and_heat() {
    let m = map_of(&pack(), &answered());
    let PictureBody::Network(n) = body(&m, "landscape") else {
        panic!("not a network")
    };
    // "Gone" names a practice no longer in the list: left out.
    assert_eq!(n.edges.len(), 2);
    let first = &n.edges[0];
    assert_eq!((first.from, first.to, first.kind), (0, 1, 0));
    assert_eq!(first.label.as_deref(), Some("Sector"));
    let heat = first
        .heat
        .as_ref()
        .map(|h| (h.value, h.min, h.max, h.is_high()));
    assert_eq!(heat, Some((4, 1, 5, true)));
    // No kind chosen: no label; friction 9 is outside 1..5: no heat.
    let second = &n.edges[1];
    assert_eq!((second.from, second.to), (0, 2));
    assert_eq!(
        (second.label.as_deref(), second.heat.as_ref()),
        (None, None)
    );
}

#[test]
fn quadrant_places_rows_rated_on_both_axes_within_range() {
    let m = map_of(&pack(), &answered());
    let PictureBody::Quadrant(q) = body(&m, "power") else {
        panic!("not a quadrant")
    };
    assert_eq!(
        q.quadrants,
        ["Co-convene", "Invite", "Keep aware", "Sponsor"]
    );
    assert_eq!(
        (q.x.label.as_str(), q.x.min, q.x.max, q.x.high_from),
        ("Power", 1, 5, 4)
    );
    assert_eq!(
        q.points,
        [Point {
            label: "Clinic".into(),
            x: 5,
            y: 2,
            quadrant: 3
        }]
    );
    // Carers has one rating; Council's power 0 is outside the scale.
    assert_eq!(q.unplaced, ["Carers", "Council"]);
}

#[test]
fn bars_measure_rated_rows_and_leave_the_rest_empty() {
    let m = map_of(&pack(), &answered());
    let PictureBody::Bars(b) = body(&m, "trust") else {
        panic!("not bars")
    };
    assert_eq!((b.measure.as_str(), b.min, b.max), ("Trust", 0, 4));
    assert!(b.levels.is_empty());
    assert_eq!((b.low.as_str(), b.high.as_str()), ("not at all", "fully"));
    let values: Vec<(&str, Option<i64>)> =
        b.bars.iter().map(|x| (x.label.as_str(), x.value)).collect();
    assert_eq!(
        values,
        [("Clinic", Some(1)), ("Carers", None), ("Council", None)]
    );
}

#[test]
fn bars_over_named_levels_count_from_one() {
    let pack = match load_builtin() {
        Ok(p) => p,
        Err(p) => panic!("{p:#?}"),
    };
    let cells = |id: &str| Row {
        key: "immediate".into(),
        cells: [("known".to_string(), choice(id))].into_iter().collect(),
    };
    let m = map_of(
        &pack,
        &wb(vec![(
            "value-cycle-scan.scan",
            Answer::Grid(vec![cells("hunches")]),
        )]),
    );
    let PictureBody::Bars(b) = body(&m, "value") else {
        panic!("not bars")
    };
    assert_eq!((b.min, b.max, b.levels.len()), (1, 5, 5));
    assert_eq!(
        (b.low.as_str(), b.high.as_str()),
        ("Nothing yet", "Stories and indicators")
    );
    assert_eq!(b.bars.len(), 8);
    assert_eq!(b.bars[0].value, Some(2));
    assert!(b.bars[1..].iter().all(|x| x.value.is_none()));
    let value = lines(&m, 4);
    assert_eq!(value[0], "Hunches: Immediate value");
    assert!(value[1].starts_with("Not rated yet: Potential value, Applied value"));
}

#[test]
fn read_back_landscape_counts_and_groups() {
    let m = map_of(&pack(), &answered());
    assert_eq!(
        lines(&m, 0),
        [
            "Practice: 3 · Boundary: 2",
            "An organisation (1): Clinic",
            "A community (1): Carers",
            "Type not given (1): Council"
        ]
    );
    let Some(rb) = &m.read_back else {
        panic!("no read-back")
    };
    assert_eq!(rb.sections[0].picture, Some(0));
    assert_eq!(rb.sections[2].picture, None);
}

#[test]
fn read_back_lowest_lists_gaps_lowest_first_then_unrated() {
    let mut w = answered();
    w.answers.insert(
        "landscape.trust".into(),
        Answer::Grid(vec![
            row("Clinic", &[("trust", 2)]),
            row("Carers", &[("trust", 0)]),
            row("Council", &[("trust", 4)]),
        ]),
    );
    let m = map_of(&pack(), &w);
    assert_eq!(
        lines(&m, 1),
        ["Trust 0 of 4: Carers", "Trust 2 of 4: Clinic"]
    );
    w.answers.insert(
        "landscape.trust".into(),
        Answer::Grid(vec![row("Clinic", &[("trust", 3)])]),
    );
    let m = map_of(&pack(), &w);
    assert_eq!(
        lines(&m, 1),
        [
            "Nothing is rated low on Trust.",
            "Not rated yet: Carers, Council"
        ]
    );
}

#[test]
fn read_back_quotes_answers_in_words() {
    let mut w = answered();
    w.answers
        .insert("edges.call".into(), Answer::Text("Come and see.\n".into()));
    let m = map_of(&pack(), &w);
    assert_eq!(lines(&m, 2), ["Write your call. => Come and see."]);
    w.answers
        .insert("edges.call".into(), Answer::Text("  ".into()));
    let m = map_of(&pack(), &w);
    assert_eq!(lines(&m, 2), ["MISSING Not answered yet: Write your call."]);
}

/// The built-in pack's quadrant summaries, on a hand-made workbook.
#[test]
fn read_back_quadrants_and_hottest() {
    let pack = match load_builtin() {
        Ok(p) => p,
        Err(p) => panic!("{p:#?}"),
    };
    let names = ["A", "B", "C", "D", "E", "F", "G"];
    let practices = names.iter().map(|n| item(n, &[])).collect();
    let boundaries = names
        .iter()
        .map(|n| item(&format!("{n}-edge"), &[]))
        .collect();
    let heat: Vec<Row> = names
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let i = i64::try_from(i).unwrap_or(0);
            row(
                &format!("{n}-edge"),
                &[("friction", 5 - i % 5), ("learning", 1 + i % 3)],
            )
        })
        .collect();
    let w = wb(vec![
        ("populate-landscape.practices", Answer::List(practices)),
        ("boundary-inventory.boundaries", Answer::List(boundaries)),
        ("barrier-or-asset.profile", Answer::Grid(heat)),
        (
            "power-and-stake.map",
            Answer::Grid(vec![row("A", &[("power", 5), ("stake", 5)]), row("B", &[])]),
        ),
    ]);
    let m = map_of(&pack, &w);
    // Friction 5,4,3,2,1,5,4 with learning 1,2,3,1,2,3,1: high from 3.
    assert_eq!(
        lines(&m, 1),
        [
            "F-edge: Friction 5 of 5, Learning potential 3 of 5 (Hot but fertile)",
            "A-edge: Friction 5 of 5, Learning potential 1 of 5 (Hard edge)",
            "B-edge: Friction 4 of 5, Learning potential 2 of 5 (Hard edge)",
            "G-edge: Friction 4 of 5, Learning potential 1 of 5 (Hard edge)",
            "C-edge: Friction 3 of 5, Learning potential 3 of 5 (Hot but fertile)",
        ]
    );
    assert_eq!(
        lines(&m, 2),
        [
            "Co-convene: A",
            "Invite into the space: none yet",
            "Keep aware: none yet",
            "Secure sponsorship: none yet",
            "Not rated yet: B, C, D, E, F, G"
        ]
    );
    let cold = wb(vec![
        (
            "boundary-inventory.boundaries",
            Answer::List(vec![item("X", &[])]),
        ),
        (
            "barrier-or-asset.profile",
            Answer::Grid(vec![row("X", &[("friction", 1), ("learning", 1)])]),
        ),
    ]);
    assert_eq!(
        lines(&map_of(&pack, &cold), 1),
        ["Nothing is rated high on Friction yet."]
    );
}

#[test]
fn more_than_five_hot_rows_end_with_a_count() {
    let pack = match load_builtin() {
        Ok(p) => p,
        Err(p) => panic!("{p:#?}"),
    };
    let names: Vec<String> = (0..8).map(|i| format!("E{i}")).collect();
    let w = wb(vec![
        (
            "boundary-inventory.boundaries",
            Answer::List(names.iter().map(|n| item(n, &[])).collect()),
        ),
        (
            "barrier-or-asset.profile",
            Answer::Grid(
                names
                    .iter()
                    .map(|n| row(n, &[("friction", 5), ("learning", 2)]))
                    .collect(),
            ),
        ),
    ]);
    let hot = lines(&map_of(&pack, &w), 1);
    assert_eq!(hot.len(), 6);
    assert_eq!(hot[5], "… and 3 more");
}
