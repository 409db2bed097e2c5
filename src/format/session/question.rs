//! One question of the session pack, as short as it reads well: a headline (how many
//! answered, what choices, scales and lists add up to, how answers moved from before the
//! session to after it, who did not answer when they are few), then on the next line of the
//! same paragraph the answers in words one after the other, each with its writer's name and
//! the opening of the answer from before the session where it differs (`excerpt`: a long
//! answer is cut to its opening, marked). A grid's rows and a list's item fields come as a
//! short list under the headline. An answer a coach wrote a note on is shown whole with its
//! note, in its place.
//!
//! Pure. Holds raw words: the renderers sanitise and escape them.

use crate::content::{FieldKind, Prompt, PromptKind, Scale};
use crate::words::note_label;
use crate::workbook::Value;
use crate::workbook::cohort::{Aggregate, CohortAnswer, CohortNotes, Count};
use crate::workbook::derive;
use crate::workbook::notes::Note;
use crate::workbook::{Answer, Workbook};

use super::super::answer::answer_parts;
use super::super::doc::{Answer as DocAnswer, Block, Span, em, para, plain, strong};
use super::super::summary::{BEFORE_LABEL, NOTE_LABEL, answer_blocks};
use super::excerpt::{BEFORE, LONG, Words, excerpt};
use super::grid::{grid_blocks, one_line};

/// Before the opening of an answer from before the session, beside the answer it became.
pub const BEFORE_MARK: &str = "before:";

/// How many people may go unanswered by name in a headline; more, and the count says it.
const FEW: usize = 3;

/// The whole question; `None` when no one answered it and no one wrote a note on it.
pub(super) fn question(
    prompt: &Prompt,
    agg: &Aggregate,
    answers: &[CohortAnswer<'_>],
    notes: &CohortNotes,
    names: &[String],
    words: Words,
) -> Option<Vec<Block<'static>>> {
    let id = &prompt.qualified_id;
    let noted = |a: &CohortAnswer<'_>| notes.on_prompt(&a.loaded.path, id);
    if answered(agg) == 0 && answers.iter().all(|a| noted(a).is_empty()) {
        return None;
    }
    let missing: Vec<String> = answers
        .iter()
        .zip(names)
        .filter(|(a, _)| a.answer.is_none() && noted(a).is_empty())
        .map(|(_, name)| name.clone())
        .collect();
    let mut blocks = Vec::new();
    // The headline, then the answers in words on the next line of the same paragraph, one
    // after the other.
    let mut spans = headline(prompt, agg, answers, &missing);
    let more = match agg {
        Aggregate::Grid { .. } => grid_blocks(prompt, answers, names, words),
        Aggregate::List { .. } => list_fields(prompt, answers, names, words),
        _ => Vec::new(),
    };
    if !more.is_empty() {
        blocks.push(para(std::mem::take(&mut spans)));
        blocks.extend(more);
    }
    let mut in_para = 0;
    for (a, name) in answers.iter().zip(names) {
        let wb = &a.loaded.workbook;
        let on = noted(a);
        if !on.is_empty() {
            if !spans.is_empty() {
                blocks.push(para(std::mem::take(&mut spans)));
            }
            in_para = 0;
            blocks.push(with_notes(wb, prompt, a, on, name));
        } else if let (true, Some(now)) = (words == Words::Shown && in_words(prompt), a.answer) {
            match (spans.is_empty(), in_para) {
                (true, _) => {}
                (false, 0) => spans.push(Span::Break),
                _ => spans.push(plain(" · ")),
            }
            spans.extend(line(wb, prompt, name, now));
            in_para += 1;
        }
    }
    if !spans.is_empty() {
        blocks.push(para(spans));
    }
    Some(blocks)
}

fn answered(agg: &Aggregate) -> usize {
    match agg {
        Aggregate::Text { answered }
        | Aggregate::List { answered, .. }
        | Aggregate::Choice { answered, .. }
        | Aggregate::Grid { answered, .. } => *answered,
    }
}

/// Answers in words are listed one by one; everything else reads best as what it adds up
/// to (the headline, a grid's table).
fn in_words(prompt: &Prompt) -> bool {
    matches!(
        prompt.kind,
        PromptKind::Line { .. } | PromptKind::Text { .. }
    )
}

/// The question in bold, then how many answered, what the answers add up to, how they
/// moved, and who did not answer.
fn headline(
    prompt: &Prompt,
    agg: &Aggregate,
    answers: &[CohortAnswer<'_>],
    missing: &[String],
) -> Vec<Span> {
    let mut spans = vec![
        strong(prompt.text.trim()),
        plain(" "),
        em(format!("{} of {} answered", answered(agg), answers.len())),
    ];
    match agg {
        Aggregate::Choice { counts, mean, .. } => {
            let numeric = matches!(prompt.kind.scale(), Some(Scale::Numeric(_)));
            let mut text = if numeric {
                spread(counts)
            } else {
                format!(": {}", counted(counts))
            };
            if let Some(m) = mean {
                text.push_str(&format!("; mean {m:.1}"));
            }
            spans.push(plain(text));
        }
        Aggregate::List { items, .. } if !items.is_empty() => {
            let named: Vec<String> = items
                .iter()
                .map(|c| match c.count {
                    1 => c.label.clone(),
                    n => format!("{} ×{n}", c.label),
                })
                .collect();
            spans.push(plain(format!(": {}", named.join(" · "))));
        }
        _ => {}
    }
    spans.push(plain("."));
    if let Some(moved) = super::shifts::shifts(prompt, answers) {
        spans.push(plain(" "));
        spans.extend(moved);
    }
    if !missing.is_empty() && missing.len() <= FEW {
        spans.push(plain(" "));
        spans.push(em("Not answered:"));
        spans.push(plain(format!(" {}.", missing.join(", "))));
    }
    spans
}

/// Each option chosen with how many chose it, then how many options no one chose:
/// `A coach 10 · My manager 2; none chose the other 3`.
pub(super) fn counted(counts: &[Count]) -> String {
    let chosen: Vec<String> = counts
        .iter()
        .filter(|c| c.count > 0)
        .map(|c| format!("{} {}", c.label, c.count))
        .collect();
    let mut text = chosen.join(" · ");
    match counts.len() - chosen.len() {
        0 => {}
        1 if chosen.is_empty() => text.push_str("none chose the one option"),
        n if chosen.is_empty() => text.push_str(&format!("none chose any of the {n} options")),
        1 => text.push_str("; none chose the other one"),
        n => text.push_str(&format!("; none chose the other {n}")),
    }
    text
}

/// A numeric scale's spread: `, people per rating 1–5: 2 · 3 · 4 · 1 · 0`.
fn spread(counts: &[Count]) -> String {
    let (Some(first), Some(last)) = (counts.first(), counts.last()) else {
        return String::new();
    };
    let n: Vec<String> = counts.iter().map(|c| c.count.to_string()).collect();
    format!(
        ", people per rating {}–{}: {}",
        first.label,
        last.label,
        n.join(" · ")
    )
}

/// A list's item fields across the cohort: each choice field's counts on one line, each
/// field in words with everything written in it, by whom (once) and on which item (when
/// `words` shows them).
fn list_fields(
    prompt: &Prompt,
    answers: &[CohortAnswer<'_>],
    names: &[String],
    words: Words,
) -> Vec<Block<'static>> {
    let mut lines = Vec::new();
    for field in prompt.kind.fields() {
        let mut counts: Vec<Count> = Vec::new();
        let mut written: Vec<Span> = Vec::new();
        for (a, name) in answers.iter().zip(names) {
            let Some(Answer::List(items)) = a.answer else {
                continue;
            };
            let wb = &a.loaded.workbook;
            let mut theirs: Vec<String> = Vec::new();
            for item in items {
                let Some(value) = item.fields.get(&field.id).filter(|v| !v.is_empty()) else {
                    continue;
                };
                if let Value::Text(t) = value {
                    if words == Words::Counted {
                        continue;
                    }
                    theirs.push(format!(
                        "{}: {}",
                        item.text.trim(),
                        excerpt(&one_line(t), LONG)
                    ));
                    continue;
                }
                for label in value_labels(wb, &field.kind, value) {
                    match counts.iter_mut().find(|c| c.label == label) {
                        Some(c) => c.count += 1,
                        None => counts.push(Count { label, count: 1 }),
                    }
                }
            }
            if !theirs.is_empty() {
                written.push(plain(if written.is_empty() { " " } else { " · " }));
                written.push(em(name));
                written.push(plain(format!(" {}", theirs.join("; "))));
            }
        }
        if !counts.is_empty() {
            lines.push(vec![
                strong(format!("{}:", field.label)),
                plain(format!(" {}", counted(&counts))),
            ]);
        }
        if !written.is_empty() {
            let mut line = vec![strong(format!("{}:", field.label))];
            line.extend(written);
            lines.push(line);
        }
    }
    if lines.is_empty() {
        Vec::new()
    } else {
        vec![Block::List(lines)]
    }
}

/// The labels of a field's choices (or its number) as words.
fn value_labels(wb: &Workbook, kind: &FieldKind, value: &Value) -> Vec<String> {
    let opts = derive::field_options(wb, kind);
    let label = |id: &String| {
        opts.iter()
            .find(|o| &o.id == id)
            .map_or_else(|| id.clone(), |o| o.label.to_string())
    };
    match value {
        Value::Choice(id) => vec![label(id)],
        Value::Choices(ids) => ids.iter().map(label).collect(),
        Value::Number(n) => vec![n.to_string()],
        Value::Text(t) => vec![t.clone()],
    }
}

/// One participant's answer: the name, the answer (its opening when it is long), and the
/// opening of the answer from before the session where it differs.
fn line(wb: &Workbook, prompt: &Prompt, name: &str, now: &Answer) -> Vec<Span> {
    let mut spans = vec![
        strong(name),
        plain(format!(": {}", excerpt(&compact(wb, prompt, now), LONG))),
    ];
    if let Some(before) = wb.earlier_answer(&prompt.qualified_id)
        && before != now
    {
        spans.push(plain(" ("));
        spans.push(em(BEFORE_MARK));
        spans.push(plain(format!(
            " {})",
            excerpt(&compact(wb, prompt, before), BEFORE)
        )));
    }
    spans
}

/// An answer as short as it reads well: its parts (a text's paragraphs, list items, grid
/// rows, choices) on one line, ` · ` between them.
fn compact(wb: &Workbook, prompt: &Prompt, answer: &Answer) -> String {
    match answer {
        Answer::Text(t) => one_line(t),
        _ => answer_parts(wb, Some(prompt), answer).join(" · "),
    }
}

/// An answer a coach wrote on: the answer whole, the answer from before where it differs,
/// and the notes.
fn with_notes(
    wb: &Workbook,
    prompt: &Prompt,
    a: &CohortAnswer<'_>,
    notes: &[Note],
    name: &str,
) -> Block<'static> {
    let now = a.answer;
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
    Block::Answer(DocAnswer {
        label: vec![strong(name)],
        body: now
            .map(|x| vec![para(vec![plain(compact(wb, prompt, x))])])
            .unwrap_or_default(),
        missing: "Not answered.".to_string(),
        after,
    })
}
