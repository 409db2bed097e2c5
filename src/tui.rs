//! The terminal edge: enter and restore the terminal, read events, carry out effects.
//!
//! PLACEHOLDER screen until the participant TUI lands.

use std::process::ExitCode;

use crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::commands::Ctx;

/// The participant's home screen.
pub fn run_home(ctx: &Ctx) -> anyhow::Result<ExitCode> {
    let mut terminal = ratatui::try_init()?;
    let text = format!(
        "convene — {} ({} themes, {} prompts)\n\nThe workbook screens are not built yet.\n\nPress q or Ctrl-C to quit.",
        ctx.pack.title,
        ctx.pack.themes.len(),
        ctx.pack.prompt_count()
    );
    let result = (|| -> anyhow::Result<()> {
        loop {
            terminal.draw(|frame| {
                let p = Paragraph::new(text.as_str())
                    .block(Block::bordered().title(" convene "))
                    .wrap(Wrap { trim: false });
                frame.render_widget(p, frame.area());
            })?;
            if let Event::Key(key) = event::read()? {
                let ctrl_c =
                    key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL);
                if key.kind == KeyEventKind::Press && (key.code == KeyCode::Char('q') || ctrl_c) {
                    return Ok(());
                }
            }
        }
    })();
    ratatui::try_restore()?;
    result.map(|()| ExitCode::SUCCESS)
}

/// One workbook, open for editing. PLACEHOLDER until the workbook screens land: shows which
/// file is open and waits for `q`; the session (and its lock) ends when it returns.
pub fn run_session(
    _ctx: &Ctx,
    session: crate::workbook::store::Session,
    _workbook: crate::workbook::Workbook,
) -> anyhow::Result<ExitCode> {
    let mut terminal = ratatui::try_init()?;
    let text = format!(
        "workbook {} opened; the workbook screens are not built yet; press q",
        session.path().display()
    );
    let result = (|| -> anyhow::Result<()> {
        loop {
            terminal.draw(|frame| {
                let p = Paragraph::new(text.as_str())
                    .block(Block::bordered().title(" convene "))
                    .wrap(Wrap { trim: false });
                frame.render_widget(p, frame.area());
            })?;
            if let Event::Key(key) = event::read()?
                && key.kind == KeyEventKind::Press
                && key.code == KeyCode::Char('q')
            {
                return Ok(());
            }
        }
    })();
    ratatui::try_restore()?;
    result.map(|()| ExitCode::SUCCESS)
}
