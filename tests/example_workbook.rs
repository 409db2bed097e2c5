//! The example workbook in examples/ stays a finished, readable workbook of the built-in pack:
//! it parses, answers every prompt, has no orphaned answers, and shows the map convene draws.

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
