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

use crate::content::{Field, FieldKind, Opt, Pack, Prompt, Scale};
use crate::workbook::derive::{field_options, prompt_options};
use crate::workbook::{Answer, OwnText, Spot, Value, Workbook};

use super::inline::{escape_into, split_label, unescape};
use super::items::bullet;
use super::values::choice_visible;

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

/// `What`, in which answer (and whether it is one from before the session).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Found {
    pub answer: String,
    pub before: bool,
    pub what: What,
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
    let mut from = 0;
    while let Some(first) = found.get(from) {
        let (id, before) = (&first.answer, first.before);
        let to = found[from..]
            .iter()
            .position(|f| &f.answer != id || f.before != before)
            .map_or(found.len(), |n| from + n);
        let group = &found[from..to];
        from = to;
        let prompt = pack.prompt(id);
        let store = if before { &wb.earlier } else { &wb.answers };
        let Some(answer) = store.get(id) else {
            continue;
        };
        let (changes, kept) = work_out(wb, answer, prompt, group, same);
        let store = if before {
            &mut wb.earlier
        } else {
            &mut wb.answers
        };
        if let Some(answer) = store.get_mut(id) {
            apply(answer, changes);
        }
        if !kept.is_empty() {
            let spot = match (before, prompt) {
                (true, _) => Spot::EarlierAnswer(id.clone()),
                (false, Some(_)) => Spot::Answer(id.clone()),
                (false, None) => Spot::Orphan(id.clone()),
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
    group: &[Found],
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
    for found in group {
        match &found.what {
            What::Shown {
                at,
                visible,
                tagged,
            } => {
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

/// The field a loose line names by its label, and its value (none when the line holds
/// only the label). A label may hold a colon itself (`Notes: long: …`): every colon is
/// tried, a field's label before its id.
fn detail<'f>(
    wb: &Workbook,
    fields: &'f [Field],
    line: &str,
) -> Option<(&'f Field, Option<Value>)> {
    let body = line.trim_start();
    let body = bullet(body).unwrap_or(body);
    let mut splits = Vec::new();
    let mut rest = body;
    while let Some((label, _)) = split_label(rest) {
        let at = body.len() - rest.len() + label.len();
        let key = norm(
            unescape(&body[..at]).trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace()),
        );
        splits.push((key, &body[at + 1..]));
        rest = &body[at + 1..];
    }
    let named = |by: fn(&Field) -> &str| {
        splits.iter().find_map(|(key, value)| {
            let f = fields
                .iter()
                .find(|f| !key.is_empty() && norm(by(f)) == *key)?;
            Some((f, *value))
        })
    };
    let (field, value) = named(|f| &f.label).or_else(|| named(|f| &f.id))?;
    Some((field, value_for(wb, &field.kind, value)))
}

/// Whether a choice of `id`, which no option has, would read as another option if written
/// as its bare label: then the writer tags it, so that it reads back as it is.
pub(super) fn names_an_option(opts: &[Opt], id: &str) -> bool {
    !opts.iter().any(|o| o.id == id) && find_opt(opts, id).is_some()
}

/// A value typed by hand after a field's label, read as the field's kind takes it.
fn value_for(wb: &Workbook, kind: &FieldKind, text: &str) -> Option<Value> {
    let text = unescape(text.trim_matches([' ', '\t']));
    if text.trim().is_empty() {
        return None;
    }
    let opts = field_options(wb, kind);
    Some(match kind {
        FieldKind::Line | FieldKind::Text => Value::Text(text),
        FieldKind::MultiChoice(_) => Value::Choices(several(&opts, &text)),
        FieldKind::Scale(Scale::Numeric(_)) => {
            match text.split_whitespace().next().and_then(|t| t.parse().ok()) {
                Some(n) => Value::Number(n),
                None => Value::Text(text),
            }
        }
        FieldKind::Choice(_) | FieldKind::Scale(Scale::Levels(_)) => {
            Value::Choice(find_opt(&opts, &text).map_or(text, |o| o.id.clone()))
        }
    })
}

/// Options named in one line, separated by commas (a label may hold a comma itself: the
/// longest run of parts that names an option is taken); a part that names none is kept as
/// typed.
fn several(opts: &[Opt], text: &str) -> Vec<String> {
    let parts: Vec<&str> = text.split(',').collect();
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < parts.len() {
        let hit = (i + 1..=parts.len())
            .rev()
            .find_map(|j| find_opt(opts, &parts[i..j].join(",")).map(|o| (j, o.id.clone())));
        let (j, id) = hit.unwrap_or_else(|| (i + 1, parts[i].trim().to_string()));
        if !id.is_empty() && !out.contains(&id) {
            out.push(id);
        }
        i = j;
    }
    out
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
    let opt = opts.iter().find(|o| o.id == id)?;
    if !same
        || norm(&opt.label).is_empty()
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

/// The option `text` names: by its id as it is, else by its label or id compared as `norm`
/// does.
fn find_opt<'o>(opts: &'o [Opt], text: &str) -> Option<&'o Opt> {
    let key = norm(text);
    if key.is_empty() {
        return None;
    }
    opts.iter()
        .find(|o| o.id == text)
        .or_else(|| opts.iter().find(|o| norm(&o.label) == key))
        .or_else(|| opts.iter().find(|o| norm(&o.id) == key))
}

/// Text as labels are compared: lower case, white space and control characters as single
/// spaces, none at the ends.
fn norm(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
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
