//! Pure `update` tests: navigation, text editing, choices, scales, overlays, save and quit.

use super::testpack::{said, state};
use super::*;
use crate::workbook::Answer;

pub(super) fn send(s: &mut State, msgs: impl IntoIterator<Item = Msg>) -> Vec<Effect> {
    msgs.into_iter().flat_map(|m| update(s, m)).collect()
}

pub(super) fn typ(s: &mut State, text: &str) {
    for c in text.chars() {
        update(s, Msg::Edit(EditKey::Char(c)));
    }
}

pub(super) fn key(s: &mut State, k: EditKey) -> Vec<Effect> {
    update(s, Msg::Edit(k))
}

fn text(s: &State, id: &str) -> Option<String> {
    match s.workbook.answers.get(id) {
        Some(Answer::Text(t)) => Some(t.clone()),
        _ => None,
    }
}

#[test]
fn typing_goes_straight_into_the_focused_line_and_marks_dirty() {
    let mut s = state();
    typ(&mut s, "Better care");
    assert_eq!(text(&s, "map.name").as_deref(), Some("Better care"));
    assert!(s.dirty);
    key(&mut s, EditKey::Backspace);
    assert_eq!(text(&s, "map.name").as_deref(), Some("Better car"));
}

#[test]
fn enter_in_a_line_confirms_and_moves_on_and_saves() {
    let mut s = state();
    typ(&mut s, "x");
    let fx = key(&mut s, EditKey::Enter);
    assert_eq!((s.ex, s.prompt), (0, 1));
    assert_eq!(fx, vec![Effect::Save]);
}

#[test]
fn enter_in_long_text_is_a_new_line_and_undo_redo_work() {
    let mut s = state();
    update(&mut s, Msg::NextPrompt);
    typ(&mut s, "one");
    key(&mut s, EditKey::Enter);
    typ(&mut s, "two");
    assert_eq!((s.ex, s.prompt), (0, 1));
    assert_eq!(text(&s, "map.story").as_deref(), Some("one\ntwo"));
    key(&mut s, EditKey::Undo);
    assert_ne!(text(&s, "map.story").as_deref(), Some("one\ntwo"));
    key(&mut s, EditKey::Redo);
    assert_eq!(text(&s, "map.story").as_deref(), Some("one\ntwo"));
}

#[test]
fn tab_and_shift_tab_cross_exercises_and_stop_at_the_ends() {
    let mut s = state();
    update(&mut s, Msg::PrevPrompt);
    assert_eq!((s.ex, s.prompt), (0, 0));
    send(&mut s, std::iter::repeat_n(Msg::NextPrompt, 7));
    assert_eq!((s.ex, s.prompt), (1, 0));
    update(&mut s, Msg::PrevPrompt);
    assert_eq!((s.ex, s.prompt), (0, 6));
    send(&mut s, std::iter::repeat_n(Msg::NextPrompt, 20));
    assert_eq!((s.ex, s.prompt), (2, 0));
}

#[test]
fn page_keys_move_between_exercises() {
    let mut s = state();
    update(&mut s, Msg::NextPrompt);
    update(&mut s, Msg::NextExercise);
    assert_eq!((s.ex, s.prompt), (1, 0));
    update(&mut s, Msg::NextExercise);
    update(&mut s, Msg::NextExercise);
    assert_eq!(s.ex, 2);
    update(&mut s, Msg::PrevExercise);
    assert_eq!(s.ex, 1);
}

#[test]
fn moving_saves_only_when_something_changed() {
    let mut s = state();
    assert!(update(&mut s, Msg::NextPrompt).is_empty());
    typ(&mut s, "a");
    assert_eq!(update(&mut s, Msg::NextPrompt), vec![Effect::Save]);
}

#[test]
fn choice_arrows_move_and_space_selects_and_toggles() {
    let mut s = state();
    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 0,
            prompt: 3,
        },
    );
    key(&mut s, EditKey::Down);
    key(&mut s, EditKey::Char(' '));
    assert_eq!(
        s.workbook.answers.get("map.stance"),
        Some(&Answer::Choice("edge".into()))
    );
    key(&mut s, EditKey::Char('3'));
    assert_eq!(
        s.workbook.answers.get("map.stance"),
        Some(&Answer::Choice("out".into()))
    );
    key(&mut s, EditKey::Char(' '));
    assert_eq!(s.workbook.answers.get("map.stance"), None);
}

#[test]
fn multi_choice_from_a_list_respects_its_maximum() {
    let mut s = state();
    let items = ["Ann", "Bo", "Cy"].map(|n| crate::workbook::Item {
        text: n.into(),
        ..Default::default()
    });
    s.workbook
        .answers
        .insert("map.people".into(), Answer::List(items.to_vec()));
    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 0,
            prompt: 4,
        },
    );
    key(&mut s, EditKey::Down);
    key(&mut s, EditKey::Char(' '));
    key(&mut s, EditKey::Up);
    key(&mut s, EditKey::Char(' '));
    assert_eq!(
        s.workbook.answers.get("map.allies"),
        Some(&Answer::Choices(vec!["Ann".into(), "Bo".into()]))
    );
    key(&mut s, EditKey::Char('3'));
    assert!(said(&s).as_deref().is_some_and(|m| m.contains("at most 2")));
    assert_eq!(
        s.workbook.answers.get("map.allies"),
        Some(&Answer::Choices(vec!["Ann".into(), "Bo".into()]))
    );
}

#[test]
fn scales_take_arrows_and_digits_within_range() {
    let mut s = state();
    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 0,
            prompt: 5,
        },
    );
    key(&mut s, EditKey::Right);
    assert_eq!(
        s.workbook.answers.get("map.energy"),
        Some(&Answer::Number(1))
    );
    key(&mut s, EditKey::Char('4'));
    key(&mut s, EditKey::Right);
    key(&mut s, EditKey::Right);
    assert_eq!(
        s.workbook.answers.get("map.energy"),
        Some(&Answer::Number(5))
    );
    key(&mut s, EditKey::Char('9'));
    assert_eq!(
        s.workbook.answers.get("map.energy"),
        Some(&Answer::Number(5))
    );
    assert!(s.message.is_some());
    update(&mut s, Msg::NextPrompt);
    key(&mut s, EditKey::Char('2'));
    assert_eq!(
        s.workbook.answers.get("map.trust"),
        Some(&Answer::Choice("some".into()))
    );
    key(&mut s, EditKey::Left);
    assert_eq!(
        s.workbook.answers.get("map.trust"),
        Some(&Answer::Choice("low".into()))
    );
}

#[test]
fn outline_jumps_and_escape_closes_without_losing_text() {
    let mut s = state();
    typ(&mut s, "kept");
    update(&mut s, Msg::OpenOutline);
    assert!(matches!(s.overlay, Some(Overlay::Outline { cursor: 1 })));
    update(&mut s, Msg::Escape);
    assert_eq!(s.overlay, None);
    assert_eq!(text(&s, "map.name").as_deref(), Some("kept"));
    update(&mut s, Msg::OpenOutline);
    key(&mut s, EditKey::Down); // theme "Power"
    key(&mut s, EditKey::Down); // its first exercise
    key(&mut s, EditKey::Down);
    let fx = key(&mut s, EditKey::Enter);
    assert_eq!(s.overlay, None);
    assert_eq!(s.ex, 2);
    assert_eq!(fx, vec![Effect::Save]);
}

#[test]
fn typing_in_an_overlay_does_not_touch_answers() {
    let mut s = state();
    update(&mut s, Msg::OpenHelp);
    typ(&mut s, "zz");
    update(&mut s, Msg::Paste("pasted".into()));
    assert!(s.workbook.answers.is_empty());
    update(&mut s, Msg::NextPrompt);
    assert!(matches!(s.overlay, Some(Overlay::About { .. })));
    update(&mut s, Msg::OpenHelp);
    assert!(matches!(s.overlay, Some(Overlay::Help { .. })));
}

#[test]
fn save_reports_only_after_the_result_comes_back() {
    let mut s = state();
    typ(&mut s, "a");
    assert_eq!(update(&mut s, Msg::Save), vec![Effect::Save]);
    assert_eq!(s.save_state, SaveState::Unchanged);
    update(&mut s, Msg::SaveFailed("disk full".into()));
    assert_eq!(s.save_state, SaveState::Failed("disk full".into()));
    assert!(s.dirty);
    update(&mut s, Msg::Saved);
    assert_eq!(s.save_state, SaveState::Saved);
    assert!(!s.dirty);
    assert!(update(&mut s, Msg::Autosave).is_empty());
}

#[test]
fn quit_saves_first_and_a_failed_save_needs_a_second_quit() {
    let mut s = state();
    assert_eq!(update(&mut s, Msg::Quit), vec![Effect::Quit]);
    let mut s = state();
    typ(&mut s, "a");
    assert_eq!(update(&mut s, Msg::Quit), vec![Effect::Save]);
    assert_eq!(update(&mut s, Msg::Saved), vec![Effect::Quit]);

    let mut s = state();
    typ(&mut s, "a");
    update(&mut s, Msg::Quit);
    assert!(update(&mut s, Msg::SaveFailed("read-only".into())).is_empty());
    assert!(said(&s).as_deref().is_some_and(|m| m.contains("NOT saved")));
    assert_eq!(update(&mut s, Msg::Quit), vec![Effect::Save, Effect::Quit]);
}

#[test]
fn a_key_between_two_quits_cancels_the_warning() {
    let mut s = state();
    typ(&mut s, "a");
    update(&mut s, Msg::Quit);
    update(&mut s, Msg::SaveFailed("x".into()));
    typ(&mut s, "b");
    assert_eq!(update(&mut s, Msg::Quit), vec![Effect::Save]);
}

#[test]
fn terminate_saves_and_quits_unconditionally() {
    let mut s = state();
    assert_eq!(
        update(&mut s, Msg::Terminate),
        vec![Effect::Save, Effect::Quit]
    );
}

#[test]
fn paste_inserts_text_not_key_presses() {
    let mut s = state();
    update(&mut s, Msg::Paste("two\r\nlines\u{1b}".into()));
    assert_eq!(text(&s, "map.name").as_deref(), Some("two lines"));
    assert_eq!((s.ex, s.prompt), (0, 0));
    update(&mut s, Msg::NextPrompt);
    update(&mut s, Msg::Paste("a\nb".into()));
    assert_eq!(text(&s, "map.story").as_deref(), Some("a\nb"));
}

#[test]
fn a_click_focuses_a_prompt_and_the_wheel_scrolls() {
    let mut s = state();
    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 1,
            prompt: 1,
        },
    );
    assert_eq!((s.ex, s.prompt), (1, 1));
    update(&mut s, Msg::ScrollTo(7));
    assert_eq!(s.scroll, Some(7));
    update(&mut s, Msg::NextPrompt);
    assert_eq!(s.scroll, None);
}

#[test]
fn existing_answers_load_into_the_editor() {
    let mut wb = crate::workbook::Workbook::default();
    wb.answers
        .insert("map.name".into(), Answer::Text("Old".into()));
    // Reopened where it was left (else it would resume at the first unanswered question).
    wb.meta.place = "map.name".into();
    let mut s = State::new(super::testpack::pack(), wb, "x".into());
    typ(&mut s, "er");
    assert_eq!(text(&s, "map.name").as_deref(), Some("Older"));
}

#[test]
fn answers_without_a_question_are_announced_and_kept() {
    let mut wb = crate::workbook::Workbook::default();
    wb.answers
        .insert("gone.prompt".into(), Answer::Text("old".into()));
    let mut s = State::new(super::testpack::pack(), wb, "x".into());
    assert!(
        said(&s)
            .as_deref()
            .is_some_and(|m| m.starts_with("1 answer"))
    );
    typ(&mut s, "a");
    assert_eq!(
        s.workbook.answers.get("gone.prompt"),
        Some(&Answer::Text("old".into()))
    );
}

#[test]
fn an_autosave_between_two_quits_keeps_the_warning() {
    let mut s = state();
    typ(&mut s, "a");
    update(&mut s, Msg::Quit);
    update(&mut s, Msg::SaveFailed("x".into()));
    assert_eq!(update(&mut s, Msg::Autosave), vec![Effect::Save]);
    update(&mut s, Msg::SaveFailed("x".into()));
    assert_eq!(update(&mut s, Msg::Quit), vec![Effect::Save, Effect::Quit]);
}
