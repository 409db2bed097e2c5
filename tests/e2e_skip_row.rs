//! End-to-end (issue 19, point 10): Ctrl-X in a real terminal marks a grid's row "not
//! relevant" — the screen says so in place of its cells, the file keeps `skip="true"` and
//! the row's cells — and Ctrl-X again unmarks it with the cells as they were.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use convene::workbook::{Answer, Fields, Row, Value};
use support::pty::keys::*;
use support::{make_workbook, read_from_disk, wait_on_disk};

const CTRL_X: &[u8] = b"\x18";

fn morning(wb: &convene::workbook::Workbook) -> Option<Row> {
    match wb.answers.get("rate.cycles") {
        Some(Answer::Grid(rows)) => rows.iter().find(|r| r.key == "morning").cloned(),
        _ => None,
    }
}

#[test]
fn ctrl_x_marks_a_row_not_relevant_in_the_file_and_again_unmarks_it_cells_intact() {
    let data = tempfile::tempdir().unwrap();
    let path = make_workbook(data.path(), "Skipping a row");
    let mut wb = read_from_disk(&path);
    wb.meta.place = "rate.cycles".into();
    let cells = Fields::from([("note".to_string(), Value::Text("early".into()))]);
    wb.answers.insert(
        "rate.cycles".into(),
        Answer::Grid(vec![Row {
            key: "morning".into(),
            cells: cells.clone(),
            skipped: false,
        }]),
    );
    std::fs::write(
        &path,
        convene::format::markdown::write(&wb, &support::pack()),
    )
    .unwrap();

    let mut t = support::open_path_in_pty(data.path(), &path, 80, 24);
    t.wait_for("Rate each cycle?", 20);
    t.send(CTRL_X);
    t.wait_for("— not relevant", 10);
    wait_on_disk(&path, 20, "the row marked in the file", |wb| {
        morning(wb).is_some_and(|r| r.skipped)
    });
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("skip=\"true\"")
    );
    assert_eq!(morning(&read_from_disk(&path)).unwrap().cells, cells);
    t.send(CTRL_X);
    t.wait_for("Row back to answer.", 10);
    wait_on_disk(&path, 20, "the mark taken off", |wb| {
        morning(wb).is_some_and(|r| !r.skipped)
    });
    assert_eq!(morning(&read_from_disk(&path)).unwrap().cells, cells);
    t.send(CTRL_Q);
    assert_eq!(t.wait_exit(20), 0);
}
