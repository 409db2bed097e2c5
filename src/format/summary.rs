//! The cohort summary as Markdown: a progress table, the files that could not be read, the
//! coach's notes on whole workbooks, then every prompt in pack order with each participant's
//! answer (and under it the answer from before the session and the coach's note, when there
//! are any) and what the answers add up to, and finally the answers the pack no longer has.
//!
//! Pure text. Participant text is sanitised (control characters visible) and Markdown-
//! escaped where it sits inline; long answers are quoted, so their own Markdown can never
//! break the summary's structure.

use std::fmt::Write as _;

use crate::content::{Pack, Prompt};
use crate::workbook::derive::{Orphan, orphans};
use crate::workbook::{Answer, Workbook};

use crate::text::sanitize::visible;
use crate::words::review::pack_note;
use crate::workbook::cohort::{
    Aggregate, Cohort, CohortNotes, ColumnSummary, Count, aggregate, answers_to, workbook_progress,
};

use super::answer::{answer_parts, participant_name};

/// Above an answer from before the session, and above a coach's note on an answer.
pub const BEFORE_LABEL: &str = "Before the session:";
pub const NOTE_LABEL: &str = "Coach's note:";

/// The whole summary, without coach's notes.
pub fn summary(cohort: &Cohort, pack: &Pack) -> String {
    summary_with_notes(cohort, pack, &CohortNotes::default())
}

/// The whole summary, with the coach's notes beside the cohort's workbooks: the notes on
/// whole workbooks after the progress table, each note on a prompt under its answer.
pub fn summary_with_notes(cohort: &Cohort, pack: &Pack, notes: &CohortNotes) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Cohort summary: {}\n", inline(&pack.title));
    let _ = writeln!(
        out,
        "{} workbook(s) reviewed against the pack {} {}{}.\n",
        cohort.workbooks.len(),
        inline(&pack.id),
        inline(&pack.version),
        if cohort.problems.is_empty() {
            String::new()
        } else {
            format!("; {} file(s) could not be read", cohort.problems.len())
        }
    );
    progress_table(&mut out, cohort, pack);
    problems(&mut out, "Files not reviewed", &cohort.problems);
    general_notes(&mut out, cohort, notes);
    for theme in &pack.themes {
        let _ = writeln!(out, "## {}\n", inline(&theme.title));
        for exercise in &theme.exercises {
            let _ = writeln!(out, "### {}\n", inline(&exercise.title));
            for prompt in &exercise.prompts {
                prompt_section(&mut out, cohort, pack, notes, prompt);
            }
        }
    }
    orphan_section(&mut out, cohort, pack);
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

fn progress_table(out: &mut String, cohort: &Cohort, pack: &Pack) {
    out.push_str("## Progress\n\n");
    if cohort.workbooks.is_empty() {
        out.push_str("_No workbooks could be read._\n\n");
        return;
    }
    let mut header = vec![
        "Participant".to_string(),
        "Initiative".into(),
        "Moment".into(),
        "Last change".into(),
        "Answered".into(),
    ];
    header.extend(pack.themes.iter().map(|t| cell(&t.title)));
    let _ = writeln!(out, "| {} |", header.join(" | "));
    let _ = writeln!(out, "|{}", "---|".repeat(header.len()));
    for loaded in &cohort.workbooks {
        let wb = &loaded.workbook;
        let p = workbook_progress(wb, pack);
        let mut row = vec![
            cell(&participant_name(wb, &loaded.path)),
            cell(&wb.meta.initiative),
            cell(wb.meta.moment.label()),
            cell(&wb.meta.updated),
            format!("{}/{}", p.overall.answered, p.overall.total),
        ];
        row.extend(
            p.themes
                .iter()
                .map(|t| format!("{}/{}", t.answered, t.total)),
        );
        let _ = writeln!(out, "| {} |", row.join(" | "));
    }
    out.push('\n');
    let notes: Vec<String> = cohort
        .workbooks
        .iter()
        .filter_map(|l| {
            pack_note(&l.workbook, pack).map(|n| {
                format!(
                    "- {}: {}",
                    item(&participant_name(&l.workbook, &l.path)),
                    inline(&n)
                )
            })
        })
        .collect();
    if !notes.is_empty() {
        out.push_str("Workbooks from another pack or version (their answers are all shown):\n\n");
        out.push_str(&notes.join("\n"));
        out.push_str("\n\n");
    }
}

fn prompt_section(
    out: &mut String,
    cohort: &Cohort,
    pack: &Pack,
    notes: &CohortNotes,
    prompt: &Prompt,
) {
    let _ = writeln!(out, "#### {}\n", inline(&prompt.text));
    for a in answers_to(cohort, pack, &prompt.qualified_id) {
        let wb = &a.loaded.workbook;
        let _ = write!(out, "**{}**", inline(&participant_name(wb, &a.loaded.path)));
        if !wb.meta.initiative.trim().is_empty() {
            let _ = write!(out, " ({})", inline(&wb.meta.initiative));
        }
        out.push_str("\n\n");
        match a.answer {
            None => out.push_str("_Not answered._\n\n"),
            Some(answer) => answer_block(out, wb, prompt, answer),
        }
        if let Some(before) = wb.earlier_answer(&prompt.qualified_id) {
            let _ = writeln!(out, "_{BEFORE_LABEL}_\n");
            answer_block(out, wb, prompt, before);
        }
        if let Some(note) = notes
            .on_prompt(&a.loaded.path, &prompt.qualified_id)
            .filter(|n| !n.trim().is_empty())
        {
            let _ = writeln!(out, "_{NOTE_LABEL}_\n");
            quote(out, note);
        }
    }
    aggregate_lines(
        out,
        &aggregate(cohort, pack, prompt),
        cohort.workbooks.len(),
    );
}

/// An answer: a text as a block quote, anything else as a bullet list.
fn answer_block(out: &mut String, wb: &Workbook, prompt: &Prompt, answer: &Answer) {
    let parts = answer_parts(wb, Some(prompt), answer);
    if matches!(answer, Answer::Text(_)) {
        quote(out, parts.first().map_or("", String::as_str));
    } else {
        for part in parts {
            let _ = writeln!(out, "- {}", item(&part));
        }
        out.push('\n');
    }
}

/// The coach's notes on whole workbooks, and the notes files that could not be read.
fn general_notes(out: &mut String, cohort: &Cohort, notes: &CohortNotes) {
    let general: Vec<(&crate::workbook::cohort::Loaded, &str)> = cohort
        .workbooks
        .iter()
        .filter_map(|l| {
            notes
                .on(&l.path)
                .map(|n| n.general.as_str())
                .filter(|g| !g.trim().is_empty())
                .map(|g| (l, g))
        })
        .collect();
    if !general.is_empty() {
        out.push_str("## Coach's notes on whole workbooks\n\n");
        for (loaded, note) in general {
            let _ = writeln!(
                out,
                "**{}**\n",
                inline(&participant_name(&loaded.workbook, &loaded.path))
            );
            quote(out, note);
        }
    }
    problems(out, "Coach's notes not read", &notes.problems);
}

/// A `##` section listing files and why they were not read; nothing when there are none.
fn problems(out: &mut String, title: &str, problems: &[(std::path::PathBuf, String)]) {
    if problems.is_empty() {
        return;
    }
    let _ = writeln!(out, "## {title}\n");
    for (path, reason) in problems {
        let _ = writeln!(
            out,
            "- {}: {}",
            item(&path.display().to_string()),
            inline(reason)
        );
    }
    out.push('\n');
}

fn aggregate_lines(out: &mut String, agg: &Aggregate, total: usize) {
    let counts = |c: &[Count]| {
        c.iter()
            .map(|c| format!("{} {}", inline(&c.label), c.count))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match agg {
        Aggregate::Text { answered } => {
            let _ = writeln!(
                out,
                "_Across the cohort: {answered} of {total} answered._\n"
            );
        }
        Aggregate::List { answered, items } => {
            let _ = writeln!(out, "_Across the cohort: {answered} of {total} answered._");
            let named: Vec<&Count> = items.iter().filter(|c| c.count > 1).collect();
            if !named.is_empty() {
                let _ = writeln!(
                    out,
                    "_Named by more than one participant:_ {}",
                    named
                        .iter()
                        .map(|c| format!("{} ({})", inline(&c.label), c.count))
                        .collect::<Vec<_>>()
                        .join(", ")
                );
            }
            out.push('\n');
        }
        Aggregate::Choice {
            answered,
            counts: c,
            mean,
        } => {
            let _ = write!(
                out,
                "_Across the cohort: {answered} of {total} answered._ {}",
                counts(c)
            );
            if let Some(m) = mean {
                let _ = write!(out, "; mean {m:.1}");
            }
            out.push_str("\n\n");
        }
        Aggregate::Grid { answered, rows } => {
            let _ = writeln!(
                out,
                "_Across the cohort: {answered} of {total} answered._\n"
            );
            for row in rows {
                let mut parts = vec![format!("{} participant(s)", row.participants)];
                if !row.quadrants.is_empty() {
                    parts.push(counts(&row.quadrants));
                }
                for (heading, col) in &row.columns {
                    match col {
                        ColumnSummary::Mean { mean, n } => {
                            parts.push(format!("{}: mean {mean:.1} ({n})", inline(heading)));
                        }
                        ColumnSummary::Counts(c) if c.iter().any(|c| c.count > 0) => {
                            parts.push(format!("{}: {}", inline(heading), counts(c)));
                        }
                        ColumnSummary::Text { n } => {
                            parts.push(format!("{}: {n} note(s)", inline(heading)));
                        }
                        ColumnSummary::Counts(_) => {}
                    }
                }
                let _ = writeln!(out, "- {}: {}", item(&row.label), parts.join("; "));
            }
            out.push('\n');
        }
    }
}

fn orphan_section(out: &mut String, cohort: &Cohort, pack: &Pack) {
    let mut any = false;
    for loaded in &cohort.workbooks {
        let wb = &loaded.workbook;
        let found = orphans(wb, pack);
        if found.is_empty() {
            continue;
        }
        if !any {
            out.push_str("## Answers no longer in the pack\n\n");
            any = true;
        }
        let _ = writeln!(out, "### {}\n", inline(&participant_name(wb, &loaded.path)));
        for orphan in found {
            match orphan {
                Orphan::Prompt { prompt } => {
                    let words = wb
                        .answers
                        .get(&prompt)
                        .map(|a| answer_parts(wb, None, a).join("; "))
                        .unwrap_or_default();
                    let _ = writeln!(out, "- {}: {}", code(&prompt), inline(&words));
                }
                Orphan::Row { prompt, row } => {
                    let _ = writeln!(
                        out,
                        "- {}: row {} (no longer in its list)",
                        code(&prompt),
                        inline(&row)
                    );
                }
            }
        }
        out.push('\n');
    }
}

/// A long answer as a block quote: every line sanitised and prefixed, so nothing in it can
/// end the quote or open a block outside it.
fn quote(out: &mut String, text: &str) {
    for line in visible(text.trim_end()).split('\n') {
        if line.trim().is_empty() {
            out.push_str(">\n");
        } else {
            let _ = writeln!(out, "> {line}");
        }
    }
    out.push('\n');
}

/// Inline text: sanitised (a line break shows as `␊`), and Markdown punctuation escaped so
/// it reads as typed.
pub fn inline(text: &str) -> String {
    let clean = visible(text).replace('\n', " ␊ ");
    let mut out = String::with_capacity(clean.len() + 8);
    for (i, c) in clean.chars().enumerate() {
        let at_start = i == 0;
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '!'
        ) || (at_start && matches!(c, '#' | '-' | '+' | '=' | '.' | ')'))
        {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A bullet item's text: inline, and `1.` or `1)` at its start escaped so it does not
/// open an ordered list inside the item.
fn item(text: &str) -> String {
    let mut out = inline(text);
    if let Some(pos) = out.find(['.', ')'])
        && pos > 0
        && out[..pos].chars().all(|c| c.is_ascii_digit())
    {
        out.insert(pos, '\\');
    }
    out
}

/// A table cell: inline text, with nothing that could end the cell or the row.
fn cell(text: &str) -> String {
    let s = inline(text);
    if s.trim().is_empty() { "-".into() } else { s }
}

/// An id as inline code (ids are plain: letters, digits, `.`, `_`, `-`).
fn code(id: &str) -> String {
    let clean = visible(id).replace('`', "'");
    format!("`{clean}`")
}
