//! Reading the lines of a list answer and of a choice: `- item name` lines, the sub-field
//! lines under them with their `<!-- convene:field … -->` tags, and `- label` choice lines.
//!
//! Never refuses a line a person would type there: a line in no shape convene writes (a
//! detail added by hand without its tag, a note) is handed back as `What::Loose` for
//! `byhand` to read against the pack, and a choice's visible text as `What::Shown`, so that
//! a label typed or changed by hand is honoured. Only a broken or foreign convene tag is an
//! error.

use crate::workbook::{Fields, Item, Value};

use super::ReadError;
use super::byhand::{At, Hand, What};
use super::inline::{split_label, split_tag, unescape};
use super::values;

fn fail(line: usize, message: impl Into<String>) -> ReadError {
    ReadError {
        line,
        message: message.into(),
    }
}

/// A choice: the id from its tag, else the visible text. What the line shows is noted in
/// `hand` at `at`.
pub(super) fn choice(no: usize, line: &str, at: At, hand: &mut Hand) -> Result<String, ReadError> {
    let (visible, tag) = split_tag(line).map_err(|m| fail(no, m))?;
    let shown = unescape(visible.trim_matches([' ', '\t']));
    let tagged = tag.is_some();
    let id = match tag {
        Some(t) if t.name == "choice" => t
            .get("id")
            .map(str::to_string)
            .ok_or_else(|| fail(no, "a choice tag has no `id`"))?,
        Some(t) => return Err(fail(no, format!("unexpected `{}` tag in a choice", t.name))),
        None => shown.clone(),
    };
    hand.note(|| What::Shown {
        at,
        visible: shown,
        tagged,
    });
    Ok(id)
}

/// The rest of a `- `, `* ` or `+ ` list line that starts at the line's beginning.
pub(super) fn bullet(line: &str) -> Option<&str> {
    let rest = line.strip_prefix(['-', '*', '+'])?;
    if rest.is_empty() {
        Some(rest)
    } else {
        rest.strip_prefix([' ', '\t'])
    }
}

/// A list answer's items. A line that is neither an item nor a tagged sub-field under one
/// is noted in `hand` as loose, with the item it follows.
pub(super) fn list(lines: &[(usize, &str)], hand: &mut Hand) -> Result<Vec<Item>, ReadError> {
    let mut items: Vec<Item> = Vec::new();
    for &(no, line) in lines {
        if let Some(rest) = bullet(line) {
            items.push(Item {
                text: unescape(rest.trim_matches([' ', '\t'])),
                fields: Fields::new(),
            });
            continue;
        }
        let loose = |hand: &mut Hand, items: &[Item]| {
            hand.note(|| What::Loose {
                item: items.len().checked_sub(1),
                line: line.to_string(),
            });
        };
        let sub = line
            .starts_with([' ', '\t'])
            .then(|| bullet(line.trim_start()))
            .flatten();
        let (Some(rest), Some(last)) = (sub, items.len().checked_sub(1)) else {
            loose(hand, &items);
            continue;
        };
        let (visible, tag) = split_tag(rest).map_err(|m| fail(no, m))?;
        let tag = match tag {
            None => {
                loose(hand, &items);
                continue;
            }
            Some(t) if t.name == "field" => t,
            Some(t) => {
                return Err(fail(
                    no,
                    format!(
                        "unexpected `{}` tag on a sub-field line (its tag is \
                         `<!-- convene:field id=\"…\" -->`)",
                        t.name
                    ),
                ));
            }
        };
        let id = tag
            .get("id")
            .ok_or_else(|| fail(no, "a field tag has no `id`"))?
            .to_string();
        let value_text = split_label(visible).map_or(visible, |(_, v)| v);
        let value = values::decode(value_text, Some(&tag), true)
            .map_err(|m| fail(no, m))?
            .unwrap_or(Value::Text(String::new()));
        if matches!(value, Value::Choice(_)) {
            hand.note(|| What::Shown {
                at: At::Field {
                    item: last,
                    field: id.clone(),
                },
                visible: unescape(value_text.trim_matches([' ', '\t'])),
                tagged: true,
            });
        }
        if items[last].fields.insert(id.clone(), value).is_some() {
            return Err(fail(
                no,
                format!("the sub-field `{id}` appears twice in this item"),
            ));
        }
    }
    // Kept as long as the workbook is (a review holds a thousand): no room to spare.
    for item in &mut items {
        item.fields.shrink_to_fit();
    }
    items.shrink_to_fit();
    Ok(items)
}
