//! Property test (issue 19, point 1): renaming a list item never loses a reference to it.
//! Every place that names an item of a list (grid and quadrant rows, choices offering the
//! list, choice fields inside other lists' items and grid cells) points at the same item
//! after a rename through `workbook::edit` (the one editing core both front ends use) as
//! before, and the landscape picture keeps its nodes and edges.
//!
//! The places are found by walking the built-in pack, not by naming its prompts, so a
//! prompt added later is covered too. `PROPTEST_CASES` raises the number of cases.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod markdown_support;

use std::collections::BTreeMap;

use convene::content::{Field, FieldKind, Options, Pack, Prompt, Shape, load_builtin};
use convene::map::{PictureBody, map_of};
use convene::workbook::{Answer, Fields, Item, Row, Value, Workbook, edit};
use proptest::prelude::*;

fn pack() -> Pack {
    load_builtin().expect("built-in pack")
}

const NAMES: [&str; 8] = [
    "Crisis line",
    "Council AMHPs",
    "Police",
    "GPs",
    "Care homes",
    "Peer support",
    "A&E",
    "Carers",
];

/// The lists whose items other answers refer to.
fn referred_lists(pack: &Pack) -> Vec<String> {
    let mut lists: Vec<String> = Vec::new();
    for prompt in pack.prompts() {
        let mut add = |l: &String| {
            if !lists.contains(l) {
                lists.push(l.clone());
            }
        };
        prompt.kind.rows_list().into_iter().for_each(&mut add);
        for options in prompt_options(prompt) {
            if let Options::FromLists(ls) = options {
                ls.iter().for_each(&mut add);
            }
        }
    }
    lists
}

/// Every option set of a prompt: its own and its fields' and columns'.
fn prompt_options(prompt: &Prompt) -> Vec<&Options> {
    let fields = prompt.kind.fields().iter().chain(prompt.kind.columns());
    prompt
        .kind
        .options()
        .into_iter()
        .chain(fields.filter_map(field_options))
        .collect()
}

fn field_options(field: &Field) -> Option<&Options> {
    match &field.kind {
        FieldKind::Choice(o) | FieldKind::MultiChoice(o) => Some(o),
        _ => None,
    }
}

/// Hands out picks from a fixed stream of numbers.
struct Picks(Vec<u16>, usize);

impl Picks {
    fn next(&mut self, n: usize) -> usize {
        let v = self
            .0
            .get(self.1 % self.0.len().max(1))
            .copied()
            .unwrap_or(0);
        self.1 += 1;
        usize::from(v) % n.max(1)
    }

    /// An item name of one of `lists` (sometimes one no item has).
    fn name(&mut self, wb: &Workbook, lists: &[String]) -> String {
        let names: Vec<String> = lists
            .iter()
            .flat_map(|l| wb.list_items(l).iter().map(|i| i.text.clone()))
            .collect();
        let k = self.next(names.len() + 1);
        names.get(k).cloned().unwrap_or_else(|| "Gone".into())
    }

    fn value(&mut self, wb: &Workbook, options: &Options, many: bool) -> Option<Value> {
        let Options::FromLists(lists) = options else {
            return None;
        };
        if many {
            let n = self.next(3);
            let mut picks: Vec<String> = (0..n).map(|_| self.name(wb, lists)).collect();
            picks.dedup();
            Some(Value::Choices(picks))
        } else {
            Some(Value::Choice(self.name(wb, lists)))
        }
    }

    fn fields(&mut self, wb: &Workbook, fields: &[Field]) -> Fields {
        let mut out = Fields::new();
        for f in fields {
            let many = matches!(f.kind, FieldKind::MultiChoice(_));
            if let Some(v) = field_options(f).and_then(|o| self.value(wb, o, many)) {
                out.insert(f.id.clone(), v);
            }
        }
        out
    }
}

/// A workbook whose referred lists hold a few distinct names, and whose every reference
/// slot names one of them (or an item no longer there).
fn workbook(pack: &Pack, sizes: &[u16], picks: Vec<u16>) -> Workbook {
    let mut wb = Workbook::default();
    let mut picks = Picks(picks, 0);
    for (n, list) in referred_lists(pack).iter().enumerate() {
        let size = usize::from(sizes.get(n).copied().unwrap_or(3)) % 5 + 1;
        let items = (0..size)
            .map(|i| Item {
                text: format!("{} {n}", NAMES[(i + n) % NAMES.len()]),
                fields: Fields::new(),
            })
            .collect();
        wb.answers.insert(list.clone(), Answer::List(items));
    }
    for prompt in pack.prompts() {
        let id = &prompt.qualified_id;
        if let Some(list) = prompt.kind.rows_list() {
            let rows = wb
                .list_items(list)
                .iter()
                .map(|i| Row {
                    key: i.text.clone(),
                    cells: picks.fields(&wb, prompt.kind.columns()),
                    skipped: false,
                })
                .collect();
            wb.answers.insert(id.clone(), Answer::Grid(rows));
        } else if let Some(options) = prompt.kind.options() {
            let many = prompt.kind.shape() == Shape::Choices;
            match picks.value(&wb, options, many) {
                Some(Value::Choice(c)) => wb.answers.insert(id.clone(), Answer::Choice(c)),
                Some(Value::Choices(c)) => wb.answers.insert(id.clone(), Answer::Choices(c)),
                _ => None,
            };
        } else if !prompt.kind.fields().is_empty() && !wb.list_items(id).is_empty() {
            let mut items = wb.list_items(id).to_vec();
            for item in &mut items {
                item.fields = picks.fields(&wb, prompt.kind.fields());
            }
            wb.answers.insert(id.clone(), Answer::List(items));
        } else if !prompt.kind.fields().is_empty() {
            let items = (0..picks.next(4))
                .map(|k| Item {
                    text: format!("item {k}"),
                    fields: picks.fields(&wb, prompt.kind.fields()),
                })
                .collect();
            wb.answers.insert(id.clone(), Answer::List(items));
        }
    }
    wb
}

/// Where each reference points: slot → (list, index of the item named), `None` when no
/// item has the name.
fn resolved(pack: &Pack, wb: &Workbook) -> BTreeMap<String, Option<(String, usize)>> {
    let find = |lists: &[String], name: &str| {
        lists.iter().find_map(|l| {
            let at = wb
                .list_items(l)
                .iter()
                .position(|i| i.text.trim() == name.trim());
            at.map(|at| (l.clone(), at))
        })
    };
    let mut out = BTreeMap::new();
    let mut values = |slot: String, fields: &[Field], vals: &Fields| {
        for f in fields {
            let Some(Options::FromLists(lists)) = field_options(f) else {
                continue;
            };
            let names = match vals.get(&f.id) {
                Some(Value::Choice(c)) => vec![c.clone()],
                Some(Value::Choices(cs)) => cs.clone(),
                _ => Vec::new(),
            };
            for (k, name) in names.iter().enumerate() {
                out.insert(format!("{slot}/{}/{k}", f.id), find(lists, name));
            }
        }
    };
    for prompt in pack.prompts() {
        let id = &prompt.qualified_id;
        match wb.answers.get(id) {
            Some(Answer::Grid(rows)) => {
                for (r, row) in rows.iter().enumerate() {
                    values(format!("{id}/row{r}"), prompt.kind.columns(), &row.cells);
                }
            }
            Some(Answer::List(items)) => {
                for (r, item) in items.iter().enumerate() {
                    values(format!("{id}/item{r}"), prompt.kind.fields(), &item.fields);
                }
            }
            _ => {}
        }
    }
    for prompt in pack.prompts() {
        let id = &prompt.qualified_id;
        if let (Some(list), Some(Answer::Grid(rows))) =
            (prompt.kind.rows_list(), wb.answers.get(id))
        {
            for (r, row) in rows.iter().enumerate() {
                out.insert(
                    format!("{id}/key{r}"),
                    find(std::slice::from_ref(list), &row.key),
                );
            }
        }
        let Some(Options::FromLists(lists)) = prompt.kind.options() else {
            continue;
        };
        let names = match wb.answers.get(id) {
            Some(Answer::Choice(c)) => vec![c.clone()],
            Some(Answer::Choices(cs)) => cs.clone(),
            _ => Vec::new(),
        };
        for (k, name) in names.iter().enumerate() {
            out.insert(format!("{id}/pick{k}"), find(lists, name));
        }
    }
    out
}

/// The number of nodes and edges of each network picture.
fn network_shape(pack: &Pack, wb: &Workbook) -> Vec<(usize, usize)> {
    map_of(pack, wb)
        .pictures
        .iter()
        .filter_map(|p| match &p.body {
            PictureBody::Network(n) => Some((n.nodes.len(), n.edges.len())),
            _ => None,
        })
        .collect()
}

proptest! {
    #![proptest_config(markdown_support::config(64))]

    #[test]
    fn a_rename_never_loses_a_reference(
        sizes in prop::collection::vec(any::<u16>(), 4),
        picks in prop::collection::vec(any::<u16>(), 1..200),
        which in any::<u16>(),
        at in any::<u16>(),
        new in prop::sample::select(vec!["Renamed", " Council mental health team ", "X"]),
    ) {
        let pack = pack();
        let mut wb = workbook(&pack, &sizes, picks);
        let lists = referred_lists(&pack);
        let list = &lists[usize::from(which) % lists.len()];
        let prompt = pack.prompt(list).expect("list prompt").clone();
        let index = usize::from(at) % wb.list_items(list).len();
        let before = resolved(&pack, &wb);
        let shape = network_shape(&pack, &wb);
        let moved = edit::rename_item(&mut wb, &pack, &prompt, index, new);
        prop_assert_eq!(moved, Ok(true));
        prop_assert_eq!(&wb.list_items(list)[index].text, new.trim());
        prop_assert_eq!(resolved(&pack, &wb), before);
        prop_assert_eq!(network_shape(&pack, &wb), shape);
    }
}

/// The case the issue names: a boundary's other side and an unrealised link's end follow a
/// renamed practice, and the landscape keeps its boundary.
#[test]
fn a_boundary_follows_its_renamed_practice() {
    let pack = pack();
    let mut wb = Workbook::default();
    let item = |text: &str, fields: &[(&str, &str)]| Item {
        text: text.into(),
        fields: fields
            .iter()
            .map(|(k, v)| ((*k).to_string(), Value::Choice((*v).to_string())))
            .collect(),
    };
    wb.answers.insert(
        "populate-landscape.practices".into(),
        Answer::List(vec![item("Crisis line", &[]), item("Council AMHPs", &[])]),
    );
    wb.answers.insert(
        "boundary-inventory.boundaries".into(),
        Answer::List(vec![item(
            "Referral",
            &[("side-a", "Crisis line"), ("side-b", "Council AMHPs")],
        )]),
    );
    wb.answers.insert(
        "unrealised-potential.links".into(),
        Answer::List(vec![item(
            "Shared rota",
            &[("from", "Council AMHPs"), ("to", "Crisis line")],
        )]),
    );
    let shape = network_shape(&pack, &wb);
    assert!(shape.iter().any(|&(_, edges)| edges == 2), "{shape:?}");
    let practices = pack.prompt("populate-landscape.practices").unwrap().clone();
    assert_eq!(
        edit::rename_item(&mut wb, &pack, &practices, 1, "AMHP service"),
        Ok(true)
    );
    let field = |list: &str, f: &str| match wb.answers.get(list) {
        Some(Answer::List(items)) => items[0].fields.get(f).cloned(),
        _ => None,
    };
    assert_eq!(
        field("boundary-inventory.boundaries", "side-b"),
        Some(Value::Choice("AMHP service".into()))
    );
    assert_eq!(
        field("unrealised-potential.links", "from"),
        Some(Value::Choice("AMHP service".into()))
    );
    assert_eq!(network_shape(&pack, &wb), shape);
}
