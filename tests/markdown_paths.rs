//! A workbook on a path is written (as its Markdown file and as a document to print) with
//! the exercises of its path, and any other exercise that holds an answer: what is written
//! is never hidden, and the file reads back with every answer.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use convene::content::load_builtin;
use convene::format::markdown::{read, write};
use convene::workbook::{Answer, Workbook};

fn core_workbook() -> Workbook {
    let mut wb = Workbook::default();
    wb.meta.initiative = "Steady at Home".into();
    wb.meta.path = "core".into();
    wb.answers.insert(
        "the-initiative.name".into(),
        Answer::Text("Steady at Home".into()),
    );
    // Written while following the whole workbook, before narrowing to core.
    wb.answers.insert(
        "bridges.programme".into(),
        Answer::Text("A single referral form".into()),
    );
    wb.latest_answers_mut().insert(
        "four-questions.who-cares".into(),
        Answer::Text("Carers, first".into()),
    );
    wb
}

#[test]
fn the_file_holds_the_path_and_every_exercise_with_an_answer() {
    let pack = load_builtin().unwrap();
    let wb = core_workbook();
    let text = write(&wb, &pack);
    let answers = text.split("<!-- convene:map -->").next().unwrap();
    for title in ["The initiative", "Legitimacy map", "Power and stake"] {
        assert!(answers.contains(&format!("\n### {title}\n")), "{title}");
    }
    // Off the path but answered (now, or before the session): kept in its place.
    assert!(answers.contains("\n### Remove the barrier, or work the boundary?\n"));
    assert!(answers.contains("\n### Four simple questions\n"));
    // Off the path and empty: left out, and so is a theme with nothing to show.
    assert!(!answers.contains("\n### The texture of complexity\n"));
    assert!(!answers.contains("\n### Revisit\n"));
    assert!(!answers.contains("\n## Doing the work\n"));
    let back = read(&text).unwrap();
    assert_eq!(back.answers, wb.answers);
    assert_eq!(back.earlier, wb.earlier);
    // Widened to the whole workbook, every exercise is written again.
    let mut full = back;
    full.meta.path = "full".into();
    let text = write(&full, &pack);
    for e in pack.exercises() {
        assert!(text.contains(&format!("\n### {}\n", e.title)), "{}", e.id);
    }
}

#[test]
fn the_printed_copy_shows_the_same_exercises() {
    let pack = load_builtin().unwrap();
    let wb = core_workbook();
    let html = convene::format::export::workbook_html(&pack, &wb, None);
    assert!(html.contains("Legitimacy map"));
    assert!(html.contains("A single referral form"));
    assert!(!html.contains("The texture of complexity"));
    let mut notes = convene::workbook::notes::CoachNotes::default();
    notes.prompts.insert(
        "texture-of-complexity.so-what".into(),
        vec![convene::workbook::notes::Note::new("Jo", "Worth a try?")],
    );
    let html = convene::format::export::workbook_html(&pack, &wb, Some(&notes));
    assert!(
        html.contains("The texture of complexity"),
        "an exercise with a coach's note is shown with it"
    );
}
