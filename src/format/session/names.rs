//! What the session pack calls each participant: a short name, as a room's notes would —
//! the first name where no one else in the cohort has it (`Zoë`), else the initials where
//! they are the cohort's only ones (`SB`, `P12`: a number is kept whole), else the whole
//! name. The cohort at a glance gives each whole name with its short one, as a key. A name
//! of one word is its own short name.
//!
//! Pure.

use std::collections::HashMap;

use crate::workbook::cohort::Cohort;

use super::super::answer::participant_name;

/// Each workbook's short name, in cohort order.
pub fn short_names(cohort: &Cohort) -> Vec<String> {
    let full: Vec<String> = cohort
        .workbooks
        .iter()
        .map(|l| participant_name(&l.workbook, &l.path))
        .collect();
    shorten(&full)
}

/// The short names of `full` (see the module's text), in the same order.
fn shorten(full: &[String]) -> Vec<String> {
    let words: Vec<Vec<&str>> = full
        .iter()
        .map(|n| n.split_whitespace().collect())
        .collect();
    let first: Vec<Option<String>> = words
        .iter()
        .map(|w| (w.len() > 1).then(|| w[0].to_string()))
        .collect();
    let initials: Vec<Option<String>> = words
        .iter()
        .map(|w| (w.len() > 1).then(|| w.iter().map(|w| initial(w)).collect()))
        .collect();
    let unique = |names: &[Option<String>]| {
        let mut seen: HashMap<String, usize> = HashMap::new();
        for n in names.iter().flatten() {
            *seen.entry(n.to_lowercase()).or_default() += 1;
        }
        // Nor may a short name be someone else's whole name.
        for n in full {
            *seen.entry(n.to_lowercase()).or_default() += 1;
        }
        seen
    };
    let (firsts, inits) = (unique(&first), unique(&initials));
    full.iter()
        .enumerate()
        .map(|(i, name)| {
            let once = |n: &Option<String>, seen: &HashMap<String, usize>| {
                n.clone()
                    .filter(|n| seen.get(&n.to_lowercase()).copied() == Some(1))
            };
            once(&first[i], &firsts)
                .or_else(|| once(&initials[i], &inits))
                .unwrap_or_else(|| name.clone())
        })
        .collect()
}

/// A word's initial: a number whole, else its first letter in capitals.
fn initial(word: &str) -> String {
    if word.chars().all(|c| c.is_ascii_digit()) {
        return word.to_string();
    }
    word.chars()
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn short(names: &[&str]) -> Vec<String> {
        shorten(&names.iter().map(|n| n.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn first_names_where_unique_else_initials_else_the_whole_name() {
        assert_eq!(
            short(&["Zoë Brown", "Sam Brown", "Sam Kent", "Raj", "Sam Bell"]),
            ["Zoë", "Sam Brown", "SK", "Raj", "Sam Bell"]
        );
        assert_eq!(short(&["Participant 0", "Participant 12"]), ["P0", "P12"]);
        // A first name that is someone's whole name is not short for anyone else.
        assert_eq!(short(&["Raj Singh", "Raj"]), ["RS", "Raj"]);
        assert_eq!(short(&["élodie martin", "Ann Lee"]), ["élodie", "Ann"]);
    }
}
