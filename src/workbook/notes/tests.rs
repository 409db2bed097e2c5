//! Unit tests of the notes model: one coach's note among others, dates, marks, merging
//! two saves, and the names of notes files.

use super::*;

fn note(by: &str, text: &str) -> Note {
    Note {
        by: by.into(),
        at: "2026-11-23T10:00:00Z".into(),
        answer: String::new(),
        text: text.into(),
    }
}

#[test]
fn a_coach_sets_only_their_own_note() {
    let mut n = CoachNotes::default();
    n.prompts
        .insert("e.p".into(), vec![note("Helen Ng", "Helen's")]);
    assert!(n.set(Some("e.p"), "Raj Singh", "Raj's", answer_mark(None)));
    assert_eq!(n.on(Some("e.p")).len(), 2);
    assert_eq!(
        n.by(Some("e.p"), "Helen Ng").map(|n| n.text.as_str()),
        Some("Helen's")
    );
    assert_eq!(
        n.by(Some("e.p"), "Helen Ng").map(|n| n.at.as_str()),
        Some("2026-11-23T10:00:00Z")
    );
    assert!(!n.set(Some("e.p"), "Raj Singh", "Raj's", String::new()));
    assert!(n.set(Some("e.p"), "Raj Singh", "  ", String::new()));
    assert_eq!(n.on(Some("e.p")).len(), 1);
    assert!(n.set(Some("e.p"), "Helen Ng", "", String::new()));
    assert!(n.prompts.is_empty());
    assert_eq!(n.count(), 0);
}

#[test]
fn stamping_dates_only_unsaved_notes() {
    let mut n = CoachNotes::default();
    n.general.push(note("A", "old"));
    n.set(None, "B", "new", String::new());
    let saved = n.clone();
    n.stamp("2026-12-01T09:00:00Z", None);
    assert_eq!(n.general[0].at, "2026-11-23T10:00:00Z");
    assert_eq!(n.general[1].at, "2026-12-01T09:00:00Z");
    // A note given again unchanged keeps the date it was saved with.
    // A note given again unchanged keeps the date it was saved with; a changed one not.
    let mut again = saved.clone();
    again.general[0].at = String::new();
    again.general[1].text = "newer".into();
    let mut on_disk = saved;
    on_disk.general[1].at = "2026-11-30T08:00:00Z".into();
    again.stamp("2026-12-02T09:00:00Z", Some(&on_disk));
    assert_eq!(again.general[0].at, "2026-11-23T10:00:00Z");
    assert_eq!(again.general[1].at, "2026-12-02T09:00:00Z");
}

#[test]
fn the_mark_tells_answers_apart_and_is_stable() {
    let a = Answer::Text("ab".into());
    assert_eq!(
        answer_mark(Some(&a)),
        answer_mark(Some(&Answer::Text("ab".into())))
    );
    assert_ne!(
        answer_mark(Some(&a)),
        answer_mark(Some(&Answer::Choice("ab".into())))
    );
    assert_ne!(
        answer_mark(Some(&Answer::Choices(vec!["a".into(), "b".into()]))),
        answer_mark(Some(&Answer::Choices(vec!["ab".into()])))
    );
    assert_eq!(answer_mark(Some(&Answer::Text(" ".into()))), "none");
    // Fixed here so a change to the mark (which would flag every note) is seen.
    assert_eq!(answer_mark(Some(&a)), "f6a7dd7aafdc39e6");
    let n = Note {
        answer: answer_mark(Some(&a)),
        ..note("A", "x")
    };
    assert!(!n.answer_changed(Some(&a)));
    assert!(n.answer_changed(Some(&Answer::Text("abc".into()))));
    assert!(n.answer_changed(None));
    assert!(!note("A", "x").answer_changed(None));
}

#[test]
fn two_coaches_saves_merge_and_one_coach_twice_does_not() {
    let mut base = CoachNotes::default();
    base.prompts.insert("e.p".into(), vec![note("A", "a1")]);
    let mut ours = base.clone();
    ours.set(Some("e.p"), "B", "b1", String::new());
    ours.state = ReviewState::Reviewed;
    let mut theirs = base.clone();
    theirs.set(Some("e.p"), "A", "a2", String::new());
    theirs.set(None, "A", "whole", String::new());
    let m = merge(&base, &ours, &theirs).unwrap();
    let texts: Vec<&str> = m.on(Some("e.p")).iter().map(|n| n.text.as_str()).collect();
    assert_eq!(texts, ["a2", "b1"]);
    assert_eq!(m.general.len(), 1);
    assert_eq!(m.state, ReviewState::Reviewed);
    let mut clash = base.clone();
    clash.set(Some("e.p"), "A", "a3", String::new());
    assert_eq!(merge(&base, &clash, &theirs), None);
    let mut removed = base.clone();
    removed.set(Some("e.p"), "A", "", String::new());
    assert!(merge(&base, &removed, &base).unwrap().prompts.is_empty());
}

#[test]
fn sidecars_and_their_copies_are_told_from_workbooks() {
    for (name, wb) in [
        ("sam.coach.md", "sam.md"),
        ("Sam.Coach.MD", "Sam.md"),
        ("sam.coach (1).md", "sam.md"),
        ("sam.coach-2.md", "sam.md"),
        ("sam.coach (conflict 2026-11-23 2015).md", "sam.md"),
    ] {
        assert!(is_sidecar(Path::new(name)), "{name}");
        assert_eq!(
            workbook_of(Path::new(name)),
            Some(PathBuf::from(wb)),
            "{name}"
        );
    }
    for name in [
        "sam.md",
        "coach.md",
        "sam.coaching.md",
        "sam.coach (draft).md",
        "x.coach.txt",
    ] {
        assert!(!is_sidecar(Path::new(name)), "{name}");
    }
}
