//! A coach's notes on the open workbook, as the app holds them: read-only, shown beside the
//! answers; a notes file that cannot be read is said on the status line.
//!
//! Never changes or saves the notes (they are the coach's), and never stops the workbook
//! from opening.

use crate::words::participant::Notice;
use crate::workbook::notes::{CoachNotes, Note};

use super::State;

impl State {
    /// Takes the notes loaded beside the workbook, or the reason they could not be read
    /// (then said on the status line, after any other opening message).
    pub fn show_coach_notes(&mut self, loaded: Result<Option<CoachNotes>, String>) {
        match loaded {
            Ok(notes) => {
                self.coach_notes = notes.filter(|n| n.count() > 0);
                if let Some(n) = &self.coach_notes {
                    let found = Notice::NotesFound {
                        notes: n.count(),
                        coaches: n.coaches().iter().map(|c| c.to_string()).collect(),
                    };
                    self.message = Some(found.after(self.message.take()));
                }
            }
            Err(reason) => {
                self.coach_notes = None;
                let why = Notice::NotesNotShown(reason);
                self.message = Some(why.after(self.message.take()));
            }
        }
    }

    /// The coaches' notes on one prompt (none when there are none).
    pub fn coach_notes_on(&self, prompt_id: &str) -> &[Note] {
        self.coach_notes
            .as_ref()
            .map_or(&[], |n| n.on(Some(prompt_id)))
    }

    /// The coaches' notes on the whole workbook.
    pub fn coach_general_notes(&self) -> &[Note] {
        self.coach_notes.as_ref().map_or(&[], |n| n.on(None))
    }

    /// Whether the answer to `prompt_id` has changed since `note` was written about it.
    pub fn note_outdated(&self, prompt_id: &str, note: &Note) -> bool {
        note.answer_changed(self.workbook.answer(prompt_id))
    }

    /// How many notes the coaches left on the exercises of theme `t`, exercise `e`.
    pub fn notes_on_exercise(&self, t: usize, e: usize) -> usize {
        let Some(ex) = self.pack.themes.get(t).and_then(|th| th.exercises.get(e)) else {
            return 0;
        };
        ex.prompts
            .iter()
            .map(|p| self.coach_notes_on(&p.qualified_id).len())
            .sum()
    }
}
