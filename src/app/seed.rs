//! Ctrl-R: an empty list started from the earlier list it is seeded from: each named item,
//! with the fields the two lists share.
//!
//! Never copies a value the target field could not hold: a field is copied only when its
//! id and kind match, and a choice or scale value only when the target offers it.

use std::mem::discriminant;

use crate::content::{Field, FieldKind, Pack, PromptKind, Scale};
use crate::workbook::{Item, Value, Workbook, derive};

/// The items to start the list `fields` from, read from the list `source` (at most `max`).
pub(super) fn items(
    wb: &Workbook,
    pack: &Pack,
    source: &str,
    fields: &[Field],
    max: Option<u32>,
) -> Vec<Item> {
    let source_fields: &[Field] = match pack.prompt(source).map(|p| &p.kind) {
        Some(PromptKind::List { fields, .. }) => fields,
        _ => &[],
    };
    // Only fields with the same id and kind in both lists are carried over.
    let shared: Vec<&Field> = fields
        .iter()
        .filter(|f| {
            source_fields
                .iter()
                .any(|s| s.id == f.id && discriminant(&s.kind) == discriminant(&f.kind))
        })
        .collect();
    wb.list_items(source)
        .iter()
        .filter(|i| !i.text.trim().is_empty())
        .map(|i| Item {
            text: i.text.clone(),
            fields: shared
                .iter()
                .filter_map(|f| {
                    let v = fitted(wb, &f.kind, i.fields.get(&f.id)?)?;
                    Some((f.id.clone(), v))
                })
                .collect(),
        })
        .take(max.map_or(usize::MAX, |m| m as usize))
        .collect()
}

/// `value` as the field `kind` can hold it, or `None` when it does not fit.
fn fitted(wb: &Workbook, kind: &FieldKind, value: &Value) -> Option<Value> {
    let offered = |opts| {
        derive::options(wb, opts)
            .into_iter()
            .map(|o| o.id)
            .collect::<Vec<_>>()
    };
    let fit = match (kind, value) {
        (FieldKind::Line, Value::Text(t)) if !t.contains('\n') => Some(value.clone()),
        (FieldKind::Text, Value::Text(_)) => Some(value.clone()),
        (FieldKind::Choice(opts), Value::Choice(id)) => {
            offered(opts).contains(id).then(|| value.clone())
        }
        (FieldKind::MultiChoice(opts), Value::Choices(ids)) => {
            let offered = offered(opts);
            let kept: Vec<String> = ids
                .iter()
                .filter(|id| offered.contains(id))
                .cloned()
                .collect();
            Some(Value::Choices(kept))
        }
        (FieldKind::Scale(Scale::Numeric(n)), Value::Number(v)) => {
            (n.min..=n.max).contains(v).then(|| value.clone())
        }
        (FieldKind::Scale(Scale::Levels(levels)), Value::Choice(id)) => {
            levels.iter().any(|l| &l.id == id).then(|| value.clone())
        }
        _ => None,
    };
    fit.filter(|v| !v.is_empty())
}
