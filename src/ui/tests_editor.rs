//! Screen tests of the focused text editor: a long answer soft-wrapped on screen, the cursor
//! shown where it is, Up/Down by screen row, typing in the middle, undo.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Modifier;

use crate::app::testpack::state;
use crate::app::{EditKey, Msg, State, update};
use crate::workbook::Answer;

/// The story prompt focused, holding paragraphs long enough to wrap several times.
fn long_story() -> (State, String) {
    let mut s = state();
    let text: String = (0..40)
        .map(|i| {
            format!(
                "Paragraph {i}: we met the GP federation and the patients' forum again, and \
                 the talk moved from who owns the pathway to what each side could learn.\n"
            )
        })
        .collect();
    s.workbook
        .answers
        .insert("map.story".into(), Answer::Text(text.clone()));
    update(&mut s, Msg::NextPrompt);
    (s, text)
}

fn term(w: u16, h: u16) -> Terminal<TestBackend> {
    match Terminal::new(TestBackend::new(w, h)) {
        Ok(t) => t,
        Err(e) => unreachable!("test backend: {e}"),
    }
}

/// Draws, and sends what was drawn back to `update`, as the terminal loop does.
fn draw(s: &mut State, t: &mut Terminal<TestBackend>) -> String {
    let mut drawn = crate::app::Layout::default();
    if let Err(e) = t.draw(|f| drawn = super::render(s, f)) {
        unreachable!("draw: {e}");
    }
    update(s, Msg::Drawn(drawn));
    t.backend().to_string()
}

fn cursor(s: &State) -> (usize, usize) {
    s.editor.as_ref().map_or((0, 0), |e| e.cursor())
}

/// The one reversed cell on screen: (column, row, symbol).
fn reversed(t: &Terminal<TestBackend>) -> Vec<(u16, u16, String)> {
    let buf = t.backend().buffer();
    let mut out = Vec::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            let c = &buf[(x, y)];
            if c.modifier.contains(Modifier::REVERSED) {
                out.push((x, y, c.symbol().to_string()));
            }
        }
    }
    out
}

#[test]
fn a_long_answer_wraps_with_the_cursor_in_the_middle() {
    let (mut s, text) = long_story();
    let mut t = term(60, 24);
    draw(&mut s, &mut t);
    for _ in 0..45 {
        update(&mut s, Msg::Edit(EditKey::Up));
    }
    for _ in 0..3 {
        update(&mut s, Msg::Edit(EditKey::WordRight));
    }
    let (line, col) = cursor(&s);
    assert!(
        (10..30).contains(&line),
        "the cursor went up by rows: {line}"
    );
    let screen = draw(&mut s, &mut t);
    insta::assert_snapshot!(screen);
    // The cursor is drawn once, on the char it is before.
    let marks = reversed(&t);
    assert_eq!(marks.len(), 1, "{marks:?}\n{screen}");
    let under = text.split('\n').nth(line).and_then(|l| l.chars().nth(col));
    assert_eq!(
        Some(marks[0].2.as_str()),
        under.map(String::from).as_deref()
    );
    // No line of the answer is cut: every word of the paragraph shows whole.
    let para = format!("Paragraph {line}:");
    assert!(screen.contains(&para), "{screen}");
    assert!(screen.contains("could learn."), "{screen}");
}

#[test]
fn up_and_down_move_by_screen_row_within_a_paragraph() {
    let (mut s, _) = long_story();
    let mut t = term(60, 24);
    draw(&mut s, &mut t);
    update(&mut s, Msg::Edit(EditKey::Up)); // onto the last paragraph's last row
    let (l1, c1) = cursor(&s);
    update(&mut s, Msg::Edit(EditKey::Up));
    let (l2, c2) = cursor(&s);
    assert_eq!(l2, l1, "Up stays in the paragraph while it has rows above");
    assert!(0 < c2 && c2 < c1, "one row up, not its start: {c2} < {c1}");
    update(&mut s, Msg::Edit(EditKey::Down));
    assert_eq!(cursor(&s), (l1, c1), "Down comes back");
    let before = cursor(&s);
    update(&mut s, Msg::Edit(EditKey::Up));
    update(&mut s, Msg::Edit(EditKey::Down));
    assert_eq!(cursor(&s), before, "Down then Up comes back");
}

#[test]
fn typing_in_the_middle_writes_the_answer_and_undo_takes_it_back() {
    let (mut s, text) = long_story();
    let mut t = term(80, 30);
    draw(&mut s, &mut t);
    for _ in 0..30 {
        update(&mut s, Msg::Edit(EditKey::Up));
    }
    update(&mut s, Msg::Edit(EditKey::Home));
    for c in "NEW ".chars() {
        update(&mut s, Msg::Edit(EditKey::Char(c)));
    }
    let screen = draw(&mut s, &mut t);
    assert!(screen.contains("NEW "), "{screen}");
    let Some(Answer::Text(now)) = s.workbook.answers.get("map.story") else {
        unreachable!("the answer is text");
    };
    assert_eq!(now.len(), text.len() + 4);
    assert!(now.contains("NEW "));
    for _ in 0..4 {
        update(&mut s, Msg::Edit(EditKey::Undo));
    }
    assert_eq!(
        s.workbook.answers.get("map.story"),
        Some(&Answer::Text(text))
    );
    assert!(!draw(&mut s, &mut t).contains("NEW "));
}
