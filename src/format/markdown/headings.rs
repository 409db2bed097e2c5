//! The headings of one workbook file, kept so that none is written twice: a repeated heading
//! gets the same anchor as the first (links in GitHub, Obsidian and pandoc all go to the
//! first) and Markdown linters report it. The pack may repeat a title (an exercise and a
//! map section both called "Power and stake"), and the answers from before a session repeat
//! every exercise's title.
//!
//! Pure. Never changes a heading the first time it is written.

use std::collections::HashSet;

/// The headings written so far (compared without regard to case, as anchors are).
#[derive(Debug, Default)]
pub(super) struct Headings {
    seen: HashSet<String>,
}

impl Headings {
    /// `text` the first time it is written; a repeat gets the qualifier in brackets,
    /// `text (qualifier)`, then `text (qualifier 2)` and so on.
    pub fn unique(&mut self, text: String, qualifier: &str) -> String {
        if self.seen.insert(text.to_lowercase()) {
            return text;
        }
        let mut n = 1;
        loop {
            let candidate = if n == 1 {
                format!("{text} ({qualifier})")
            } else {
                format!("{text} ({qualifier} {n})")
            };
            if self.seen.insert(candidate.to_lowercase()) {
                return candidate;
            }
            n += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repeat_is_qualified_and_the_first_is_kept() {
        let mut h = Headings::default();
        assert_eq!(h.unique("Power".into(), "on the map"), "Power");
        assert_eq!(h.unique("power".into(), "on the map"), "power (on the map)");
        assert_eq!(
            h.unique("Power".into(), "on the map"),
            "Power (on the map 2)"
        );
        assert_eq!(
            h.unique("Power (on the map 3)".into(), "x"),
            "Power (on the map 3)"
        );
        assert_eq!(
            h.unique("Power".into(), "on the map"),
            "Power (on the map 4)"
        );
        assert_eq!(h.unique("Value".into(), "on the map"), "Value");
    }
}
