//! Saves written beside the screen: an outcome for a snapshot taken before the latest
//! changes never marks them saved, and a quit asked for meanwhile saves them before leaving.

use super::testpack::state;
use super::tests::typ;
use super::*;

#[test]
fn every_change_counts_and_moving_alone_does_not() {
    let mut s = state();
    assert_eq!(s.edits(), 0);
    typ(&mut s, "ab");
    assert_eq!(s.edits(), 2);
    update(&mut s, Msg::NextPrompt);
    update(&mut s, Msg::PrevPrompt);
    assert_eq!(s.edits(), 2);
}

#[test]
fn a_save_of_an_earlier_snapshot_leaves_the_later_changes_waiting() {
    let mut s = state();
    typ(&mut s, "a");
    assert_eq!(update(&mut s, Msg::Save), vec![Effect::Save]);
    typ(&mut s, "b");
    assert!(update(&mut s, Msg::SavedEarlier(None)).is_empty());
    assert!(s.dirty, "the b is not on disk yet");
    assert_eq!(s.save_state, SaveState::Saved);
    assert_eq!(update(&mut s, Msg::Autosave), vec![Effect::Save]);
    update(&mut s, Msg::Saved);
    assert!(!s.dirty);
}

#[test]
fn an_earlier_snapshot_saved_aside_says_so() {
    let mut s = state();
    typ(&mut s, "a");
    update(&mut s, Msg::Save);
    typ(&mut s, "b");
    update(
        &mut s,
        Msg::SavedEarlier(Some("/w/wb (conflict).md".into())),
    );
    assert_eq!(
        s.message,
        Some(Notice::SavedAside("/w/wb (conflict).md".into()))
    );
    assert!(s.dirty);
}

#[test]
fn typing_after_quit_while_the_save_is_written_is_saved_before_leaving() {
    let mut s = state();
    typ(&mut s, "a");
    assert_eq!(update(&mut s, Msg::Quit), vec![Effect::Save]);
    typ(&mut s, "b");
    assert_eq!(
        update(&mut s, Msg::SavedEarlier(None)),
        vec![Effect::Save],
        "the b first"
    );
    assert_eq!(update(&mut s, Msg::Saved), vec![Effect::Quit]);
}

/// The save that first writes a snapshot taken in this sitting dates it: the state takes
/// that date (for "Before the session of DATE"), and that is no change to save.
#[test]
fn a_snapshot_dated_by_its_save_takes_the_date_and_is_no_change() {
    let mut s = state();
    typ(&mut s, "a");
    s.workbook.start_after();
    update(&mut s, Msg::Save);
    update(&mut s, Msg::Saved);
    let n = s.workbook.earlier.len() - 1;
    assert_eq!(s.workbook.earlier[n].taken, crate::workbook::Taken::Pending);
    let edits = s.edits();
    let at = "2026-12-04T11:50:00+00:00".to_string();
    assert!(update(&mut s, Msg::Dated(vec![(n, at.clone())])).is_empty());
    assert_eq!(s.workbook.earlier[n].taken.at(), Some(at.as_str()));
    assert!(!s.dirty);
    assert_eq!(s.edits(), edits);
    // A date already there is never changed by a later save's report.
    update(
        &mut s,
        Msg::Dated(vec![(n, "2027-01-01T00:00:00+00:00".into())]),
    );
    assert_eq!(s.workbook.earlier[n].taken.at(), Some(at.as_str()));
}
