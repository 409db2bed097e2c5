//! `map_of`'s pictures: the network, the quadrant chart and the bars.

use super::*;
use crate::content::load_builtin;
use crate::map::map_of;
use crate::workbook::{Answer, Row};

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
    // The participant's name for the boundary first, then its kind (issue 19).
    assert_eq!(first.label.as_deref(), Some("Clinic ↔ carers, Sector"));
    let heat = first
        .heat
        .as_ref()
        .map(|h| (h.value, h.min, h.max, h.is_high()));
    assert_eq!(heat, Some((4, 1, 5, true)));
    // No kind chosen: the name alone; friction 9 is outside 1..5: no heat.
    let second = &n.edges[1];
    assert_eq!((second.from, second.to), (0, 2));
    assert_eq!(
        (second.label.as_deref(), second.heat.as_ref()),
        (Some("Clinic ↔ council"), None)
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
            quadrant: 3,
            group: None,
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
        cells: [("evidence".to_string(), choice(id))].into_iter().collect(),
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
    assert_eq!((b.min, b.max, b.levels.len()), (1, 4, 4));
    assert_eq!(
        (b.low.as_str(), b.high.as_str()),
        ("Nothing yet", "Stories and indicators")
    );
    assert_eq!(b.bars.len(), 8);
    assert_eq!(b.bars[0].value, Some(2));
    assert!(b.bars[1..].iter().all(|x| x.value.is_none()));
    let value = lines(&m, 5);
    assert_eq!(value[0], "Hunches: Immediate value");
    assert!(value[1].starts_with("Not rated yet: Potential value, Applied value"));
}

#[test]
fn a_hand_built_pack_naming_a_missing_prompt_leaves_the_picture_out() {
    let mut pack = pack();
    pack.pictures[1].kind = crate::content::PictureKind::Quadrant {
        prompt: "no.such".into(),
    };
    let m = map_of(&pack, &answered());
    let ids: Vec<&str> = m.pictures.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["landscape", "trust"]);
    let Some(rb) = &m.read_back else {
        panic!("no read-back")
    };
    // The trust section still points at the trust picture, now at index 1.
    assert_eq!(rb.sections[1].picture, Some(1));
}
