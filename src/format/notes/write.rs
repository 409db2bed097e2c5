//! Renders coaches' notes as their Markdown file: front matter, a title, the notes on the
//! whole workbook, then the notes on prompts under the pack's headings, each note under a
//! visible line saying who wrote it and when. A feedback file (`render_feedback`) is the
//! same file with each question's answer quoted above its notes, so it reads on its own.
//!
//! Never writes a note in a way `parse` could not give back exactly, and never drops one:
//! notes on prompts the pack does not have go under "Other notes".

use std::fmt::Write as _;

use crate::content::{Exercise, Pack};
use crate::format::answer::answer_parts;
use crate::format::markdown::front::quote;
use crate::format::markdown::inline::{display, tag_into};
use crate::format::markdown::text;
use crate::words::signature;
use crate::workbook::Workbook;
use crate::workbook::notes::{CoachNotes, Note, ReviewState};

/// The value of `convene:` in the front matter of every notes file.
pub(super) const KIND: &str = "coach-notes";
/// The line that ends every note.
pub(super) const CLOSE: &str = "<!-- /convene:note -->";
/// The `about` attribute of a note on the whole workbook.
pub(super) const ABOUT_WORKBOOK: &str = "workbook";
const GENERAL_HEADING: &str = "On the whole workbook";
const OTHER_HEADING: &str = "Other notes";

/// The notes file for `notes`. `workbook` is the workbook's file name and `initiative` its
/// title (both only shown); `pack` gives the headings and each prompt's wording.
pub fn render(notes: &CoachNotes, workbook: &str, initiative: &str, pack: Option<&Pack>) -> String {
    Sheet {
        notes,
        file: workbook,
        initiative,
        pack,
        answers: None,
    }
    .render()
}

/// The feedback file for one participant: the notes (without the review state, which is the
/// coach's), each under its question and the participant's answer, quoted, so it can be
/// read on its own; convene reads it back as a notes file.
pub fn render_feedback(notes: &CoachNotes, workbook: &str, wb: &Workbook, pack: &Pack) -> String {
    let notes = CoachNotes {
        state: ReviewState::NotReviewed,
        ..notes.clone()
    };
    Sheet {
        notes: &notes,
        file: workbook,
        initiative: &wb.meta.initiative,
        pack: Some(pack),
        answers: Some(wb),
    }
    .render()
}

struct Sheet<'a> {
    notes: &'a CoachNotes,
    file: &'a str,
    initiative: &'a str,
    pack: Option<&'a Pack>,
    answers: Option<&'a Workbook>,
}

impl Sheet<'_> {
    fn render(&self) -> String {
        let notes = self.notes;
        let mut out = String::with_capacity(512);
        out.push_str("---\n");
        let _ = writeln!(out, "convene: {}", quote(KIND));
        let _ = writeln!(out, "workbook: {}", quote(self.file));
        if !notes.workbook_id.is_empty() {
            let _ = writeln!(out, "workbook_id: {}", quote(&notes.workbook_id));
        }
        if notes.state != ReviewState::NotReviewed {
            let _ = writeln!(out, "review: {}", quote(notes.state.id()));
        }
        if let Some(updated) = &notes.updated {
            let _ = writeln!(out, "updated: {}", quote(updated));
        }
        out.push_str("---\n\n");
        let title = display(self.initiative);
        let title = if title.is_empty() {
            display(self.file)
        } else {
            title
        };
        let _ = write!(out, "# Coach's notes on {title}\n\n");
        let coaches: Vec<String> = notes
            .coaches()
            .into_iter()
            .map(display)
            .filter(|c| !c.is_empty())
            .collect();
        let by = match coaches.as_slice() {
            [] => String::new(),
            [one] => format!(" from {one}"),
            [many @ .., last] => format!(" from {} and {last}", many.join(", ")),
        };
        let how = if self.answers.is_some() {
            "Open your workbook with `convene open` on this file, or put this file beside \
             the workbook: convene shows each note under the answer it is about. Your \
             workbook itself is not changed."
        } else {
            "convene shows them beside the answers; the workbook itself is not changed."
        };
        let _ = write!(
            out,
            "_Notes{by} on the workbook {}. {how}_\n\n",
            display(self.file)
        );

        let _ = write!(out, "## {GENERAL_HEADING}\n\n");
        if notes.general.is_empty() {
            // Room for a note typed by hand.
            tag_into(&mut out, "note", &[("about", ABOUT_WORKBOOK)]);
            let _ = write!(out, "\n{CLOSE}\n\n");
        }
        for note in &notes.general {
            write_note(&mut out, ("about", ABOUT_WORKBOOK), note);
        }

        if let Some(pack) = self.pack {
            for theme in &pack.themes {
                let has = |e: &Exercise| {
                    e.prompts
                        .iter()
                        .any(|p| !notes.on(Some(&p.qualified_id)).is_empty())
                };
                if !theme.exercises.iter().any(has) {
                    continue;
                }
                let _ = write!(out, "## {}\n\n", display(&theme.title));
                for exercise in theme.exercises.iter().filter(|e| has(e)) {
                    let _ = write!(out, "### {}\n\n", display(&exercise.title));
                    for prompt in &exercise.prompts {
                        let on = notes.on(Some(&prompt.qualified_id));
                        if on.is_empty() {
                            continue;
                        }
                        let wording = display(&prompt.text);
                        if !wording.is_empty() {
                            let _ = write!(out, "**{wording}**\n\n");
                        }
                        if let Some(wb) = self.answers {
                            quote_answer(&mut out, wb, prompt);
                        }
                        for note in on {
                            write_note(&mut out, ("id", &prompt.qualified_id), note);
                        }
                    }
                }
            }
        }
        let others: Vec<(&String, &Vec<Note>)> = notes
            .prompts
            .iter()
            .filter(|(id, list)| {
                !list.is_empty() && self.pack.is_none_or(|p| p.prompt(id).is_none())
            })
            .collect();
        if !others.is_empty() {
            let _ = write!(out, "## {OTHER_HEADING}\n\n");
            if self.pack.is_some() {
                out.push_str("_Notes on prompts this version of the pack does not have._\n\n");
            }
            for (id, list) in others {
                let shown = display(id);
                let shown = if shown.is_empty() {
                    "(no id)".to_string()
                } else {
                    shown
                };
                let _ = write!(out, "### {shown}\n\n");
                for note in list {
                    write_note(&mut out, ("id", id), note);
                }
            }
        }
        while out.ends_with("\n\n") {
            out.pop();
        }
        out
    }
}

/// The participant's answer to a prompt as a quote (or "Not answered." in italics).
fn quote_answer(out: &mut String, wb: &Workbook, prompt: &crate::content::Prompt) {
    let Some(answer) = wb.answer(&prompt.qualified_id) else {
        out.push_str("_Your answer: not answered._\n\n");
        return;
    };
    out.push_str("_Your answer:_\n\n");
    let parts = answer_parts(wb, Some(prompt), answer);
    let single = parts.len() == 1;
    for part in parts {
        let mut first = true;
        for line in part.split('\n') {
            let lead = if single || !first { "> " } else { "> - " };
            let line = display(line);
            if line.is_empty() {
                out.push_str(">\n");
            } else {
                let _ = writeln!(out, "{lead}{line}");
            }
            first = false;
        }
    }
    out.push('\n');
}

/// One note: a visible line saying who wrote it and when, then the note between its
/// markers (who and when kept in the marker, as the visible line is not read).
fn write_note(out: &mut String, on: (&str, &str), note: &Note) {
    let _ = write!(out, "✎ _{}_\n\n", display(&signature(&note.by, &note.at)));
    let mut attrs = vec![on];
    if !note.by.is_empty() {
        attrs.push(("by", &note.by));
    }
    if !note.at.is_empty() {
        attrs.push(("at", &note.at));
    }
    if !note.answer.is_empty() {
        attrs.push(("answer", &note.answer));
    }
    tag_into(out, "note", &attrs);
    out.push('\n');
    text::write(out, &note.text);
    let _ = write!(out, "{CLOSE}\n\n");
}
