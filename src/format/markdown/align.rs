//! Which of a file's lines are the ones the writer writes: the file's tokens matched to the
//! writer's, exactly where they can be, else by their words (other emphasis, a changed
//! count, a name edited in the front matter, a question a newer pack rewords).
//!
//! Pure. Never matches a line to one of another shape (a heading to a paragraph), never
//! matches out of order, and never matches a marker but exactly.

use similar::{Algorithm, DiffOp, capture_diff_slices};

use super::layout::{Kind, Token, loose_key};

/// A loose key that is never empty-equal: lines without letters only match exactly.
pub(super) fn loose(key: &str) -> String {
    let k = loose_key(key);
    if k.is_empty() { "\0".to_string() } else { k }
}

/// For each file token, the written token it is (exactly; else, between exact matches, by
/// its loose key), if any.
pub(super) fn align(written: &[Token], file: &[Token]) -> Vec<Option<usize>> {
    let keys = |t: &[Token]| t.iter().map(|t| t.key.clone()).collect::<Vec<_>>();
    let mut matched = vec![None; file.len()];
    let (mut g, mut f) = (0, 0);
    let mut ops = capture_diff_slices(Algorithm::Myers, &keys(written), &keys(file));
    ops.push(DiffOp::Equal {
        old_index: written.len(),
        new_index: file.len(),
        len: 0,
    });
    for op in ops {
        let DiffOp::Equal {
            old_index,
            new_index,
            len,
        } = op
        else {
            continue;
        };
        align_loosely(
            &written[g..old_index],
            &file[f..new_index],
            g,
            f,
            &mut matched,
        );
        for k in 0..len {
            matched[new_index + k] = Some(old_index + k);
        }
        (g, f) = (old_index + len, new_index + len);
    }
    matched
}

/// Pairs the lines of a stretch where the file and the writer differ by their loose keys.
fn align_loosely(written: &[Token], file: &[Token], g: usize, f: usize, out: &mut [Option<usize>]) {
    if written.is_empty() || file.is_empty() {
        return;
    }
    let keys = |t: &[Token], side: &str| {
        t.iter()
            .enumerate()
            .map(|(i, t)| match (t.kind, loose_key(&t.key)) {
                // A line without letters only ever matches exactly.
                (Kind::Line, key) if !key.is_empty() => key,
                _ => format!("\0{side}{i}"),
            })
            .collect::<Vec<_>>()
    };
    let ops = capture_diff_slices(Algorithm::Myers, &keys(written, "w"), &keys(file, "f"));
    let mut paired = vec![false; written.len()];
    for op in ops {
        if let DiffOp::Equal {
            old_index,
            new_index,
            len,
        } = op
        {
            for k in 0..len {
                if file[new_index + k].kind == Kind::Line {
                    out[f + new_index + k] = Some(g + old_index + k);
                    paired[old_index + k] = true;
                }
            }
        }
    }
    // Then a line the writer writes here that the file has in other words (a name changed
    // in the front matter, a question reworded by a newer pack): the file's line of the same
    // shape that shares most of its words, in order.
    let mut from = 0;
    for (i, line) in written.iter().enumerate() {
        if paired[i] || line.kind != Kind::Line {
            continue;
        }
        let found = (from..file.len()).find(|&j| {
            out[f + j].is_none()
                && file[j].kind == Kind::Line
                && shape(&file[j].key) == shape(&line.key)
                && similar_words(&file[j].key, &line.key)
        });
        if let Some(j) = found {
            out[f + j] = Some(g + i);
            from = j + 1;
        }
    }
}

/// What a line is in Markdown, by how it starts: a heading of some level, bold, emphasis,
/// a list item, a quote or a table row, or a paragraph.
fn shape(line: &str) -> (usize, Option<char>) {
    let hashes = line.len() - line.trim_start_matches('#').len();
    let first = line.chars().find(|c| !c.is_whitespace() && *c != '#');
    (
        hashes,
        first.filter(|c| matches!(c, '*' | '_' | '-' | '>' | '|')),
    )
}

/// Whether two lines share most of their words (Dice coefficient of at least a half).
fn similar_words(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (a, mut b) = (words(a), words(b));
    let total = a.len() + b.len();
    let mut common = 0;
    for w in &a {
        if let Some(k) = b.iter().position(|x| x == w) {
            b.swap_remove(k);
            common += 1;
        }
    }
    total > 0 && common * 4 >= total
}
