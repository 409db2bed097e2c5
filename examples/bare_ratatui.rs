//! The bare ratatui + crossterm program the `figures` bench measures convene against: its
//! first frame is one line of text, and every key after that draws a whole new frame (one
//! line, a count of the keys, which ratatui still diffs cell by cell over the whole
//! screen) — the floor any full-screen ratatui program pays per key. `q` or Ctrl-Q quits.
//! Never reads or writes a file.

use std::io;

use crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use ratatui::widgets::Paragraph;

fn main() -> io::Result<()> {
    let mut terminal = ratatui::init();
    let result = run(&mut terminal);
    ratatui::restore();
    result
}

fn run(terminal: &mut ratatui::DefaultTerminal) -> io::Result<()> {
    terminal.draw(|f| f.render_widget(Paragraph::new("A bare ratatui program."), f.area()))?;
    let mut keys = 0usize;
    loop {
        let Event::Key(key) = event::read()? else {
            continue;
        };
        if key.kind != KeyEventKind::Press {
            continue;
        }
        let ctrl_q = key.code == KeyCode::Char('q') && key.modifiers == KeyModifiers::CONTROL;
        if key.code == KeyCode::Char('q') || ctrl_q {
            return Ok(());
        }
        keys += 1;
        terminal.draw(|f| f.render_widget(Paragraph::new(format!("{keys} keys")), f.area()))?;
    }
}
