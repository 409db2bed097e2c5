//! Screen tests for the rough edges a tester found: a question's help rendered as
//! Markdown, and a new exercise shown from its top when Tab or Enter moves into it.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Modifier;

use crate::app::{EditKey, Msg, State, update};
use crate::workbook::Workbook;

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

/// The test pack with Markdown help under the first question.
fn with_help(help: &str) -> State {
    let mut pack = crate::app::testpack::pack();
    pack.themes[0].exercises[0].prompts[0].help = Some(help.to_string().into());
    State::new(pack, Workbook::default(), "t".into())
}

/// Where `word` starts on screen, and whether its first cell has `modifier`.
fn styled(t: &Terminal<TestBackend>, word: &str, modifier: Modifier) -> Option<bool> {
    let buf = t.backend().buffer();
    let area = buf.area;
    for y in 0..area.height {
        let row: String = (0..area.width).map(|x| buf[(x, y)].symbol()).collect();
        if let Some(at) = row.find(word) {
            let x = u16::try_from(row[..at].chars().count()).ok()?;
            return Some(buf[(x, y)].modifier.contains(modifier));
        }
    }
    None
}

#[test]
fn help_under_a_question_is_markdown_wrapped_and_sanitised() {
    let s = with_help(
        "Use *short* names, **not** job titles: \"Clinic ↔ care homes\" is better than a long \
         description of everything the group does.\u{1b}[2J",
    );
    let t = terminal(&s, 80, 24);
    insta::assert_snapshot!(t.backend().to_string());
    assert_eq!(styled(&t, "short", Modifier::ITALIC), Some(true));
    assert_eq!(styled(&t, "not job", Modifier::BOLD), Some(true));
    assert_eq!(styled(&t, "names", Modifier::BOLD), Some(false));
    let text = t.backend().to_string();
    assert!(!text.contains("*short*") && !text.contains("**not**"));
    assert!(
        !text.contains('\u{1b}'),
        "control characters are made visible"
    );
}

#[test]
fn help_under_a_question_wraps_at_40_columns() {
    let mut s = with_help("A *first* line.\n\nA second paragraph, long enough to wrap here.");
    update(&mut s, Msg::Edit(EditKey::Char('x')));
    insta::assert_snapshot!(terminal(&s, 40, 12).backend().to_string());
}

/// Five people in the list, then Enter on the last prompt of the first exercise: focus
/// moves into "Power and influence", whose first prompt is a grid too tall for 80×24.
fn entered_power() -> State {
    let mut s = crate::app::testpack::state();
    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 0,
            prompt: 2,
        },
    );
    for (i, name) in ["Ann", "Bo", "Cy", "Di", "Ed"].iter().enumerate() {
        if i > 0 {
            for _ in 0..3 {
                update(&mut s, Msg::Edit(EditKey::Enter));
            }
        }
        for c in name.chars() {
            update(&mut s, Msg::Edit(EditKey::Char(c)));
        }
    }
    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 0,
            prompt: 6,
        },
    );
    update(&mut s, Msg::Edit(EditKey::Enter));
    assert_eq!((s.ex, s.prompt, s.cell), (1, 0, 0));
    s
}

#[test]
fn entering_an_exercise_shows_it_from_its_top_while_the_focused_cell_fits() {
    let s = entered_power();
    let screen = terminal(&s, 80, 24).backend().to_string();
    insta::assert_snapshot!(screen);
    assert!(screen.contains("Power and influence"), "the title shows");
    assert!(screen.contains("Some guidance"), "the guidance shows");
}

#[test]
fn a_later_tall_prompt_still_scrolls_to_its_top_and_a_far_cell_scrolls_the_guidance_away() {
    let mut s = entered_power();
    update(&mut s, Msg::NextPrompt);
    let screen = terminal(&s, 80, 24).backend().to_string();
    assert!(screen.contains("2. Place each stakeholder."));
    assert!(
        !screen.contains("Some guidance"),
        "the second prompt is shown whole"
    );
    let mut s = entered_power();
    for _ in 0..9 {
        update(&mut s, Msg::Edit(EditKey::Down));
    }
    let screen = terminal(&s, 80, 24).backend().to_string();
    insta::assert_snapshot!(screen);
    assert!(screen.contains("Ed"), "the focused cell shows");
}
