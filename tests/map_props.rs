//! Property test: `map_of` never panics on any workbook and keeps every index and value
//! valid (edges join existing nodes, points sit in one of four quadrants within the axes,
//! bar values lie within their scale, read-back sections name existing pictures).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod markdown_support;

use convene::content::{Pack, load_builtin};
use convene::map::{Map, PictureBody, map_of};
use convene::workbook::{Answer, Fields, Item, Row, Value, Workbook};
use markdown_support::{answer, hostile, value};
use proptest::prelude::*;
use proptest::strategy::BoxedStrategy;

fn pack() -> Pack {
    load_builtin().expect("built-in pack")
}

/// A name: usually one of a few shared ones (so references between answers match), else
/// anything.
fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(vec!["Clinic", "Carers", "Council", " Clinic", ""]).prop_map(String::from),
        1 => hostile(),
    ]
}

/// A cell: a number in or near a 0..5 scale, any number, a choice of a shared id, or any value.
fn cell() -> impl Strategy<Value = Value> {
    prop_oneof![
        3 => (-2i64..8).prop_map(Value::Number),
        1 => any::<i64>().prop_map(Value::Number),
        2 => prop::sample::select(vec![
            "organisation", "people", "sector", "hunches", "both", "nothing", "Clinic", "Carers",
        ])
        .prop_map(|s| Value::Choice(s.to_string())),
        1 => name().prop_map(Value::Choice),
        1 => value(),
    ]
}

/// A choice naming a node (usually), else any cell.
fn node_ref() -> BoxedStrategy<Value> {
    prop_oneof![4 => name().prop_map(Value::Choice), 1 => cell()].boxed()
}

/// A rating on or near a 0..5 scale (usually), else any cell.
fn rating() -> BoxedStrategy<Value> {
    prop_oneof![4 => (-1i64..7).prop_map(Value::Number), 1 => cell()].boxed()
}

fn any_cell() -> BoxedStrategy<Value> {
    cell().boxed()
}

/// Each key present (with its own kind of value) most of the time.
fn cells(spec: Vec<(&'static str, BoxedStrategy<Value>)>) -> impl Strategy<Value = Fields> {
    let keys: Vec<&'static str> = spec.iter().map(|(k, _)| *k).collect();
    let values: Vec<BoxedStrategy<Option<Value>>> = spec
        .into_iter()
        .map(|(_, s)| prop::option::weighted(0.85, s).boxed())
        .collect();
    values.prop_map(move |vals| {
        keys.iter()
            .zip(vals)
            .filter_map(|(k, v)| v.map(|v| ((*k).to_string(), v)))
            .collect()
    })
}

fn list(spec: fn() -> Vec<(&'static str, BoxedStrategy<Value>)>) -> impl Strategy<Value = Answer> {
    prop::collection::vec(
        (name(), cells(spec())).prop_map(|(text, fields)| Item { text, fields }),
        0..6,
    )
    .prop_map(Answer::List)
}

fn grid(spec: fn() -> Vec<(&'static str, BoxedStrategy<Value>)>) -> impl Strategy<Value = Answer> {
    let key = prop_oneof![
        3 => name(),
        1 => prop::sample::select(vec!["immediate", "realised", "strategic"]).prop_map(String::from),
    ];
    prop::collection::vec(
        (key, cells(spec())).prop_map(|(key, cells)| Row {
            key,
            cells,
            skipped: false,
        }),
        0..6,
    )
    .prop_map(Answer::Grid)
}

/// Well-typed answers to every prompt the pictures read, each sometimes left out or
/// replaced by an answer of any shape, plus answers to other prompts.
fn workbook() -> impl Strategy<Value = Workbook> {
    let ids: Vec<String> = pack().prompts().map(|p| p.qualified_id.clone()).collect();
    let typed = (
        list(|| vec![("type", any_cell())]),
        list(|| {
            vec![
                ("side-a", node_ref()),
                ("side-b", node_ref()),
                ("type", any_cell()),
            ]
        }),
        list(|| vec![("from", node_ref()), ("to", node_ref())]),
        grid(|| vec![("friction", rating()), ("learning", rating())]),
        grid(|| vec![("power", rating()), ("stake", rating())]),
        grid(|| vec![("legitimacy", rating())]),
        grid(|| vec![("known", any_cell())]),
    );
    let shapes = prop::collection::vec((0usize..7, answer()), 0..2);
    let others = prop::collection::btree_map(prop::sample::select(ids), answer(), 0..6);
    (typed, shapes, others).prop_map(|(typed, shapes, mut answers)| {
        let (a, b, c, d, e, f, g) = typed;
        let targets = [
            "populate-landscape.practices",
            "boundary-inventory.boundaries",
            "unrealised-potential.links",
            "barrier-or-asset.profile",
            "power-and-stake.map",
            "legitimacy-map.map",
            "value-cycle-scan.scan",
        ];
        for (id, answer) in targets.iter().zip([a, b, c, d, e, f, g]) {
            answers.insert((*id).to_string(), answer);
        }
        for (i, answer) in shapes {
            answers.insert(targets[i].to_string(), answer);
        }
        Workbook {
            answers,
            ..Workbook::default()
        }
    })
}

fn check(map: &Map) -> Result<(), TestCaseError> {
    for p in &map.pictures {
        match &p.body {
            PictureBody::Network(n) => {
                for (i, node) in n.nodes.iter().enumerate() {
                    prop_assert!(!node.label.trim().is_empty());
                    prop_assert!(!n.nodes[..i].iter().any(|m| m.label == node.label));
                    prop_assert!(node.group.is_none_or(|g| g < n.groups.len()));
                }
                for e in &n.edges {
                    prop_assert!(e.from < n.nodes.len() && e.to < n.nodes.len());
                    prop_assert!(e.kind < n.edge_kinds.len());
                    if let Some(h) = &e.heat {
                        prop_assert!((h.min..=h.max).contains(&h.value));
                    }
                }
            }
            PictureBody::Quadrant(q) => {
                for pt in &q.points {
                    prop_assert!(pt.quadrant < 4);
                    prop_assert!((q.x.min..=q.x.max).contains(&pt.x));
                    prop_assert!((q.y.min..=q.y.max).contains(&pt.y));
                    let expected = match (pt.x >= q.x.high_from, pt.y >= q.y.high_from) {
                        (true, true) => 0,
                        (false, true) => 1,
                        (false, false) => 2,
                        (true, false) => 3,
                    };
                    prop_assert_eq!(pt.quadrant, expected);
                }
            }
            PictureBody::Bars(b) => {
                prop_assert!(b.min < b.max);
                if !b.levels.is_empty() {
                    prop_assert_eq!(i64::try_from(b.levels.len()).ok(), Some(b.max - b.min + 1));
                }
                for bar in &b.bars {
                    prop_assert!(bar.value.is_none_or(|v| (b.min..=b.max).contains(&v)));
                }
            }
        }
    }
    let rb = map
        .read_back
        .as_ref()
        .expect("the built-in pack has a read-back");
    for s in &rb.sections {
        prop_assert!(s.picture.is_none_or(|i| i < map.pictures.len()));
        prop_assert!(!s.items.is_empty(), "section {} says nothing", s.title);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn map_of_keeps_its_indices_valid(wb in workbook()) {
        let pack = pack();
        let map = map_of(&pack, &wb);
        prop_assert_eq!(map.pictures.len(), pack.pictures.len());
        check(&map)?;
        prop_assert_eq!(map_of(&pack, &wb), map, "map_of is a pure function");
    }
}
