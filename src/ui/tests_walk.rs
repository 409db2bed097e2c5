//! Screen tests for the smaller things a newcomer tripped over (issue 19, point 10).

use super::tests::draw;
use crate::app::{Msg, State, update};
use crate::workbook::{Answer, Fields, Item, Workbook};

/// The built-in pack at exercise `id`, arrived at with PageDown, over `wb`.
pub(super) fn builtin_at(id: &str, mut wb: Workbook) -> State {
    let pack = crate::content::load_builtin().expect("built-in pack");
    wb.meta.initiative = "Crisis care".into();
    let mut s = State::new(pack, wb, "/home/sam/crisis-care.md".into());
    let mut moves = 0;
    while s.exercise().is_some_and(|e| e.id != id) && moves < 60 {
        update(&mut s, Msg::NextExercise);
        moves += 1;
    }
    assert_eq!(s.exercise().map(|e| e.id.as_str()), Some(id));
    s
}

pub(super) fn items(names: &[&str]) -> Answer {
    Answer::List(
        names
            .iter()
            .map(|n| Item {
                text: (*n).into(),
                fields: Fields::new(),
            })
            .collect(),
    )
}

fn practices(wb: &mut Workbook, names: &[&str]) {
    wb.answers
        .insert("populate-landscape.practices".into(), items(names));
}

fn footer(s: &State) -> Vec<(&'static str, &'static str)> {
    crate::ui::footer::keys(s)
}

#[test]
fn a_grid_without_rows_says_why_and_offers_no_grid_keys() {
    // No practices at all: add them first.
    let s = builtin_at("legitimacy-gaps", Workbook::default());
    let screen = draw(&s, 80, 24);
    assert!(screen.contains("Add items to"), "{screen}");
    assert!(!screen.contains("No rows?"), "{screen}");
    assert!(!footer(&s).contains(&("←→", "change")), "{:?}", footer(&s));
    // Practices, none chosen as a focus: choose some.
    let mut wb = Workbook::default();
    practices(&mut wb, &["Ambulance service", "Police"]);
    let s = builtin_at("legitimacy-gaps", wb.clone());
    let screen = draw(&s, 80, 24);
    assert!(screen.contains("none is chosen yet"), "{screen}");
    assert!(!screen.contains("Add items to"), "{screen}");
    // Chosen, but none rated 2 or less for legitimacy yet: that is what it says.
    wb.answers.insert(
        "populate-landscape.focus".into(),
        Answer::Choices(vec!["Ambulance service".into(), "Police".into()]),
    );
    let s = builtin_at("legitimacy-gaps", wb);
    let screen = draw(&s, 80, 24);
    assert!(screen.contains("No rows yet"), "{screen}");
    assert!(!screen.contains("Add items to"), "{screen}");
    assert!(!footer(&s).contains(&("←→", "change")), "{:?}", footer(&s));
    insta::assert_snapshot!(screen);
}

#[test]
fn a_grid_with_rows_shows_no_word_about_missing_rows_and_offers_its_keys() {
    let mut wb = Workbook::default();
    practices(&mut wb, &["Ambulance service", "Police"]);
    let s = builtin_at("power-and-stake", wb);
    let screen = draw(&s, 80, 24);
    assert!(!screen.contains("No rows"), "{screen}");
    assert!(!screen.contains("Add items to"), "{screen}");
    assert!(footer(&s).contains(&("←→", "change")), "{:?}", footer(&s));
}

fn home_draw(s: &crate::app::home::HomeState, w: u16, h: u16) -> String {
    let pack = crate::content::load_builtin().expect("built-in pack");
    let mut t = match ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)) {
        Ok(t) => t,
        Err(e) => unreachable!("test backend: {e}"),
    };
    if let Err(e) = t.draw(|f| crate::ui::home::render(s, &pack, f)) {
        unreachable!("draw: {e}");
    }
    t.backend().to_string()
}

#[test]
fn f1_on_the_welcome_shows_its_keys_and_f2_about_at_80x24() {
    use crate::app::home::{HomeState, home_update};
    let mut s = HomeState::new(Vec::new());
    let welcome = home_draw(&s, 80, 24);
    // The welcome says truthfully where the name can be changed.
    assert!(welcome.contains("later, in “The initiative”"), "{welcome}");
    assert!(welcome.contains("F1 help"), "{welcome}");
    home_update(&mut s, Msg::OpenHelp);
    let help = home_draw(&s, 80, 24);
    assert!(help.contains("Keys"), "{help}");
    assert!(help.contains("back a step"), "{help}");
    assert!(!help.contains("About convene"), "{help}");
    insta::assert_snapshot!(help);
    // F2 from the help goes to About; Esc closes it, back to the same welcome.
    home_update(&mut s, Msg::OpenAbout);
    assert!(home_draw(&s, 80, 24).contains("About convene"));
    home_update(&mut s, Msg::Escape);
    assert_eq!(home_draw(&s, 80, 24), welcome);
    assert!(s.welcome.is_some(), "the welcome is still there");
}

/// The boundary inventory over eleven practices (the tenth named `tenth`), on a boundary's
/// "One side" cell with the first practice chosen.
fn one_side_among_eleven(tenth: &str) -> State {
    let names = [
        "Ambulance service",
        "Police",
        "Crisis line",
        "Acute hospital",
        "Community mental health team",
        "Council AMHPs",
        "GP practices",
        "Housing options",
        "Peer support network",
        tenth,
        "Integrated care board",
    ];
    let mut wb = Workbook::default();
    practices(&mut wb, &names);
    wb.answers.insert(
        "boundary-inventory.boundaries".into(),
        items(&["Police ↔ NHS"]),
    );
    let mut s = builtin_at("boundary-inventory", wb);
    update(&mut s, Msg::Edit(crate::app::EditKey::Down)); // One side
    update(&mut s, Msg::Edit(crate::app::EditKey::Right)); // picks the first
    s
}

#[test]
fn a_choice_cell_among_eleven_practices_keeps_its_hint_to_two_lines_at_80x24() {
    let mut s = one_side_among_eleven("Carers' centre");
    update(&mut s, Msg::Edit(crate::app::EditKey::Right)); // and the second
    let screen = draw(&s, 80, 24);
    // The hint: the lines under the focused cell (the pane right of the outline).
    let lines: Vec<&str> = screen.lines().collect();
    let cell = lines
        .iter()
        .position(|l| l.contains("›One side"))
        .expect("the focused cell");
    let hint: Vec<&str> = lines[cell + 1..]
        .iter()
        .copied()
        .take_while(|l| l.chars().skip(28).any(|c| c == '·' || c == '←'))
        .collect();
    assert!(!hint.is_empty(), "{screen}");
    assert!(hint.len() <= 2, "{hint:#?}\n{screen}");
    assert!(screen.contains("(2 of 11)"), "{screen}");
    assert!(screen.contains("●Police"), "{screen}");
    insta::assert_snapshot!(screen);
}

/// Letters typed on that cell find an option far from the chosen one: the hint's window
/// moves to what they found, and the status line says it whole at 80 columns.
#[test]
fn letters_finding_a_far_option_move_the_hint_and_fit_the_status_line_at_80x24() {
    let mut s = one_side_among_eleven("Voluntary and community sector alliance");
    for c in "vol".chars() {
        update(&mut s, Msg::Edit(crate::app::EditKey::Char(c)));
    }
    let screen = draw(&s, 80, 24);
    // The window is around what was found (the 10th), not the chosen one (the 1st).
    assert!(screen.contains("(10 of 11)"), "{screen}");
    assert!(screen.contains("›Voluntary"), "{screen}");
    assert!(!screen.contains("●Ambulance"), "{screen}");
    // Too long for 80 columns whole: the keys come first, so the cut takes the label's end
    // (the label is marked in the hint above).
    let status = screen
        .lines()
        .find(|l| l.contains("finds Voluntary"))
        .unwrap_or_else(|| panic!("the status line: {screen}"));
    assert!(
        status.contains("\"Enter chooses, Esc undoes: “vol” finds Voluntary and community"),
        "{status}"
    );
    // Where it fits, the whole sentence.
    let wide = draw(&s, 120, 40);
    assert!(wide.contains("“vol” finds Voluntary and community sector alliance. Enter chooses it, Esc undoes the letters."), "{wide}");
}

#[test]
fn the_welcome_names_every_theme_at_80x24_and_lists_them_at_120x40() {
    let pack = crate::content::load_builtin().expect("built-in pack");
    let s = crate::app::home::HomeState::new(Vec::new());
    let small = home_draw(&s, 80, 24);
    // Each theme's title is on the screen, whole: run on as one paragraph in a short window
    // (a list of seven was cut after the fifth).
    let flat = small.split_whitespace().collect::<Vec<_>>().join(" ");
    for t in &pack.themes {
        assert!(flat.contains(&*t.title), "{} is missing:\n{small}", t.title);
    }
    assert!(
        small.contains("Type your answer here"),
        "the field still shows"
    );
    insta::assert_snapshot!(small);
    // Where there is room, one theme a line.
    let large = home_draw(&s, 120, 40);
    for (i, t) in pack.themes.iter().enumerate() {
        assert!(
            large.contains(&format!("{}. {}", i + 1, t.title)),
            "{large}"
        );
    }
}
