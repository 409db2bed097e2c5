//! Unit tests of plain mode on a path, with the built-in pack: only the path's questions
//! are asked, each exercise says its minutes and the time left, and `:path` lists the paths
//! or follows another without touching an answer.

use crate::content::Pack;
use crate::store::blank_workbook;
use crate::workbook::{Answer, Workbook};

use super::Plain;
use crate::words::plain::Say;

fn builtin() -> Pack {
    crate::content::load_builtin().unwrap_or_else(|p| panic!("{p:?}"))
}

fn on(pack: &Pack, path: &str) -> Workbook {
    let mut wb = blank_workbook(pack, "Steady at Home", "");
    // Nothing answered yet, not even the initiative's name a new workbook starts with.
    wb.answers.clear();
    wb.meta.path = path.into();
    wb
}

/// What the machine says, worded.
fn text(says: &[Say]) -> String {
    crate::words::plain::lines(says).join("\n")
}

#[test]
fn a_workbook_on_core_is_asked_only_its_path_with_minutes_and_time_left() {
    let pack = builtin();
    let wb = on(&pack, "core");
    let mut plain = Plain::new(&pack);
    let said = text(&plain.start(&wb).lines);
    let core = pack.path_exercises("core").count();
    let minutes = pack.path_minutes("core").unwrap_or_default();
    let first = pack.path_exercises("core").next().map(|e| e.minutes);
    for want in [
        format!(
            "Path: Core, before a session ({core} exercises, about {minutes} minutes; about {minutes} minutes left)."
        ),
        format!(
            "Exercise 1 of {core}: Before you start: who will read this (Today; about {} minutes).",
            first.flatten().unwrap_or_default()
        ),
        format!("About {minutes} minutes of your path left."),
    ] {
        assert!(said.contains(&want), "{want:?} not in:\n{said}");
    }
    let mut wb = wb;
    let outline = text(&plain.feed(&mut wb, ":outline").lines);
    assert!(
        outline.contains(&format!("  {core}. Legitimacy map")),
        "{outline}"
    );
    assert!(!outline.contains("Scale and span"), "{outline}");
    assert!(!outline.contains(&format!("  {}. ", core + 1)), "{outline}");
    // An exercise off the path is named as such, with the way to reach it.
    let go = text(&plain.feed(&mut wb, ":go bridges").lines);
    assert!(
        go.contains("\"bridges\" is not on the path \"Core, before a session\". Type :path full"),
        "{go}"
    );
    assert_eq!(plain.here().map(|h| h.0), Some("before-you-start.readers"));
}

#[test]
fn path_lists_the_paths_and_follows_another_keeping_every_answer() {
    let pack = builtin();
    let mut wb = on(&pack, "core");
    let mut plain = Plain::new(&pack);
    plain.start(&wb);
    let reply = plain.feed(&mut wb, "1");
    assert!(reply.save);
    let listed = plain.feed(&mut wb, ":path");
    assert!(!listed.save);
    let listed = text(&listed.lines);
    assert!(
        listed.contains("  1. Core, before a session: 8 exercises, about 42 minutes (now)"),
        "{listed}"
    );
    assert!(
        listed.contains("  4. The whole workbook: 41 exercises"),
        "{listed}"
    );
    // Widening keeps the question asked now and the answer given.
    let here = plain.here().map(|h| h.0.to_string());
    let wide = plain.feed(&mut wb, ":path full");
    assert!(wide.save, "the file records the new path");
    assert_eq!(wb.meta.path, "full");
    assert!(text(&wide.lines).contains("Path: The whole workbook (41 exercises"));
    assert_eq!(plain.here().map(|h| h.0.to_string()), here);
    assert_eq!(
        wb.answers.get("before-you-start.readers"),
        Some(&Answer::Choices(vec!["coach".into()]))
    );
    // Its grid has no rows yet, so the exercise's next question is asked.
    let go = plain.feed(&mut wb, ":go bridges");
    assert_eq!(
        plain.here().map(|h| h.0),
        Some("bridges.programme"),
        "{:?}",
        go.lines
    );
    // A path the question is not on goes to its first unanswered question.
    let revisit = text(&plain.feed(&mut wb, ":path 3").lines);
    assert_eq!(wb.meta.path, "revisit");
    assert!(revisit.contains("Exercise 1 of 2: "), "{revisit}");
    let bad = text(&plain.feed(&mut wb, ":path 9").lines);
    assert!(
        bad.contains("There is no path \"9\". The paths are: core, after, revisit, full."),
        "{bad}"
    );
    assert_eq!(wb.meta.path, "revisit");
}

#[test]
fn the_end_of_a_path_says_how_to_go_on() {
    let pack = builtin();
    let mut wb = on(&pack, "revisit");
    let mut plain = Plain::new(&pack);
    plain.start(&wb);
    let mut said = String::new();
    for _ in 0..2 {
        said = text(&plain.feed(&mut wb, ":skip").lines);
    }
    assert!(
        said.contains("That is the end of the path \"Revisit, four to six weeks on\". Type :path"),
        "{said}"
    );
    // The whole workbook's end says nothing about paths.
    let mut wb = on(&pack, "full");
    let mut plain = Plain::new(&pack);
    plain.start(&wb);
    let last = pack.exercises().count();
    let said = text(&plain.feed(&mut wb, &format!(":go {last}")).lines);
    assert!(
        said.contains(&format!("Exercise {last} of {last}")),
        "{said}"
    );
    let said = text(&plain.feed(&mut wb, ":skip").lines);
    assert!(!said.contains("end of the path"), "{said}");
}
