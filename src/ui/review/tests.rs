//! Snapshots of the review screens (cohort, reader, compare, note editor, help, picker) at
//! 80×24 and a small size, and a sweep of sizes down to 0×0.

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use crate::review::app::testcohort::state;
use crate::review::app::{Key, Msg, State, update};

fn draw(state: &State, w: u16, h: u16) -> String {
    terminal(state, w, h).backend().to_string()
}

fn terminal(state: &State, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = match Terminal::new(TestBackend::new(w, h)) {
        Ok(t) => t,
        Err(e) => unreachable!("test backend: {e}"),
    };
    if let Err(e) = t.draw(|f| {
        super::render(state, f);
    }) {
        unreachable!("draw: {e}");
    }
    t
}

fn keys(s: &mut State, keys: &[Key]) {
    for k in keys {
        update(s, Msg::Key(*k));
    }
}

fn typ(s: &mut State, text: &str) {
    for c in text.chars() {
        update(s, Msg::Key(Key::Char(c)));
    }
}

#[test]
fn cohort() {
    let s = state();
    insta::assert_snapshot!("cohort_80x24", draw(&s, 80, 24));
    insta::assert_snapshot!("cohort_40x12", draw(&s, 40, 12));
    insta::assert_snapshot!("cohort_120x16", draw(&s, 120, 16));
    insta::assert_snapshot!("cohort_30x8", draw(&s, 30, 8));
}

#[test]
fn cohort_searched() {
    let mut s = state();
    keys(&mut s, &[Key::Char('/')]);
    typ(&mut s, "gp");
    insta::assert_snapshot!("cohort_search_80x24", draw(&s, 80, 24));
}

#[test]
fn reader() {
    let mut s = state();
    keys(&mut s, &[Key::Enter, Key::Down]);
    let screen = draw(&s, 80, 24);
    assert!(screen.contains("Before the session:"), "{screen}");
    assert!(
        screen.contains("␛[31m"),
        "control characters shown: {screen}"
    );
    insta::assert_snapshot!("reader_80x24", screen);
    insta::assert_snapshot!("reader_40x12", draw(&s, 40, 12));
    insta::assert_snapshot!("reader_30x8", draw(&s, 30, 8));
    keys(&mut s, &[Key::Tab]);
    let screen = draw(&s, 80, 24);
    assert!(screen.contains("Sway"), "a grid as a table: {screen}");
    insta::assert_snapshot!("reader_grid_80x24", screen);
    keys(&mut s, &[Key::End]);
    insta::assert_snapshot!("reader_orphans_80x24", draw(&s, 80, 24));
}

/// Compare follows the cohort list: a filter leaves the same workbooks out of the answers
/// and of what they add up to, and says so.
#[test]
fn compare_shows_the_workbooks_the_list_shows() {
    let mut s = state();
    // The first filter keeps only the workbooks not started (cy).
    keys(&mut s, &[Key::Char('f'), Key::Char('c')]);
    typ(&mut s, "who is");
    keys(&mut s, &[Key::Enter]);
    let screen = draw(&s, 100, 30);
    assert!(screen.contains("1 of 3 workbooks"), "{screen}");
    assert!(screen.contains("0 of 1 answered"), "{screen}");
    assert!(screen.contains("cy"), "{screen}");
    assert!(!screen.contains("Ada"), "{screen}");
    assert!(!screen.contains("Ward sister"), "{screen}");
}

#[test]
fn compare() {
    let mut s = state();
    keys(&mut s, &[Key::Char('c')]);
    insta::assert_snapshot!("picker_80x24", draw(&s, 80, 24));
    typ(&mut s, "who is");
    keys(&mut s, &[Key::Enter]);
    let screen = draw(&s, 80, 24);
    for name in [
        "Ada",
        "Ben",
        "cy",
        "Ward sister",
        "Pharmacist",
        "not answered",
    ] {
        assert!(screen.contains(name), "{name} in {screen}");
    }
    insta::assert_snapshot!("compare_list_80x24", screen);
    insta::assert_snapshot!("compare_list_40x12", draw(&s, 40, 12));
    keys(&mut s, &[Key::Char('c')]);
    typ(&mut s, "energy");
    keys(&mut s, &[Key::Enter]);
    insta::assert_snapshot!("compare_scale_80x24", draw(&s, 80, 24));
}

/// Compare with the cursor on Ben, a note written from there under his answer, at 80×24
/// and 40×12; the focused participant is marked `▶`, not by colour alone.
#[test]
fn compare_cursor_and_note() {
    let mut s = state();
    keys(&mut s, &[Key::Char('c')]);
    typ(&mut s, "who is");
    keys(&mut s, &[Key::Enter, Key::Down, Key::Char('n')]);
    typ(&mut s, "Ask who the pharmacist answers to.");
    keys(&mut s, &[Key::Esc]);
    let screen = draw(&s, 80, 24);
    assert!(screen.contains("▶ Ben — Frailty hub"), "{screen}");
    assert!(screen.contains("  Ada — Falls prevention"), "{screen}");
    assert!(!screen.contains("▶ Ada"), "{screen}");
    assert!(
        screen.contains("Ask who the pharmacist answers to."),
        "{screen}"
    );
    insta::assert_snapshot!("compare_cursor_80x24", screen);
    let small = draw(&s, 40, 12);
    assert!(
        small.contains("▶ Ben"),
        "the pane follows the cursor: {small}"
    );
    insta::assert_snapshot!("compare_cursor_40x12", small);
    // At the last participant on a small screen, the pane has followed down to it.
    keys(&mut s, &[Key::Down]);
    let small = draw(&s, 40, 12);
    assert!(small.contains("▶ cy"), "{small}");
    assert!(!small.contains("named most often"), "{small}");
    // Home: the first participant, and the top of the screen (the question) in view.
    keys(&mut s, &[Key::Home]);
    let small = draw(&s, 40, 12);
    assert!(small.contains("Compare · Landscape"), "{small}");
    // PageDown moves the view, not the cursor; ↓ brings the view back to the cursor.
    keys(&mut s, &[Key::PageDown]);
    let paged = draw(&s, 40, 12);
    assert!(!paged.contains("Compare · Landscape"), "{paged}");
    keys(&mut s, &[Key::Down]);
    assert!(draw(&s, 40, 12).contains("▶ Ben"));
}

#[test]
fn note_editor() {
    let mut s = state();
    keys(&mut s, &[Key::Enter, Key::Down, Key::Down, Key::Char('n')]);
    typ(
        &mut s,
        "Who else was in the room when it began? Ask about the council.",
    );
    insta::assert_snapshot!("note_80x24", draw(&s, 80, 24));
    insta::assert_snapshot!("note_40x12", draw(&s, 40, 12));
}

#[test]
fn help() {
    let mut s = state();
    keys(&mut s, &[Key::F1]);
    insta::assert_snapshot!("help_80x24", draw(&s, 80, 24));
}

#[test]
fn a_failed_save_shows_on_the_status_line() {
    let mut s = state();
    keys(&mut s, &[Key::Char('n')]);
    typ(&mut s, "x");
    keys(&mut s, &[Key::Esc]);
    update(&mut s, Msg::NotesFailed(0, "read-only folder".into()));
    let screen = draw(&s, 80, 24);
    assert!(screen.contains("NOT saved: read-only folder"), "{screen}");
}

#[test]
fn every_screen_draws_at_every_size() {
    let mut screens = vec![state()];
    let mut s = state();
    keys(&mut s, &[Key::Enter]);
    screens.push(s);
    let mut s = state();
    keys(&mut s, &[Key::Char('c'), Key::Down, Key::Down, Key::Enter]);
    screens.push(s);
    let mut s = state();
    keys(&mut s, &[Key::Enter, Key::Char('n')]);
    typ(&mut s, "a note");
    screens.push(s);
    let mut s = state();
    keys(&mut s, &[Key::Char('c'), Key::Down, Key::Enter, Key::End]);
    screens.push(s);
    let mut s = state();
    keys(&mut s, &[Key::F1]);
    screens.push(s);
    let mut s = state();
    keys(&mut s, &[Key::Char('c')]);
    screens.push(s);
    for s in &screens {
        for (w, h) in [
            (0, 0),
            (1, 1),
            (10, 3),
            (29, 7),
            (30, 8),
            (45, 10),
            (70, 20),
            (200, 60),
        ] {
            let _ = terminal(s, w, h);
        }
    }
}

#[test]
fn many_unreadable_files_end_with_how_many_more() {
    let mut cohort = crate::review::app::testcohort::cohort();
    for i in 0..20 {
        cohort.problems.push((
            format!("/cohort/bad-{i}.md").into(),
            "not a workbook".into(),
        ));
    }
    let s = State::new(crate::app::testpack::pack(), cohort, vec![]);
    let screen = draw(&s, 80, 24);
    assert!(screen.contains("21 file(s) could not be read"), "{screen}");
    assert!(screen.contains("… and 16 more"), "{screen}");
}

#[test]
fn every_review_help_key_is_in_the_readme() {
    let readme = include_str!("../../../README.md");
    let section = readme
        .split("## Reviewing a cohort")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .unwrap_or_default();
    assert!(!section.is_empty(), "README has no review section");
    let mut missing = Vec::new();
    for (_, keys) in crate::words::review::HELP {
        for (key, what) in *keys {
            for k in key.split([',', ' ']).filter(|k| !k.is_empty()) {
                if matches!(k, "type" | "▰▱") {
                    continue;
                }
                if !section.contains(&format!("`{k}`")) {
                    missing.push(format!("{k} ({what})"));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "review keys missing from README: {missing:?}"
    );
}

/// A coach's map of the example workbook (built-in pack): the same pictures the
/// participant sees, under a title naming whose map it is.
#[test]
fn map_of_the_example_workbook() {
    let pack = crate::content::load_builtin().expect("built-in pack");
    let file = include_str!("../../../examples/steady-at-home-falls-prevention.md");
    let workbook = crate::format::markdown::read(file).expect("example workbook");
    let cohort = crate::workbook::cohort::Cohort {
        workbooks: vec![crate::workbook::cohort::Loaded {
            path: "cohort/steady.md".into(),
            workbook,
        }],
        problems: Vec::new(),
    };
    let mut s = State::new(pack, cohort, vec![Ok(Default::default())]);
    s.color = false;
    keys(&mut s, &[Key::Char('m'), Key::Char('5')]);
    let shown = draw(&s, 80, 24);
    assert!(shown.contains("Map — "), "{shown}");
    assert!(shown.contains("Power and stake"), "{shown}");
    assert!(shown.contains("Co-convene"), "{shown}");
    insta::assert_snapshot!("map_power_80x24", shown);
    keys(&mut s, &[Key::Char('1')]);
    insta::assert_snapshot!("map_read_back_40x12", draw(&s, 40, 12));
}

/// Grid cells are never cut: whole at a wide screen, wrapped when the screen is narrow, so
/// two boundaries that differ only at the end read differently (issue 14, point 7).
#[test]
fn grid_cells_are_whole_wide_and_wrapped_narrow() {
    use crate::workbook::{Answer, Row, Value};
    let mut s = state();
    let long = |end: &str| format!("Holds the budget for the falls service and decides {end}");
    let row = |key: &str, end: &str| Row {
        key: key.into(),
        cells: [
            ("sway".to_string(), Value::Number(3)),
            ("note".to_string(), Value::Text(long(end))),
        ]
        .into(),
        skipped: false,
    };
    s.cohort.workbooks[0].workbook.answers.insert(
        "influence.grid".into(),
        Answer::Grid(vec![
            row("GP", "who is seen first"),
            row("Council", "who pays"),
        ]),
    );
    keys(&mut s, &[Key::Enter, Key::Tab]);
    let wide = draw(&s, 200, 30);
    assert!(wide.contains(&long("who is seen first")), "{wide}");
    assert!(wide.contains(&long("who pays")), "{wide}");
    let narrow = draw(&s, 80, 30);
    let pane: String = narrow
        .lines()
        .map(|l| l.trim_matches('"').chars().skip(28).collect::<String>())
        .collect::<Vec<_>>()
        .join(" ");
    let words = |screen: &str| screen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(!pane.contains('…'), "nothing cut:\n{narrow}");
    for end in ["who is seen first", "who pays"] {
        assert!(words(&pane).contains(end), "{end} still shown:\n{narrow}");
    }
}
