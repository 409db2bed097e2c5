//! Property tests: any sequence of messages keeps the state consistent, never panics, and
//! renders at any size.

use proptest::prelude::*;

use super::testpack::state;
use super::*;

fn edit_key() -> impl Strategy<Value = EditKey> {
    prop_oneof![
        prop::sample::select(vec!['a', 'Z', ' ', '1', '3', '9', 'é', '日']).prop_map(EditKey::Char),
        Just(EditKey::Enter),
        Just(EditKey::Backspace),
        Just(EditKey::Delete),
        Just(EditKey::Left),
        Just(EditKey::Right),
        Just(EditKey::Up),
        Just(EditKey::Down),
        Just(EditKey::Home),
        Just(EditKey::End),
        Just(EditKey::Undo),
        Just(EditKey::Redo),
        Just(EditKey::RemoveItem),
        Just(EditKey::MoveItemUp),
        Just(EditKey::MoveItemDown),
        Just(EditKey::UseEarlier),
    ]
}

fn msg() -> impl Strategy<Value = Msg> {
    prop_oneof![
        6 => edit_key().prop_map(Msg::Edit),
        1 => Just(Msg::NextPrompt),
        1 => Just(Msg::PrevPrompt),
        1 => Just(Msg::NextExercise),
        1 => Just(Msg::PrevExercise),
        1 => Just(Msg::OpenOutline),
        1 => Just(Msg::OpenHelp),
        1 => Just(Msg::OpenMap),
        1 => Just(Msg::Escape),
        1 => Just(Msg::Save),
        1 => Just(Msg::Saved),
        1 => Just(Msg::SavedEarlier(None)),
        1 => "[a-z\\n\\r\\t\\x1b]{0,12}".prop_map(Msg::Paste),
        1 => (0usize..4, 0usize..9).prop_map(|(exercise, prompt)| Msg::FocusPrompt { exercise, prompt }),
        1 => (0usize..12).prop_map(Msg::FocusCell),
        1 => (0usize..5).prop_map(Msg::ClickOption),
        1 => (0u16..80).prop_map(Msg::ScrollTo),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_message_sequence_keeps_the_state_consistent(msgs in prop::collection::vec(msg(), 0..80)) {
        let mut s = state();
        for m in msgs {
            // While the map is shown, nothing but leaving it changes the answers.
            let on_map = s.map.is_some() && s.overlay.is_none();
            let before = on_map.then(|| s.workbook.answers.clone());
            let (edits, dirty) = (s.edits(), s.dirty);
            let earlier = matches!(m, Msg::SavedEarlier(_));
            let effects = update(&mut s, m);
            // Changes only add up; an earlier snapshot's save never marks the later ones saved.
            prop_assert!(s.edits() >= edits);
            prop_assert!(s.dirty || !dirty || !earlier);
            prop_assert!(!s.dirty || s.edits() > 0);
            if let Some(before) = before {
                prop_assert_eq!(&before, &s.workbook.answers);
            }
            prop_assert!(!effects.contains(&Effect::Quit));
            prop_assert!(s.ex < s.exercises.len());
            let prompts = s.exercise().map_or(0, |e| e.prompts.len());
            prop_assert!(s.prompt < prompts.max(1));
            if let Some(p) = s.focused_prompt() {
                let n = cells::cells(&s.workbook, &s.pack, p).len();
                prop_assert!(n == 0 || s.cell < n, "cell {} of {}", s.cell, n);
            }
            // The editor always shows what the workbook holds for a one-line or long answer.
            if let (Some(ed), Some(p)) = (&s.editor, s.focused_prompt())
                && matches!(p.kind, crate::content::PromptKind::Line { .. } | crate::content::PromptKind::Text { .. })
                && s.prefilled_from.is_none()
            {
                let shown = ed.text();
                let stored = match s.workbook.answers.get(&p.qualified_id) {
                    Some(crate::workbook::Answer::Text(t)) => t.clone(),
                    _ => String::new(),
                };
                prop_assert_eq!(shown, stored);
            }
        }
        for (w, h) in [(0, 0), (1, 1), (35, 9), (80, 24)] {
            let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h))
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            t.draw(|f| { crate::ui::render(&s, f); }).map_err(|e| TestCaseError::fail(e.to_string()))?;
        }
    }
}
