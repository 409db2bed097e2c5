//! Reading one typed line as a choice, a set of choices, a number, a pair of numbers or a
//! path.
//!
//! Pure functions. A line that does not fit is an `Err` holding a one-line explanation for
//! the person typing; nothing here ever panics on input.

use crate::content::{NumericScale, Opt, Pack, PathSpec};

/// The path a typed word names: its number in the list of paths (counted from 1) or its id;
/// the explanation, naming the paths there are, when it names none.
pub fn path<'p>(word: &str, pack: &'p Pack) -> Result<&'p PathSpec, String> {
    let word = word.trim();
    whole(word)
        .and_then(|n| n.checked_sub(1))
        .and_then(|i| pack.paths.get(i))
        .or_else(|| pack.path(word))
        .ok_or_else(|| crate::words::paths::no_such_path(word, pack))
}

/// The option picked by its number (counted from 1); returns its id.
pub fn choice(line: &str, options: &[Opt]) -> Result<String, String> {
    let n = whole(line.trim()).ok_or_else(|| pick_hint(options.len()))?;
    n.checked_sub(1)
        .and_then(|i| options.get(i))
        .map(|o| o.id.clone())
        .ok_or_else(|| {
            format!(
                "{} is not one of the choices. {}",
                n,
                pick_hint(options.len())
            )
        })
}

/// Options picked by number, separated by spaces or commas; returned as ids in the order of
/// the options, each once. More than `max` is refused.
pub fn choices(line: &str, options: &[Opt], max: Option<u32>) -> Result<Vec<String>, String> {
    let mut picked = vec![false; options.len()];
    for word in line.split(|c: char| c == ',' || c.is_whitespace()) {
        if word.is_empty() {
            continue;
        }
        let n = whole(word).ok_or_else(|| {
            format!(
                "\"{word}\" is not a number. Type numbers from 1 to {}, separated by spaces or commas.",
                options.len()
            )
        })?;
        match n.checked_sub(1).and_then(|i| picked.get_mut(i)) {
            Some(slot) => *slot = true,
            None => {
                return Err(format!(
                    "{n} is not one of the choices: type numbers from 1 to {}.",
                    options.len()
                ));
            }
        }
    }
    let ids: Vec<String> = options
        .iter()
        .zip(&picked)
        .filter(|(_, p)| **p)
        .map(|(o, _)| o.id.clone())
        .collect();
    if let Some(max) = max
        && ids.len() > max as usize
    {
        return Err(format!(
            "Choose at most {max}; you chose {}. Type the numbers again.",
            ids.len()
        ));
    }
    Ok(ids)
}

/// A whole number within the scale.
pub fn number(line: &str, scale: &NumericScale) -> Result<i64, String> {
    let word = line.trim();
    let n: i64 = word.parse().map_err(|_| {
        format!(
            "\"{word}\" is not a number. Type a number from {} to {}.",
            scale.min, scale.max
        )
    })?;
    if n < scale.min || n > scale.max {
        return Err(format!(
            "{n} is out of range. Type a number from {} to {}.",
            scale.min, scale.max
        ));
    }
    Ok(n)
}

/// Two numbers separated by spaces or a comma, each within its scale.
pub fn pair(line: &str, x: &NumericScale, y: &NumericScale) -> Result<(i64, i64), String> {
    let words: Vec<&str> = line
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    match words.as_slice() {
        [a, b] => Ok((number(a, x)?, number(b, y)?)),
        _ => Err(format!(
            "Type two numbers separated by a space: the first from {} to {}, the second from {} to {}.",
            x.min, x.max, y.min, y.max
        )),
    }
}

fn whole(word: &str) -> Option<usize> {
    word.parse().ok()
}

fn pick_hint(count: usize) -> String {
    match count {
        1 => "Type 1 to choose it.".to_string(),
        n => format!("Type a number from 1 to {n}."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(labels: &[&str]) -> Vec<Opt> {
        labels
            .iter()
            .map(|l| Opt {
                id: l.to_lowercase(),
                label: (*l).to_string(),
                hint: None,
                ends: None,
            })
            .collect()
    }

    fn scale(min: i64, max: i64) -> NumericScale {
        NumericScale {
            min,
            max,
            low: "low".into(),
            high: "high".into(),
        }
    }

    #[test]
    fn a_choice_is_its_number() {
        let o = opts(&["A", "B", "C"]);
        assert_eq!(choice(" 2 ", &o), Ok("b".to_string()));
        assert!(choice("0", &o).unwrap_err().contains("from 1 to 3"));
        assert!(
            choice("4", &o)
                .unwrap_err()
                .contains("not one of the choices")
        );
        assert!(choice("B", &o).is_err());
        assert!(choice("-1", &o).is_err());
    }

    #[test]
    fn choices_take_spaces_and_commas_in_option_order_once_each() {
        let o = opts(&["A", "B", "C"]);
        assert_eq!(
            choices("3, 1 3", &o, None),
            Ok(vec!["a".into(), "c".into()])
        );
        assert_eq!(choices("", &o, None), Ok(vec![]));
        assert!(
            choices("1 2 3", &o, Some(2))
                .unwrap_err()
                .contains("at most 2")
        );
        assert!(choices("1 9", &o, None).unwrap_err().contains("9 is not"));
        assert!(
            choices("one", &o, None)
                .unwrap_err()
                .contains("not a number")
        );
    }

    #[test]
    fn numbers_stay_in_their_range() {
        let s = scale(1, 5);
        assert_eq!(number("5", &s), Ok(5));
        assert!(number("6", &s).unwrap_err().contains("from 1 to 5"));
        assert!(number("x", &s).is_err());
        assert_eq!(number("-2", &scale(-3, 3)), Ok(-2));
    }

    #[test]
    fn a_pair_is_two_numbers() {
        assert_eq!(pair("4 2", &scale(1, 5), &scale(1, 4)), Ok((4, 2)));
        assert_eq!(pair("4,2", &scale(1, 5), &scale(1, 4)), Ok((4, 2)));
        assert!(pair("4", &scale(1, 5), &scale(1, 4)).is_err());
        assert!(
            pair("4 5", &scale(1, 5), &scale(1, 4))
                .unwrap_err()
                .contains("from 1 to 4")
        );
    }
}
