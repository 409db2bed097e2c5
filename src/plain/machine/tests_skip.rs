//! Plain mode's `:not-relevant`: a grid's or quadrant's row marked not relevant (as Ctrl-X
//! does on screen), passed when asked, and answered again after all.

use std::path::Path;

use crate::content::Pack;
use crate::store::blank_workbook;
use crate::store::pack::load_dir;
use crate::workbook::{Answer, Item, Workbook};

use super::{Plain, Reply, Sub};

fn pack() -> Pack {
    match load_dir(Path::new("tests/packs/valid/full")) {
        Ok(pack) => pack,
        Err(problems) => panic!("{problems:?}"),
    }
}

fn said(reply: &Reply) -> String {
    crate::words::plain::lines(&reply.lines).join("\n")
}

/// Three practices, and plain mode at the power map (a quadrant, a row per practice).
fn at_power_map(pack: &Pack) -> (Plain<'_>, Workbook) {
    let mut wb = blank_workbook(pack, "X", "");
    let items = ["Nursing", "Pharmacy", "Social care"]
        .iter()
        .map(|n| Item {
            text: (*n).into(),
            ..Item::default()
        })
        .collect();
    wb.answers
        .insert("populate.practices".into(), Answer::List(items));
    let mut plain = Plain::new(pack);
    plain.start(&wb);
    plain.feed(&mut wb, ":go stake.map");
    (plain, wb)
}

fn skipped(wb: &Workbook, prompt: &str) -> Vec<(String, bool)> {
    match wb.answers.get(prompt) {
        Some(Answer::Grid(rows)) => rows.iter().map(|r| (r.key.clone(), r.skipped)).collect(),
        _ => Vec::new(),
    }
}

#[test]
fn not_relevant_marks_the_row_asked_and_goes_on_to_the_next() {
    let pack = pack();
    let (mut plain, mut wb) = at_power_map(&pack);
    assert_eq!(
        plain.here(),
        Some(("stake.map", Sub::Cell { row: 0, col: 0 }))
    );
    let reply = plain.feed(&mut wb, ":not-relevant");
    assert!(reply.save, "the mark is saved");
    let text = said(&reply);
    assert!(text.contains("Nursing: marked not relevant."), "{text}");
    assert!(text.contains("Row 2 of 3: Pharmacy."), "{text}");
    assert_eq!(
        skipped(&wb, "stake.map"),
        vec![("Nursing".to_string(), true)]
    );
    // A marked row alone is an answer (it counts as answered).
    assert!(wb.answers.get("stake.map").is_some_and(|a| !a.is_empty()));
    // Answering the other rows; the marked one stays marked and counts as answered.
    plain.feed(&mut wb, "2 3");
    plain.feed(&mut wb, "4 4");
    assert_eq!(
        skipped(&wb, "stake.map"),
        vec![
            ("Nursing".to_string(), true),
            ("Pharmacy".to_string(), false),
            ("Social care".to_string(), false)
        ]
    );
}

#[test]
fn a_marked_row_says_so_when_asked_takes_no_value_and_the_command_answers_it_again() {
    let pack = pack();
    let (mut plain, mut wb) = at_power_map(&pack);
    plain.feed(&mut wb, ":not-relevant");
    let back = said(&plain.feed(&mut wb, ":back"));
    let again = said(&plain.feed(&mut wb, ":go stake.map"));
    assert!(
        again.contains("This row is marked not relevant: an empty line goes on"),
        "{back}\n{again}"
    );
    // An empty line keeps the mark and passes the row whole.
    let text = said(&plain.feed(&mut wb, ""));
    assert!(text.contains("Row 2 of 3: Pharmacy."), "{text}");
    assert_eq!(skipped(&wb, "stake.map")[0], ("Nursing".to_string(), true));
    // The command again, on the marked row: back to answer, its first cell asked.
    plain.feed(&mut wb, ":go stake.map");
    let text = said(&plain.feed(&mut wb, ":not-relevant"));
    assert!(text.contains("Nursing: back to answer."), "{text}");
    assert!(text.contains("Row 1 of 3: Nursing."), "{text}");
    assert_eq!(skipped(&wb, "stake.map")[0], ("Nursing".to_string(), false));
    // A value typed on a marked row is refused, as on screen: the command unmarks it.
    plain.feed(&mut wb, ":not-relevant");
    plain.feed(&mut wb, ":go stake.map");
    let reply = plain.feed(&mut wb, "3 3");
    assert!(!reply.save);
    assert!(said(&reply).contains(":not-relevant answers it after all"));
    assert_eq!(skipped(&wb, "stake.map")[0], ("Nursing".to_string(), true));
}

#[test]
fn on_a_grid_the_marked_row_is_passed_whole_and_elsewhere_the_command_says_where_it_works() {
    let pack = pack();
    let (mut plain, mut wb) = at_power_map(&pack);
    let text = said(&plain.feed(&mut wb, ":go stake.cycles"));
    assert!(
        text.contains("Row 1 of 2 (Immediate value): Rating"),
        "{text}"
    );
    let text = said(&plain.feed(&mut wb, ":not-relevant"));
    // Not the row's second cell: the next row.
    assert!(
        text.contains("Row 2 of 2 (Potential value): Rating"),
        "{text}"
    );
    assert_eq!(
        skipped(&wb, "stake.cycles"),
        vec![("immediate-value".to_string(), true)]
    );
    // Away from a row.
    let reply = plain.feed(&mut wb, ":go populate.practices");
    assert!(!said(&reply).is_empty());
    let reply = plain.feed(&mut wb, ":not-relevant");
    assert!(!reply.save);
    assert!(
        said(&reply).contains(":not-relevant marks one row"),
        "{}",
        said(&reply)
    );
}
