//! Renders coach's notes as their sidecar Markdown file: front matter, a title, the note on the
//! whole workbook, then the notes on prompts under the pack's headings.
//!
//! Never writes a note in a way `parse` could not give back exactly, and never drops one:
//! notes on prompts the pack does not have go under "Other notes".

use std::fmt::Write as _;

use crate::content::Pack;
use crate::format::markdown::front::quote;
use crate::format::markdown::inline::{display, tag_into};
use crate::format::markdown::text;

use crate::workbook::notes::CoachNotes;

/// The value of `convene:` in the front matter of every notes file.
pub(super) const KIND: &str = "coach-notes";
/// The line that ends every note.
pub(super) const CLOSE: &str = "<!-- /convene:note -->";
/// The `about` attribute of the general note's marker.
pub(super) const ABOUT_WORKBOOK: &str = "workbook";
const GENERAL_HEADING: &str = "On the whole workbook";
const OTHER_HEADING: &str = "Other notes";

/// The notes file for `notes`. `workbook` is the workbook's file name and `initiative` its
/// title (both only shown); `pack` gives the headings and each prompt's wording.
pub fn render(notes: &CoachNotes, workbook: &str, initiative: &str, pack: Option<&Pack>) -> String {
    let mut out = String::with_capacity(512);
    out.push_str("---\n");
    let _ = writeln!(out, "convene: {}", quote(KIND));
    let _ = writeln!(out, "workbook: {}", quote(workbook));
    let _ = writeln!(out, "coach: {}", quote(&notes.coach));
    if let Some(updated) = &notes.updated {
        let _ = writeln!(out, "updated: {}", quote(updated));
    }
    out.push_str("---\n\n");
    let title = display(initiative);
    let title = if title.is_empty() {
        display(workbook)
    } else {
        title
    };
    let _ = write!(out, "# Coach's notes on {title}\n\n");
    let by = display(&notes.coach);
    let by = if by.is_empty() {
        String::new()
    } else {
        format!(" from {by}")
    };
    let _ = write!(
        out,
        "_Notes{by} on the workbook {}. convene shows them beside the answers; the \
         workbook itself is not changed._\n\n",
        display(workbook)
    );

    let _ = write!(out, "## {GENERAL_HEADING}\n\n");
    tag_into(&mut out, "note", &[("about", ABOUT_WORKBOOK)]);
    out.push('\n');
    if !notes.general.is_empty() {
        text::write(&mut out, &notes.general);
    }
    let _ = write!(out, "{CLOSE}\n\n");

    let notes_on = |id: &str| notes.prompts.get(id).filter(|n| !n.is_empty());
    if let Some(pack) = pack {
        for theme in &pack.themes {
            let has = |e: &crate::content::Exercise| {
                e.prompts
                    .iter()
                    .any(|p| notes_on(&p.qualified_id).is_some())
            };
            if !theme.exercises.iter().any(has) {
                continue;
            }
            let _ = write!(out, "## {}\n\n", display(&theme.title));
            for exercise in theme.exercises.iter().filter(|e| has(e)) {
                let _ = write!(out, "### {}\n\n", display(&exercise.title));
                for prompt in &exercise.prompts {
                    let Some(note) = notes_on(&prompt.qualified_id) else {
                        continue;
                    };
                    let wording = display(&prompt.text);
                    if !wording.is_empty() {
                        let _ = write!(out, "**{wording}**\n\n");
                    }
                    write_note(&mut out, &prompt.qualified_id, note);
                }
            }
        }
    }
    let others: Vec<(&String, &String)> = notes
        .prompts
        .iter()
        .filter(|(id, note)| !note.is_empty() && pack.is_none_or(|p| p.prompt(id).is_none()))
        .collect();
    if !others.is_empty() {
        let _ = write!(out, "## {OTHER_HEADING}\n\n");
        if pack.is_some() {
            out.push_str("_Notes on prompts this version of the pack does not have._\n\n");
        }
        for (id, note) in others {
            let shown = display(id);
            let shown = if shown.is_empty() {
                "(no id)".to_string()
            } else {
                shown
            };
            let _ = write!(out, "### {shown}\n\n");
            write_note(&mut out, id, note);
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

fn write_note(out: &mut String, id: &str, note: &str) {
    tag_into(out, "note", &[("id", id)]);
    out.push('\n');
    text::write(out, note);
    let _ = write!(out, "{CLOSE}\n\n");
}
