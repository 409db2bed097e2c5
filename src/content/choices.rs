//! Options, option lists and scales of prompts and fields: ids, labels, the short form, and
//! scales that cannot work.
//!
//! Pure; reports problems through `Cx` and never panics.

use std::collections::HashSet;

use super::cx::{Cx, join};
use super::model::{Ends, NumericScale, Opt, Options, Scale};
use super::raw::{OneOrMany, RawOpt};
use super::refs::reference;
use super::words::slug;

/// `options` or `options_from`, exactly one.
pub(crate) fn options(
    cx: &mut Cx,
    path: &str,
    fixed: Option<&Vec<RawOpt>>,
    from: Option<&OneOrMany>,
) -> Option<Options> {
    match (fixed, from) {
        (Some(_), Some(_)) => {
            cx.at_key(
                &join(path, "options_from"),
                "use either \"options\" or \"options_from\", not both",
                None,
            );
            None
        }
        (None, None) => {
            cx.at_key(
                path,
                "a choice needs \"options\" (or \"options_from\", earlier lists)",
                Some("add `options:` with a list of choices".to_string()),
            );
            None
        }
        (Some(list), None) => Some(Options::Fixed(opts(
            cx,
            &join(path, "options"),
            list,
            "options",
            false,
        )?)),
        (None, Some(OneOrMany(refs))) => {
            let key_path = join(path, "options_from");
            if refs.is_empty() {
                cx.at_value(
                    &key_path,
                    "\"options_from\" is empty",
                    Some("name one or more earlier list prompts".to_string()),
                );
                return None;
            }
            let start = cx.count();
            let mut out = Vec::new();
            for (i, r) in refs.iter().enumerate() {
                if let Some(p) = reference(
                    cx,
                    &format!("{key_path}[{i}]"),
                    r,
                    &["list"],
                    "options_from",
                ) {
                    out.push(p.qualified_id.clone());
                }
            }
            (cx.count() == start && out.len() == refs.len()).then_some(Options::FromLists(out))
        }
    }
}

/// A list of options: not empty, each valid, ids unique. Only a grid's rows (`ends`) may
/// have scale ends of their own.
pub(crate) fn opts(
    cx: &mut Cx,
    path: &str,
    raw: &[RawOpt],
    noun: &str,
    ends: bool,
) -> Option<Vec<Opt>> {
    if raw.is_empty() {
        cx.at_value(
            path,
            format!("the list of {noun} is empty"),
            Some("add at least one".to_string()),
        );
        return None;
    }
    let start = cx.count();
    let mut ids = HashSet::new();
    let mut out = Vec::new();
    for (i, r) in raw.iter().enumerate() {
        let o_path = format!("{path}[{i}]");
        if !ends && !no_ends(cx, &o_path, r) {
            continue;
        }
        if let Some(o) = opt(cx, &o_path, r) {
            if ids.insert(o.id.clone()) {
                out.push(o);
            } else {
                let hint = if r.short {
                    format!(
                        "two labels give the id \"{}\"; write `{{ id: ..., label: ... }}` to choose ids",
                        o.id
                    )
                } else {
                    "give each one its own id".to_string()
                };
                cx.at_key(
                    &o_path,
                    format!("the id \"{}\" appears twice in {noun}", o.id),
                    Some(hint),
                );
            }
        }
    }
    (cx.count() == start).then_some(out)
}

pub(crate) fn opt(cx: &mut Cx, path: &str, raw: &RawOpt) -> Option<Opt> {
    if raw.short {
        let label = cx.text(path, "label", raw.label.as_ref(), "this option")?;
        let id = slug(&label);
        if id.is_empty() {
            cx.at_value(
                path,
                format!("no id can be made from \"{label}\""),
                Some("write it as `{ id: some-id, label: ... }`".to_string()),
            );
            return None;
        }
        return Some(Opt {
            id,
            label: label.into(),
            hint: None,
            ends: None,
        });
    }
    let id = cx.id(path, raw.id.as_ref(), "this option");
    let label = cx.text(path, "label", raw.label.as_ref(), "this option");
    let ends = match (&raw.low, &raw.high) {
        (None, None) => None,
        (Some(low), Some(high)) => Some(Ends {
            low: cx.text(path, "low", Some(low), "this row")?.into(),
            high: cx.text(path, "high", Some(high), "this row")?.into(),
        }),
        (Some(_), None) | (None, Some(_)) => {
            let missing = if raw.low.is_none() { "low" } else { "high" };
            cx.at_key(
                path,
                format!("this row has its own scale ends but no \"{missing}\""),
                Some("give a row both `low` and `high`, or neither".to_string()),
            );
            return None;
        }
    };
    Some(Opt {
        id: id?,
        label: label?.into(),
        hint: raw.hint.clone().map(Into::into),
        ends,
    })
}

/// Refuses `low`/`high` on an option that is not a grid's row; false when it did.
pub(crate) fn no_ends(cx: &mut Cx, path: &str, raw: &RawOpt) -> bool {
    let found = [("low", &raw.low), ("high", &raw.high)]
        .into_iter()
        .find_map(|(k, v)| v.is_some().then_some(k));
    if let Some(key) = found {
        cx.at_key(
            &join(path, key),
            format!("\"{key}\" belongs only to a grid's rows"),
            Some("a row's `low` and `high` are the ends of its numeric scale cells".to_string()),
        );
    }
    found.is_none()
}

/// A numeric scale (`min`, `max`, `low`, `high`) or ordered `levels`.
pub(crate) fn scale(
    cx: &mut Cx,
    path: &str,
    min: Option<i64>,
    max: Option<i64>,
    low: Option<&String>,
    high: Option<&String>,
    levels: Option<&Vec<RawOpt>>,
) -> Option<Scale> {
    if let Some(levels) = levels {
        let mixed: Vec<&str> = [
            ("min", min.is_some()),
            ("max", max.is_some()),
            ("low", low.is_some()),
            ("high", high.is_some()),
        ]
        .into_iter()
        .filter(|(_, on)| *on)
        .map(|(k, _)| k)
        .collect();
        if let Some(first) = mixed.first() {
            cx.at_key(
                &join(path, first),
                "a scale takes either \"levels\" or \"min\"/\"max\"/\"low\"/\"high\", not both",
                None,
            );
            return None;
        }
        let levels = opts(cx, &join(path, "levels"), levels, "levels", false)?;
        if levels.len() < 2 {
            cx.at_value(
                &join(path, "levels"),
                "a scale needs at least 2 levels",
                None,
            );
            return None;
        }
        return Some(Scale::Levels(levels));
    }
    Some(Scale::Numeric(numeric(cx, path, min, max, low, high)?))
}

pub(crate) fn numeric(
    cx: &mut Cx,
    path: &str,
    min: Option<i64>,
    max: Option<i64>,
    low: Option<&String>,
    high: Option<&String>,
) -> Option<NumericScale> {
    let mut need = |key: &str, v: Option<i64>| {
        if v.is_none() {
            cx.at_key(
                path,
                format!("this scale has no \"{key}\""),
                Some("a scale needs min, max, low and high (or levels)".to_string()),
            );
        }
        v
    };
    let (min, max) = (need("min", min), need("max", max));
    let low = cx.text(path, "low", low, "this scale");
    let high = cx.text(path, "high", high, "this scale");
    let (min, max) = (min?, max?);
    if min >= max {
        cx.at_value(
            &join(path, "max"),
            format!("impossible scale: max ({max}) must be more than min ({min})"),
            None,
        );
        return None;
    }
    Some(NumericScale {
        min,
        max,
        low: low?.into(),
        high: high?.into(),
    })
}
