//! Guidance and attribution Markdown as wrapped, styled lines: headings, emphasis, lists,
//! paragraphs, code; links show their text.
//!
//! Never sends raw text to the terminal: every piece is sanitised first. Deliberately simple
//! (no tables or images): guidance is short prose.

use std::cell::RefCell;

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

/// Markdown already turned into lines, with everything the turning reads: a pure memo
/// (the same inputs always give the same lines), so a frame that draws the same guidance
/// as the one before it does not parse and wrap it again on every key.
struct Memo {
    md: String,
    theme: Theme,
    base: Style,
    width: usize,
    lines: Vec<Line<'static>>,
}

/// How many texts the memo keeps: a screen shows a handful (an intro, the guidance, a
/// source, the prompts' help); the oldest goes first.
const MEMO_SIZE: usize = 32;

thread_local! {
    static MEMO: RefCell<Vec<Memo>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` with the memo held, so what it draws is drawn afresh (the memo is passed by
/// when it cannot be borrowed) and the memo is left as it was. For tests.
#[cfg(test)]
pub(crate) fn bypassed<R>(f: impl FnOnce() -> R) -> R {
    MEMO.with(|memo| {
        let _held = memo.borrow_mut();
        f()
    })
}

/// Renders Markdown to lines `width` wide, text in `base` (emphasis adds to it).
pub fn render_with(md: &str, theme: Theme, base: Style, width: usize) -> Vec<Line<'static>> {
    MEMO.with(|memo| {
        let Ok(mut memo) = memo.try_borrow_mut() else {
            return convert(md, theme, base, width);
        };
        let same = |m: &&Memo| m.width == width && m.theme == theme && m.base == base && m.md == md;
        if let Some(hit) = memo.iter().find(same) {
            return hit.lines.clone();
        }
        let lines = convert(md, theme, base, width);
        if memo.len() >= MEMO_SIZE {
            memo.remove(0);
        }
        memo.push(Memo {
            md: md.to_string(),
            theme,
            base,
            width,
            lines: lines.clone(),
        });
        lines
    })
}

/// `render_with` without the memo.
fn convert(md: &str, theme: Theme, base: Style, width: usize) -> Vec<Line<'static>> {
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

    /// The memo gives exactly what converting gives, for each of the inputs it is keyed
    /// by, however often and in whatever order they come, also past its size.
    #[test]
    fn the_memo_gives_what_converting_gives() {
        let texts = [
            "# A\n\nSome *text* here",
            "- one\n- two",
            "plain words again",
        ];
        let themes = [Theme::new(false), Theme::new(true)];
        for round in 0..3 {
            for width in [5, 12, 40] {
                for (i, md) in texts.iter().enumerate() {
                    let theme = themes[(i + round) % 2];
                    for base in [theme.plain(), theme.dim()] {
                        assert_eq!(
                            render_with(md, theme, base, width),
                            convert(md, theme, base, width),
                            "{md:?} at {width}"
                        );
                    }
                }
            }
        }
        for i in 0..MEMO_SIZE + 3 {
            let md = format!("text number {i}");
            let theme = Theme::new(true);
            assert_eq!(render(&md, theme, 9), convert(&md, theme, theme.plain(), 9));
        }
    }

    #[test]
    fn control_characters_are_made_visible() {
        assert_eq!(texts("bad \u{1b}[2J text", 40), ["bad ␛[2J text"]);
    }
}
