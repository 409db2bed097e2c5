//! One workbook as a document (`doc::Doc`) for sharing and printing: a header naming the
//! initiative and participant, the themes and exercises as sections (those of the workbook's
//! path, and any other with an answer or a coach's note), each question over its
//! answer (lists as lists, grids and quadrants as tables), the answer from before the session
//! and the coach's note under it where there are any, then the map of the initiative (its
//! read-back and pictures) and any answers the pack no longer has.
//!
//! Pure: builds data from the workbook, its pack, the coach's notes and the map; never
//! escapes (renderers do), never reads or writes a file, never changes an answer.

use std::borrow::Cow;

use crate::content::{Pack, Prompt};
use crate::format::answer::{answer_parts, grid_table};
use crate::map::{Map, ReadBackItem};
use crate::words::{note_label, short_time};
use crate::workbook::derive::{self, Orphan};
use crate::workbook::notes::CoachNotes;
use crate::workbook::{Answer, Workbook};

use super::doc::{Answer as DocAnswer, Block, Doc, Span, Table, em, para, plain, section, strong};

/// Shown where a question has no answer.
pub const NOT_ANSWERED: &str = "Not answered yet.";
/// Over the answer as it stood before the session.
pub const BEFORE: &str = "Before the session";
/// The title of a workbook with no initiative.
const UNTITLED: &str = "Untitled initiative";
/// Under the map's heading.
const MAP_NOTE: &str = "Drawn from the answers above when this document was made.";
const DEFAULT_MAP_TITLE: &str = "The map of your initiative";

/// The label over a coach's note: "Coach's note", then who wrote it and when.
const NOTE: &str = "Coach's note";

/// The whole workbook as a document. `notes`: the coach's notes beside it, if any.
pub fn workbook_doc<'w>(
    pack: &Pack,
    wb: &'w Workbook,
    notes: Option<&CoachNotes>,
    map: &Map,
) -> Doc<'w> {
    let title = if wb.meta.initiative.trim().is_empty() {
        UNTITLED.to_string()
    } else {
        wb.meta.initiative.clone()
    };
    let progress = derive::progress(wb, pack);
    let mut facts = Vec::new();
    if !wb.meta.participant.trim().is_empty() {
        facts.push(("Participant".to_string(), wb.meta.participant.clone()));
    }
    facts.push((
        "Workbook".to_string(),
        format!("{} ({} {})", pack.title, pack.id, pack.version),
    ));
    facts.push(("Moment".to_string(), wb.meta.moment.label().to_string()));
    facts.push((
        "Progress".to_string(),
        format!(
            "{} of {} questions answered",
            progress.answered, progress.total
        ),
    ));
    if !wb.meta.updated.trim().is_empty() {
        facts.push(("Last change".to_string(), short_time(&wb.meta.updated)));
    }
    if let Some(n) = notes.filter(|n| n.count() > 0) {
        facts.push(("Coach's notes".to_string(), coach_line(n)));
    }
    let running_head = if wb.meta.participant.trim().is_empty() {
        title.clone()
    } else {
        format!("{title} · {}", wb.meta.participant.trim())
    };
    let mut blocks = Vec::new();
    for note in notes.map_or(&[][..], |n| n.on(None)) {
        blocks.push(Block::Note {
            label: note_label(&format!("{NOTE} on the whole workbook"), note, false),
            text: note.text.clone(),
        });
    }
    for theme in &pack.themes {
        let mut theme_blocks = Vec::new();
        for exercise in &theme.exercises {
            let noted = |p: &Prompt| notes.is_some_and(|n| !n.on(Some(&p.qualified_id)).is_empty());
            if !derive::shows_exercise(wb, pack, exercise) && !exercise.prompts.iter().any(noted) {
                continue;
            }
            let mut ex = Vec::new();
            if !exercise.purpose.trim().is_empty() {
                ex.push(para(vec![em(exercise.purpose.trim())]));
            }
            for prompt in &exercise.prompts {
                ex.push(Block::Answer(question(pack, wb, prompt, notes)));
            }
            theme_blocks.push(section(&*exercise.title, false, ex));
        }
        if !theme_blocks.is_empty() {
            blocks.push(section(&*theme.title, true, theme_blocks));
        }
    }
    if let Some(m) = map_section(map) {
        blocks.push(m);
    }
    if let Some(o) = orphan_section(wb, pack) {
        blocks.push(o);
    }
    Doc {
        title,
        facts,
        running_head,
        blocks,
        compact: false,
    }
}

fn coach_line(n: &CoachNotes) -> String {
    let coaches: Vec<&str> = n
        .coaches()
        .into_iter()
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    let by = if coaches.is_empty() {
        String::new()
    } else {
        format!(" by {}", coaches.join(", "))
    };
    format!("{} note(s){by}, marked “{NOTE}” below", n.count())
}

/// One question over its answer, then the answer before the session and the coach's note.
fn question<'w>(
    pack: &Pack,
    wb: &'w Workbook,
    prompt: &Prompt,
    notes: Option<&CoachNotes>,
) -> DocAnswer<'w> {
    let mut after = Vec::new();
    if let Some(before) = wb.earlier_answer(&prompt.qualified_id) {
        after.push(Block::Answer(DocAnswer {
            label: vec![em(BEFORE)],
            body: answer_blocks(pack, wb, Some(prompt), before),
            missing: NOT_ANSWERED.to_string(),
            after: Vec::new(),
        }));
    }
    let now = wb.answer(&prompt.qualified_id);
    for note in notes.map_or(&[][..], |n| n.on(Some(&prompt.qualified_id))) {
        after.push(Block::Note {
            label: note_label(NOTE, note, note.answer_changed(now)),
            text: note.text.clone(),
        });
    }
    DocAnswer {
        label: vec![strong(prompt.text.trim())],
        body: wb
            .answers
            .get(&prompt.qualified_id)
            .map(|a| answer_blocks(pack, wb, Some(prompt), a))
            .unwrap_or_default(),
        missing: NOT_ANSWERED.to_string(),
        after,
    }
}

/// An answer as blocks by its kind; nothing when it is empty.
pub fn answer_blocks<'w>(
    pack: &Pack,
    wb: &Workbook,
    prompt: Option<&Prompt>,
    answer: &'w Answer,
) -> Vec<Block<'w>> {
    if answer.is_empty() {
        return Vec::new();
    }
    // A text answer is its own block (no parts: they would copy it once more).
    match answer {
        Answer::Text(t) if t.trim().is_empty() => return Vec::new(),
        Answer::Text(t) => return vec![Block::Text(Cow::Borrowed(t))],
        _ => {}
    }
    let parts = answer_parts(wb, prompt, answer);
    match answer {
        Answer::Text(_) => Vec::new(),
        Answer::Choice(_) | Answer::Number(_) => vec![para(vec![plain(parts.join("; "))])],
        Answer::Choices(_) | Answer::List(_) => {
            vec![Block::List(
                parts.into_iter().map(|p| vec![plain(p)]).collect(),
            )]
        }
        Answer::Grid(rows) => match prompt.and_then(|p| grid_table(wb, p, rows)) {
            Some((mut head, body)) if !body.is_empty() => {
                if head.first().is_some_and(|h| h.is_empty()) {
                    head[0] = row_heading(pack, prompt);
                }
                vec![Block::Table(Table { head, rows: body })]
            }
            _ => vec![Block::List(
                parts.into_iter().map(|p| vec![plain(p)]).collect(),
            )],
        },
    }
}

/// The heading of a grid's first column: what its rows are ("Practice"), or "Row".
fn row_heading(pack: &Pack, prompt: Option<&Prompt>) -> String {
    let list = prompt
        .and_then(|p| p.kind.rows_list())
        .and_then(|l| pack.prompt(l));
    match list.and_then(|l| l.kind.item_label()) {
        Some(label) if !label.trim().is_empty() => label.trim().to_string(),
        _ => "Row".to_string(),
    }
}

/// The map of the initiative: the read-back section by section, each with its picture, then
/// the pictures no section showed. `None` when the map has nothing to show.
fn map_section(map: &Map) -> Option<Block<'static>> {
    if !super::has_map_content(map) {
        return None;
    }
    let title = map
        .read_back
        .as_ref()
        .map(|rb| rb.title.trim().to_string())
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| DEFAULT_MAP_TITLE.to_string());
    let mut blocks = vec![para(vec![em(MAP_NOTE)])];
    let mut drawn = vec![false; map.pictures.len()];
    for s in map.read_back.iter().flat_map(|rb| &rb.sections) {
        let mut inner = read_back_items(&s.items);
        if let Some(i) = s.picture
            && let Some(p) = map.pictures.get(i)
            && !drawn[i]
        {
            drawn[i] = true;
            inner.push(Block::Figure(Box::new(p.clone())));
        }
        blocks.push(section(&s.title, false, inner));
    }
    for (p, _) in map.pictures.iter().zip(&drawn).filter(|(_, d)| !**d) {
        blocks.push(section(
            &p.title,
            false,
            vec![Block::Figure(Box::new(p.clone()))],
        ));
    }
    Some(section(title, true, blocks))
}

/// Summary lines and missing things as one list; quoted answers under their question.
fn read_back_items(items: &[ReadBackItem]) -> Vec<Block<'static>> {
    let mut out = Vec::new();
    let mut list: Vec<Vec<Span>> = Vec::new();
    for item in items {
        match item {
            ReadBackItem::Line(line) => list.push(vec![plain(line)]),
            ReadBackItem::Missing(what) if what.trim().is_empty() => {
                list.push(vec![em(NOT_ANSWERED)]);
            }
            ReadBackItem::Missing(what) => list.push(vec![em(what)]),
            ReadBackItem::Answer { question, text } => {
                if !list.is_empty() {
                    out.push(Block::List(std::mem::take(&mut list)));
                }
                out.push(Block::Answer(DocAnswer {
                    label: vec![strong(question.trim())],
                    body: if text.trim().is_empty() {
                        Vec::new()
                    } else {
                        vec![Block::Text(Cow::Owned(text.clone()))]
                    },
                    missing: NOT_ANSWERED.to_string(),
                    after: Vec::new(),
                }));
            }
        }
    }
    if !list.is_empty() {
        out.push(Block::List(list));
    }
    out
}

/// Answers to prompts the pack no longer has, under their ids; `None` when there are none.
fn orphan_section<'w>(wb: &'w Workbook, pack: &Pack) -> Option<Block<'w>> {
    let mut blocks = Vec::new();
    for orphan in derive::orphans(wb, pack) {
        match orphan {
            Orphan::Prompt { prompt } => {
                let body = wb
                    .answers
                    .get(&prompt)
                    .map(|a| answer_blocks(pack, wb, None, a))
                    .unwrap_or_default();
                blocks.push(Block::Answer(DocAnswer {
                    label: vec![Span::Code(prompt)],
                    body,
                    missing: NOT_ANSWERED.to_string(),
                    after: Vec::new(),
                }));
            }
            Orphan::Row { prompt, row } => {
                let wording = pack.prompt(&prompt).map_or(prompt, |p| p.text.to_string());
                blocks.push(para(vec![
                    plain("The row "),
                    strong(row),
                    plain(" of "),
                    em(wording),
                    plain(" (its list item is gone)"),
                ]));
            }
        }
    }
    if blocks.is_empty() {
        return None;
    }
    blocks.insert(
        0,
        para(vec![em(
            "These answers belong to questions the pack no longer has, or to rows whose list \
             item is gone. They are kept so that nothing typed is lost.",
        )]),
    );
    Some(section("Answers no longer in the pack", true, blocks))
}

/// The workbook as one self-contained HTML page, its map drawn from its answers.
pub fn workbook_html(pack: &Pack, wb: &Workbook, notes: Option<&CoachNotes>) -> String {
    workbook_html_into(pack, wb, notes, String::new())
}

/// `workbook_html`, written into `out` (emptied first; its memory is used again).
pub fn workbook_html_into(
    pack: &Pack,
    wb: &Workbook,
    notes: Option<&CoachNotes>,
    out: String,
) -> String {
    let map = crate::map::map_of(pack, wb);
    super::html::page_into(&workbook_doc(pack, wb, notes, &map), out)
}
