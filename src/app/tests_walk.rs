//! `update` tests for the smaller things a newcomer tripped over (issue 19, point 10).

use super::testpack::state;
use super::tests::{key, typ};
use super::*;
use crate::workbook::Answer;

fn story(s: &State) -> Option<String> {
    match s.workbook.answers.get("map.story") {
        Some(Answer::Text(t)) => Some(t.clone()),
        _ => None,
    }
}

#[test]
fn ctrl_z_takes_back_the_last_word_typed_not_the_last_letter() {
    let mut s = state();
    update(&mut s, Msg::NextPrompt);
    typ(&mut s, "It began with a call");
    key(&mut s, EditKey::Undo);
    assert_eq!(story(&s).as_deref(), Some("It began with a "));
    key(&mut s, EditKey::Undo);
    assert_eq!(story(&s).as_deref(), Some("It began with "));
    key(&mut s, EditKey::Redo);
    key(&mut s, EditKey::Redo);
    assert_eq!(story(&s).as_deref(), Some("It began with a call"));
}

#[test]
fn f1_on_the_home_screen_and_the_welcome_opens_their_help_not_about() {
    use super::home::{HomeState, home_update};
    let mut s = HomeState::new(Vec::new());
    home_update(&mut s, Msg::OpenHelp);
    assert!(s.help && !s.about);
    home_update(&mut s, Msg::Edit(EditKey::Char('x')));
    assert_eq!(
        s.welcome.as_ref().map(|w| w.initiative_text()).as_deref(),
        Some(""),
        "keys under the help do not reach the form"
    );
    home_update(&mut s, Msg::Escape);
    assert!(!s.help && s.welcome.is_some());
    home_update(&mut s, Msg::OpenAbout);
    assert!(s.about && !s.help);
}
