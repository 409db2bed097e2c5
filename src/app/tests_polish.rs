//! Pure `update` tests for the rough edges a tester found: blank list items never saved,
//! clearing a pre-filled answer, Ctrl-R copying fields, help rendered as Markdown.

use super::testpack::{said, state};
use super::tests::{key, typ};
use super::*;
use crate::workbook::{Answer, Value};

fn names(wb: &Workbook, id: &str) -> Vec<String> {
    wb.list_items(id).iter().map(|i| i.text.clone()).collect()
}

/// Focus the list of people and write one named item, then Enter to a new blank one.
fn with_blank_item() -> State {
    let mut s = state();
    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 0,
            prompt: 2,
        },
    );
    typ(&mut s, "Ann");
    key(&mut s, EditKey::Enter); // name → role
    key(&mut s, EditKey::Enter); // role → kind
    key(&mut s, EditKey::Enter); // kind → a new, empty item
    s
}

#[test]
fn saving_with_a_blank_item_writes_no_bare_item_and_typing_continues_into_it() {
    let mut s = with_blank_item();
    assert_eq!(names(&s.workbook, "map.people"), ["Ann", ""]);
    assert_eq!(update(&mut s, Msg::Autosave), vec![Effect::Save]);
    let raw = crate::format::markdown::write(&s.workbook, &s.pack);
    assert!(
        raw.lines().any(|l| l.trim() == "-"),
        "the unsaved form has the blank item:\n{raw}"
    );
    let saved = s.to_save();
    assert_eq!(names(&saved, "map.people"), ["Ann"]);
    let text = crate::format::markdown::write(&saved, &s.pack);
    assert!(
        !text.lines().any(|l| l.trim() == "-"),
        "a bare item was written:\n{text}"
    );
    update(&mut s, Msg::Saved);
    typ(&mut s, "Bo");
    assert_eq!(names(&s.workbook, "map.people"), ["Ann", "Bo"]);
    assert_eq!(names(&s.to_save(), "map.people"), ["Ann", "Bo"]);
}

#[test]
fn a_list_holding_only_a_blank_item_is_not_written_at_all() {
    let mut s = state();
    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 0,
            prompt: 2,
        },
    );
    typ(&mut s, "A");
    key(&mut s, EditKey::Backspace);
    assert_eq!(names(&s.workbook, "map.people"), [""]);
    assert_eq!(s.to_save().answers.get("map.people"), None);
    assert!(
        matches!(s.to_save(), std::borrow::Cow::Owned(_)),
        "a copy is made only when needed"
    );
    typ(&mut s, "B");
    assert!(matches!(s.to_save(), std::borrow::Cow::Borrowed(_)));
    assert_eq!(
        s.workbook
            .answers
            .get("map.people")
            .map(|a| matches!(a, Answer::List(_))),
        Some(true)
    );
}

/// The test pack with `map.story` pre-filled from `map.name`.
fn prefilled_state() -> State {
    let mut pack = super::testpack::pack();
    pack.themes[0].exercises[0].prompts[1].kind = crate::content::PromptKind::Text {
        prefill_from: Some("map.name".into()),
    };
    State::new(pack, Workbook::default(), "t".into())
}

fn editor_text(s: &State) -> Option<String> {
    s.editor.as_ref().map(|e| e.text())
}

/// "Enter keeps it", in a long answer too: the offered start is kept as it is (no line
/// break added) and the next question comes.
#[test]
fn enter_keeps_a_prefilled_long_answer_as_it_is_and_goes_on() {
    let mut s = prefilled_state();
    typ(&mut s, "Care homes");
    update(&mut s, Msg::NextPrompt);
    assert_eq!(s.prefilled_from.as_deref(), Some("map.name"));
    key(&mut s, EditKey::Enter);
    assert_eq!(
        s.workbook.answers.get("map.story"),
        Some(&Answer::Text("Care homes".into()))
    );
    assert_eq!(s.prompt, 2, "on to the next question");
}

#[test]
fn ctrl_k_clears_a_prefilled_answer_announces_it_and_ctrl_z_brings_it_back() {
    let mut s = prefilled_state();
    typ(&mut s, "A long answer about care homes");
    update(&mut s, Msg::NextPrompt);
    assert_eq!(s.prefilled_from.as_deref(), Some("map.name"));
    assert!(
        crate::ui::footer::keys(&s).contains(&("Ctrl-K", "clear")),
        "the footer offers clearing a prefilled answer"
    );
    key(&mut s, EditKey::ClearAnswer);
    assert_eq!(editor_text(&s).as_deref(), Some(""));
    assert_eq!(s.workbook.answers.get("map.story"), None);
    assert_eq!(
        said(&s).as_deref(),
        Some(crate::words::participant::CLEARED)
    );
    typ(&mut s, "Fresh");
    assert_eq!(
        s.workbook.answers.get("map.story"),
        Some(&Answer::Text("Fresh".into()))
    );
    for _ in 0.."Fresh".len() {
        key(&mut s, EditKey::Undo);
    }
    key(&mut s, EditKey::Undo);
    assert_eq!(
        editor_text(&s).as_deref(),
        Some("A long answer about care homes")
    );
    assert_eq!(
        s.workbook.answers.get("map.story"),
        Some(&Answer::Text("A long answer about care homes".into()))
    );
}

#[test]
fn ctrl_k_clears_a_typed_line_a_text_cell_and_a_choice() {
    let mut s = state();
    typ(&mut s, "Care");
    assert!(!crate::ui::footer::keys(&s).contains(&("Ctrl-K", "clear")));
    key(&mut s, EditKey::ClearAnswer);
    assert_eq!(s.workbook.answers.get("map.name"), None);
    key(&mut s, EditKey::Undo);
    assert_eq!(
        s.workbook.answers.get("map.name"),
        Some(&Answer::Text("Care".into()))
    );
    let mut s = with_blank_item();
    key(&mut s, EditKey::Up); // back to Ann's kind
    key(&mut s, EditKey::Up); // Ann's role
    typ(&mut s, "Nurse");
    key(&mut s, EditKey::ClearAnswer);
    let ann = &s.workbook.list_items("map.people")[0];
    assert_eq!(ann.text, "Ann");
    assert_eq!(ann.fields.get("role"), None);
    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 0,
            prompt: 3,
        },
    );
    key(&mut s, EditKey::Char(' '));
    let before = s.workbook.answers.get("map.stance").cloned();
    assert!(before.is_some());
    // A choice too (issue 19): cleared, said, and Ctrl-Z brings it back.
    key(&mut s, EditKey::ClearAnswer);
    assert_eq!(s.workbook.answers.get("map.stance"), None);
    assert_eq!(s.message, Some(Notice::Cleared));
    key(&mut s, EditKey::Undo);
    assert_eq!(s.workbook.answers.get("map.stance").cloned(), before);
}

/// The test pack with `value.cycles` turned into a list seeded from `map.people`, sharing
/// `role` (a line) and `kind` (a choice offering only "org"), with `kind2` unmatched.
fn seeded_with_fields() -> State {
    use crate::content::{Field, FieldKind, Options, PromptKind};
    let field = |id: &str, kind| Field {
        id: id.into(),
        label: id.to_string().into(),
        help: None,
        kind,
    };
    let mut pack = super::testpack::pack();
    pack.themes[1].exercises[1].prompts[0].kind = PromptKind::List {
        item_label: "Person".into(),
        min: None,
        max: None,
        fields: vec![
            field("role", FieldKind::Line),
            field(
                "kind",
                FieldKind::Choice(Options::Fixed(vec![super::testpack::opt(
                    "org",
                    "Organisation",
                )])),
            ),
            field("extra", FieldKind::Line),
        ],
        seed_from: Some("map.people".into()),
    };
    State::new(pack, Workbook::default(), "t".into())
}

#[test]
fn ctrl_r_copies_the_fields_both_lists_share_when_the_values_fit() {
    let mut s = seeded_with_fields();
    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 0,
            prompt: 2,
        },
    );
    typ(&mut s, "Ann");
    key(&mut s, EditKey::Enter);
    typ(&mut s, "Nurse");
    key(&mut s, EditKey::Enter);
    key(&mut s, EditKey::Right); // kind: Organisation
    key(&mut s, EditKey::Enter);
    typ(&mut s, "Bo");
    key(&mut s, EditKey::Enter);
    key(&mut s, EditKey::Enter);
    key(&mut s, EditKey::Right);
    key(&mut s, EditKey::Right); // kind: Person, which the new list does not offer
    let ann = &s.workbook.list_items("map.people")[0];
    assert_eq!(ann.fields.get("kind"), Some(&Value::Choice("org".into())));
    let bo = &s.workbook.list_items("map.people")[1];
    assert_eq!(bo.fields.get("kind"), Some(&Value::Choice("person".into())));
    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 2,
            prompt: 0,
        },
    );
    key(&mut s, EditKey::UseEarlier);
    let got = s.workbook.list_items("value.cycles");
    assert_eq!(names(&s.workbook, "value.cycles"), ["Ann", "Bo"]);
    assert_eq!(
        got[0].fields.get("role"),
        Some(&Value::Text("Nurse".into()))
    );
    assert_eq!(
        got[0].fields.get("kind"),
        Some(&Value::Choice("org".into()))
    );
    assert_eq!(got[0].fields.get("extra"), None);
    assert_eq!(
        got[1].fields.get("kind"),
        None,
        "a value not offered is dropped"
    );
    assert_eq!(got[1].fields.len(), 0);
}

/// Found by the TUI / plain-mode equivalence property: a name typed key by key passed
/// through "B" on its way to "BA" and took over the rows kept for a removed item "B".
#[test]
fn a_name_typed_over_another_kept_name_on_the_way_takes_none_of_its_answers() {
    let mut s = state();
    let item = |t: &str| crate::workbook::Item {
        text: t.into(),
        fields: Default::default(),
    };
    s.workbook
        .answers
        .insert("map.people".into(), Answer::List(vec![item("A")]));
    let kept = crate::workbook::Row {
        key: "B".into(),
        cells: [("sway".to_string(), Value::Number(1))].into(),
        skipped: false,
    };
    s.workbook
        .answers
        .insert("influence.grid".into(), Answer::Grid(vec![kept.clone()]));
    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 0,
            prompt: 2,
        },
    );
    key(&mut s, EditKey::ClearAnswer);
    typ(&mut s, "BA");
    key(&mut s, EditKey::Down);
    assert_eq!(names(&s.workbook, "map.people"), ["BA"]);
    assert_eq!(
        s.workbook.answers.get("influence.grid"),
        Some(&Answer::Grid(vec![kept]))
    );
}
