//! A document (`format::doc`) as one self-contained HTML page: no script, no network, no
//! outside file — the style sheet is inline and the map's pictures are inline SVG drawn here
//! from the map model (`network`, `quadrant`, `bars`), each with a legend beside it.
//!
//! Pure text. Every word from a workbook, a pack or a note goes through `escape`; nothing
//! here can be made to write a tag, an attribute or a script by what a participant typed.

mod bars;
pub mod escape;
mod figure;
mod network;
mod network_key;
mod quadrant;
mod style;
mod svg;

use std::fmt::Write as _;

use super::doc::{Answer, Block, Doc, Span, Table};
use escape::{esc, esc_line};

/// The security policy in the page itself: nothing but inline styles and inline images, so
/// a page that is opened, mailed or printed can never load or run anything.
const POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/// The whole page.
pub fn page(doc: &Doc) -> String {
    page_into(doc, String::new())
}

/// The whole page, written into `out` (emptied first; its memory is used again).
pub fn page_into(doc: &Doc, mut out: String) -> String {
    out.clear();
    // Room for the whole page at once: a 1 MB answer would otherwise grow the page a
    // doubling at a time, each time copied to fresh memory.
    out.reserve(64 * 1024 + typed_bytes(&doc.blocks));
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    let _ = writeln!(
        out,
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{POLICY}\">"
    );
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<meta name=\"generator\" content=\"convene\">\n");
    let _ = writeln!(out, "<title>{}</title>", esc_line(&doc.title));
    let _ = writeln!(out, "<style>\n{}</style>", style::css(&doc.running_head));
    out.push_str(if doc.compact {
        "</head>\n<body class=\"compact\">\n<header>\n"
    } else {
        "</head>\n<body>\n<header>\n"
    });
    if !doc.running_head.trim().is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"running\">{}</p>",
            esc_line(&doc.running_head)
        );
    }
    let _ = writeln!(out, "<h1>{}</h1>", esc_line(&doc.title));
    if !doc.facts.is_empty() {
        out.push_str("<dl class=\"facts\">\n");
        for (label, value) in &doc.facts {
            let _ = writeln!(
                out,
                "<dt>{}</dt><dd>{}</dd>",
                esc_line(label),
                esc_line(value)
            );
        }
        out.push_str("</dl>\n");
    }
    out.push_str("</header>\n<main>\n");
    let mut r = Renderer { out, figures: 0 };
    r.blocks(&doc.blocks, 1);
    let mut out = r.out;
    out.push_str("</main>\n<footer><p>Made with convene from the workbook's answers.</p></footer>\n</body>\n</html>\n");
    out
}

/// About how many bytes the text typed in `blocks` takes in the page (answers and notes
/// as typed, with room for some escapes): most of a page with long answers.
fn typed_bytes(blocks: &[Block]) -> usize {
    blocks
        .iter()
        .map(|b| match b {
            Block::Section(s) => typed_bytes(&s.blocks),
            Block::Answer(a) => typed_bytes(&a.body) + typed_bytes(&a.after),
            Block::Text(t) => t.len() + t.len() / 16,
            Block::Note { text: t, .. } => t.len() + t.len() / 16,
            _ => 0,
        })
        .sum()
}

/// The class of a table cell holding a word too long to fit a narrow column (a link, a long
/// name), which may then break anywhere; other cells break between words only, so a table's
/// columns are never narrowed to split ordinary words.
fn long(cell: &str) -> &'static str {
    if cell.split_whitespace().any(|w| w.chars().count() > 18) {
        " class=\"long\""
    } else {
        ""
    }
}

/// Whether a table's longest words, one per column, would not fit across a printed page side
/// by side (about 80 characters, padding included): such a table gets fixed, even columns
/// whose words may break anywhere, so it is never cut off at the page's edge.
fn too_wide(t: &Table) -> bool {
    let columns = t
        .head
        .len()
        .max(t.rows.iter().map(Vec::len).max().unwrap_or(0));
    let widest = |c: usize| {
        std::iter::once(&t.head)
            .chain(&t.rows)
            .filter_map(|row| row.get(c))
            .flat_map(|cell| cell.split_whitespace())
            .map(|w| w.chars().count().min(18))
            .max()
            .unwrap_or(0)
    };
    (0..columns).map(|c| widest(c) + 2).sum::<usize>() > 80
}

struct Renderer {
    out: String,
    /// Pictures drawn so far: numbers each one's ids so they are unique in the page.
    figures: usize,
}

impl Renderer {
    fn blocks(&mut self, blocks: &[Block], depth: usize) {
        for b in blocks {
            self.block(b, depth);
        }
    }

    fn block(&mut self, block: &Block, depth: usize) {
        match block {
            Block::Section(s) => {
                let level = (depth + 1).min(6);
                let class = if s.new_page { " new-page" } else { "" };
                let _ = writeln!(
                    self.out,
                    "<section class=\"level{level}{class}\">\n<h{level}>{}</h{level}>",
                    esc_line(&s.title)
                );
                self.blocks(&s.blocks, depth + 1);
                self.out.push_str("</section>\n");
            }
            Block::Para(spans) => {
                self.out.push_str("<p>");
                self.spans(spans);
                self.out.push_str("</p>\n");
            }
            Block::Text(t) => self.typed(t),
            Block::List(items) => {
                self.out.push_str("<ul>\n");
                for item in items {
                    self.out.push_str("<li>");
                    self.spans(item);
                    self.out.push_str("</li>\n");
                }
                self.out.push_str("</ul>\n");
            }
            Block::Table(t) => self.table(t),
            Block::Answer(a) => self.answer(a, depth),
            Block::Note { label, text } => {
                let _ = writeln!(
                    self.out,
                    "<aside class=\"note\">\n<p class=\"note-label\">{}</p>",
                    esc_line(label)
                );
                self.typed(text);
                self.out.push_str("</aside>\n");
            }
            Block::Figure(p) => {
                self.figures += 1;
                figure::figure(&mut self.out, p, self.figures);
            }
        }
    }

    /// Text as typed: line breaks and spaces kept by the style sheet, nothing interpreted.
    fn typed(&mut self, text: &str) {
        let t = text.trim_end_matches([' ', '\t', '\n', '\r']);
        let t = t.trim_start_matches('\n');
        self.out.push_str("<div class=\"typed\">");
        escape::esc_into(&mut self.out, t);
        self.out.push_str("</div>\n");
    }

    fn spans(&mut self, spans: &[Span]) {
        for s in spans {
            if matches!(s, Span::Break) {
                self.out.push_str("<br>");
                continue;
            }
            let (open, close) = match s {
                Span::Break => ("", ""),
                Span::Plain(_) => ("", ""),
                Span::Strong(_) => ("<strong>", "</strong>"),
                Span::Em(_) => ("<em>", "</em>"),
                Span::Code(_) => ("<code>", "</code>"),
            };
            self.out.push_str(open);
            self.out.push_str(&esc(s.text().trim_matches('\n')));
            self.out.push_str(close);
        }
    }

    fn table(&mut self, t: &Table) {
        let class = if too_wide(t) { " class=\"wide\"" } else { "" };
        let _ = write!(self.out, "<div class=\"table\"><table{class}>\n<thead><tr>");
        for h in &t.head {
            let _ = write!(self.out, "<th{}>{}</th>", long(h), esc_line(h));
        }
        self.out.push_str("</tr></thead>\n<tbody>\n");
        for row in &t.rows {
            self.out.push_str("<tr>");
            for cell in row {
                let _ = write!(
                    self.out,
                    "<td{}>{}</td>",
                    long(cell),
                    esc(cell.trim_matches('\n'))
                );
            }
            self.out.push_str("</tr>\n");
        }
        self.out.push_str("</tbody></table></div>\n");
    }

    fn answer(&mut self, a: &Answer, depth: usize) {
        self.out.push_str("<div class=\"qa\">\n<p class=\"q\">");
        self.spans(&a.label);
        self.out.push_str("</p>\n<div class=\"a\">\n");
        if a.body.is_empty() {
            let _ = writeln!(
                self.out,
                "<p class=\"missing\">{}</p>",
                esc_line(&a.missing)
            );
        } else {
            self.blocks(&a.body, depth);
        }
        self.out.push_str("</div>\n");
        self.blocks(&a.after, depth);
        self.out.push_str("</div>\n");
    }
}

#[cfg(test)]
mod tests;
