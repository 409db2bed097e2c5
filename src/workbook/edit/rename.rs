//! Renaming a list item carries every reference to it along: the grid and quadrant rows
//! made from the item, choices that picked it, and choice fields that name it inside other
//! lists' items and grid cells, so the map and the read-back keep seeing the same item.
//!
//! Pure edits of the in-memory workbook. Never merges into or overwrites another item's
//! answers: when the new name is already taken (or another item still has the old one),
//! nothing moves.

use crate::content::{Field, FieldKind, Options, Pack};
use crate::workbook::{Answer, Fields, Value, Workbook};

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
    let names = Names {
        list,
        old: old.trim(),
        new: new.trim(),
    };
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
        }
        match answer {
            Answer::Choice(c) if names.offered_by(prompt.kind.options()) => names.follow_one(c),
            Answer::Choices(cs) if names.offered_by(prompt.kind.options()) => {
                names.follow_many(cs);
            }
            Answer::List(items) => {
                for item in items {
                    names.follow_fields(prompt.kind.fields(), &mut item.fields);
                }
            }
            Answer::Grid(rows) => {
                for row in rows {
                    names.follow_fields(prompt.kind.columns(), &mut row.cells);
                }
            }
            _ => {}
        }
    }
    moved_all
}

/// A rename of one item of `list` from `old` to `new` (both trimmed).
struct Names<'a> {
    list: &'a str,
    old: &'a str,
    new: &'a str,
}

impl Names<'_> {
    /// True when the options come from (among others) the renamed item's list.
    fn offered_by(&self, options: Option<&Options>) -> bool {
        matches!(options, Some(Options::FromLists(ls)) if ls.iter().any(|l| l == self.list))
    }

    /// A single pick of the old name becomes the new one.
    fn follow_one(&self, picked: &mut String) {
        if picked.trim() == self.old {
            *picked = self.new.to_string();
        }
    }

    /// Picks of the old name become the new one; a pick of the new name already there (an
    /// item removed earlier had it) is the same item now and is kept once.
    fn follow_many(&self, picked: &mut Vec<String>) {
        if !picked.iter().any(|c| c.trim() == self.old) {
            return;
        }
        let mut seen_new = false;
        picked.retain_mut(|c| {
            if c.trim() == self.old || c.trim() == self.new {
                *c = self.new.to_string();
                !std::mem::replace(&mut seen_new, true)
            } else {
                true
            }
        });
    }

    /// Choice fields (an item's details, a row's cells) offering the list follow the rename.
    fn follow_fields(&self, fields: &[Field], values: &mut Fields) {
        for field in fields {
            let options = match &field.kind {
                FieldKind::Choice(o) | FieldKind::MultiChoice(o) => o,
                _ => continue,
            };
            if !self.offered_by(Some(options)) {
                continue;
            }
            match values.get_mut(&field.id) {
                Some(Value::Choice(c)) => self.follow_one(c),
                Some(Value::Choices(cs)) => self.follow_many(cs),
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::follow_rename as rename_item;
    use crate::content::Pack;
    use crate::store::blank_workbook;
    use crate::store::pack::load_dir;
    use crate::workbook::{Answer, Fields, Item, Row, Workbook};

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
                fields: Fields::new(),
            })
            .collect();
        wb.answers
            .insert("populate.practices".into(), Answer::List(items));
        let rows = rows
            .iter()
            .map(|k| Row {
                key: (*k).to_string(),
                cells: Fields::new(),
                skipped: false,
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

    #[test]
    fn a_multiple_choice_keeps_the_renamed_item_once() {
        let pack = crate::content::load_builtin().expect("built-in pack");
        let practices = "populate-landscape.practices";
        let mut wb = blank_workbook(&pack, "X", "");
        let named = |v: &[&str]| v.iter().map(|s| (*s).to_string()).collect::<Vec<_>>();
        let items = named(&["A", "B"]).into_iter().map(|text| Item {
            text,
            fields: Fields::new(),
        });
        wb.answers
            .insert(practices.into(), Answer::List(items.collect()));
        // "A2" was picked for an item removed earlier; it and "A" are one item now.
        let many = "power-move.practices";
        assert!(pack.prompt(many).is_some(), "the built-in pack changed");
        wb.answers
            .insert(many.into(), Answer::Choices(named(&["A", "B", "A2"])));
        if let Some(Answer::List(items)) = wb.answers.get_mut(practices) {
            items[0].text = "A2".into();
        }
        assert!(rename_item(&mut wb, &pack, practices, "A", "A2"));
        assert_eq!(
            wb.answers.get(many),
            Some(&Answer::Choices(named(&["A2", "B"])))
        );
    }
}
