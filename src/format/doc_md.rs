//! A document (`doc::Doc`) as Markdown: the title as `#`, sections as `##`, `###` … by depth,
//! paragraphs with `**strong**`, `_emphasis_` and `` `code` ``, texts kept as typed in block
//! quotes, bullet lists, GFM tables, notes under their label, and pictures as the workbook's
//! map section draws them (a Mermaid diagram and a table). The cohort summary is written
//! this way, and the same document becomes its HTML page.
//!
//! Pure text. Every word is sanitised (control characters visible) and Markdown-escaped where
//! it sits inline; texts are quoted line by line, so nothing in them can end the quote or
//! open a block outside it.

use std::fmt::Write as _;

use crate::text::sanitize::visible;

use super::doc::{Answer, Block, Doc, Span, Table};

/// The whole document, ending with one line break.
pub fn render(doc: &Doc) -> String {
    let mut out = render_open(doc);
    blocks(&mut out, &doc.blocks, 1);
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// The document's title and facts, before its blocks.
pub fn render_open(doc: &Doc) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", inline(&doc.title, true));
    if !doc.facts.is_empty() {
        for (label, value) in &doc.facts {
            let _ = writeln!(
                out,
                "- **{}:** {}",
                inline(label, true),
                inline(value, false)
            );
        }
        out.push('\n');
    }
    out
}

/// Blocks at `depth` (1 for a document's own blocks: its sections are `##`), as they read
/// inside a whole document.
pub fn render_blocks(list: &[Block], depth: usize) -> String {
    let mut out = String::new();
    blocks(&mut out, list, depth);
    out
}

fn blocks(out: &mut String, blocks: &[Block], depth: usize) {
    for b in blocks {
        block(out, b, depth);
    }
}

fn block(out: &mut String, b: &Block, depth: usize) {
    match b {
        Block::Section(s) => {
            let _ = writeln!(
                out,
                "{} {}\n",
                "#".repeat((depth + 1).min(6)),
                inline(&s.title, true)
            );
            blocks(out, &s.blocks, depth + 1);
        }
        Block::Para(spans) => {
            let _ = writeln!(out, "{}\n", line(spans));
        }
        Block::Text(t) => quote(out, t),
        Block::List(items) => {
            for item in items {
                let _ = writeln!(out, "- {}", list_item(&line(item)));
            }
            out.push('\n');
        }
        Block::Table(t) => table(out, t),
        Block::Answer(a) => answer(out, a, depth),
        Block::Note { label, text } => {
            let _ = writeln!(out, "_{}_\n", inline(label, true));
            quote(out, text);
        }
        Block::Figure(p) => {
            // Its title as a heading one level under its section's, as the page shows it
            // over the picture.
            if !p.title.trim().is_empty() {
                let _ = writeln!(
                    out,
                    "{} {}\n",
                    "#".repeat((depth + 1).min(6)),
                    inline(&p.title, true)
                );
            }
            super::markdown::map::picture(out, p);
        }
    }
}

fn answer(out: &mut String, a: &Answer, depth: usize) {
    let _ = writeln!(out, "{}\n", line(&a.label));
    if a.body.is_empty() {
        let _ = writeln!(out, "_{}_\n", inline(&a.missing, true));
    } else {
        blocks(out, &a.body, depth);
    }
    blocks(out, &a.after, depth);
}

/// Spans as one line of inline Markdown; Markdown's line-start marks are escaped only where
/// they would start the line.
fn line(spans: &[Span]) -> String {
    let mut out = String::new();
    for (i, s) in spans.iter().enumerate() {
        let start = i == 0 || matches!(spans.get(i.wrapping_sub(1)), Some(Span::Break));
        match s {
            // A hard break (a backslash at the line's end), as the page's `<br>`: a bare line
            // break would join the lines again.
            Span::Break => out.push_str("\\\n"),
            Span::Plain(t) => out.push_str(&inline(t, start)),
            Span::Strong(t) => {
                let _ = write!(out, "**{}**", inline(t, true));
            }
            Span::Em(t) => {
                let _ = write!(out, "_{}_", inline(t, true));
            }
            Span::Code(t) => {
                let _ = write!(out, "`{}`", visible(t).replace('`', "'").replace('\n', " "));
            }
        }
    }
    out
}

fn table(out: &mut String, t: &Table) {
    let cells = |row: &[String]| row.iter().map(|c| cell(c)).collect::<Vec<_>>().join(" | ");
    let _ = writeln!(out, "| {} |", cells(&t.head));
    let _ = writeln!(out, "|{}", " --- |".repeat(t.head.len()));
    for row in &t.rows {
        let _ = writeln!(out, "| {} |", cells(row));
    }
    out.push('\n');
}

/// A long text as a block quote: every line sanitised and prefixed, so nothing in it can
/// end the quote or open a block outside it.
fn quote(out: &mut String, text: &str) {
    for l in visible(text.trim_end()).split('\n') {
        if l.trim().is_empty() {
            out.push_str(">\n");
        } else {
            let _ = writeln!(out, "> {l}");
        }
    }
    out.push('\n');
}

/// Inline text: sanitised (a line break shows as `␊`), and Markdown punctuation escaped so
/// it reads as typed; `at_start`: also the marks that only matter at a line's start.
pub fn inline(text: &str, at_start: bool) -> String {
    let clean = visible(text).replace('\n', " ␊ ");
    let mut out = String::with_capacity(clean.len() + 8);
    for (i, c) in clean.chars().enumerate() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '!'
        ) || (at_start && i == 0 && matches!(c, '#' | '-' | '+' | '=' | '.' | ')'))
        {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A bullet item's text: `1.` or `1)` at its start escaped so it does not open an ordered
/// list inside the item.
fn list_item(text: &str) -> String {
    let mut out = text.to_string();
    if let Some(pos) = out.find(['.', ')'])
        && pos > 0
        && out[..pos].chars().all(|c| c.is_ascii_digit())
    {
        out.insert(pos, '\\');
    }
    out
}

/// A table cell: inline text, with nothing that could end the cell or the row.
fn cell(text: &str) -> String {
    let s = inline(text, true);
    if s.trim().is_empty() { "-".into() } else { s }
}
