//! Screen tests for after a session: the answer written before shown with the focused
//! prompt (under it on a narrow pane, beside the editor on a wide one), and the question
//! Ctrl-T asks.

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use crate::app::testpack::state;
use crate::app::{EditKey, Msg, State, update};
use crate::content::Moment;
use crate::workbook::Answer;

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
    if w == 0 || h == 0 {
        return String::new();
    }
    t.backend().to_string()
}

/// After the session, on the story prompt, with the story changed since.
fn after() -> State {
    let mut s = state();
    for e in std::sync::Arc::make_mut(&mut s.pack)
        .themes
        .iter_mut()
        .flat_map(|t| t.exercises.iter_mut())
    {
        e.moment = Moment::Any;
    }
    s.workbook.meta.initiative = "Joined-up care".into();
    s.workbook.answers.insert(
        "map.story".into(),
        Answer::Text("It began with two wards \u{1b}[31mand a GP.".into()),
    );
    update(&mut s, Msg::StartAfter);
    update(&mut s, Msg::Edit(EditKey::Enter));
    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 0,
            prompt: 1,
        },
    );
    update(&mut s, Msg::Edit(EditKey::End));
    for c in " Now the whole town.".chars() {
        update(&mut s, Msg::Edit(EditKey::Char(c)));
    }
    update(&mut s, Msg::Saved);
    s
}

#[test]
fn earlier_answer_under_the_prompt_80x24() {
    let screen = draw(&after(), 80, 24);
    assert!(screen.contains("Before the session you wrote:"), "{screen}");
    assert!(!screen.contains('\u{1b}'));
    insta::assert_snapshot!(screen);
}

#[test]
fn earlier_answer_under_the_prompt_40x12() {
    insta::assert_snapshot!(draw(&after(), 40, 12));
}

#[test]
fn earlier_answer_beside_the_editor_when_wide() {
    let screen = draw(&after(), 124, 30);
    let line = screen
        .lines()
        .find(|l| l.contains("Before the session you wrote:"))
        .unwrap_or_default();
    assert!(
        line.contains("It began with"),
        "beside the editor:\n{screen}"
    );
    insta::assert_snapshot!(screen);
}

#[test]
fn an_unchanged_answer_shows_no_earlier_copy() {
    let mut s = after();
    update(&mut s, Msg::PrevPrompt);
    assert!(!draw(&s, 80, 24).contains("Before the session you wrote:"));
}

#[test]
fn ctrl_t_asks_first() {
    let mut s = state();
    update(&mut s, Msg::StartAfter);
    insta::assert_snapshot!(draw(&s, 80, 24));
    for (w, h) in [(0, 0), (1, 1), (20, 5), (40, 12), (200, 60)] {
        let _ = draw(&s, w, h);
    }
}

#[test]
fn after_screens_render_at_every_size() {
    let s = after();
    for w in (0..=140).step_by(7).chain([1]) {
        for h in (0..=40).step_by(4).chain([1]) {
            let _ = draw(&s, w, h);
        }
    }
}

#[test]
fn an_answer_from_an_earlier_pack_is_shown_as_such_with_how_to_replace_it() {
    let mut s = state();
    s.workbook.answers.insert(
        "map.stance".into(),
        Answer::Text("Written when this was a line".into()),
    );
    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 0,
            prompt: 3,
        },
    );
    let screen = draw(&s, 100, 40);
    assert!(
        screen.contains("From an earlier version of the pack:"),
        "{screen}"
    );
    assert!(screen.contains("Written when this was a line"), "{screen}");
    assert!(screen.contains("Ctrl-K clears this answer"), "{screen}");
}

/// After two sessions: the latest snapshot's answer, dated, with which of how many it is
/// and what Ctrl-B does; Ctrl-B shows the one before, with its own date.
fn after_two() -> State {
    let mut s = crate::app::testpack::after_two_sessions();
    s.workbook.meta.initiative = "Joined-up care".into();
    update(&mut s, Msg::Saved);
    s
}

#[test]
fn two_dated_snapshots_80x24() {
    let mut s = after_two();
    let screen = draw(&s, 80, 24);
    assert!(
        screen.contains("Before the session of 2026-12-04 you wrote:"),
        "{screen}"
    );
    assert!(screen.contains("(1 of 2; Ctrl-B: older)"), "{screen}");
    assert!(screen.contains("Two wards and a GP practice."), "{screen}");
    assert!(
        screen.contains("Ctrl-B earlier"),
        "the footer offers the key:\n{screen}"
    );
    insta::assert_snapshot!(screen);
    update(&mut s, Msg::OlderEarlier);
    let older = draw(&s, 80, 24);
    assert!(
        older.contains("Before the session of 2026-11-02 you wrote:"),
        "{older}"
    );
    assert!(older.contains("(2 of 2; Ctrl-B: the latest)"), "{older}");
    assert!(older.contains("It began with two wards."), "{older}");
    assert!(!older.contains("Two wards and a GP practice."), "{older}");
    insta::assert_snapshot!(older);
}

/// A grid's earlier answer in the participant's words: rows and column names, option
/// labels, never ids.
#[test]
fn an_earlier_grid_is_shown_in_words_not_ids() {
    use crate::workbook::{Row, Value};
    let mut s = state();
    s.workbook.meta.moment = Moment::After;
    let row = |key: &str, seen: &[&str]| Row {
        key: key.into(),
        cells: [(
            "seen".to_string(),
            Value::Choices(seen.iter().map(|c| c.to_string()).collect()),
        )]
        .into(),
        skipped: false,
    };
    *s.workbook.latest_answers_mut() = [(
        "value.cycles".to_string(),
        Answer::Grid(vec![
            row("immediate", &["me", "team"]),
            row("potential", &["team"]),
        ]),
    )]
    .into();
    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 2,
            prompt: 0,
        },
    );
    let screen = draw(&s, 80, 30);
    assert!(screen.contains("Before the session you wrote:"), "{screen}");
    assert!(
        screen.contains("• Immediate (Seen by: Me, Team)"),
        "{screen}"
    );
    assert!(screen.contains("• Potential (Seen by: Team)"), "{screen}");
    assert!(!screen.contains("seen:"), "{screen}");
}
