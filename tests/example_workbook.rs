//! The example workbook in examples/ stays a finished, readable workbook of the built-in pack:
//! it parses, answers every prompt and has no orphaned answers.

use convene::content::load_builtin;
use convene::workbook::derive::{orphans, progress};
use convene::workbook::markdown::read;

#[test]
fn the_example_workbook_is_complete_and_current() {
    let text = include_str!("../examples/steady-at-home-falls-prevention.md");
    let pack = load_builtin().expect("built-in pack");
    let wb = read(text).expect("the example reads as a workbook");
    assert_eq!(wb.meta.pack, pack.id);
    assert_eq!(wb.meta.pack_version, pack.version);
    let p = progress(&wb, &pack);
    assert_eq!(p.answered, p.total, "every prompt answered");
    assert!(orphans(&wb, &pack).is_empty(), "{:?}", orphans(&wb, &pack));
}
