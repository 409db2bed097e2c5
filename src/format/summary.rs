//! The cohort summary as a document (`doc::Doc`): a progress table, the files that could not
//! be read, the coach's notes on whole workbooks, then every prompt in pack order with each
//! participant's answer (and under it the answer from before the session and the coach's
//! note, when there are any) and what the answers add up to, and finally the answers the pack
//! no longer has. Written as Markdown (`doc_md`) or as an HTML page (`html`), from the same
//! document.
//!
//! Pure. Holds raw words: the renderers sanitise and escape them for where they go.

use crate::content::{Pack, Prompt};
use crate::words::note_label;
use crate::words::review::pack_note;
use crate::workbook::cohort::{
    Aggregate, Cohort, CohortNotes, ColumnSummary, Count, Loaded, aggregate_answers, answers_to,
    workbook_progress,
};
use crate::workbook::derive::{Orphan, orphans};
use crate::workbook::notes::Note;
use crate::workbook::{Answer, Workbook};

use super::answer::{answer_parts, participant_name};
use super::doc::{Answer as DocAnswer, Block, Doc, Span, Table, em, para, plain, section, strong};
use super::doc_stream::Head;

/// Above an answer from before the session, and above a coach's note on an answer.
pub const BEFORE_LABEL: &str = "Before the session:";
pub const NOTE_LABEL: &str = "Coach's note";

/// The whole summary as Markdown, without coach's notes.
pub fn summary(cohort: &Cohort, pack: &Pack) -> String {
    summary_with_notes(cohort, pack, &CohortNotes::default())
}

/// The whole summary as Markdown, with the coach's notes beside the cohort's workbooks.
pub fn summary_with_notes(cohort: &Cohort, pack: &Pack, notes: &CohortNotes) -> String {
    super::doc_md::render(&summary_doc(cohort, pack, notes))
}

/// The whole summary as one self-contained HTML page.
pub fn summary_html(cohort: &Cohort, pack: &Pack, notes: &CohortNotes) -> String {
    super::html::page(&summary_doc(cohort, pack, notes))
}

/// The summary as a document: the notes on whole workbooks after the progress table, each
/// note on a prompt under its answer.
pub fn summary_doc(cohort: &Cohort, pack: &Pack, notes: &CohortNotes) -> Doc<'static> {
    let Head { title, mut blocks } = head(cohort, pack, notes);
    blocks.extend(by_theme(pack, |p| prompt_section(cohort, pack, notes, p)));
    blocks.extend(orphan_section(cohort, pack));
    document(title, blocks)
}

/// The title and what comes before the prompts: progress, the files not read, the notes on
/// whole workbooks.
pub(super) fn head(cohort: &Cohort, pack: &Pack, notes: &CohortNotes) -> Head {
    let title = format!("Cohort summary: {}", pack.title);
    let mut blocks = vec![para(vec![
        plain(format!(
            "{} workbook(s) reviewed against the pack ",
            cohort.workbooks.len()
        )),
        plain(&pack.id),
        plain(" "),
        plain(&pack.version),
        plain(if cohort.problems.is_empty() {
            ".".to_string()
        } else {
            format!("; {} file(s) could not be read.", cohort.problems.len())
        }),
    ])];
    blocks.push(progress(cohort, pack));
    blocks.extend(problems("Files not reviewed", &cohort.problems));
    blocks.extend(general_notes(cohort, notes));
    Head { title, blocks }
}

/// A section per theme (each starting a page), in it one per exercise, in that one per
/// prompt as `prompt` makes it.
pub(super) fn by_theme(
    pack: &Pack,
    prompt: impl Fn(&Prompt) -> Block<'static> + Sync,
) -> Vec<Block<'static>> {
    by_theme_answered(pack, true, |p| Some(vec![prompt(p)])).0
}

/// The same with the blocks `prompt` makes of each prompt, leaving out the prompts it makes
/// nothing of (and exercises and themes
/// left empty), with the texts of those prompts, in pack order; themes start a page when
/// `new_page`.
/// The prompts are made in parallel (`par::par_map`).
pub(super) fn by_theme_answered(
    pack: &Pack,
    new_page: bool,
    prompt: impl Fn(&Prompt) -> Option<Vec<Block<'static>>> + Sync,
) -> (Vec<Block<'static>>, Vec<String>) {
    let all: Vec<&Prompt> = pack.prompts().collect();
    let made = super::par::par_map(&all, |p| prompt(p));
    let left: Vec<String> = all
        .iter()
        .zip(&made)
        .filter(|(_, m)| m.is_none())
        .map(|(p, _)| p.text.to_string())
        .collect();
    let mut made = made.into_iter();
    let themes = pack
        .themes
        .iter()
        .filter_map(|theme| {
            let exercises: Vec<Block<'static>> = theme
                .exercises
                .iter()
                .filter_map(|exercise| {
                    let prompts: Vec<Block<'static>> = made
                        .by_ref()
                        .take(exercise.prompts.len())
                        .flatten()
                        .flatten()
                        .collect();
                    (!prompts.is_empty()).then(|| section(&*exercise.title, false, prompts))
                })
                .collect();
            (!exercises.is_empty()).then(|| section(&*theme.title, new_page, exercises))
        })
        .collect();
    (themes, left)
}

/// A document under `title`, which is also its running head.
pub(super) fn document(title: String, blocks: Vec<Block<'static>>) -> Doc<'static> {
    Doc {
        running_head: title.clone(),
        title,
        facts: Vec::new(),
        blocks,
        compact: false,
    }
}

fn progress(cohort: &Cohort, pack: &Pack) -> Block<'static> {
    if cohort.workbooks.is_empty() {
        return section(
            "Progress",
            false,
            vec![para(vec![em("No workbooks could be read.")])],
        );
    }
    let mut head = vec![
        "Participant".to_string(),
        "Initiative".into(),
        "Moment".into(),
        "Last change".into(),
        "Answered".into(),
    ];
    head.extend(pack.themes.iter().map(|t| t.title.to_string()));
    let progress = super::par::par_map(&cohort.workbooks, |loaded| {
        workbook_progress(&loaded.workbook, pack)
    });
    let rows = cohort
        .workbooks
        .iter()
        .zip(progress)
        .map(|(loaded, p)| {
            let wb = &loaded.workbook;
            let mut row = vec![
                participant_name(wb, &loaded.path),
                wb.meta.initiative.clone(),
                wb.meta.moment.label().to_string(),
                wb.meta.updated.clone(),
                format!("{}/{}", p.overall.answered, p.overall.total),
            ];
            row.extend(
                p.themes
                    .iter()
                    .map(|t| format!("{}/{}", t.answered, t.total)),
            );
            row
        })
        .collect();
    let mut blocks = vec![Block::Table(Table { head, rows })];
    let other: Vec<Vec<Span>> = cohort
        .workbooks
        .iter()
        .filter_map(|l| {
            pack_note(&l.workbook, pack).map(|n| {
                vec![
                    plain(participant_name(&l.workbook, &l.path)),
                    plain(": "),
                    plain(n),
                ]
            })
        })
        .collect();
    if !other.is_empty() {
        blocks.push(para(vec![plain(
            "Workbooks from another pack or version (their answers are all shown):",
        )]));
        blocks.push(Block::List(other));
    }
    section("Progress", false, blocks)
}

pub(super) fn prompt_section(
    cohort: &Cohort,
    pack: &Pack,
    notes: &CohortNotes,
    prompt: &Prompt,
) -> Block<'static> {
    let mut blocks = Vec::new();
    let answers = answers_to(cohort, pack, &prompt.qualified_id);
    for a in &answers {
        let wb = &a.loaded.workbook;
        let mut label = vec![strong(participant_name(wb, &a.loaded.path))];
        if !wb.meta.initiative.trim().is_empty() {
            label.extend([plain(" ("), plain(&wb.meta.initiative), plain(")")]);
        }
        let mut after = Vec::new();
        if let Some(before) = wb.earlier_answer(&prompt.qualified_id) {
            after.push(para(vec![em(BEFORE_LABEL)]));
            after.extend(answer_blocks(wb, prompt, before));
        }
        let now = a.answer;
        for note in notes.on_prompt(&a.loaded.path, &prompt.qualified_id) {
            after.push(Block::Note {
                label: note_label(NOTE_LABEL, note, note.answer_changed(now)),
                text: note.text.clone(),
            });
        }
        blocks.push(Block::Answer(DocAnswer {
            label,
            body: a
                .answer
                .map(|answer| answer_blocks(wb, prompt, answer))
                .unwrap_or_default(),
            missing: "Not answered.".to_string(),
            after,
        }));
    }
    blocks.extend(aggregate_blocks(
        &aggregate_answers(&answers, prompt),
        cohort.workbooks.len(),
    ));
    section(&*prompt.text, false, blocks)
}

/// An answer: a text as a block quote, anything else as a bullet list.
pub(super) fn answer_blocks(
    wb: &Workbook,
    prompt: &Prompt,
    answer: &Answer,
) -> Vec<Block<'static>> {
    let parts = answer_parts(wb, Some(prompt), answer);
    if matches!(answer, Answer::Text(_)) {
        vec![Block::Text(
            parts.into_iter().next().unwrap_or_default().into(),
        )]
    } else {
        vec![Block::List(
            parts.into_iter().map(|p| vec![plain(p)]).collect(),
        )]
    }
}

/// The coach's notes on whole workbooks, and the notes files that could not be read.
pub(super) fn general_notes(cohort: &Cohort, notes: &CohortNotes) -> Vec<Block<'static>> {
    let general: Vec<(&Loaded, &Note)> = cohort
        .workbooks
        .iter()
        .flat_map(|l| {
            notes
                .on(&l.path)
                .map_or(&[][..], |n| n.on(None))
                .iter()
                .map(move |n| (l, n))
        })
        .collect();
    let mut out = Vec::new();
    if !general.is_empty() {
        let mut blocks = Vec::new();
        for (loaded, note) in general {
            blocks.push(para(vec![strong(participant_name(
                &loaded.workbook,
                &loaded.path,
            ))]));
            blocks.push(Block::Note {
                label: note_label(NOTE_LABEL, note, false),
                text: note.text.clone(),
            });
        }
        out.push(section("Coach's notes on whole workbooks", false, blocks));
    }
    out.extend(problems("Coach's notes not read", &notes.problems));
    out
}

/// A section listing files and why they were not read; nothing when there are none.
pub(super) fn problems(
    title: &str,
    problems: &[(std::path::PathBuf, String)],
) -> Option<Block<'static>> {
    if problems.is_empty() {
        return None;
    }
    let items = problems
        .iter()
        .map(|(path, reason)| {
            vec![
                plain(path.display().to_string()),
                plain(": "),
                plain(reason),
            ]
        })
        .collect();
    Some(section(title, false, vec![Block::List(items)]))
}

fn across(answered: usize, total: usize) -> Span {
    em(format!(
        "Across the cohort: {answered} of {total} answered."
    ))
}

fn counts(c: &[Count]) -> String {
    c.iter()
        .map(|c| format!("{} {}", c.label, c.count))
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) fn aggregate_blocks(agg: &Aggregate, total: usize) -> Vec<Block<'static>> {
    match agg {
        Aggregate::Text { answered } => vec![para(vec![across(*answered, total)])],
        Aggregate::List { answered, items } => {
            let mut spans = vec![across(*answered, total)];
            let named: Vec<&Count> = items.iter().filter(|c| c.count > 1).collect();
            if !named.is_empty() {
                let list = named
                    .iter()
                    .map(|c| format!("{} ({})", c.label, c.count))
                    .collect::<Vec<_>>()
                    .join(", ");
                spans.extend([
                    Span::Break,
                    em("Named by more than one participant:"),
                    plain(format!(" {list}")),
                ]);
            }
            vec![para(spans)]
        }
        Aggregate::Choice {
            answered,
            counts: c,
            mean,
        } => {
            let mut text = format!(" {}", counts(c));
            if let Some(m) = mean {
                text.push_str(&format!("; mean {m:.1}"));
            }
            vec![para(vec![across(*answered, total), plain(text)])]
        }
        Aggregate::Grid { answered, rows } => {
            let items = rows
                .iter()
                .map(|row| {
                    let mut parts = vec![format!("{} participant(s)", row.participants)];
                    if !row.quadrants.is_empty() {
                        parts.push(counts(&row.quadrants));
                    }
                    for (heading, col) in &row.columns {
                        match col {
                            ColumnSummary::Mean { mean, n } => {
                                parts.push(format!("{heading}: mean {mean:.1} ({n})"));
                            }
                            ColumnSummary::Counts(c) if c.iter().any(|c| c.count > 0) => {
                                parts.push(format!("{heading}: {}", counts(c)));
                            }
                            ColumnSummary::Text { n } => {
                                parts.push(format!("{heading}: {n} note(s)"));
                            }
                            ColumnSummary::Counts(_) => {}
                        }
                    }
                    vec![plain(&row.label), plain(": "), plain(parts.join("; "))]
                })
                .collect();
            vec![para(vec![across(*answered, total)]), Block::List(items)]
        }
    }
}

pub(super) fn orphan_section(cohort: &Cohort, pack: &Pack) -> Option<Block<'static>> {
    let mut blocks = Vec::new();
    for loaded in &cohort.workbooks {
        let wb = &loaded.workbook;
        let found = orphans(wb, pack);
        if found.is_empty() {
            continue;
        }
        let items = found
            .into_iter()
            .map(|orphan| match orphan {
                Orphan::Prompt { prompt } => {
                    let words = wb
                        .answers
                        .get(&prompt)
                        .map(|a| answer_parts(wb, None, a).join("; "))
                        .unwrap_or_default();
                    vec![Span::Code(prompt), plain(": "), plain(words)]
                }
                Orphan::Row { prompt, row } => vec![
                    Span::Code(prompt),
                    plain(": row "),
                    plain(row),
                    plain(" (no longer in its list)"),
                ],
            })
            .collect();
        blocks.push(section(
            participant_name(wb, &loaded.path),
            false,
            vec![Block::List(items)],
        ));
    }
    if blocks.is_empty() {
        None
    } else {
        Some(section("Answers no longer in the pack", true, blocks))
    }
}
