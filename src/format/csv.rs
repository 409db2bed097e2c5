//! The cohort as CSV (RFC 4180): one row per participant × prompt in pack order, then one
//! row per orphaned answer; unanswered prompts have an empty answer.
//!
//! Columns: `participant, initiative, file, theme, exercise, prompt_id, prompt, answer,
//! when, coach_note`. `when` is `latest` for the answer as it stands, and `before` for an
//! extra row, right after it, holding the answer as it stood before the session (only where
//! the workbook kept one). `coach_note` is the coach's note on that prompt (on the `latest`
//! row only; empty without a notes file). Orphaned answers have the theme
//! `(no longer in the pack)` and empty exercise and prompt.
//! Lists and grids are flattened to `item (Field: value, …); item …`; multi-line answers stay
//! inside one quoted field. Pure text; never writes a file itself.

use crate::content::{Pack, Prompt};
use crate::workbook::Workbook;
use crate::workbook::derive::{Orphan, orphans};

use crate::text::sanitize::visible;
use crate::workbook::cohort::{Cohort, CohortNotes};

use super::answer::{answer_words, participant_name};

/// The header row's column names.
pub const COLUMNS: [&str; 10] = [
    "participant",
    "initiative",
    "file",
    "theme",
    "exercise",
    "prompt_id",
    "prompt",
    "answer",
    "when",
    "coach_note",
];

/// The `when` of the answer as it stands, and of the answer from before the session.
pub const LATEST: &str = "latest";
pub const BEFORE: &str = "before";

/// The theme column of an answer whose prompt the pack no longer has.
pub const ORPHAN_THEME: &str = "(no longer in the pack)";

/// The whole CSV, `\r\n` line ends, without coach's notes.
pub fn csv(cohort: &Cohort, pack: &Pack) -> String {
    csv_with_notes(cohort, pack, &CohortNotes::default())
}

/// The whole CSV, `\r\n` line ends, with the coach's notes beside the cohort's workbooks.
pub fn csv_with_notes(cohort: &Cohort, pack: &Pack, notes: &CohortNotes) -> String {
    let mut out = String::new();
    record(&mut out, &COLUMNS);
    for loaded in &cohort.workbooks {
        let wb = &loaded.workbook;
        let who = participant_name(wb, &loaded.path);
        let file = loaded.path.display().to_string();
        let mut rows = |where_: [&str; 3], id: &str, prompt: Option<&Prompt>| {
            let words = |a| answer_words(wb, prompt, a);
            let answer = wb.answer(id).map(words).unwrap_or_default();
            let note = notes.on_prompt(&loaded.path, id).unwrap_or("");
            let text = prompt.map_or("", |p| p.text.as_str());
            let head = [
                who.as_str(),
                &wb.meta.initiative,
                &file,
                where_[0],
                where_[1],
                id,
                text,
            ];
            record(&mut out, &[&head[..], &[&answer, LATEST, note]].concat());
            if let Some(before) = wb.earlier_answer(id) {
                record(
                    &mut out,
                    &[&head[..], &[&words(before), BEFORE, ""]].concat(),
                );
            }
        };
        for theme in &pack.themes {
            for exercise in &theme.exercises {
                for prompt in &exercise.prompts {
                    rows(
                        [&theme.title, &exercise.title, ""],
                        &prompt.qualified_id,
                        Some(prompt),
                    );
                }
            }
        }
        for id in orphan_ids(wb, pack) {
            rows([ORPHAN_THEME, "", ""], &id, None);
        }
    }
    out
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
    for id in wb.earlier.keys() {
        if pack.prompt(id).is_none() && !ids.contains(id) && wb.earlier_answer(id).is_some() {
            ids.push(id.clone());
        }
    }
    ids
}

fn record(out: &mut String, fields: &[&str]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        field_into(out, &safe(field));
    }
    out.push_str("\r\n");
}

/// Sanitised, and a cell a spreadsheet would run as a formula (`=`, `+`, `@`) starts with
/// `'` so it shows as text. (`-` is left alone: Markdown lists start with it.)
fn safe(field: &str) -> String {
    let clean = visible(field);
    if clean.starts_with(['=', '+', '@']) {
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
    fn fields_are_quoted_only_when_needed() {
        let mut out = String::new();
        record(
            &mut out,
            &["plain", "a,b", "say \"hi\"", "two\nlines", "=1+1"],
        );
        assert_eq!(
            out,
            "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",'=1+1\r\n"
        );
    }
}
