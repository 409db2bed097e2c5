//! Reviewing a cohort: good, hand-edited, older-pack, truncated, binary, non-UTF-8 and
//! non-workbook files in nested folders; the summary and CSV parsed back with real readers.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod review_support;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use convene::content::{Pack, load_builtin};
use convene::format::markdown;
use convene::store::cohort::load_cohort;
use convene::workbook::Answer;
use convene::workbook::cohort::{Aggregate, aggregate, answers_to};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

const MULTI: &str =
    "Line one, with a comma\n\n\"Quoted\" second paragraph\u{1b}[31m\n# not a heading";

pub struct Fixture {
    pub dir: tempfile::TempDir,
    pub pack: Pack,
}

impl Fixture {
    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }
}

pub fn fixture() -> Fixture {
    let pack = load_builtin().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join("group/more")).unwrap();
    let text_prompt = pack
        .prompts()
        .find(|p| matches!(p.kind, convene::content::PromptKind::Text { .. }))
        .unwrap()
        .qualified_id
        .clone();

    let alice = review_support::filled(&pack, 1, 0);
    fs::write(root.join("group/alice.md"), markdown::write(&alice, &pack)).unwrap();
    let mut bob = review_support::filled(&pack, 2, 5);
    bob.answers
        .insert(text_prompt.clone(), Answer::Text(MULTI.into()));
    fs::write(root.join("group/bob.md"), markdown::write(&bob, &pack)).unwrap();
    let carol = review_support::filled(&pack, 3, 3);
    fs::write(
        root.join("group/more/carol.md"),
        markdown::write(&carol, &pack),
    )
    .unwrap();

    let mut hand = review_support::filled(&pack, 4, 2);
    hand.meta.participant = "Jo | Smith *bold*".into();
    hand.answers
        .insert(text_prompt.clone(), Answer::Text("ORIGINAL WORDS".into()));
    let text =
        markdown::write(&hand, &pack).replace("ORIGINAL WORDS", "Edited by hand in a text editor");
    fs::write(root.join("hand.md"), text).unwrap();

    let mut older = review_support::filled(&pack, 5, 4);
    older.meta.pack_version = "0.9.0".into();
    older.answers.insert(
        "old_exercise.gone".into(),
        Answer::Text("kept from the old pack".into()),
    );
    fs::write(root.join("older.md"), markdown::write(&older, &pack)).unwrap();

    let full = markdown::write(&alice, &pack);
    let cut = full.find("<!-- /convene:answer -->").unwrap();
    fs::write(root.join("group/truncated.md"), &full[..cut]).unwrap();
    fs::write(root.join("binary.md"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    fs::write(
        root.join("latin1.md"),
        b"---\ninitiative: \"Caf\xe9\"\n---\n",
    )
    .unwrap();
    fs::write(
        root.join("notes.md"),
        "# Meeting notes\n\nJust some notes.\n",
    )
    .unwrap();
    fs::write(root.join("group/.hidden.md"), "not looked at").unwrap();
    fs::write(root.join("group/alice.md.bak"), "a backup").unwrap();
    fs::write(root.join("readme.txt"), "not markdown").unwrap();
    fs::write(
        root.join("group/alice (conflict 2026-11-23 2015).md"),
        markdown::write(&alice, &pack),
    )
    .unwrap();
    Fixture { dir, pack }
}

fn snapshot(dir: &Path) -> BTreeMap<PathBuf, (Vec<u8>, std::time::SystemTime)> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let m = fs::metadata(&p).unwrap().modified().unwrap();
                out.insert(p.clone(), (fs::read(&p).unwrap(), m));
            }
        }
    }
    out
}

#[test]
fn each_bad_file_has_its_reason_and_the_rest_loads_unchanged() {
    let fx = fixture();
    let before = snapshot(fx.dir.path());
    let cohort = load_cohort(&[fx.dir.path().to_path_buf()]);
    assert_eq!(snapshot(fx.dir.path()), before, "review changed a file");

    let names: Vec<String> = cohort
        .workbooks
        .iter()
        .map(|l| l.path.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        ["alice.md", "bob.md", "carol.md", "hand.md", "older.md"]
    );

    let problems: BTreeMap<String, String> = cohort
        .problems
        .iter()
        .map(|(p, r)| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                r.clone(),
            )
        })
        .collect();
    assert_eq!(problems.len(), 5, "{problems:#?}");
    assert_eq!(
        problems["binary.md"],
        "line 3: a binary file (it holds NUL bytes), not a workbook"
    );
    assert_eq!(
        problems["latin1.md"],
        "line 2: not UTF-8 text, so not a workbook"
    );
    assert!(
        problems["notes.md"].starts_with("not a workbook: line 1: "),
        "{}",
        problems["notes.md"]
    );
    let truncated = &problems["truncated.md"];
    assert!(
        truncated.starts_with("not a workbook: line "),
        "{truncated}"
    );
    assert!(
        !truncated.starts_with("not a workbook: line 1:"),
        "{truncated}"
    );
    assert!(problems["alice (conflict 2026-11-23 2015).md"].contains("conflict copy"));

    let hand = &cohort.workbooks[3].workbook;
    assert!(
        hand.answers
            .values()
            .any(|a| a == &Answer::Text("Edited by hand in a text editor".into()))
    );
    let older = &cohort.workbooks[4].workbook;
    assert_eq!(
        older.answer("old_exercise.gone"),
        Some(&Answer::Text("kept from the old pack".into()))
    );
    assert!(
        convene::words::review::pack_note(older, &fx.pack)
            .unwrap()
            .contains("0.9.0")
    );
}

#[test]
fn a_file_named_directly_loads_whatever_its_name_and_missing_paths_are_problems() {
    let fx = fixture();
    let renamed = fx.path("alice.txt");
    fs::copy(fx.path("group/alice.md"), &renamed).unwrap();
    let cohort = load_cohort(&[
        renamed.clone(),
        fx.path("group/alice.md"),
        fx.path("nowhere"),
    ]);
    assert_eq!(cohort.workbooks.len(), 2);
    assert_eq!(
        cohort.problems,
        vec![(fx.path("nowhere"), "does not exist".to_string())]
    );
    let big = fx.path("big.md");
    fs::write(&big, vec![b'a'; 11 * 1024 * 1024]).unwrap();
    let too_big = load_cohort(std::slice::from_ref(&big));
    assert_eq!(
        too_big.problems,
        vec![(
            big,
            "too large to be a workbook (11.0 MB; the limit is 10 MB)".to_string()
        )]
    );
    let same_twice = load_cohort(&[fx.path("group/alice.md"), fx.path("group/alice.md")]);
    assert_eq!(same_twice.workbooks.len(), 1);
}

#[test]
fn list_items_are_counted_once_per_participant_whatever_their_case() {
    let pack = load_builtin().unwrap();
    let list = pack
        .prompts()
        .find(|p| matches!(p.kind, convene::content::PromptKind::List { .. }))
        .unwrap();
    let scale = pack
        .prompts()
        .find(|p| {
            matches!(
                p.kind,
                convene::content::PromptKind::Scale(convene::content::Scale::Numeric(_))
            )
        })
        .unwrap();
    let item = |t: &str| convene::workbook::Item {
        text: t.into(),
        ..Default::default()
    };
    let loaded = |n: usize, items: Vec<convene::workbook::Item>, value: i64| {
        let mut wb = convene::store::blank_workbook(&pack, "I", &format!("P{n}"));
        wb.answers
            .insert(list.qualified_id.clone(), Answer::List(items));
        wb.answers
            .insert(scale.qualified_id.clone(), Answer::Number(value));
        convene::workbook::cohort::Loaded {
            path: PathBuf::from(format!("p{n}.md")),
            workbook: wb,
        }
    };
    let cohort = convene::workbook::cohort::Cohort {
        workbooks: vec![
            loaded(
                1,
                vec![item("Falls clinic"), item("falls CLINIC "), item("GPs")],
                2,
            ),
            loaded(2, vec![item("FALLS clinic"), item("Pharmacy")], 4),
            loaded(3, vec![], 3),
        ],
        problems: Vec::new(),
    };
    let Aggregate::List { answered, items } = aggregate(&cohort, &pack, list) else {
        panic!("not a list aggregate");
    };
    assert_eq!(answered, 2);
    let counts: Vec<(&str, usize)> = items.iter().map(|c| (c.label.as_str(), c.count)).collect();
    assert_eq!(counts, [("Falls clinic", 2), ("GPs", 1), ("Pharmacy", 1)]);
    let Aggregate::Choice {
        answered,
        mean,
        counts,
    } = aggregate(&cohort, &pack, scale)
    else {
        panic!("not a scale aggregate");
    };
    assert_eq!(answered, 3);
    assert_eq!(mean, Some(3.0));
    assert_eq!(counts.iter().filter(|c| c.count == 1).count(), 3);
}

#[test]
fn aggregates_count_across_participants() {
    let fx = fixture();
    let cohort = load_cohort(&[fx.path("group")]);
    assert_eq!(cohort.workbooks.len(), 3);
    let list = fx
        .pack
        .prompts()
        .find(|p| matches!(p.kind, convene::content::PromptKind::List { .. }))
        .unwrap();
    let answered = answers_to(&cohort, &fx.pack, &list.qualified_id)
        .iter()
        .filter(|a| a.answer.is_some())
        .count();
    let Aggregate::List { items, answered: n } = aggregate(&cohort, &fx.pack, list) else {
        panic!("not a list aggregate");
    };
    assert_eq!(n, answered);
    // Each participant names 3 of 6 items, shifted by one: counts add up to 3 per answer.
    assert_eq!(items.iter().map(|c| c.count).sum::<usize>(), 3 * answered);
    assert!(items.windows(2).all(|w| w[0].count >= w[1].count));

    let scale = fx
        .pack
        .prompts()
        .find(|p| matches!(p.kind, convene::content::PromptKind::Scale(_)))
        .unwrap();
    let Aggregate::Choice {
        counts, answered, ..
    } = aggregate(&cohort, &fx.pack, scale)
    else {
        panic!("not a scale aggregate");
    };
    assert_eq!(counts.iter().map(|c| c.count).sum::<usize>(), answered);
}

/// Headings by level, the rows of the first table (header excluded) and its cells (header
/// included).
fn parse_markdown(md: &str) -> (Vec<(HeadingLevel, String)>, usize, usize) {
    let mut headings = Vec::new();
    let mut current: Option<(HeadingLevel, String)> = None;
    let (mut rows, mut cells, mut tables, mut in_first) = (0, 0, 0, false);
    for event in Parser::new_ext(md, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => current = Some((level, String::new())),
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, s)) = current.as_mut() {
                    s.push_str(&t);
                }
            }
            Event::End(TagEnd::Heading(_)) => headings.extend(current.take()),
            Event::Start(Tag::Table(_)) => {
                tables += 1;
                in_first = tables == 1;
            }
            Event::Start(Tag::TableRow) if in_first => rows += 1,
            Event::Start(Tag::TableCell) if in_first => cells += 1,
            Event::End(TagEnd::Table) => in_first = false,
            _ => {}
        }
    }
    (headings, rows, cells)
}

#[test]
fn the_summary_parses_as_markdown_with_a_row_per_participant_and_a_heading_per_prompt() {
    let fx = fixture();
    let cohort = load_cohort(&[fx.dir.path().to_path_buf()]);
    let md = convene::format::summary::summary(&cohort, &fx.pack);
    assert!(
        !md.contains('\u{1b}'),
        "a control character reached the summary"
    );
    assert!(md.contains("␛[31m"));
    let (headings, rows, cells) = parse_markdown(&md);
    assert_eq!(rows, cohort.workbooks.len());
    let columns = 5 + fx.pack.themes.len();
    assert_eq!(cells, (rows + 1) * columns, "a pipe in a name split a cell");
    assert!(md.contains("| Jo \\| Smith \\*bold\\* |"));
    let h2: Vec<&str> = headings
        .iter()
        .filter(|(l, _)| *l == HeadingLevel::H2)
        .map(|(_, s)| s.as_str())
        .collect();
    assert!(h2.contains(&"Progress"));
    assert!(h2.contains(&"Files not reviewed"));
    assert!(h2.contains(&"Answers no longer in the pack"));
    for theme in &fx.pack.themes {
        assert!(
            h2.contains(&theme.title.as_ref()),
            "no heading for {}",
            theme.title
        );
    }
    let h4 = headings
        .iter()
        .filter(|(l, _)| *l == HeadingLevel::H4)
        .count();
    assert_eq!(
        h4,
        fx.pack.prompt_count(),
        "one heading per prompt, none from answers"
    );
    assert!(md.contains("old\\_exercise") || md.contains("`old_exercise.gone`"));
    assert!(md.contains("kept from the old pack"));
}

#[test]
fn the_csv_has_a_row_per_participant_and_prompt_and_keeps_multi_line_answers() {
    use convene::format::csv::{COLUMNS, ORPHAN_THEME, WORKBOOK_THEME};
    let fx = fixture();
    let cohort = load_cohort(&[fx.dir.path().to_path_buf()]);
    let text = convene::format::csv::csv(&cohort, &fx.pack);
    // Written in pieces (the command streams them to the file), it is the same text, after
    // the byte-order mark.
    let mut pieces = Vec::new();
    let notes = convene::workbook::cohort::CohortNotes::default();
    let _ = convene::format::csv::write_csv(&cohort, &fx.pack, &notes, true, |p| {
        pieces.push(p);
        Ok::<(), ()>(())
    });
    assert_eq!(pieces.len(), cohort.workbooks.len() + 1);
    assert_eq!(
        pieces.concat(),
        format!("{}{text}", convene::format::csv::BOM)
    );
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        COLUMNS
    );
    let col = |name: &str| COLUMNS.iter().position(|c| *c == name).unwrap();
    let (theme, answer, row, field, when) = (
        col("theme"),
        col("answer"),
        col("row"),
        col("field"),
        col("when"),
    );
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert!(records.iter().all(|r| r.len() == COLUMNS.len()));
    let own: Vec<&csv::StringRecord> = records
        .iter()
        .filter(|r| r[row].is_empty() && r[field].is_empty())
        .collect();
    let orphans: Vec<&&csv::StringRecord> =
        own.iter().filter(|r| &r[theme] == ORPHAN_THEME).collect();
    assert_eq!(orphans.len(), 1);
    assert_eq!(&orphans[0][answer], "kept from the old pack");
    let workbooks = own.iter().filter(|r| &r[theme] == WORKBOOK_THEME).count();
    assert_eq!(workbooks, cohort.workbooks.len(), "one row per workbook");
    assert_eq!(
        own.len() - orphans.len() - workbooks,
        cohort.workbooks.len() * fx.pack.prompt_count(),
        "one row per participant and prompt"
    );
    let multi = MULTI.replace('\u{1b}', "␛");
    assert!(
        records
            .iter()
            .any(|r| &r[0] == "Participant 2" && r[answer] == multi)
    );
    assert!(
        own.iter().any(|r| r[answer].is_empty()),
        "unanswered prompts have a row"
    );
    assert!(
        records.iter().all(|r| &r[when] == "latest"),
        "no earlier answers here"
    );
}

/// A large folder is read on several threads: every workbook still comes back with its own
/// file (never another's), in path order, and every bad file with its reason.
#[test]
fn a_large_folder_loads_each_file_as_itself() {
    let pack = load_builtin().unwrap();
    let dir = tempfile::tempdir().unwrap();
    for i in 0..60 {
        let name = format!("p{i:03}");
        let path = dir.path().join(format!("{name}.md"));
        if i % 13 == 5 {
            fs::write(&path, format!("not a workbook {i}\n")).unwrap();
            continue;
        }
        let wb = convene::store::blank_workbook(&pack, &format!("Initiative {i}"), &name);
        fs::write(&path, markdown::write(&wb, &pack)).unwrap();
    }
    let cohort = load_cohort(&[dir.path().to_path_buf()]);
    let bad: Vec<usize> = (0..60).filter(|i| i % 13 == 5).collect();
    assert_eq!(cohort.workbooks.len(), 60 - bad.len());
    assert_eq!(cohort.problems.len(), bad.len());
    for loaded in &cohort.workbooks {
        let stem = loaded
            .path
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        assert_eq!(loaded.workbook.meta.participant, stem);
        let i: usize = stem[1..].parse().unwrap();
        assert_eq!(loaded.workbook.meta.initiative, format!("Initiative {i}"));
    }
    assert!(cohort.workbooks.windows(2).all(|w| w[0].path < w[1].path));
    for ((path, reason), i) in cohort.problems.iter().zip(&bad) {
        assert_eq!(path, &dir.path().join(format!("p{i:03}.md")));
        assert!(!reason.is_empty());
    }
}
