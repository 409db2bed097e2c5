//! End-to-end (issue 17, point 1): the workbook screen draws its first frame before it tells
//! the participant's own text in the file from convene's lines; a save made straight after
//! opening still keeps every line of it, where it stood.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use support::pty::keys::*;
use support::{make_workbook, open_path_in_pty, wait_on_disk};

const UNDER_HEADING: &str = "Written under the first heading, by hand.";
const AT_END: &str = "A last line of my own at the very end.";

#[test]
fn own_text_is_kept_by_a_save_straight_after_opening() {
    let data = tempfile::tempdir().unwrap();
    let path = make_workbook(data.path(), "Own text hub");
    let md = std::fs::read_to_string(&path).unwrap();
    let heading = md.find("\n## ").unwrap() + 1;
    let line_end = heading + md[heading..].find('\n').unwrap() + 1;
    let edited = format!(
        "{}\n{UNDER_HEADING}\n{}\n{AT_END}\n",
        &md[..line_end],
        &md[line_end..]
    );
    std::fs::write(&path, &edited).unwrap();

    let mut t = open_path_in_pty(data.path(), &path, 100, 40);
    t.wait_for("Name the hub?", 20);
    t.type_text("Typed at once");
    t.send(CTRL_S);
    wait_on_disk(&path, 15, "the answer", |wb| {
        wb.answers
            .values()
            .any(|a| format!("{a:?}").contains("Typed at once"))
    });
    t.send(CTRL_Q);
    assert_eq!(t.wait_exit(20), 0);
    let saved = std::fs::read_to_string(&path).unwrap();
    let under = saved
        .find(UNDER_HEADING)
        .expect("the line under the heading");
    assert!(
        saved[..under].contains("\n## "),
        "kept under its heading:\n{saved}"
    );
    assert!(saved.contains(&format!("{AT_END}\n")), "{saved}");
    assert!(saved.contains("Typed at once"), "{saved}");
}
