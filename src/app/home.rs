//! The home screen's state machine: the participant's workbooks (newest first), "start a
//! new workbook", About, and the first-time welcome that asks for the initiative's name.
//!
//! Pure: the entries are handed in (the store lists them); the choice is handed back.

use std::path::PathBuf;

use ratatui_textarea::TextArea;

use super::{EditKey, Msg, edit::new_editor};
use crate::workbook::derive::Progress;

/// One workbook on the home screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HomeEntry {
    pub path: PathBuf,
    pub initiative: String,
    /// RFC 3339; entries are shown newest first.
    pub updated: String,
    pub progress: Progress,
}

/// What the participant chose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HomeChoice {
    Open(PathBuf),
    New { initiative: String },
    Quit,
}

/// A row of the home list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HomeRow {
    Entry(usize),
    New,
    About,
}

#[derive(Debug)]
pub struct HomeState {
    pub entries: Vec<HomeEntry>,
    pub cursor: usize,
    /// The welcome / new-workbook form: the initiative's name being typed.
    pub welcome: Option<TextArea<'static>>,
    /// A name typed and then left with Esc, kept for when the form opens again.
    draft: String,
    pub about: bool,
    pub message: Option<String>,
    pub color: bool,
}

impl HomeState {
    /// Entries are sorted newest first. With none, the welcome form opens at once.
    pub fn new(mut entries: Vec<HomeEntry>) -> HomeState {
        entries.sort_by(|a, b| b.updated.cmp(&a.updated));
        let welcome = entries.is_empty().then(|| new_editor(""));
        HomeState {
            entries,
            cursor: 0,
            welcome,
            draft: String::new(),
            about: false,
            message: None,
            color: true,
        }
    }

    pub fn rows(&self) -> Vec<HomeRow> {
        (0..self.entries.len())
            .map(HomeRow::Entry)
            .chain([HomeRow::New, HomeRow::About])
            .collect()
    }
}

/// Handles one message; `Some` when the participant has chosen.
pub fn home_update(state: &mut HomeState, msg: Msg) -> Option<HomeChoice> {
    state.message = None;
    if state.about {
        if matches!(
            msg,
            Msg::Escape | Msg::OpenAbout | Msg::OpenHelp | Msg::Edit(EditKey::Enter)
        ) {
            state.about = false;
        } else if msg == Msg::Quit {
            return Some(HomeChoice::Quit);
        }
        return None;
    }
    if let Some(ed) = state.welcome.as_mut() {
        match msg {
            Msg::Quit => return Some(HomeChoice::Quit),
            Msg::Escape if state.entries.is_empty() => {
                state.message = Some(crate::ui::text::WELCOME_ESC.to_string());
            }
            Msg::Escape => {
                state.draft = ed.lines().join(" ");
                state.welcome = None;
            }
            Msg::Edit(EditKey::Enter) => {
                let name = ed.lines().join(" ").trim().to_string();
                if name.is_empty() {
                    state.message = Some(crate::ui::text::NAME_FIRST.to_string());
                } else {
                    return Some(HomeChoice::New { initiative: name });
                }
            }
            Msg::Edit(EditKey::Char(c)) if !c.is_control() => ed.insert_char(c),
            Msg::Edit(EditKey::Backspace) => {
                ed.delete_char();
            }
            Msg::Edit(EditKey::Delete) => {
                ed.delete_next_char();
            }
            Msg::Edit(EditKey::Left) => ed.move_cursor(ratatui_textarea::CursorMove::Back),
            Msg::Edit(EditKey::Right) => ed.move_cursor(ratatui_textarea::CursorMove::Forward),
            Msg::Edit(EditKey::Home) => ed.move_cursor(ratatui_textarea::CursorMove::Head),
            Msg::Edit(EditKey::End) => ed.move_cursor(ratatui_textarea::CursorMove::End),
            Msg::Edit(EditKey::Undo) => {
                ed.undo();
            }
            Msg::Paste(text) => {
                let one_line: String = text
                    .chars()
                    .map(|c| if c.is_control() { ' ' } else { c })
                    .collect();
                ed.insert_str(one_line.trim());
            }
            Msg::OpenAbout | Msg::OpenHelp => state.about = true,
            _ => {}
        }
        return None;
    }
    let rows = state.rows();
    let last = rows.len().saturating_sub(1);
    match msg {
        Msg::Quit | Msg::Escape => return Some(HomeChoice::Quit),
        Msg::Edit(EditKey::Up) | Msg::PrevPrompt => state.cursor = state.cursor.saturating_sub(1),
        Msg::Edit(EditKey::Down) | Msg::NextPrompt => state.cursor = (state.cursor + 1).min(last),
        Msg::Edit(EditKey::Home) | Msg::PrevExercise => state.cursor = 0,
        Msg::Edit(EditKey::End) | Msg::NextExercise => state.cursor = last,
        Msg::OpenAbout | Msg::OpenHelp => state.about = true,
        Msg::Edit(EditKey::Char('n')) => state.welcome = Some(new_editor(&state.draft)),
        Msg::Edit(EditKey::Enter | EditKey::Char(' ')) => match rows.get(state.cursor) {
            Some(HomeRow::Entry(i)) => {
                return state
                    .entries
                    .get(*i)
                    .map(|e| HomeChoice::Open(e.path.clone()));
            }
            Some(HomeRow::New) => state.welcome = Some(new_editor(&state.draft)),
            Some(HomeRow::About) => state.about = true,
            None => {}
        },
        _ => {}
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(name: &str, updated: &str) -> HomeEntry {
        HomeEntry {
            path: PathBuf::from(format!("{name}.md")),
            initiative: name.into(),
            updated: updated.into(),
            progress: Progress {
                answered: 1,
                total: 4,
            },
        }
    }

    fn typ(s: &mut HomeState, text: &str) {
        for c in text.chars() {
            home_update(s, Msg::Edit(EditKey::Char(c)));
        }
    }

    #[test]
    fn first_time_asks_for_the_name_and_starts_a_workbook() {
        let mut s = HomeState::new(Vec::new());
        assert!(s.welcome.is_some());
        assert_eq!(home_update(&mut s, Msg::Edit(EditKey::Enter)), None);
        assert!(s.message.is_some());
        home_update(&mut s, Msg::Escape);
        assert!(
            s.welcome.is_some(),
            "with no workbooks there is nothing to go back to"
        );
        typ(&mut s, "Frailty pathway");
        let got = home_update(&mut s, Msg::Edit(EditKey::Enter));
        assert_eq!(
            got,
            Some(HomeChoice::New {
                initiative: "Frailty pathway".into()
            })
        );
    }

    #[test]
    fn workbooks_are_listed_newest_first_and_open_with_enter() {
        let mut s = HomeState::new(vec![
            entry("old", "2026-01-01T00:00:00Z"),
            entry("new", "2026-03-01T00:00:00Z"),
        ]);
        assert_eq!(s.entries[0].initiative, "new");
        home_update(&mut s, Msg::Edit(EditKey::Down));
        let got = home_update(&mut s, Msg::Edit(EditKey::Enter));
        assert_eq!(got, Some(HomeChoice::Open(PathBuf::from("old.md"))));
    }

    #[test]
    fn new_workbook_row_and_esc_keeps_the_typed_name() {
        let mut s = HomeState::new(vec![entry("a", "2026-01-01T00:00:00Z")]);
        home_update(&mut s, Msg::Edit(EditKey::Down));
        home_update(&mut s, Msg::Edit(EditKey::Enter));
        typ(&mut s, "Half");
        home_update(&mut s, Msg::Escape);
        assert!(s.welcome.is_none());
        home_update(&mut s, Msg::Edit(EditKey::Enter));
        typ(&mut s, " done");
        let got = home_update(&mut s, Msg::Edit(EditKey::Enter));
        assert_eq!(
            got,
            Some(HomeChoice::New {
                initiative: "Half done".into()
            })
        );
    }

    #[test]
    fn about_opens_and_closes_and_quit_quits() {
        let mut s = HomeState::new(vec![entry("a", "x")]);
        home_update(&mut s, Msg::Edit(EditKey::End));
        home_update(&mut s, Msg::Edit(EditKey::Enter));
        assert!(s.about);
        home_update(&mut s, Msg::Escape);
        assert!(!s.about);
        assert_eq!(home_update(&mut s, Msg::Quit), Some(HomeChoice::Quit));
    }
}
