//! The example workbooks in examples/ stay finished, readable workbooks of the built-in pack:
//! they parse, answer every prompt of their path, have no orphaned answers, and show the map
//! convene draws. The core-path example is the same participant's pre-work: its answers are
//! the full example's answers to the core questions.

use convene::content::load_builtin;
use convene::format::markdown::read;
use convene::workbook::derive::{orphans, progress};

#[test]
fn the_example_workbook_is_complete_and_current() {
    let text = include_str!("../examples/steady-at-home-falls-prevention.md");
    let pack = load_builtin().expect("built-in pack");
    let wb = read(text).expect("the example reads as a workbook");
    assert_eq!(wb.meta.pack, pack.id);
    assert_eq!(wb.meta.pack_version, pack.version);
    let p = progress(&wb, &pack);
    assert_eq!(p.answered, p.total, "every prompt answered");
    for prompt in pack.prompts() {
        assert!(
            wb.answer(&prompt.qualified_id).is_some(),
            "{} (optional or not) is not answered",
            prompt.qualified_id
        );
    }
    assert_eq!(wb.meta.path, "full");
    assert!(orphans(&wb, &pack).is_empty(), "{:?}", orphans(&wb, &pack));
}

/// The example is exactly what convene writes for its answers today, map section included:
/// when the pack or the writer changes, the example is written again (read it and write it
/// with `convene::format::markdown::write`) rather than left showing an old map.
#[test]
fn the_example_is_what_convene_writes_for_it() {
    let text = include_str!("../examples/steady-at-home-falls-prevention.md");
    let pack = load_builtin().expect("built-in pack");
    let wb = read(text).expect("the example reads as a workbook");
    let written = convene::format::markdown::write(&wb, &pack);
    assert!(
        written.contains("<!-- convene:map -->"),
        "the map section is drawn"
    );
    assert!(
        written == text,
        "examples/steady-at-home-falls-prevention.md is out of date: write it again"
    );
}

const CORE: &str = include_str!("../examples/steady-at-home-core.md");

#[test]
fn the_core_example_answers_its_path_and_only_its_path() {
    let pack = load_builtin().expect("built-in pack");
    let wb = read(CORE).expect("the core example reads as a workbook");
    assert_eq!(wb.meta.pack_version, pack.version);
    assert_eq!(wb.meta.path, "core");
    assert_eq!(wb.meta.moment, convene::content::Moment::Before);
    let p = progress(&wb, &pack);
    assert_eq!(p.answered, p.total, "every core prompt answered");
    let core: Vec<&str> = pack
        .path_exercises("core")
        .flat_map(|e| e.prompts.iter().map(|p| p.qualified_id.as_str()))
        .collect();
    for id in &core {
        assert!(wb.answer(id).is_some(), "{id} is not answered");
    }
    for id in wb.answers.keys() {
        assert!(core.contains(&id.as_str()), "{id} is off the core path");
    }
    assert!(orphans(&wb, &pack).is_empty());
    // The same participant: the answers agree with the full example's.
    let full = read(include_str!(
        "../examples/steady-at-home-falls-prevention.md"
    ))
    .expect("the full example reads");
    for (id, answer) in &wb.answers {
        assert_eq!(full.answers.get(id), Some(answer), "{id} differs");
    }
}

/// The core example is what convene writes: only the core exercises, then the map of what
/// they hold (pictures fed only by other paths are left out).
#[test]
fn the_core_example_is_what_convene_writes_for_it() {
    let pack = load_builtin().expect("built-in pack");
    let wb = read(CORE).expect("the core example reads as a workbook");
    let written = convene::format::markdown::write(&wb, &pack);
    assert!(
        written == CORE,
        "examples/steady-at-home-core.md is out of date: write it again"
    );
    let (answers, map) = CORE
        .split_once("<!-- convene:map -->")
        .expect("the map section is drawn");
    for exercise in pack.exercises() {
        let heading = format!("\n### {}\n", exercise.title);
        assert_eq!(
            answers.contains(&heading),
            pack.on_path(exercise, "core"),
            "{}",
            exercise.id
        );
    }
    assert!(map.contains("### Power and stake (on the map)\n"));
}
