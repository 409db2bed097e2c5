//! Screen test of a ranking at 80×24: focused, every option with its place (the ranked first,
//! the cursor's row marked) and the keys in the footer; not focused, the order as a list.

use std::path::Path;

use super::tests::draw;
use crate::app::{EditKey, Msg, State, update};
use crate::workbook::Workbook;

#[test]
fn a_ranking_shows_its_order_and_the_options_left() {
    let pack = crate::store::pack::load_dir(Path::new("tests/packs/valid/edit"))
        .unwrap_or_else(|p| unreachable!("{p:?}"));
    let mut s = State::new(pack, Workbook::default(), "kinds.md".into());
    s.color = false;
    let focus = |s: &mut State, prompt| {
        update(
            s,
            Msg::FocusPrompt {
                exercise: 1,
                prompt,
            },
        );
    };
    focus(&mut s, 6);
    update(&mut s, Msg::ClickOption(3));
    update(&mut s, Msg::ClickOption(3));
    update(&mut s, Msg::Edit(EditKey::MoveItemUp));
    let shown = draw(&s, 80, 24);
    assert!(shown.contains("›[1] Reach"), "{shown}");
    assert!(shown.contains(" [2] Trust"), "{shown}");
    assert!(shown.contains(" [ ] Speed"), "{shown}");
    assert!(shown.contains("Alt-↑↓ order"), "{shown}");
    insta::assert_snapshot!("ranking_focused_80x24", shown);
    focus(&mut s, 7);
    let shown = draw(&s, 80, 40);
    assert!(shown.contains("1. Reach"), "{shown}");
    assert!(shown.contains("2. Trust"), "{shown}");
}
