//! A coach's notes on the open workbook, as the app holds them: read-only, shown beside the
//! answers; a notes file that cannot be read is said on the status line.
//!
//! Never changes or saves the notes (they are the coach's), and never stops the workbook
//! from opening.

use crate::words::participant::Notice;
use crate::workbook::notes::CoachNotes;

use super::State;

impl State {
    /// Takes the notes loaded beside the workbook, or the reason they could not be read
    /// (then said on the status line, after any other opening message).
    pub fn show_coach_notes(&mut self, loaded: Result<Option<CoachNotes>, String>) {
        match loaded {
            Ok(notes) => self.coach_notes = notes.filter(|n| !n.is_empty()),
            Err(reason) => {
                self.coach_notes = None;
                let why = Notice::NotesNotShown(reason);
                self.message = Some(why.after(self.message.take()));
            }
        }
    }

    /// The coach's note on one prompt, if there is one worth showing.
    pub fn coach_note(&self, prompt_id: &str) -> Option<&str> {
        self.coach_notes
            .as_ref()
            .and_then(|n| n.on(prompt_id))
            .filter(|n| !n.trim().is_empty())
    }

    /// The coach's note on the whole workbook, if there is one worth showing.
    pub fn coach_general_note(&self) -> Option<&str> {
        self.coach_notes
            .as_ref()
            .map(|n| n.general.as_str())
            .filter(|n| !n.trim().is_empty())
    }
}
