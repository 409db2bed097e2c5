//! Writes the answers as they stood before each session (`Workbook::earlier`): one section
//! per snapshot, newest first, each answer's marker carrying `when="before"`, the
//! snapshot's number (`snapshot="2"`, from 1, the oldest) and, when it is dated,
//! `taken="…"` — which is what reading goes by, not the sections.

use std::fmt::Write as _;

use crate::content::Pack;
use crate::workbook::{Snapshot, Spot, Taken, Workbook};

use super::write::{Ctx, Marks, heading, heading_id, write_answer};
use super::{BEFORE, BEFORE_HEADING};

/// Every snapshot, newest first: per exercise of the pack (in pack order) its title and
/// each prompt's wording and answer, then answers to prompts the pack does not have.
pub(super) fn write(out: &mut String, (spots, headings): Marks<'_>, wb: &Workbook, pack: &Pack) {
    for (n, snapshot) in wb.earlier.iter().enumerate().rev() {
        spots.push((out.len(), Spot::Earlier(n)));
        // The day; with the time too when another snapshot was taken the same day.
        let same_day = |day| {
            wb.earlier
                .iter()
                .filter(|s| s.taken.day() == Some(day))
                .count()
        };
        let title = match (snapshot.taken.day(), snapshot.taken.at()) {
            (Some(day), Some(at)) if same_day(day) > 1 => {
                format!("{BEFORE_HEADING} of {}", crate::words::short_time(at))
            }
            (Some(day), _) => format!("{BEFORE_HEADING} of {day}"),
            _ => BEFORE_HEADING.to_string(),
        };
        let qualifier = title.to_lowercase();
        let title = headings.unique(title, "answers");
        let _ = write!(out, "## {title}\n\n");
        out.push_str(
            "_What was written here before the session, kept so that the answers above can be \
             read beside it._\n\n",
        );
        let marks = (&mut *spots, &mut *headings);
        write_snapshot(out, marks, (wb, pack), (n, snapshot), &qualifier);
    }
}

fn write_snapshot(
    out: &mut String,
    (spots, headings): Marks<'_>,
    (wb, pack): (&Workbook, &Pack),
    (n, snapshot): (usize, &Snapshot),
    qualifier: &str,
) {
    let ctx: Ctx<'_> = (wb, pack, &[]);
    let mut attrs = vec![("when", BEFORE)];
    // What tells the snapshots apart (two may be taken in the same second); the undated
    // one of a file from before dates, the oldest, is written as it was, without it.
    let key = (n + 1).to_string();
    if n > 0 || snapshot.taken != Taken::Unknown {
        attrs.push(("snapshot", &key));
    }
    attrs.extend(snapshot.taken.at().map(|t| ("taken", t)));
    for exercise in pack.themes.iter().flat_map(|t| &t.exercises) {
        let mut titled = false;
        for prompt in &exercise.prompts {
            let Some(answer) = snapshot.answers.get(&prompt.qualified_id) else {
                continue;
            };
            if !titled {
                let title = headings.unique(heading(&exercise.title), qualifier);
                let _ = write!(out, "### {title}\n\n");
                titled = true;
            }
            let wording = super::inline::display(&prompt.text);
            if !wording.is_empty() {
                let _ = write!(out, "**{wording}**\n\n");
            }
            write_answer(
                out,
                ctx,
                (&prompt.qualified_id, &attrs),
                answer,
                Some(prompt),
            );
            let spot = Spot::EarlierAnswer(n, prompt.qualified_id.clone());
            spots.push((out.len(), spot));
        }
    }
    for (id, answer) in &snapshot.answers {
        if pack.prompt(id).is_none() {
            let title = headings.unique(heading_id(id), qualifier);
            let _ = write!(out, "### {title}\n\n");
            write_answer(out, ctx, (id, &attrs), answer, None);
            spots.push((out.len(), Spot::EarlierAnswer(n, id.clone())));
        }
    }
}
