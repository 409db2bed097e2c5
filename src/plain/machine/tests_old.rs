//! Plain mode and answers from an earlier version of the pack (another shape than the
//! question now takes): said as such, never replaced by a typed line, cleared on purpose with
//! `:clear` and put back with `:undo`. Also: a seeded list's fields and limit, the one
//! sanitiser on every line written, and a ranking asked and shown.

use std::path::Path;

use crate::content::Pack;
use crate::store::pack::load_dir;
use crate::words::plain::OLD_ANSWER_HOW;
use crate::workbook::{Answer, Item, Value, Workbook};

use super::Plain;
use super::tests::said;

fn load(dir: &str) -> Pack {
    match load_dir(Path::new(dir)) {
        Ok(pack) => pack,
        Err(problems) => panic!("{problems:?}"),
    }
}

#[test]
fn a_typed_line_never_replaces_an_answer_from_an_earlier_pack() {
    let pack = load("tests/packs/valid/full");
    let old = Answer::Text("Written when this was a line".into());
    for (question, line) in [
        ("populate.practices", "Nursing"),
        ("stake.cycles", "1"),
        ("people.channels", "1"),
        ("people.confidence", "3"),
    ] {
        let mut wb = Workbook::default();
        wb.answers.insert(question.into(), old.clone());
        let mut plain = Plain::new(&pack);
        plain.start(&wb);
        let shown = plain.feed(&mut wb, &format!(":go {question}"));
        let text = said(&[shown]);
        assert!(
            text.contains("Current answer, from an earlier version of the pack:"),
            "{question}:\n{text}"
        );
        assert!(text.contains("  Written when this was a line"), "{text}");
        assert!(text.contains(OLD_ANSWER_HOW), "{text}");
        let reply = plain.feed(&mut wb, line);
        assert!(!reply.save, "{question}");
        assert!(said(&[reply]).contains(":clear to remove it"), "{question}");
        assert_eq!(wb.answers.get(question), Some(&old), "{question} kept");
    }
}

#[test]
fn clear_takes_an_old_answer_away_on_purpose_and_undo_puts_it_back() {
    let pack = load("tests/packs/valid/full");
    let old = Answer::Choices(vec!["a".into()]);
    let mut wb = Workbook::default();
    wb.answers.insert("populate.initiative".into(), old.clone());
    let mut plain = Plain::new(&pack);
    plain.start(&wb);
    plain.feed(&mut wb, ":go populate.initiative");
    let reply = plain.feed(&mut wb, ":clear");
    assert!(reply.save);
    assert!(said(&[reply]).contains("Cleared the answer from an earlier version of the pack"));
    assert_eq!(wb.answers.get("populate.initiative"), None);
    let reply = plain.feed(&mut wb, ":undo");
    assert!(reply.save);
    assert_eq!(wb.answers.get("populate.initiative"), Some(&old));
    // Cleared again and answered anew: the old answer does not come back over the new one.
    plain.feed(&mut wb, ":clear");
    plain.feed(&mut wb, ":go populate.initiative");
    assert!(plain.feed(&mut wb, "Falls").save);
    plain.feed(&mut wb, ":back");
    let reply = plain.feed(&mut wb, ":undo");
    assert!(!reply.save);
    assert!(said(&[reply]).contains("has a new answer"));
    assert_eq!(
        wb.answers.get("populate.initiative"),
        Some(&Answer::Text("Falls".into()))
    );
}

#[test]
fn an_offered_list_brings_the_fields_that_fit_and_keeps_to_the_lists_limit() {
    let pack = load("tests/packs/valid/edit");
    let mut wb = Workbook::default();
    let person = |name: &str, rate: i64| Item {
        text: name.into(),
        fields: [
            ("kind".to_string(), Value::Choice("org".into())),
            ("rate".to_string(), Value::Number(rate)),
        ]
        .into(),
    };
    wb.answers.insert(
        "words.people".into(),
        Answer::List(vec![
            person("A", 2),
            person("B", 5),
            person("C", 1),
            person("D", 1),
        ]),
    );
    let mut plain = Plain::new(&pack);
    plain.start(&wb);
    let reply = plain.feed(&mut wb, ":go words.team");
    let text = said(&[reply]);
    assert!(text.contains("  A (Kind: Organisation; Rate: 2)"), "{text}");
    assert!(text.contains("  B (Kind: Organisation)"), "{text}");
    assert!(!text.contains("  D"), "the team takes at most 3:\n{text}");
    assert!(plain.feed(&mut wb, "").save);
    let team = wb.list_items("words.team");
    let names: Vec<&str> = team.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(names, ["A", "B", "C"]);
    assert_eq!(team[0].fields.get("rate"), Some(&Value::Number(2)));
    assert_eq!(
        team[1].fields.get("rate"),
        None,
        "5 is off the team's 1–3 scale"
    );
}

#[test]
fn zero_width_and_direction_marks_are_made_visible_like_everywhere_else() {
    let mut out = Vec::new();
    let written = super::super::write_lines(&mut out, &["a\u{200b}b\u{200f}c\u{1b}".to_string()]);
    assert!(written.is_ok());
    assert_eq!(
        String::from_utf8_lossy(&out),
        "a\u{fffd}b\u{fffd}c\u{241b}\n"
    );
}

#[test]
fn a_ranking_is_asked_as_numbers_in_order_and_shown_as_the_order() {
    let pack = load("tests/packs/valid/edit");
    let mut wb = Workbook::default();
    let mut plain = Plain::new(&pack);
    plain.start(&wb);
    let text = said(&[plain.feed(&mut wb, ":go picks.order")]);
    assert!(text.contains("What matters most?"), "{text}");
    assert!(text.contains("in your order, highest first"), "{text}");
    assert!(text.contains("  4. Trust"), "{text}");
    let twice = plain.feed(&mut wb, "4 2 4");
    assert!(!twice.save);
    assert!(said(&[twice]).contains("4 is in your order twice"));
    assert!(!wb.answers.contains_key("picks.order"));
    assert!(plain.feed(&mut wb, "4 2").save);
    assert_eq!(
        wb.answers.get("picks.order"),
        Some(&Answer::Choices(vec!["trust".into(), "cost".into()]))
    );
    let again = said(&[plain.feed(&mut wb, ":go picks.order")]);
    assert!(again.contains("1. Trust; 2. Cost"), "{again}");
}
