//! Renaming a list item carries its answers along: the grid and quadrant rows made from the
//! item, and choices that picked it, follow the new name instead of being orphaned.
//!
//! Pure edits of the in-memory workbook. Never merges into or overwrites another item's
//! answers: when the new name is already taken (or another item still has the old one),
//! nothing moves.

use crate::content::{Options, Pack};
use crate::workbook::{Answer, Workbook};

/// Moves answers keyed by `old` to `new` for items of `list`. Returns false when a clash
/// kept anything from moving (the caller then keeps tracking `old`).
pub fn follow_rename(wb: &mut Workbook, pack: &Pack, list: &str, old: &str, new: &str) -> bool {
    if old == new || old.trim().is_empty() || new.trim().is_empty() {
        return true;
    }
    let items = wb.list_items(list);
    if items.iter().any(|i| i.text == old) || items.iter().filter(|i| i.text == new).count() > 1 {
        // Another item still has the old name, or already has the new one: answers stay
        // with the item they belong to.
        return false;
    }
    let mut moved_all = true;
    for prompt in pack.prompts() {
        let Some(answer) = wb.answers.get_mut(&prompt.qualified_id) else {
            continue;
        };
        if prompt.kind.rows_list().is_some_and(|l| l == list)
            && let Answer::Grid(rows) = answer
        {
            if rows.iter().any(|r| r.key == new) {
                moved_all &= !rows.iter().any(|r| r.key == old);
            } else {
                rows.iter_mut()
                    .filter(|r| r.key == old)
                    .for_each(|r| r.key = new.to_string());
            }
        } else if let Some(Options::FromLists(ls)) = prompt.kind.options()
            && ls.iter().any(|l| l == list)
        {
            let (o, n) = (old.trim(), new.trim());
            match answer {
                Answer::Choice(c) if c == o => *c = n.to_string(),
                Answer::Choices(cs) if !cs.iter().any(|c| c == n) => {
                    cs.iter_mut()
                        .filter(|c| *c == o)
                        .for_each(|c| *c = n.to_string());
                }
                _ => {}
            }
        }
    }
    moved_all
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::path::Path;

    use super::follow_rename as rename_item;
    use crate::content::Pack;
    use crate::store::blank_workbook;
    use crate::store::pack::load_dir;
    use crate::workbook::{Answer, Item, Row, Workbook};

    fn pack() -> Pack {
        match load_dir(Path::new("tests/packs/valid/full")) {
            Ok(pack) => pack,
            Err(problems) => panic!("{problems:?}"),
        }
    }

    fn workbook(pack: &Pack, names: &[&str], rows: &[&str]) -> Workbook {
        let mut wb = blank_workbook(pack, "X", "");
        let items = names
            .iter()
            .map(|n| Item {
                text: (*n).to_string(),
                fields: BTreeMap::new(),
            })
            .collect();
        wb.answers
            .insert("populate.practices".into(), Answer::List(items));
        let rows = rows
            .iter()
            .map(|k| Row {
                key: (*k).to_string(),
                cells: BTreeMap::new(),
            })
            .collect();
        wb.answers.insert("stake.map".into(), Answer::Grid(rows));
        wb
    }

    fn keys(wb: &Workbook) -> Vec<String> {
        match wb.answers.get("stake.map") {
            Some(Answer::Grid(rows)) => rows.iter().map(|r| r.key.clone()).collect(),
            _ => Vec::new(),
        }
    }

    #[test]
    fn rows_and_choices_follow_a_renamed_item() {
        let pack = pack();
        let mut wb = workbook(&pack, &["A2", "B"], &["A", "B"]);
        wb.answers
            .insert("people.first".into(), Answer::Choice("A".into()));
        assert!(rename_item(&mut wb, &pack, "populate.practices", "A", "A2"));
        assert_eq!(keys(&wb), ["A2", "B"]);
        assert_eq!(
            wb.answers.get("people.first"),
            Some(&Answer::Choice("A2".into()))
        );
        // Another list's rows are not touched.
        assert!(rename_item(&mut wb, &pack, "people.names", "B", "B2"));
        assert_eq!(keys(&wb), ["A2", "B"]);
    }

    #[test]
    fn a_clash_moves_nothing() {
        let pack = pack();
        // Another item still has the old name: its rows stay.
        let mut wb = workbook(&pack, &["A", "C"], &["A"]);
        assert!(!rename_item(&mut wb, &pack, "populate.practices", "A", "C"));
        assert_eq!(keys(&wb), ["A"]);
        // A row already has the new name (a removed item's): neither is merged.
        let mut wb = workbook(&pack, &["C"], &["A", "C"]);
        assert!(!rename_item(&mut wb, &pack, "populate.practices", "A", "C"));
        assert_eq!(keys(&wb), ["A", "C"]);
    }
}
