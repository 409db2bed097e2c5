//! A small document model that exports are built as, so that each output format is one
//! renderer over the same content: sections with headings, paragraphs of plain, strong and
//! emphasised text, answers under their labels, long texts kept as typed, lists, tables,
//! coach's notes and the map's pictures.
//!
//! Pure data holding raw words (the participant's and the pack's, never escaped): every
//! renderer escapes for its own medium. Never refers to a file, a terminal or a format.

use std::borrow::Cow;

use crate::map::Picture;

/// A whole document: its title, the facts shown in its header, and its blocks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Doc<'a> {
    /// The document's title (the initiative, or "Cohort summary: …").
    pub title: String,
    /// Label and value pairs shown under the title (participant, pack, progress …).
    pub facts: Vec<(String, String)>,
    /// A short line repeated at the top of every printed page (initiative and participant).
    pub running_head: String,
    pub blocks: Vec<Block<'a>>,
    /// Printed small and tight, to get much on a page (the session pack); the Markdown is
    /// the same either way.
    pub compact: bool,
}

/// One piece of a document.
#[derive(Debug, Clone, PartialEq)]
pub enum Block<'a> {
    /// A titled part; its heading's level is its depth (a section in the document is
    /// level 2, one inside it level 3 …). `new_page`: printed from the top of a page.
    Section(Section<'a>),
    Para(Vec<Span>),
    /// Text kept exactly as typed (a long answer, a note): its line breaks and blank lines
    /// are kept, and its own Markdown is not interpreted. Borrowed where it can be (a 1 MB
    /// answer is not copied to be exported).
    Text(Cow<'a, str>),
    /// A bullet list; each item one line of spans.
    List(Vec<Vec<Span>>),
    Table(Table),
    /// What was given for one question (or by one participant): `label` over `body`,
    /// followed by anything about it (the answer before the session, a coach's note).
    Answer(Answer<'a>),
    /// A coach's note, clearly marked: who wrote it, then the note as typed.
    Note {
        label: String,
        text: String,
    },
    /// One of the map's pictures, drawn from the map model.
    Figure(Box<Picture>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Section<'a> {
    pub title: String,
    pub new_page: bool,
    pub blocks: Vec<Block<'a>>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Answer<'a> {
    /// The question's wording, or who answered.
    pub label: Vec<Span>,
    /// The answer; empty when there is none, and then `missing` says so.
    pub body: Vec<Block<'a>>,
    /// Shown when the body is empty ("Not answered yet.").
    pub missing: String,
    /// The notes and earlier answers that go with it.
    pub after: Vec<Block<'a>>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    pub head: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// A run of text in a paragraph, a list item or a label.
#[derive(Debug, Clone, PartialEq)]
pub enum Span {
    Plain(String),
    Strong(String),
    Em(String),
    /// An id or other literal.
    Code(String),
    /// A line break inside the paragraph.
    Break,
}

impl Span {
    pub fn text(&self) -> &str {
        match self {
            Span::Plain(s) | Span::Strong(s) | Span::Em(s) | Span::Code(s) => s,
            Span::Break => "",
        }
    }
}

/// Shorthands for building blocks.
pub fn plain(s: impl Into<String>) -> Span {
    Span::Plain(s.into())
}

pub fn strong(s: impl Into<String>) -> Span {
    Span::Strong(s.into())
}

pub fn em(s: impl Into<String>) -> Span {
    Span::Em(s.into())
}

pub fn para<'a>(spans: Vec<Span>) -> Block<'a> {
    Block::Para(spans)
}

pub fn section<'a>(title: impl Into<String>, new_page: bool, blocks: Vec<Block<'a>>) -> Block<'a> {
    Block::Section(Section {
        title: title.into(),
        new_page,
        blocks,
    })
}

impl Doc<'_> {
    /// Every picture in the document, in order (sections searched too).
    pub fn figures(&self) -> Vec<&Picture> {
        let mut out = Vec::new();
        collect_figures(&self.blocks, &mut out);
        out
    }
}

fn collect_figures<'d>(blocks: &'d [Block<'_>], out: &mut Vec<&'d Picture>) {
    for b in blocks {
        match b {
            Block::Figure(p) => out.push(p),
            Block::Section(s) => collect_figures(&s.blocks, out),
            Block::Answer(a) => {
                collect_figures(&a.body, out);
                collect_figures(&a.after, out);
            }
            _ => {}
        }
    }
}
