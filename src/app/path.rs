//! The participant's path through the pack as the workbook screen goes along it: the
//! exercises shown (those of the path the workbook follows, `paths.rs`), the progress along
//! it, its end (Tab on the last question, the word when every question on it is answered),
//! where reopening resumes on it, and the place kept in the file for that.
//!
//! Pure, like the rest of `app`: reads and changes the state only.

use super::{Effect, Overlay, State};
use crate::content::{Exercise, Prompt};
use crate::words::participant::Notice;
use crate::workbook::derive::{self, Progress};

impl State {
    /// The indices (into `exercises`) of the exercises on the participant's path.
    pub fn path_exercises(&self) -> Vec<usize> {
        (0..self.exercises.len())
            .filter(|&i| self.shown(i))
            .collect()
    }

    /// The exercises on the path themselves.
    fn path_exercise_list(&self) -> Vec<&Exercise> {
        let exercise = |ex: usize| {
            let &(t, e) = self.exercises.get(ex)?;
            self.pack.themes.get(t)?.exercises.get(e)
        };
        self.path_exercises()
            .into_iter()
            .filter_map(exercise)
            .collect()
    }

    /// How far the participant has come on their path (what the header shows): the pack's
    /// path progress, or over every exercise shown when the path names none.
    pub fn path_progress(&self) -> Progress {
        let on_path = derive::path_progress(&self.workbook, &self.pack, self.path());
        if on_path.total > 0 {
            on_path
        } else {
            derive::exercises_progress(&self.workbook, self.path_exercise_list())
        }
    }

    /// Whether the focus is on the path's last question.
    pub(super) fn at_path_end(&self) -> bool {
        let last = self.path_prompts().last().map(|&(ex, p, _)| (ex, p));
        last == Some((self.ex, self.prompt))
    }

    /// Every question on the path, in order: (exercise index, prompt index, prompt).
    fn path_prompts(&self) -> Vec<(usize, usize, &Prompt)> {
        let mut out = Vec::new();
        let exercises = self.path_exercises().into_iter();
        for (ex, exercise) in exercises.zip(self.path_exercise_list()) {
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

/// Tab on the path's last question: the end of the path, with what is answered and where
/// the file is.
pub(super) fn finish(state: &mut State) -> Vec<Effect> {
    state.overlay = Some(Overlay::Finished);
    if state.dirty {
        vec![Effect::Save]
    } else {
        Vec::new()
    }
}

/// Whether `msg` leaves every question answered or not as it was, seen without counting:
/// the focused question is a text answered in words and the key keeps it so (a character,
/// a line break or a paste added, the cursor moved, one character deleted of two or more
/// that are not spaces). Only then is the count before an edit not needed.
pub(super) fn keeps_progress(state: &State, msg: &super::Msg) -> bool {
    use super::Msg;
    use super::msg::EditKey;
    let Some(prompt) = state.focused_prompt() else {
        return false;
    };
    if state.editor.is_none() || prompt.kind.shape() != crate::content::Shape::Text {
        return false;
    }
    let Some(crate::workbook::Answer::Text(text)) = state.workbook.answer(&prompt.qualified_id)
    else {
        return false;
    };
    let words = || text.chars().filter(|c| !c.is_whitespace());
    match msg {
        Msg::Paste(_)
        | Msg::Edit(
            EditKey::Char(_)
            | EditKey::Enter
            | EditKey::Left
            | EditKey::Right
            | EditKey::Up
            | EditKey::Down
            | EditKey::Home
            | EditKey::End
            | EditKey::WordLeft
            | EditKey::WordRight,
        ) => words().next().is_some(),
        Msg::Edit(EditKey::Backspace | EditKey::Delete) => words().nth(1).is_some(),
        _ => false,
    }
}

/// After an edit: the word when it answered the path's last open question.
pub(super) fn word_when_done(state: &mut State, before: Progress) {
    let now = state.path_progress();
    if before.answered < before.total && now.total > 0 && now.answered >= now.total {
        state.message = Some(Notice::AllAnswered);
    }
}
