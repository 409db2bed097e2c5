//! The one rule for whether a file can be a workbook at all, for every command that reads
//! workbooks (`open`, `list`, the home screen, `review`): at most `MAX_BYTES`, no NUL byte
//! (convene writes none: a NUL means a binary or damaged file), UTF-8.
//!
//! Reads only, and never more than one byte past the limit. The reasons are the same words
//! wherever they are shown. The home screens read a file only as far as its front matter
//! (`read_head`) and check that part.

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
        match self.line() {
            Some(line) => format!("line {line}: {}", self.what()),
            None => self.what(),
        }
    }

    /// Why, in words, without the line (for a message that names it already).
    pub(crate) fn what(&self) -> String {
        match self {
            NotText::TooLarge(size) => format!(
                "too large to be a workbook ({:.1} MB; the limit is {} MB)",
                *size as f64 / (1024.0 * 1024.0),
                MAX_BYTES / (1024 * 1024)
            ),
            NotText::Binary(_) => "a binary file (it holds NUL bytes), not a workbook".into(),
            NotText::NotUtf8(_) => "not UTF-8 text, so not a workbook".into(),
        }
    }

    /// The line the damage is on, where there is one.
    pub(crate) fn line(&self) -> Option<usize> {
        match self {
            NotText::TooLarge(_) => None,
            NotText::Binary(line) | NotText::NotUtf8(line) => Some(*line),
        }
    }
}

/// The file's text, or why it cannot be a workbook; an I/O error when it cannot be read.
pub(crate) fn read_text(path: &Path) -> std::io::Result<Result<String, NotText>> {
    let file = std::fs::File::open(path)?;
    read_rest(&file, regular_size(&file), path, Vec::new())
}

/// The size of `file` when it is a regular file (not a device or a pipe).
fn regular_size(file: &std::fs::File) -> Option<u64> {
    file.metadata()
        .ok()
        .filter(|m| m.is_file())
        .map(|m| m.len())
}

/// `bytes` (what was read of `file` so far) and the rest of `file`, as text, or why they
/// cannot be a workbook; `size` is `regular_size`'s.
fn read_rest(
    mut file: &std::fs::File,
    size: Option<u64>,
    path: &Path,
    mut bytes: Vec<u8>,
) -> std::io::Result<Result<String, NotText>> {
    match size {
        Some(size) if size > MAX_BYTES => return Ok(Err(NotText::TooLarge(size))),
        // A file's own read_to_end knows its size: the whole file in one read (through
        // `take` it would read 8 KB, 16 KB, 32 KB… whatever room there is), then one to
        // find the end. A file that grows meanwhile is caught by the check below.
        Some(_) => {
            file.read_to_end(&mut bytes)?;
        }
        // Anything else (a device, a pipe) is read no further than the limit.
        None => {
            let room = (MAX_BYTES + 1).saturating_sub(bytes.len() as u64);
            file.take(room).read_to_end(&mut bytes)?;
        }
    }
    if bytes.len() as u64 > MAX_BYTES {
        let size = std::fs::metadata(path).map_or(bytes.len() as u64, |m| m.len());
        return Ok(Err(NotText::TooLarge(size)));
    }
    Ok(as_text(bytes))
}

/// The start of the file, as far as its front matter goes (for the home screens, which show
/// only that): up to and with the line after the first that reads `---`, when the file
/// starts with a `---` line and that closing line comes within the front matter's limit;
/// else the whole file, as `read_text` reads it. With whether it is the whole file. The size
/// is checked as `read_text` checks it, but NUL bytes and UTF-8 only in what is read: the
/// rest is checked when the file is opened.
pub(crate) fn read_head(path: &Path) -> std::io::Result<Result<(String, bool), NotText>> {
    /// The first read; a file no larger is read whole.
    const FIRST: usize = 4096;
    let file = std::fs::File::open(path)?;
    let size = regular_size(&file);
    // The rest of the file after `bytes`, read on from where they end.
    let whole = |bytes| Ok(read_rest(&file, size, path, bytes)?.map(|text| (text, true)));
    match size {
        Some(size) if size > FIRST as u64 && size <= MAX_BYTES => {}
        _ => return whole(Vec::new()),
    }
    let mut bytes = Vec::with_capacity(FIRST);
    loop {
        let room = bytes.len().max(FIRST) as u64;
        if (&file).take(room).read_to_end(&mut bytes)? == 0 {
            return whole(bytes);
        }
        match front_end(&bytes) {
            Front::Ends(end) => {
                bytes.truncate(end);
                return Ok(as_text(bytes).map(|text| (text, false)));
            }
            Front::NotYet if bytes.len() <= crate::format::markdown::FRONT_MAX_BYTES + FIRST => {}
            Front::NotYet | Front::None => return whole(bytes),
        }
    }
}

/// Where a file's front matter ends, as far as its first bytes tell.
#[derive(Debug, PartialEq, Eq)]
enum Front {
    /// Just past its closing line.
    Ends(usize),
    /// Not within these bytes.
    NotYet,
    /// The file does not start with a `---` line.
    None,
}

/// The front matter's end in `bytes`, the start of a file: only whole lines count, and
/// `---` with nothing after it but ASCII spaces and a carriage return (the reader accepts
/// those lines too, so the part cut holds every line it reads).
fn front_end(bytes: &[u8]) -> Front {
    let dashes = |line: &[u8]| line.trim_ascii_end() == b"---";
    let mut lines = bytes.split_inclusive(|&b| b == b'\n');
    match lines.next() {
        Some(first) if first.ends_with(b"\n") && dashes(first) => {
            let mut end = first.len();
            for line in lines.take_while(|l| l.ends_with(b"\n")) {
                end += line.len();
                if dashes(line) {
                    return Front::Ends(end);
                }
            }
            Front::NotYet
        }
        Some(first) if first.ends_with(b"\n") => Front::None,
        _ => Front::NotYet,
    }
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

    #[test]
    fn the_front_matter_ends_after_its_closing_line_once_that_line_is_whole() {
        assert_eq!(front_end(b"---\na: 1\n---\nbody"), Front::Ends(13));
        assert_eq!(front_end(b"---\r\na: 1\r\n--- \r\nbody"), Front::Ends(17));
        assert_eq!(front_end(b"---\na: 1\n---"), Front::NotYet);
        assert_eq!(front_end(b"---\na: 1\n-"), Front::NotYet);
        assert_eq!(front_end(b"--"), Front::NotYet);
        assert_eq!(front_end(b"# A title\n---\n"), Front::None);
        // Only ASCII spaces after the dashes: a line the reader might also close on is
        // passed by, so the part cut is never shorter than what it reads.
        assert_eq!(
            front_end("---\na\n---\u{a0}\n---\n".as_bytes()),
            Front::Ends(16)
        );
    }

    fn head_of(text: &str) -> (String, bool) {
        let dir = tempfile::tempdir().unwrap_or_else(|e| unreachable!("{e}"));
        let path = dir.path().join("w.md");
        std::fs::write(&path, text).unwrap_or_else(|e| unreachable!("{e}"));
        match read_head(&path) {
            Ok(Ok(head)) => head,
            other => unreachable!("{other:?}"),
        }
    }

    /// A file past the first read is read as far as its front matter, and what lies
    /// further (here a NUL byte) is not looked at; a small one, or one that does not
    /// start with front matter, is read whole, as `read_text` reads it.
    #[test]
    fn a_head_is_the_front_matter_of_a_larger_file() {
        let front = "---\ntitle: x\n---\n";
        let body = format!("Words.\n{}\0\n", "x".repeat(9000));
        assert_eq!(
            head_of(&format!("{front}{body}")),
            (front.to_string(), false)
        );
        let small = format!("{front}Words.\n");
        assert_eq!(head_of(&small), (small.clone(), true));
        let plain = format!("# Notes\n{}\n", "y".repeat(9000));
        assert_eq!(head_of(&plain), (plain.clone(), true));
        // Front matter that never closes: the whole file.
        let open = format!("---\ntitle: x\n{}", "z: 1\n".repeat(3000));
        assert_eq!(head_of(&open), (open.clone(), true));
        // Too large, by its size, whatever it starts with.
        let dir = tempfile::tempdir().unwrap_or_else(|e| unreachable!("{e}"));
        let big = dir.path().join("big.md");
        std::fs::write(&big, front).unwrap_or_else(|e| unreachable!("{e}"));
        let file = std::fs::OpenOptions::new()
            .write(true)
            .open(&big)
            .unwrap_or_else(|e| unreachable!("{e}"));
        file.set_len(MAX_BYTES + 1)
            .unwrap_or_else(|e| unreachable!("{e}"));
        assert!(matches!(read_head(&big), Ok(Err(NotText::TooLarge(n))) if n == MAX_BYTES + 1));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        /// Whatever the front matter and the body, the head is the start of the file and
        /// the front matter read from it is the one read from the whole file.
        #[test]
        fn the_head_reads_as_the_whole_file_reads(
            lines in proptest::collection::vec("[a-z]{1,8}: [ -~]{0,30}|---[ \\r]{0,2}|- [a-z ]{0,20}", 0..30),
            body in "[ -~\\n]{0,200}",
            pad in 0usize..12_000,
            crlf in proptest::bool::ANY,
        ) {
            let nl = if crlf { "\r\n" } else { "\n" };
            let mut text = format!("---{nl}");
            for line in &lines {
                text.push_str(line);
                text.push_str(nl);
            }
            text.push_str(&format!("---{nl}{body}{}", "w".repeat(pad)));
            let (head, whole) = head_of(&text);
            proptest::prop_assert!(text.starts_with(&head));
            proptest::prop_assert_eq!(whole, head.len() == text.len());
            let of = |t: &str| format!("{:?}", crate::format::markdown::read_front(t));
            proptest::prop_assert_eq!(of(&head), of(&text));
        }
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
