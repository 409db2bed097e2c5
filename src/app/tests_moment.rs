//! Pure `update` tests for before and after a session: the filter (Ctrl-F) and starting to
//! reflect after a session (Ctrl-T).

use super::tests::{send, typ};
use super::*;
use crate::workbook::{Answer, Workbook};

/// The test pack with moments: map before, power after, value any time.
fn state_with(moment: Moment) -> State {
    let mut pack = super::testpack::pack();
    let moments = [Moment::Before, Moment::After, Moment::Any];
    for (e, m) in pack
        .themes
        .iter_mut()
        .flat_map(|t| t.exercises.iter_mut())
        .zip(moments)
    {
        e.moment = m;
    }
    let mut wb = Workbook::default();
    wb.meta.moment = moment;
    State::new(pack, wb, "test.md".into())
}

fn outline_exercises(s: &State) -> Vec<usize> {
    s.outline_rows()
        .into_iter()
        .filter_map(|r| match r {
            OutlineRow::Exercise(e) => Some(e),
            OutlineRow::Theme(_) => None,
        })
        .collect()
}

#[test]
fn the_workbooks_moment_chooses_the_filter_and_ctrl_f_cycles_it() {
    let s = state_with(Moment::Any);
    assert_eq!(s.filter, Moment::Any);
    assert_eq!(outline_exercises(&s), vec![0, 1, 2]);
    let mut s = state_with(Moment::Before);
    assert_eq!(s.filter, Moment::Before);
    assert_eq!(
        outline_exercises(&s),
        vec![0, 2],
        "any-time exercises always show"
    );
    send(&mut s, [Msg::CycleFilter]);
    assert_eq!(s.filter, Moment::After);
    assert_eq!(outline_exercises(&s), vec![1, 2]);
    assert_eq!(
        s.ex, 1,
        "the hidden exercise gave way to the next shown one"
    );
    assert!(s.message.is_some());
    send(&mut s, [Msg::CycleFilter]);
    assert_eq!(s.filter, Moment::Any);
    assert_eq!(outline_exercises(&s), vec![0, 1, 2]);
    assert!(!s.dirty, "filtering changes nothing in the workbook");
}

#[test]
fn navigation_skips_exercises_the_filter_hides() {
    let mut s = state_with(Moment::Before);
    assert_eq!(s.ex, 0);
    send(&mut s, [Msg::NextExercise]);
    assert_eq!(s.ex, 2, "power is for after a session");
    send(&mut s, [Msg::PrevExercise]);
    assert_eq!(s.ex, 0);
    // Tab off the last prompt of map lands on value, not power.
    let last = s.exercise().map_or(0, |e| e.prompts.len()) - 1;
    send(
        &mut s,
        [
            Msg::FocusPrompt {
                exercise: 0,
                prompt: last,
            },
            Msg::NextPrompt,
        ],
    );
    assert_eq!((s.ex, s.prompt), (2, 0));
    send(&mut s, [Msg::PrevPrompt]);
    assert_eq!((s.ex, s.prompt), (0, last));
    // An after workbook opens on the first exercise it shows.
    let s = state_with(Moment::After);
    assert_eq!(s.ex, 1);
}

#[test]
fn ctrl_t_asks_and_only_enter_or_y_starts_after_the_session() {
    let mut s = state_with(Moment::Before);
    typ(&mut s, "Better care");
    let fx = send(&mut s, [Msg::StartAfter]);
    assert!(fx.is_empty());
    assert_eq!(s.overlay, Some(Overlay::ConfirmAfter));
    send(&mut s, [Msg::Edit(EditKey::Char('x')), Msg::CycleFilter]);
    assert_eq!(
        s.overlay,
        Some(Overlay::ConfirmAfter),
        "other keys do nothing"
    );
    assert_eq!(s.filter, Moment::Before);
    send(&mut s, [Msg::Escape]);
    assert_eq!(s.overlay, None);
    assert!(s.workbook.earlier.is_empty(), "Esc cancels");
    assert_eq!(s.workbook.meta.moment, Moment::Before);
    let fx = send(&mut s, [Msg::StartAfter, Msg::Edit(EditKey::Char('y'))]);
    assert_eq!(fx, vec![Effect::Save]);
    assert_eq!(s.overlay, None);
    assert_eq!(s.workbook.meta.moment, Moment::After);
    assert_eq!(s.filter, Moment::After);
    assert_eq!(
        s.workbook.earlier.get("map.name"),
        Some(&Answer::Text("Better care".into()))
    );
    assert_eq!(
        s.workbook.earlier, s.workbook.answers,
        "a copy of every answer"
    );
    assert!(s.dirty);
}

#[test]
fn starting_after_again_replaces_the_earlier_answers() {
    let mut s = state_with(Moment::Any);
    typ(&mut s, "first");
    send(&mut s, [Msg::StartAfter, Msg::Edit(EditKey::Enter)]);
    send(&mut s, [Msg::CycleFilter]);
    assert_eq!(s.filter, Moment::Any);
    send(
        &mut s,
        [Msg::FocusPrompt {
            exercise: 0,
            prompt: 0,
        }],
    );
    typ(&mut s, " and second");
    assert_eq!(
        s.workbook.earlier.get("map.name"),
        Some(&Answer::Text("first".into())),
        "typing after the session leaves the earlier answer alone"
    );
    send(&mut s, [Msg::StartAfter, Msg::Edit(EditKey::Enter)]);
    assert_eq!(
        s.workbook.earlier.get("map.name"),
        Some(&Answer::Text("first and second".into()))
    );
}

#[test]
fn a_filter_that_would_show_nothing_shows_everything() {
    // The plain test pack has only "before" exercises.
    let mut wb = Workbook::default();
    wb.meta.moment = Moment::After;
    let mut s = State::new(super::testpack::pack(), wb, "t.md".into());
    assert_eq!(s.filter, Moment::Any);
    send(&mut s, [Msg::CycleFilter]);
    assert_eq!(s.filter, Moment::Before);
    send(&mut s, [Msg::CycleFilter]);
    assert_eq!(s.filter, Moment::Any, "after shows nothing here: skipped");
    send(&mut s, [Msg::StartAfter, Msg::Edit(EditKey::Enter)]);
    assert_eq!(s.workbook.meta.moment, Moment::After);
    assert_eq!(s.filter, Moment::Any);
    assert_eq!(outline_exercises(&s), vec![0, 1, 2]);
}
