//! Screen tests: snapshots of the workbook screen and overlays, a size sweep, hit tests.

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use crate::app::testpack::state;
use crate::app::{EditKey, Msg, State, update};

/// The workbook screen drawn at w×h, as text.
pub(super) fn draw(state: &State, w: u16, h: u16) -> String {
    let t = terminal(state, w, h);
    t.backend().to_string()
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

fn typ(s: &mut State, text: &str) {
    for c in text.chars() {
        update(s, Msg::Edit(EditKey::Char(c)));
    }
}

/// A state with a few answers: a name, a story, two people.
pub(super) fn answered() -> State {
    let mut s = state();
    s.workbook.meta.initiative = "Joined-up care".into();
    typ(&mut s, "Joined-up care");
    update(&mut s, Msg::NextPrompt);
    typ(&mut s, "It began with a conversation.");
    update(&mut s, Msg::NextPrompt);
    typ(&mut s, "Ward sister");
    update(&mut s, Msg::Edit(EditKey::Enter));
    typ(&mut s, "Nurse");
    update(&mut s, Msg::Edit(EditKey::Enter));
    update(&mut s, Msg::Edit(EditKey::Right));
    update(&mut s, Msg::Edit(EditKey::Enter));
    typ(&mut s, "GP");
    // Text from elsewhere (a hand-edited file) may hold control characters.
    let odd = crate::workbook::Answer::Text("It began \u{1b}[31mwith two wards.".into());
    s.workbook.answers.insert("map.story".into(), odd);
    update(&mut s, Msg::Saved);
    s
}

#[test]
fn workbook_screen_80x24() {
    insta::assert_snapshot!(draw(&answered(), 80, 24));
}

#[test]
fn workbook_screen_40x12() {
    insta::assert_snapshot!(draw(&answered(), 40, 12));
}

#[test]
fn grid_with_an_empty_source_list_says_what_to_do() {
    let mut s = state();
    update(&mut s, Msg::NextExercise);
    let screen = draw(&s, 100, 30);
    assert!(
        screen.contains("Add items to “Who is involved?” first"),
        "{screen}"
    );
    assert!(screen.contains("(in Map the landscape)"), "{screen}");
}

#[test]
fn quadrant_shows_its_placement() {
    let mut s = answered();
    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 1,
            prompt: 1,
        },
    );
    typ(&mut s, "4");
    update(&mut s, Msg::Edit(EditKey::Down));
    typ(&mut s, "5");
    insta::assert_snapshot!(draw(&s, 80, 24));
}

#[test]
fn choice_and_scale_screens() {
    let mut s = answered();
    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 0,
            prompt: 3,
        },
    );
    typ(&mut s, " ");
    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 0,
            prompt: 5,
        },
    );
    typ(&mut s, "3");
    insta::assert_snapshot!(draw(&s, 80, 30));
}

#[test]
fn help_overlay() {
    let mut s = answered();
    update(&mut s, Msg::OpenHelp);
    insta::assert_snapshot!(draw(&s, 80, 24));
}

#[test]
fn map_screen_80x24() {
    let mut s = answered();
    update(&mut s, Msg::OpenMap);
    let screen = draw(&s, 80, 24);
    assert!(screen.contains("Map — Joined-up care"), "{screen}");
    assert!(screen.contains("Esc back to answers"), "{screen}");
    insta::assert_snapshot!(screen);
    // Help over the map: the footer gives the help's keys, not the map's.
    update(&mut s, Msg::OpenHelp);
    let screen = draw(&s, 80, 24);
    assert!(screen.contains("Esc close"), "{screen}");
    assert!(!screen.contains("Esc back to answers"), "{screen}");
    update(&mut s, Msg::Escape);
    assert!(draw(&s, 80, 24).contains("Esc back to answers"));
    update(&mut s, Msg::Escape);
    assert!(draw(&s, 80, 24).contains("F3 map"));
}

#[test]
fn outline_overlay() {
    let mut s = answered();
    update(&mut s, Msg::OpenOutline);
    insta::assert_snapshot!(draw(&s, 80, 24));
}

#[test]
fn about_overlay_credits_the_frameworks_and_the_pack() {
    let mut s = answered();
    update(&mut s, Msg::OpenAbout);
    let screen = draw(&s, 80, 30);
    assert!(
        screen.contains("Etienne and Beverly Wenger-Trayner"),
        "{screen}"
    );
    assert!(
        screen.contains("Written for the tests of convene."),
        "{screen}"
    );
    insta::assert_snapshot!(screen);
}

#[test]
fn failed_save_is_shown_and_saved_only_after_success() {
    let mut s = answered();
    assert!(draw(&s, 80, 24).contains("✓ Saved"));
    typ(&mut s, "x");
    assert!(!draw(&s, 80, 24).contains("✓ Saved"));
    update(&mut s, Msg::SaveFailed("disk full".into()));
    assert!(draw(&s, 80, 24).contains("Not saved: disk full"));
}

#[test]
fn too_small_asks_to_enlarge() {
    assert!(draw(&state(), 29, 10).contains("enlarge"));
}

#[test]
fn every_size_renders_without_panic() {
    let mut states = vec![answered(), state()];
    let mut s = answered();
    update(&mut s, Msg::OpenOutline);
    states.push(s);
    let mut s = answered();
    update(&mut s, Msg::OpenMap);
    states.push(s);
    let mut s = answered();
    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 1,
            prompt: 0,
        },
    );
    states.push(s);
    for s in &states {
        for w in (0..=120).step_by(7).chain([1, 30, 31]) {
            for h in (0..=40).step_by(3).chain([1, 8]) {
                let _ = terminal(s, w, h);
            }
        }
    }
}

#[test]
fn a_click_finds_the_prompt_under_it() {
    let s = answered();
    let area = ratatui::layout::Rect::new(0, 0, 80, 24);
    let screen = draw(&s, 80, 24);
    let row = screen.lines().position(|l| l.contains("Who is involved?"));
    let Some(row) = row else {
        unreachable!("prompt not on screen:\n{screen}")
    };
    let row = u16::try_from(row).unwrap_or(0);
    assert_eq!(super::prompt_at(&s, area, 40, row), Some((0, 2)));
    assert_eq!(
        super::prompt_at(&s, area, 2, row),
        None,
        "the sidebar is not a prompt"
    );
}

#[test]
fn no_color_uses_modifiers_only() {
    let mut s = answered();
    s.color = false;
    update(&mut s, Msg::SaveFailed("disk full".into()));
    let t = terminal(&s, 80, 24);
    let buf = t.backend().buffer();
    let coloured = buf
        .content()
        .iter()
        .any(|c| c.fg != ratatui::style::Color::Reset || c.bg != ratatui::style::Color::Reset);
    assert!(!coloured, "NO_COLOR: no cell may carry a colour");
    assert!(buf.content().iter().any(|c| !c.modifier.is_empty()));
}

#[test]
fn a_long_answer_shows_a_preview_until_focused() {
    let mut s = state();
    let long: String = (0..500).map(|i| format!("line {i}\n")).collect();
    s.workbook
        .answers
        .insert("map.story".into(), crate::workbook::Answer::Text(long));
    let screen = draw(&s, 100, 60);
    assert!(screen.contains("line 11"), "{screen}");
    assert!(!screen.contains("line 12 "), "{screen}");
    assert!(screen.contains("(more: go to this question"), "{screen}");
    update(&mut s, Msg::NextPrompt);
    update(&mut s, Msg::Edit(EditKey::Char('!')));
    let screen = draw(&s, 100, 60);
    assert!(
        screen.contains("line 499"),
        "the editor shows where the cursor is:\n{screen}"
    );
}

#[test]
fn the_full_size_sweep_never_panics() {
    let s = answered();
    for w in 0..=120 {
        for h in 0..=40 {
            let _ = terminal(&s, w, h);
        }
    }
}

mod home {
    use super::*;
    use crate::app::home::{HomeEntry, HomeState, home_update};
    use crate::workbook::derive::Progress;

    fn home_draw(s: &HomeState, w: u16, h: u16) -> String {
        home_draw_with(s, &crate::app::testpack::pack(), w, h)
    }

    fn home_draw_with(s: &HomeState, pack: &crate::content::Pack, w: u16, h: u16) -> String {
        let mut t = match Terminal::new(TestBackend::new(w, h)) {
            Ok(t) => t,
            Err(e) => unreachable!("test backend: {e}"),
        };
        if let Err(e) = t.draw(|f| crate::ui::home::render(s, pack, f)) {
            unreachable!("draw: {e}");
        }
        if w == 0 {
            String::new()
        } else {
            t.backend().to_string()
        }
    }

    fn entries() -> Vec<HomeEntry> {
        vec![
            HomeEntry {
                path: "/home/ann/.local/share/convene/frailty.md".into(),
                initiative: "Frailty pathway".into(),
                updated: "2026-03-02T10:15:00Z".into(),
                progress: Progress {
                    answered: 12,
                    total: 60,
                },
            },
            HomeEntry {
                path: "/home/ann/.local/share/convene/icb.md".into(),
                initiative: "ICB data sharing\u{1b}".into(),
                updated: "2026-04-11T09:00:00Z".into(),
                progress: Progress {
                    answered: 60,
                    total: 60,
                },
            },
        ]
    }

    #[test]
    fn home_lists_workbooks_newest_first() {
        insta::assert_snapshot!(home_draw(&HomeState::new(entries()), 80, 24));
    }

    /// A workbook that could not be opened: the cursor on its row, and why on a status
    /// line that wraps (here to two lines) above the keys.
    #[test]
    fn home_says_why_a_workbook_was_not_opened() {
        let state = HomeState::new(entries()).not_opened(
            std::path::Path::new("/home/ann/.local/share/convene/frailty.md"),
            "/home/ann/.local/share/convene/frailty.md:201: a binary file (it holds NUL \
             bytes), not a workbook; the file was left as it is"
                .into(),
        );
        insta::assert_snapshot!(home_draw(&state, 80, 24));
    }

    fn typed(s: &mut HomeState, text: &str) {
        for c in text.chars() {
            home_update(s, Msg::Edit(EditKey::Char(c)));
        }
    }

    /// The welcome at step 1, 2 and 3.
    fn welcome_steps() -> [HomeState; 3] {
        let mut one = HomeState::new(Vec::new());
        typed(&mut one, "Frailty");
        let mut two = HomeState::new(Vec::new());
        typed(&mut two, "Frailty pathway");
        home_update(&mut two, Msg::Edit(EditKey::Enter));
        typed(&mut two, "Sam");
        let mut three = HomeState::new(Vec::new());
        typed(&mut three, "Frailty pathway");
        home_update(&mut three, Msg::Edit(EditKey::Enter));
        typed(&mut three, "Sam");
        home_update(&mut three, Msg::Edit(EditKey::Enter));
        home_update(&mut three, Msg::Edit(EditKey::Up));
        [one, two, three]
    }

    #[test]
    fn first_time_welcome() {
        let [one, two, three] = welcome_steps();
        insta::assert_snapshot!(home_draw(&one, 80, 24));
        insta::assert_snapshot!("welcome_step_2", home_draw(&two, 80, 24));
        insta::assert_snapshot!("welcome_step_3", home_draw(&three, 80, 24));
        insta::assert_snapshot!("welcome_step_1_40x12", home_draw(&one, 40, 12));
        insta::assert_snapshot!("welcome_step_3_40x12", home_draw(&three, 40, 12));
    }

    /// The welcome's last step with the built-in pack: the paths, each with how long it
    /// takes, and what the chosen one is for.
    #[test]
    fn choosing_a_path_in_the_welcome() {
        let pack = crate::content::load_builtin().unwrap_or_else(|p| unreachable!("{p:?}"));
        let paths = pack.paths.iter().map(|p| p.id.clone()).collect();
        let mut s = HomeState::new(Vec::new()).with_paths(paths);
        typed(&mut s, "Steady at Home");
        home_update(&mut s, Msg::Edit(EditKey::Enter));
        typed(&mut s, "Sam Okafor");
        home_update(&mut s, Msg::Edit(EditKey::Enter));
        let first = home_draw_with(&s, &pack, 80, 24);
        assert!(first.contains("› (•) 1. Core, before a session: 8 exercises, about 42"));
        insta::assert_snapshot!("welcome_path_core_80x24", first);
        home_update(&mut s, Msg::Edit(EditKey::Down));
        insta::assert_snapshot!(
            "welcome_path_after_80x24",
            home_draw_with(&s, &pack, 80, 24)
        );
        insta::assert_snapshot!(
            "welcome_path_after_40x12",
            home_draw_with(&s, &pack, 40, 12)
        );
        for w in (0..=120).step_by(7).chain([1]) {
            for h in (0..=40).step_by(5).chain([1]) {
                let _ = home_draw_with(&s, &pack, w, h);
            }
        }
    }

    #[test]
    fn home_renders_at_every_size() {
        let mut about = HomeState::new(entries());
        home_update(&mut about, Msg::OpenAbout);
        let [one, two, three] = welcome_steps();
        for s in [HomeState::new(entries()), one, two, three, about] {
            for w in (0..=120).step_by(5).chain([1]) {
                for h in (0..=40).step_by(3).chain([1]) {
                    let _ = home_draw(&s, w, h);
                }
            }
        }
    }
}

#[test]
fn clicks_on_options_and_cells_reach_them() {
    let area = ratatui::layout::Rect::new(0, 0, 100, 40);
    let row_of = |s: &State, text: &str| {
        let screen = draw(s, 100, 40);
        let Some(row) = screen.lines().position(|l| l.contains(text)) else {
            unreachable!("{text} not on screen:\n{screen}")
        };
        u16::try_from(row).unwrap_or(0)
    };
    let mut s = answered();
    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 0,
            prompt: 3,
        },
    );
    let row = row_of(&s, "At the edge");
    let click = super::click_at(&s, area, 50, row);
    assert_eq!(
        click.and_then(|c| c.target),
        Some(super::prompt::Target::Option(1))
    );
    update(&mut s, Msg::ClickOption(1));
    assert_eq!(
        s.workbook.answers.get("map.stance"),
        Some(&crate::workbook::Answer::Choice("edge".into()))
    );

    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 0,
            prompt: 2,
        },
    );
    let row = row_of(&s, "Role: Nurse");
    let click = super::click_at(&s, area, 50, row);
    assert_eq!(
        click.and_then(|c| c.target),
        Some(super::prompt::Target::Cell(1))
    );
    update(&mut s, Msg::FocusCell(1));
    assert_eq!(s.cell, 1);
    update(&mut s, Msg::Edit(EditKey::Char('!')));
    assert_eq!(
        s.workbook.list_items("map.people")[0].fields.get("role"),
        Some(&crate::workbook::Value::Text("Nurse!".into()))
    );
}

#[test]
fn an_empty_pack_renders_and_navigates_without_panic() {
    let pack = crate::content::Pack::new(
        "e".into(),
        "0".into(),
        "Empty".into(),
        String::new(),
        String::new(),
        Vec::new(),
    );
    let mut s = State::new(pack, crate::workbook::Workbook::default(), "e.md".into());
    for msg in [
        Msg::NextPrompt,
        Msg::PrevExercise,
        Msg::NextExercise,
        Msg::Edit(EditKey::Char('a')),
        Msg::Edit(EditKey::Enter),
        Msg::Paste("x".into()),
        Msg::OpenOutline,
        Msg::Edit(EditKey::Enter),
    ] {
        update(&mut s, msg);
        let _ = draw(&s, 80, 24);
    }
    assert!(s.workbook.answers.is_empty());
}

#[test]
fn the_pane_follows_the_focused_item_down_a_long_list() {
    use crate::workbook::{Answer, Item};
    let mut s = state();
    let items = (0..15)
        .map(|n| Item {
            text: format!("Person {n}"),
            ..Item::default()
        })
        .collect();
    s.workbook
        .answers
        .insert("map.people".into(), Answer::List(items));
    update(&mut s, Msg::NextPrompt);
    update(&mut s, Msg::NextPrompt);
    for _ in 0..100 {
        update(&mut s, Msg::Edit(EditKey::Down));
    }
    let screen = draw(&s, 80, 24);
    assert!(
        screen.contains("15.") && screen.contains("Person 14"),
        "the last item, where the cursor is, is on screen:\n{screen}"
    );
}
