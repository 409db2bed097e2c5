//! The one rule for whether a file can be a workbook at all, for every command that reads
//! workbooks (`open`, `list`, the home screen, `review`): at most `MAX_BYTES`, no NUL byte
//! (convene writes none: a NUL means a binary or damaged file), UTF-8.
//!
//! Reads only, and never more than one byte past the limit. The reasons are the same words
//! wherever they are shown.

use std::io::Read as _;
use std::path::Path;

use crate::text::line_at;

/// Larger files are not read: a workbook is a few hundred KB at most.
pub const MAX_BYTES: u64 = 10 * 1024 * 1024;

/// Why a file's bytes cannot be a workbook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum NotText {
    /// Larger than `MAX_BYTES` (its size).
    TooLarge(u64),
    /// A NUL byte on this line (from 1).
    Binary(usize),
    /// Not UTF-8 from this line on.
    NotUtf8(usize),
}

impl NotText {
    /// Why, in words, naming the line where there is one.
    pub(crate) fn reason(&self) -> String {
        match self {
            NotText::TooLarge(size) => format!(
                "too large to be a workbook ({:.1} MB; the limit is {} MB)",
                *size as f64 / (1024.0 * 1024.0),
                MAX_BYTES / (1024 * 1024)
            ),
            NotText::Binary(line) => {
                format!("line {line}: a binary file (it holds NUL bytes), not a workbook")
            }
            NotText::NotUtf8(line) => format!("line {line}: not UTF-8 text, so not a workbook"),
        }
    }
}

/// The file's text, or why it cannot be a workbook; an I/O error when it cannot be read.
pub(crate) fn read_text(path: &Path) -> std::io::Result<Result<String, NotText>> {
    let file = std::fs::File::open(path)?;
    let regular = file
        .metadata()
        .ok()
        .filter(|m| m.is_file())
        .map(|m| m.len());
    let mut bytes = Vec::new();
    match regular {
        Some(size) if size > MAX_BYTES => return Ok(Err(NotText::TooLarge(size))),
        // A file's own read_to_end knows its size: the whole file in one read (through
        // `take` it would read 8 KB, 16 KB, 32 KB… whatever room there is), then one to
        // find the end. A file that grows meanwhile is caught by the check below.
        Some(_) => {
            (&file).read_to_end(&mut bytes)?;
        }
        // Anything else (a device, a pipe) is read no further than the limit.
        None => {
            file.take(MAX_BYTES + 1).read_to_end(&mut bytes)?;
        }
    }
    if bytes.len() as u64 > MAX_BYTES {
        let size = std::fs::metadata(path).map_or(bytes.len() as u64, |m| m.len());
        return Ok(Err(NotText::TooLarge(size)));
    }
    Ok(as_text(bytes))
}

/// The bytes as text, or why they cannot be a workbook.
pub(crate) fn as_text(bytes: Vec<u8>) -> Result<String, NotText> {
    // memchr looks at many bytes at a time (`contains` on a slice goes a word at a time);
    // most files have no NUL at all.
    if let Some(at) = memchr::memchr(0, &bytes) {
        return Err(NotText::Binary(line_at(&bytes, at)));
    }
    String::from_utf8(bytes)
        .map_err(|err| NotText::NotUtf8(line_at(err.as_bytes(), err.utf8_error().valid_up_to())))
}

/// A file as a workbook, or why it is not one, in words (naming the line where there is
/// one): the same reasons for `list`, the home screen and `review`.
pub(crate) fn read_workbook(path: &Path) -> Result<crate::workbook::Workbook, String> {
    let text = read_text(path)
        .map_err(|e| io_reason(&e))?
        .map_err(|not| not.reason())?;
    parse(&text)
}

/// `read_workbook`, and the text's memory given back, emptied, to be used again.
pub(crate) fn read_workbook_and_buffer(
    path: &Path,
) -> Result<(crate::workbook::Workbook, String), String> {
    let mut text = read_text(path)
        .map_err(|e| io_reason(&e))?
        .map_err(|not| not.reason())?;
    let workbook = parse(&text)?;
    text.clear();
    Ok((workbook, text))
}

/// Text as a workbook, or why it is not one.
pub(crate) fn parse(text: &str) -> Result<crate::workbook::Workbook, String> {
    crate::format::markdown::read(text).map_err(not_a_workbook)
}

/// Why text that was read is not a workbook, in words.
pub(crate) fn not_a_workbook(err: crate::format::markdown::ReadError) -> String {
    format!("not a workbook: line {}: {}", err.line, err.message)
}

/// Why a file could not be read, in words.
pub(crate) fn io_reason(err: &std::io::Error) -> String {
    match err.kind() {
        std::io::ErrorKind::NotFound => "does not exist".into(),
        std::io::ErrorKind::PermissionDenied => "cannot be read: permission denied".into(),
        _ => format!("cannot be read: {err}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_read_whole_and_one_over_the_limit_is_too_large() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| unreachable!("{e}"));
        let small = dir.path().join("a.md");
        std::fs::write(&small, "---\ntitle: x\n---\nWords.\n")
            .unwrap_or_else(|e| unreachable!("{e}"));
        assert!(matches!(read_text(&small), Ok(Ok(t)) if t.ends_with("Words.\n")));
        // A sparse file one byte over the limit: refused by its size, never read.
        let big = dir.path().join("b.md");
        let file = std::fs::File::create(&big).unwrap_or_else(|e| unreachable!("{e}"));
        file.set_len(MAX_BYTES + 1)
            .unwrap_or_else(|e| unreachable!("{e}"));
        assert!(matches!(read_text(&big), Ok(Err(NotText::TooLarge(n))) if n == MAX_BYTES + 1));
    }

    /// Something that is not a file (here an endless device) is read no further than the
    /// limit.
    #[cfg(target_os = "linux")]
    #[test]
    fn an_endless_device_stops_at_the_limit() {
        assert!(matches!(
            read_text(Path::new("/dev/zero")),
            Ok(Err(NotText::TooLarge(_)))
        ));
    }
}
