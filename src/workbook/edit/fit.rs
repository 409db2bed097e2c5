//! Whether a value fits where it is put: a list field or grid column of some kind, or a
//! scale. Used to refuse values an edit cannot hold and to carry values over when a list is
//! seeded.
//!
//! Pure checks; never changes a value except to drop choices no longer offered (`fitted`).

use crate::content::{FieldKind, Options, Scale};
use crate::workbook::{Value, Workbook, derive};

pub(super) fn offered(wb: &Workbook, options: &Options) -> Vec<String> {
    derive::options(wb, options)
        .into_iter()
        .map(|o| o.id)
        .collect()
}

/// True when `value` is a rating on `scale`: a number within it, or one of its levels.
pub fn on_scale(scale: &Scale, value: &Value) -> bool {
    match (scale, value) {
        (Scale::Numeric(n), Value::Number(v)) => (n.min..=n.max).contains(v),
        (Scale::Levels(levels), Value::Choice(id)) => levels.iter().any(|l| &l.id == id),
        _ => false,
    }
}

/// True when a field or column of `kind` can hold `value` as it is: text of the right
/// kind (no line break in a line), offered options, a rating on its scale.
pub fn fits(wb: &Workbook, kind: &FieldKind, value: &Value) -> bool {
    match (kind, value) {
        (FieldKind::Line, Value::Text(t)) => !t.contains('\n'),
        (FieldKind::Text, Value::Text(_)) => true,
        (FieldKind::Choice(opts), Value::Choice(id)) => offered(wb, opts).contains(id),
        (FieldKind::MultiChoice(opts), Value::Choices(ids)) => {
            let offered = offered(wb, opts);
            ids.iter().all(|id| offered.contains(id))
        }
        (FieldKind::Scale(scale), v) => on_scale(scale, v),
        _ => false,
    }
}

/// The value to store in a field or column of `kind` for `value`, given what it holds now:
/// it must fit, except that a multiple choice keeps the ids it holds that are no longer
/// offered (an item renamed or removed since), after the offered ones, in their order.
pub(super) fn settle(
    wb: &Workbook,
    kind: &FieldKind,
    stored: Option<&Value>,
    value: Value,
) -> Result<Value, super::EditError> {
    match (kind, value) {
        (FieldKind::MultiChoice(opts), Value::Choices(ids)) => {
            let stored = match stored {
                Some(Value::Choices(s)) => s.as_slice(),
                _ => &[],
            };
            merge_choices(&offered(wb, opts), stored, &ids).map(Value::Choices)
        }
        (kind, value) if fits(wb, kind, &value) => Ok(value),
        _ => Err(super::EditError::DoesNotFit),
    }
}

/// Chosen ids in the order of `offered`, then the ids of `stored` that are not offered
/// (kept, never dropped silently). An id that is neither is refused.
pub(super) fn merge_choices(
    offered: &[String],
    stored: &[String],
    ids: &[String],
) -> Result<Vec<String>, super::EditError> {
    let kept = |id: &String| !offered.contains(id) && stored.contains(id);
    if ids.iter().any(|id| !offered.contains(id) && !kept(id)) {
        return Err(super::EditError::DoesNotFit);
    }
    let mut out: Vec<String> = offered
        .iter()
        .filter(|o| ids.contains(o))
        .cloned()
        .collect();
    out.extend(stored.iter().filter(|id| kept(id)).cloned());
    out.dedup();
    Ok(out)
}

/// `value` as a field of `kind` can hold it (a multiple choice keeps the options still
/// offered), or `None` when it does not fit or holds nothing.
pub(super) fn fitted(wb: &Workbook, kind: &FieldKind, value: &Value) -> Option<Value> {
    let fit = match (kind, value) {
        (FieldKind::MultiChoice(opts), Value::Choices(ids)) => {
            let offered = offered(wb, opts);
            Some(Value::Choices(
                ids.iter()
                    .filter(|id| offered.contains(id))
                    .cloned()
                    .collect(),
            ))
        }
        _ => fits(wb, kind, value).then(|| value.clone()),
    };
    fit.filter(|v| !v.is_empty())
}
