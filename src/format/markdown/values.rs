//! Single values on one line (a list item's sub-field, a grid cell, a choice): the visible
//! text people read, plus a `<!-- convene:… -->` tag when the text alone cannot say exactly
//! what the value is.
//!
//! Never relies on the pack to read a value back: labels are for people, ids are in tags.

use crate::content::Opt;
use crate::workbook::Value;

use super::inline::{Tag, escape, unescape};

/// The visible text of a choice: its label when the options know it and it shows as
/// something, else its id.
pub fn choice_visible(id: &str, opts: &[Opt]) -> String {
    opts.iter()
        .find(|o| o.id == id)
        .map(|o| super::inline::display(&o.label))
        .filter(|label| !label.is_empty())
        .unwrap_or_else(|| escape(id))
}

/// A value's visible text and the tag attributes that make it exact.
pub fn encode(value: &Value, opts: &[Opt]) -> (String, Vec<(&'static str, String)>) {
    match value {
        Value::Number(n) => (n.to_string(), Vec::new()),
        Value::Text(t) => {
            let visible = escape(t);
            if t.is_empty() || visible.parse::<i64>().is_ok() {
                (visible, vec![("type", "text".to_string())])
            } else {
                (visible, Vec::new())
            }
        }
        Value::Choice(id) => (
            choice_visible(id, opts),
            vec![("type", "choice".to_string()), ("value", id.clone())],
        ),
        Value::Choices(ids) => {
            let visible: Vec<String> = ids.iter().map(|id| choice_visible(id, opts)).collect();
            let mut attrs = vec![("type", "choices".to_string())];
            attrs.extend(ids.iter().map(|id| ("value", id.clone())));
            (visible.join(", "), attrs)
        }
    }
}

/// Reads a value from its visible text and tag. Without a type, empty text is no value
/// (`None`) unless `empty_is_text`, an integer is a number, anything else is text.
pub fn decode(
    visible: &str,
    tag: Option<&Tag>,
    empty_is_text: bool,
) -> Result<Option<Value>, String> {
    let visible = visible.trim_matches([' ', '\t']);
    let values = || {
        tag.map(|t| {
            t.attrs
                .iter()
                .filter(|(k, _)| *k == "value")
                .map(|(_, v)| v.to_string())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    Ok(match tag.and_then(|t| t.get("type")) {
        Some("text") => Some(Value::Text(unescape(visible))),
        Some("choice") => match values().as_slice() {
            [one] => Some(Value::Choice(one.clone())),
            _ => return Err("a choice tag needs exactly one `value`".to_string()),
        },
        Some("choices") => Some(Value::Choices(values())),
        Some(other) => return Err(format!("unknown value type `{other}`")),
        None if visible.is_empty() => empty_is_text.then(|| Value::Text(String::new())),
        None => Some(match visible.parse::<i64>() {
            Ok(n) => Value::Number(n),
            Err(_) => Value::Text(unescape(visible)),
        }),
    })
}

#[cfg(test)]
mod tests {
    use super::super::inline::{split_tag, tag};
    use super::*;

    fn round(v: &Value) -> Option<Value> {
        let (visible, attrs) = encode(v, &[]);
        let attrs: Vec<(&str, &str)> = attrs.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let line = if attrs.is_empty() {
            visible
        } else {
            format!("{visible} {}", tag("cell", &attrs))
        };
        let (visible, t) = split_tag(&line).unwrap();
        decode(visible, t.as_ref(), false).unwrap()
    }

    #[test]
    fn values_round_trip() {
        for v in [
            Value::Number(-3),
            Value::Text(String::new()),
            Value::Text("42".into()),
            Value::Text(" 7 ".into()),
            Value::Text("a | b <!-- convene:cell -->".into()),
            Value::Choice(String::new()),
            Value::Choices(vec![]),
            Value::Choices(vec![String::new(), "a b".into()]),
        ] {
            assert_eq!(round(&v), Some(v));
        }
    }
}
