//! Reads a workbook file without its pack: the front matter, then every answer between its
//! markers; everything outside the markers (headings, prompts, derived labels) is ignored,
//! and so is the derived map section, markers and all.
//!
//! Never guesses: a broken marker, an unclosed answer or a line it cannot place is a
//! `ReadError` naming the line, so a damaged file is reported rather than half-read.

use std::borrow::Cow;
use std::collections::BTreeMap;

use crate::workbook::{Answer, Snapshot, Workbook};

use super::byhand::{At, Found, Hand};
use super::items::{bullet, choice, list};
use super::layout::{Covered, Layout};
use super::marker::{Before, open_marker};
use super::{CLOSE, ReadError, front, grid, map, text};

/// Lines of the body with their numbers and byte offsets.
#[derive(Clone, Copy)]
struct Lines<'a> {
    body: &'a str,
    pos: usize,
    no: usize,
}

impl<'a> Iterator for Lines<'a> {
    /// (line number, byte offset of the line, the line without its `\n`)
    type Item = (usize, usize, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        if self.pos >= self.body.len() {
            return None;
        }
        let start = self.pos;
        let rest = &self.body[start..];
        let end = memchr::memchr(b'\n', rest.as_bytes()).map_or(self.body.len(), |e| start + e);
        self.pos = end + 1;
        self.no += 1;
        Some((self.no - 1, start, &self.body[start..end]))
    }
}

fn fail(line: usize, message: impl Into<String>) -> ReadError {
    ReadError {
        line,
        message: message.into(),
    }
}

pub fn read(text: &str) -> Result<Workbook, ReadError> {
    read_with_layout(&normalise(text), false).map(|(wb, _)| wb)
}

/// The text as the reader sees it: without a leading byte-order mark, `\r\n` as `\n`.
pub(super) fn normalise(text: &str) -> Cow<'_, str> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // memchr: a 1 MB answer is scanned many bytes at a time.
    if memchr::memchr(b'\r', text.as_bytes()).is_some() {
        Cow::Owned(text.replace("\r\n", "\n"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Reads normalised text, and says which of its lines the answers and the map cover; and,
/// when `by_hand`, what their lines hold that was maybe typed by hand (`Layout::hand`).
pub(super) fn read_with_layout(text: &str, by_hand: bool) -> Result<(Workbook, Layout), ReadError> {
    let (meta, body_start, first_line) = front::read(text)?;
    let mut layout = Layout {
        body_start,
        spans: Vec::new(),
        hand: Vec::new(),
    };
    let mut lines = Lines {
        body: &text[body_start..],
        pos: 0,
        no: first_line,
    };
    let mut answers = BTreeMap::new();
    // Snapshots in the order the file gives them (newest first, as written), by the key
    // that tells them apart (`snapshot`, or none for the undated one of an older file).
    let mut earlier: Vec<(Option<String>, Snapshot)> = Vec::new();
    let mut seen: BTreeMap<(Option<Option<String>>, String), usize> = BTreeMap::new();
    while let Some((no, _, line)) = lines.next() {
        if !text::is_marker_like(line) {
            continue;
        }
        match line.trim() {
            map::OPEN => {
                skip_map(&mut lines, no)?;
                layout.cover(no, lines.no - 1, Covered::Map);
                continue;
            }
            // A map section whose opening line was deleted by hand: what it held is derived
            // text without markers, so only its end is left to pass over.
            map::CLOSE => {
                layout.cover(no, no, Covered::Map);
                continue;
            }
            _ => {}
        }
        let (id, kind, before) = open_marker(no, line)?;
        let mut hand = Hand {
            on: by_hand,
            noted: Vec::new(),
        };
        let answer = read_answer(&mut lines, no, &kind, &mut hand)?;
        // The snapshot's place among those read so far (file order), for what was noted.
        let snapshot_at = before.as_ref().map(|b| {
            earlier
                .iter()
                .position(|(k, _)| *k == b.key)
                .unwrap_or(earlier.len())
        });
        if !hand.noted.is_empty() {
            layout.hand.push(Found {
                answer: id.clone(),
                before: snapshot_at,
                what: hand.noted,
            });
        }
        layout.cover(
            no,
            lines.no - 1,
            Covered::Answer(
                id.clone(),
                before.as_ref().map(|b| b.key.clone().unwrap_or_default()),
            ),
        );
        let group = before.as_ref().map(|b| b.key.clone());
        if let Some(first) = seen.insert((group, id.clone()), no) {
            let which = if before.is_some() {
                "earlier answer"
            } else {
                "answer"
            };
            return Err(fail(
                no,
                format!("the {which} `{id}` appears twice (first at line {first})"),
            ));
        }
        let Some(answer) = answer else {
            continue;
        };
        match before {
            None => {
                answers.insert(id, answer);
            }
            Some(Before { key, taken }) => {
                let at = match earlier.iter().position(|(k, _)| *k == key) {
                    Some(at) => at,
                    None => {
                        let answers = BTreeMap::new();
                        earlier.push((key, Snapshot { taken, answers }));
                        earlier.len() - 1
                    }
                };
                earlier[at].1.answers.insert(id, answer);
            }
        }
    }
    // Written newest first; kept oldest first. What was noted in a snapshot's answers
    // follows it to its place in `Workbook::earlier`.
    let count = earlier.len();
    for found in &mut layout.hand {
        found.before = found.before.map(|at| count.saturating_sub(at + 1));
    }
    let earlier = earlier.into_iter().rev().map(|(_, s)| s).collect();
    let workbook = Workbook {
        meta,
        answers,
        earlier,
        own: Vec::new(),
    };
    Ok((workbook, layout))
}

/// Passes over the derived map section, whatever it holds (it is redrawn at every save), up
/// to and including its closing line. Without that line the file is an error naming the
/// opening line: skipping to the end would silently drop the answers written after it. So
/// is an answer marker inside it: the writer never puts one there, so the opening line is
/// out of place (a stray copy above the answers would otherwise hide them all).
fn skip_map(lines: &mut Lines<'_>, open_no: usize) -> Result<(), ReadError> {
    for (no, _, line) in lines.by_ref() {
        if line.trim() == map::CLOSE {
            return Ok(());
        }
        if text::is_marker_like(line) {
            return Err(fail(
                open_no,
                format!(
                    "this line opens the map section, but line {no} inside it is a convene \
                     marker, which the map never holds: this line is out of place (delete it; \
                     the map is drawn again at the next save), or the section's end `{}` is \
                     missing before line {no}",
                    map::CLOSE
                ),
            ));
        }
    }
    Err(fail(
        open_no,
        format!(
            "the map section that starts here never ends (no `{}` line after it); put that \
             line back at its end, or delete the section: it is drawn again at the next save",
            map::CLOSE
        ),
    ))
}

/// Reads one answer's lines up to and including its closing marker. A text answer with no
/// lines at all between its markers is no answer (`None`): that is how convene leaves room
/// for typing under an unanswered prompt; an empty text answer is written fenced.
fn read_answer(
    lines: &mut Lines<'_>,
    open_no: usize,
    kind: &str,
    hand: &mut Hand,
) -> Result<Option<Answer>, ReadError> {
    let unclosed = || {
        fail(
            open_no,
            format!("the answer that starts here never ends (no `{CLOSE}` line after it)"),
        )
    };
    let body = lines.body;
    let content_start = lines.pos.min(body.len());
    // A fenced text answer: its lines may look like anything until the fence closes.
    if kind == "text" {
        let mut peek = *lines;
        if let Some((_, _, first)) = peek.next()
            && let Some((c, len, info)) = text::fence_open(first)
            && (info == text::VERBATIM || info == text::ESCAPED)
        {
            let escaped = info == text::ESCAPED;
            let inner_start = peek.pos.min(body.len());
            let inner_end = loop {
                let (_, start, line) = peek.next().ok_or_else(unclosed)?;
                if text::fence_closes(line, c, len) {
                    break start;
                }
            };
            let inner = &body[inner_start..inner_end];
            let inner = inner.strip_suffix('\n').unwrap_or(inner);
            loop {
                let (no, _, line) = peek.next().ok_or_else(unclosed)?;
                if line.trim() == CLOSE {
                    break;
                }
                if !line.trim().is_empty() {
                    return Err(fail(
                        no,
                        "text after the end of a fenced answer; put it inside the fence",
                    ));
                }
            }
            *lines = peek;
            let value = if escaped {
                text::unescape(inner).map_err(|m| fail(open_no + 1, m))?
            } else {
                inner.to_string()
            };
            return Ok(Some(Answer::Text(value)));
        }
    }
    let mut content = Vec::new();
    let content_end = loop {
        let (no, start, line) = lines.next().ok_or_else(unclosed)?;
        if line.trim() == CLOSE {
            break start;
        }
        if text::is_marker_like(line) {
            return Err(fail(
                no,
                format!("a new marker before the answer opened at line {open_no} has ended"),
            ));
        }
        content.push((no, line));
    };
    if kind == "text" {
        if content_end <= content_start {
            return Ok(None);
        }
        let raw = &body[content_start..content_end];
        return Ok(Some(Answer::Text(
            raw.strip_suffix('\n').unwrap_or(raw).to_string(),
        )));
    }
    let filled: Vec<(usize, &str)> = content
        .into_iter()
        .filter(|(_, l)| !l.trim_matches([' ', '\t']).is_empty())
        .collect();
    let answer = match kind {
        "choice" => match filled.as_slice() {
            [] => Ok(Answer::Choice(String::new())),
            [(no, line)] => Ok(Answer::Choice(choice(*no, line, At::Top(0), hand)?)),
            [_, (no, _), ..] => Err(fail(*no, "a single-choice answer holds one line")),
        },
        "choices" => filled
            .iter()
            .enumerate()
            .map(|(i, (no, line))| {
                let rest = bullet(line)
                    .ok_or_else(|| fail(*no, "each chosen option is a `- ` list line"))?;
                choice(*no, rest, At::Top(i), hand)
            })
            .collect::<Result<_, _>>()
            .map(Answer::Choices),
        "number" => match filled.as_slice() {
            [(no, line)] => line
                .split_whitespace()
                .next()
                .and_then(|t| t.parse().ok())
                .map(Answer::Number)
                .ok_or_else(|| fail(*no, "expected a whole number at the start of this line")),
            [] => Err(fail(open_no, "a number answer needs its number")),
            [_, (no, _), ..] => Err(fail(*no, "a number answer holds one line")),
        },
        "list" => list(&filled, hand).map(Answer::List),
        "grid" => grid::read(&filled)
            .map(Answer::Grid)
            .map_err(|(no, m)| fail(no, m)),
        other => Err(fail(
            open_no,
            format!(
                "unknown answer type `{other}` (expected text, choice, choices, number, list or grid)"
            ),
        )),
    };
    answer.map(Some)
}
