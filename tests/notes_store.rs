//! Coach's notes through their sidecar file: saved atomically and privately beside the
//! workbook, read back, never written over a file that cannot be read or that another coach
//! changed, and nothing written for no notes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::{Path, PathBuf};

use convene::content::load_builtin;
use convene::store::notes::{NotesError, load_notes, save_notes};
use convene::store::{blank_workbook, create_workbook};
use convene::workbook::notes::{CoachNotes, Note, is_sidecar, sidecar_path};

/// A workbook on the built-in pack in a new folder; returns the folder and the path.
fn workbook() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sam.md");
    let pack = load_builtin().unwrap();
    let wb = blank_workbook(&pack, "Dorset mental health", "Sam");
    drop(create_workbook(&path, &wb, &pack).unwrap());
    (dir, path)
}

fn first_prompt() -> (String, String) {
    let pack = load_builtin().unwrap();
    let p = pack.prompts().next().unwrap();
    (p.qualified_id.clone(), p.text.to_string())
}

fn notes(general: &str) -> CoachNotes {
    let mut n = CoachNotes {
        general: vec![Note::new("Jo", general)],
        ..CoachNotes::default()
    };
    n.prompts.insert(
        first_prompt().0,
        vec![Note::new("Jo", "Who is missing here?")],
    );
    n
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn saved_notes_sit_beside_the_workbook_privately_and_read_back() {
    let (dir, wb) = workbook();
    let before = fs::read(&wb).unwrap();
    assert_eq!(load_notes(&wb).unwrap(), None);
    let written = save_notes(&wb, &notes("Good start")).unwrap();
    assert_eq!(written, sidecar_path(&wb));
    assert_eq!(
        fs::read(&wb).unwrap(),
        before,
        "the workbook itself is never changed"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = fs::metadata(&written).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let text = fs::read_to_string(&written).unwrap();
    assert!(
        text.contains("# Coach's notes on Dorset mental health\n"),
        "{text}"
    );
    assert!(
        text.contains(&format!("**{}**", first_prompt().1)),
        "{text}"
    );
    assert!(!text.contains("## Other notes"), "{text}");
    let back = load_notes(&wb).unwrap().unwrap();
    assert!(back.updated.is_some());
    let mut dated = notes("Good start");
    dated.stamp(back.updated.as_deref().unwrap(), None);
    assert_eq!(
        CoachNotes {
            updated: None,
            workbook_id: String::new(),
            ..back.clone()
        },
        dated,
        "each note dated with the save"
    );
    assert!(
        back.workbook_id.starts_with("wb-"),
        "{:?}",
        back.workbook_id
    );
    assert!(is_sidecar(&written));
    assert_eq!(
        files_in(dir.path()),
        [".sam.md.lock", "sam.coach.md", "sam.md"]
            .iter()
            .filter(|n| dir.path().join(n).exists())
            .map(|s| s.to_string())
            .collect::<Vec<_>>(),
        "no temp file is left behind"
    );
}

#[test]
fn saving_again_without_reloading_is_not_a_conflict() {
    let (_dir, wb) = workbook();
    load_notes(&wb).unwrap();
    save_notes(&wb, &notes("one")).unwrap();
    assert_eq!(save_notes(&wb, &notes("two")).unwrap(), sidecar_path(&wb));
    assert_eq!(load_notes(&wb).unwrap().unwrap().texts(None), ["two"]);
}

#[test]
fn unchanged_notes_are_not_written_again() {
    let (_dir, wb) = workbook();
    save_notes(&wb, &notes("same")).unwrap();
    let first = fs::read(sidecar_path(&wb)).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1100));
    save_notes(&wb, &notes("same")).unwrap();
    assert_eq!(
        fs::read(sidecar_path(&wb)).unwrap(),
        first,
        "same `updated`: not rewritten"
    );
}

#[test]
fn no_notes_and_no_sidecar_writes_nothing() {
    let (dir, wb) = workbook();
    let before = files_in(dir.path());
    let path = save_notes(&wb, &CoachNotes::default()).unwrap();
    assert_eq!(path, sidecar_path(&wb));
    assert!(!path.exists());
    assert_eq!(files_in(dir.path()), before);
}

#[test]
fn clearing_notes_that_exist_is_saved() {
    let (_dir, wb) = workbook();
    save_notes(&wb, &notes("x")).unwrap();
    save_notes(&wb, &CoachNotes::default()).unwrap();
    assert!(load_notes(&wb).unwrap().unwrap().is_empty());
}

#[test]
fn a_sidecar_that_cannot_be_read_is_reported_and_never_overwritten() {
    for (bytes, line) in [
        (
            &b"---\nconvene: coach-notes\n---\n<!-- convene:note id=\"a\" -->\nnever closed\n"[..],
            4,
        ),
        (&b"# Someone's own file\n"[..], 1),
        (&b"---\nconvene: coach-notes\n---\n\xff\xfe\n"[..], 4),
    ] {
        let (_dir, wb) = workbook();
        let sidecar = sidecar_path(&wb);
        fs::write(&sidecar, bytes).unwrap();
        let err = load_notes(&wb).unwrap_err();
        let shown = err.to_string();
        assert!(
            shown.starts_with(&format!("{}:{line}: ", sidecar.display())),
            "{shown}"
        );
        let err = save_notes(&wb, &notes("mine")).unwrap_err();
        assert!(matches!(err, NotesError::WouldOverwrite { .. }), "{err:?}");
        assert!(err.to_string().contains("left as it is"), "{err}");
        assert_eq!(fs::read(&sidecar).unwrap(), bytes, "left byte for byte");
    }
}

#[test]
fn notes_another_coach_saved_meanwhile_are_kept_and_ours_go_beside_them() {
    let (dir, wb) = workbook();
    save_notes(&wb, &notes("mine")).unwrap();
    // Another coach (another process) saves the same sidecar.
    let theirs = fs::read_to_string(sidecar_path(&wb))
        .unwrap()
        .replace("mine", "theirs");
    fs::write(sidecar_path(&wb), &theirs).unwrap();
    let aside = save_notes(&wb, &notes("mine, edited")).unwrap();
    assert_ne!(aside, sidecar_path(&wb));
    let name = aside.file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with("sam.coach (conflict "), "{name}");
    assert!(is_sidecar(&aside));
    assert_eq!(fs::read_to_string(sidecar_path(&wb)).unwrap(), theirs);
    assert!(fs::read_to_string(&aside).unwrap().contains("mine, edited"));
    // Later saves of these notes go on to the same copy.
    assert_eq!(save_notes(&wb, &notes("mine, again")).unwrap(), aside);
    assert!(fs::read_to_string(&aside).unwrap().contains("mine, again"));
    assert_eq!(fs::read_to_string(sidecar_path(&wb)).unwrap(), theirs);
    // Reloading reads theirs, and saving then goes to the sidecar again.
    assert_eq!(load_notes(&wb).unwrap().unwrap().texts(None), ["theirs"]);
    assert_eq!(
        save_notes(&wb, &notes("merged")).unwrap(),
        sidecar_path(&wb)
    );
    assert_eq!(
        files_in(dir.path())
            .iter()
            .filter(|n| n.contains("conflict"))
            .count(),
        1
    );
}

#[test]
fn a_sidecar_this_process_never_read_keeps_its_notes_and_ours_join_them() {
    let (_dir, wb) = workbook();
    // Another coach's file, from before notes were signed one by one.
    let other = "---\nconvene: coach-notes\ncoach: Ann\nupdated: \"2026-11-20T09:00:00Z\"\n---\n<!-- convene:note about=\"workbook\" -->\nAnn's\n<!-- /convene:note -->\n";
    fs::write(sidecar_path(&wb), other).unwrap();
    assert_eq!(save_notes(&wb, &notes("mine")).unwrap(), sidecar_path(&wb));
    let back = load_notes(&wb).unwrap().unwrap();
    let general: Vec<(&str, &str)> = back
        .on(None)
        .iter()
        .map(|n| (n.by.as_str(), n.text.as_str()))
        .collect();
    assert_eq!(general, [("Ann", "Ann's"), ("Jo", "mine")]);
    assert_eq!(
        back.on(None)[0].at,
        "2026-11-20T09:00:00Z",
        "Ann's keeps her date"
    );
    // The same coach's note changed in both places still goes aside.
    let (_dir, wb) = workbook();
    let jo = "---\nconvene: coach-notes\ncoach: Jo\n---\n<!-- convene:note about=\"workbook\" -->\nJo elsewhere\n<!-- /convene:note -->\n";
    fs::write(sidecar_path(&wb), jo).unwrap();
    let aside = save_notes(&wb, &notes("mine")).unwrap();
    assert_ne!(aside, sidecar_path(&wb));
    assert_eq!(fs::read_to_string(sidecar_path(&wb)).unwrap(), jo);
}

#[test]
fn a_deleted_sidecar_is_written_again() {
    let (_dir, wb) = workbook();
    save_notes(&wb, &notes("one")).unwrap();
    fs::remove_file(sidecar_path(&wb)).unwrap();
    assert_eq!(save_notes(&wb, &notes("two")).unwrap(), sidecar_path(&wb));
    assert_eq!(load_notes(&wb).unwrap().unwrap().texts(None), ["two"]);
}

#[test]
fn notes_on_a_workbook_that_cannot_be_read_still_save_without_headings() {
    let dir = tempfile::tempdir().unwrap();
    let wb = dir.path().join("odd.md");
    fs::write(&wb, "not a workbook").unwrap();
    let written = save_notes(&wb, &notes("x")).unwrap();
    let text = fs::read_to_string(&written).unwrap();
    assert!(text.contains("# Coach's notes on odd.md\n"), "{text}");
    assert!(text.contains("## Other notes"), "{text}");
    assert_eq!(fs::read_to_string(&wb).unwrap(), "not a workbook");
}

#[cfg(unix)]
#[test]
fn a_linked_sidecar_is_saved_through_its_link() {
    let (dir, wb) = workbook();
    let real = dir.path().join("elsewhere.md");
    save_notes(&wb, &notes("one")).unwrap();
    fs::rename(sidecar_path(&wb), &real).unwrap();
    std::os::unix::fs::symlink(&real, sidecar_path(&wb)).unwrap();
    load_notes(&wb).unwrap();
    save_notes(&wb, &notes("two")).unwrap();
    assert!(
        fs::symlink_metadata(sidecar_path(&wb))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(fs::read_to_string(&real).unwrap().contains("two"));
}

#[test]
fn notes_another_coach_saved_identically_are_adopted_without_a_copy() {
    let (dir, wb) = workbook();
    save_notes(&wb, &notes("one")).unwrap();
    // Another coach saves exactly these notes (at another time), then ours change.
    let theirs = fs::read_to_string(sidecar_path(&wb))
        .unwrap()
        .replace("updated: \"", "updated: \"1999");
    fs::write(sidecar_path(&wb), &theirs).unwrap();
    assert_eq!(save_notes(&wb, &notes("one")).unwrap(), sidecar_path(&wb));
    assert_eq!(
        fs::read_to_string(sidecar_path(&wb)).unwrap(),
        theirs,
        "not rewritten"
    );
    assert_eq!(save_notes(&wb, &notes("two")).unwrap(), sidecar_path(&wb));
    assert!(!files_in(dir.path()).iter().any(|n| n.contains("conflict")));
}

#[test]
fn the_same_sidecar_named_two_ways_is_one_file_to_the_check() {
    let (dir, wb) = workbook();
    load_notes(&wb).unwrap();
    save_notes(&wb, &notes("one")).unwrap();
    let roundabout = dir.path().join(".").join("sam.md");
    assert_eq!(
        save_notes(&roundabout, &notes("two")).unwrap(),
        sidecar_path(&roundabout)
    );
    assert!(!files_in(dir.path()).iter().any(|n| n.contains("conflict")));
}
