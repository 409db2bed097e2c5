//! Unit tests of `map_of`: each picture kind (`pictures.rs`) and each read-back summary
//! (`read_back.rs`), on the small pictures pack of tests/packs/valid/pictures (and the
//! built-in pack for named levels and the hottest boundaries). Shared helpers live here.

use std::collections::BTreeMap;

use crate::content::{Pack, load_files};
use crate::workbook::{Answer, Item, Row, Value, Workbook};

use super::model::*;

pub(super) fn pack() -> Pack {
    let files = vec![
        (
            "pack.yaml".to_string(),
            include_bytes!("../../../tests/packs/valid/pictures/pack.yaml").to_vec(),
        ),
        (
            "main.yaml".to_string(),
            include_bytes!("../../../tests/packs/valid/pictures/main.yaml").to_vec(),
        ),
    ];
    match load_files(&files) {
        Ok(pack) => pack,
        Err(p) => panic!("the pictures pack does not load: {p:#?}"),
    }
}

pub(super) fn item(name: &str, fields: &[(&str, Value)]) -> Item {
    Item {
        text: name.to_string(),
        fields: fields
            .iter()
            .map(|(k, v)| ((*k).to_string(), v.clone()))
            .collect(),
    }
}

pub(super) fn row(key: &str, cells: &[(&str, i64)]) -> Row {
    Row {
        key: key.to_string(),
        cells: cells
            .iter()
            .map(|(k, v)| ((*k).to_string(), Value::Number(*v)))
            .collect(),
        skipped: false,
    }
}

pub(super) fn choice(id: &str) -> Value {
    Value::Choice(id.to_string())
}

pub(super) fn wb(answers: Vec<(&str, Answer)>) -> Workbook {
    Workbook {
        answers: answers
            .into_iter()
            .map(|(k, a)| (k.to_string(), a))
            .collect::<BTreeMap<_, _>>(),
        ..Workbook::default()
    }
}

/// Three practices (one unnamed, one named twice), two boundaries and ratings.
pub(super) fn answered() -> Workbook {
    wb(vec![
        (
            "landscape.practices",
            Answer::List(vec![
                item("Clinic", &[("type", choice("an-organisation"))]),
                item("  ", &[("type", choice("a-community"))]),
                item("Carers", &[("type", choice("a-community"))]),
                item("Clinic", &[]),
                item("Council", &[]),
            ]),
        ),
        (
            "edges.boundaries",
            Answer::List(vec![
                item(
                    "Clinic ↔ carers",
                    &[
                        ("side-a", choice("Clinic")),
                        ("side-b", choice("Carers")),
                        ("kind", choice("sector")),
                    ],
                ),
                item(
                    "Gone",
                    &[("side-a", choice("Clinic")), ("side-b", choice("Removed"))],
                ),
                item(
                    "Clinic ↔ council",
                    &[("side-a", choice("Clinic")), ("side-b", choice("Council"))],
                ),
            ]),
        ),
        (
            "edges.heat",
            Answer::Grid(vec![
                row("Clinic ↔ carers", &[("friction", 4), ("learning", 5)]),
                row("Clinic ↔ council", &[("friction", 9), ("learning", 1)]),
            ]),
        ),
        (
            "landscape.power",
            Answer::Grid(vec![
                row("Clinic", &[("power", 5), ("stake", 2)]),
                row("Carers", &[("power", 1)]),
                row("Council", &[("power", 0), ("stake", 5)]),
            ]),
        ),
        (
            "landscape.trust",
            Answer::Grid(vec![
                row("Clinic", &[("trust", 1)]),
                row("Council", &[("trust", 7)]),
            ]),
        ),
    ])
}

pub(super) fn body<'m>(m: &'m Map, id: &str) -> &'m PictureBody {
    match m.pictures.iter().find(|p| p.id == id) {
        Some(p) => &p.body,
        None => panic!("no picture {id}"),
    }
}

pub(super) fn lines(m: &Map, section: usize) -> Vec<String> {
    let Some(rb) = &m.read_back else {
        panic!("no read-back")
    };
    rb.sections[section]
        .items
        .iter()
        .map(|i| match i {
            ReadBackItem::Line(l) => l.clone(),
            ReadBackItem::Answer { question, text } => format!("{question} => {text}"),
            ReadBackItem::Missing(m) => format!("MISSING {m}"),
        })
        .collect()
}

mod pictures;
mod read_back;
mod skipped;
