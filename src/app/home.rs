//! The home screen's state machine: the participant's workbooks (newest first), "start a
//! new workbook", About, and the first-time welcome (`welcome`) that starts one.
//!
//! Pure: the entries are handed in (the store lists them); the choice is handed back.

use std::path::{Path, PathBuf};

use super::welcome::{Outcome, Welcome};
use super::{EditKey, Msg};
use crate::content::Moment;
use crate::words::participant::Notice;
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
    /// Start a workbook: the initiative's name, the participant's (may be empty), whether
    /// it is filled in before or after a session, and the path chosen (when asked).
    New {
        initiative: String,
        participant: String,
        moment: Moment,
        path: Option<String>,
    },
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
    /// The welcome / new-workbook form.
    pub welcome: Option<Welcome>,
    /// A form left with Esc, kept for when it opens again.
    parked: Option<Welcome>,
    pub about: bool,
    /// The keys of the home screen and the welcome (F1), over either.
    pub help: bool,
    pub message: Option<Notice>,
    pub color: bool,
    /// The pack's path ids, asked for by a new workbook's welcome when there are several.
    paths: Vec<String>,
    /// The participant's name a new form starts with (from the settings; may be empty).
    participant: String,
}

impl HomeState {
    /// Entries are sorted newest first. With none, the welcome form opens at once.
    pub fn new(mut entries: Vec<HomeEntry>) -> HomeState {
        entries.sort_by(|a, b| b.updated.cmp(&a.updated));
        let welcome = entries.is_empty().then(Welcome::new);
        HomeState {
            entries,
            cursor: 0,
            welcome,
            parked: None,
            about: false,
            help: false,
            message: None,
            color: true,
            paths: Vec::new(),
            participant: String::new(),
        }
    }

    /// The same home, whose welcome asks which of these paths to follow.
    pub fn with_paths(mut self, paths: Vec<String>) -> HomeState {
        self.welcome = self.welcome.map(|w| w.with_paths(paths.clone()));
        self.paths = paths;
        self
    }

    /// New forms (the welcome too) start with `participant` as the participant's name,
    /// ready to be kept with Enter or changed.
    pub fn with_participant(mut self, participant: String) -> HomeState {
        if let Some(welcome) = self.welcome.as_mut() {
            *welcome = Welcome::with_participant(&participant).with_paths(self.paths.clone());
        }
        self.participant = participant;
        self
    }

    /// The same home after the workbook at `path` could not be opened: the cursor on its
    /// row, and why on the status line.
    pub fn not_opened(mut self, path: &Path, why: String) -> HomeState {
        // Its row is its place among the entries: they come first.
        if let Some(row) = self.entries.iter().position(|e| e.path == path) {
            self.cursor = row;
        }
        self.message = Some(Notice::NotOpened(why));
        self
    }

    /// The form to show: the one left with Esc, or a new one (asking for the path when
    /// the pack has several).
    fn form(&mut self) -> Welcome {
        self.parked.take().unwrap_or_else(|| {
            Welcome::with_participant(&self.participant).with_paths(self.paths.clone())
        })
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
    if state.help {
        match msg {
            Msg::Quit => return Some(HomeChoice::Quit),
            Msg::OpenAbout => (state.help, state.about) = (false, true),
            Msg::Escape | Msg::OpenHelp | Msg::Edit(EditKey::Enter) => state.help = false,
            _ => {}
        }
        return None;
    }
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
    if let Some(form) = state.welcome.as_mut() {
        match msg {
            Msg::Quit => return Some(HomeChoice::Quit),
            Msg::OpenAbout => state.about = true,
            Msg::OpenHelp => state.help = true,
            msg => match form.update(msg) {
                Outcome::Stay(note) => state.message = note,
                Outcome::Leave if state.entries.is_empty() => {
                    state.message = Some(Notice::WelcomeEsc);
                }
                Outcome::Leave => state.parked = state.welcome.take(),
                Outcome::Done(initiative, participant, moment, path) => {
                    return Some(HomeChoice::New {
                        initiative,
                        participant,
                        moment,
                        path,
                    });
                }
            },
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
        Msg::OpenAbout => state.about = true,
        Msg::OpenHelp => state.help = true,
        Msg::Edit(EditKey::Char('n')) => state.welcome = Some(state.form()),
        Msg::Edit(EditKey::Enter | EditKey::Char(' ')) => match rows.get(state.cursor) {
            Some(HomeRow::Entry(i)) => {
                return state
                    .entries
                    .get(*i)
                    .map(|e| HomeChoice::Open(e.path.clone()));
            }
            Some(HomeRow::New) => state.welcome = Some(state.form()),
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
    use crate::app::welcome::Step;

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

    fn enter(s: &mut HomeState) -> Option<HomeChoice> {
        home_update(s, Msg::Edit(EditKey::Enter))
    }

    fn step(s: &HomeState) -> Option<Step> {
        s.welcome.as_ref().map(|w| w.step)
    }

    #[test]
    fn first_time_asks_for_the_name_and_starts_a_workbook() {
        let mut s = HomeState::new(Vec::new());
        assert!(s.welcome.is_some());
        assert_eq!(enter(&mut s), None);
        assert!(s.message.is_some(), "the initiative's name comes first");
        assert_eq!(step(&s), Some(Step::Initiative));
        home_update(&mut s, Msg::Escape);
        assert!(
            s.welcome.is_some(),
            "with no workbooks there is nothing to go back to"
        );
        typ(&mut s, "Frailty pathway");
        assert_eq!(enter(&mut s), None);
        assert_eq!(step(&s), Some(Step::Participant));
        assert_eq!(enter(&mut s), None, "the participant's name is optional");
        assert_eq!(step(&s), Some(Step::Moment));
        let got = enter(&mut s);
        assert_eq!(
            got,
            Some(HomeChoice::New {
                initiative: "Frailty pathway".into(),
                participant: String::new(),
                moment: Moment::Any,
                path: None,
            }),
            "Enter skips every optional step: neither before nor after"
        );
    }

    #[test]
    fn the_welcome_takes_a_name_and_a_moment_and_esc_goes_back_a_step() {
        let mut s = HomeState::new(Vec::new());
        typ(&mut s, "ICB");
        enter(&mut s);
        typ(&mut s, "Sam");
        enter(&mut s);
        home_update(&mut s, Msg::Escape);
        assert_eq!(step(&s), Some(Step::Participant));
        home_update(&mut s, Msg::Edit(EditKey::Backspace));
        typ(&mut s, "m Lee");
        enter(&mut s);
        home_update(&mut s, Msg::Edit(EditKey::Up));
        assert_eq!(
            enter(&mut s),
            Some(HomeChoice::New {
                initiative: "ICB".into(),
                participant: "Sam Lee".into(),
                moment: Moment::After,
                path: None,
            })
        );
        let mut s = HomeState::new(Vec::new());
        typ(&mut s, "ICB");
        enter(&mut s);
        enter(&mut s);
        typ(&mut s, "b");
        let got = enter(&mut s);
        assert!(
            matches!(
                got,
                Some(HomeChoice::New {
                    moment: Moment::Before,
                    ..
                })
            ),
            "{got:?}"
        );
    }

    #[test]
    fn with_paths_the_last_step_chooses_one_by_arrow_or_number() {
        let paths = vec!["core".to_string(), "after".to_string(), "full".to_string()];
        let mut s = HomeState::new(Vec::new()).with_paths(paths.clone());
        typ(&mut s, "ICB");
        enter(&mut s);
        enter(&mut s);
        assert_eq!(s.welcome.as_ref().map(|w| w.step), Some(Step::Path));
        // Enter at once takes the first path.
        let mut first = HomeState::new(Vec::new()).with_paths(paths.clone());
        typ(&mut first, "ICB");
        enter(&mut first);
        enter(&mut first);
        assert!(matches!(
            enter(&mut first),
            Some(HomeChoice::New { path: Some(p), .. }) if p == "core"
        ));
        home_update(&mut s, Msg::Edit(EditKey::Down));
        home_update(&mut s, Msg::Edit(EditKey::Down));
        home_update(&mut s, Msg::Edit(EditKey::Down));
        assert_eq!(
            s.welcome.as_ref().map(|w| w.path),
            Some(2),
            "stops at the last"
        );
        typ(&mut s, "2");
        // Esc goes back to the name, and the path is asked again after it.
        home_update(&mut s, Msg::Escape);
        assert_eq!(s.welcome.as_ref().map(|w| w.step), Some(Step::Participant));
        enter(&mut s);
        assert_eq!(
            enter(&mut s),
            Some(HomeChoice::New {
                initiative: "ICB".into(),
                participant: String::new(),
                moment: Moment::Any,
                path: Some("after".into()),
            })
        );
        // One path (or none) asks for the moment instead.
        let one = HomeState::new(Vec::new()).with_paths(vec!["full".into()]);
        assert!(one.welcome.as_ref().is_some_and(|w| w.paths.is_empty()));
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
        enter(&mut s);
        enter(&mut s);
        let got = enter(&mut s);
        assert_eq!(
            got,
            Some(HomeChoice::New {
                initiative: "Half done".into(),
                participant: String::new(),
                moment: Moment::Any,
                path: None,
            })
        );
    }

    /// A workbook that could not be opened: home again, on its row, saying why; the next
    /// key clears the message.
    #[test]
    fn a_workbook_not_opened_brings_home_back_on_its_row() {
        let mut s = HomeState::new(vec![
            entry("old", "2026-01-01T00:00:00Z"),
            entry("new", "2026-03-01T00:00:00Z"),
        ])
        .not_opened(Path::new("old.md"), "old.md:3: damaged".into());
        assert_eq!(s.cursor, 1);
        assert_eq!(
            s.message,
            Some(Notice::NotOpened("old.md:3: damaged".into()))
        );
        assert_eq!(home_update(&mut s, Msg::Edit(EditKey::Up)), None);
        assert_eq!(s.message, None);
        // A path no longer listed: the cursor stays where it was.
        let s = HomeState::new(vec![entry("a", "x")]).not_opened(Path::new("gone.md"), "x".into());
        assert_eq!(s.cursor, 0);
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
