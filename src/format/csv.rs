//! The cohort as CSV (RFC 4180) that opens right in a spreadsheet: one row per workbook
//! (its review state and notes on the whole workbook), then per prompt in pack order a row
//! for the answer and one per list item, item field and grid cell (so a pivot table
//! works), then the answers to prompts the pack no longer has.
//!
//! Columns (`COLUMNS`): `participant, initiative, file, workbook_id, review_state, theme,
//! exercise, prompt_id, prompt, row, field, answer, number, when, coach_note, coach`.
//! `row`/`field` name the list item and field or the grid row and column (both empty on the
//! answer's own row). `number` holds a scale's value or a numeric cell, unquoted, so a
//! spreadsheet reads it as a number. `when` is `latest` for the answer as it stands and
//! `before` for the answer kept from before the session (rows right after). `coach_note`
//! holds the coaches' notes on the prompt (on the `latest` answer row; several notes a
//! blank line apart) and `coach` who wrote them. The workbook's own row has the theme
//! `(whole workbook)` and the notes on the whole workbook.
//!
//! Every field is sanitised; one that a spreadsheet would run as a formula (`=`, `+`, `-`,
//! `@`, a tab or CR first) and that is not a number starts with `'`. Joining characters
//! are kept, so `👩‍⚕️` stays whole. `BOM` goes first in a file by default (Excel reads it as
//! UTF-8); the caller adds it. Pure text; never writes a file itself.

use std::fmt::Write as _;

use crate::content::{Pack, Prompt};
use crate::text::sanitize::visible_cow;
use crate::workbook::Workbook;
use crate::workbook::cohort::{Cohort, CohortNotes};
use crate::workbook::derive::{Orphan, orphans};
use crate::workbook::notes::{CoachNotes, Note};

use super::answer::{answer_cells, answer_words_cow, participant_name};

/// The header row's column names.
pub const COLUMNS: [&str; 16] = [
    "participant",
    "initiative",
    "file",
    "workbook_id",
    "review_state",
    "theme",
    "exercise",
    "prompt_id",
    "prompt",
    "row",
    "field",
    "answer",
    "number",
    "when",
    "coach_note",
    "coach",
];

/// The byte-order mark that tells Excel the file is UTF-8.
pub const BOM: &str = "\u{feff}";

/// The `when` of the answer as it stands, and of the answer from before the session.
pub const LATEST: &str = "latest";
pub const BEFORE: &str = "before";

/// The theme column of an answer whose prompt the pack no longer has.
pub const ORPHAN_THEME: &str = "(no longer in the pack)";
/// The theme column of a workbook's own row.
pub const WORKBOOK_THEME: &str = "(whole workbook)";

/// The whole CSV, `\r\n` line ends, without coach's notes.
pub fn csv(cohort: &Cohort, pack: &Pack) -> String {
    csv_with_notes(cohort, pack, &CohortNotes::default())
}

/// The whole CSV, `\r\n` line ends, with the coaches' notes beside the cohort's workbooks.
pub fn csv_with_notes(cohort: &Cohort, pack: &Pack, notes: &CohortNotes) -> String {
    let mut out = header();
    for loaded in &cohort.workbooks {
        workbook_rows(&mut out, loaded, pack, notes.on(&loaded.path));
    }
    out
}

/// The CSV in pieces, in order, each handed to `emit` as soon as it is made (so the whole
/// CSV is never held): the byte-order mark (with `bom`) and the header row, then each
/// workbook's rows. The workbooks' rows are made in parallel, a batch at a time. Stops at
/// the first error `emit` returns.
pub fn write_csv<E>(
    cohort: &Cohort,
    pack: &Pack,
    notes: &CohortNotes,
    bom: bool,
    mut emit: impl FnMut(String) -> Result<(), E>,
) -> Result<(), E> {
    let mut first = if bom { BOM.to_string() } else { String::new() };
    first.push_str(&header());
    emit(first)?;
    for batch in cohort.workbooks.chunks(BATCH) {
        for rows in super::par::par_map(batch, |loaded| {
            let mut out = String::with_capacity(128 * 1024);
            workbook_rows(&mut out, loaded, pack, notes.on(&loaded.path));
            out
        }) {
            emit(rows)?;
        }
    }
    Ok(())
}

/// Workbooks whose rows are made together before they are handed on.
const BATCH: usize = 32;

/// The header row.
pub fn header() -> String {
    let mut out = String::new();
    record(&mut out, &COLUMNS);
    out
}

/// One workbook's rows, with the coaches' notes on it (if any): the workbook's own row,
/// then its answers in pack order, then those the pack no longer has. Appended to `out`.
pub fn workbook_rows(
    out: &mut String,
    loaded: &crate::workbook::cohort::Loaded,
    pack: &Pack,
    on: Option<&CoachNotes>,
) {
    let wb = &loaded.workbook;
    let id = wb.meta.stable_id();
    let who = participant_name(wb, &loaded.path);
    let file = loaded.path.display().to_string();
    let state = on.map(|n| n.state).unwrap_or_default().id();
    // The participant's columns, the same on each of their rows: made once.
    let mut person = String::new();
    fields_into(
        &mut person,
        &[who.as_str(), &wb.meta.initiative, &file, &id, state],
    );
    let general = on.map_or(&[][..], |n| n.on(None));
    let (note, by) = note_cells(general);
    out.push_str(&person);
    out.push(',');
    record(
        out,
        &[
            WORKBOOK_THEME,
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            LATEST,
            &note,
            &by,
        ],
    );
    let mut head = String::new();
    let mut rows = |where_: [&str; 2], qid: &str, prompt: Option<&Prompt>| {
        let text = prompt.map_or("", |p| p.text.as_ref());
        // The columns up to the prompt's wording, the same on each row of this answer.
        head.clear();
        head.push_str(&person);
        head.push(',');
        fields_into(&mut head, &[where_[0], where_[1], qid, text]);
        let (note, by) = note_cells(on.map_or(&[][..], |n| n.on(Some(qid))));
        let latest = wb.answer(qid);
        answer_rows(out, wb, prompt, latest, &head, LATEST, [&note, &by]);
        if let Some(before) = wb.earlier_answer(qid) {
            answer_rows(out, wb, prompt, Some(before), &head, BEFORE, ["", ""]);
        }
    };
    for theme in &pack.themes {
        for exercise in &theme.exercises {
            for prompt in &exercise.prompts {
                rows(
                    [&theme.title, &exercise.title],
                    &prompt.qualified_id,
                    Some(prompt),
                );
            }
        }
    }
    for qid in orphan_ids(wb, pack) {
        rows([ORPHAN_THEME, ""], &qid, None);
    }
}

/// The answer's own row, then a row per item, field and cell; `head` is the row's columns
/// up to the prompt's wording, already written as CSV.
fn answer_rows(
    out: &mut String,
    wb: &Workbook,
    prompt: Option<&Prompt>,
    answer: Option<&crate::workbook::Answer>,
    head: &str,
    when: &str,
    notes: [&str; 2],
) {
    let words = answer
        .map(|a| answer_words_cow(wb, prompt, a))
        .unwrap_or_default();
    let cells = answer
        .map(|a| answer_cells(wb, prompt, a))
        .unwrap_or_default();
    // A scale is one cell: its number goes on the answer's own row.
    let (own_number, cells) = match cells.as_slice() {
        [one] if one.row.is_empty() && one.field.is_empty() => (one.number, Vec::new()),
        _ => (None, cells),
    };
    record_numbered(
        out,
        head,
        &["", "", &words],
        own_number,
        &[when, notes[0], notes[1]],
    );
    for c in cells {
        record_numbered(
            out,
            head,
            &[c.row, c.field, &c.words],
            c.number,
            &[when, "", ""],
        );
    }
}

/// The notes' texts (a blank line apart) and who wrote them (`; ` apart).
fn note_cells(notes: &[Note]) -> (String, String) {
    let texts: Vec<&str> = notes.iter().map(|n| n.text.as_str()).collect();
    let by: Vec<&str> = notes
        .iter()
        .map(|n| n.by.trim())
        .filter(|b| !b.is_empty())
        .collect();
    (texts.join("\n\n"), by.join("; "))
}

/// The ids of answers (now or from before the session) to prompts the pack does not have.
fn orphan_ids(wb: &Workbook, pack: &Pack) -> Vec<String> {
    let mut ids: Vec<String> = orphans(wb, pack)
        .into_iter()
        .filter_map(|o| match o {
            Orphan::Prompt { prompt } => Some(prompt),
            Orphan::Row { .. } => None,
        })
        .collect();
    for id in wb
        .latest_snapshot()
        .into_iter()
        .flat_map(|s| s.answers.keys())
    {
        if pack.prompt(id).is_none() && !ids.contains(id) && wb.earlier_answer(id).is_some() {
            ids.push(id.clone());
        }
    }
    ids
}

/// A record: `head` (columns already written), the fields `before`, the `number` column
/// written as it is (the decimal digits of an `i64`, which every spreadsheet reads as a
/// number), then the fields `after`.
fn record_numbered(
    out: &mut String,
    head: &str,
    before: &[&str],
    number: Option<i64>,
    after: &[&str],
) {
    out.push_str(head);
    out.push(',');
    fields_into(out, before);
    out.push(',');
    if let Some(n) = number {
        let _ = write!(out, "{n}");
    }
    out.push(',');
    fields_into(out, after);
    out.push_str("\r\n");
}

fn record(out: &mut String, fields: &[&str]) {
    fields_into(out, fields);
    out.push_str("\r\n");
}

fn fields_into(out: &mut String, fields: &[&str]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        field_into(out, field);
    }
}

/// One field, sanitised; one a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a
/// tab or CR first) starts with `'` so it shows as text — unless it is a plain number; and
/// quoted when it holds a comma, quote or line break (quotes doubled). (Sanitised, a field
/// holds no tab or CR any more.)
fn field_into(out: &mut String, field: &str) {
    let risky = field.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let guard = risky && field.trim().parse::<f64>().is_err();
    let clean = visible_cow(field);
    let quoted = clean.contains([',', '"', '\r', '\n']);
    if quoted {
        out.push('"');
    }
    if guard {
        out.push('\'');
    }
    if quoted {
        for (i, part) in clean.split('"').enumerate() {
            if i > 0 {
                out.push_str("\"\"");
            }
            out.push_str(part);
        }
        out.push('"');
    } else {
        out.push_str(&clean);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_only_when_needed_and_formulas_guarded() {
        let mut out = String::new();
        record(
            &mut out,
            &[
                "plain",
                "a,b",
                "say \"hi\"",
                "two\nlines",
                "=1+1",
                "-2+3",
                "-2",
                "- a list",
                "\tx",
            ],
        );
        assert_eq!(
            out,
            "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",'=1+1,'-2+3,-2,'- a list,' x\r\n"
        );
    }
}
