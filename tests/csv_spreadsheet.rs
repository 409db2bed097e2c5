//! The review CSV opens right in a spreadsheet (issue 14, point 5), checked through the
//! real binary and a real CSV reader: it starts with a byte-order mark, every answer comes
//! back the same, `-2+3` comes back as text (a leading `'`), a scale's value is a number in
//! its own column, a grid is one row per cell, notes on the whole workbook are there, and a
//! joined emoji stays whole. LibreOffice is not installed here, so no spreadsheet program
//! reads it back; the checks are what such a program relies on.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod cli_support;
mod review_support;
mod support;

use convene::format::answer::{answer_words, participant_name};
use convene::format::csv::{BOM, COLUMNS, WORKBOOK_THEME};
use convene::format::markdown;
use convene::store::cohort::load_cohort;
use convene::store::notes::save_notes;
use convene::text::sanitize::visible;
use convene::workbook::notes::{CoachNotes, Note};
use convene::workbook::{Answer, Value};

#[test]
fn the_csv_round_trips_through_a_csv_reader_with_numbers_cells_and_notes() {
    let dir = tempfile::tempdir().unwrap();
    let pack = support::pack();
    let text_id = pack
        .prompts()
        .find(|p| matches!(p.kind, convene::content::PromptKind::Text { .. }))
        .unwrap()
        .qualified_id
        .clone();
    for n in 0..3 {
        let mut wb = review_support::filled(&pack, n, 0);
        if n == 0 {
            wb.meta.participant = "Zoë 👩‍⚕️".into();
            wb.answers
                .insert(text_id.clone(), Answer::Text("-2+3".into()));
        }
        let path = dir.path().join(format!("p{n}.md"));
        std::fs::write(&path, markdown::write(&wb, &pack)).unwrap();
        if n == 1 {
            let notes = CoachNotes {
                general: vec![Note::new("Helen Ng", "Strong on who is involved.")],
                ..CoachNotes::default()
            };
            save_notes(&path, &notes).unwrap();
        }
    }
    let flag = format!("--csv={}", dir.path().join("cohort.csv").display());
    let folder = dir.path().to_str().unwrap();
    cli_support::run_ok(
        dir.path(),
        &support::pack_dir(),
        &["review", folder, &flag],
        "",
    );
    let bytes = std::fs::read(dir.path().join("cohort.csv")).unwrap();
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.starts_with(BOM), "a byte-order mark first");
    let mut reader = csv::Reader::from_reader(&text.as_bytes()[BOM.len()..]);
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        COLUMNS
    );
    let col = |name: &str| COLUMNS.iter().position(|c| *c == name).unwrap();
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();

    // Every answer as it stands, the same as the workbook's, on its own row.
    let cohort = load_cohort(&[dir.path().to_path_buf()]);
    assert_eq!(cohort.workbooks.len(), 3);
    assert!(records.len() > 3 * pack.prompt_count(), "{}", records.len());
    for loaded in &cohort.workbooks {
        let wb = &loaded.workbook;
        let who = visible(&participant_name(wb, &loaded.path));
        for (id, answer) in &wb.answers {
            let row = records
                .iter()
                .find(|r| {
                    r[0] == *who
                        && &r[col("prompt_id")] == id
                        && r[col("row")].is_empty()
                        && r[col("field")].is_empty()
                })
                .unwrap_or_else(|| panic!("no row for {who} {id}"));
            let words = visible(&answer_words(wb, pack.prompt(id), answer));
            let shown = &row[col("answer")];
            if words.starts_with(['=', '+', '-', '@']) && words.parse::<f64>().is_err() {
                assert_eq!(shown, format!("'{words}"), "a formula-like answer is text");
            } else {
                assert_eq!(shown, words, "{who} {id}");
            }
            if let Answer::Number(n) = answer {
                assert_eq!(row[col("number")].parse::<i64>().unwrap(), *n, "a number");
            }
            if let Answer::Grid(rows) = answer {
                let cells = records
                    .iter()
                    .filter(|r| {
                        r[0] == *who && &r[col("prompt_id")] == id && !r[col("field")].is_empty()
                    })
                    .count();
                let filled: usize = rows.iter().map(|r| r.cells.len()).sum();
                assert_eq!(cells, filled, "one row per grid cell");
                for r in rows {
                    for v in r.cells.values() {
                        if let Value::Number(n) = v {
                            assert!(records.iter().any(|x| x[col("number")] == n.to_string()));
                        }
                    }
                }
            }
        }
    }
    // `-2+3` as text, the joined emoji whole, the whole-workbook note with its coach.
    assert!(records.iter().any(|r| &r[col("answer")] == "'-2+3"));
    assert!(
        records.iter().any(|r| &r[0] == "Zoë 👩‍⚕️"),
        "joined emoji kept whole"
    );
    let general = records
        .iter()
        .find(|r| &r[col("theme")] == WORKBOOK_THEME && !r[col("coach_note")].is_empty())
        .unwrap();
    assert_eq!(&general[col("coach_note")], "Strong on who is involved.");
    assert_eq!(&general[col("coach")], "Helen Ng");
}
