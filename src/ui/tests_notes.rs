//! Screen tests of a coach's notes: shown under the answers and at the top of the first
//! exercise, labelled, sanitised, cut when long, and kept in view with the focus.

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use crate::app::testpack::state;
use crate::app::{EditKey, Msg, State, update};
use crate::workbook::notes::{CoachNotes, Note};

fn draw(state: &State, w: u16, h: u16) -> String {
    let mut t = match Terminal::new(TestBackend::new(w, h)) {
        Ok(t) => t,
        Err(e) => unreachable!("test backend: {e}"),
    };
    if let Err(e) = t.draw(|f| {
        super::render(state, f);
    }) {
        unreachable!("draw: {e}");
    }
    t.backend().to_string()
}

fn typ(s: &mut State, text: &str) {
    for c in text.chars() {
        update(s, Msg::Edit(EditKey::Char(c)));
    }
}

fn notes() -> CoachNotes {
    let mut n = CoachNotes {
        general: vec![Note::new(
            "Jo",
            "A strong start. Look again at who is missing.",
        )],
        ..CoachNotes::default()
    };
    n.prompts.insert(
        "map.name".into(),
        vec![Note::new(
            "Jo",
            "Does the name say \u{1b}[31mwhat it is for?",
        )],
    );
    n.prompts.insert(
        "map.story".into(),
        vec![Note::new("Jo", "Who told you this story first?")],
    );
    n
}

/// A workbook with two answers and the coach's notes, focus on the first prompt.
fn with_notes() -> State {
    let mut s = state();
    s.workbook.meta.initiative = "Joined-up care".into();
    typ(&mut s, "Joined-up care");
    update(&mut s, Msg::NextPrompt);
    typ(&mut s, "It began with a conversation.");
    update(&mut s, Msg::PrevPrompt);
    update(&mut s, Msg::Saved);
    s.show_coach_notes(Ok(Some(notes())));
    s
}

#[test]
fn workbook_screen_with_notes_80x24() {
    insta::assert_snapshot!(draw(&with_notes(), 80, 24));
}

#[test]
fn workbook_screen_with_notes_40x12() {
    insta::assert_snapshot!(draw(&with_notes(), 40, 12));
}

#[test]
fn notes_are_labelled_and_control_characters_shown_not_obeyed() {
    let screen = draw(&with_notes(), 100, 40);
    assert!(
        screen.contains("│ Coach's note on your workbook (Jo):"),
        "{screen}"
    );
    assert!(screen.contains("│ A strong start."), "{screen}");
    assert!(screen.contains("│ Coach's note (Jo):"), "{screen}");
    assert!(
        screen.contains("│ Does the name say ␛[31mwhat it is for?"),
        "{screen}"
    );
    assert!(
        screen.contains("│ Who told you this story first?"),
        "{screen}"
    );
    assert!(!screen.contains('\u{1b}'));
}

#[test]
fn without_notes_nothing_is_shown_and_other_exercises_have_no_general_note() {
    let plain = draw(&state(), 100, 40);
    assert!(!plain.contains("Coach's note"), "{plain}");
    let mut s = with_notes();
    update(&mut s, Msg::NextExercise);
    let screen = draw(&s, 100, 40);
    assert!(!screen.contains("Coach's note"), "{screen}");
}

#[test]
fn a_note_without_a_coach_name_and_a_long_note_is_cut() {
    let mut s = with_notes();
    let mut n = notes();
    let long = (1..=40)
        .map(|i| format!("line {i}"))
        .collect::<Vec<_>>()
        .join("\n");
    n.prompts
        .insert("map.name".into(), vec![Note::new("", &long)]);
    s.show_coach_notes(Ok(Some(n)));
    update(&mut s, Msg::NextPrompt);
    update(&mut s, Msg::PrevPrompt);
    let screen = draw(&s, 100, 60);
    assert!(screen.contains("│ Coach's note:"), "{screen}");
    assert!(screen.contains("│ line 11"), "{screen}");
    assert!(!screen.contains("line 12"), "{screen}");
    assert!(
        screen.contains("│ … (the whole note is in the coach's notes file"),
        "{screen}"
    );
}

#[test]
fn an_unreadable_notes_file_is_said_on_the_status_line() {
    let mut s = state();
    s.show_coach_notes(Err(
        "w.coach.md:3: the note that starts here never ends".into()
    ));
    let screen = draw(&s, 100, 24);
    assert!(
        screen.contains("Coach's notes not shown: w.coach.md:3: the note that starts here"),
        "{screen}"
    );
    assert!(s.coach_notes.is_none());
}

#[test]
fn the_focused_editor_stays_in_view_below_a_long_general_note() {
    let mut s = state();
    let mut n = notes();
    let long = (1..=11)
        .map(|i| format!("general {i}"))
        .collect::<Vec<_>>()
        .join("\n");
    n.general = vec![Note::new("Jo", &long)];
    s.show_coach_notes(Ok(Some(n)));
    // The pane at 40×12 has 9 rows: the general note alone is taller.
    for _ in 0..3 {
        update(&mut s, Msg::NextPrompt);
    }
    for _ in 0..3 {
        update(&mut s, Msg::PrevPrompt);
    }
    typ(&mut s, "Typed here");
    let screen = draw(&s, 40, 12);
    assert!(
        screen.contains("Typed here"),
        "the editor is in view:\n{screen}"
    );
}

#[test]
fn moving_to_a_prompt_brings_its_note_into_view_when_it_fits() {
    let mut s = with_notes();
    update(&mut s, Msg::NextPrompt);
    let screen = draw(&s, 40, 12);
    // The story prompt: its editor, then the coach's note on it, both visible.
    assert!(screen.contains("Who told you this"), "{screen}");
}
