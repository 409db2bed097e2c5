//! The README's key table must list every key the help overlay lists, so the documentation
//! cannot drift from the program.

use convene::words::participant::HELP_KEYS;

#[test]
fn every_help_key_is_in_the_readme() {
    let readme = include_str!("../README.md");
    let section = readme
        .split("## Keys")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .unwrap_or_default();
    assert!(!section.is_empty(), "README has no Keys section");
    let mut missing = Vec::new();
    for (keys, what) in HELP_KEYS.iter().filter(|(k, _)| !k.is_empty()) {
        for key in keys.split(['/', ',']).flat_map(|k| k.split(" or ")) {
            let key = key.trim();
            let words: Vec<&str> = key.split_whitespace().collect();
            // "Mouse" and "a digit" are described in words; the rest are key names.
            let found = words
                .iter()
                .all(|w| section.contains(w) || section.to_lowercase().contains(&w.to_lowercase()));
            if !found {
                missing.push(format!("{key} ({what})"));
            }
        }
    }
    assert!(missing.is_empty(), "keys missing from README: {missing:?}");
}
