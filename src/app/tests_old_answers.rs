//! Answers from an earlier version of the pack (stored in another shape than the prompt now
//! takes): no key overwrites them; Ctrl-K clears one on purpose and Ctrl-Z brings it back.

use super::testpack::state;
use super::tests::key;
use super::*;
use crate::words::participant::Notice;
use crate::workbook::{Answer, Item};

/// Every prompt of the test pack, by (exercise, prompt) position, with an answer of another
/// shape than its kind.
fn cases(s: &State) -> Vec<(usize, usize, String, Answer)> {
    let mut out = Vec::new();
    for (ex, &(t, e)) in s.exercises.iter().enumerate() {
        for (i, p) in s.pack.themes[t].exercises[e].prompts.iter().enumerate() {
            let old = match p.kind.shape() {
                crate::content::Shape::Text => Answer::List(vec![Item {
                    text: "An item from before".into(),
                    fields: Default::default(),
                }]),
                _ => Answer::Text("Written for an earlier pack".into()),
            };
            out.push((ex, i, p.qualified_id.clone(), old));
        }
    }
    out
}

#[test]
fn no_key_overwrites_an_answer_from_an_earlier_pack_and_ctrl_k_clears_it_for_undo() {
    let keys = [
        EditKey::Char('x'),
        EditKey::Char('1'),
        EditKey::Char(' '),
        EditKey::Backspace,
        EditKey::Delete,
        EditKey::Left,
        EditKey::Right,
        EditKey::Down,
        EditKey::RemoveItem,
        EditKey::MoveItemUp,
        EditKey::UseEarlier,
        EditKey::Undo,
    ];
    let all = cases(&state());
    assert!(all.len() >= 10, "the test pack has every kind");
    for (exercise, prompt, id, old) in all {
        let mut s = state();
        s.workbook.answers.insert(
            "map.people".into(),
            Answer::List(vec![Item {
                text: "Ann".into(),
                fields: Default::default(),
            }]),
        );
        s.workbook.answers.insert(id.clone(), old.clone());
        s.sync_editor();
        update(&mut s, Msg::FocusPrompt { exercise, prompt });
        assert!(s.editor.is_none(), "{id}: no editor over the old answer");
        for k in keys {
            key(&mut s, k);
            assert_eq!(s.workbook.answers.get(&id), Some(&old), "{id} after {k:?}");
        }
        update(&mut s, Msg::Paste("pasted\nlines".into()));
        assert_eq!(
            s.workbook.answers.get(&id),
            Some(&old),
            "{id} after a paste"
        );
        key(&mut s, EditKey::Char('y'));
        assert_eq!(s.message, Some(Notice::OldAnswerHow), "{id}");
        assert!(!s.dirty, "{id}: nothing changed");

        key(&mut s, EditKey::ClearAnswer);
        assert_eq!(
            s.workbook.answers.get(&id),
            None,
            "{id}: cleared on purpose"
        );
        assert_eq!(s.message, Some(Notice::OldAnswerCleared));
        key(&mut s, EditKey::Undo);
        assert_eq!(
            s.workbook.answers.get(&id),
            Some(&old),
            "{id}: Ctrl-Z brings it back"
        );
    }
}

#[test]
fn once_cleared_the_prompt_is_answered_as_usual() {
    let mut s = state();
    s.workbook
        .answers
        .insert("map.stance".into(), Answer::Choices(vec!["in".into()]));
    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 0,
            prompt: 3,
        },
    );
    // The old choice screen picked with Space and replaced the answer; now it is kept.
    key(&mut s, EditKey::Char(' '));
    assert_eq!(
        s.workbook.answers.get("map.stance"),
        Some(&Answer::Choices(vec!["in".into()]))
    );
    key(&mut s, EditKey::ClearAnswer);
    key(&mut s, EditKey::Char('2'));
    assert_eq!(
        s.workbook.answers.get("map.stance"),
        Some(&Answer::Choice("edge".into()))
    );
    // Ctrl-Z now is not for the old answer: a new one is there.
    key(&mut s, EditKey::Undo);
    assert_eq!(
        s.workbook.answers.get("map.stance"),
        Some(&Answer::Choice("edge".into()))
    );
}
