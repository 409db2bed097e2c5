//! `map_of`'s read-back: each summary, and quoted or missing answers.

use super::*;
use crate::content::load_builtin;
use crate::map::map_of;
use crate::workbook::{Answer, Row, Workbook};

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
    // Friction 5,4,3,2,1,5,4 with learning 1,2,3,1,2,3,1: high from 4.
    assert_eq!(
        lines(&m, 2),
        [
            "F-edge: Friction 5 of 5, Learning potential 3 of 5 (Hard edge)",
            "A-edge: Friction 5 of 5, Learning potential 1 of 5 (Hard edge)",
            "B-edge: Friction 4 of 5, Learning potential 2 of 5 (Hard edge)",
            "G-edge: Friction 4 of 5, Learning potential 1 of 5 (Hard edge)",
        ]
    );
    assert_eq!(
        lines(&m, 3),
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
        lines(&map_of(&pack, &cold), 2),
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
    let hot = lines(&map_of(&pack, &w), 2);
    assert_eq!(hot.len(), 6);
    assert_eq!(hot[5], "… and 3 more");
}

#[test]
fn read_back_of_rows_not_rated_yet_only_names_them() {
    let mut w = answered();
    w.answers
        .insert("landscape.trust".into(), Answer::Grid(vec![]));
    let m = map_of(&pack(), &w);
    assert_eq!(lines(&m, 1), ["Not rated yet: Clinic, Carers, Council"]);
    let empty = map_of(&pack(), &wb(vec![]));
    let PictureBody::Quadrant(q) = body(&empty, "power") else {
        panic!("not a quadrant")
    };
    assert!(q.points.is_empty() && q.unplaced.is_empty());
}

#[test]
fn a_network_without_groups_lists_every_name_once() {
    let mut pack = pack();
    if let crate::content::PictureKind::Network(n) = &mut pack.pictures[0].kind {
        n.group = None;
    }
    let m = map_of(&pack, &answered());
    assert_eq!(
        lines(&m, 0),
        [
            "Practice: 3 · Boundary: 2",
            "Named (3): Clinic, Carers, Council"
        ]
    );
}
