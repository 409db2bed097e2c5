//! The YAML front matter of a workbook file: written by hand with safe double quoting, read
//! with serde_yaml. The one place that knows its keys: `PROPERTIES` (what convene reads
//! back), `DERIVED` (what it writes for other Markdown tools) and `OLDER` (what it wrote
//! once); every other property is the participant's own (`own_lines`), kept as typed.
//!
//! Every string is written double-quoted with YAML escapes for anything that is not plainly
//! printable, so any YAML parser reads back exactly the same string. Never writes a raw line
//! break, control character or byte-order mark inside a value.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde_yaml::Value as Yaml;

use crate::content::Moment;
use crate::workbook::Meta;
use crate::workbook::derive::Progress;

use super::{ReadError, tags};

/// One property of the workbook that convene writes and reads back: its key, whether every
/// workbook must have it, and how it is kept in `Meta`. Reading and writing both go by
/// `PROPERTIES`, so a new property is one line there (and a field of `Meta`).
struct Property {
    key: &'static str,
    required: bool,
    /// Left out of the file when empty (a property most workbooks do not have yet).
    omit_empty: bool,
    get: fn(&Meta) -> &str,
    /// Sets the field from the file's value; `Err` says why the value cannot be used.
    set: fn(&mut Meta, String) -> Result<(), String>,
}

/// The properties convene reads back, in the order they are written.
#[rustfmt::skip]
const PROPERTIES: &[Property] = &[
    Property { key: "initiative", required: true, omit_empty: false, get: |m| &m.initiative, set: |m, v| { m.initiative = v; Ok(()) } },
    Property { key: "participant", required: false, omit_empty: false, get: |m| &m.participant, set: |m, v| { m.participant = v; Ok(()) } },
    Property { key: "pack", required: true, omit_empty: false, get: |m| &m.pack, set: |m, v| { m.pack = v; Ok(()) } },
    Property { key: "pack_version", required: true, omit_empty: false, get: |m| &m.pack_version, set: |m, v| { m.pack_version = v; Ok(()) } },
    Property { key: "created", required: true, omit_empty: false, get: |m| &m.created, set: |m, v| { m.created = v; Ok(()) } },
    Property { key: "updated", required: true, omit_empty: false, get: |m| &m.updated, set: |m, v| { m.updated = v; Ok(()) } },
    Property { key: "moment", required: false, omit_empty: false, get: |m| m.moment.id(), set: set_moment },
    Property { key: "workbook_id", required: false, omit_empty: true, get: |m| &m.id, set: |m, v| { m.id = v; Ok(()) } },
    Property { key: "path", required: false, omit_empty: false, get: |m| &m.path, set: |m, v| { m.path = v; Ok(()) } },
    Property { key: "place", required: false, omit_empty: true, get: |m| &m.place, set: |m, v| { m.place = v; Ok(()) } },
];

/// What `write` adds for Markdown tools such as Obsidian, pandoc and static-site generators,
/// derived from the workbook, so reading ignores them: `title` (the initiative), `tags` (the
/// participant's own, which are read back into `Meta::tags`, and `convene`), `date` (the day
/// of the last change, `YYYY-MM-DD`, a date every one of them reads), and the progress as
/// two flat numbers, `answered` and `total`.
const DERIVED: &[&str] = &["title", "tags", "date", "answered", "total"];

/// What older versions wrote, read and ignored: `progress` as a map (convene 0.1).
const OLDER: &[&str] = &["progress"];

/// Whether a property is convene's (`PROPERTIES`, `DERIVED`, `OLDER`) rather than the
/// participant's own.
fn is_convenes(key: &str) -> bool {
    PROPERTIES.iter().any(|p| p.key == key) || DERIVED.contains(&key) || OLDER.contains(&key)
}

/// The front matter, including its `---` lines, ending with a line break: `PROPERTIES` and
/// `DERIVED`.
pub fn write(meta: &Meta, progress: Progress) -> String {
    let mut out = String::with_capacity(320);
    out.push_str("---\n");
    let _ = writeln!(out, "title: {}", quote(&meta.initiative));
    tags::write(&mut out, &meta.tags);
    for property in PROPERTIES {
        let value = (property.get)(meta);
        if !(property.omit_empty && value.is_empty()) {
            let _ = writeln!(out, "{}: {}", property.key, quote(value));
        }
    }
    if let Some(day) = day_of(&meta.updated) {
        let _ = writeln!(out, "date: {day}");
    }
    let _ = writeln!(out, "answered: {}", progress.answered);
    let _ = writeln!(out, "total: {}", progress.total);
    out.push_str("---\n");
    out
}

/// The `YYYY-MM-DD` that starts an RFC 3339 time, when it does.
use crate::workbook::day_of;

fn set_moment(meta: &mut Meta, id: String) -> Result<(), String> {
    meta.moment = if id.is_empty() {
        Moment::Any
    } else {
        Moment::from_id(&id)
            .ok_or_else(|| format!("unknown moment `{id}` (expected before, after or any)"))?
    };
    Ok(())
}

/// A YAML double-quoted scalar holding exactly `s`.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if printable(c) => out.push(c),
            c if u32::from(c) <= 0xff => {
                let _ = write!(out, "\\x{:02X}", u32::from(c));
            }
            c if u32::from(c) <= 0xffff => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => {
                let _ = write!(out, "\\U{:08X}", u32::from(c));
            }
        }
    }
    out.push('"');
    out
}

/// Characters YAML lets stand for themselves inside double quotes without any parser
/// treating them as a line break or a byte-order mark.
fn printable(c: char) -> bool {
    matches!(u32::from(c), 0x20..=0x7e | 0xa0..=0xd7ff | 0xe000..=0xfefe | 0xff00..=0xfffd | 0x10000..=0x10ffff)
        && !matches!(c, '\u{2028}' | '\u{2029}')
}

/// The front matter's lines that hold what convene neither writes nor reads — properties a
/// Markdown tool or the participant added (`aliases`, `cssclasses`…), and comments — as
/// typed, in order; `None` when there are none. `front` is the front matter with its `---`
/// lines. Their `tags` are not among them: they are read into `Meta::tags` and written
/// back with `convene` (`tags.rs`).
pub(crate) fn own_lines(front: &str) -> Option<String> {
    let mut lines = front.trim_end_matches('\n').split('\n');
    lines.next_back();
    let mut keep = false;
    let mut out: Vec<&str> = Vec::new();
    for line in lines.skip(1) {
        if line.starts_with('#') {
            out.push(line);
            continue;
        }
        if let Some(key) = top_key(line) {
            keep = !is_convenes(key);
        }
        if keep {
            out.push(line);
        }
    }
    while out.last().is_some_and(|l| l.trim().is_empty()) {
        out.pop();
    }
    (!out.is_empty()).then(|| out.join("\n"))
}

/// The property a line of front matter starts, if it starts one (no indent, not a list item
/// or comment, a `:` after the key).
pub(super) fn top_key(line: &str) -> Option<&str> {
    if line.starts_with([' ', '\t', '-', '#']) {
        return None;
    }
    let (key, _) = line.split_once(':')?;
    Some(key.trim().trim_matches(['"', '\'']))
}

/// The largest front matter read: convene writes about 300 bytes, and a Markdown tool's own
/// properties (tags, aliases) add a few hundred more.
pub const MAX_BYTES: usize = 64 * 1024;

fn too_large() -> String {
    format!(
        "the front matter that starts here is larger than {} KB (convene writes less than 1 KB): \
         it was not written by convene, or it was damaged",
        MAX_BYTES / 1024
    )
}

/// Checks front matter (the YAML between its `---` lines, which start at line 2) before
/// any YAML parser sees it: not too large, and no lists or maps in brackets nested deeper
/// than `yaml_guard::MAX_FLOW_DEPTH` (the parser takes quadratic time on deep nesting).
/// The error is (line in the file, message).
pub(crate) fn guard(yaml: &str) -> Result<(), (usize, String)> {
    if yaml.len() > MAX_BYTES {
        return Err((1, too_large()));
    }
    match crate::content::yaml_guard::too_deep(yaml) {
        Some((line, _)) => Err((
            line + 1,
            format!(
                "the front matter nests lists or maps in brackets more than {} deep here; \
                 convene writes none: remove the nesting",
                crate::content::yaml_guard::MAX_FLOW_DEPTH
            ),
        )),
        None => Ok(()),
    }
}

/// Reads the front matter at the start of `text` (already free of a byte-order mark and of
/// `\r\n`). Returns the metadata and the byte offset and line number where the body starts.
pub fn read(text: &str) -> Result<(Meta, usize, usize), ReadError> {
    read_map(text).map(|(meta, _, body_start, line)| (meta, body_start, line))
}

/// Only the front matter at the start of `text` (as `read` takes it): the metadata, and the
/// progress it says convene counted when it last wrote the file (`answered` and `total`,
/// both whole numbers, `answered` at most `total`), when it says so. What lies after the
/// front matter is not looked at: a listing that shows only these is not slowed by a long
/// workbook.
pub fn read_only(text: &str) -> Result<(Meta, Option<Progress>), ReadError> {
    let (meta, map, _, _) = read_map(text)?;
    let number = |key: &str| {
        map.get(key)
            .and_then(Yaml::as_u64)
            .and_then(|n| usize::try_from(n).ok())
    };
    let stored = match (number("answered"), number("total")) {
        (Some(answered), Some(total)) if answered <= total => Some(Progress { answered, total }),
        _ => None,
    };
    Ok((meta, stored))
}

type YamlMap = BTreeMap<String, Yaml>;

fn read_map(text: &str) -> Result<(Meta, YamlMap, usize, usize), ReadError> {
    let err = |line: usize, message: String| ReadError { line, message };
    let first = text.split('\n').next().unwrap_or("");
    if first.trim_end() != "---" {
        return Err(err(
            1,
            "this is not a convene workbook: it does not start with front matter (a `---` line)"
                .to_string(),
        ));
    }
    let yaml_start = first.len() + 1;
    let mut offset = yaml_start;
    let mut line_no = 2;
    let (yaml_end, close_len) = loop {
        if offset - yaml_start > MAX_BYTES {
            return Err(err(1, too_large()));
        }
        if offset >= text.len() {
            return Err(err(
                1,
                "the front matter that starts here is never closed with a `---` line".to_string(),
            ));
        }
        let line = text[offset..].split('\n').next().unwrap_or("");
        if line.trim_end() == "---" {
            break (offset, line.len());
        }
        offset += line.len() + 1;
        line_no += 1;
    };
    let body_start = (yaml_end + close_len + 1).min(text.len());
    let yaml = &text[yaml_start..yaml_end];
    guard(yaml).map_err(|(line, message)| err(line, message))?;
    let map: YamlMap = match serde_yaml::from_str(yaml) {
        Ok(Some(map)) => map,
        Ok(None) => BTreeMap::new(),
        Err(e) => {
            let line = e.location().map_or(1, |l| l.line() + 1);
            return Err(err(
                line,
                format!("the front matter is not valid YAML: {e}"),
            ));
        }
    };
    let key_line = |key: &str| {
        yaml.split('\n')
            .position(|l| l.starts_with(key) && l[key.len()..].trim_start().starts_with(':'))
            .map_or(1, |p| p + 2)
    };
    let mut meta = Meta::default();
    for property in PROPERTIES {
        let key = property.key;
        let value = match map.get(key) {
            None if property.required => {
                return Err(err(
                    line_no,
                    format!("the front matter has no `{key}` (every workbook names it)"),
                ));
            }
            None | Some(Yaml::Null) => String::new(),
            Some(Yaml::String(s)) => s.clone(),
            Some(Yaml::Number(n)) => n.to_string(),
            Some(Yaml::Bool(b)) => b.to_string(),
            Some(_) => {
                return Err(err(
                    key_line(key),
                    format!(
                        "`{key}` in the front matter must be a single value, not a list or map"
                    ),
                ));
            }
        };
        (property.set)(&mut meta, value).map_err(|message| err(key_line(key), message))?;
    }
    meta.tags = tags::read_all(yaml).map_err(|(line, message)| err(line, message))?;
    Ok((meta, map, body_start, line_no + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_strings_read_back_exactly() {
        for s in [
            "",
            "plain",
            "a: b # c",
            "\"quoted\" \\ back",
            "\0\u{7}\u{1b}\r\n\t",
            "\u{85}\u{2028}\u{feff}\u{fffe}",
            " lead and trail ",
            "---",
            "日本 🎉 עברית",
        ] {
            let yaml = format!("k: {}\n", quote(s));
            let map: BTreeMap<String, String> = serde_yaml::from_str(&yaml).unwrap();
            assert_eq!(map["k"], s, "{yaml}");
        }
    }

    #[test]
    fn the_day_is_taken_only_from_a_time_that_starts_with_one() {
        assert_eq!(day_of("2026-11-23T20:15:07+00:00"), Some("2026-11-23"));
        assert_eq!(day_of("2026-11-23 20:15"), Some("2026-11-23"));
        for not_a_time in [
            "",
            "2026-11-23",
            "last Tuesday",
            "2026/11/23T10",
            "２０２６-11-23T1",
        ] {
            assert_eq!(day_of(not_a_time), None, "{not_a_time}");
        }
    }

    /// The front matter as convene 0.1 wrote it (progress as a nested map, no title, tags or
    /// date) still reads, and every property convene writes today reads back.
    #[test]
    fn older_front_matter_still_reads_and_todays_reads_back() {
        let old = "---\ninitiative: \"Dorset\"\nparticipant: \"Sam\"\npack: \"p\"\n\
                   pack_version: \"1.0.0\"\ncreated: \"2026-11-23T10:00:00Z\"\n\
                   updated: \"2026-11-23T10:05:00Z\"\nmoment: \"after\"\nprogress:\n  \
                   answered: 3\n  total: 40\n---\n";
        let (meta, start, line) = read(old).unwrap();
        assert_eq!((start, line), (old.len(), 13));
        assert_eq!(meta.initiative, "Dorset");
        assert_eq!(meta.moment, Moment::After);
        let progress = Progress {
            answered: 3,
            total: 40,
        };
        let new = write(&meta, progress);
        assert_eq!(read(&new).unwrap().0, meta);
        let yaml: Yaml = serde_yaml::from_str(new.trim_matches(['-', '\n'])).unwrap();
        assert_eq!(yaml["title"].as_str(), Some("Dorset"));
        assert_eq!(yaml["tags"][0].as_str(), Some(tags::TAG));
        assert_eq!(yaml["date"].as_str(), Some("2026-11-23"));
        assert_eq!(yaml["answered"].as_u64(), Some(3));
        assert_eq!(yaml["total"].as_u64(), Some(40));
        assert!(yaml.get("progress").is_none());
    }

    /// Every property `write` writes is one convene knows for its own, so none is ever
    /// kept a second time as the participant's; and every derived one is written.
    #[test]
    fn every_property_written_is_convenes_and_every_derived_one_is_written() {
        let meta = Meta {
            updated: "2026-11-23T10:05:00Z".into(),
            tags: vec!["theirs".into()],
            ..Meta::default()
        };
        let written = write(&meta, Progress::default());
        let keys: Vec<&str> = written.split('\n').filter_map(top_key).collect();
        assert!(keys.iter().all(|k| is_convenes(k)), "{written}");
        assert!(DERIVED.iter().all(|d| keys.contains(d)), "{written}");
        assert_eq!(own_lines(&written), None);
        let theirs = "---\ntags: [x]\naliases:\n  - Dorset\n# a comment\ntitle: \"t\"\n---\n";
        assert_eq!(
            own_lines(theirs).as_deref(),
            Some("aliases:\n  - Dorset\n# a comment")
        );
    }
}
