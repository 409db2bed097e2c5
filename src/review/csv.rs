//! The cohort as CSV (RFC 4180): one row per participant × prompt in pack order, then one
//! row per orphaned answer; unanswered prompts have an empty answer.
//!
//! Columns: `participant, initiative, file, theme, exercise, prompt_id, prompt, answer`.
//! Orphaned answers have the theme `(no longer in the pack)` and empty exercise and prompt.
//! Lists and grids are flattened to `item (Field: value, …); item …`; multi-line answers stay
//! inside one quoted field. Pure text; never writes a file itself.

use crate::content::Pack;
use crate::workbook::derive::{Orphan, orphans};

use super::render::{answer_words, participant_name};
use super::{Cohort, visible};

/// The header row's column names.
pub const COLUMNS: [&str; 8] = [
    "participant",
    "initiative",
    "file",
    "theme",
    "exercise",
    "prompt_id",
    "prompt",
    "answer",
];

/// The theme column of an answer whose prompt the pack no longer has.
pub const ORPHAN_THEME: &str = "(no longer in the pack)";

/// The whole CSV, `\r\n` line ends.
pub fn csv(cohort: &Cohort, pack: &Pack) -> String {
    let mut out = String::new();
    record(&mut out, &COLUMNS);
    for loaded in &cohort.workbooks {
        let wb = &loaded.workbook;
        let who = participant_name(wb, &loaded.path);
        let file = loaded.path.display().to_string();
        for theme in &pack.themes {
            for exercise in &theme.exercises {
                for prompt in &exercise.prompts {
                    let answer = wb
                        .answer(&prompt.qualified_id)
                        .map(|a| answer_words(wb, Some(prompt), a))
                        .unwrap_or_default();
                    record(
                        &mut out,
                        &[
                            &who,
                            &wb.meta.initiative,
                            &file,
                            &theme.title,
                            &exercise.title,
                            &prompt.qualified_id,
                            &prompt.text,
                            &answer,
                        ],
                    );
                }
            }
        }
        for orphan in orphans(wb, pack) {
            if let Orphan::Prompt { prompt } = orphan {
                let answer = wb
                    .answers
                    .get(&prompt)
                    .map(|a| answer_words(wb, None, a))
                    .unwrap_or_default();
                record(
                    &mut out,
                    &[
                        &who,
                        &wb.meta.initiative,
                        &file,
                        ORPHAN_THEME,
                        "",
                        &prompt,
                        "",
                        &answer,
                    ],
                );
            }
        }
    }
    out
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
