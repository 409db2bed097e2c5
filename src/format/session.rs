//! The session pack (`convene review --summary`): what a coach uses in the room, not an
//! archive. A first page with the cohort at a glance (each participant's progress, moment,
//! review state and notes; each theme's progress across the cohort), the notes on whole
//! workbooks, then per question what the cohort's answers add up to, how answers moved
//! from before the session to after it, and only then the answers — each once (an answer
//! from before is shown only where it differs), choices and scales only as their counts,
//! and those who did not answer on one line. `summary::summary_doc` keeps the full archive
//! (`--summary --full`).
//!
//! Pure. Holds raw words: the renderers sanitise and escape them for where they go.

use crate::content::{Pack, Prompt, PromptKind};
use crate::words::note_label;
use crate::words::review::review_state;
use crate::workbook::cohort::{Cohort, CohortNotes, aggregate, answers_to, workbook_progress};
use crate::workbook::derive::Status;
use crate::workbook::{Answer, Workbook};

use super::answer::participant_name;
use super::doc::{Answer as DocAnswer, Block, Doc, Table, em, para, plain, section, strong};
use super::doc_stream::Head;
use super::summary::{
    BEFORE_LABEL, NOTE_LABEL, aggregate_blocks, answer_blocks, by_theme, document, general_notes,
    problems,
};

/// The session pack as a document.
pub fn session_doc(cohort: &Cohort, pack: &Pack, notes: &CohortNotes) -> Doc {
    let Head { title, mut blocks } = head(cohort, pack, notes);
    blocks.extend(by_theme(pack, |p| question(cohort, pack, notes, p)));
    document(title, blocks)
}

/// The title and what comes before the questions: the cohort at a glance, the files not
/// reviewed, the notes on whole workbooks.
pub(super) fn head(cohort: &Cohort, pack: &Pack, notes: &CohortNotes) -> Head {
    let title = format!("Session pack: {}", pack.title);
    let mut blocks = vec![para(vec![
        plain(format!(
            "{} workbook(s), pack {} {}. Every answer in full, with answers to questions \
             the pack no longer has: ",
            cohort.workbooks.len(),
            pack.id,
            pack.version
        )),
        super::doc::Span::Code("convene review --summary=FILE --full".into()),
        plain("."),
    ])];
    blocks.push(glance(cohort, pack, notes));
    blocks.extend(problems("Files not reviewed", &cohort.problems));
    blocks.extend(general_notes(cohort, notes));
    Head { title, blocks }
}

/// The first page: one short row per participant, then each theme across the cohort.
fn glance(cohort: &Cohort, pack: &Pack, notes: &CohortNotes) -> Block {
    let head = ["Participant", "Moment", "Answered", "Review", "Notes"]
        .map(String::from)
        .to_vec();
    let mut themes: Vec<[usize; 3]> = vec![[0; 3]; pack.themes.len()];
    let rows = cohort
        .workbooks
        .iter()
        .map(|loaded| {
            let wb = &loaded.workbook;
            let p = workbook_progress(wb, pack);
            for (t, progress) in p.themes.iter().enumerate() {
                let slot = match progress.status() {
                    Status::Done => 0,
                    Status::Partly => 1,
                    Status::NotStarted => 2,
                };
                if let Some(counts) = themes.get_mut(t) {
                    counts[slot] += 1;
                }
            }
            let n = notes.on(&loaded.path);
            vec![
                participant_name(wb, &loaded.path),
                wb.meta.moment.label().to_string(),
                format!(
                    "{}/{} ({:.0}%)",
                    p.overall.answered,
                    p.overall.total,
                    p.overall.ratio() * 100.0
                ),
                review_state(n.map(|n| n.state).unwrap_or_default()).to_string(),
                n.map_or(0, |n| n.count()).to_string(),
            ]
        })
        .collect();
    let theme_rows = pack
        .themes
        .iter()
        .zip(&themes)
        .map(|(t, c)| {
            vec![
                t.title.clone(),
                c[0].to_string(),
                c[1].to_string(),
                c[2].to_string(),
            ]
        })
        .collect();
    section(
        "The cohort at a glance",
        true,
        vec![
            Block::Table(Table { head, rows }),
            Block::Table(Table {
                head: ["Theme", "Complete", "Started", "Not started"]
                    .map(String::from)
                    .to_vec(),
                rows: theme_rows,
            }),
        ],
    )
}

/// Everything but words reads best as what it adds up to (counts, means, items named by
/// several): only the answers in words are listed one by one (the rest are in `--full`,
/// and any answer a coach wrote a note on is listed with its note).
fn counted(prompt: &Prompt) -> bool {
    !matches!(
        prompt.kind,
        PromptKind::Line { .. } | PromptKind::Text { .. }
    )
}

/// One question: the aggregate, the shifts from before the session, then the answers.
pub(super) fn question(
    cohort: &Cohort,
    pack: &Pack,
    notes: &CohortNotes,
    prompt: &Prompt,
) -> Block {
    let id = &prompt.qualified_id;
    let mut blocks = aggregate_blocks(&aggregate(cohort, pack, prompt), cohort.workbooks.len());
    blocks.extend(shifts(cohort, id));
    let mut missing = Vec::new();
    let mut detailed = Vec::new();
    for a in answers_to(cohort, pack, id) {
        let wb = &a.loaded.workbook;
        let name = participant_name(wb, &a.loaded.path);
        let on = notes.on_prompt(&a.loaded.path, id);
        let Some(now) = a.answer.filter(|x| !x.is_empty()) else {
            if on.is_empty() {
                missing.push(name);
                continue;
            }
            detailed.push(answer(wb, prompt, &name, None, on));
            continue;
        };
        if counted(prompt) && on.is_empty() {
            continue;
        }
        detailed.push(answer(wb, prompt, &name, Some(now), on));
    }
    blocks.extend(detailed);
    if !missing.is_empty() {
        blocks.push(para(vec![
            em("Not answered:"),
            plain(format!(" {}", missing.join(", "))),
        ]));
    }
    section(&prompt.text, false, blocks)
}

/// One participant's answer, the answer from before the session where it differs, and the
/// notes on it.
fn answer(
    wb: &Workbook,
    prompt: &Prompt,
    name: &str,
    now: Option<&Answer>,
    notes: &[crate::workbook::notes::Note],
) -> Block {
    let mut after = Vec::new();
    if let Some(before) = wb.earlier_answer(&prompt.qualified_id)
        && Some(before) != now
    {
        after.push(para(vec![em(BEFORE_LABEL)]));
        after.extend(answer_blocks(wb, prompt, before));
    }
    for note in notes {
        after.push(Block::Note {
            label: note_label(NOTE_LABEL, note, note.answer_changed(now)),
            text: note.text.clone(),
        });
    }
    let text = now.map(|a| compact(wb, prompt, a));
    if after.is_empty()
        && let Some(text) = &text
    {
        // The name and the answer on one line.
        return para(vec![strong(name), plain(": "), plain(text)]);
    }
    let body = text.map(|t| vec![para(vec![plain(t)])]).unwrap_or_default();
    Block::Answer(DocAnswer {
        label: vec![strong(name)],
        body,
        missing: "Not answered.".to_string(),
        after,
    })
}

/// An answer as short as it reads well: its parts (a text's paragraphs, list items, grid
/// rows, choices) in one paragraph, ` · ` between them.
fn compact(wb: &Workbook, prompt: &Prompt, answer: &Answer) -> String {
    let parts = match answer {
        Answer::Text(t) => t
            .split('\n')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect(),
        _ => super::answer::answer_parts(wb, Some(prompt), answer),
    };
    parts.join(" · ")
}

/// An answer from before the session and the answer now.
type Pair<'a> = (&'a Answer, Option<&'a Answer>);

/// How answers moved from before the session to after it, across the cohort: how many
/// changed, and a scale's mean before and after. Nothing when no one kept an earlier answer.
fn shifts(cohort: &Cohort, id: &str) -> Option<Block> {
    let pairs: Vec<Pair> = cohort
        .workbooks
        .iter()
        .filter_map(|l| {
            let wb = &l.workbook;
            wb.earlier_answer(id).map(|before| (before, wb.answer(id)))
        })
        .collect();
    if pairs.is_empty() {
        return None;
    }
    let changed = pairs.iter().filter(|(b, a)| Some(*b) != *a).count();
    let mut text = format!(
        " {changed} of the {} who answered before the session changed their answer after it",
        pairs.len()
    );
    let numbers = |pick: &dyn Fn(&Pair) -> Option<i64>| {
        let v: Vec<i64> = pairs.iter().filter_map(pick).collect();
        (!v.is_empty()).then(|| v.iter().sum::<i64>() as f64 / v.len() as f64)
    };
    let before = numbers(&|(b, _)| match b {
        Answer::Number(n) => Some(*n),
        _ => None,
    });
    let after = numbers(&|(_, a)| match a {
        Some(Answer::Number(n)) => Some(*n),
        _ => None,
    });
    if let (Some(b), Some(a)) = (before, after) {
        text.push_str(&format!("; mean {b:.1} → {a:.1}"));
    }
    text.push('.');
    Some(para(vec![em("Before → after:"), plain(text)]))
}
