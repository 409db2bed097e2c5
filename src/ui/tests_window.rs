//! The editor's textarea holds only a window of a long answer (`app::editor::window`): any
//! run of keys gives the same text, cursor, undo and redo, and screen as a textarea holding
//! the whole text.

use proptest::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::app::editor::{Editor, Move};

#[derive(Debug, Clone)]
enum Op {
    Char(char),
    Newline,
    Paste(String),
    Back,
    Delete,
    Go(Move),
    /// Up or Down by screen rows, so many times.
    Rows(bool, u8),
    Clear,
    Undo,
    Redo,
}

fn op() -> impl Strategy<Value = Op> {
    let moves = prop::sample::select(vec![
        Move::Back,
        Move::Forward,
        Move::WordBack,
        Move::WordForward,
        Move::Head,
        Move::End,
    ]);
    prop_oneof![
        6 => prop::sample::select(vec!['a', 'b', ' ', '.', 'é', '日', '_']).prop_map(Op::Char),
        1 => Just(Op::Newline),
        1 => "[a-c \n]{0,40}".prop_map(Op::Paste),
        2 => Just(Op::Back),
        1 => Just(Op::Delete),
        3 => moves.prop_map(Op::Go),
        3 => (any::<bool>(), 1u8..40).prop_map(|(d, n)| Op::Rows(d, n)),
        1 => Just(Op::Clear).prop_filter("rare", |_| true),
        3 => Just(Op::Undo),
        2 => Just(Op::Redo),
    ]
}

/// Some kilobytes of lines: empty ones, short ones, and paragraphs that wrap.
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec("([a-z]{1,9} ){0,60}", 20..80).prop_map(|lines| lines.join("\n"))
}

fn apply(ed: &mut Editor, op: &Op) {
    match op {
        Op::Char(c) => ed.insert_char(*c),
        Op::Newline => ed.insert_newline(),
        Op::Paste(t) => {
            ed.insert_str(t);
        }
        Op::Back => {
            ed.delete_back();
        }
        Op::Delete => {
            ed.delete_forward();
        }
        Op::Go(m) => ed.go(*m),
        Op::Rows(down, n) => {
            for _ in 0..*n {
                ed.move_row(*down);
            }
        }
        Op::Clear => {
            ed.clear();
        }
        Op::Undo => {
            ed.undo();
        }
        Op::Redo => {
            ed.redo();
        }
    }
}

/// Draws the editor as the screen does and keeps the view it drew, as `update` does.
fn draw(ed: &mut Editor, area: Rect) -> Buffer {
    let mut buf = Buffer::empty(area);
    ed.view = super::editor::render(ed, "empty", area, &mut buf);
    buf
}

fn same(windowed: &mut Editor, whole: &mut Editor, area: Rect) -> Result<(), TestCaseError> {
    prop_assert_eq!(windowed.text(), whole.text());
    prop_assert_eq!(windowed.cursor(), whole.cursor());
    prop_assert_eq!(windowed.line_count(), whole.line_count());
    prop_assert_eq!(draw(windowed, area), draw(whole, area));
    prop_assert_eq!(windowed.view, whole.view);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn a_windowed_editor_behaves_as_a_whole_textarea(
        text in text(),
        ops in prop::collection::vec(op(), 1..120),
        width in 12u16..70,
    ) {
        let area = Rect::new(0, 0, width, 8);
        let mut windowed = Editor::new(&text);
        let mut whole = Editor::unwindowed(&text);
        same(&mut windowed, &mut whole, area)?;
        for op in &ops {
            apply(&mut windowed, op);
            apply(&mut whole, op);
            same(&mut windowed, &mut whole, area)?;
        }
        // Everything undone and done again, across every window the keys went through.
        while whole.undo() {
            prop_assert!(windowed.undo());
            same(&mut windowed, &mut whole, area)?;
        }
        prop_assert!(!windowed.undo());
        while whole.redo() {
            prop_assert!(windowed.redo());
            same(&mut windowed, &mut whole, area)?;
        }
        prop_assert!(!windowed.redo());
    }
}

/// Past the 500 edits undo remembers, the oldest are forgotten alike, across windows.
#[test]
fn the_oldest_edits_are_forgotten_alike() {
    let text: String = (0..60)
        .map(|i| format!("line {i} of some words here\n"))
        .collect();
    let area = Rect::new(0, 0, 30, 6);
    let mut windowed = Editor::new(&text);
    let mut whole = Editor::unwindowed(&text);
    for i in 0..720 {
        let op = match i % 9 {
            0 => Op::Rows(i % 2 == 0, 9),
            _ => Op::Char(if i % 5 == 0 { ' ' } else { 'x' }),
        };
        apply(&mut windowed, &op);
        apply(&mut whole, &op);
        assert_eq!(windowed.text(), whole.text(), "after {i} keys");
    }
    let mut undone = 0;
    while whole.undo() {
        assert!(windowed.undo());
        assert_eq!(windowed.text(), whole.text());
        assert_eq!(windowed.cursor(), whole.cursor());
        undone += 1;
    }
    assert!(!windowed.undo(), "as many undone: {undone}");
    assert!(undone > 50, "the history reaches back across windows");
    assert_ne!(windowed.text(), text, "the oldest edits stay");
    draw(&mut windowed, area);
}

/// A full history with edits undone: a new edit forgets the oldest first, then what could
/// be redone, as one textarea does; the same edits are left to undo.
#[test]
fn a_full_history_with_undone_edits_forgets_alike() {
    let text: String = (0..60)
        .map(|i| format!("line {i} of some words here\n"))
        .collect();
    let mut windowed = Editor::new(&text);
    let mut whole = Editor::unwindowed(&text);
    let mut ops: Vec<Op> = (0..640)
        .map(|i| match i % 9 {
            0 => Op::Rows(i % 2 == 0, 9),
            _ => Op::Char(if i % 4 == 0 { ' ' } else { 'y' }),
        })
        .collect();
    ops.extend(std::iter::repeat_n(Op::Undo, 30));
    ops.extend(std::iter::repeat_n(Op::Char('z'), 5));
    ops.push(Op::Redo);
    for op in &ops {
        apply(&mut windowed, op);
        apply(&mut whole, op);
        assert_eq!(windowed.text(), whole.text());
        assert_eq!(windowed.cursor(), whole.cursor());
    }
    while whole.undo() {
        assert!(windowed.undo());
        assert_eq!(windowed.text(), whole.text());
    }
    assert!(!windowed.undo());
    assert_ne!(windowed.text(), text, "the oldest edits are forgotten");
}
