//! Property tests: any workbook written as Markdown reads back exactly, also with Windows
//! line ends and a byte-order mark, and the file never holds raw control characters.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod markdown_support;

use convene::format::markdown::{read, write};
use convene::workbook::Workbook;
use markdown_support::{full_workbook, hostile, hostile_pack, pack, workbook};
use proptest::prelude::*;

fn check(wb: &Workbook) -> Result<(), TestCaseError> {
    check_with(wb, &pack())
}

fn check_with(wb: &Workbook, pack: &convene::content::Pack) -> Result<(), TestCaseError> {
    let md = write(wb, pack);
    prop_assert_eq!(read(&md), Ok(wb.clone()), "file:\n{}", md);
    prop_assert!(
        md.chars()
            .all(|c| c == '\n' || c == '\t' || !c.is_control()),
        "raw control character in:\n{md:?}"
    );
    let windows = format!("\u{feff}{}", md.replace('\n', "\r\n"));
    prop_assert_eq!(read(&windows), Ok(wb.clone()), "with \\r\\n and BOM");
    Ok(())
}

proptest! {
    #![proptest_config(markdown_support::config(2000))]

    #[test]
    fn any_workbook_round_trips(wb in workbook()) {
        check(&wb)?;
    }
}

proptest! {
    #![proptest_config(markdown_support::config(500))]

    /// Arbitrary Unicode (not only the hostile pieces) in every text answer and in the meta.
    #[test]
    fn arbitrary_unicode_round_trips(
        texts in prop::collection::vec(any::<String>(), 0..4),
        initiative in any::<String>(),
    ) {
        let mut wb = full_workbook();
        wb.meta.initiative = initiative;
        for (i, t) in texts.into_iter().enumerate() {
            let id = ["populate-landscape.story", "populate-landscape.summary", "x.y", ""][i];
            wb.answers.insert(id.to_string(), convene::workbook::Answer::Text(t.clone()));
            wb.latest_answers_mut().insert(id.to_string(), convene::workbook::Answer::Text(t));
        }
        check(&wb)?;
    }
}

proptest! {
    #![proptest_config(markdown_support::config(500))]

    /// Whatever the pack's titles, wordings and labels say, the file reads back exactly.
    #[test]
    fn hostile_pack_text_cannot_break_the_file(
        words in prop::collection::vec(hostile(), 1..12),
        wb in workbook(),
    ) {
        let mut full = full_workbook();
        full.answers.extend(wb.answers);
        full.earlier = wb.earlier;
        check_with(&full, &hostile_pack(&words))?;
    }
}

proptest! {
    #![proptest_config(markdown_support::config(1000))]

    /// A damaged or foreign file is an error naming a line of the file, never a panic.
    #[test]
    fn damaged_files_are_errors_not_panics(
        wb in workbook(),
        edits in prop::collection::vec((any::<prop::sample::Index>(), 0u8..3, hostile()), 1..4),
    ) {
        let mut md = write(&wb, &pack());
        for (at, how, text) in edits {
            let mut lines: Vec<String> = md.split('\n').map(String::from).collect();
            let i = at.index(lines.len());
            match how {
                0 => { lines.remove(i); }
                1 => lines.insert(i, text),
                _ => {
                    let line = &mut lines[i];
                    let cut = (0..=line.len()).rev().find(|&c| line.is_char_boundary(c) && c <= line.len() / 2).unwrap_or(0);
                    line.insert_str(cut, &text);
                }
            }
            md = lines.join("\n");
        }
        if let Err(e) = read(&md) {
            prop_assert!(e.line >= 1 && e.line <= md.split('\n').count() + 1, "{e}");
            prop_assert!(!e.message.is_empty());
        }
    }

    #[test]
    fn any_text_is_read_without_panic(text in any::<String>()) {
        let _ = read(&text);
        let _ = read(&format!("---\n{text}"));
        let _ = read(&format!("---\ninitiative: x\npack: p\npack_version: v\ncreated: c\nupdated: u\n---\n{text}"));
    }
}

#[test]
fn full_workbook_round_trips() {
    check(&full_workbook()).unwrap();
}

/// After a session: every answer also kept as it stood before, written last under its own
/// heading with `when="before"`, and read back into `earlier`, not `answers`.
#[test]
fn earlier_answers_round_trip_in_their_own_section() {
    use convene::workbook::Answer;
    let mut wb = full_workbook();
    *wb.latest_answers_mut() = wb.answers.clone();
    wb.latest_answers_mut()
        .insert("gone.prompt".into(), Answer::Text("old words".into()));
    wb.latest_answers_mut().insert(
        "populate-landscape.story".into(),
        Answer::Text(String::new()),
    );
    wb.answers.insert(
        "populate-landscape.story".into(),
        Answer::Text("new words".into()),
    );
    let md = write(&wb, &pack());
    check(&wb).unwrap();
    let section = md.find("\n## Before the session\n").expect("the section");
    assert!(md[section..].contains("when=\"before\""));
    assert!(!md[..section].contains("when=\"before\""));
    assert!(md[section..].contains("### gone.prompt\n"));
    assert!(md[..section].contains("new words"));
    let back = read(&md).unwrap();
    assert_eq!(back.earlier, wb.earlier);
    assert!(
        write(&full_workbook(), &pack())
            .find("Before the session")
            .is_none()
    );
}

/// A series of sessions: each dated snapshot has its own section, newest first, and reads
/// back as it was, oldest first; the latest is what "before the session" means.
#[test]
fn dated_snapshots_round_trip_newest_first() {
    use convene::workbook::{Answer, Snapshot, Taken};
    let mut wb = full_workbook();
    let story = "populate-landscape.story";
    let said = |t: &str| {
        let mut answers = wb.answers.clone();
        answers.insert(story.into(), Answer::Text(t.into()));
        answers
    };
    let (old, newer) = (said("first words"), said("second words"));
    wb.earlier = vec![
        Snapshot {
            taken: Taken::Unknown,
            answers: said("undated words"),
        },
        Snapshot {
            taken: Taken::At("2026-11-02T18:30:00+00:00".into()),
            answers: old,
        },
        Snapshot {
            taken: Taken::At("2026-12-04T09:15:00+01:00".into()),
            answers: newer,
        },
    ];
    check(&wb).unwrap();
    let md = write(&wb, &pack());
    let at = |h: &str| {
        md.find(&format!("\n## {h}\n"))
            .unwrap_or_else(|| panic!("{h}"))
    };
    let (first, second, third) = (
        at("Before the session of 2026-12-04"),
        at("Before the session of 2026-11-02"),
        at("Before the session"),
    );
    assert!(first < second && second < third, "newest first");
    assert!(md[first..second].contains("second words"));
    assert!(md[first..second].contains("taken=\"2026-12-04T09:15:00+01:00\""));
    assert!(
        !md[third..].contains("taken="),
        "the undated one stays undated"
    );
    let back = read(&md).unwrap();
    assert_eq!(back.earlier, wb.earlier);
    assert_eq!(
        back.earlier_answer(story),
        Some(&Answer::Text("second words".into()))
    );
    let history: Vec<_> = back
        .earlier_answers(story)
        .into_iter()
        .map(|(t, _)| t.day())
        .collect();
    assert_eq!(history, [Some("2026-12-04"), Some("2026-11-02"), None]);
}

/// Two Ctrl-T in the same second (the time is kept to the second): two snapshots still, told
/// apart by their number, not merged and not an error.
#[test]
fn two_snapshots_taken_in_the_same_second_stay_two() {
    use convene::workbook::Answer;
    let mut wb = full_workbook();
    let story = "populate-landscape.story";
    wb.answers
        .insert(story.into(), Answer::Text("first".into()));
    wb.start_after();
    wb.answers
        .insert(story.into(), Answer::Text("second".into()));
    wb.start_after();
    wb.date_snapshots("2026-12-04T09:15:00+00:00");
    let md = write(&wb, &pack());
    assert!(md.contains("when=\"before\" snapshot=\"2\" taken=\"2026-12-04T09:15:00+00:00\""));
    // Two the same day are headed with their time as well.
    assert!(
        md.contains("\n## Before the session of 2026-12-04 09:15\n"),
        "{md}"
    );
    let back = read(&md).unwrap();
    assert_eq!(back.earlier, wb.earlier);
    assert_eq!(
        back.earlier_answer(story),
        Some(&Answer::Text("second".into()))
    );
}

/// A file from before snapshots were dated (one `## Before the session`, markers without
/// `taken`) reads as one undated snapshot, and a new one is added beside it.
#[test]
fn an_undated_file_reads_as_one_snapshot() {
    use convene::workbook::{Answer, Taken};
    let md = include_str!("workbooks/before-dated-snapshots.md");
    let mut wb = read(md).unwrap();
    assert_eq!(wb.earlier.len(), 1);
    assert_eq!(wb.earlier[0].taken, Taken::Unknown);
    assert_eq!(
        wb.earlier_answer("the-initiative.role"),
        Some(&Answer::Text("Steady at Home".into()))
    );
    wb.answers
        .insert("the-initiative.role".into(), Answer::Text("Steady".into()));
    wb.start_after();
    wb.date_snapshots("2026-12-04T09:15:00+00:00");
    let builtin = convene::content::load_builtin().unwrap();
    let again = read(&write(&wb, &builtin)).unwrap();
    assert_eq!(again.earlier.len(), 2);
    assert_eq!(again.earlier[0].taken, Taken::Unknown);
    assert_eq!(again.earlier[1].taken.day(), Some("2026-12-04"));
    assert_eq!(
        again.earlier_answer("the-initiative.role"),
        Some(&Answer::Text("Steady".into()))
    );
    assert_eq!(
        again.earlier[0].answers.get("the-initiative.role"),
        Some(&Answer::Text("Steady at Home".into())),
        "the older snapshot is kept as it was"
    );
}

/// An unknown `when`, or `taken` on a current answer: an error naming the marker's line.
#[test]
fn an_unknown_when_or_a_stray_taken_is_an_error_naming_its_line() {
    for (attr, says, on_line) in [
        ("when=\"later\"", "when", "later"),
        ("taken=\"2026-12-04T09:15:00Z\"", "taken", "taken"),
    ] {
        let md = write(&full_workbook(), &pack()).replacen(
            "type=\"text\" -->",
            &format!("type=\"text\" {attr} -->"),
            1,
        );
        let err = read(&md).unwrap_err();
        assert!(err.message.contains(says), "{err}");
        assert!(md.lines().nth(err.line - 1).unwrap().contains(on_line));
    }
}

/// Found by the property: Unicode whitespace is not a blank line.
#[test]
fn unicode_whitespace_values_round_trip() {
    use convene::workbook::{Answer, Item, Row, Value};
    for s in ["\u{2028}", "\u{a0}", "\u{3000}", "\u{85}", "\u{feff}"] {
        let mut wb = full_workbook();
        wb.answers
            .insert("power-legitimacy.cycles".into(), Answer::Choice(s.into()));
        wb.answers
            .insert("x.choices".into(), Answer::Choices(vec![s.into()]));
        wb.answers.insert(
            "x.list".into(),
            Answer::List(vec![Item {
                text: s.into(),
                ..Item::default()
            }]),
        );
        let cells = [(s.to_string(), Value::Text(s.into()))]
            .into_iter()
            .collect();
        wb.answers.insert(
            "x.grid".into(),
            Answer::Grid(vec![Row {
                key: s.into(),
                cells,
            }]),
        );
        check(&wb).unwrap();
    }
}
