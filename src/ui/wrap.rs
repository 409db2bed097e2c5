//! Word wrapping of styled text into ratatui lines of a given width (the words and widths
//! come from `text::wrap`).
//!
//! Never splits inside a word unless the word alone is wider than the line; never
//! measures with byte counts (display width from `unicode-width`).

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::text::wrap::tokens;

/// Builds wrapped lines from styled pieces.
#[derive(Debug)]
pub struct Wrapper {
    width: usize,
    indent: usize,
    lines: Vec<Line<'static>>,
    cur: Vec<Span<'static>>,
    cur_w: usize,
    /// True until something other than the indent is on the current line.
    fresh: bool,
    /// True when the current line ends in a space span (dropped at a line break).
    trailing_space: bool,
    /// Where the current line's content starts in `cur` (after the indent or a prefix).
    content_from: usize,
    /// Where the word being written starts in `cur`, and its width so far: a word may come
    /// in several pieces (`(` then an italic title), and moves to the next line whole.
    run: usize,
    run_w: usize,
    /// A space came after the last piece written (written or, at the end of a full line, not).
    gap: bool,
}

impl Wrapper {
    /// Lines `width` wide; lines after the first start with `indent` spaces.
    pub fn new(width: usize, indent: usize) -> Wrapper {
        let indent = indent.min(width.saturating_sub(1));
        Wrapper {
            width,
            indent,
            lines: Vec::new(),
            cur: Vec::new(),
            cur_w: 0,
            fresh: true,
            trailing_space: false,
            content_from: 0,
            run: 0,
            run_w: 0,
            gap: false,
        }
    }

    /// A prefix on the first line (a marker, a bullet); counts as indent, not content.
    pub fn prefix(mut self, text: &str, style: Style) -> Wrapper {
        self.cur_w += text.width();
        self.cur.push(Span::styled(text.to_string(), style));
        self.content_from = self.cur.len();
        self
    }

    /// Adds text; `\n` starts a new line.
    pub fn push(&mut self, text: &str, style: Style) {
        for (i, part) in text.split('\n').enumerate() {
            if i > 0 {
                self.newline();
            }
            for token in tokens(part) {
                if token == " " {
                    self.gap = true;
                    if !self.fresh && self.cur_w < self.width {
                        self.append(" ", style, 1);
                        self.trailing_space = true;
                    }
                    continue;
                }
                let w = token.width();
                if !self.fresh && self.cur_w + w > self.width {
                    self.carry_word(w);
                }
                if !self.fresh && self.cur_w + w > self.width {
                    self.newline();
                }
                if self.cur_w + w > self.width {
                    self.push_long(token, style);
                } else {
                    self.append(token, style, w);
                }
            }
        }
    }

    fn push_long(&mut self, token: &str, style: Style) {
        for c in token.chars() {
            let w = c.width().unwrap_or(0);
            if self.cur_w + w > self.width && !self.fresh {
                self.newline();
            }
            let mut buf = [0u8; 4];
            self.append(c.encode_utf8(&mut buf), style, w);
        }
    }

    /// When the piece of width `w` about to be written continues a word begun on this line
    /// (no space between) and the whole word fits on a line of its own, moves the word's
    /// start to a new line, so the line does not break inside it.
    fn carry_word(&mut self, w: usize) {
        let glued = !self.fresh && !self.gap && self.run > self.content_from;
        if !glued || self.indent + self.run_w + w > self.width {
            return;
        }
        let carried = self.cur.split_off(self.run);
        self.cur_w -= self.run_w;
        while self.cur.last().is_some_and(|s| s.content.trim().is_empty())
            && self.cur.len() > self.content_from
        {
            if let Some(space) = self.cur.pop() {
                self.cur_w -= space.content.width();
            }
        }
        self.trailing_space = false;
        self.newline();
        for span in carried {
            let w = span.content.width();
            self.append(&span.content, span.style, w);
        }
    }

    fn append(&mut self, text: &str, style: Style, w: usize) {
        if text.is_empty() {
            return;
        }
        if text != " " && (self.fresh || self.gap) {
            self.run = self.cur.len();
            self.run_w = 0;
        }
        if text != " " {
            self.gap = false;
        }
        self.run_w += w;
        self.cur.push(Span::styled(text.to_string(), style));
        self.cur_w += w;
        self.fresh = false;
        self.trailing_space = false;
    }

    /// Ends the current line.
    pub fn newline(&mut self) {
        if self.trailing_space {
            self.cur.pop();
            self.trailing_space = false;
        }
        let line = Line::from(std::mem::take(&mut self.cur));
        self.lines.push(line);
        self.cur_w = self.indent;
        if self.indent > 0 {
            self.cur.push(Span::raw(" ".repeat(self.indent)));
        }
        self.content_from = self.cur.len();
        self.fresh = true;
    }

    /// The lines so far (the current one included, if it has content).
    pub fn finish(mut self) -> Vec<Line<'static>> {
        if self.width == 0 {
            return Vec::new();
        }
        if self.trailing_space {
            self.cur.pop();
        }
        if !self.fresh || self.lines.is_empty() {
            self.lines.push(Line::from(std::mem::take(&mut self.cur)));
        }
        self.lines
    }
}

/// Wraps plain text in one style.
pub fn wrap(text: &str, style: Style, width: usize, indent: usize) -> Vec<Line<'static>> {
    let mut w = Wrapper::new(width, indent);
    if indent > 0 {
        w = w.prefix(&" ".repeat(indent), Style::default());
    }
    w.push(text, style);
    w.finish()
}

/// `path` in `room` columns: whole when it fits, else "…" and its end, from a folder
/// boundary where one fits (`…/falls.md`), else as much of the end as fits.
pub(crate) fn tail_within(path: &str, room: usize) -> String {
    if path.width() <= room {
        return path.to_string();
    }
    let fits = |tail: &str| tail.width() < room;
    if let Some(at) = path
        .match_indices('/')
        .map(|(i, _)| i)
        .find(|&i| fits(&path[i..]))
    {
        return format!("…{}", &path[at..]);
    }
    let mut tail: Vec<char> = Vec::new();
    let mut used = 0;
    for c in path.chars().rev() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > room {
            break;
        }
        used += w;
        tail.push(c);
    }
    if room == 0 {
        return String::new();
    }
    std::iter::once('…').chain(tail.into_iter().rev()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(lines: &[Line<'_>]) -> Vec<String> {
        lines.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn wraps_at_word_boundaries_with_indent() {
        let lines = wrap("the quick brown fox", Style::default(), 10, 2);
        assert_eq!(texts(&lines), ["  the", "  quick", "  brown", "  fox"]);
        let lines = wrap("aa bb cc dd", Style::default(), 8, 0);
        assert_eq!(texts(&lines), ["aa bb cc", "dd"]);
    }

    #[test]
    fn long_words_break_and_nothing_is_lost() {
        let lines = wrap("abcdefghij", Style::default(), 4, 0);
        assert_eq!(texts(&lines), ["abcd", "efgh", "ij"]);
        for width in 1..12 {
            let lines = wrap("née café 日本語テキスト", Style::default(), width, 0);
            let joined: String = texts(&lines).concat().replace(' ', "");
            assert_eq!(joined, "néecafé日本語テキスト", "width {width}");
            assert!(
                lines.iter().all(|l| l.width() <= width.max(2)),
                "width {width}"
            );
        }
    }

    #[test]
    fn a_word_in_two_pieces_moves_to_the_next_line_whole() {
        let mut w = Wrapper::new(13, 0);
        w.push("one two (", Style::default());
        w.push("Title", Style::default().italic());
        w.push(", 2020)", Style::default());
        assert_eq!(texts(&w.finish()), ["one two", "(Title, 2020)"]);
        // A word wider than a line still breaks where it must.
        let mut w = Wrapper::new(6, 0);
        w.push("a (", Style::default());
        w.push("abcdefgh", Style::default());
        let lines = w.finish();
        assert_eq!(texts(&lines).concat(), "a (abcdefgh");
    }

    #[test]
    fn newlines_are_kept_and_zero_width_gives_nothing() {
        assert_eq!(
            texts(&wrap("a\n\nb", Style::default(), 5, 0)),
            ["a", "", "b"]
        );
        assert!(wrap("abc", Style::default(), 0, 0).is_empty());
    }

    #[test]
    fn a_long_path_keeps_its_file_name_whole() {
        use super::tail_within;
        let path = "/home/samantha/Documents/Coaching/falls-partnership.md";
        assert_eq!(tail_within(path, 60), path);
        assert_eq!(tail_within(path, 31), "…/Coaching/falls-partnership.md");
        assert_eq!(tail_within(path, 30), "…/falls-partnership.md");
        // No folder boundary fits: the end of the name, still within the room.
        assert_eq!(tail_within(path, 10), "…ership.md");
        assert_eq!(tail_within(path, 10).chars().count(), 10);
        assert_eq!(tail_within(path, 0), "");
    }
}
