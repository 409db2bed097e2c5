//! Pure `update` tests for paths (which exercises show, and Ctrl-F, which chooses the path)
//! and for starting to reflect after a session (Ctrl-T).

use super::tests::{send, typ};
use super::*;
use crate::content::{Moment, PathSpec};
use crate::workbook::{Answer, Workbook};

/// The test pack with paths: `first` holds map and value, `second` holds power; `full`
/// holds all three.
fn state_on(path: &str) -> State {
    let mut pack = super::testpack::pack();
    let on = [vec!["first"], vec!["second"], vec!["first"]];
    for (e, paths) in pack
        .themes
        .iter_mut()
        .flat_map(|t| t.exercises.iter_mut())
        .zip(on)
    {
        e.paths = paths.into_iter().map(String::from).collect();
        e.minutes = Some(10);
    }
    let spec = |id: &str| PathSpec {
        id: id.into(),
        title: format!("The {id} path"),
        purpose: format!("What {id} is for."),
        builds_on: Vec::new(),
    };
    let pack = pack.with_paths(vec![spec("first"), spec("second"), PathSpec::full()]);
    let mut wb = Workbook::default();
    wb.meta.path = path.into();
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
fn the_workbooks_path_chooses_what_shows_and_a_file_without_one_shows_everything() {
    assert_eq!(outline_exercises(&state_on("")), vec![0, 1, 2]);
    assert_eq!(outline_exercises(&state_on("full")), vec![0, 1, 2]);
    assert_eq!(outline_exercises(&state_on("first")), vec![0, 2]);
    let s = state_on("second");
    assert_eq!(outline_exercises(&s), vec![1]);
    assert_eq!(
        s.ex, 1,
        "a workbook opens on the first exercise of its path"
    );
    assert_eq!(outline_exercises(&state_on("no-such")), vec![0, 1, 2]);
}

#[test]
fn ctrl_f_chooses_a_path_and_widening_keeps_every_answer() {
    let mut s = state_on("first");
    typ(&mut s, "Better care");
    send(&mut s, [Msg::ChoosePath]);
    assert_eq!(
        s.overlay,
        Some(Overlay::Paths { cursor: 0 }),
        "on the path now"
    );
    send(&mut s, [Msg::Edit(EditKey::Down)]);
    assert_eq!(s.overlay, Some(Overlay::Paths { cursor: 1 }));
    send(&mut s, [Msg::Edit(EditKey::Enter)]);
    assert_eq!(s.overlay, None);
    assert_eq!(s.workbook.meta.path, "second");
    assert_eq!(s.ex, 1, "the exercise off the path gave way to one on it");
    assert!(s.dirty, "the file records the path at the next save");
    assert!(
        matches!(&s.message, Some(crate::words::participant::Notice::Path(f)) if f.title == "The second path"),
        "{:?}",
        s.message
    );
    // A digit picks by number; Esc closes without changing anything.
    send(
        &mut s,
        [Msg::ChoosePath, Msg::Edit(EditKey::Char('3')), Msg::Escape],
    );
    assert_eq!(s.workbook.meta.path, "second");
    send(
        &mut s,
        [
            Msg::ChoosePath,
            Msg::Edit(EditKey::Char('3')),
            Msg::Edit(EditKey::Enter),
        ],
    );
    assert_eq!(s.workbook.meta.path, "full");
    assert_eq!(outline_exercises(&s), vec![0, 1, 2]);
    assert_eq!(
        s.workbook.answers.get("map.name"),
        Some(&Answer::Text("Better care".into())),
        "nothing is lost by changing path"
    );
}

#[test]
fn navigation_skips_exercises_off_the_path() {
    let mut s = state_on("first");
    assert_eq!(s.ex, 0);
    send(&mut s, [Msg::NextExercise]);
    assert_eq!(s.ex, 2, "power is not on this path");
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
}

#[test]
fn progress_and_time_left_count_the_path() {
    let mut s = state_on("second");
    let total: usize = s
        .pack
        .path_exercises("second")
        .map(|e| e.prompts.len())
        .sum();
    assert_eq!(
        crate::workbook::derive::progress(&s.workbook, &s.pack).total,
        total
    );
    assert_eq!(s.minutes_left(), Some(10));
    send(
        &mut s,
        [
            Msg::ChoosePath,
            Msg::Edit(EditKey::Char('1')),
            Msg::Edit(EditKey::Enter),
        ],
    );
    assert_eq!(s.minutes_left(), Some(20));
}

#[test]
fn ctrl_t_asks_and_only_enter_or_y_starts_after_the_session() {
    let mut s = state_on("");
    s.workbook.meta.moment = Moment::Before;
    typ(&mut s, "Better care");
    let fx = send(&mut s, [Msg::StartAfter]);
    assert!(fx.is_empty());
    assert_eq!(s.overlay, Some(Overlay::ConfirmAfter));
    send(&mut s, [Msg::Edit(EditKey::Char('x')), Msg::ChoosePath]);
    assert_eq!(
        s.overlay,
        Some(Overlay::ConfirmAfter),
        "other keys do nothing"
    );
    send(&mut s, [Msg::Escape]);
    assert_eq!(s.overlay, None);
    assert!(s.workbook.earlier.is_empty(), "Esc cancels");
    assert_eq!(s.workbook.meta.moment, Moment::Before);
    let fx = send(&mut s, [Msg::StartAfter, Msg::Edit(EditKey::Char('y'))]);
    assert_eq!(fx, vec![Effect::Save]);
    assert_eq!(s.overlay, None);
    assert_eq!(s.workbook.meta.moment, Moment::After);
    assert_eq!(
        s.workbook.earlier_answer("map.name"),
        Some(&Answer::Text("Better care".into()))
    );
    assert_eq!(s.workbook.earlier.len(), 1);
    assert_eq!(
        s.workbook.earlier[0].answers, s.workbook.answers,
        "a copy of every answer"
    );
    assert_eq!(
        s.workbook.earlier[0].taken,
        crate::workbook::Taken::Pending,
        "dated by the save that follows"
    );
    assert!(s.dirty);
}

#[test]
fn starting_after_again_keeps_a_new_snapshot_and_the_one_before() {
    let mut s = state_on("");
    typ(&mut s, "first");
    send(&mut s, [Msg::StartAfter, Msg::Edit(EditKey::Enter)]);
    send(
        &mut s,
        [Msg::FocusPrompt {
            exercise: 0,
            prompt: 0,
        }],
    );
    typ(&mut s, " and second");
    assert_eq!(
        s.workbook.earlier_answer("map.name"),
        Some(&Answer::Text("first".into())),
        "typing after the session leaves the earlier answer alone"
    );
    send(&mut s, [Msg::StartAfter, Msg::Edit(EditKey::Enter)]);
    assert_eq!(
        s.workbook.earlier_answer("map.name"),
        Some(&Answer::Text("first and second".into())),
        "the latest snapshot is what \"before the session\" shows"
    );
    let history: Vec<&Answer> = s
        .workbook
        .earlier_answers("map.name")
        .into_iter()
        .map(|(_, a)| a)
        .collect();
    assert_eq!(
        history,
        [
            &Answer::Text("first and second".into()),
            &Answer::Text("first".into())
        ],
        "the first snapshot is kept, newest first"
    );
}
