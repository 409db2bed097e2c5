//! Guidance and attribution Markdown as wrapped, styled lines: headings, emphasis, lists,
//! paragraphs, code; links show their text.
//!
//! Never sends raw text to the terminal: every piece is sanitised first. Deliberately simple
//! (no tables or images): guidance is short prose.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;

use super::style::Theme;
use super::wrap::Wrapper;
use crate::text::sanitize::clean;

/// Renders Markdown to lines `width` wide.
pub fn render(md: &str, theme: Theme, width: usize) -> Vec<Line<'static>> {
    render_with(md, theme, theme.plain(), width)
}

/// Renders Markdown to lines `width` wide, text in `base` (emphasis adds to it).
pub fn render_with(md: &str, theme: Theme, base: Style, width: usize) -> Vec<Line<'static>> {
    let mut out: Vec<Line<'static>> = Vec::new();
    let mut block: Option<Wrapper> = None;
    let mut styles: Vec<Style> = vec![base];
    // One entry per open list: the next number, or None for bullets.
    let mut lists: Vec<Option<u64>> = Vec::new();
    let mut pending_item = false;

    let flush = |block: &mut Option<Wrapper>, out: &mut Vec<Line<'static>>| {
        if let Some(w) = block.take() {
            out.extend(w.finish());
        }
    };
    let blank = |out: &mut Vec<Line<'static>>| {
        if out.last().is_some_and(|l| l.width() > 0) {
            out.push(Line::default());
        }
    };

    for event in Parser::new(md) {
        let style = *styles.last().unwrap_or(&Style::default());
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                flush(&mut block, &mut out);
                blank(&mut out);
                let s = if level == HeadingLevel::H1 {
                    theme.title().add_modifier(Modifier::UNDERLINED)
                } else {
                    theme.bold()
                };
                styles.push(s);
            }
            Event::Start(Tag::Emphasis) => styles.push(style.add_modifier(Modifier::ITALIC)),
            Event::Start(Tag::Strong) => styles.push(style.add_modifier(Modifier::BOLD)),
            Event::Start(Tag::Link { .. }) => styles.push(style.add_modifier(Modifier::UNDERLINED)),
            Event::Start(Tag::List(first)) => {
                flush(&mut block, &mut out);
                if lists.is_empty() {
                    blank(&mut out);
                }
                lists.push(first);
            }
            Event::Start(Tag::Item) => {
                flush(&mut block, &mut out);
                pending_item = true;
            }
            Event::Start(Tag::Paragraph) if !pending_item => {
                flush(&mut block, &mut out);
                if lists.is_empty() {
                    blank(&mut out);
                }
            }
            Event::End(TagEnd::Heading(_) | TagEnd::Emphasis | TagEnd::Strong | TagEnd::Link) => {
                styles.pop();
                if styles.is_empty() {
                    styles.push(base);
                }
            }
            Event::End(TagEnd::List(_)) => {
                flush(&mut block, &mut out);
                lists.pop();
            }
            Event::End(TagEnd::Paragraph | TagEnd::Item) => flush(&mut block, &mut out),
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                let w = block.get_or_insert_with(|| {
                    start_block(&mut lists, &mut pending_item, width, theme)
                });
                for (i, line) in t.split('\n').enumerate() {
                    if i > 0 {
                        w.push(" ", style);
                    }
                    w.push(&clean(line), style);
                }
            }
            Event::SoftBreak => {
                if let Some(w) = block.as_mut() {
                    w.push(" ", style);
                }
            }
            Event::HardBreak => {
                if let Some(w) = block.as_mut() {
                    w.newline();
                }
            }
            Event::Rule => {
                flush(&mut block, &mut out);
                out.push(Line::styled("─".repeat(width.min(40)), theme.dim()));
            }
            _ => {}
        }
    }
    flush(&mut block, &mut out);
    out
}

/// A new wrapped block: plain, or a list item with its bullet or number.
fn start_block(
    lists: &mut [Option<u64>],
    pending_item: &mut bool,
    width: usize,
    theme: Theme,
) -> Wrapper {
    let depth = lists.len().saturating_sub(1) * 2;
    if !std::mem::take(pending_item) {
        let w = Wrapper::new(width, depth + if lists.is_empty() { 0 } else { 2 });
        return if lists.is_empty() {
            w
        } else {
            w.prefix(&" ".repeat(depth + 2), theme.plain())
        };
    }
    let marker = match lists.last_mut() {
        Some(Some(n)) => {
            let m = format!("{n}. ");
            *n += 1;
            m
        }
        _ => "• ".to_string(),
    };
    Wrapper::new(width, depth + marker.chars().count())
        .prefix(&format!("{}{marker}", " ".repeat(depth)), theme.plain())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(md: &str, width: usize) -> Vec<String> {
        render(md, Theme::new(false), width)
            .iter()
            .map(|l| l.to_string())
            .collect()
    }

    #[test]
    fn headings_paragraphs_and_lists() {
        let got = texts(
            "# Title\n\nSome *soft* text\nwraps here.\n\n- one\n- two\n\n1. first\n2. second",
            30,
        );
        assert_eq!(
            got,
            [
                "Title",
                "",
                "Some soft text wraps here.",
                "",
                "• one",
                "• two",
                "",
                "1. first",
                "2. second"
            ]
        );
    }

    #[test]
    fn control_characters_are_made_visible() {
        assert_eq!(texts("bad \u{1b}[2J text", 40), ["bad ␛[2J text"]);
    }
}
