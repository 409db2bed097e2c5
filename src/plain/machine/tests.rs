//! Unit tests of the plain-mode machine against the test pack that uses every prompt kind.

use std::path::Path;

use crate::content::Pack;
use crate::store::blank_workbook;
use crate::store::pack::load_dir;
use crate::workbook::{Answer, Workbook};

use super::{Plain, Reply};

fn pack() -> Pack {
    match load_dir(Path::new("tests/packs/valid/full")) {
        Ok(pack) => pack,
        Err(problems) => panic!("{problems:?}"),
    }
}

fn feed_all(plain: &mut Plain<'_>, wb: &mut Workbook, lines: &[&str]) -> Vec<Reply> {
    lines.iter().map(|l| plain.feed(wb, l)).collect()
}

pub(super) fn said(replies: &[Reply]) -> String {
    replies
        .iter()
        .flat_map(|r| crate::words::plain::lines(&r.lines))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn an_empty_line_keeps_the_answer_and_goes_on_without_saving() {
    let pack = pack();
    let mut wb = blank_workbook(&pack, "X", "");
    wb.answers
        .insert("populate.initiative".into(), Answer::Text("Kept".into()));
    let mut plain = Plain::new(&pack);
    plain.start(&wb);
    plain.feed(&mut wb, ":go populate.initiative");
    let reply = plain.feed(&mut wb, "");
    assert!(!reply.save);
    assert_eq!(plain.here().map(|h| h.0), Some("populate.story"));
    assert_eq!(
        wb.answers.get("populate.initiative"),
        Some(&Answer::Text("Kept".into()))
    );
    // The story is offered the initiative's answer; an empty line takes it.
    assert!(said(&[reply]).contains("Offered from your earlier answer"));
    let reply = plain.feed(&mut wb, "");
    assert!(reply.save);
    assert_eq!(
        wb.answers.get("populate.story"),
        Some(&Answer::Text("Kept".into()))
    );
}

#[test]
fn a_long_answer_is_kept_line_by_line_even_when_a_command_interrupts_it() {
    let pack = pack();
    let mut wb = blank_workbook(&pack, "X", "");
    let mut plain = Plain::new(&pack);
    plain.start(&wb);
    plain.feed(&mut wb, ":go populate.story");
    let replies = feed_all(&mut plain, &mut wb, &["First", "", "::colon line"]);
    assert!(replies.iter().all(|r| r.save));
    let reply = plain.feed(&mut wb, ":next");
    assert!(!reply.quit);
    assert_eq!(
        wb.answers.get("populate.story"),
        Some(&Answer::Text("First\n\n:colon line".into()))
    );
    assert_eq!(plain.here().map(|h| h.0), Some("populate.practices"));
}

#[test]
fn a_grid_whose_list_is_empty_is_said_and_passed() {
    let pack = pack();
    let mut wb = blank_workbook(&pack, "X", "");
    let mut plain = Plain::new(&pack);
    plain.start(&wb);
    let reply = plain.feed(&mut wb, ":go stake");
    let text = said(&[reply]);
    assert!(text.contains("which has no items yet"), "{text}");
    // stake.map and stake.legitimacy and stake.focus have no rows; the fixed grid is asked.
    assert_eq!(plain.here().map(|h| h.0), Some("stake.cycles"));
    let reply = plain.feed(&mut wb, "2");
    assert!(reply.save);
}

#[test]
fn commands_explain_bad_targets_and_unknown_words_and_ask_again() {
    let pack = pack();
    let mut wb = blank_workbook(&pack, "X", "");
    let mut plain = Plain::new(&pack);
    plain.start(&wb);
    let text = said(&feed_all(
        &mut plain,
        &mut wb,
        &[":go nowhere", ":go", ":frobnicate", ":help", ":outline"],
    ));
    assert!(text.contains("no exercise numbered or called \"nowhere\""));
    assert!(text.contains("Type :go and an exercise number"));
    assert!(text.contains("Unknown command :frobnicate"));
    assert!(text.contains(":skip"));
    assert!(text.contains("1. Populate your landscape (id populate): 0 of 3 answered"));
    assert_eq!(plain.here().map(|h| h.0), Some("populate.initiative"));
    plain.feed(&mut wb, ":go 2");
    assert_eq!(plain.here().map(|h| h.0), Some("people.names"));
    plain.feed(&mut wb, ":skip");
    assert_eq!(plain.here().map(|h| h.0), Some("stake.cycles"));
    plain.feed(&mut wb, ":back");
    assert!(plain.here().is_some());
    assert!(plain.feed(&mut wb, ":quit").quit);
}

#[test]
fn a_list_refuses_items_beyond_its_maximum_and_clear_starts_again() {
    let pack = pack();
    let mut wb = blank_workbook(&pack, "X", "");
    let mut plain = Plain::new(&pack);
    plain.start(&wb);
    plain.feed(&mut wb, ":go populate.practices");
    for i in 0..12 {
        feed_all(&mut plain, &mut wb, &[&format!("P{i}"), "", ""]);
    }
    let reply = plain.feed(&mut wb, "One too many");
    assert!(!reply.save);
    assert!(said(&[reply]).contains("at most 12 items"));
    assert_eq!(wb.list_items("populate.practices").len(), 12);
    let reply = plain.feed(&mut wb, ":clear");
    assert!(reply.save);
    assert!(wb.list_items("populate.practices").is_empty());
}

#[test]
fn past_the_last_question_it_says_so() {
    let pack = pack();
    let mut wb = blank_workbook(&pack, "X", "");
    let mut plain = Plain::new(&pack);
    plain.start(&wb);
    plain.feed(&mut wb, ":go stake.focus");
    let reply = plain.feed(&mut wb, ":next");
    assert!(plain.here().is_none());
    assert!(said(&[reply]).contains("That was the last question"));
    let reply = plain.feed(&mut wb, "stray");
    assert!(!reply.save);
    assert!(said(&[reply]).contains("That was the last question"));
}

#[test]
fn a_coach_s_note_is_said_after_its_question_and_the_general_one_at_the_start() {
    let pack = pack();
    let mut wb = blank_workbook(&pack, "X", "");
    let mut notes = crate::workbook::notes::CoachNotes {
        general: vec![crate::workbook::notes::Note::new(
            "",
            "Well begun.\n\nKeep going.",
        )],
        ..Default::default()
    };
    notes.prompts.insert(
        "populate.story".into(),
        vec![crate::workbook::notes::Note::new("", "Whose story is it?")],
    );
    let mut plain = Plain::new(&pack).with_notes(Some(notes));
    let start = said(&[plain.start(&wb)]);
    assert!(
        start.contains("Your coach's note on the workbook:\n  Well begun.\n\n  Keep going."),
        "{start}"
    );
    assert!(
        !start.contains("Coach's note:"),
        "no note on the first question"
    );
    let story = said(&[plain.feed(&mut wb, ":go populate.story")]);
    let wording = pack
        .prompt("populate.story")
        .map(|p| p.text.trim().to_string());
    let at = story
        .find(&wording.unwrap_or_default())
        .unwrap_or(usize::MAX);
    let note = story
        .find("Coach's note:\n  Whose story is it?")
        .unwrap_or(0);
    assert!(at < note, "the note comes after the question:\n{story}");
    // Without notes, nothing is said.
    let mut bare = Plain::new(&pack).with_notes(Some(Default::default()));
    assert!(!said(&[bare.start(&wb)]).contains("coach"));
}

/// `:after` is plain mode's Ctrl-T (issue 14, point 8): it asks first, then keeps every
/// answer as the one from before the session and marks the workbook "after a session".
#[test]
fn after_asks_then_starts_reflecting_after_the_session() {
    let pack = pack();
    let mut wb = blank_workbook(&pack, "X", "");
    let mut plain = Plain::new(&pack);
    plain.start(&wb);
    plain.feed(&mut wb, "Our hub");
    let asked = plain.feed(&mut wb, ":after");
    assert!(!asked.save);
    assert!(said(&[asked]).contains("Type :after yes to start"));
    assert!(wb.earlier.is_empty());
    let done = plain.feed(&mut wb, ":after yes");
    assert!(done.save);
    assert!(said(&[done]).contains("Started reflecting after the session"));
    assert_eq!(wb.meta.moment, crate::content::Moment::After);
    assert_eq!(wb.earlier.len(), 1);
    assert_eq!(wb.earlier[0].answers, wb.answers);
    assert!(!wb.answers.is_empty());
}

/// After a series of sessions: the question says what the latest snapshot held, with its
/// day, and that there are older ones; `:before` reads them all, newest first.
#[test]
fn before_reads_every_snapshot_newest_first() {
    let pack = pack();
    let mut wb = blank_workbook(&pack, "X", "");
    let mut plain = Plain::new(&pack);
    plain.start(&wb);
    let nothing = said(&[plain.feed(&mut wb, ":before")]);
    assert!(
        nothing.contains("Nothing was kept from before a session"),
        "{nothing}"
    );
    plain.feed(&mut wb, "Our hub");
    plain.feed(&mut wb, ":after yes");
    wb.date_snapshots("2026-11-02T18:30:00+00:00");
    let same = said(&[plain.feed(&mut wb, ":go populate.initiative")]);
    assert!(!same.contains("Before the session"), "unchanged:\n{same}");
    plain.feed(&mut wb, "Our town hub");
    plain.feed(&mut wb, ":after yes");
    wb.date_snapshots("2026-12-04T09:15:00+00:00");
    plain.feed(&mut wb, ":go populate.initiative");
    plain.feed(&mut wb, "The whole town");
    let asked = said(&[plain.feed(&mut wb, ":go populate.initiative")]);
    let head = asked
        .find("Before the session of 2026-12-04 you wrote:")
        .unwrap_or_else(|| panic!("{asked}"));
    assert!(asked[head..].contains("Our town hub"), "{asked}");
    assert!(
        !asked.contains("Our hub\n"),
        "only the latest with the question:\n{asked}"
    );
    assert!(asked.contains("(1 more): type :before"), "{asked}");
    let all = said(&[plain.feed(&mut wb, ":before")]);
    let newer = all.find("of 2026-12-04").unwrap_or_else(|| panic!("{all}"));
    let older = all.find("of 2026-11-02").unwrap_or_else(|| panic!("{all}"));
    assert!(newer < older, "newest first:\n{all}");
    assert!(all[older..].contains("Our hub"), "{all}");
}

#[test]
fn plain_mode_resumes_at_the_place_kept_and_keeps_the_next_one() {
    let pack = pack();
    let mut wb = blank_workbook(&pack, "X", "");
    wb.meta.place = "people.confidence".into();
    let mut plain = Plain::new(&pack);
    plain.start(&wb);
    assert_eq!(plain.here().map(|(id, _)| id), Some("people.confidence"));
    plain.feed(&mut wb, ":go populate.story");
    assert_eq!(wb.meta.place, "populate.story");
    // Without a place: the first unanswered question.
    wb.meta.place.clear();
    wb.answers
        .insert("populate.initiative".into(), Answer::Text("Kept".into()));
    let mut plain = Plain::new(&pack);
    plain.start(&wb);
    assert_eq!(plain.here().map(|(id, _)| id), Some("populate.story"));
}

#[test]
fn questions_are_said_without_ids_and_id_says_it_on_request() {
    let pack = pack();
    let mut wb = blank_workbook(&pack, "X", "");
    let mut plain = Plain::new(&pack);
    let text = said(&[plain.start(&wb)]);
    assert!(text.contains("Question 1 of"), "{text}");
    assert!(!text.contains("(populate.initiative)"), "{text}");
    let text = said(&[plain.feed(&mut wb, ":id")]);
    assert!(text.contains("populate.initiative"), "{text}");
}

#[test]
fn guidance_is_said_as_plain_words() {
    let pack = crate::content::load_builtin().expect("built-in pack");
    let wb = blank_workbook(&pack, "X", "");
    let mut plain = Plain::new(&pack);
    let text = said(&[plain.start(&wb)]);
    assert!(text.contains("Guidance:"), "{text}");
    assert!(!text.contains("**"), "{text}");
}
