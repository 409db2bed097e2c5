//! End-to-end: F3 shows the map of the initiative in the real binary, its keys move between
//! tabs without touching the answers, and Esc goes back to typing (issue 7).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use support::pty::keys::*;
use support::{read_from_disk, text_answer};

const F3: &[u8] = b"\x1bOR";
const ESC: &[u8] = b"\x1b";

#[test]
fn f3_shows_the_map_and_esc_goes_back_to_typing() {
    let data = tempfile::tempdir().unwrap();
    let (path, mut t) = support::open_in_pty(data.path(), "Map", 100, 30);
    t.wait_for("Name the hub?", 20);
    t.type_text("ab");
    t.wait_for("F3 map", 10);
    t.send(F3);
    t.wait_for("Esc back to answers", 10);
    // Typing and moving on the map leave the answers alone.
    t.type_text("zz");
    t.keys(&[TAB, RIGHT, DOWN, PAGE_DOWN, SHIFT_TAB]);
    t.wait_for("Read-back", 10);
    t.send(ESC);
    t.wait_for("Name the hub?", 10);
    t.type_text("c");
    t.wait_for("abc", 10);
    t.send(CTRL_Q);
    assert_eq!(t.wait_exit(20), 0);
    t.assert_restored(10);
    let wb = read_from_disk(&path);
    assert_eq!(text_answer(&wb, "basics.name").as_deref(), Some("abc"));
}
