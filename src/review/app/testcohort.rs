//! A small cohort over the test pack for the review's tests: three participants (one
//! far along with earlier answers and an orphan, one just started, one not started and
//! written for another pack version), one unreadable file, and a note.
//!
//! Test support only; fixed timestamps so snapshots do not move.

use std::path::PathBuf;

use crate::app::testpack::pack;
use crate::content::Moment;
use crate::workbook::cohort::{Cohort, Loaded};
use crate::workbook::notes::CoachNotes;
use crate::workbook::{Answer, Item, Meta, Row, Value, Workbook};

fn workbook(participant: &str, initiative: &str, updated: &str, moment: Moment) -> Workbook {
    Workbook {
        meta: Meta {
            initiative: initiative.into(),
            participant: participant.into(),
            pack: "test".into(),
            pack_version: "1.0".into(),
            created: "2026-11-01T09:00:00Z".into(),
            updated: updated.into(),
            moment,
            id: String::new(),
            path: String::new(),
            tags: Vec::new(),
            place: String::new(),
        },
        ..Workbook::default()
    }
}

fn item(text: &str) -> Item {
    Item {
        text: text.into(),
        fields: Default::default(),
    }
}

fn text(s: &str) -> Answer {
    Answer::Text(s.into())
}

pub fn cohort() -> Cohort {
    let mut ada = workbook(
        "Ada",
        "Falls prevention",
        "2026-11-20T10:30:00Z",
        Moment::After,
    );
    let a = &mut ada.answers;
    a.insert("map.name".into(), text("Safer steps"));
    a.insert(
        "map.story".into(),
        text("It began with two wards \u{1b}[31mand a GP.\nThen the council joined."),
    );
    a.insert(
        "map.people".into(),
        Answer::List(vec![item("Ward sister"), item("GP"), item("Council")]),
    );
    a.insert("map.stance".into(), Answer::Choice("edge".into()));
    a.insert("map.energy".into(), Answer::Number(4));
    a.insert("map.trust".into(), Answer::Choice("some".into()));
    a.insert(
        "influence.grid".into(),
        Answer::Grid(vec![Row {
            key: "GP".into(),
            cells: [("sway".to_string(), Value::Number(3))].into(),
        }]),
    );
    a.insert(
        "old.question".into(),
        text("An answer to a prompt since removed"),
    );
    ada.latest_answers_mut()
        .insert("map.name".into(), text("Steps"));
    let mut ben = workbook("Ben", "Frailty hub", "2026-11-22T16:05:00Z", Moment::Before);
    ben.answers.insert("map.name".into(), text("The hub"));
    ben.answers.insert(
        "map.people".into(),
        Answer::List(vec![item("GP"), item("Pharmacist")]),
    );
    ben.answers.insert("map.energy".into(), Answer::Number(2));
    let mut cy = workbook("", "Discharge", "2026-11-21T08:00:00Z", Moment::Any);
    cy.meta.pack_version = "0.9".into();
    Cohort {
        workbooks: vec![
            Loaded {
                path: PathBuf::from("/cohort/ada.md"),
                workbook: ada,
            },
            Loaded {
                path: PathBuf::from("/cohort/ben.md"),
                workbook: ben,
            },
            Loaded {
                path: PathBuf::from("/cohort/cy.md"),
                workbook: cy,
            },
        ],
        problems: vec![(
            PathBuf::from("/cohort/notes.md"),
            "not a workbook: line 1: no front matter".into(),
        )],
    }
}

/// The review over the cohort, Ada with a note on her story.
pub fn state() -> super::State {
    let mut ada = CoachNotes::default();
    ada.prompts.insert(
        "map.story".into(),
        vec![crate::workbook::notes::Note::new(
            "",
            "Who else was in the room?",
        )],
    );
    let mut s = super::State::new(
        pack(),
        cohort(),
        vec![
            Ok(ada),
            Ok(CoachNotes::default()),
            Ok(CoachNotes::default()),
        ],
    );
    s.color = false;
    s
}

/// Sends `update` a drawn pane `height` rows tall that scrolls `max` lines, as the loop
/// does after drawing.
pub(crate) fn drawn_pane(s: &mut super::State, height: u16, max: usize) {
    let pane = super::PaneView {
        height,
        base: 0,
        max,
    };
    super::update(
        s,
        super::Msg::Drawn(super::Layout {
            pane: Some(pane),
            ..super::Layout::default()
        }),
    );
}

/// What the status bar says now: the notice, worded as the screen words it.
pub(crate) fn said(s: &super::State) -> Option<String> {
    s.message.as_ref().map(crate::words::review::notice)
}
