//! After a session, what plain mode says about the answers from before it: with each
//! question, the latest earlier answer when it differs from the answer now (with the day it
//! was kept, and how many older ones there are); `:before`, every one, newest first.
//!
//! Pure: reads the workbook, returns `Say` data; the answers are in the participant's words
//! (option labels, item details, grid rows by their names), never ids.

use crate::content::{Moment, Prompt};
use crate::format::answer::answer_parts;
use crate::words::before::BeforeSaid;
use crate::words::plain::Say;
use crate::workbook::{Answer, Taken, Workbook};

/// Said with a question after a session: the latest earlier answer when it is not what
/// the answer says now, then how many older ones `:before` reads.
pub fn with_question(prompt: &Prompt, wb: &Workbook) -> Vec<Say> {
    if wb.meta.moment != Moment::After {
        return Vec::new();
    }
    let kept = wb.earlier_answers(&prompt.qualified_id);
    let Some(&(taken, latest)) = kept.first() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if wb.answers.get(&prompt.qualified_id) != Some(latest) {
        out.extend(one(prompt, wb, taken, latest));
    }
    if kept.len() > 1 {
        out.push(Say::Before(BeforeSaid::More(kept.len() - 1)));
    }
    out
}

/// `:before`: every earlier answer to the question, newest first, each with its day.
pub fn all(prompt: &Prompt, wb: &Workbook) -> Vec<Say> {
    let kept = wb.earlier_answers(&prompt.qualified_id);
    if kept.is_empty() {
        return vec![Say::Before(BeforeSaid::Nothing)];
    }
    kept.into_iter()
        .flat_map(|(taken, answer)| one(prompt, wb, taken, answer))
        .collect()
}

fn one(prompt: &Prompt, wb: &Workbook, taken: &Taken, answer: &Answer) -> Vec<Say> {
    vec![
        Say::Before(BeforeSaid::Head(taken.day().map(str::to_string))),
        Say::Text {
            text: answer_parts(wb, Some(prompt), answer).join("\n"),
            indent: 2,
        },
    ]
}
