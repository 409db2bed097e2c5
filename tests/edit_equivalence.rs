//! Property test (issue 12): the same random sequence of edits, done through the TUI's
//! `update` (clicks and keys) and through plain mode's machine (typed lines and `:`
//! commands), leaves the same answers in the workbook. Both front ends edit through
//! `workbook::edit`; this checks that their own interaction adds no rule of its own.
//!
//! Runs on tests/packs/valid/edit (every prompt and field kind), starting from workbooks
//! that may hold answers from an earlier version of the pack. `PROPTEST_CASES` raises the
//! number of cases.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod equivalence_support;
mod markdown_support;

use convene::app::State;
use equivalence_support::{op, pack, plain, resolve, start, tui};
use proptest::prelude::*;

proptest! {
    #![proptest_config(markdown_support::config(96))]

    #[test]
    fn the_tui_and_plain_mode_make_the_same_edits(
        wb in start(),
        ops in prop::collection::vec(op(), 1..30),
    ) {
        let pack = pack();
        let mut screen = State::new(pack.clone(), wb.clone(), "test.md".into());
        let mut lines_wb = wb;
        let mut lines = plain::Driver::new(&pack, &lines_wb);
        for (n, op) in ops.iter().enumerate() {
            // What the participant sees: a name being typed already carries its answers.
            let Some(intent) = resolve(&pack, &screen.to_save(), op) else {
                continue;
            };
            tui::apply(&mut screen, &intent);
            lines.apply(&mut lines_wb, &intent);
            let on_screen = screen.to_save();
            prop_assert_eq!(
                &on_screen.answers,
                &lines_wb.answers,
                "after edit {} ({:?})",
                n,
                intent
            );
        }
    }
}
