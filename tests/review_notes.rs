//! The review exports with coach's notes and answers from before the session: the summary
//! parsed back with pulldown-cmark, the CSV with a real CSV reader.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod review_support;

use std::fs;
use std::path::Path;

use convene::content::{Moment, Pack, PromptKind, load_builtin};
use convene::format::csv::{BEFORE, COLUMNS, LATEST, csv_with_notes};
use convene::format::markdown;
use convene::format::summary::summary_with_notes;
use convene::store::cohort::{load_cohort, load_cohort_notes};
use convene::store::notes::save_notes;
use convene::workbook::Answer;
use convene::workbook::notes::{CoachNotes, Note, sidecar_path};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

const NOTE: &str = "Who else \u{1b}[31mcould help?\n\n> not a quote of mine\n# not a heading";
const EARLIER: &str = "What I thought before, \"quoted\", with a comma";

struct Cohort {
    dir: tempfile::TempDir,
    pack: Pack,
    text_id: String,
    list_id: String,
}

/// Alice (after a session, with earlier answers and notes), Bob (a broken notes file) and
/// Carol (no notes).
fn cohort() -> Cohort {
    let pack = load_builtin().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let text_id = pack
        .prompts()
        .find(|p| matches!(p.kind, PromptKind::Text { .. }))
        .unwrap()
        .qualified_id
        .clone();
    let list_id = pack
        .prompts()
        .find(|p| matches!(p.kind, PromptKind::List { .. }))
        .unwrap()
        .qualified_id
        .clone();
    let mut alice = review_support::filled(&pack, 1, 0);
    alice.meta.moment = Moment::After;
    alice
        .latest_answers_mut()
        .insert(text_id.clone(), Answer::Text(EARLIER.into()));
    alice
        .latest_answers_mut()
        .insert("old.gone".into(), Answer::Text("from an old pack".into()));
    let alice_path = dir.path().join("alice.md");
    fs::write(&alice_path, markdown::write(&alice, &pack)).unwrap();
    let mut notes = CoachNotes {
        general: vec![Note::new("Jo", "Good work overall.")],
        ..CoachNotes::default()
    };
    notes
        .prompts
        .insert(text_id.clone(), vec![Note::new("Jo", NOTE)]);
    notes
        .prompts
        .insert(list_id.clone(), vec![Note::new("Jo", "=SUM(A1)")]);
    save_notes(&alice_path, &notes).unwrap();
    let bob = review_support::filled(&pack, 2, 4);
    let bob_path = dir.path().join("bob.md");
    fs::write(&bob_path, markdown::write(&bob, &pack)).unwrap();
    fs::write(sidecar_path(&bob_path), "# my own notes\n").unwrap();
    let carol = review_support::filled(&pack, 3, 3);
    fs::write(dir.path().join("carol.md"), markdown::write(&carol, &pack)).unwrap();
    Cohort {
        dir,
        pack,
        text_id,
        list_id,
    }
}

/// The text of every paragraph and block quote that follows an emphasised `label`.
fn after_label(md: &str, label: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut in_em = false;
    let mut em = String::new();
    let mut taking: Option<String> = None;
    let mut depth = 0usize;
    let mut armed = false;
    for event in Parser::new_ext(md, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Emphasis) => {
                in_em = true;
                em.clear();
            }
            Event::End(TagEnd::Emphasis) => {
                in_em = false;
                armed = em.starts_with(label);
            }
            Event::Text(t) if in_em => em.push_str(&t),
            Event::Start(Tag::BlockQuote(_)) | Event::Start(Tag::List(_)) if armed => {
                taking = Some(String::new());
                depth = 1;
                armed = false;
            }
            Event::Start(Tag::BlockQuote(_)) | Event::Start(Tag::List(_)) if taking.is_some() => {
                depth += 1;
            }
            Event::End(TagEnd::BlockQuote(_)) | Event::End(TagEnd::List(_)) if taking.is_some() => {
                depth -= 1;
                if depth == 0 {
                    found.extend(taking.take());
                }
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(s) = taking.as_mut() {
                    s.push_str(&t);
                }
            }
            Event::SoftBreak | Event::HardBreak | Event::End(TagEnd::Paragraph) => {
                if let Some(s) = taking.as_mut() {
                    s.push('\n');
                }
            }
            Event::Start(Tag::Heading { .. }) => armed = false,
            _ => {}
        }
    }
    found
}

#[test]
fn the_summary_shows_notes_and_earlier_answers_under_the_answers() {
    let c = cohort();
    let loaded = load_cohort(&[c.dir.path().to_path_buf()]);
    assert_eq!(loaded.workbooks.len(), 3);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let notes = load_cohort_notes(&loaded);
    assert_eq!(notes.by_workbook.len(), 1);
    assert_eq!(notes.problems.len(), 1);
    let md = summary_with_notes(&loaded, &c.pack, &notes);
    assert!(!md.contains('\u{1b}'));

    let coach = after_label(&md, "Coach's note (Jo, ");
    assert_eq!(
        coach.len(),
        3,
        "two on answers, one on the whole workbook:\n{md}"
    );
    assert!(coach.iter().any(|n| n.trim_end() == "Good work overall."));
    let text_note = coach.iter().find(|n| n.contains("Who else")).unwrap();
    assert_eq!(
        text_note.trim_end(),
        "Who else ␛[31mcould help?\nnot a quote of mine\nnot a heading",
        "the note's own Markdown stays inside its quote"
    );
    assert!(coach.iter().any(|n| n.trim_end() == "=SUM(A1)"));
    let before = after_label(&md, "Before the session:");
    assert_eq!(before.len(), 1, "{md}");
    assert_eq!(before[0].trim_end(), EARLIER);

    let headings: Vec<String> = md
        .lines()
        .filter(|l| l.starts_with("## "))
        .map(str::to_string)
        .collect();
    assert!(headings.contains(&"## Coach's notes on whole workbooks".to_string()));
    assert!(headings.contains(&"## Coach's notes not read".to_string()));
    assert!(md.contains("> Good work overall."));
    assert!(
        md.contains("bob.coach.md: coach's notes not read: line 1: not a coach's notes file"),
        "{md}"
    );

    // Without notes, the summary has none of it but still the earlier answer.
    let plain = convene::format::summary::summary(&loaded, &c.pack);
    assert!(after_label(&plain, "Coach's note").is_empty());
    assert_eq!(after_label(&plain, "Before the session:").len(), 1);
}

#[test]
fn the_csv_has_a_coach_note_column_and_a_before_row_after_the_latest_one() {
    let c = cohort();
    let loaded = load_cohort(&[c.dir.path().to_path_buf()]);
    let notes = load_cohort_notes(&loaded);
    let text = csv_with_notes(&loaded, &c.pack, &notes);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        COLUMNS
    );
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert!(records.iter().all(|r| r.len() == COLUMNS.len()));
    let col = |name: &str| COLUMNS.iter().position(|c| *c == name).unwrap();
    let (id, when, note, answer) = (
        col("prompt_id"),
        col("when"),
        col("coach_note"),
        col("answer"),
    );
    let alice: Vec<&csv::StringRecord> = records
        .iter()
        .filter(|r| &r[0] == "Participant 1")
        .collect();
    let at = alice
        .iter()
        .position(|r| r[id] == c.text_id && &r[when] == LATEST)
        .unwrap();
    assert_eq!(
        &alice[at][note],
        "Who else ␛[31mcould help?\n\n> not a quote of mine\n# not a heading"
    );
    assert_eq!(&alice[at + 1][id], c.text_id.as_str());
    assert_eq!(&alice[at + 1][when], BEFORE);
    assert_eq!(&alice[at + 1][answer], EARLIER);
    assert_eq!(&alice[at + 1][note], "");
    let list_row = alice.iter().find(|r| r[id] == c.list_id).unwrap();
    assert_eq!(
        &list_row[note], "'=SUM(A1)",
        "a formula-like note shows as text"
    );
    let old: Vec<_> = alice.iter().filter(|r| &r[id] == "old.gone").collect();
    assert_eq!(old.len(), 2, "an empty latest row, then the earlier answer");
    let theme = COLUMNS.iter().position(|c| *c == "theme").unwrap();
    assert_eq!(&old[0][theme], convene::format::csv::ORPHAN_THEME);
    assert_eq!((&old[0][when], &old[0][answer]), (LATEST, ""));
    assert_eq!(
        (&old[1][when], &old[1][answer]),
        (BEFORE, "from an old pack")
    );
    // One latest row per participant × prompt and per workbook, plus the before rows.
    let (row, field) = (col("row"), col("field"));
    let latest = records
        .iter()
        .filter(|r| &r[when] == LATEST && r[row].is_empty() && r[field].is_empty())
        .count();
    assert_eq!(
        latest,
        3 * c.pack.prompt_count() + 3 + 1,
        "the orphan gets an (empty) latest row"
    );
    assert_eq!(records.iter().filter(|r| &r[when] == BEFORE).count(), 2);
    assert!(
        records
            .iter()
            .filter(|r| &r[0] != "Participant 1")
            .all(|r| r[note].is_empty())
    );
}

#[test]
fn reviewing_reads_notes_but_never_changes_a_file() {
    let c = cohort();
    let snapshot = |dir: &Path| {
        let mut all: Vec<(String, Vec<u8>)> = fs::read_dir(dir)
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                (
                    e.file_name().to_string_lossy().into_owned(),
                    fs::read(e.path()).unwrap(),
                )
            })
            .collect();
        all.sort();
        all
    };
    let before = snapshot(c.dir.path());
    let loaded = load_cohort(&[c.dir.path().to_path_buf()]);
    let notes = load_cohort_notes(&loaded);
    let _ = summary_with_notes(&loaded, &c.pack, &notes);
    let _ = csv_with_notes(&loaded, &c.pack, &notes);
    assert_eq!(snapshot(c.dir.path()), before);
}
