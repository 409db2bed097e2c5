//! Unit tests of the editing core: prompt-level answers, cells, prefill, clearing and the
//! wrong-shape policy, against the editing test pack (tests/packs/valid/edit).

use std::path::Path;

use super::*;
use crate::content::{Pack, Prompt};
use crate::workbook::{Fields, Item, Row};

pub(super) fn pack() -> Pack {
    match crate::store::pack::load_dir(Path::new("tests/packs/valid/edit")) {
        Ok(pack) => pack,
        Err(problems) => panic!("{problems:?}"),
    }
}

pub(super) fn prompt<'p>(pack: &'p Pack, id: &str) -> &'p Prompt {
    match pack.prompt(id) {
        Some(p) => p,
        None => panic!("no prompt {id}"),
    }
}

pub(super) fn people(names: &[&str]) -> Answer {
    Answer::List(
        names
            .iter()
            .map(|n| Item {
                text: (*n).to_string(),
                fields: Fields::new(),
            })
            .collect(),
    )
}

/// One edit of a prompt, as the wrong-shape test tries them all.
type Edit = Box<dyn Fn(&mut Workbook, &Prompt) -> Result<(), EditError>>;

fn with(id: &str, answer: Answer) -> Workbook {
    let mut wb = Workbook::default();
    wb.answers.insert(id.into(), answer);
    wb
}

#[test]
fn text_is_set_and_empty_text_removes_it() {
    let pack = pack();
    let name = prompt(&pack, "words.name");
    let mut wb = Workbook::default();
    assert_eq!(set_text(&mut wb, name, "Falls"), Ok(()));
    assert_eq!(
        wb.answers.get("words.name"),
        Some(&Answer::Text("Falls".into()))
    );
    assert_eq!(set_text(&mut wb, name, ""), Ok(()));
    assert!(wb.answers.is_empty());
    let stance = prompt(&pack, "picks.stance");
    assert_eq!(set_text(&mut wb, stance, "x"), Err(EditError::WrongKind));
}

#[test]
fn every_edit_refuses_an_answer_of_another_shape_and_clear_hands_it_back() {
    let pack = pack();
    let old = Answer::Text("Written for an older pack".into());
    let cases: Vec<(&str, Edit)> = vec![
        (
            "words.people",
            Box::new(|wb, p| add_item(wb, p, 0, Item::default()).map(drop)),
        ),
        (
            "words.people",
            Box::new(|wb, p| set_item_name(wb, p, 0, "A")),
        ),
        (
            "words.people",
            Box::new(|wb, p| set_item_field(wb, p, 0, "role", Some(Value::Text("r".into())))),
        ),
        (
            "words.team",
            Box::new(|wb, p| seed(wb, &self::pack(), p).map(drop)),
        ),
        (
            "picks.stance",
            Box::new(|wb, p| set_choice(wb, p, Some("inside"))),
        ),
        (
            "picks.ways",
            Box::new(|wb, p| set_choices(wb, p, &["email".into()])),
        ),
        (
            "picks.energy",
            Box::new(|wb, p| set_scale(wb, p, Some(Value::Number(2)))),
        ),
        (
            "picks.order",
            Box::new(|wb, p| set_ranking(wb, p, &["cost".into()])),
        ),
        (
            "tables.cycles",
            Box::new(|wb, p| {
                set_cell(
                    wb,
                    &self::pack(),
                    p,
                    "immediate",
                    "rating",
                    Some(Value::Choice("low".into())),
                )
            }),
        ),
    ];
    for (id, edit) in cases {
        let p = prompt(&pack, id);
        let mut wb = with(id, old.clone());
        let before = wb.clone();
        assert!(wrong_shape(&wb, p).is_some(), "{id}");
        assert!(
            matches!(edit(&mut wb, p), Err(EditError::WrongShape { .. })),
            "{id}"
        );
        assert_eq!(wb, before, "{id}: the old answer is kept");
        let removal = clear(&mut wb, p);
        assert_eq!(
            removal.as_ref().map(|r| &r.removed),
            Some(&Removed::Answer(old.clone()))
        );
        assert!(wb.answers.is_empty());
        assert_eq!(edit(&mut wb, p), Ok(()), "{id}: answerable once cleared");
        // Undo does not put the old answer back over a new one.
        if let Some(removal) = removal
            && wb.answer(id).is_some()
        {
            assert_eq!(
                restore(&mut wb, p, removal),
                Err(EditError::Occupied),
                "{id}"
            );
        }
    }
    // A text prompt holding a list from an earlier pack: refused too, and put back by undo.
    let name = prompt(&pack, "words.name");
    let mut wb = with("words.name", people(&["A"]));
    assert!(matches!(
        set_text(&mut wb, name, "x"),
        Err(EditError::WrongShape {
            stored: Shape::List,
            wanted: Shape::Text
        })
    ));
    let removal = clear(&mut wb, name);
    assert_eq!(wb.answers.get("words.name"), None);
    assert!(matches!(
        removal.as_ref().map(|r| &r.removed),
        Some(Removed::Answer(_))
    ));
    if let Some(removal) = removal {
        assert_eq!(restore(&mut wb, name, removal), Ok(Vec::new()));
    }
    assert_eq!(wb.answers.get("words.name"), Some(&people(&["A"])));
    // An empty answer of another shape holds nothing: it is not in the way.
    let mut wb = with("words.name", Answer::Choices(Vec::new()));
    assert_eq!(wrong_shape(&wb, name), None);
    assert_eq!(set_text(&mut wb, name, "x"), Ok(()));
}

#[test]
fn choices_must_be_offered_and_keep_the_order_of_the_options() {
    let pack = pack();
    let stance = prompt(&pack, "picks.stance");
    let mut wb = Workbook::default();
    assert_eq!(
        set_choice(&mut wb, stance, Some("nowhere")),
        Err(EditError::DoesNotFit)
    );
    assert_eq!(set_choice(&mut wb, stance, Some("outside")), Ok(()));
    assert_eq!(set_choice(&mut wb, stance, None), Ok(()));
    assert!(wb.answers.is_empty());

    let ways = prompt(&pack, "picks.ways");
    let ids = |v: &[&str]| v.iter().map(|s| (*s).to_string()).collect::<Vec<_>>();
    assert_eq!(
        set_choices(&mut wb, ways, &ids(&["meetings", "email"])),
        Ok(())
    );
    assert_eq!(
        wb.answers.get("picks.ways"),
        Some(&Answer::Choices(ids(&["email", "meetings"])))
    );
    assert_eq!(set_choices(&mut wb, ways, &[]), Ok(()));
    assert_eq!(wb.answers.get("picks.ways"), None);

    // Options from a list: an id no longer offered is kept, after the offered ones, and
    // counts towards the maximum.
    let allies = prompt(&pack, "picks.allies");
    let mut wb = with("words.people", people(&["A", "B", "C"]));
    wb.answers
        .insert("picks.allies".into(), Answer::Choices(ids(&["Gone"])));
    assert_eq!(set_choices(&mut wb, allies, &ids(&["B"])), Ok(()));
    assert_eq!(
        wb.answers.get("picks.allies"),
        Some(&Answer::Choices(ids(&["B", "Gone"])))
    );
    assert_eq!(
        set_choices(&mut wb, allies, &ids(&["A", "B"])),
        Err(EditError::TooMany(2))
    );
    assert_eq!(
        set_choices(&mut wb, allies, &ids(&["Z"])),
        Err(EditError::DoesNotFit)
    );
}

#[test]
fn ratings_stay_on_their_scale() {
    let pack = pack();
    let energy = prompt(&pack, "picks.energy");
    let trust = prompt(&pack, "picks.trust");
    let mut wb = Workbook::default();
    assert_eq!(
        set_scale(&mut wb, energy, Some(Value::Number(6))),
        Err(EditError::DoesNotFit)
    );
    assert_eq!(set_scale(&mut wb, energy, Some(Value::Number(5))), Ok(()));
    assert_eq!(wb.answers.get("picks.energy"), Some(&Answer::Number(5)));
    assert_eq!(
        set_scale(&mut wb, trust, Some(Value::Number(1))),
        Err(EditError::DoesNotFit)
    );
    assert_eq!(
        set_scale(&mut wb, trust, Some(Value::Choice("high".into()))),
        Ok(())
    );
    assert_eq!(set_scale(&mut wb, trust, None), Ok(()));
    assert_eq!(wb.answers.get("picks.trust"), None);
}

#[test]
fn a_prefill_is_offered_only_to_an_unanswered_prompt() {
    let pack = pack();
    let story = prompt(&pack, "words.story");
    let mut wb = with("words.name", Answer::Text("Falls".into()));
    assert_eq!(prefill(&wb, story), Some(("words.name", "Falls")));
    assert_eq!(take_prefill(&mut wb, story), Ok(true));
    assert_eq!(
        wb.answers.get("words.story"),
        Some(&Answer::Text("Falls".into()))
    );
    assert_eq!(prefill(&wb, story), None);
    assert_eq!(take_prefill(&mut wb, story), Ok(false));
}

#[test]
fn cells_follow_the_rows_order_and_keep_rows_no_longer_listed() {
    let pack = pack();
    let sway = prompt(&pack, "tables.sway");
    let mut wb = with("words.people", people(&["A", "B"]));
    let gone = Row {
        key: "Gone".into(),
        cells: Fields::from([("sway".to_string(), Value::Number(1))]),
        skipped: false,
    };
    wb.answers
        .insert("tables.sway".into(), Answer::Grid(vec![gone.clone()]));
    assert_eq!(
        set_cell(&mut wb, &pack, sway, "B", "sway", Some(Value::Number(2))),
        Ok(())
    );
    assert_eq!(
        set_cell(
            &mut wb,
            &pack,
            sway,
            "A",
            "note",
            Some(Value::Text("n".into()))
        ),
        Ok(())
    );
    let keys = |wb: &Workbook| match wb.answers.get("tables.sway") {
        Some(Answer::Grid(rows)) => rows.iter().map(|r| r.key.clone()).collect::<Vec<_>>(),
        _ => Vec::new(),
    };
    assert_eq!(keys(&wb), ["A", "B", "Gone"]);
    // No such row, column or value: refused, nothing changes.
    let before = wb.clone();
    assert_eq!(
        set_cell(&mut wb, &pack, sway, "Gone", "sway", Some(Value::Number(1))),
        Err(EditError::NotThere)
    );
    assert_eq!(
        set_cell(&mut wb, &pack, sway, "A", "nope", None),
        Err(EditError::NotThere)
    );
    assert_eq!(
        set_cell(&mut wb, &pack, sway, "A", "sway", Some(Value::Number(4))),
        Err(EditError::DoesNotFit)
    );
    assert_eq!(
        set_cell(
            &mut wb,
            &pack,
            sway,
            "A",
            "note",
            Some(Value::Text("two\nlines".into()))
        ),
        Err(EditError::DoesNotFit)
    );
    assert_eq!(wb, before);
    assert_eq!(set_cell(&mut wb, &pack, sway, "B", "sway", None), Ok(()));

    let map = prompt(&pack, "tables.map");
    assert_eq!(
        set_pair(&mut wb, &pack, map, "A", 4, 6),
        Err(EditError::DoesNotFit)
    );
    assert_eq!(set_pair(&mut wb, &pack, map, "A", 4, 2), Ok(()));
    let row = match wb.answers.get("tables.map") {
        Some(Answer::Grid(rows)) => rows.first().cloned(),
        _ => None,
    };
    assert_eq!(
        row.map(|r| r.cells),
        Some(Fields::from([
            ("power".to_string(), Value::Number(4)),
            ("stake".to_string(), Value::Number(2)),
        ]))
    );
}

#[test]
fn answering_the_line_that_names_the_initiative_renames_the_workbook() {
    let pack = crate::content::load_builtin().expect("built-in pack");
    let prompt = pack
        .initiative_prompt()
        .expect("the built-in pack names it");
    assert_eq!(prompt.qualified_id, "the-initiative.name");
    let mut wb = Workbook::default();
    wb.meta.initiative = "Crisis care".into();
    set_text(&mut wb, prompt, "Crisis  care\talliance").expect("a line");
    assert_eq!(wb.meta.initiative, "Crisis care alliance");
    // An emptied answer leaves the name as it was (a workbook keeps a title).
    set_text(&mut wb, prompt, "").expect("emptied");
    assert_eq!(wb.meta.initiative, "Crisis care alliance");
    assert_eq!(wb.answers.get(&prompt.qualified_id), None);
    // Any other line leaves it alone.
    let other = pack.prompt("the-initiative.role").expect("role");
    set_text(&mut wb, other, "Chair").expect("a line");
    assert_eq!(wb.meta.initiative, "Crisis care alliance");
}
