//! Frames drawn one after another, as the loop draws them while keys arrive (the memos in
//! `ui::memo` remembering what the frames before drew), are the frames a fresh thread
//! draws of the same state with its memos held (nothing remembered used): an edit that changes progress shows at
//! once, a resize re-wraps, another exercise shows its own guidance (issue 17, point 2).

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

use super::memo::Frames;
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

/// One frame on the long-lived terminal, as the loop draws it (through its `Frames`: what
/// the frame before left on screen stays there), checked against the same state drawn
/// afresh: the terminal's screen (the test backend's cells, which only the diff's updates
/// reach) is the fresh frame. Then the layout goes back to `update`, as in the loop. The
/// screen as text.
fn frame(t: &mut Terminal<TestBackend>, frames: &mut Frames, s: &mut State) -> String {
    left_on_screen(t, frames, s);
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
    let mut frames = Frames::default();
    let before = frame(&mut t, &mut frames, &mut s);
    assert_eq!(answered(&before), "0", "{before}");
    // A first letter answers the prompt: the header and the outline say so at once.
    update(&mut s, Msg::Edit(EditKey::Char('S')));
    let typed = frame(&mut t, &mut frames, &mut s);
    assert_eq!(answered(&typed), "1", "{typed}");
    assert_ne!(typed, before);
    update(&mut s, Msg::Edit(EditKey::Char('t')));
    frame(&mut t, &mut frames, &mut s);
    update(&mut s, Msg::Edit(EditKey::Backspace));
    update(&mut s, Msg::Edit(EditKey::Backspace));
    let erased = frame(&mut t, &mut frames, &mut s);
    assert_eq!(answered(&erased), "0", "{erased}");
    // A narrower terminal: everything wrapped again for the new width.
    t.backend_mut().resize(90, 30);
    let narrow = frame(&mut t, &mut frames, &mut s);
    assert_eq!(narrow.lines().count(), 30, "{narrow}");
    assert!(
        narrow.contains("Put your initiative into words so that every"),
        "{narrow}"
    );
    // Another exercise, then back: each with its own title and guidance.
    let title = |s: &State| s.exercise().map(|e| e.title.clone()).unwrap_or_default();
    let here = title(&s);
    update(&mut s, Msg::NextExercise);
    let next = frame(&mut t, &mut frames, &mut s);
    assert_ne!(title(&s), here);
    assert!(next.contains(&*title(&s)), "{next}");
    update(&mut s, Msg::PrevExercise);
    let back = frame(&mut t, &mut frames, &mut s);
    assert!(back.contains(&*here), "{back}");
    t.backend_mut().resize(200, 60);
    frame(&mut t, &mut frames, &mut s);
}

/// `frame`, saying how many cells of the frame were left as the terminal showed them.
fn left_on_screen(t: &mut Terminal<TestBackend>, frames: &mut Frames, s: &mut State) -> usize {
    let mut drawn = Layout::default();
    let done = t
        .draw(|f| drawn = frames.draw(f.area(), s.overlay.is_some(), || super::render(s, f)))
        .expect("draw");
    let left = done
        .buffer
        .content
        .iter()
        .filter(|c| c.diff_option == ratatui::buffer::CellDiffOption::Skip)
        .count();
    let size = t.backend().buffer().area;
    assert_eq!(
        t.backend().buffer(),
        &afresh(s, size.width, size.height),
        "a remembered frame differs from a fresh one"
    );
    update(s, Msg::Drawn(drawn));
    left
}

#[test]
fn keys_leave_unchanged_paragraphs_on_screen_and_an_overlay_or_a_resize_draws_them_again() {
    let mut s = builtin_at("the-initiative", Workbook::default());
    let mut t = Terminal::new(TestBackend::new(200, 60)).expect("test backend");
    let mut frames = Frames::default();
    // The first frame has nothing on screen to leave.
    assert_eq!(left_on_screen(&mut t, &mut frames, &mut s), 0);
    update(&mut s, Msg::Edit(EditKey::Char('S')));
    left_on_screen(&mut t, &mut frames, &mut s);
    // Typing into an answer that has words: the outline and the exercise's head stay.
    update(&mut s, Msg::Edit(EditKey::Char('o')));
    let typing = left_on_screen(&mut t, &mut frames, &mut s);
    assert!(typing > 200 * 60 / 4, "only {typing} cells left on screen");
    // An overlay over them, then gone: drawn whole both times, then left again.
    update(&mut s, Msg::OpenHelp);
    assert!(s.overlay.is_some());
    assert_eq!(left_on_screen(&mut t, &mut frames, &mut s), 0);
    update(&mut s, Msg::Escape);
    assert!(s.overlay.is_none());
    assert_eq!(left_on_screen(&mut t, &mut frames, &mut s), 0);
    update(&mut s, Msg::Edit(EditKey::Char('m')));
    assert!(left_on_screen(&mut t, &mut frames, &mut s) > 0);
    // A new size: everything drawn again, then left again.
    t.backend_mut().resize(120, 40);
    assert_eq!(left_on_screen(&mut t, &mut frames, &mut s), 0);
    update(&mut s, Msg::Edit(EditKey::Char('e')));
    assert!(left_on_screen(&mut t, &mut frames, &mut s) > 0);
    // Another exercise: its own head, drawn; the next key leaves it.
    update(&mut s, Msg::NextExercise);
    left_on_screen(&mut t, &mut frames, &mut s);
    update(&mut s, Msg::PrevExercise);
    left_on_screen(&mut t, &mut frames, &mut s);
    update(&mut s, Msg::Edit(EditKey::Char('x')));
    left_on_screen(&mut t, &mut frames, &mut s);
}
