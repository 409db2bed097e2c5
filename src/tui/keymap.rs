//! The one place terminal keys become the participant app's messages (DESIGN §3.2): part of
//! the terminal edge, so the state machine never sees a crossterm type.
//!
//! Only key presses count (repeats too; releases never). Never looks at state: what a key
//! means in context is `update`'s business.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::app::{EditKey, Msg};

/// Lines the pane scrolls for Ctrl-↑ / Ctrl-↓, as for a wheel step.
const SCROLL_STEP: i32 = 3;

/// The message for a key event, if it has one.
pub fn msg_for_key(key: KeyEvent) -> Option<Msg> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let alt = key.modifiers.contains(KeyModifiers::ALT);
    let shift = key.modifiers.contains(KeyModifiers::SHIFT);
    let edit = |k| Some(Msg::Edit(k));
    // AltGr arrives as Ctrl+Alt on some systems: the character it makes is text.
    if ctrl
        && alt
        && let KeyCode::Char(c) = key.code
    {
        return edit(EditKey::Char(c));
    }
    match key.code {
        KeyCode::Tab if !ctrl && !alt => Some(Msg::NextPrompt),
        KeyCode::BackTab => Some(Msg::PrevPrompt),
        KeyCode::PageDown => Some(Msg::NextExercise),
        KeyCode::PageUp => Some(Msg::PrevExercise),
        KeyCode::F(1) => Some(Msg::OpenHelp),
        KeyCode::F(2) => Some(Msg::OpenAbout),
        KeyCode::F(3) => Some(Msg::OpenMap),
        KeyCode::Esc => Some(Msg::Escape),
        KeyCode::Char(c) if ctrl => match c.to_ascii_lowercase() {
            'n' => Some(Msg::NextExercise),
            'p' => Some(Msg::PrevExercise),
            'o' => Some(Msg::OpenOutline),
            's' => Some(Msg::Save),
            'g' => Some(Msg::OpenHelp),
            'f' => Some(Msg::ChoosePath),
            't' => Some(Msg::StartAfter),
            'q' | 'c' => Some(Msg::Quit),
            'd' => edit(EditKey::RemoveItem),
            'k' => edit(EditKey::ClearAnswer),
            'r' => edit(EditKey::UseEarlier),
            'z' => edit(EditKey::Undo),
            'y' => edit(EditKey::Redo),
            'h' => edit(EditKey::Backspace),
            'a' => edit(EditKey::Home),
            'e' => edit(EditKey::End),
            'u' => Some(Msg::ToggleGuidance),
            'b' => Some(Msg::OlderEarlier),
            _ => None,
        },
        KeyCode::Char(_) if alt => None,
        KeyCode::Char(c) => edit(EditKey::Char(c)),
        KeyCode::Enter => edit(EditKey::Enter),
        KeyCode::Backspace => edit(EditKey::Backspace),
        KeyCode::Delete => edit(EditKey::Delete),
        KeyCode::Up if ctrl || shift => Some(Msg::ScrollLines(-SCROLL_STEP)),
        KeyCode::Down if ctrl || shift => Some(Msg::ScrollLines(SCROLL_STEP)),
        KeyCode::Up if alt => edit(EditKey::MoveItemUp),
        KeyCode::Down if alt => edit(EditKey::MoveItemDown),
        KeyCode::Left if ctrl || alt => edit(EditKey::WordLeft),
        KeyCode::Right if ctrl || alt => edit(EditKey::WordRight),
        KeyCode::Up => edit(EditKey::Up),
        KeyCode::Down => edit(EditKey::Down),
        KeyCode::Left => edit(EditKey::Left),
        KeyCode::Right => edit(EditKey::Right),
        KeyCode::Home => edit(EditKey::Home),
        KeyCode::End => edit(EditKey::End),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::KeyEventState;

    fn press(code: KeyCode, mods: KeyModifiers) -> Option<Msg> {
        msg_for_key(KeyEvent::new(code, mods))
    }

    #[test]
    fn every_contract_key_has_its_message() {
        let none = KeyModifiers::NONE;
        let ctrl = KeyModifiers::CONTROL;
        let alt = KeyModifiers::ALT;
        let cases = [
            (KeyCode::Tab, none, Msg::NextPrompt),
            (KeyCode::BackTab, KeyModifiers::SHIFT, Msg::PrevPrompt),
            (KeyCode::PageDown, none, Msg::NextExercise),
            (KeyCode::PageUp, none, Msg::PrevExercise),
            (KeyCode::Char('n'), ctrl, Msg::NextExercise),
            (KeyCode::Char('p'), ctrl, Msg::PrevExercise),
            (KeyCode::Enter, none, Msg::Edit(EditKey::Enter)),
            (KeyCode::Char('o'), ctrl, Msg::OpenOutline),
            (KeyCode::Char('s'), ctrl, Msg::Save),
            (KeyCode::F(1), none, Msg::OpenHelp),
            (KeyCode::F(3), none, Msg::OpenMap),
            (KeyCode::Char('g'), ctrl, Msg::OpenHelp),
            (KeyCode::Esc, none, Msg::Escape),
            (KeyCode::Char('q'), ctrl, Msg::Quit),
            (KeyCode::Char('c'), ctrl, Msg::Quit),
            (KeyCode::Char(' '), none, Msg::Edit(EditKey::Char(' '))),
            (KeyCode::Left, none, Msg::Edit(EditKey::Left)),
            (KeyCode::Right, none, Msg::Edit(EditKey::Right)),
            (KeyCode::Char('7'), none, Msg::Edit(EditKey::Char('7'))),
            (KeyCode::Char('d'), ctrl, Msg::Edit(EditKey::RemoveItem)),
            (KeyCode::Char('k'), ctrl, Msg::Edit(EditKey::ClearAnswer)),
            (KeyCode::Char('f'), ctrl, Msg::ChoosePath),
            (KeyCode::Char('t'), ctrl, Msg::StartAfter),
            (KeyCode::Up, alt, Msg::Edit(EditKey::MoveItemUp)),
            (KeyCode::Down, alt, Msg::Edit(EditKey::MoveItemDown)),
            (KeyCode::Up, ctrl, Msg::ScrollLines(-3)),
            (KeyCode::Down, ctrl, Msg::ScrollLines(3)),
            (KeyCode::Down, KeyModifiers::SHIFT, Msg::ScrollLines(3)),
            (KeyCode::Char('u'), ctrl, Msg::ToggleGuidance),
            (KeyCode::Char('b'), ctrl, Msg::OlderEarlier),
            (
                KeyCode::Char('É'),
                KeyModifiers::SHIFT,
                Msg::Edit(EditKey::Char('É')),
            ),
        ];
        for (code, mods, want) in cases {
            assert_eq!(press(code, mods), Some(want), "{code:?} {mods:?}");
        }
    }

    #[test]
    fn releases_are_ignored_and_repeats_count() {
        let mut key = KeyEvent::new(KeyCode::Char('a'), KeyModifiers::NONE);
        key.kind = KeyEventKind::Release;
        assert_eq!(msg_for_key(key), None);
        key.kind = KeyEventKind::Repeat;
        key.state = KeyEventState::NONE;
        assert_eq!(msg_for_key(key), Some(Msg::Edit(EditKey::Char('a'))));
    }
}
