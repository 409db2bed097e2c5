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

use crate::content::{Pack, Prompt};
use crate::text::sanitize::visible;
use crate::workbook::Workbook;
use crate::workbook::cohort::{Cohort, CohortNotes};
use crate::workbook::derive::{Orphan, orphans};
use crate::workbook::notes::Note;

use super::answer::{answer_cells, answer_words, participant_name};

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
    let mut out = String::new();
    write_csv(&mut out, cohort, pack, notes);
    out
}

/// Appends the CSV to `out`.
pub fn write_csv(out: &mut String, cohort: &Cohort, pack: &Pack, notes: &CohortNotes) {
    record(out, &COLUMNS);
    // Each workbook's rows made in parallel, written in cohort order.
    for rows in super::par::par_map(&cohort.workbooks, |loaded| {
        let mut out = String::with_capacity(64 * 1024);
        workbook_rows(&mut out, loaded, pack, notes);
        out
    }) {
        out.push_str(&rows);
    }
}

/// One workbook's rows.
fn workbook_rows(
    out: &mut String,
    loaded: &crate::workbook::cohort::Loaded,
    pack: &Pack,
    notes: &CohortNotes,
) {
    {
        let wb = &loaded.workbook;
        let on = notes.on(&loaded.path);
        let id = wb.meta.stable_id();
        let who = participant_name(wb, &loaded.path);
        let file = loaded.path.display().to_string();
        let state = on.map(|n| n.state).unwrap_or_default().id();
        let person = [who.as_str(), &wb.meta.initiative, &file, &id, state];
        let general = on.map_or(&[][..], |n| n.on(None));
        let (note, by) = note_cells(general);
        let empty = ["", "", "", "", "", "", ""];
        record(
            out,
            &[
                &person[..],
                &[WORKBOOK_THEME],
                &empty[..],
                &[LATEST, &note, &by],
            ]
            .concat(),
        );
        let mut rows = |where_: [&str; 2], qid: &str, prompt: Option<&Prompt>| {
            let text = prompt.map_or("", |p| p.text.as_str());
            let head = [where_[0], where_[1], qid, text];
            let (note, by) = note_cells(notes.on_prompt(&loaded.path, qid));
            let latest = wb.answer(qid);
            answer_rows(
                out,
                wb,
                prompt,
                latest,
                [&person[..], &head[..]].concat(),
                LATEST,
                [&note, &by],
            );
            if let Some(before) = wb.earlier_answer(qid) {
                answer_rows(
                    out,
                    wb,
                    prompt,
                    Some(before),
                    [&person[..], &head[..]].concat(),
                    BEFORE,
                    ["", ""],
                );
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
}

/// The answer's own row, then a row per item, field and cell.
fn answer_rows(
    out: &mut String,
    wb: &Workbook,
    prompt: Option<&Prompt>,
    answer: Option<&crate::workbook::Answer>,
    head: Vec<&str>,
    when: &str,
    notes: [&str; 2],
) {
    let words = answer
        .map(|a| answer_words(wb, prompt, a))
        .unwrap_or_default();
    let cells = answer
        .map(|a| answer_cells(wb, prompt, a))
        .unwrap_or_default();
    // A scale is one cell: its number goes on the answer's own row.
    let (own_number, cells) = match cells.as_slice() {
        [one] if one.row.is_empty() && one.field.is_empty() => (one.number, Vec::new()),
        _ => (None, cells),
    };
    let number = own_number.map(|n| n.to_string()).unwrap_or_default();
    record_numbered(
        out,
        &[&head[..], &["", "", &words]].concat(),
        &number,
        &[when, notes[0], notes[1]],
    );
    for c in cells {
        let number = c.number.map(|n| n.to_string()).unwrap_or_default();
        record_numbered(
            out,
            &[&head[..], &[&c.row, &c.field, &c.words]].concat(),
            &number,
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

/// A record whose `number` column (between `before` and `after`) is written as it is: the
/// decimal digits of an `i64`, which every spreadsheet reads as a number.
fn record_numbered(out: &mut String, before: &[&str], number: &str, after: &[&str]) {
    debug_assert!(number.bytes().all(|b| b == b'-' || b.is_ascii_digit()));
    fields_into(out, before);
    out.push(',');
    out.push_str(number);
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
        field_into(out, &safe(field));
    }
}

/// Sanitised, and a cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab
/// or CR first) starts with `'` so it shows as text — unless it is a plain number.
fn safe(field: &str) -> String {
    let risky = field.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let clean = visible(field);
    if risky && field.trim().parse::<f64>().is_err() {
        format!("'{clean}")
    } else {
        clean
    }
}

/// One field, quoted when it holds a comma, quote, CR or LF (quotes doubled).
fn field_into(out: &mut String, field: &str) {
    if field.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
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
