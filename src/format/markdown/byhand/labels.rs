//! Labels typed by hand, matched to what the pack names: a detail line's label to its field
//! (its value read by the field's kind), a choice's label to its option. Compared without
//! regard to case, runs of white space, or emphasis around a field's label; an id is
//! accepted too.

use crate::content::{Field, FieldKind, Opt, Scale};
use crate::workbook::derive::field_options;
use crate::workbook::{Value, Workbook};

use super::super::inline::{split_label, unescape};
use super::super::items::bullet;

/// The field a loose line names by its label, and its value (none when the line holds
/// only the label). A label may hold a colon itself (`Notes: long: …`): every colon is
/// tried, a field's label before its id.
pub(super) fn detail<'f>(
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
pub(in super::super) fn names_an_option(opts: &[Opt], id: &str) -> bool {
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

/// The option `text` names: by its id as it is, else by its label or id compared as `norm`
/// does.
pub(super) fn find_opt<'o>(opts: &'o [Opt], text: &str) -> Option<&'o Opt> {
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
pub(super) fn norm(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}
