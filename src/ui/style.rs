//! The look: a handful of styles, with colour only when the terminal wants it (NO_COLOR).
//!
//! Never the only carrier of meaning: every styled state also has a symbol or a word.

use ratatui::style::{Color, Modifier, Style};

/// Styles for one frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    pub fn new(color: bool) -> Theme {
        Theme { color }
    }

    fn tint(self, style: Style, color: Color) -> Style {
        if self.color { style.fg(color) } else { style }
    }

    pub fn plain(self) -> Style {
        Style::default()
    }
    pub fn bold(self) -> Style {
        Style::default().add_modifier(Modifier::BOLD)
    }
    pub fn dim(self) -> Style {
        Style::default().add_modifier(Modifier::DIM)
    }
    pub fn italic(self) -> Style {
        Style::default().add_modifier(Modifier::ITALIC)
    }
    pub fn title(self) -> Style {
        self.tint(self.bold(), Color::Cyan)
    }
    /// The focused prompt's question.
    pub fn focus(self) -> Style {
        self.tint(self.bold(), Color::Yellow)
    }
    /// The focused cell or option: reversed, so it shows without colour.
    pub fn cursor(self) -> Style {
        Style::default().add_modifier(Modifier::REVERSED)
    }
    pub fn selected(self) -> Style {
        self.tint(self.bold(), Color::Green)
    }
    pub fn key(self) -> Style {
        self.tint(self.bold(), Color::Cyan)
    }
    pub fn ok(self) -> Style {
        self.tint(self.plain(), Color::Green)
    }
    pub fn warn(self) -> Style {
        self.tint(self.bold(), Color::Yellow)
    }
    pub fn error(self) -> Style {
        self.tint(self.bold().add_modifier(Modifier::REVERSED), Color::Red)
    }
    /// A coach's note: its label and bar, and its text (also set apart by the word
    /// "Coach's note" and the bar, without colour).
    pub fn note_label(self) -> Style {
        self.tint(self.bold(), Color::Magenta)
    }
    pub fn note(self) -> Style {
        self.tint(self.italic(), Color::Magenta)
    }
    pub fn gauge(self) -> Style {
        self.tint(self.plain(), Color::Green)
    }
}
