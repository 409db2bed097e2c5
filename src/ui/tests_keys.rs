//! Frames drawn one after another, as the loop draws them while keys arrive (the memos in
//! `ui::memo` remembering what the frames before drew), are the frames a fresh thread
//! draws of the same state with its memos held (nothing remembered used): an edit that changes progress shows at
//! once, a resize re-wraps, another exercise shows its own guidance (issue 17, point 2).

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

use super::tests_walk::builtin_at;
use crate::app::{EditKey, Layout, Msg, State, update};
use crate::workbook::Workbook;

/// `state` drawn at `w`×`h` with the memos held, so nothing remembered from an earlier
/// frame is used (and the memos are left as they were for the next frame).
fn afresh(state: &State, w: u16, h: u16) -> Buffer {
    super::memo::bypassed(|| {
        super::markdown::bypassed(|| {
            let mut t = Terminal::new(TestBackend::new(w, h)).expect("test backend");
            t.draw(|f| {
                super::render(state, f);
            })
            .expect("draw");
            t.backend().buffer().clone()
        })
    })
}

/// One frame on the long-lived terminal, checked against the same state drawn afresh;
/// then the layout goes back to `update`, as in the loop. The screen as text.
fn frame(t: &mut Terminal<TestBackend>, s: &mut State) -> String {
    let mut drawn = Layout::default();
    t.draw(|f| drawn = super::render(s, f)).expect("draw");
    let size = t.backend().buffer().area;
    assert_eq!(
        t.backend().buffer(),
        &afresh(s, size.width, size.height),
        "a remembered frame differs from a fresh one"
    );
    update(s, Msg::Drawn(drawn));
    t.backend().to_string()
}

fn answered(screen: &str) -> String {
    let line = screen.lines().next().unwrap_or("");
    let at = line.find(" of ").expect("the header's progress");
    line[..at].rsplit(' ').next().unwrap_or("").to_string()
}

#[test]
fn remembered_frames_follow_edits_resizes_and_exercises() {
    let mut s = builtin_at("the-initiative", Workbook::default());
    let mut t = Terminal::new(TestBackend::new(200, 60)).expect("test backend");
    let before = frame(&mut t, &mut s);
    assert_eq!(answered(&before), "0", "{before}");
    // A first letter answers the prompt: the header and the outline say so at once.
    update(&mut s, Msg::Edit(EditKey::Char('S')));
    let typed = frame(&mut t, &mut s);
    assert_eq!(answered(&typed), "1", "{typed}");
    assert_ne!(typed, before);
    update(&mut s, Msg::Edit(EditKey::Char('t')));
    frame(&mut t, &mut s);
    update(&mut s, Msg::Edit(EditKey::Backspace));
    update(&mut s, Msg::Edit(EditKey::Backspace));
    let erased = frame(&mut t, &mut s);
    assert_eq!(answered(&erased), "0", "{erased}");
    // A narrower terminal: everything wrapped again for the new width.
    t.backend_mut().resize(90, 30);
    let narrow = frame(&mut t, &mut s);
    assert_eq!(narrow.lines().count(), 30, "{narrow}");
    assert!(
        narrow.contains("Put your initiative into words so that every"),
        "{narrow}"
    );
    // Another exercise, then back: each with its own title and guidance.
    let title = |s: &State| s.exercise().map(|e| e.title.clone()).unwrap_or_default();
    let here = title(&s);
    update(&mut s, Msg::NextExercise);
    let next = frame(&mut t, &mut s);
    assert_ne!(title(&s), here);
    assert!(next.contains(&title(&s)), "{next}");
    update(&mut s, Msg::PrevExercise);
    let back = frame(&mut t, &mut s);
    assert!(back.contains(&here), "{back}");
    t.backend_mut().resize(200, 60);
    frame(&mut t, &mut s);
}
