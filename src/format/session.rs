//! The session pack (`convene review --summary`): what a coach uses in the room, not an
//! archive. A first page with the cohort at a glance (each participant's progress, moment,
//! review state and notes; each theme's progress across the cohort), the notes on whole
//! workbooks, then per question what the cohort's answers add up to, how answers moved
//! from before the session to after it, and only then the answers — each once (an answer
//! from before is shown only where it differs), choices and scales only as their counts,
//! and those who did not answer on one line. Answers in words show on the questions of the
//! session's paths; the rest of the workbook shows what its answers add up to
//! (`excerpt::Words`). `summary::summary_doc` keeps the full archive
//! (`--summary --full`).
//!
//! Pure. Holds raw words: the renderers sanitise and escape them for where they go.

mod excerpt;
mod grid;
mod names;
mod pictures;
mod question;
mod shifts;

use crate::content::{Pack, Prompt};
use crate::words::review::review_state;
use crate::workbook::cohort::{
    Cohort, CohortNotes, aggregate_answers, answers_to, workbook_progress,
};
use crate::workbook::derive::Status;

use super::answer::participant_name;

use super::doc::{Block, Doc, Table, em, para, plain, section};
use super::doc_stream::Head;
use super::summary::{by_theme_answered, document, general_notes, problems};
pub use names::short_names;

/// The session pack as a document.
pub fn session_doc(cohort: &Cohort, pack: &Pack, notes: &CohortNotes) -> Doc<'static> {
    let names = short_names(cohort);
    let (themes, unanswered) =
        by_theme_answered(pack, false, |p| question(cohort, pack, notes, p, &names));
    let Head { title, mut blocks } = head(cohort, pack, notes, &unanswered, &names);
    blocks.extend(themes);
    Doc {
        compact: true,
        ..document(title, blocks)
    }
}

/// The title and what comes before the questions: the cohort at a glance, the files not
/// reviewed, the notes on whole workbooks, the questions no one answered (`unanswered`,
/// their texts) and the cohort in pictures; `names`: each workbook's short name.
pub(super) fn head(
    cohort: &Cohort,
    pack: &Pack,
    notes: &CohortNotes,
    unanswered: &[String],
    names: &[String],
) -> Head {
    let title = format!("Session pack: {}", pack.title);
    let mut blocks = vec![para(vec![
        plain(format!(
            "{} workbook(s), pack {} {}. Each answer is here once. {} An answer from before \
             the session, beside the answer it became, shows its first {} characters. Each \
             cut is marked{}; ¶ marks a new paragraph in an answer run on. Every word, with \
             answers to questions the pack no longer has: ",
            cohort.workbooks.len(),
            pack.id,
            pack.version,
            cuts(pack),
            excerpt::BEFORE,
            excerpt::CUT,
        )),
        super::doc::Span::Code("convene review --summary=FILE --full".into()),
        plain("."),
    ])];
    blocks.push(glance(cohort, pack, notes, names));
    blocks.extend(problems("Files not reviewed", &cohort.problems));
    blocks.extend(general_notes(cohort, notes));
    if !unanswered.is_empty() {
        blocks.push(para(vec![
            em("No one answered:"),
            plain(format!(" {}.", unanswered.join(" · "))),
        ]));
    }
    // Each prompt's pictures are drawn from the whole cohort: on several threads.
    let prompts: Vec<&Prompt> = pack.prompts().collect();
    let mut figures: Vec<Block<'static>> =
        super::par::par_map(&prompts, |p| pictures::pictures_of(cohort, pack, p, names))
            .into_iter()
            .flatten()
            .collect();
    // The tall one (a quadrant and its long legend) first, so that on paper the bar charts
    // share the next page rather than leave a gap above it.
    figures.sort_by_key(|f| !matches!(f, Block::Figure(p) if matches!(p.body, crate::map::PictureBody::Quadrant(_))));
    if !figures.is_empty() {
        blocks.push(section("The cohort in pictures", true, figures));
    }
    Head { title, blocks }
}

/// What of an answer the pack shows, in words (`excerpt::Words`): the session's own paths
/// named when the pack declares any.
fn cuts(pack: &Pack) -> String {
    let long = format!(
        "An answer longer than {} characters is cut to its opening.",
        excerpt::LONG
    );
    let paths: Vec<&str> = pack
        .paths
        .iter()
        .filter(|p| pack.exercises().any(|e| e.paths.contains(&p.id)))
        .map(|p| p.title.as_str())
        .collect();
    if paths.is_empty() {
        return long;
    }
    format!(
        "The questions of the session's paths ({}) show every answer in words; the rest of \
         the workbook shows what its answers add up to, and an answer in words only where a \
         coach wrote a note on it. {long}",
        paths.join("; "),
    )
}

/// Whether `question` makes anything of `prompt`: someone answered it, or a coach wrote a
/// note on someone's answer to it (what `question::question` asks, without making it).
pub(super) fn asked(cohort: &Cohort, notes: &CohortNotes, prompt: &Prompt) -> bool {
    let id = &prompt.qualified_id;
    cohort.workbooks.iter().any(|loaded| {
        loaded.workbook.answer(id).is_some() || !notes.on_prompt(&loaded.path, id).is_empty()
    })
}

/// The first page: one short row per participant (the whole name with the short one the
/// pack calls them by), then each theme across the cohort.
fn glance(cohort: &Cohort, pack: &Pack, notes: &CohortNotes, names: &[String]) -> Block<'static> {
    let head = ["Participant", "Moment", "Answered", "Review", "Notes"]
        .map(String::from)
        .to_vec();
    let mut themes: Vec<[usize; 3]> = vec![[0; 3]; pack.themes.len()];
    let progress = super::par::par_map(&cohort.workbooks, |loaded| {
        workbook_progress(&loaded.workbook, pack)
    });
    let rows = cohort
        .workbooks
        .iter()
        .zip(names)
        .zip(progress)
        .map(|((loaded, short), p)| {
            let wb = &loaded.workbook;
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
            let name = participant_name(wb, &loaded.path);
            vec![
                if name == *short {
                    name
                } else {
                    format!("{name} ({short})")
                },
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
                t.title.to_string(),
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

/// One question: the headline and a grid's table, then the answers in words
/// (`question::question`), each participant called by their short name (`names`, in
/// cohort order); `None` when no one answered it.
pub(super) fn question(
    cohort: &Cohort,
    pack: &Pack,
    notes: &CohortNotes,
    prompt: &Prompt,
    names: &[String],
) -> Option<Vec<Block<'static>>> {
    let answers = answers_to(cohort, pack, &prompt.qualified_id);
    let agg = aggregate_answers(&answers, prompt);
    question::question(
        prompt,
        &agg,
        &answers,
        notes,
        names,
        excerpt::Words::of(pack, prompt),
    )
}
