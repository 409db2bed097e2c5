//! References between prompts (`exercise-id.prompt-id`) and the `where` filters of grids and
//! quadrants: they must name an earlier prompt of the right kind, and a test that fits.
//!
//! Pure; reports problems through `Cx` and never panics.

use super::cx::{Cx, join};
use super::model::{FieldKind, FilterTest, Options, Prompt, PromptKind, RowFilter, Rows, Scale};
use super::raw::RawFilter;
use super::words::{closest, quoted_list};

/// The earlier prompt `target` names, if it exists, comes earlier and has one of `kinds`.
/// `key` names the referring key in messages.
pub(crate) fn reference<'s>(
    cx: &mut Cx<'s>,
    path: &str,
    target: &str,
    kinds: &[&str],
    key: &str,
) -> Option<&'s Prompt> {
    let scope = cx.scope;
    let wanted = kinds_wanted(kinds);
    if !target.contains('.') {
        let mut hint = "write it as exercise-id.prompt-id".to_string();
        let local = format!("{}.{target}", scope.exercise);
        if scope.order.contains_key(&local) {
            hint.push_str(&format!(", e.g. \"{local}\""));
        }
        cx.at_value(
            path,
            format!("\"{target}\" is not a prompt reference"),
            Some(hint),
        );
        return None;
    }
    match scope.order.get(target) {
        None => {
            if scope.surely_unknown(target) {
                let guess = closest(target, scope.earlier.keys().map(String::as_str));
                let hint = match guess {
                    Some(g) => format!("did you mean \"{g}\"?"),
                    None => format!(
                        "{key} must name an earlier {wanted} prompt as exercise-id.prompt-id"
                    ),
                };
                cx.at_value(path, format!("there is no prompt \"{target}\""), Some(hint));
            }
            None
        }
        Some(&at) if at >= scope.current => {
            let what = if at == scope.current {
                "is this prompt itself"
            } else {
                "comes later in the pack"
            };
            cx.at_value(
                path,
                format!("\"{target}\" {what}"),
                Some(format!(
                    "{key} can only use answers given before this prompt"
                )),
            );
            None
        }
        // An earlier prompt with problems of its own: those are reported already.
        Some(_) => {
            let found = scope.earlier.get(target)?;
            if kinds.contains(&found.kind.id()) {
                super::paths::reachable(cx, path, target, key);
                Some(found)
            } else {
                cx.at_value(
                    path,
                    format!(
                        "\"{target}\" is a \"{}\" prompt, but {key} needs a {wanted} prompt",
                        found.kind.id()
                    ),
                    None,
                );
                None
            }
        }
    }
}

/// The prompt `target` names, if it exists and has one of `kinds`. Any prompt of the pack
/// may be named (pictures are drawn after every answer). `key` names the referring key.
pub(crate) fn any_prompt<'s>(
    cx: &mut Cx<'s>,
    path: &str,
    target: &str,
    kinds: &[&str],
    key: &str,
) -> Option<&'s Prompt> {
    let scope = cx.scope;
    let wanted = kinds_wanted(kinds);
    if !target.contains('.') {
        cx.at_value(
            path,
            format!("\"{target}\" is not a prompt reference"),
            Some("write it as exercise-id.prompt-id".to_string()),
        );
        return None;
    }
    if !scope.order.contains_key(target) {
        if scope.surely_unknown(target) {
            let hint = match closest(target, scope.order.keys().map(String::as_str)) {
                Some(g) => format!("did you mean \"{g}\"?"),
                None => format!("{key} must name a {wanted} prompt as exercise-id.prompt-id"),
            };
            cx.at_value(path, format!("there is no prompt \"{target}\""), Some(hint));
        }
        return None;
    }
    // A prompt with problems of its own: those are reported already.
    let found = scope.earlier.get(target)?;
    if kinds.contains(&found.kind.id()) {
        return Some(found);
    }
    cx.at_value(
        path,
        format!(
            "\"{target}\" is a \"{}\" prompt, but {key} needs a {wanted} prompt",
            found.kind.id()
        ),
        None,
    );
    None
}

/// What a filter's column holds, so a test can be checked against it.
enum Column {
    /// Option ids (`None`: the options come from lists, so any item name).
    Choices(Option<Vec<String>>),
    /// A number from min to max.
    Numbers(i64, i64),
    /// Free text: no test fits.
    Text,
}

/// The `where` filters of a grid or quadrant whose rows come from `list`.
pub(crate) fn filters(
    cx: &mut Cx,
    path: &str,
    list: &str,
    raw: &[RawFilter],
) -> Option<Vec<RowFilter>> {
    let start = cx.count();
    let mut out = Vec::new();
    for (i, f) in raw.iter().enumerate() {
        let f_path = format!("{path}.where[{i}]");
        if let Some(filter) = filter(cx, &f_path, list, f) {
            out.push(filter);
        }
    }
    (cx.count() == start).then_some(out)
}

fn filter(cx: &mut Cx, path: &str, list: &str, raw: &RawFilter) -> Option<RowFilter> {
    let prompt_ref = cx.text(path, "prompt", raw.prompt.as_ref(), "this filter");
    let column = cx.text(path, "column", raw.column.as_ref(), "this filter");
    let tests = [
        raw.in_.is_some(),
        raw.at_least.is_some(),
        raw.at_most.is_some(),
    ];
    if tests.iter().filter(|t| **t).count() != 1 {
        cx.at_key(
            path,
            "a filter needs exactly one test: \"in\", \"at_least\" or \"at_most\"",
            Some("use two filters to test a range".to_string()),
        );
        return None;
    }
    let p_path = join(path, "prompt");
    let target = reference(cx, &p_path, &prompt_ref?, &["grid", "quadrant"], "where")?;
    let rows = target.kind.rows()?;
    let col = column.as_deref()?;
    let found = match target.kind.axes() {
        Some((_, _, quadrants)) if col == "quadrant" => Some(Column::Choices(Some(
            quadrants.all().iter().map(|o| o.id.clone()).collect(),
        ))),
        Some((x, y, _)) => [x, y]
            .into_iter()
            .find(|a| a.id == col)
            .map(|a| Column::Numbers(a.scale.min, a.scale.max)),
        None => grid_column(target.kind.columns(), col),
    };
    match rows {
        Rows::FromList { list: other, .. } if other == list => {}
        Rows::FromList { list: other, .. } => {
            cx.at_value(
                &p_path,
                format!(
                    "\"{}\" has rows from \"{other}\", not from \"{list}\"",
                    target.qualified_id
                ),
                Some("a filter can only use a grid or quadrant over the same list".to_string()),
            );
            return None;
        }
        Rows::Fixed(_) => {
            cx.at_value(
                &p_path,
                format!(
                    "\"{}\" has fixed rows, not the items of \"{list}\"",
                    target.qualified_id
                ),
                Some("a filter can only use a grid or quadrant over the same list".to_string()),
            );
            return None;
        }
    }
    let column = column?;
    let Some(found) = found else {
        let names = column_names(&target.kind);
        let hint = match closest(&column, names.iter().map(String::as_str)) {
            Some(g) => format!(
                "did you mean \"{g}\"? columns: {}",
                quoted_list(names.iter().map(String::as_str))
            ),
            None => format!("columns: {}", quoted_list(names.iter().map(String::as_str))),
        };
        cx.at_value(
            &join(path, "column"),
            format!("\"{}\" has no column \"{column}\"", target.qualified_id),
            Some(hint),
        );
        return None;
    };
    let test = test(cx, path, raw, &column, found)?;
    Some(RowFilter {
        prompt: target.qualified_id.clone(),
        column,
        test,
    })
}

fn grid_column(columns: &[super::model::Field], id: &str) -> Option<Column> {
    let field = columns.iter().find(|c| c.id == id)?;
    Some(match &field.kind {
        FieldKind::Line | FieldKind::Text => Column::Text,
        FieldKind::Choice(o) | FieldKind::MultiChoice(o) => match o {
            Options::Fixed(opts) => {
                Column::Choices(Some(opts.iter().map(|o| o.id.clone()).collect()))
            }
            Options::FromLists(_) => Column::Choices(None),
        },
        FieldKind::Scale(Scale::Numeric(s)) => Column::Numbers(s.min, s.max),
        FieldKind::Scale(Scale::Levels(l)) => {
            Column::Numbers(1, i64::try_from(l.len()).unwrap_or(i64::MAX))
        }
    })
}

fn column_names(kind: &PromptKind) -> Vec<String> {
    match kind.axes() {
        Some((x, y, _)) => vec!["quadrant".to_string(), x.id.clone(), y.id.clone()],
        None => kind.columns().iter().map(|c| c.id.clone()).collect(),
    }
}

/// The filter's test, checked against what the column holds.
fn test(
    cx: &mut Cx,
    path: &str,
    raw: &RawFilter,
    column: &str,
    found: Column,
) -> Option<FilterTest> {
    match (found, &raw.in_, raw.at_least.or(raw.at_most)) {
        (Column::Text, ..) => {
            cx.at_value(
                &join(path, "column"),
                format!("\"{column}\" holds free text, which a filter cannot test"),
                Some("filter on a choice or scale column".to_string()),
            );
            None
        }
        (Column::Choices(ids), Some(values), _) => {
            if values.is_empty() {
                cx.at_value(
                    &join(path, "in"),
                    "\"in\" is empty",
                    Some("list the option ids to keep".to_string()),
                );
                return None;
            }
            if let Some(ids) = ids {
                for (i, v) in values.iter().enumerate() {
                    if !ids.contains(v) {
                        let hint = match closest(v, ids.iter().map(String::as_str)) {
                            Some(g) => format!(
                                "did you mean \"{g}\"? ids: {}",
                                quoted_list(ids.iter().map(String::as_str))
                            ),
                            None => format!("ids: {}", quoted_list(ids.iter().map(String::as_str))),
                        };
                        cx.at_value(
                            &format!("{path}.in[{i}]"),
                            format!("\"{column}\" has no option \"{v}\""),
                            Some(hint),
                        );
                        return None;
                    }
                }
            }
            Some(FilterTest::In(values.clone()))
        }
        (Column::Choices(_), None, _) => {
            let key = if raw.at_least.is_some() {
                "at_least"
            } else {
                "at_most"
            };
            cx.at_key(
                &join(path, key),
                format!("\"{column}\" holds choices, so test it with \"in\""),
                Some("write `in: [option-id, ...]`".to_string()),
            );
            None
        }
        (Column::Numbers(..), Some(_), _) => {
            cx.at_key(
                &join(path, "in"),
                format!("\"{column}\" holds ratings, so test it with \"at_least\" or \"at_most\""),
                None,
            );
            None
        }
        (Column::Numbers(min, max), None, Some(v)) => {
            let key = if raw.at_least.is_some() {
                "at_least"
            } else {
                "at_most"
            };
            if v < min || v > max {
                cx.at_value(
                    &join(path, key),
                    format!("{v} is outside \"{column}\", which goes from {min} to {max}"),
                    None,
                );
                return None;
            }
            Some(if raw.at_least.is_some() {
                FilterTest::AtLeast(v)
            } else {
                FilterTest::AtMost(v)
            })
        }
        (Column::Numbers(..), None, None) => None,
    }
}

/// `"list" or "grid"`: the kinds a reference may name, for its message.
fn kinds_wanted(kinds: &[&str]) -> String {
    kinds
        .iter()
        .map(|k| format!("\"{k}\""))
        .collect::<Vec<_>>()
        .join(" or ")
}
