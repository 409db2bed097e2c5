//! The first-time welcome (also "start a new workbook"): three short steps — the
//! initiative's name, then optionally the participant's name, then the path to follow (when
//! the pack offers several; otherwise whether this is before or after a session). Enter goes
//! on (skipping an optional step), Esc goes back a step.
//!
//! Pure: never creates a file; it hands back what was typed and chosen.

use super::editor::{Editor, Move};
use super::{EditKey, Msg};
use crate::content::Moment;
use crate::words::participant::Notice;

/// The steps, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Initiative,
    Participant,
    Moment,
    /// Which path through the pack (instead of the moment, when the pack has paths).
    Path,
}

/// The moments offered, in the order shown; the last (neither) is where Enter lands.
pub const MOMENTS: [Moment; 3] = [Moment::Before, Moment::After, Moment::Any];

/// The welcome form.
#[derive(Debug, Clone)]
pub struct Welcome {
    pub step: Step,
    pub initiative: Editor,
    pub participant: Editor,
    /// Index into `MOMENTS`.
    pub moment: usize,
    /// The ids of the pack's paths, when it has more than one (then the last step chooses
    /// one instead of the moment).
    pub paths: Vec<String>,
    /// Index into `paths`.
    pub path: usize,
}

/// What a key did to the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Still filling in (with a note for the status line, perhaps).
    Stay(Option<Notice>),
    /// Esc on the first step.
    Leave,
    /// Everything asked: (initiative, participant, moment, the chosen path if asked).
    Done(String, String, Moment, Option<String>),
}

impl Default for Welcome {
    fn default() -> Self {
        Welcome::new()
    }
}

impl Welcome {
    pub fn new() -> Welcome {
        Welcome::with_participant("")
    }

    /// A form whose name step starts with `participant` (the settings' name), which Enter
    /// keeps and typing changes.
    pub fn with_participant(participant: &str) -> Welcome {
        Welcome {
            step: Step::Initiative,
            initiative: Editor::field(""),
            participant: Editor::field(participant),
            moment: MOMENTS.len() - 1,
            paths: Vec::new(),
            path: 0,
        }
    }

    /// The same form, asking for one of these paths last (when there are two or more;
    /// the first is where Enter lands).
    pub fn with_paths(mut self, paths: Vec<String>) -> Welcome {
        self.paths = if paths.len() > 1 { paths } else { Vec::new() };
        self.path = 0;
        self
    }

    /// The step after the participant's name.
    fn last_step(&self) -> Step {
        if self.paths.is_empty() {
            Step::Moment
        } else {
            Step::Path
        }
    }

    /// The step's number (from 1) and how many there are.
    pub fn step_number(&self) -> (usize, usize) {
        let n = match self.step {
            Step::Initiative => 1,
            Step::Participant => 2,
            Step::Moment | Step::Path => 3,
        };
        (n, 3)
    }

    pub fn initiative_text(&self) -> String {
        one_line(&self.initiative)
    }

    pub fn participant_text(&self) -> String {
        one_line(&self.participant)
    }

    /// Handles one message (Quit, About and Help are the caller's).
    pub fn update(&mut self, msg: Msg) -> Outcome {
        match (self.step, msg) {
            (Step::Initiative, Msg::Escape) => Outcome::Leave,
            (Step::Participant, Msg::Escape) => {
                self.step = Step::Initiative;
                Outcome::Stay(None)
            }
            (Step::Moment | Step::Path, Msg::Escape) => {
                self.step = Step::Participant;
                Outcome::Stay(None)
            }
            (Step::Initiative, Msg::Edit(EditKey::Enter)) => {
                if self.initiative_text().is_empty() {
                    Outcome::Stay(Some(Notice::NameFirst))
                } else {
                    self.step = Step::Participant;
                    Outcome::Stay(None)
                }
            }
            (Step::Participant, Msg::Edit(EditKey::Enter)) => {
                self.step = self.last_step();
                Outcome::Stay(None)
            }
            (Step::Moment, Msg::Edit(EditKey::Enter)) => Outcome::Done(
                self.initiative_text(),
                self.participant_text(),
                MOMENTS.get(self.moment).copied().unwrap_or_default(),
                None,
            ),
            (Step::Path, Msg::Edit(EditKey::Enter)) => Outcome::Done(
                self.initiative_text(),
                self.participant_text(),
                Moment::Any,
                self.paths.get(self.path).cloned(),
            ),
            (Step::Moment, msg) => {
                self.choose(&msg);
                Outcome::Stay(None)
            }
            (Step::Path, msg) => {
                self.path = pick(self.path, self.paths.len(), &msg, |_| None);
                Outcome::Stay(None)
            }
            (Step::Initiative, msg) => {
                edit_line(&mut self.initiative, msg);
                Outcome::Stay(None)
            }
            (Step::Participant, msg) => {
                edit_line(&mut self.participant, msg);
                Outcome::Stay(None)
            }
        }
    }

    fn choose(&mut self, msg: &Msg) {
        self.moment = pick(self.moment, MOMENTS.len(), msg, |c| match c {
            'b' => Some(0),
            'a' => Some(1),
            'n' => Some(2),
            _ => None,
        });
    }
}

/// A choice among `len` options after a key: arrows move, a digit picks by number, and
/// `letter` may pick by a letter.
pub(crate) fn pick(
    current: usize,
    len: usize,
    msg: &Msg,
    letter: impl Fn(char) -> Option<usize>,
) -> usize {
    let last = len.saturating_sub(1);
    match msg {
        Msg::Edit(EditKey::Up | EditKey::Left) | Msg::PrevPrompt => current.saturating_sub(1),
        Msg::Edit(EditKey::Down | EditKey::Right) | Msg::NextPrompt => (current + 1).min(last),
        Msg::Edit(EditKey::Char(c)) => {
            let by_number = c
                .to_digit(10)
                .and_then(|d| usize::try_from(d).ok())
                .and_then(|d| d.checked_sub(1))
                .filter(|&i| i < len);
            by_number
                .or_else(|| letter(c.to_ascii_lowercase()))
                .unwrap_or(current)
        }
        _ => current,
    }
}

fn one_line(ed: &Editor) -> String {
    ed.text().replace('\n', " ").trim().to_string()
}

/// A one-line field: printable characters, deletion, cursor moves, undo, paste.
fn edit_line(ed: &mut Editor, msg: Msg) {
    match msg {
        Msg::Edit(EditKey::Char(c)) if !c.is_control() => ed.insert_char(c),
        Msg::Edit(EditKey::Backspace) => {
            ed.delete_back();
        }
        Msg::Edit(EditKey::Delete) => {
            ed.delete_forward();
        }
        Msg::Edit(EditKey::Left) => ed.go(Move::Back),
        Msg::Edit(EditKey::Right) => ed.go(Move::Forward),
        Msg::Edit(EditKey::WordLeft) => ed.go(Move::WordBack),
        Msg::Edit(EditKey::WordRight) => ed.go(Move::WordForward),
        Msg::Edit(EditKey::Home) => ed.go(Move::Head),
        Msg::Edit(EditKey::End) => ed.go(Move::End),
        Msg::Edit(EditKey::Undo) => {
            ed.undo();
        }
        Msg::Edit(EditKey::Redo) => {
            ed.redo();
        }
        Msg::Paste(text) => {
            let one_line: String = text
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect();
            ed.insert_str(one_line.trim());
        }
        _ => {}
    }
}
