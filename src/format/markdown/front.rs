//! The YAML front matter of a workbook file: written by hand with safe double quoting, read
//! with serde_yaml.
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

use super::ReadError;

/// The front matter, including its `---` lines, ending with a line break.
pub fn write(meta: &Meta, progress: Progress) -> String {
    let mut out = String::with_capacity(256);
    out.push_str("---\n");
    for (key, value) in [
        ("initiative", &meta.initiative),
        ("participant", &meta.participant),
        ("pack", &meta.pack),
        ("pack_version", &meta.pack_version),
        ("created", &meta.created),
        ("updated", &meta.updated),
    ] {
        let _ = writeln!(out, "{key}: {}", quote(value));
    }
    let _ = writeln!(out, "moment: {}", quote(meta.moment.id()));
    if !meta.path.is_empty() {
        let _ = writeln!(out, "path: {}", quote(&meta.path));
    }
    let _ = writeln!(
        out,
        "progress:\n  answered: {}\n  total: {}",
        progress.answered, progress.total
    );
    out.push_str("---\n");
    out
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

/// Reads the front matter at the start of `text` (already free of a byte-order mark and of
/// `\r\n`). Returns the metadata and the byte offset and line number where the body starts.
pub fn read(text: &str) -> Result<(Meta, usize, usize), ReadError> {
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
    let map: BTreeMap<String, Yaml> = match serde_yaml::from_str(yaml) {
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
    let field = |key: &str, required: bool| -> Result<String, ReadError> {
        match map.get(key) {
            None if required => Err(err(
                line_no,
                format!("the front matter has no `{key}` (every workbook names it)"),
            )),
            None | Some(Yaml::Null) => Ok(String::new()),
            Some(Yaml::String(s)) => Ok(s.clone()),
            Some(Yaml::Number(n)) => Ok(n.to_string()),
            Some(Yaml::Bool(b)) => Ok(b.to_string()),
            Some(_) => Err(err(
                key_line(key),
                format!("`{key}` in the front matter must be a single value, not a list or map"),
            )),
        }
    };
    let moment_id = field("moment", false)?;
    let moment = if moment_id.is_empty() {
        Moment::Any
    } else {
        Moment::from_id(&moment_id).ok_or_else(|| {
            err(
                key_line("moment"),
                format!("unknown moment `{moment_id}` (expected before, after or any)"),
            )
        })?
    };
    let meta = Meta {
        initiative: field("initiative", true)?,
        participant: field("participant", false)?,
        pack: field("pack", true)?,
        pack_version: field("pack_version", true)?,
        created: field("created", true)?,
        updated: field("updated", true)?,
        moment,
        path: field("path", false)?,
    };
    Ok((meta, body_start, line_no + 1))
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
}
