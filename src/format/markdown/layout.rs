//! What lies where in a workbook file's body, as the reader found it: which lines the answers
//! and the map section cover, and from that the file's *tokens* — each line outside them
//! that holds something, and each answer's and the map's first and last line — which is
//! what the participant's own text is told apart from convene's by (`own`).
//!
//! Pure; never reads an answer's lines as tokens (they are the answer), nor the map's
//! (the map is drawn again at every save and says so).

/// The lines an answer or the map section covers, markers included.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Covered {
    /// An answer: its prompt id, and for an earlier answer (`when="before"`) its snapshot's
    /// key (its `snapshot` attribute, empty for the undated one).
    Answer(String, Option<String>),
    Map,
}

/// The body of a file as read.
#[derive(Debug, Clone)]
pub(super) struct Layout {
    /// The byte offset of the body (after the front matter).
    pub body_start: usize,
    /// Covered lines, in order: (first line, last line, what).
    pub spans: Vec<(usize, usize, Covered)>,
    /// What the answers hold that was typed by hand in a shape convene does not write, or
    /// may have been (a choice's visible label), per answer: read against the pack by
    /// `byhand`. Noted only when reading to edit.
    pub hand: Vec<super::byhand::Found>,
}

impl Layout {
    pub(super) fn cover(&mut self, first: usize, last: usize, what: Covered) {
        self.spans.push((first, last, what));
    }
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// A line outside the answers and the map that holds something.
    Line,
    /// The first line of an answer or of the map section.
    Open,
    /// The last line of one.
    Close,
}

/// One token of a body: its line's byte range, what it is, and the key it is compared by
/// (a line without its trailing white space; a marker by what it opens or closes, however
/// it is spelled).
#[derive(Debug, Clone)]
pub(super) struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub key: String,
}

/// The tokens of `text` (normalised, as read) laid out as `layout` says.
pub(super) fn tokens(text: &str, layout: &Layout) -> Vec<Token> {
    let mut out = Vec::new();
    let mut spans = layout.spans.iter().peekable();
    let mut offset = 0;
    for (index, line) in text.split('\n').enumerate() {
        let (start, no) = (offset, index + 1);
        offset += line.len() + 1;
        if start < layout.body_start {
            continue;
        }
        let end = start + line.len();
        while spans.next_if(|(_, last, _)| *last < no).is_some() {}
        let token = |kind, key: String| Token {
            start,
            end,
            kind,
            key,
        };
        match spans.peek() {
            Some((first, last, what)) if *first <= no => {
                let name = match what {
                    Covered::Answer(id, before) => format!("answer {id} {before:?}"),
                    Covered::Map => "map".to_string(),
                };
                // A one-line span (a map's stray closing line) is its own close.
                if no == *last {
                    out.push(token(Kind::Close, format!("/{name}")));
                } else if no == *first {
                    out.push(token(Kind::Open, name));
                }
            }
            _ if !line.trim().is_empty() => out.push(token(Kind::Line, line.trim_end().into())),
            _ => {}
        }
    }
    out
}

/// A line's letters only, lower case: two lines with the same key say the same words, maybe
/// with other emphasis, punctuation, spacing or numbers (a count that has changed).
pub(super) fn loose_key(line: &str) -> String {
    line.chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect()
}
