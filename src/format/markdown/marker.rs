//! An answer's opening marker, `<!-- convene:answer id="…" type="…" -->`, as the reader
//! takes it: its id and type and, for an answer from before a session (`when="before"`),
//! the snapshot it belongs to (`snapshot`, `taken`). Never guesses: anything else is a
//! `ReadError` naming the line.

use crate::workbook::Taken;

use super::inline::split_tag;
use super::{CLOSE, ReadError};

fn fail(line: usize, message: impl Into<String>) -> ReadError {
    ReadError {
        line,
        message: message.into(),
    }
}

/// Which snapshot an earlier answer belongs to: the one its `snapshot` attribute names
/// (`None`: the undated one of a file from before snapshots were dated), and when that was
/// taken (`taken`; the first of its answers says it).
pub(super) struct Before {
    pub key: Option<String>,
    pub taken: Taken,
}

/// The id and type of an opening marker, and for an answer from before a session
/// (`when="before"`) its snapshot.
pub(super) fn open_marker(
    no: usize,
    line: &str,
) -> Result<(String, String, Option<Before>), ReadError> {
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
    let (taken, key) = (tag.get("taken"), tag.get("snapshot"));
    let before = match tag.get("when") {
        None if taken.is_some() || key.is_some() => {
            return Err(fail(
                no,
                "`taken` and `snapshot` belong to an answer from before a session: this marker \
                 lacks `when=\"before\"`",
            ));
        }
        None => None,
        Some(w) if w == super::BEFORE => Some(Before {
            key: key.map(|k| k.trim().to_string()),
            taken: match taken {
                Some(t) if !t.trim().is_empty() => Taken::At(t.trim().to_string()),
                _ => Taken::Unknown,
            },
        }),
        Some(w) => {
            return Err(fail(
                no,
                format!("unknown `when=\"{w}\"` (the only one is `when=\"before\"`)"),
            ));
        }
    };
    Ok((id.to_string(), kind.to_string(), before))
}
