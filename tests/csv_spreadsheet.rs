//! The review CSV opens right in a spreadsheet (issue 14, point 5), checked through the
//! real binary and a real CSV reader: it starts with a byte-order mark, every answer comes
//! back the same, `-2+3` comes back as text (a leading `'`), a scale's value is a number in
//! its own column, a grid is one row per cell, notes on the whole workbook are there, and a
//! joined emoji stays whole. Then a real spreadsheet program, LibreOffice Calc, opens it
//! (headless) and calamine reads what it made of it: the same cells, no formula.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod cli_support;
mod export_support;
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

/// Three workbooks (one named `Zoë 👩‍⚕️` with a `-2+3` answer, one answering `=1+1`, one with a note on the whole
/// workbook) and the review CSV of them, written by the real binary to `DIR/cohort.csv`.
fn cohort_csv(dir: &tempfile::TempDir) -> convene::content::Pack {
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
        if n == 2 {
            wb.answers
                .insert(text_id.clone(), Answer::Text("=1+1".into()));
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
    pack
}

#[test]
fn the_csv_round_trips_through_a_csv_reader_with_numbers_cells_and_notes() {
    let dir = tempfile::tempdir().unwrap();
    let pack = cohort_csv(&dir);
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

/// The same CSV opened by a real spreadsheet program: LibreOffice Calc, headless, imports it
/// the way its CSV dialog does with UTF-8 chosen and formulas evaluated (as Excel evaluates
/// them on opening a CSV), and saves it as .xlsx; calamine reads that back. Every cell is the
/// CSV reader's value (text as text, numbers as numbers), no cell became a formula, and the
/// names keep their accents and joined emoji. Needs `soffice` (CI installs
/// libreoffice-calc-nogui).
#[test]
fn libreoffice_opens_the_csv_with_the_same_cells_and_no_formulas() {
    use calamine::{Data, Reader, Xlsx, open_workbook};
    if !export_support::tool_available(
        "soffice",
        "--version",
        "apt-get install -y libreoffice-calc-nogui",
    ) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    cohort_csv(&dir);
    let out = tempfile::tempdir().unwrap();
    let profile = format!("-env:UserInstallation=file://{}/lo", out.path().display());
    // Comma, double quote, UTF-8 (76), from line 1, …, token 13: evaluate formulas.
    let filter = "--infilter=CSV:44,34,76,1,,0,false,true,false,false,false,-1,true";
    let status = std::process::Command::new("soffice")
        .args([&profile, "--headless", filter, "--convert-to", "xlsx"])
        .arg("--outdir")
        .arg(out.path())
        .arg(dir.path().join("cohort.csv"))
        .output()
        .unwrap();
    assert!(status.status.success(), "{status:?}");
    let mut book: Xlsx<_> = open_workbook(out.path().join("cohort.xlsx")).unwrap();
    let sheet = book.sheet_names()[0].clone();
    let cells = book.worksheet_range(&sheet).unwrap();
    let formulas = book.worksheet_formula(&sheet).unwrap();
    assert!(
        formulas.used_cells().all(|(_, _, f)| f.is_empty()),
        "a cell became a formula: {:?}",
        formulas.used_cells().find(|(_, _, f)| !f.is_empty())
    );

    let text = std::fs::read_to_string(dir.path().join("cohort.csv")).unwrap();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(&text.as_bytes()[BOM.len()..]);
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(
        cells.height(),
        records.len(),
        "one spreadsheet row per CSV record"
    );
    let number = COLUMNS.iter().position(|c| *c == "number").unwrap();
    let mut numbers = 0;
    for (r, record) in records.iter().enumerate() {
        for (c, field) in record.iter().enumerate() {
            let cell = cells.get((r, c)).unwrap_or(&Data::Empty);
            match cell {
                Data::Empty => assert_eq!(field, "", "row {r} column {c}"),
                Data::String(s) => assert_eq!(s, field, "row {r} column {c}"),
                Data::Float(f) => {
                    assert_eq!(field.parse::<f64>().ok(), Some(*f), "row {r} col {c}")
                }
                Data::Int(i) => assert_eq!(field.parse::<i64>().ok(), Some(*i), "row {r} col {c}"),
                other => panic!("row {r} column {c}: {field:?} became {other:?}"),
            }
            if r > 0 && c == number && !field.is_empty() {
                assert!(
                    matches!(cell, Data::Float(_) | Data::Int(_)),
                    "row {r}: the number column holds a number, got {cell:?}"
                );
                numbers += 1;
            }
        }
    }
    assert!(numbers > 0, "some scale or rating in the cohort");
    let strings: Vec<&str> = cells
        .used_cells()
        .filter_map(|(_, _, d)| match d {
            Data::String(s) => Some(s.as_str()),
            _ => None,
        })
        .collect();
    assert!(strings.contains(&"Zoë 👩‍⚕️"), "the name kept whole");
    assert!(strings.contains(&"'-2+3"), "-2+3 stays text");
    assert!(strings.contains(&"'=1+1"), "=1+1 stays text");
    assert_eq!(
        cells.get((0, 0)),
        Some(&Data::String(COLUMNS[0].into())),
        "no BOM in A1"
    );
}
