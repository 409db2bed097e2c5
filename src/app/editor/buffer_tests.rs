//! The buffer against ratatui-textarea 0.9.4 (what it replaces for editing): random edits,
//! moves, undos and redos through both leave the same lines and the same cursor.

use proptest::prelude::*;
use ratatui_textarea::{CursorMove, DataCursor, TextArea};

use super::Buffer;

#[derive(Debug, Clone)]
enum Op {
    Char(char),
    Newline,
    Str(&'static str),
    Back,
    Forward,
    Clear,
    Undo,
    Redo,
    Move(CursorMove),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        6 => prop::sample::select(vec!['a', 'b', ' ', '.', '_', 'é', '日', '🎉', '\n', '\r'])
            .prop_map(Op::Char),
        1 => Just(Op::Newline),
        1 => prop::sample::select(vec!["", "x y", "a\nb", "\n", "p\r\nq\n", "日本 語"])
            .prop_map(Op::Str),
        3 => Just(Op::Back),
        2 => Just(Op::Forward),
        1 => Just(Op::Clear),
        3 => Just(Op::Undo),
        2 => Just(Op::Redo),
        4 => prop::sample::select(vec![
            CursorMove::Back,
            CursorMove::Forward,
            CursorMove::WordBack,
            CursorMove::WordForward,
            CursorMove::Head,
            CursorMove::End,
            CursorMove::Up,
            CursorMove::Down,
            CursorMove::Jump(0, 0),
            CursorMove::Jump(1, 3),
            CursorMove::Jump(9, 99),
        ])
        .prop_map(Op::Move),
    ]
}

fn apply(b: &mut Buffer, t: &mut TextArea<'static>, op: &Op) -> (bool, bool) {
    match op {
        Op::Char(c) => {
            b.insert_char(*c);
            t.insert_char(*c);
            (true, true)
        }
        Op::Newline => {
            b.insert_newline();
            t.insert_newline();
            (true, true)
        }
        Op::Str(s) => (b.insert_str(s), t.insert_str(s)),
        Op::Back => (b.delete_back(), t.delete_char()),
        Op::Forward => (b.delete_forward(), t.delete_next_char()),
        Op::Clear => (b.clear(), t.clear()),
        Op::Undo => (b.undo(), t.undo()),
        Op::Redo => (b.redo(), t.redo()),
        Op::Move(m) => {
            match m {
                CursorMove::Back => b.back(),
                CursorMove::Forward => b.forward(),
                CursorMove::WordBack => b.word_back(),
                CursorMove::WordForward => b.word_forward(),
                CursorMove::Head => b.head(),
                CursorMove::End => b.end(),
                CursorMove::Up => b.line_up_down(false),
                CursorMove::Down => b.line_up_down(true),
                CursorMove::Jump(l, c) => b.jump(usize::from(*l), usize::from(*c)),
                _ => unreachable!(),
            }
            t.move_cursor(*m);
            (true, true)
        }
    }
}

fn textarea(text: &str, max: usize) -> TextArea<'static> {
    let mut t = TextArea::new(text.split('\n').map(String::from).collect());
    t.set_max_histories(max);
    t.move_cursor(CursorMove::Bottom);
    t.move_cursor(CursorMove::End);
    t
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    #[test]
    fn the_buffer_edits_as_the_textarea_does(
        start in prop::sample::select(vec!["", "one two", "a.b c\n\nlast line", "日本 x\nab🎉cd\n語"]),
        max in prop::sample::select(vec![0usize, 3, 500]),
        ops in prop::collection::vec(op(), 0..60),
    ) {
        let mut b = Buffer::new(start, max);
        let mut t = textarea(start, max);
        for (i, op) in ops.iter().enumerate() {
            let (ours, theirs) = apply(&mut b, &mut t, op);
            prop_assert_eq!(ours, theirs, "step {} {:?}", i, op);
            prop_assert_eq!(b.lines(), t.lines(), "step {} {:?}", i, op);
            let DataCursor(line, col) = t.cursor();
            prop_assert_eq!(b.cursor(), (line, col), "step {} {:?}", i, op);
            prop_assert_eq!(b.is_empty(), t.is_empty());
        }
    }
}

/// An edit in a long text touches only its line: typing in the middle of a thousand
/// lines changes that line and leaves the cursor after the char.
#[test]
fn typing_in_a_long_text_changes_one_line() {
    let text = vec!["a line of words"; 1000].join("\n");
    let mut b = Buffer::new(&text, 500);
    b.jump(500, 2);
    b.insert_char('X');
    assert_eq!(b.lines()[500], "a Xline of words");
    assert_eq!(b.cursor(), (500, 3));
    assert_eq!(b.lines().len(), 1000);
    assert!(b.undo());
    assert_eq!(b.lines().join("\n"), text);
}
