//! Drawing the map of an initiative: a tab line (the read-back, then one tab per picture),
//! the tab's caption, and the picture itself — a network, a quadrant chart, bars or the
//! read-back page — with a text form for small screens.
//!
//! Pure and independent of the participant's `State` (the coach's screens reuse
//! `render_map`): never changes anything, never panics at any size (0×0 included), and
//! every label from a pack or a workbook is sanitised and cut to fit.

mod bars;
#[doc(hidden)]
pub mod fixture;
mod network;
mod quadrant;
mod readback;
pub mod screen;
#[cfg(test)]
mod tests;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::style::Theme;
use super::wrap;
use crate::app::{MapDrawn, MapView};
use crate::map::{Map, PictureBody};
use crate::text::sanitize::clean;
use crate::words::participant as text;

/// Below this (width, height) of the picture's area, networks and quadrants are drawn as
/// text: lists per group or quadrant, edges as "A — B (hot)".
pub const RICH_MIN: (u16, u16) = (64, 14);

/// Draws `map` at the tab `view` chooses into `area` of `buf`; returns the tab drawn and
/// how far its text scrolls at this size. `color` false: meaning is carried by words,
/// symbols and modifiers only.
pub fn render_map(
    buf: &mut Buffer,
    area: Rect,
    map: &Map,
    view: &MapView,
    color: bool,
) -> MapDrawn {
    let area = area.intersection(buf.area);
    let tab = view.tab.min(map.pictures.len());
    let mut drawn = MapDrawn { tab, max_scroll: 0 };
    if area.is_empty() {
        return drawn;
    }
    let theme = Theme::new(color);
    let with_caption = area.height >= 6;
    let [tabs_row, caption_row, body] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(u16::from(with_caption)),
        Constraint::Fill(1),
    ])
    .areas(area);
    Paragraph::new(tab_line(map, tab, theme, usize::from(area.width))).render(tabs_row, buf);
    if with_caption {
        let caption = match tab.checked_sub(1).and_then(|i| map.pictures.get(i)) {
            Some(p) => clean(&p.caption).into_owned(),
            None => text::MAP_READ_BACK_CAPTION.to_string(),
        };
        let caption = crate::text::wrap::fit(&caption, usize::from(caption_row.width));
        Paragraph::new(Span::styled(caption, theme.italic().patch(theme.dim())))
            .render(caption_row, buf);
    }
    if body.is_empty() {
        return drawn;
    }
    let picture = tab.checked_sub(1).and_then(|i| map.pictures.get(i));
    let rich = body.width >= RICH_MIN.0 && body.height >= RICH_MIN.1;
    match picture.map(|p| &p.body) {
        Some(PictureBody::Network(n)) if rich && !n.nodes.is_empty() => {
            network::render(buf, body, n, theme);
        }
        Some(PictureBody::Quadrant(q)) if rich && !q.points.is_empty() => {
            quadrant::render(buf, body, q, theme);
        }
        _ => {
            let lines = lines(map, tab, usize::from(body.width), theme);
            let max = lines.len().saturating_sub(usize::from(body.height));
            drawn.max_scroll = u16::try_from(max).unwrap_or(u16::MAX);
            let offset = view.scroll.min(drawn.max_scroll);
            Paragraph::new(lines).scroll((offset, 0)).render(body, buf);
        }
    }
    drawn
}

/// How many lines the text form of `tab` takes at `width` columns (for the mouse wheel).
pub fn line_count(map: &Map, tab: usize, width: u16) -> usize {
    lines(
        map,
        tab.min(map.pictures.len()),
        usize::from(width),
        Theme::new(false),
    )
    .len()
}

/// The text form of a tab: the read-back page, bars, or a network or quadrant as lists.
fn lines(map: &Map, tab: usize, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let Some(picture) = tab.checked_sub(1).and_then(|i| map.pictures.get(i)) else {
        let mut out = readback::lines(map.read_back.as_ref(), width, theme);
        if map.pictures.is_empty() {
            out.push(Line::default());
            out.extend(wrap::wrap(text::MAP_NO_PICTURES, theme.dim(), width, 0));
        }
        return out;
    };
    if picture.body.is_empty() {
        let mut out = wrap::wrap(
            &text::map_empty(&clean(&picture.title)),
            theme.plain(),
            width,
            0,
        );
        if let PictureBody::Quadrant(q) = &picture.body
            && !q.unplaced.is_empty()
        {
            out.push(Line::default());
            out.extend(quadrant::unplaced(q, width, theme));
        }
        return out;
    }
    match &picture.body {
        PictureBody::Network(n) => network::text_form(n, width, theme),
        PictureBody::Quadrant(q) => quadrant::text_form(q, width, theme),
        PictureBody::Bars(b) => bars::lines(b, width, theme),
    }
}

/// "1 Read-back  2 Landscape  3 Power …" with the current tab reversed; when that does not
/// fit, the other names are cut short, then only the current tab is named ("1 2 ▌3 Power▐ 4 5"), and failing that
/// "‹ 3/5 Power ›".
fn tab_line(map: &Map, tab: usize, theme: Theme, width: usize) -> Line<'static> {
    let names: Vec<String> = std::iter::once(text::MAP_READ_BACK_TAB.to_string())
        .chain(map.pictures.iter().map(|p| clean(&p.title).into_owned()))
        .collect();
    let current = theme.cursor().patch(theme.bold());
    // Other tabs' names in full, then cut to 18 or 10 columns, then as numbers only.
    for room in [usize::MAX, 18, 10, 0] {
        let tabs: Vec<String> = names
            .iter()
            .enumerate()
            .map(|(i, n)| {
                if i == tab || room == usize::MAX {
                    format!(" {} {n} ", i + 1)
                } else if room == 0 {
                    format!(" {} ", i + 1)
                } else {
                    format!(" {} {} ", i + 1, crate::text::wrap::fit(n, room))
                }
            })
            .collect();
        if tabs.iter().map(|t| t.width()).sum::<usize>() <= width {
            let spans = tabs.into_iter().enumerate().map(|(i, t)| {
                let style = if i == tab { current } else { theme.dim() };
                Span::styled(t, style)
            });
            return Line::from(spans.collect::<Vec<_>>());
        }
    }
    let name = names.get(tab).map_or("", String::as_str);
    let head = format!("‹ {}/{} ", tab + 1, names.len());
    let room = width.saturating_sub(head.width() + 2);
    let line = format!("{head}{} ›", crate::text::wrap::fit(name, room));
    Line::from(Span::styled(crate::text::wrap::fit(&line, width), current))
}

/// A colour for group, kind or quadrant `i`, when colour is allowed.
fn tint(theme: Theme, style: Style, i: usize) -> Style {
    const COLORS: [Color; 6] = [
        Color::Cyan,
        Color::Green,
        Color::Magenta,
        Color::Blue,
        Color::Yellow,
        Color::LightRed,
    ];
    if theme.color {
        style.fg(COLORS[i % COLORS.len()])
    } else {
        style
    }
}

/// The emphasis of something hot (a boundary with friction): bold, red when colour is
/// allowed.
fn hot(theme: Theme) -> Style {
    if theme.color {
        theme.bold().fg(Color::Red)
    } else {
        theme.bold()
    }
}

/// A label made safe and cut to `max` columns.
fn label(text: &str, max: usize) -> String {
    crate::text::wrap::fit(&clean(text), max)
}
