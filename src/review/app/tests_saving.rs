//! Unit tests of notes saved on the edge's own thread: while saves of a workbook's notes
//! are on their way only the last one's outcome stands, and quitting waits for them all.

use super::testcohort::{said, state};
use super::*;

fn key(s: &mut State, k: Key) -> Vec<Effect> {
    update(s, Msg::Key(k))
}

fn note(s: &mut State, text: &str) -> Vec<Effect> {
    key(s, Key::Char('n'));
    for c in text.chars() {
        key(s, Key::Char(c));
    }
    key(s, Key::Esc)
}

fn saved(s: &mut State, wb: usize, notes: CoachNotes) -> Vec<Effect> {
    update(s, Msg::NotesSaved(wb, "p.coach.md".into(), Box::new(notes)))
}

#[test]
fn an_earlier_saves_outcome_never_undoes_a_later_change() {
    let mut s = state();
    assert_eq!(note(&mut s, "first"), vec![Effect::SaveNotes(0)]);
    let first = s.notes[0].clone();
    // A second change while the first save is on its way.
    assert_eq!(note(&mut s, " and more"), vec![Effect::SaveNotes(0)]);
    assert_eq!(s.saving.get(&0), Some(&2));
    // The first save comes back with the notes as they were then: the later change stays,
    // and is still unsaved.
    saved(&mut s, 0, first);
    assert_eq!(s.notes[0].texts(None), ["first and more"]);
    assert!(s.unsaved.contains_key(&0));
    // A failure of the earlier one says nothing either: the later one tells.
    let mut t = state();
    note(&mut t, "a");
    note(&mut t, "b");
    update(&mut t, Msg::NotesFailed(0, "disk full".into()));
    assert!(!said(&t).is_some_and(|m| m.contains("disk full")));
    let last = t.notes[0].clone();
    saved(&mut t, 0, last);
    assert!(t.unsaved.is_empty() && t.saving.is_empty());
    // The last one back stands.
    let last = s.notes[0].clone();
    saved(&mut s, 0, last);
    assert!(s.unsaved.is_empty() && s.saving.is_empty());
    assert_eq!(s.notes[0].texts(None), ["first and more"]);
}

#[test]
fn quitting_waits_for_every_save_on_its_way() {
    use crate::workbook::notes::ReviewState;
    let mut s = state();
    // Two workbooks' review states changed; neither save is back.
    assert_eq!(key(&mut s, Key::Char('r')), vec![Effect::SaveNotes(0)]);
    key(&mut s, Key::Down);
    assert_eq!(key(&mut s, Key::Char('r')), vec![Effect::SaveNotes(1)]);
    assert!(key(&mut s, Key::Char('q')).is_empty(), "waits, no warning");
    assert!(!said(&s).is_some_and(|m| m.contains("q again")));
    let back = s.notes[0].clone();
    assert!(saved(&mut s, 0, back).is_empty(), "one still on its way");
    let back = s.notes[1].clone();
    assert_eq!(saved(&mut s, 1, back), vec![Effect::Quit]);
    assert_eq!(s.notes[1].state, ReviewState::Reviewed);
    // When the last one fails, the quit warns instead.
    let mut s = state();
    key(&mut s, Key::Char('r'));
    assert!(key(&mut s, Key::Ctrl('q')).is_empty());
    assert!(update(&mut s, Msg::NotesFailed(0, "read-only".into())).is_empty());
    assert!(said(&s).is_some_and(|m| m.contains("read-only") && m.contains("q again")));
    assert_eq!(key(&mut s, Key::Char('q')), vec![Effect::Quit]);
}
