//! Pure `update` tests for looking back after a series of sessions: Ctrl-B turns the
//! focused question's earlier answer back one snapshot at a time, then to the latest.

use super::testpack::said;
use super::*;
use crate::workbook::Answer;

fn after_two() -> State {
    super::testpack::after_two_sessions()
}

#[test]
fn ctrl_b_turns_back_a_snapshot_at_a_time_then_to_the_latest() {
    let mut s = after_two();
    assert_eq!(earlier_shown(&s), Some(0), "the latest first");
    update(&mut s, Msg::OlderEarlier);
    assert_eq!(earlier_shown(&s), Some(1), "then the one before");
    update(&mut s, Msg::OlderEarlier);
    assert_eq!(
        earlier_shown(&s),
        Some(0),
        "after the oldest, the latest again"
    );
    assert_eq!(
        s.workbook.answers.get("map.story"),
        Some(&Answer::Text("Now the whole town.".into()))
    );
    assert!(!s.dirty, "looking back changes nothing");
}

#[test]
fn another_question_shows_its_latest() {
    let mut s = after_two();
    s.workbook.earlier[0]
        .answers
        .insert("map.name".into(), Answer::Text("Old name".into()));
    s.workbook.earlier[1]
        .answers
        .insert("map.name".into(), Answer::Text("Newer name".into()));
    update(&mut s, Msg::OlderEarlier);
    assert_eq!(earlier_shown(&s), Some(1));
    update(&mut s, Msg::PrevPrompt);
    assert_eq!(earlier_shown(&s), Some(0));
    update(&mut s, Msg::NextPrompt);
    assert_eq!(
        earlier_shown(&s),
        Some(0),
        "coming back starts at the latest"
    );
}

#[test]
fn an_unchanged_answer_is_shown_only_when_asked() {
    let mut s = after_two();
    s.workbook.answers.insert(
        "map.story".into(),
        Answer::Text("Two wards and a GP practice.".into()),
    );
    assert_eq!(
        earlier_shown(&s),
        None,
        "the latest says what the answer says"
    );
    update(&mut s, Msg::OlderEarlier);
    assert_eq!(
        earlier_shown(&s),
        Some(1),
        "Ctrl-B goes straight to the older one"
    );
    update(&mut s, Msg::OlderEarlier);
    assert_eq!(
        earlier_shown(&s),
        Some(0),
        "then the latest, shown this time"
    );
}

#[test]
fn ctrl_b_with_nothing_kept_says_so() {
    let mut s = after_two();
    update(&mut s, Msg::PrevPrompt);
    update(&mut s, Msg::OlderEarlier);
    assert_eq!(earlier_shown(&s), None);
    let words = said(&s).unwrap_or_default();
    assert!(
        words.contains("Nothing was kept from before a session"),
        "{words}"
    );
    // With one kept and shown, Ctrl-B says that is all.
    let mut one = after_two();
    one.workbook.earlier.remove(0);
    assert_eq!(earlier_shown(&one), Some(0));
    update(&mut one, Msg::OlderEarlier);
    assert_eq!(one.message, Some(Notice::OnlyBefore));
    assert_eq!(earlier_shown(&one), Some(0));
    // Before any session, nothing.
    let mut before = super::testpack::state();
    update(&mut before, Msg::OlderEarlier);
    assert_eq!(before.message, Some(Notice::NothingBefore));
}
