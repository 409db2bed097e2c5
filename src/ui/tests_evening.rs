//! Screen tests for what a newcomer tripped over in a full evening (issue 19): flagged list
//! items.

use super::tests::draw;
use crate::app::testpack::state;
use crate::app::{Msg, update};
use crate::workbook::{Answer, Fields, Item, Value};

#[test]
fn a_nameless_item_and_a_name_used_twice_are_flagged_under_their_names() {
    let mut s = state();
    let item = |text: &str, role: &str| Item {
        text: text.into(),
        fields: Fields::from([("role".to_string(), Value::Text(role.into()))]),
    };
    s.workbook.answers.insert(
        "map.people".into(),
        Answer::List(vec![
            item("Ann", "Chair"),
            item("", "Nurse"),
            item("Ann", ""),
        ]),
    );
    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 0,
            prompt: 2,
        },
    );
    let screen = draw(&s, 80, 40);
    assert!(
        screen.contains("⚠ Item 2 has details but no name"),
        "{screen}"
    );
    assert!(
        screen.contains("⚠ Item 3 has the same name as item 1"),
        "{screen}"
    );
    assert!(!screen.contains("⚠ Item 1"), "{screen}");
}

#[test]
fn the_end_of_the_path_at_80x24() {
    let pack = crate::app::testpack::pack();
    let mut wb = crate::workbook::Workbook::default();
    for p in pack.prompts() {
        wb.answers
            .insert(p.qualified_id.clone(), Answer::Text("x".into()));
    }
    let path =
        "/home/sam/convene/workbooks/a-rather-long-initiative-name-for-the-falls-prevention-hub.md";
    let mut s = crate::app::State::new(pack, wb, path.into());
    let mut moves = 0;
    while s.overlay.is_none() && moves < 200 {
        update(&mut s, Msg::NextPrompt);
        moves += 1;
    }
    let screen = draw(&s, 80, 24);
    assert!(screen.contains("every question you chose"), "{screen}");
    insta::assert_snapshot!(screen);
}

/// The built-in pack at "Power and stake", arrived at with PageDown.
fn power_and_stake() -> crate::app::State {
    let pack = crate::content::load_builtin().expect("built-in pack");
    let mut wb = crate::workbook::Workbook::default();
    wb.meta.initiative = "Crisis care".into();
    let mut s = crate::app::State::new(pack, wb, "/home/sam/crisis-care.md".into());
    let mut moves = 0;
    while s.exercise().is_some_and(|e| e.id != "power-and-stake") && moves < 50 {
        update(&mut s, Msg::NextExercise);
        moves += 1;
    }
    s
}

#[test]
fn arriving_at_an_exercise_at_80x24_shows_its_title_folded_guidance_and_first_question() {
    let s = power_and_stake();
    let screen = draw(&s, 80, 24);
    assert!(screen.contains("Power and stake"), "{screen}");
    assert!(screen.contains("Ctrl-U shows them"), "{screen}");
    assert!(screen.contains("▶  1."), "{screen}");
    insta::assert_snapshot!(screen);
}

#[test]
fn ctrl_u_unfolds_the_guidance_and_keys_scroll_the_pane() {
    let mut s = power_and_stake();
    update(&mut s, Msg::ToggleGuidance);
    let whole = draw(&s, 80, 24);
    assert!(!whole.contains("Ctrl-U shows them"), "{whole}");
    // The layout fed back from drawing, as the loop does: keys scroll from there.
    let (_, pane) = layout(&s, 80, 24);
    update(&mut s, Msg::Drawn(pane));
    let before = crate::app::PaneDrawn::default();
    assert_ne!(pane.pane, Some(before), "the pane can scroll");
    update(&mut s, Msg::ScrollLines(3));
    let down = pane.pane.map(|p| (p.offset + 3).min(p.max));
    assert_eq!(s.scroll.map(usize::from), down);
    let scrolled = draw(&s, 80, 24);
    assert_ne!(scrolled, whole);
    // And back up to the top: the exercise's title again.
    let (_, pane) = layout(&s, 80, 24);
    update(&mut s, Msg::Drawn(pane));
    update(&mut s, Msg::ScrollLines(-3));
    assert_eq!(draw(&s, 80, 24), whole);
}

fn layout(s: &crate::app::State, w: u16, h: u16) -> (String, crate::app::Layout) {
    let mut t = match ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)) {
        Ok(t) => t,
        Err(e) => unreachable!("test backend: {e}"),
    };
    let mut drawn = crate::app::Layout::default();
    if let Err(e) = t.draw(|f| drawn = super::render(s, f)) {
        unreachable!("draw: {e}");
    }
    (t.backend().to_string(), drawn)
}

#[test]
fn the_chosen_option_of_a_choice_cell_is_marked() {
    let s = crate::app::testpack::on_anns_kind("person");
    let screen = draw(&s, 80, 40);
    assert!(screen.contains("Organisation · ●Person"), "{screen}");
}

/// A multiple-choice cell marks what is ticked (●) and where the cursor is (›); letters
/// typed on a choice cell mark what they found (›) before Enter chooses it.
#[test]
fn ticked_options_and_what_letters_found_are_marked() {
    let mut s = crate::app::testpack::on_value_grid();
    update(&mut s, Msg::Edit(crate::app::EditKey::Char('2')));
    let screen = draw(&s, 80, 40);
    assert!(screen.contains("Me · ›●Team"), "{screen}");
    let mut s = crate::app::testpack::on_anns_kind("org");
    update(&mut s, Msg::Edit(crate::app::EditKey::Char('p')));
    let screen = draw(&s, 80, 40);
    assert!(screen.contains("●Organisation · ›Person"), "{screen}");
    assert!(
        screen.contains("“p” finds Person. Enter chooses it"),
        "{screen}"
    );
}
