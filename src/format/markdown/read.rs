//! Reads a workbook file without its pack: the front matter, then every answer between its
//! markers; everything outside the markers (headings, prompts, derived labels) is ignored,
//! and so is the derived map section, markers and all.
//!
//! Never guesses: a broken marker, an unclosed answer or a line it cannot place is a
//! `ReadError` naming the line, so a damaged file is reported rather than half-read.

use std::borrow::Cow;
use std::collections::BTreeMap;

use crate::workbook::{Answer, Fields, Item, Workbook};

use super::inline::{split_label, split_tag, unescape};
use super::layout::{Covered, Layout};
use super::{CLOSE, ReadError, front, grid, map, text, values};

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
        let end = rest.find('\n').map_or(self.body.len(), |e| start + e);
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
    read_with_layout(&normalise(text)).map(|(wb, _)| wb)
}

/// The text as the reader sees it: without a leading byte-order mark, `\r\n` as `\n`.
pub(super) fn normalise(text: &str) -> Cow<'_, str> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.contains('\r') {
        Cow::Owned(text.replace("\r\n", "\n"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Reads normalised text, and says which of its lines the answers and the map cover.
pub(super) fn read_with_layout(text: &str) -> Result<(Workbook, Layout), ReadError> {
    let (meta, body_start, first_line) = front::read(text)?;
    let mut layout = Layout {
        body_start,
        spans: Vec::new(),
    };
    let mut lines = Lines {
        body: &text[body_start..],
        pos: 0,
        no: first_line,
    };
    // Gathered, then made maps at once: a map built from sorted pairs fills its nodes,
    // one built an insert at a time leaves them half empty (a review holds a thousand).
    let mut answers = Vec::new();
    let mut earlier = Vec::new();
    let mut seen: BTreeMap<(bool, String), usize> = BTreeMap::new();
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
        let answer = read_answer(&mut lines, no, &kind)?;
        layout.cover(no, lines.no - 1, Covered::Answer(id.clone(), before));
        if let Some(first) = seen.insert((before, id.clone()), no) {
            let which = if before { "earlier answer" } else { "answer" };
            return Err(fail(
                no,
                format!("the {which} `{id}` appears twice (first at line {first})"),
            ));
        }
        if let Some(answer) = answer {
            if before {
                earlier.push((id, answer));
            } else {
                answers.push((id, answer));
            }
        }
    }
    // Each id is there once (`seen`), so nothing is lost to a map's last-one-wins.
    let workbook = Workbook {
        meta,
        answers: answers.into_iter().collect(),
        earlier: earlier.into_iter().collect(),
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

/// The id and type of an opening marker, and whether it holds an answer from before the
/// session (`when="before"`).
fn open_marker(no: usize, line: &str) -> Result<(String, String, bool), ReadError> {
    if line.trim() == CLOSE {
        return Err(fail(
            no,
            "this end-of-answer marker has no answer marker before it",
        ));
    }
    let (visible, tag) = split_tag(line.trim()).map_err(|m| fail(no, m))?;
    let tag = match tag {
        Some(t) if visible.is_empty() && t.name == "answer" => t,
        _ => {
            return Err(fail(
                no,
                "this looks like a convene marker but is not \
                 `<!-- convene:answer id=\"…\" type=\"…\" -->`",
            ));
        }
    };
    let id = tag
        .get("id")
        .ok_or_else(|| fail(no, "this answer marker has no `id`"))?;
    let kind = tag
        .get("type")
        .ok_or_else(|| fail(no, "this answer marker has no `type`"))?;
    let before = match tag.get("when") {
        None => false,
        Some(w) if w == super::BEFORE => true,
        Some(w) => {
            return Err(fail(
                no,
                format!("unknown `when=\"{w}\"` (the only one is `when=\"before\"`)"),
            ));
        }
    };
    Ok((id.to_string(), kind.to_string(), before))
}

/// Reads one answer's lines up to and including its closing marker. A text answer with no
/// lines at all between its markers is no answer (`None`): that is how convene leaves room
/// for typing under an unanswered prompt; an empty text answer is written fenced.
fn read_answer(
    lines: &mut Lines<'_>,
    open_no: usize,
    kind: &str,
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
            [(no, line)] => Ok(Answer::Choice(choice(*no, line)?)),
            [_, (no, _), ..] => Err(fail(*no, "a single-choice answer holds one line")),
        },
        "choices" => filled
            .iter()
            .map(|(no, line)| {
                let rest = bullet(line)
                    .ok_or_else(|| fail(*no, "each chosen option is a `- ` list line"))?;
                choice(*no, rest)
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
        "list" => list(&filled).map(Answer::List),
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

/// A choice: the id from its tag, else the visible text.
fn choice(no: usize, line: &str) -> Result<String, ReadError> {
    let (visible, tag) = split_tag(line).map_err(|m| fail(no, m))?;
    match tag {
        Some(t) if t.name == "choice" => t
            .get("id")
            .map(str::to_string)
            .ok_or_else(|| fail(no, "a choice tag has no `id`")),
        Some(t) => Err(fail(no, format!("unexpected `{}` tag in a choice", t.name))),
        None => Ok(unescape(visible.trim_matches([' ', '\t']))),
    }
}

/// The rest of a `- `, `* ` or `+ ` list line that starts at the line's beginning.
fn bullet(line: &str) -> Option<&str> {
    let rest = line.strip_prefix(['-', '*', '+'])?;
    if rest.is_empty() {
        Some(rest)
    } else {
        rest.strip_prefix([' ', '\t'])
    }
}

fn list(lines: &[(usize, &str)]) -> Result<Vec<Item>, ReadError> {
    let mut items: Vec<Item> = Vec::new();
    for &(no, line) in lines {
        if let Some(rest) = bullet(line) {
            items.push(Item {
                text: unescape(rest.trim_matches([' ', '\t'])),
                fields: Fields::new(),
            });
            continue;
        }
        let sub = line
            .starts_with([' ', '\t'])
            .then(|| bullet(line.trim_start()))
            .flatten();
        let (Some(rest), Some(item)) = (sub, items.last_mut()) else {
            return Err(fail(
                no,
                "expected a list item (`- name`) or, under it, an indented sub-field line",
            ));
        };
        let (visible, tag) = split_tag(rest).map_err(|m| fail(no, m))?;
        let Some(tag) = tag.filter(|t| t.name == "field") else {
            return Err(fail(
                no,
                "a line under a list item must be a sub-field ending with its \
                 `<!-- convene:field id=\"…\" -->` tag",
            ));
        };
        let id = tag
            .get("id")
            .ok_or_else(|| fail(no, "a field tag has no `id`"))?
            .to_string();
        let value_text = split_label(visible).map_or(visible, |(_, v)| v);
        let value = values::decode(value_text, Some(&tag), true)
            .map_err(|m| fail(no, m))?
            .unwrap_or(crate::workbook::Value::Text(String::new()));
        if item.fields.insert(id.clone(), value).is_some() {
            return Err(fail(
                no,
                format!("the sub-field `{id}` appears twice in this item"),
            ));
        }
    }
    // Kept as long as the workbook is (a review holds a thousand): no room to spare.
    for item in &mut items {
        item.fields.shrink_to_fit();
    }
    items.shrink_to_fit();
    Ok(items)
}
