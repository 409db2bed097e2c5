//! The home screen (placeholder until the store lists workbooks): what convene is and how to
//! start a workbook.
//!
//! Pure; never reads the data directory itself.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::sanitize::clean;
use super::style::Theme;
use super::text;

/// A framed page: the pack, how to start, how to leave.
pub fn render_placeholder(frame: &mut Frame, pack: &str, color: bool) {
    let theme = Theme::new(color);
    let area = frame.area();
    if area.width < super::MIN_WIDTH || area.height < super::MIN_HEIGHT {
        super::too_small(theme, frame, area);
        return;
    }
    let [body, footer] = Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(area);
    let lines = vec![
        Line::styled(clean(pack).into_owned(), theme.bold()),
        Line::default(),
        Line::raw(text::HOME_EMPTY),
        Line::raw("Open an existing one with: convene open FILE"),
    ];
    let p = Paragraph::new(lines)
        .block(
            Block::bordered()
                .title(" convene ")
                .border_style(theme.title()),
        )
        .wrap(Wrap { trim: false });
    frame.render_widget(p, body);
    frame.render_widget(
        Paragraph::new(Line::styled("Ctrl-Q or Esc: quit", theme.dim())),
        footer,
    );
}
