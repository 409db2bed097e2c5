//! Unit tests of Compare as a place to work: the cursor on participants, the pane following
//! it, notes written on the focused answer, and Enter into the reader and Esc back.

use super::testcohort::{said, state};
use super::*;

fn key(s: &mut State, k: Key) -> Vec<Effect> {
    update(s, Msg::Key(k))
}

fn typ(s: &mut State, text: &str) {
    for c in text.chars() {
        key(s, Key::Char(c));
    }
}

/// Compare on "Who is involved?" (map.people), opened from the cohort list.
fn compare_people() -> State {
    let mut s = state();
    key(&mut s, Key::Char('c'));
    typ(&mut s, "who is");
    key(&mut s, Key::Enter);
    s
}

fn compare(s: &State) -> Compare {
    match &s.screen {
        Screen::Compare(c) => c.clone(),
        other => unreachable!("not on compare: {other:?}"),
    }
}

fn focus(s: &State) -> Option<usize> {
    s.compare_focus(&compare(s))
}

#[test]
fn up_and_down_move_between_participants_and_stop_at_the_ends() {
    let mut s = compare_people();
    assert_eq!(focus(&s), Some(0), "Ada first, as the list shows");
    key(&mut s, Key::Down);
    assert_eq!(focus(&s), Some(1));
    key(&mut s, Key::Char('j'));
    assert_eq!(focus(&s), Some(2));
    key(&mut s, Key::Down);
    assert_eq!(focus(&s), Some(2), "stops on the last");
    key(&mut s, Key::Up);
    assert_eq!(focus(&s), Some(1));
    key(&mut s, Key::Home);
    assert_eq!(focus(&s), Some(0));
    key(&mut s, Key::End);
    assert_eq!(focus(&s), Some(2));
    key(&mut s, Key::Up);
    key(&mut s, Key::Up);
    key(&mut s, Key::Up);
    assert_eq!(focus(&s), Some(0), "stops on the first");
}

#[test]
fn the_cursor_follows_the_list_order_and_stays_on_its_prompt_change() {
    let mut s = state();
    // Sorted by last change: Ben, cy, Ada.
    key(&mut s, Key::Char('s'));
    key(&mut s, Key::Char('s'));
    key(&mut s, Key::Home);
    key(&mut s, Key::Char('c'));
    typ(&mut s, "who is");
    key(&mut s, Key::Enter);
    assert_eq!(s.compare_shown(), [1, 2, 0]);
    assert_eq!(focus(&s), Some(1), "the list's cursor was on Ben");
    key(&mut s, Key::Down);
    assert_eq!(focus(&s), Some(2));
    let before = compare(&s).prompt;
    key(&mut s, Key::Right);
    assert_eq!(compare(&s).prompt, before + 1);
    assert_eq!(focus(&s), Some(2), "another prompt keeps the participant");
    // Picking a prompt from compare keeps the participant too.
    key(&mut s, Key::Char('c'));
    typ(&mut s, "energy");
    key(&mut s, Key::Enter);
    assert_eq!(focus(&s), Some(2));
}

#[test]
fn compare_from_the_reader_starts_on_that_participant() {
    let mut s = state();
    key(&mut s, Key::Down);
    key(&mut s, Key::Enter);
    key(&mut s, Key::Char('c'));
    key(&mut s, Key::Enter);
    assert_eq!(focus(&s), Some(1), "Ben, whom the coach was reading");
}

#[test]
fn page_keys_scroll_and_moving_the_cursor_brings_the_pane_back_to_it() {
    let mut s = compare_people();
    super::testcohort::drawn_pane(&mut s, 10, 25);
    key(&mut s, Key::PageDown);
    assert_eq!(compare(&s).scroll, 9);
    assert_eq!(focus(&s), Some(0), "PageDown does not move the cursor");
    key(&mut s, Key::PageDown);
    key(&mut s, Key::PageDown);
    assert_eq!(compare(&s).scroll, 25, "clamped to the last page");
    key(&mut s, Key::PageUp);
    assert_eq!(compare(&s).scroll, 16);
    key(&mut s, Key::Down);
    assert_eq!(compare(&s).scroll, 0, "the pane follows the cursor again");
    assert_eq!(focus(&s), Some(1));
}

#[test]
fn n_writes_the_note_on_the_focused_answer_to_this_prompt_and_saves_it() {
    let mut s = compare_people();
    key(&mut s, Key::Down);
    key(&mut s, Key::Char('n'));
    assert!(
        matches!(&s.overlay, Some(Overlay::Note(e)) if e.wb == 1 && e.prompt.as_deref() == Some("map.people")),
        "{:?}",
        s.overlay
    );
    typ(&mut s, "Who else does the pharmacist work with?");
    assert_eq!(key(&mut s, Key::Esc), vec![Effect::SaveNotes(1)]);
    assert_eq!(
        s.notes[1].texts(Some("map.people")),
        ["Who else does the pharmacist work with?"]
    );
    assert!(matches!(s.screen, Screen::Compare(_)), "still on compare");
    assert_eq!(focus(&s), Some(1));
    // Again: the editor opens on the note written, to edit it.
    key(&mut s, Key::Char('n'));
    let Some(Overlay::Note(e)) = &s.overlay else {
        unreachable!("the editor is open")
    };
    assert_eq!(e.editor.text(), "Who else does the pharmacist work with?");
    key(&mut s, Key::Esc);
    // N: the note on that participant's whole workbook.
    key(&mut s, Key::Char('N'));
    assert!(matches!(&s.overlay, Some(Overlay::Note(e)) if e.wb == 1 && e.prompt.is_none()));
}

#[test]
fn n_on_compare_leaves_notes_that_could_not_be_read_alone() {
    let mut s = State::new(
        crate::app::testpack::pack(),
        super::testcohort::cohort(),
        vec![
            Ok(Default::default()),
            Err("bad bytes".into()),
            Ok(Default::default()),
        ],
    );
    key(&mut s, Key::Char('c'));
    typ(&mut s, "who is");
    key(&mut s, Key::Enter);
    key(&mut s, Key::Down);
    key(&mut s, Key::Char('n'));
    assert!(s.overlay.is_none());
    assert!(said(&s).as_deref().is_some_and(|m| m.contains("bad bytes")));
}

#[test]
fn enter_reads_the_focused_participant_at_this_prompt_and_esc_comes_back() {
    let mut s = compare_people();
    key(&mut s, Key::Down);
    let before = compare(&s);
    key(&mut s, Key::Enter);
    assert!(matches!(&s.screen, Screen::Reader(r) if r.wb == 1));
    assert_eq!(
        s.reader_prompt()
            .and_then(|i| s.prompts.get(i))
            .map(|p| p.id.as_str()),
        Some("map.people"),
        "the reader is at the prompt compared"
    );
    key(&mut s, Key::Esc);
    assert_eq!(
        s.screen,
        Screen::Compare(before),
        "same prompt, same participant"
    );
    key(&mut s, Key::Esc);
    assert_eq!(s.screen, Screen::Cohort);
    // A prompt in another exercise.
    let mut s = state();
    key(&mut s, Key::Char('c'));
    typ(&mut s, "rate each");
    key(&mut s, Key::Enter);
    key(&mut s, Key::Enter);
    assert_eq!(
        s.reader_prompt()
            .and_then(|i| s.prompts.get(i))
            .map(|p| p.id.as_str()),
        Some("influence.grid")
    );
}

#[test]
fn with_nobody_shown_the_keys_do_nothing() {
    let mut s = state();
    key(&mut s, Key::Char('/'));
    typ(&mut s, "nobody wrote this");
    key(&mut s, Key::Enter);
    key(&mut s, Key::Char('c'));
    key(&mut s, Key::Enter);
    assert!(s.compare_shown().is_empty());
    for k in [Key::Down, Key::Up, Key::End, Key::Enter, Key::Char('n')] {
        key(&mut s, k);
    }
    assert!(matches!(s.screen, Screen::Compare(_)));
    assert!(s.overlay.is_none());
    assert_eq!(focus(&s), None);
}
