//! The one place terminal keys become review keys: part of the terminal edge, so the review
//! state machine never sees a crossterm type.
//!
//! Only presses and repeats count, never releases. Never looks at state: what a key means
//! on a screen is `update`'s business.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::review::app::Key;

/// The review key for a key event, if it has one.
pub fn key_for(event: KeyEvent) -> Option<Key> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    let alt = event.modifiers.contains(KeyModifiers::ALT);
    Some(match event.code {
        // AltGr arrives as Ctrl+Alt on some systems: the character it makes is text.
        KeyCode::Char(c) if ctrl && alt => Key::Char(c),
        KeyCode::Char(c) if ctrl => Key::Ctrl(c.to_ascii_lowercase()),
        KeyCode::Char(_) if alt => return None,
        KeyCode::Char(c) => Key::Char(c),
        KeyCode::Enter => Key::Enter,
        KeyCode::Esc => Key::Esc,
        KeyCode::Tab if !ctrl && !alt => Key::Tab,
        KeyCode::BackTab => Key::BackTab,
        KeyCode::Up => Key::Up,
        KeyCode::Down => Key::Down,
        KeyCode::Left if ctrl || alt => Key::WordLeft,
        KeyCode::Right if ctrl || alt => Key::WordRight,
        KeyCode::Left => Key::Left,
        KeyCode::Right => Key::Right,
        KeyCode::PageUp => Key::PageUp,
        KeyCode::PageDown => Key::PageDown,
        KeyCode::Home => Key::Home,
        KeyCode::End => Key::End,
        KeyCode::Backspace => Key::Backspace,
        KeyCode::Delete => Key::Delete,
        KeyCode::F(1) => Key::F1,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_map_and_releases_do_not() {
        let k = |c, m| key_for(KeyEvent::new(c, m));
        assert_eq!(
            k(KeyCode::Char('Q'), KeyModifiers::CONTROL),
            Some(Key::Ctrl('q'))
        );
        assert_eq!(
            k(KeyCode::Char('n'), KeyModifiers::NONE),
            Some(Key::Char('n'))
        );
        assert_eq!(k(KeyCode::F(1), KeyModifiers::NONE), Some(Key::F1));
        assert_eq!(k(KeyCode::Char('x'), KeyModifiers::ALT), None);
        let mut release = KeyEvent::new(KeyCode::Char('a'), KeyModifiers::NONE);
        release.kind = KeyEventKind::Release;
        assert_eq!(key_for(release), None);
    }
}
