//! Unit tests of rankings in the editing core: the order is kept as given, each option once;
//! what is not offered is refused unless already ranked; ranked ids no longer offered are
//! kept at the end; a multiple choice's edit does not take a ranking; `derive::ranking_rows`.

use super::tests::{pack, prompt};
use super::*;
use crate::workbook::{Fields, Item};

fn ids(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| (*s).to_string()).collect()
}

#[test]
fn a_ranking_keeps_the_order_given_and_refuses_what_does_not_fit() {
    let pack = pack();
    let order = prompt(&pack, "picks.order");
    let mut wb = Workbook::default();
    assert_eq!(
        set_ranking(&mut wb, order, &ids(&["trust", "speed"])),
        Ok(())
    );
    assert_eq!(
        wb.answers.get("picks.order"),
        Some(&Answer::Choices(ids(&["trust", "speed"])))
    );
    let before = wb.clone();
    let twice = set_ranking(&mut wb, order, &ids(&["trust", "trust"]));
    assert_eq!(twice, Err(EditError::DoesNotFit));
    let unknown = set_ranking(&mut wb, order, &ids(&["price"]));
    assert_eq!(unknown, Err(EditError::DoesNotFit));
    assert_eq!(wb, before, "a refused ranking leaves the answer as it was");
    let as_choices = set_choices(&mut wb, order, &ids(&["cost"]));
    assert_eq!(as_choices, Err(EditError::WrongKind));
    let ways = prompt(&pack, "picks.ways");
    assert_eq!(
        set_ranking(&mut wb, ways, &ids(&["email"])),
        Err(EditError::WrongKind)
    );
    assert_eq!(set_ranking(&mut wb, order, &[]), Ok(()));
    assert!(
        !wb.answers.contains_key("picks.order"),
        "no order clears it"
    );
}

#[test]
fn ranked_names_no_longer_offered_are_kept_at_the_end() {
    let pack = pack();
    let rank = prompt(&pack, "picks.rank");
    let item = |n: &str| Item {
        text: n.into(),
        fields: Fields::new(),
    };
    let mut wb = Workbook::default();
    wb.answers.insert(
        "words.people".into(),
        Answer::List(vec![item("Ana"), item("Bo")]),
    );
    wb.answers
        .insert("picks.rank".into(), Answer::Choices(ids(&["Gone", "Ana"])));
    // The order shown (Ana) given again leaves the ranking as it is.
    assert_eq!(set_ranking(&mut wb, rank, &ids(&["Ana"])), Ok(()));
    assert_eq!(
        wb.answers.get("picks.rank"),
        Some(&Answer::Choices(ids(&["Gone", "Ana"])))
    );
    assert_eq!(set_ranking(&mut wb, rank, &ids(&["Bo", "Ana"])), Ok(()));
    assert_eq!(
        wb.answers.get("picks.rank"),
        Some(&Answer::Choices(ids(&["Bo", "Ana", "Gone"])))
    );
    // Still ranked, it may be placed again; it is shown with its place only while offered.
    assert_eq!(set_ranking(&mut wb, rank, &ids(&["Gone", "Bo"])), Ok(()));
    assert_eq!(
        wb.answers.get("picks.rank"),
        Some(&Answer::Choices(ids(&["Gone", "Bo"])))
    );
    let crate::content::PromptKind::Ranking { options } = &rank.kind else {
        panic!("a ranking");
    };
    let rows: Vec<(String, Option<usize>)> =
        derive::ranking_rows(&wb, options, &ids(&["Gone", "Bo"]))
            .into_iter()
            .map(|(o, place)| (o.id, place))
            .collect();
    assert_eq!(
        rows,
        [("Bo".to_string(), Some(1)), ("Ana".to_string(), None)]
    );
}
