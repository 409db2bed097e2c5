//! Reading one typed line as a choice, a set of choices, a ranking, a number, a pair of
//! numbers or a path.
//!
//! Pure functions. A line that does not fit is an `Err` holding what to say to the person
//! typing (`Say`, worded by `words::plain`); nothing here ever panics on input.

use crate::content::{NumericScale, Opt, Pack, PathSpec};
use crate::words::paths::PathSay;
use crate::words::plain::Say;

/// The path a typed word names: its number in the list of paths (counted from 1) or its id;
/// what to say, naming the paths there are, when it names none.
pub fn path<'p>(word: &str, pack: &'p Pack) -> Result<&'p PathSpec, Say> {
    let word = word.trim();
    whole(word)
        .and_then(|n| n.checked_sub(1))
        .and_then(|i| pack.paths.get(i))
        .or_else(|| pack.path(word))
        .ok_or_else(|| {
            Say::Path(PathSay::NoSuch {
                given: word.to_string(),
                ids: crate::words::paths::ids(pack),
            })
        })
}

/// The option picked by its number (counted from 1); returns its id.
pub fn choice(line: &str, options: &[Opt]) -> Result<String, Say> {
    let n = whole(line.trim()).ok_or(Say::PickHint(options.len()))?;
    n.checked_sub(1)
        .and_then(|i| options.get(i))
        .map(|o| o.id.clone())
        .ok_or(Say::NotAChoice {
            n,
            count: options.len(),
        })
}

/// The option indexes (from 0) a line names by number, separated by spaces or commas, in
/// the order typed.
fn picks(line: &str, count: usize) -> Result<Vec<usize>, Say> {
    let mut out = Vec::new();
    for word in line.split(|c: char| c == ',' || c.is_whitespace()) {
        if word.is_empty() {
            continue;
        }
        let n = whole(word).ok_or_else(|| Say::NotNumbers {
            word: word.to_string(),
            count,
        })?;
        match n.checked_sub(1).filter(|i| *i < count) {
            Some(i) => out.push(i),
            None => return Err(Say::NotOneOf { n, count }),
        }
    }
    Ok(out)
}

/// Options picked by number, separated by spaces or commas; returned as ids in the order of
/// the options, each once. More than `max` is refused.
pub fn choices(line: &str, options: &[Opt], max: Option<u32>) -> Result<Vec<String>, Say> {
    let picked = picks(line, options.len())?;
    let ids: Vec<String> = options
        .iter()
        .enumerate()
        .filter(|(i, _)| picked.contains(i))
        .map(|(_, o)| o.id.clone())
        .collect();
    if let Some(max) = max
        && ids.len() > max as usize
    {
        return Err(Say::TooMany {
            max,
            chosen: ids.len(),
        });
    }
    Ok(ids)
}

/// A ranking: options by number in the order typed, the first highest; each at most once.
pub fn ranking(line: &str, options: &[Opt]) -> Result<Vec<String>, Say> {
    let picked = picks(line, options.len())?;
    if let Some((i, _)) = picked
        .iter()
        .enumerate()
        .find(|(i, p)| picked[..*i].contains(p))
    {
        return Err(Say::RankedTwice(picked[i] + 1));
    }
    Ok(picked
        .iter()
        .filter_map(|&i| options.get(i))
        .map(|o| o.id.clone())
        .collect())
}

/// A whole number within the scale.
pub fn number(line: &str, scale: &NumericScale) -> Result<i64, Say> {
    let word = line.trim();
    let n: i64 = word.parse().map_err(|_| Say::NotANumber {
        word: word.to_string(),
        min: scale.min,
        max: scale.max,
    })?;
    if n < scale.min || n > scale.max {
        return Err(Say::OutOfRange {
            n,
            min: scale.min,
            max: scale.max,
        });
    }
    Ok(n)
}

/// Two numbers separated by spaces or a comma, each within its scale.
pub fn pair(line: &str, x: &NumericScale, y: &NumericScale) -> Result<(i64, i64), Say> {
    let words: Vec<&str> = line
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    match words.as_slice() {
        [a, b] => Ok((number(a, x)?, number(b, y)?)),
        _ => Err(Say::TwoNumbers {
            x: (x.min, x.max),
            y: (y.min, y.max),
        }),
    }
}

fn whole(word: &str) -> Option<usize> {
    word.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An error as the person typing reads it.
    fn why<T: std::fmt::Debug>(r: Result<T, Say>) -> String {
        crate::words::plain::say(&r.unwrap_err()).join("\n")
    }

    fn opts(labels: &[&str]) -> Vec<Opt> {
        labels
            .iter()
            .map(|l| Opt {
                id: l.to_lowercase(),
                label: (*l).to_string().into(),
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
        assert!(why(choice("0", &o)).contains("from 1 to 3"));
        assert!(why(choice("4", &o)).contains("not one of the choices"));
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
        assert!(why(choices("1 2 3", &o, Some(2))).contains("at most 2"));
        assert!(why(choices("1 9", &o, None)).contains("9 is not"));
        assert!(why(choices("one", &o, None)).contains("not a number"));
    }

    #[test]
    fn a_ranking_is_numbers_in_the_order_typed_each_once() {
        let o = opts(&["A", "B", "C"]);
        assert_eq!(ranking("3, 1", &o), Ok(vec!["c".into(), "a".into()]));
        assert_eq!(ranking("", &o), Ok(vec![]));
        assert!(why(ranking("2 3 2", &o)).contains("2 is in your order twice"));
        assert!(why(ranking("1 4", &o)).contains("4 is not"));
        assert!(why(ranking("first", &o)).contains("not a number"));
    }

    #[test]
    fn numbers_stay_in_their_range() {
        let s = scale(1, 5);
        assert_eq!(number("5", &s), Ok(5));
        assert!(why(number("6", &s)).contains("from 1 to 5"));
        assert!(number("x", &s).is_err());
        assert_eq!(number("-2", &scale(-3, 3)), Ok(-2));
    }

    #[test]
    fn a_pair_is_two_numbers() {
        assert_eq!(pair("4 2", &scale(1, 5), &scale(1, 4)), Ok((4, 2)));
        assert_eq!(pair("4,2", &scale(1, 5), &scale(1, 4)), Ok((4, 2)));
        assert!(pair("4", &scale(1, 5), &scale(1, 4)).is_err());
        assert!(why(pair("4 5", &scale(1, 5), &scale(1, 4))).contains("from 1 to 4"));
    }
}
