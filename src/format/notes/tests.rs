//! Unit tests of the notes file: its format, what reading refuses, and the sidecar's names.

use super::*;
use crate::app::testpack::pack;
use crate::store::notes::{load_notes, save_notes};
use crate::workbook::notes::{
    CoachNotes, Note, ReviewState, is_sidecar, sidecar_path, workbook_of,
};

fn signed(by: &str, text: &str) -> Note {
    Note {
        by: by.into(),
        at: "2026-11-23T20:15:07+00:00".into(),
        answer: String::new(),
        text: text.into(),
    }
}

fn sample() -> CoachNotes {
    let mut notes = CoachNotes {
        workbook_id: "wb-0123456789abcdef".into(),
        updated: Some("2026-11-23T20:15:07+00:00".into()),
        state: ReviewState::FollowUp,
        general: vec![signed("Jo", "A thoughtful start.\n\nKeep going.")],
        ..CoachNotes::default()
    };
    let first = pack().prompts().next().map(|p| p.qualified_id.clone());
    notes.prompts.insert(
        first.unwrap_or_default(),
        vec![
            Note {
                answer: "none".into(),
                ..signed("Jo", "Who else?")
            },
            signed("Raj Singh", "And who decides?"),
        ],
    );
    notes.prompts.insert(
        "gone.prompt".into(),
        vec![signed("", "An old note\n<!-- /convene:note -->")],
    );
    notes
}

#[test]
fn a_sample_reads_well_and_back() {
    let p = pack();
    let text = render(&sample(), "sam.md", "Dorset *care*", Some(&p));
    assert!(text.starts_with(
        "---\nconvene: \"coach-notes\"\nworkbook: \"sam.md\"\n\
         workbook_id: \"wb-0123456789abcdef\"\nreview: \"follow-up\"\n"
    ));
    assert!(
        text.contains("# Coach's notes on Dorset \\*care\\*\n"),
        "{text}"
    );
    assert!(
        text.contains("_Notes from Jo and Raj Singh on the workbook"),
        "{text}"
    );
    assert!(
        text.contains(
            "## On the whole workbook\n\n✎ _Jo, 2026-11-23 20:15_\n\n\
             <!-- convene:note about=\"workbook\" by=\"Jo\" at=\"2026-11-23T20:15:07+00:00\" -->\n\
             A thoughtful start."
        ),
        "{text}"
    );
    let first = p
        .prompts()
        .next()
        .map(|p| p.text.clone())
        .unwrap_or_default();
    assert!(
        text.contains(&format!(
            "**{first}**\n\n✎ _Jo, 2026-11-23 20:15_\n\n<!-- convene:note id="
        )),
        "{text}"
    );
    assert!(text.contains("✎ _Raj Singh, 2026-11-23 20:15_"), "{text}");
    assert!(text.contains("✎ _a coach, 2026-11-23 20:15_"), "{text}");
    assert!(text.contains("## Other notes\n"), "{text}");
    assert!(text.contains("```convene-text\nAn old note"), "{text}");
    assert!(text.ends_with("<!-- /convene:note -->\n"), "{text:?}");
    assert_eq!(parse(&text), Ok(sample()));
}

#[test]
fn without_a_pack_every_prompt_note_is_kept_under_other_notes() {
    let text = render(&sample(), "sam.md", "", None);
    assert!(text.contains("# Coach's notes on sam.md\n"), "{text}");
    assert_eq!(text.matches("<!-- convene:note id=").count(), 3, "{text}");
    assert_eq!(parse(&text), Ok(sample()));
}

#[test]
fn a_feedback_file_quotes_each_answer_above_its_notes_and_reads_back() {
    let p = pack();
    let first = p.prompts().next().unwrap();
    let mut wb = crate::workbook::Workbook::default();
    wb.meta.initiative = "Dorset".into();
    wb.answers.insert(
        first.qualified_id.clone(),
        crate::workbook::Answer::Text("Line one\n<!-- convene:note id=\"x\" -->".into()),
    );
    let text = render_feedback(&sample(), "sam.md", &wb, &p);
    assert!(
        text.contains("_Your answer:_\n\n> Line one\n> \\<!-- convene:note"),
        "{text}"
    );
    assert!(!text.contains("review:"), "{text}");
    let back = parse(&text).unwrap();
    assert_eq!(back.state, ReviewState::NotReviewed);
    assert_eq!(back.prompts, sample().prompts);
    assert_eq!(back.general, sample().general);
}

#[test]
fn a_file_from_before_signed_notes_reads_as_notes_by_its_coach() {
    let text = "---\nconvene: \"coach-notes\"\nworkbook: \"sam.md\"\ncoach: \"Jo\"\n\
                updated: \"2026-11-23T20:15:07+00:00\"\n---\n\n\
                <!-- convene:note about=\"workbook\" -->\nWell done\n<!-- /convene:note -->\n\n\
                <!-- convene:note id=\"a.b\" -->\nWho?\n<!-- /convene:note -->\n";
    let notes = parse(text).unwrap();
    assert_eq!(notes.general, vec![signed("Jo", "Well done")]);
    assert_eq!(notes.on(Some("a.b")), [signed("Jo", "Who?")]);
    assert_eq!(notes.workbook_id, "");
}

#[test]
fn empty_notes_keep_room_for_a_general_note_and_read_back_empty() {
    let notes = CoachNotes::default();
    let text = render(&notes, "sam.md", "X", None);
    assert!(text.contains("<!-- convene:note about=\"workbook\" -->\n<!-- /convene:note -->"));
    assert!(!text.contains("updated:"), "{text}");
    assert!(!text.contains("review:"), "{text}");
    assert_eq!(parse(&text), Ok(notes));
}

#[test]
fn hand_typed_notes_between_markers_are_read() {
    let text = "---\nconvene: coach-notes\ncoach: Jo\n---\n# Notes\n\n\
                <!-- convene:note about=\"workbook\" -->\nWell done\n<!-- /convene:note -->\n\n\
                <!-- convene:note id=\"a.b\" -->\n<!-- /convene:note -->\n";
    let notes = parse(&text.replace('\n', "\r\n")).unwrap();
    assert_eq!(notes.general.len(), 1);
    assert_eq!(notes.general[0].text, "Well done");
    assert_eq!(notes.general[0].by, "Jo");
    assert_eq!(notes.general[0].at, "");
    assert!(notes.prompts.is_empty());
    assert_eq!(notes.updated, None);
}

#[test]
fn damaged_files_name_their_line() {
    let head = "---\nconvene: \"coach-notes\"\n---\n";
    for (text, line, words) in [
        ("# Not notes\n", 1, "not a coach's notes file"),
        (
            "---\nconvene: workbook\n---\n",
            1,
            "not a coach's notes file",
        ),
        ("---\nconvene: coach-notes\n", 1, "never closed"),
        (
            "---\nconvene: coach-notes\ncoach: a: b\n---\n",
            3,
            "not valid YAML",
        ),
        (
            "---\nconvene: coach-notes\ncoach: [a]\n---\n",
            3,
            "single value",
        ),
        (
            "---\nconvene: coach-notes\nworkbook: w.md\nreview: done\n---\n",
            4,
            "unknown review state `done`",
        ),
    ] {
        let (at, message) = parse(text).unwrap_err();
        assert_eq!(at, line, "{text:?}: {message}");
        assert!(message.contains(words), "{text:?}: {message}");
    }
    for (body, line, words) in [
        ("<!-- convene:note id=\"a.b\" -->\nx\n", 4, "never ends"),
        ("x\n<!-- /convene:note -->\n", 5, "no note marker before it"),
        (
            "<!-- convene:answer id=\"a\" type=\"text\" -->\n",
            4,
            "looks like a convene marker",
        ),
        (
            "<!-- convene:note -->\n<!-- /convene:note -->\n",
            4,
            "either",
        ),
        (
            "<!-- convene:note id=\"a\" -->\n<!-- /convene:note -->\n<!-- convene:note id=\"a\" -->\n<!-- /convene:note -->\n",
            6,
            "appears twice (first at line 4)",
        ),
        (
            "<!-- convene:note id=\"a\" by=\"Jo\" -->\nx\n<!-- /convene:note -->\n<!-- convene:note id=\"a\" by=\"Jo\" -->\ny\n<!-- /convene:note -->\n",
            7,
            "the note on `a` by Jo appears twice",
        ),
        (
            "<!-- convene:note id=\"a\" -->\nx\n<!-- convene:note id=\"b\" -->\n",
            6,
            "new marker",
        ),
        (
            "<!-- convene:note id=\"a\" -->\n```convene-escaped\n\\q\n```\n<!-- /convene:note -->\n",
            5,
            "backslash",
        ),
        (
            "<!-- convene:note id=\"a\" -->\n```convene-text\nx\n```\ny\n<!-- /convene:note -->\n",
            8,
            "after the end of a fenced note",
        ),
    ] {
        let text = format!("{head}{body}");
        let (at, message) = parse(&text).unwrap_err();
        assert_eq!(at, line, "{body:?}: {message}");
        assert!(message.contains(words), "{body:?}: {message}");
    }
}

#[test]
fn two_coaches_may_each_write_a_note_on_the_same_prompt() {
    let text = "---\nconvene: coach-notes\n---\n<!-- convene:note id=\"a\" by=\"Jo\" -->\nx\n\
                <!-- /convene:note -->\n<!-- convene:note id=\"a\" by=\"Raj\" -->\ny\n<!-- /convene:note -->\n";
    let notes = parse(text).unwrap();
    let by: Vec<&str> = notes.on(Some("a")).iter().map(|n| n.by.as_str()).collect();
    assert_eq!(by, ["Jo", "Raj"]);
}

#[test]
fn sidecar_names() {
    use std::path::Path;
    assert_eq!(
        sidecar_path(Path::new("d/sam.md")),
        Path::new("d/sam.coach.md")
    );
    assert!(is_sidecar(Path::new("d/sam.coach.md")));
    assert!(is_sidecar(Path::new("sam.COACH.md")));
    assert!(is_sidecar(Path::new(
        "sam.coach (conflict 2026-11-23 2015).md"
    )));
    assert!(!is_sidecar(Path::new("coach.md.bak")));
    assert!(!is_sidecar(Path::new("sam.md")));
    assert!(!is_sidecar(Path::new("sam (conflict 2026-11-23 2015).md")));
    assert_eq!(
        workbook_of(Path::new("d/sam.coach.md")),
        Some("d/sam.md".into())
    );
    assert_eq!(
        workbook_of(Path::new("İx.coach (conflict 2026-11-23 2015).md")),
        Some("İx.md".into())
    );
    assert_eq!(workbook_of(Path::new("sam.md")), None);
    let wb = Path::new("a.b.md");
    assert_eq!(workbook_of(&sidecar_path(wb)).as_deref(), Some(wb));
}

#[test]
fn a_save_waits_for_another_save_of_the_same_notes_to_finish() {
    let dir = tempfile::tempdir().unwrap();
    let wb = dir.path().join("w.md");
    let held = crate::store::Lock::acquire(&sidecar_path(&wb)).unwrap();
    let notes = CoachNotes {
        general: vec![signed("", "x")],
        ..CoachNotes::default()
    };
    let saver = std::thread::spawn({
        let wb = wb.clone();
        move || save_notes(&wb, &notes)
    });
    std::thread::sleep(std::time::Duration::from_millis(150));
    assert!(
        !sidecar_path(&wb).exists(),
        "nothing written while the lock is held"
    );
    drop(held);
    assert_eq!(saver.join().unwrap().unwrap(), sidecar_path(&wb));
    assert_eq!(load_notes(&wb).unwrap().unwrap().general[0].text, "x");
}
