//! Validating one prompt or list field by its kind: which keys belong, lists and their
//! fields, and the kinds built in `choices.rs` and `grids.rs`. Builds the typed prompt when its part of the file is clean.
//!
//! Pure; reports problems through `Cx` and never panics.

use std::collections::HashSet;

use super::choices::{options, scale};
use super::cx::{Cx, join, named};
use super::grids::{quadrant, rows};
use super::model::{Field, FieldKind, Options, Prompt, PromptKind};
use super::raw::{RawField, RawPrompt};
use super::refs::reference;
use super::words::{
    FIELD_KINDS, field_keys, is_valid_id, kinds_with_key, prompt_keys, quoted_list,
};

/// Checks one prompt at `path` of the current exercise.
pub(crate) fn prompt(cx: &mut Cx, path: &str, raw: &RawPrompt) -> Option<Prompt> {
    let start = cx.count();
    let id = cx.id(path, raw.id.as_ref(), "this prompt");
    let what = id.as_ref().map_or("this prompt".to_string(), |id| {
        format!("the prompt \"{id}\"")
    });
    let text = cx.text(path, "text", raw.text.as_ref(), &what);
    let kind = named(
        cx,
        path,
        "kind",
        raw.kind.as_ref(),
        &PromptKind::ALL_IDS,
        &what,
    )?;
    let allowed = prompt_keys(&kind).unwrap_or_default();
    for key in raw.present_keys() {
        if !allowed.contains(&key) {
            let hint = format!(
                "a \"{kind}\" prompt takes {}; \"{key}\" belongs to {}",
                if allowed.is_empty() {
                    "no other keys".to_string()
                } else {
                    quoted_list(allowed.iter().copied())
                },
                quoted_list(kinds_with_key(key))
            );
            cx.at_key(
                &join(path, key),
                format!("\"{key}\" does not belong in a \"{kind}\" prompt"),
                Some(hint),
            );
        }
    }
    let kind = match kind.as_str() {
        "line" | "text" => {
            let prefill_from = match &raw.prefill_from {
                Some(r) => Some(
                    reference(
                        cx,
                        &join(path, "prefill_from"),
                        r,
                        &["line", "text"],
                        "prefill_from",
                    )?
                    .qualified_id
                    .clone(),
                ),
                None => None,
            };
            if kind == "line" {
                PromptKind::Line { prefill_from }
            } else {
                PromptKind::Text { prefill_from }
            }
        }
        "list" => list(cx, path, raw)?,
        "choice" => PromptKind::Choice {
            options: options(cx, path, raw.options.as_ref(), raw.options_from.as_ref())?,
        },
        "ranking" => {
            let options = options(cx, path, raw.options.as_ref(), raw.options_from.as_ref())?;
            if let Options::Fixed(all) = &options
                && all.len() < 2
            {
                cx.at_value(
                    &join(path, "options"),
                    "a ranking needs at least 2 options to put in order",
                    Some("add options, or ask a \"choice\" instead".to_string()),
                );
            }
            PromptKind::Ranking { options }
        }
        "multi-choice" => {
            let options = options(cx, path, raw.options.as_ref(), raw.options_from.as_ref())?;
            let (min, max) = counts(cx, path, raw.min, raw.max)?;
            if let (Options::Fixed(all), Some(n)) = (&options, max.or(min))
                && n as usize > all.len()
            {
                cx.at_value(
                    &join(path, if max.is_some() { "max" } else { "min" }),
                    format!("{n} is more than the {} options", all.len()),
                    None,
                );
            }
            PromptKind::MultiChoice { options, min, max }
        }
        "scale" => PromptKind::Scale(scale(
            cx,
            path,
            raw.min,
            raw.max,
            raw.low.as_ref(),
            raw.high.as_ref(),
            raw.levels.as_ref(),
        )?),
        "grid" => {
            let rows = rows(cx, path, raw, true)?;
            let columns = fields(cx, path, "columns", raw.columns.as_ref(), true)?;
            super::grids::row_ends_fit(cx, path, &rows, &columns);
            PromptKind::Grid { rows, columns }
        }
        "quadrant" => quadrant(cx, path, raw)?,
        other => {
            // A kind in `KINDS` that is not read here yet (see README, "Adding a prompt kind").
            cx.at_value(
                &join(path, "kind"),
                format!("the kind \"{other}\" cannot be read yet"),
                None,
            );
            return None;
        }
    };
    let was = match &raw.was {
        Some(old) => was(cx, &join(path, "was"), old),
        None => None,
    };
    if cx.count() > start {
        return None;
    }
    let id = id?;
    Some(Prompt {
        qualified_id: format!("{}.{id}", cx.scope.exercise),
        id,
        text: text?.into(),
        help: raw.help.clone().map(Into::into),
        optional: raw.optional.unwrap_or(false),
        was,
        names_initiative: raw.names_initiative.unwrap_or(false),
        kind,
    })
}

/// `was`: the qualified id the prompt had in an earlier version of the pack. It must not be
/// a prompt the pack still has (that prompt keeps its own answers).
fn was(cx: &mut Cx, path: &str, old: &str) -> Option<String> {
    let valid = old
        .split_once('.')
        .is_some_and(|(e, p)| is_valid_id(e) && is_valid_id(p));
    if !valid {
        cx.at_value(
            path,
            format!("\"{old}\" is not a prompt id"),
            Some("write the old id as exercise-id.prompt-id".to_string()),
        );
        return None;
    }
    if cx.scope.order.contains_key(old) {
        cx.at_value(
            path,
            format!("\"{old}\" is still a prompt of this pack"),
            Some(
                "`was` names an id the pack no longer has, so that old answers follow here"
                    .to_string(),
            ),
        );
        return None;
    }
    Some(old.to_string())
}

fn list(cx: &mut Cx, path: &str, raw: &RawPrompt) -> Option<PromptKind> {
    let item_label = match &raw.item_label {
        Some(label) => cx.text(path, "item_label", Some(label), "this list")?,
        None => "Item".to_string(),
    };
    let (min, max) = counts(cx, path, raw.min, raw.max)?;
    let fields = fields(cx, path, "fields", raw.fields.as_ref(), false)?;
    let seed_from = match &raw.seed_from {
        Some(r) => Some(
            reference(cx, &join(path, "seed_from"), r, &["list"], "seed_from")?
                .qualified_id
                .clone(),
        ),
        None => None,
    };
    Some(PromptKind::List {
        item_label,
        min,
        max,
        fields,
        seed_from,
    })
}

/// `min`/`max` counts: not negative, and min ≤ max.
fn counts(
    cx: &mut Cx,
    path: &str,
    min: Option<i64>,
    max: Option<i64>,
) -> Option<(Option<u32>, Option<u32>)> {
    let mut count = |key: &str, v: Option<i64>| match v {
        None => Some(None),
        Some(v) => match u32::try_from(v) {
            Ok(v) => Some(Some(v)),
            Err(_) => {
                cx.at_value(
                    &join(path, key),
                    format!("\"{key}\" must be a count from 0 up, not {v}"),
                    None,
                );
                None
            }
        },
    };
    let (min, max) = (count("min", min)?, count("max", max)?);
    if let (Some(lo), Some(hi)) = (min, max)
        && lo > hi
    {
        cx.at_value(
            &join(path, "min"),
            format!("min ({lo}) is more than max ({hi})"),
            Some("min must be at most max".to_string()),
        );
        return None;
    }
    Some((min, max))
}

/// A list's `fields` or a grid's `columns`.
fn fields(
    cx: &mut Cx,
    path: &str,
    key: &str,
    raw: Option<&Vec<RawField>>,
    required: bool,
) -> Option<Vec<Field>> {
    let list_path = join(path, key);
    let raw = match raw {
        Some(raw) if !raw.is_empty() => raw,
        _ if required => {
            cx.at_key(
                &list_path,
                format!("a grid needs at least one of its \"{key}\""),
                Some("add `columns:` with at least one field".to_string()),
            );
            return None;
        }
        _ => return Some(Vec::new()),
    };
    let start = cx.count();
    let mut ids = HashSet::new();
    let mut out = Vec::new();
    for (i, f) in raw.iter().enumerate() {
        let f_path = format!("{list_path}[{i}]");
        if let Some(id) = &f.id
            && !ids.insert(id.clone())
        {
            cx.at_value(
                &join(&f_path, "id"),
                format!("the id \"{id}\" appears twice in {key}"),
                Some("give each one its own id".to_string()),
            );
        }
        if let Some(field) = field(cx, &f_path, f) {
            out.push(field);
        }
    }
    (cx.count() == start).then_some(out)
}

fn field(cx: &mut Cx, path: &str, raw: &RawField) -> Option<Field> {
    let start = cx.count();
    let id = cx.id(path, raw.id.as_ref(), "this field");
    let label = cx.text(path, "label", raw.label.as_ref(), "this field");
    let kind = named(
        cx,
        path,
        "kind",
        raw.kind.as_ref(),
        &FIELD_KINDS,
        "this field",
    )?;
    let allowed = field_keys(&kind).unwrap_or_default();
    for key in raw.present_keys() {
        if !allowed.contains(&key) {
            let takes = if allowed.is_empty() {
                "no other keys".to_string()
            } else {
                quoted_list(allowed.iter().copied())
            };
            cx.at_key(
                &join(path, key),
                format!("\"{key}\" does not belong in a \"{kind}\" field"),
                Some(format!("a \"{kind}\" field takes {takes}")),
            );
        }
    }
    let kind = match kind.as_str() {
        "line" => FieldKind::Line,
        "text" => FieldKind::Text,
        "choice" => FieldKind::Choice(options(
            cx,
            path,
            raw.options.as_ref(),
            raw.options_from.as_ref(),
        )?),
        "multi-choice" => FieldKind::MultiChoice(options(
            cx,
            path,
            raw.options.as_ref(),
            raw.options_from.as_ref(),
        )?),
        _ => FieldKind::Scale(scale(
            cx,
            path,
            raw.min,
            raw.max,
            raw.low.as_ref(),
            raw.high.as_ref(),
            raw.levels.as_ref(),
        )?),
    };
    (cx.count() == start).then_some(Field {
        id: id?,
        label: label?.into(),
        help: raw.help.clone().map(Into::into),
        kind,
    })
}
