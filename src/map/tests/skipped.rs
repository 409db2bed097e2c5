//! Rows marked "not relevant" stay off the map: no point, no "not placed yet", no bar, no
//! heat on an edge, and none in the read-back.

use super::*;
use crate::map::map_of;
use crate::workbook::Answer;

/// `answered()` with Clinic marked not relevant in the quadrant and the bars, and the first
/// boundary in the heat grid (their ratings kept).
fn with_clinic_skipped() -> Workbook {
    let mut wb = answered();
    for id in ["landscape.power", "landscape.trust", "edges.heat"] {
        if let Some(Answer::Grid(rows)) = wb.answers.get_mut(id) {
            for r in rows.iter_mut() {
                if r.key == "Clinic" || r.key == "Clinic ↔ carers" {
                    r.skipped = true;
                }
            }
        }
    }
    wb
}

#[test]
fn a_row_marked_not_relevant_is_left_off_every_picture() {
    let m = map_of(&pack(), &with_clinic_skipped());
    let PictureBody::Quadrant(q) = body(&m, "power") else {
        panic!("not a quadrant")
    };
    // Clinic was the one point; now there is none, and it is not waiting to be placed.
    assert!(q.points.is_empty(), "{:?}", q.points);
    assert_eq!(q.unplaced, ["Carers", "Council"]);
    let PictureBody::Bars(b) = body(&m, "trust") else {
        panic!("not bars")
    };
    let labels: Vec<&str> = b.bars.iter().map(|x| x.label.as_str()).collect();
    assert_eq!(labels, ["Carers", "Council"]);
    let PictureBody::Network(n) = body(&m, "landscape") else {
        panic!("not a network")
    };
    assert!(n.edges.iter().all(|e| e.heat.is_none()), "{:?}", n.edges);
    // The read-back's bars: Clinic's trust of 1 was its first line; it is not rated yet
    // either, since it is not relevant.
    assert_eq!(
        lines(&map_of(&pack(), &answered()), 1)[0],
        "Trust 1 of 4: Clinic"
    );
    assert_eq!(lines(&m, 1), ["Not rated yet: Carers, Council"]);
}
