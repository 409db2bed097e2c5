//! Grids' and quadrants' rows, a quadrant's axes and its four named quadrants.
//!
//! Pure; reports problems through `Cx` and never panics.

use std::collections::HashSet;

use super::choices::{numeric, opt, opts};
use super::cx::{Cx, join};
use super::model::{Axis, Field, FieldKind, Options, PromptKind, Quadrants, Rows, Scale};
use super::raw::{RawAxis, RawOpt, RawPrompt, RawQuadrants};
use super::refs::reference;

/// Fixed `rows` (with scale ends of their own when `ends`), or `rows_from` an earlier list
/// (or a multi-choice over one) with optional `where` filters.
pub(crate) fn rows(cx: &mut Cx, path: &str, raw: &RawPrompt, ends: bool) -> Option<Rows> {
    match (&raw.rows, &raw.rows_from) {
        (Some(_), Some(_)) => {
            cx.at_key(
                &join(path, "rows_from"),
                "use either \"rows\" or \"rows_from\", not both",
                None,
            );
            None
        }
        (None, None) => {
            cx.at_key(
                path,
                "this prompt needs \"rows\" or \"rows_from\" (an earlier list)",
                None,
            );
            None
        }
        (Some(list), None) => {
            if raw.where_.is_some() {
                cx.at_key(
                    &join(path, "where"),
                    "\"where\" works only with \"rows_from\"",
                    Some("fixed rows cannot be filtered".to_string()),
                );
            }
            Some(Rows::Fixed(opts(
                cx,
                &join(path, "rows"),
                list,
                "rows",
                ends,
            )?))
        }
        (None, Some(r)) => {
            let at = join(path, "rows_from");
            let from = reference(cx, &at, r, &["list", "multi-choice"], "rows_from")?;
            let (list, within) = match &from.kind {
                PromptKind::MultiChoice {
                    options: Options::FromLists(lists),
                    ..
                } if lists.len() == 1 => (lists[0].clone(), Some(from.qualified_id.clone())),
                PromptKind::MultiChoice { .. } => {
                    cx.at_value(
                        &at,
                        format!(
                            "\"{r}\" does not take its options from one list, so its choices cannot be rows"
                        ),
                        Some(
                            "rows can come from a list, or from a multi-choice with `options_from` one list"
                                .to_string(),
                        ),
                    );
                    return None;
                }
                _ => (from.qualified_id.clone(), None),
            };
            if within.is_some() {
                super::paths::reachable(cx, &at, &list, "rows_from");
            }
            let filters =
                super::refs::filters(cx, path, &list, raw.where_.as_deref().unwrap_or_default())?;
            Some(Rows::FromList {
                list,
                filters,
                within,
            })
        }
    }
}

/// Rows with their own scale ends need a numeric scale column to use them.
pub(crate) fn row_ends_fit(cx: &mut Cx, path: &str, rows: &Rows, columns: &[Field]) {
    let Rows::Fixed(opts) = rows else {
        return;
    };
    let Some(i) = opts.iter().position(|o| o.ends.is_some()) else {
        return;
    };
    if !columns
        .iter()
        .any(|c| matches!(c.kind, FieldKind::Scale(Scale::Numeric(_))))
    {
        cx.at_key(
            &format!("{path}.rows[{i}]"),
            "this row has its own scale ends, but the grid has no numeric scale column",
            Some(
                "add a column with `kind: scale`, `min` and `max`, or remove `low` and `high`"
                    .to_string(),
            ),
        );
    }
}

pub(crate) fn quadrant(cx: &mut Cx, path: &str, raw: &RawPrompt) -> Option<PromptKind> {
    let rows = rows(cx, path, raw, false);
    let x = axis(cx, path, "x", raw.x.as_ref());
    let y = axis(cx, path, "y", raw.y.as_ref());
    if let (Some(x), Some(y)) = (&x, &y)
        && x.id == y.id
    {
        cx.at_value(
            &join(path, "y.id"),
            format!("both axes have the id \"{}\"", x.id),
            Some("give the axes different ids".to_string()),
        );
    }
    let quadrants = quadrants(cx, path, raw.quadrants.as_ref());
    Some(PromptKind::Quadrant {
        rows: rows?,
        x: x?,
        y: y?,
        quadrants: quadrants?,
    })
}

fn axis(cx: &mut Cx, path: &str, key: &str, raw: Option<&RawAxis>) -> Option<Axis> {
    let a_path = join(path, key);
    let Some(raw) = raw else {
        cx.at_key(
            path,
            format!("this quadrant has no \"{key}\" axis"),
            Some(format!("add `{key}: {{ id, label, min, max, low, high }}`")),
        );
        return None;
    };
    let id = cx.id(&a_path, raw.id.as_ref(), "this axis");
    if id.as_deref() == Some("quadrant") {
        cx.at_value(
            &join(&a_path, "id"),
            "an axis cannot have the id \"quadrant\"",
            Some("\"quadrant\" names the placement; choose another id".to_string()),
        );
        return None;
    }
    let label = cx.text(&a_path, "label", raw.label.as_ref(), "this axis");
    let scale = numeric(
        cx,
        &a_path,
        raw.min,
        raw.max,
        raw.low.as_ref(),
        raw.high.as_ref(),
    )?;
    let high_from = match raw.high_from {
        None => scale.min + (scale.max - scale.min) / 2 + 1,
        Some(h) if h > scale.min && h <= scale.max => h,
        Some(h) => {
            cx.at_value(
                &join(&a_path, "high_from"),
                format!("high_from ({h}) is outside the scale"),
                Some(format!(
                    "use a value from {} to {} so both halves have values",
                    scale.min + 1,
                    scale.max
                )),
            );
            return None;
        }
    };
    Some(Axis {
        id: id?,
        label: label?,
        scale,
        high_from,
    })
}

fn quadrants(cx: &mut Cx, path: &str, raw: Option<&RawQuadrants>) -> Option<Quadrants> {
    let q_path = join(path, "quadrants");
    let Some(raw) = raw else {
        cx.at_key(
            path,
            "this quadrant has no \"quadrants\"",
            Some(
                "name all four: high_x_high_y, high_x_low_y, low_x_high_y, low_x_low_y".to_string(),
            ),
        );
        return None;
    };
    let mut one = |key: &str, o: Option<&RawOpt>| match o {
        Some(o) if super::choices::no_ends(cx, &join(&q_path, key), o) => {
            opt(cx, &join(&q_path, key), o)
        }
        Some(_) => None,
        None => {
            cx.at_key(
                &q_path,
                format!("the quadrants have no \"{key}\""),
                Some(
                    "name all four: high_x_high_y, high_x_low_y, low_x_high_y, low_x_low_y"
                        .to_string(),
                ),
            );
            None
        }
    };
    let all = [
        one("high_x_high_y", raw.high_x_high_y.as_ref()),
        one("high_x_low_y", raw.high_x_low_y.as_ref()),
        one("low_x_high_y", raw.low_x_high_y.as_ref()),
        one("low_x_low_y", raw.low_x_low_y.as_ref()),
    ];
    let [Some(hh), Some(hl), Some(lh), Some(ll)] = all else {
        return None;
    };
    let mut ids = HashSet::new();
    for o in [&hh, &hl, &lh, &ll] {
        if !ids.insert(o.id.clone()) {
            cx.at_key(
                &q_path,
                format!("two quadrants have the id \"{}\"", o.id),
                Some("give each quadrant its own id".to_string()),
            );
            return None;
        }
    }
    Some(Quadrants {
        high_x_high_y: hh,
        high_x_low_y: hl,
        low_x_high_y: lh,
        low_x_low_y: ll,
    })
}
