//! End-to-end (issue 19, point 8): Ctrl-T over a workbook that already holds a dated
//! snapshot keeps a new one beside it, dated by the save that follows and dated the same
//! at every later save; the pane says which of how many it shows, and Ctrl-B turns back to
//! the older one. Reopened, the file holds both, oldest first.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use convene::content::Moment;
use convene::workbook::{Answer, Snapshot, Taken};
use support::pty::keys::*;
use support::{make_workbook, read_from_disk, text_answer, wait_on_disk};

const CTRL_T: &[u8] = b"\x14";
const CTRL_B: &[u8] = b"\x02";

#[test]
fn a_second_session_keeps_the_first_snapshot_and_dates_the_new_one_once() {
    let data = tempfile::tempdir().unwrap();
    let path = make_workbook(data.path(), "Two sessions");
    let mut wb = read_from_disk(&path);
    let name = |t: &str| Answer::Text(t.into());
    wb.meta.moment = Moment::After;
    wb.meta.place = "basics.name".into();
    wb.earlier = vec![Snapshot {
        taken: Taken::At("2026-11-02T18:30:00+00:00".into()),
        answers: [("basics.name".to_string(), name("Oldest hub"))].into(),
    }];
    wb.answers.insert("basics.name".into(), name("Second hub"));
    std::fs::write(
        &path,
        convene::format::markdown::write(&wb, &support::pack()),
    )
    .unwrap();

    let mut t = support::open_path_in_pty(data.path(), &path, 80, 24);
    t.wait_for("Before the session of 2026-11-02 you wrote:", 20);
    t.send(CTRL_T);
    t.wait_for("Start reflecting after the session?", 10);
    t.send(ENTER);
    wait_on_disk(&path, 20, "a second snapshot, dated", |wb| {
        wb.earlier.len() == 2 && wb.earlier[1].taken.at().is_some()
    });
    let taken = read_from_disk(&path).earlier[1].taken.clone();
    let day = taken.at().unwrap()[..10].to_string();
    // A later save, a second or more after the first, writes the same date.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    t.send(b"x");
    t.send(CTRL_S);
    wait_on_disk(&path, 20, "the edit saved", |wb| {
        text_answer(wb, "basics.name").as_deref() == Some("Second hubx")
    });
    assert_eq!(read_from_disk(&path).earlier[1].taken, taken);
    // The pane shows the latest, with the date its first save gave it (no reopening), and
    // says there is more.
    t.wait_for("(1 of 2; Ctrl-B: older)", 10);
    t.wait_for(&format!("Before the session of {day} you wrote:"), 10);
    t.send(CTRL_B);
    t.wait_for("Before the session of 2026-11-02 you wrote:", 10);
    t.wait_for("Oldest hub", 10);
    t.wait_for("(2 of 2; Ctrl-B: the latest)", 10);
    t.send(CTRL_Q);
    assert_eq!(t.wait_exit(20), 0);
    let back = read_from_disk(&path);
    assert_eq!(back.earlier.len(), 2);
    assert_eq!(
        back.earlier[0].answers.get("basics.name"),
        Some(&name("Oldest hub"))
    );
    assert_eq!(
        back.earlier[1].answers.get("basics.name"),
        Some(&name("Second hub"))
    );
    assert_eq!(back.earlier[1].taken, taken);
    assert_eq!(
        back.earlier_answer("basics.name"),
        Some(&name("Second hub"))
    );
    let text = std::fs::read_to_string(&path).unwrap();
    let day = taken.day().unwrap();
    let newer = text
        .find(&format!("## Before the session of {day}"))
        .unwrap();
    let older = text.find("## Before the session of 2026-11-02").unwrap();
    assert!(newer < older, "newest first in the file");
}
