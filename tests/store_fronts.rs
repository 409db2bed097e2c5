//! The home screens' listing (`store::list_fronts`): it reads only the front matter of a
//! workbook convene wrote against this pack, and shows what the full reading shows.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::Path;

use convene::content::{Pack, PromptKind, load_builtin};
use convene::store::{Front, blank_workbook, create_workbook, list_fronts, list_workbooks};
use convene::workbook::Answer;
use convene::workbook::derive::progress;

fn names(listed: impl Iterator<Item = std::path::PathBuf>) -> Vec<String> {
    listed
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect()
}

/// A workbook with `n` of the pack's prompts answered, written by convene.
fn write_answered(dir: &Path, pack: &Pack, name: &str, n: usize, updated: &str) {
    let mut wb = blank_workbook(pack, name, "Sam");
    // Not even the initiative's name, which a new workbook answers from its name.
    wb.answers.clear();
    wb.meta.updated = updated.to_string();
    for prompt in pack
        .prompts()
        .filter(|p| matches!(p.kind, PromptKind::Text { .. }))
        .take(n)
    {
        wb.answers.insert(
            prompt.qualified_id.clone(),
            Answer::Text(format!("answer {n}")),
        );
    }
    drop(create_workbook(&dir.join(name), &wb, pack).unwrap());
}

/// The listing of `d`, checked against the full reading: the same files in the same order,
/// each with the same metadata and progress, or the same reason it is not a workbook.
fn fronts_as_full_reading(d: &Path, pack: &Pack) -> Vec<convene::store::ListedFront> {
    let full = list_workbooks(d);
    let fronts = list_fronts(d, pack);
    assert_eq!(
        names(fronts.iter().map(|l| l.path.clone())),
        names(full.iter().map(|l| l.path.clone()))
    );
    for (front, full) in fronts.iter().zip(&full) {
        match (&front.front, &full.parsed) {
            (Ok(Front { meta, progress: p }), Ok(wb)) => {
                assert_eq!(meta, &wb.meta);
                assert_eq!(*p, progress(wb, pack));
            }
            (Err(a), Err(b)) => assert_eq!(a, b),
            (a, b) => panic!("{a:?} against {b:?}"),
        }
    }
    fronts
}

#[test]
fn fronts_show_what_the_full_reading_shows_in_the_same_order() {
    let pack = load_builtin().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write_answered(d, &pack, "three.md", 3, "2001-03-01T09:00:00+00:00");
    write_answered(d, &pack, "none.md", 0, "2001-04-01T09:00:00+00:00");
    write_answered(d, &pack, "five.md", 5, "2001-02-01T09:00:00+00:00");
    fs::write(d.join("plain.md"), "Shopping list\n").unwrap();
    fs::write(d.join("bad.md"), b"line one\n\xff\n").unwrap();

    let fronts = fronts_as_full_reading(d, &pack);
    let answered: Vec<usize> = fronts
        .iter()
        .filter_map(|l| l.front.as_ref().ok())
        .map(|f| f.progress.answered)
        .collect();
    assert_eq!(answered, [0, 3, 5]);
}

/// A folder large enough to be read on two threads lists the same files, in the same
/// order, with the same fronts, as the full reading.
#[test]
fn a_large_folder_is_listed_as_the_full_reading_lists_it() {
    let pack = load_builtin().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for i in 0..13 {
        let day = 1 + (i * 7) % 28;
        let updated = format!("2001-05-{day:02}T09:00:00+00:00");
        write_answered(d, &pack, &format!("wb-{i:02}.md"), i % 5, &updated);
    }
    fs::write(d.join("bad.md"), b"line one\n\xff\n").unwrap();
    assert_eq!(fronts_as_full_reading(d, &pack).len(), 14);
}

/// Only the front matter is read when it says convene counted the progress against this
/// pack: a damaged answer further down is found when the workbook is opened, not listed.
/// Front matter without the counts (as convene 0.1 wrote it), or counts against another
/// pack, make the listing read the whole file and count.
#[test]
fn the_body_is_read_only_when_the_front_matter_cannot_say() {
    let pack = load_builtin().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write_answered(d, &pack, "wb.md", 2, "2001-03-01T09:00:00+00:00");
    let text = fs::read_to_string(d.join("wb.md")).unwrap();
    // What the workbook's path counts, as the full reading counts it.
    let total = progress(list_workbooks(d)[0].parsed.as_ref().unwrap(), &pack).total;
    let damaged =
        format!("{text}\n<!-- convene:answer id=\"x.y\" type=\"text\" -->\nnever closed\n");
    fs::write(d.join("wb.md"), &damaged).unwrap();
    let listed = list_fronts(d, &pack);
    let front = listed[0].front.as_ref().unwrap();
    assert_eq!((front.progress.answered, front.progress.total), (2, total));
    assert!(list_workbooks(d)[0].parsed.is_err());

    // Counts against another pack's prompts: the whole file is read (and is damaged).
    let other = damaged.replace(&format!("total: {total}\n"), "total: 3\n");
    assert_ne!(other, damaged);
    fs::write(d.join("wb.md"), &other).unwrap();
    assert_eq!(
        list_fronts(d, &pack)[0].front.as_ref().unwrap_err(),
        list_workbooks(d)[0].parsed.as_ref().unwrap_err()
    );

    // No counts at all: read whole and counted.
    let older: String = text
        .split_inclusive('\n')
        .filter(|l| !l.starts_with("answered:") && !l.starts_with("total:"))
        .collect();
    fs::write(d.join("wb.md"), &older).unwrap();
    let front = list_fronts(d, &pack).remove(0).front.unwrap();
    assert_eq!((front.progress.answered, front.progress.total), (2, total));
}

/// A workbook larger than the first read is read only as far as its front matter: a NUL
/// byte further down (a damaged file) does not keep it off the home screen; opening it,
/// like the full reading, says where the damage is.
#[test]
fn a_damaged_byte_past_the_front_matter_is_found_when_opened_not_listed() {
    let pack = load_builtin().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write_answered(d, &pack, "wb.md", 2, "2001-03-01T09:00:00+00:00");
    let mut text = fs::read_to_string(d.join("wb.md")).unwrap();
    text.push_str(&format!("\n{}\n\0\n", "Words of my own. ".repeat(400)));
    fs::write(d.join("wb.md"), &text).unwrap();
    let front = list_fronts(d, &pack).remove(0).front.unwrap();
    assert_eq!(front.progress.answered, 2);
    let full = list_workbooks(d).remove(0).parsed.unwrap_err();
    assert!(full.contains("NUL"), "{full}");
}
