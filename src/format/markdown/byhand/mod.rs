//! What a participant typed by hand into an answer's lines the way the lines around it
//! look, read against the pack: a detail line under a list item without its tag
//! (`  - Type: A care home`) goes to the field whose label it starts with, its value read by
//! the field's kind (a choice by its option's label); a choice line added or relabelled by
//! hand goes to the option whose label it shows. Labels are compared without regard to case,
//! runs of white space, or emphasis around a field's label; an option's or field's id is
//! accepted too.
//!
//! Never drops a word: a loose line that matches no field (or a field its item already
//! holds, or comes before any item) is kept as the participant's own text just after the
//! answer, under a copy of its item's name line; a choice whose label matches no option is
//! kept as it stands (an "other" value, written back as typed). An option chosen twice this
//! way is kept once. A choice whose tag says one option and whose label says another is
//! taken as relabelled by hand only in a file written under the same pack version (under
//! another version the label may just be the earlier wording).

mod labels;

use crate::content::{Opt, Pack, Prompt};
use crate::workbook::derive::{field_options, prompt_options};
use crate::workbook::{Answer, OwnText, Spot, Value, Workbook};

use super::inline::{escape_into, unescape};
use super::values::choice_visible;
pub(super) use labels::names_an_option;
use labels::{detail, find_opt, norm};

/// Where a choice stands in its answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum At {
    /// The `i`-th chosen option of a choice, multiple choice or ranking answer.
    Top(usize),
    /// The single-choice field `field` of list item `item`.
    Field { item: usize, field: String },
}

/// One thing the reader left for the pack to settle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum What {
    /// A line in a list answer in no shape convene writes there, after item `item` (none:
    /// before the first).
    Loose { item: Option<usize>, line: String },
    /// A choice line's visible text (unescaped), and whether a tag gives its id.
    Shown {
        at: At,
        visible: String,
        tagged: bool,
    },
}

/// Everything noted in one answer (and, for one from before a session, its snapshot's
/// place in `Workbook::earlier`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Found {
    pub answer: String,
    pub before: Option<usize>,
    pub what: Vec<What>,
}

/// What the reader notes while it reads an answer: nothing unless `on` (only reading to
/// edit settles anything, so other reads do not pay for it).
pub(super) struct Hand {
    pub on: bool,
    pub noted: Vec<What>,
}

impl Hand {
    pub(super) fn note(&mut self, what: impl FnOnce() -> What) {
        if self.on {
            self.noted.push(what());
        }
    }
}

/// A change worked out against the workbook as read, made once all are known.
enum Change {
    Choose(At, String),
    Set(usize, String, Value),
}

/// Reads what `found` notes against `pack` into `wb`; gives back the lines that fit no
/// field, as own text after their answers.
pub(super) fn settle(wb: &mut Workbook, found: &[Found], pack: &Pack) -> Vec<OwnText> {
    let same = wb.meta.pack == pack.id && wb.meta.pack_version == pack.version;
    let mut own = Vec::new();
    for Found {
        answer: id,
        before,
        what: group,
    } in found
    {
        let before = *before;
        let prompt = pack.prompt(id);
        let store = match before {
            Some(at) => wb.earlier.get(at).map(|s| &s.answers),
            None => Some(&wb.answers),
        };
        let Some(answer) = store.and_then(|s| s.get(id)) else {
            continue;
        };
        let (changes, kept) = work_out(wb, answer, prompt, group, same);
        let store = match before {
            Some(at) => wb.earlier.get_mut(at).map(|s| &mut s.answers),
            None => Some(&mut wb.answers),
        };
        if let Some(answer) = store.and_then(|s| s.get_mut(id)) {
            apply(answer, changes);
        }
        if !kept.is_empty() {
            let spot = match (before, prompt) {
                (Some(at), _) => Spot::EarlierAnswer(at, id.clone()),
                (None, Some(_)) => Spot::Answer(id.clone()),
                (None, None) => Spot::Orphan(id.clone()),
            };
            own.push(OwnText {
                spot,
                after: 0,
                text: kept,
            });
        }
    }
    own
}

/// The changes one answer's notes call for, and the text of its loose lines that fit no
/// field.
fn work_out(
    wb: &Workbook,
    answer: &Answer,
    prompt: Option<&Prompt>,
    group: &[What],
    same: bool,
) -> (Vec<Change>, String) {
    let fields = prompt.map_or(&[][..], |p| p.kind.fields());
    let items = match answer {
        Answer::List(items) => items.as_slice(),
        _ => &[],
    };
    // Options worked out once per answer (those of a field, per field).
    let mut top: Option<Vec<Opt>> = None;
    let mut known: Vec<(&String, Vec<Opt>)> = Vec::new();
    let mut changes = Vec::new();
    let mut kept = String::new();
    let mut under = None;
    for what in group {
        match what {
            What::Shown {
                at,
                visible,
                tagged,
            } => {
                if *tagged && !same {
                    continue;
                }
                let (opts, id) = match at {
                    At::Top(i) => {
                        let opts = top.get_or_insert_with(|| {
                            prompt.map_or_else(Vec::new, |p| prompt_options(wb, &p.kind))
                        });
                        let opts: &[Opt] = opts;
                        let id = match answer {
                            Answer::Choice(c) => Some(c),
                            Answer::Choices(ids) => ids.get(*i),
                            _ => None,
                        };
                        (opts, id)
                    }
                    At::Field { item, field } => {
                        let at = match known.iter().position(|(id, _)| *id == field) {
                            Some(at) => at,
                            None => {
                                let opts = fields
                                    .iter()
                                    .find(|f| &f.id == field)
                                    .map_or_else(Vec::new, |f| field_options(wb, &f.kind));
                                known.push((field, opts));
                                known.len() - 1
                            }
                        };
                        let opts: &[Opt] = &known[at].1;
                        let id = match items.get(*item).and_then(|i| i.fields.get(field)) {
                            Some(Value::Choice(c)) => Some(c),
                            _ => None,
                        };
                        (opts, id)
                    }
                };
                if let Some(new) = id.and_then(|id| rechoose(opts, id, visible, *tagged, same)) {
                    changes.push(Change::Choose(at.clone(), new));
                }
            }
            What::Loose { item, line } => {
                let set = item.and_then(|i| {
                    let (field, value) = detail(wb, fields, line)?;
                    let holds = items.get(i)?.fields.contains_key(&field.id)
                        || changes.iter().any(
                            |c| matches!(c, Change::Set(j, f, _) if *j == i && *f == field.id),
                        );
                    (!holds).then(|| (i, field.id.clone(), value))
                });
                match set {
                    Some((i, field, Some(value))) => changes.push(Change::Set(i, field, value)),
                    // A field's label with nothing after it: nothing to keep.
                    Some((_, _, None)) => {}
                    None => {
                        if item.is_some() && *item != under {
                            if let Some(it) = item.and_then(|i| items.get(i)) {
                                kept.push('-');
                                if !it.text.is_empty() {
                                    kept.push(' ');
                                    escape_into(&mut kept, &it.text, &[]);
                                }
                                kept.push('\n');
                            }
                            under = *item;
                        }
                        kept.push_str(line);
                        kept.push('\n');
                    }
                }
            }
        }
    }
    if kept.ends_with('\n') {
        kept.pop();
    }
    (changes, kept)
}

/// The option a choice read as `id` with visible text `visible` stands for, when that is
/// not `id`: an untagged label names its option; a tagged line whose label was changed by
/// hand (in a file of the same pack version) names the option with that label, or else is
/// the label as typed.
fn rechoose(opts: &[Opt], id: &str, visible: &str, tagged: bool, same: bool) -> Option<String> {
    if opts.is_empty() {
        return None;
    }
    if !tagged {
        if opts.iter().any(|o| o.id == id) {
            return None;
        }
        return find_opt(opts, visible)
            .map(|o| o.id.clone())
            .filter(|n| n != id);
    }
    if !same {
        return None;
    }
    let opt = opts.iter().find(|o| o.id == id)?;
    // As convene wrote it (the common case, told without allocating).
    if visible == opt.label.trim() {
        return None;
    }
    if norm(&opt.label).is_empty()
        || norm(visible).is_empty()
        || norm(visible) == norm(&unescape(&choice_visible(id, opts)))
    {
        return None;
    }
    match find_opt(opts, visible) {
        Some(o) => (o.id != id).then(|| o.id.clone()),
        None => Some(visible.trim().to_string()),
    }
}

/// Makes the changes; a choice that now names an option chosen elsewhere in the same
/// answer is kept once.
fn apply(answer: &mut Answer, changes: Vec<Change>) {
    let mut rechosen = Vec::new();
    for change in changes {
        match (change, &mut *answer) {
            (Change::Choose(At::Top(_), id), Answer::Choice(c)) => *c = id,
            (Change::Choose(At::Top(i), id), Answer::Choices(ids)) => {
                if let Some(slot) = ids.get_mut(i) {
                    *slot = id;
                    rechosen.push(i);
                }
            }
            (Change::Choose(At::Field { item, field }, id), Answer::List(items)) => {
                if let Some(v) = items.get_mut(item).and_then(|i| i.fields.get_mut(&field)) {
                    *v = Value::Choice(id);
                }
            }
            (Change::Set(i, field, value), Answer::List(items)) => {
                if let Some(item) = items.get_mut(i) {
                    item.fields.insert(field, value);
                }
            }
            _ => {}
        }
    }
    if let Answer::Choices(ids) = answer
        && !rechosen.is_empty()
    {
        let old = std::mem::take(ids);
        for (i, id) in old.iter().enumerate() {
            let again = rechosen.contains(&i)
                && (ids.contains(id)
                    || old
                        .iter()
                        .enumerate()
                        .any(|(j, o)| j > i && o == id && !rechosen.contains(&j)));
            if !again {
                ids.push(id.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests;
