//! The participant's path through the pack: the exercises they chose to do (today the
//! moment filter's; a pack's paths can slot in here), where reopening resumes on it, and
//! the place kept in the file for that.
//!
//! Pure, like the rest of `app`: reads and changes the state only.

use super::State;
use crate::content::Prompt;
use crate::workbook::derive;

impl State {
    /// The indices (into `exercises`) of the exercises on the participant's path.
    pub fn path_exercises(&self) -> Vec<usize> {
        (0..self.exercises.len())
            .filter(|&i| self.shown(i))
            .collect()
    }

    /// Every question on the path, in order: (exercise index, prompt index, prompt).
    fn path_prompts(&self) -> Vec<(usize, usize, &Prompt)> {
        let mut out = Vec::new();
        for ex in self.path_exercises() {
            let Some(&(t, e)) = self.exercises.get(ex) else {
                continue;
            };
            let Some(exercise) = self.pack.themes.get(t).and_then(|t| t.exercises.get(e)) else {
                continue;
            };
            out.extend(exercise.prompts.iter().enumerate().map(|(i, p)| (ex, i, p)));
        }
        out
    }

    /// Focuses where the participant was when the workbook was last saved, else the first
    /// unanswered question on their path (`derive::resume_at`).
    pub(super) fn resume(&mut self) {
        let on_path = self.path_prompts();
        let prompts: Vec<&Prompt> = on_path.iter().map(|&(_, _, p)| p).collect();
        let at = derive::resume_at(&self.workbook, &prompts).and_then(|i| on_path.get(i));
        if let Some(&(ex, prompt, _)) = at {
            self.ex = ex;
            self.prompt = prompt;
            self.cell = 0;
        }
    }

    /// Keeps the focused question as the workbook's place (written with the next save; a
    /// move alone is not a change worth saving).
    pub(super) fn note_place(&mut self) {
        let here = self.focused_prompt().map(|p| p.qualified_id.clone());
        let here = here.unwrap_or_default();
        if self.workbook.meta.place != here {
            self.workbook.meta.place = here;
        }
    }
}
