//! Reads a coach's notes file: the front matter, then every note between its markers;
//! headings, wording and everything else outside the markers is ignored.
//!
//! Never guesses: a broken marker, an unclosed note or a note given twice is an error naming
//! the line, so a damaged file is reported (and then never overwritten) rather than half-read.

use std::collections::BTreeMap;

use serde_yaml::Value as Yaml;

use crate::format::markdown::inline::split_tag;
use crate::format::markdown::text;

use super::write::{ABOUT_WORKBOOK, CLOSE, KIND};
use crate::workbook::notes::CoachNotes;

/// What could not be read, and on which line (from 1).
pub type Failure = (usize, String);

/// Reads a notes file convene wrote (or a coach edited by hand).
pub fn parse(input: &str) -> Result<CoachNotes, Failure> {
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    let normalised;
    let input = if input.contains('\r') {
        normalised = input.replace("\r\n", "\n");
        normalised.as_str()
    } else {
        input
    };
    let lines: Vec<&str> = input.split('\n').collect();
    let (front, body_from) = front_matter(&lines)?;
    let mut notes = CoachNotes {
        coach: front.0,
        updated: front.1,
        ..CoachNotes::default()
    };
    let mut seen_general: Option<usize> = None;
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut i = body_from;
    while i < lines.len() {
        let line = lines[i];
        let no = i + 1;
        i += 1;
        if !text::is_marker_like(line) {
            continue;
        }
        let about = open_marker(no, line)?;
        let (note, next) = read_note(&lines, i, no)?;
        i = next;
        match about {
            About::Workbook => {
                if let Some(first) = seen_general.replace(no) {
                    return Err((
                        no,
                        format!(
                            "the note on the whole workbook appears twice (first at line {first})"
                        ),
                    ));
                }
                notes.general = note.unwrap_or_default();
            }
            About::Prompt(id) => {
                if let Some(first) = seen.insert(id.clone(), no) {
                    return Err((
                        no,
                        format!("the note on `{id}` appears twice (first at line {first})"),
                    ));
                }
                if let Some(note) = note.filter(|n| !n.is_empty()) {
                    notes.prompts.insert(id, note);
                }
            }
        }
    }
    Ok(notes)
}

/// The coach and the time of the last save, and the index of the first line after the
/// front matter.
fn front_matter(lines: &[&str]) -> Result<((String, Option<String>), usize), Failure> {
    let not_notes = || {
        (
            1,
            format!(
                "not a coach's notes file: it does not start with front matter holding \
                 `convene: {KIND}`"
            ),
        )
    };
    if lines.first().map(|l| l.trim_end()) != Some("---") {
        return Err(not_notes());
    }
    let end = lines
        .iter()
        .skip(1)
        .position(|l| l.trim_end() == "---")
        .map(|p| p + 1)
        .ok_or_else(|| {
            (
                1,
                "the front matter that starts here is never closed with a `---` line".to_string(),
            )
        })?;
    let yaml = lines[1..end].join("\n");
    crate::format::markdown::front::guard(&yaml)?;
    let map: BTreeMap<String, Yaml> = match serde_yaml::from_str(&yaml) {
        Ok(Some(map)) => map,
        Ok(None) => BTreeMap::new(),
        Err(e) => {
            let line = e.location().map_or(1, |l| l.line() + 1);
            return Err((line, format!("the front matter is not valid YAML: {e}")));
        }
    };
    let key_line = |key: &str| {
        lines[1..end]
            .iter()
            .position(|l| l.starts_with(key) && l[key.len()..].trim_start().starts_with(':'))
            .map_or(1, |p| p + 2)
    };
    let field = |key: &str| -> Result<Option<String>, Failure> {
        match map.get(key) {
            None | Some(Yaml::Null) => Ok(None),
            Some(Yaml::String(s)) => Ok(Some(s.clone())),
            Some(Yaml::Number(n)) => Ok(Some(n.to_string())),
            Some(Yaml::Bool(b)) => Ok(Some(b.to_string())),
            Some(_) => Err((
                key_line(key),
                format!("`{key}` in the front matter must be a single value, not a list or map"),
            )),
        }
    };
    if field("convene")?.as_deref() != Some(KIND) {
        return Err(not_notes());
    }
    Ok((
        (field("coach")?.unwrap_or_default(), field("updated")?),
        end + 1,
    ))
}

enum About {
    Workbook,
    Prompt(String),
}

fn open_marker(no: usize, line: &str) -> Result<About, Failure> {
    if line.trim() == CLOSE {
        return Err((
            no,
            "this end-of-note marker has no note marker before it".to_string(),
        ));
    }
    let (visible, tag) = split_tag(line.trim()).map_err(|m| (no, m))?;
    let tag = match tag {
        Some(t) if visible.is_empty() && t.name == "note" => t,
        _ => {
            return Err((
                no,
                "this looks like a convene marker but is not `<!-- convene:note id=\"…\" -->` \
                 or `<!-- convene:note about=\"workbook\" -->`"
                    .to_string(),
            ));
        }
    };
    match (tag.get("about"), tag.get("id")) {
        (Some(ABOUT_WORKBOOK), None) => Ok(About::Workbook),
        (None, Some(id)) => Ok(About::Prompt(id.to_string())),
        _ => Err((
            no,
            "a note marker needs either `id=\"…\"` (a prompt) or `about=\"workbook\"`".to_string(),
        )),
    }
}

/// Reads one note from line index `from` up to and including its closing marker; `None` when
/// nothing lies between the markers. Returns the index of the line after the closing marker.
fn read_note(
    lines: &[&str],
    from: usize,
    open_no: usize,
) -> Result<(Option<String>, usize), Failure> {
    let unclosed = || {
        (
            open_no,
            format!("the note that starts here never ends (no `{CLOSE}` line after it)"),
        )
    };
    if let Some(first) = lines.get(from)
        && let Some((c, len, info)) = text::fence_open(first)
        && (info == text::VERBATIM || info == text::ESCAPED)
    {
        let mut i = from + 1;
        let inner_end = loop {
            let line = lines.get(i).ok_or_else(unclosed)?;
            if text::fence_closes(line, c, len) {
                break i;
            }
            i += 1;
        };
        let inner = lines[from + 1..inner_end].join("\n");
        i = inner_end + 1;
        loop {
            let line = lines.get(i).ok_or_else(unclosed)?;
            i += 1;
            if line.trim() == CLOSE {
                break;
            }
            if !line.trim().is_empty() {
                return Err((
                    i,
                    "text after the end of a fenced note; put it inside the fence".to_string(),
                ));
            }
        }
        let value = if info == text::ESCAPED {
            text::unescape(&inner).map_err(|m| (open_no + 1, m))?
        } else {
            inner
        };
        return Ok((Some(value), i));
    }
    let mut i = from;
    loop {
        let line = lines.get(i).ok_or_else(unclosed)?;
        if line.trim() == CLOSE {
            break;
        }
        if text::is_marker_like(line) {
            return Err((
                i + 1,
                format!("a new marker before the note opened at line {open_no} has ended"),
            ));
        }
        i += 1;
    }
    let note = (i > from).then(|| lines[from..i].join("\n"));
    Ok((note, i + 1))
}
