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
    if let Err(e) = t.draw(|f| super::render(state, f)) {
        unreachable!("draw: {e}");
    }
    t
}

/// The test pack with Markdown help under the first question.
fn with_help(help: &str) -> State {
    let mut pack = crate::app::testpack::pack();
    pack.themes[0].exercises[0].prompts[0].help = Some(help.into());
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
