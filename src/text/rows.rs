//! The text editor's row geometry: how one logical line soft-wraps into screen rows, how
//! many columns a character takes, and which row shows a given character.
//!
//! Pure arithmetic on text; no terminal types. Never measures with byte counts (display
//! width from `unicode-width`), and costs only the line it is given.

use unicode_width::UnicodeWidthChar;

/// Columns a tab takes (drawn as spaces).
pub const TAB: usize = 4;

/// One screen row of a logical line: bytes `start..end`, chars `start_col..end_col`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub start: usize,
    pub end: usize,
    pub start_col: usize,
    pub end_col: usize,
}

/// Columns `c` takes on screen (control characters are drawn as one replacement mark).
pub fn char_cols(c: char) -> usize {
    match c {
        '\t' => TAB,
        c if c.is_control() => 1,
        c => c.width().unwrap_or(0),
    }
}

/// Soft-wraps one logical line into rows at most `width` columns wide: breaks after a run
/// of spaces, splits a word only when it alone is wider than a row. Always at least one
/// row; when the last row is full, an empty row follows so a cursor at the end is visible.
pub fn rows(line: &str, width: usize) -> Vec<Row> {
    let width = width.max(1);
    if line.bytes().all(|b| (b' '..b'\x7f').contains(&b)) {
        return ascii_rows(line.as_bytes(), width);
    }
    let mut out = Vec::new();
    let (mut start, mut start_col) = (0usize, 0usize);
    let mut cols = 0usize;
    // The last place a row may end: just after a space, and the chars before it.
    let mut brk: Option<(usize, usize)> = None;
    for (col, (i, c)) in line.char_indices().enumerate() {
        let w = char_cols(c);
        while cols + w > width && i > start {
            let (end, end_col) = match brk {
                Some(b) => b,
                _ => (i, col),
            };
            out.push(Row {
                start,
                end,
                start_col,
                end_col,
            });
            cols = line[end..i].chars().map(char_cols).sum();
            (start, start_col) = (end, end_col);
            brk = None;
        }
        cols += w;
        if c == ' ' {
            brk = Some((i + 1, col + 1));
        }
    }
    let chars = start_col + line[start..].chars().count();
    out.push(Row {
        start,
        end: line.len(),
        start_col,
        end_col: chars,
    });
    if cols >= width && !line.is_empty() {
        out.push(Row {
            start: line.len(),
            end: line.len(),
            start_col: chars,
            end_col: chars,
        });
    }
    out
}

/// `rows` for printable ASCII, where a byte is a char one column wide (the common case, and
/// the one a long answer is made of).
fn ascii_rows(line: &[u8], width: usize) -> Vec<Row> {
    let mut out = Vec::with_capacity(line.len() / width + 2);
    let mut start = 0usize;
    let mut brk: Option<usize> = None;
    for (i, &b) in line.iter().enumerate() {
        if i - start >= width {
            let end = match brk {
                Some(e) => e,
                _ => i,
            };
            out.push(Row {
                start,
                end,
                start_col: start,
                end_col: end,
            });
            start = end;
            brk = None;
        }
        if b == b' ' {
            brk = Some(i + 1);
        }
    }
    out.push(Row {
        start,
        end: line.len(),
        start_col: start,
        end_col: line.len(),
    });
    if line.len() - start >= width {
        out.push(Row {
            start: line.len(),
            end: line.len(),
            start_col: line.len(),
            end_col: line.len(),
        });
    }
    out
}

/// The row of `rows` that shows char `col` (the row it starts, or the end of the last).
pub fn row_of(rows: &[Row], col: usize) -> usize {
    rows.iter()
        .position(|r| col < r.end_col || (col == r.end_col && r.start_col == r.end_col))
        .unwrap_or(rows.len().saturating_sub(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(line: &str, width: usize) -> Vec<&str> {
        rows(line, width)
            .iter()
            .map(|r| &line[r.start..r.end])
            .collect()
    }

    #[test]
    fn wraps_after_spaces_and_splits_only_long_words() {
        assert_eq!(cut("one two three", 8), ["one two ", "three"]);
        assert_eq!(cut("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(cut("", 4), [""]);
        assert_eq!(
            cut("ab cd", 5),
            ["ab cd", ""],
            "a full last row leaves room"
        );
        assert_eq!(cut("犬猫犬", 4), ["犬猫", "犬"]);
    }

    #[test]
    fn rows_cover_the_line_and_count_chars() {
        let line = "Convening across boundaries takes patience and a clear call. ".repeat(20);
        for width in [1, 7, 30, 199] {
            let r = rows(&line, width);
            assert_eq!(r[0].start, 0);
            assert_eq!(r[r.len() - 1].end, line.len());
            for pair in r.windows(2) {
                assert_eq!(pair[0].end, pair[1].start);
                assert_eq!(pair[0].end_col, pair[1].start_col);
            }
            for row in &r {
                let w: usize = line[row.start..row.end].chars().map(char_cols).sum();
                assert!(w <= width.max(1), "row wider than {width}");
                assert_eq!(
                    row.end_col - row.start_col,
                    line[row.start..row.end].chars().count()
                );
            }
        }
    }

    #[test]
    fn the_ascii_path_wraps_like_the_general_one() {
        let line =
            "Convening across  boundaries takes patience; a clear call-to-action. ".repeat(9);
        for width in [1, 2, 5, 13, 40, 80, 199] {
            // The general path, forced by one non-ASCII char at the very end.
            let general = rows(&format!("{line}é"), width);
            let ascii = rows(&line, width);
            let n = ascii.len() - usize::from(ascii[ascii.len() - 1].start == line.len());
            assert_eq!(ascii[..n - 1], general[..n - 1], "width {width}");
        }
    }

    #[test]
    fn the_cursor_is_on_the_row_that_starts_with_it() {
        let r = rows("one two three", 8);
        assert_eq!(row_of(&r, 0), 0);
        assert_eq!(row_of(&r, 7), 0);
        assert_eq!(row_of(&r, 8), 1);
        assert_eq!(row_of(&r, 13), 1);
        let full = rows("ab cd", 5);
        assert_eq!(row_of(&full, 5), 1, "after a full row: the empty row below");
    }
}
