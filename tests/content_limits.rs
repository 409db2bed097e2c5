//! Limits and reporting of the loader: oversized and deeply nested files, every problem of
//! every file at once, a missing folder, a missing or unreadable pack.yaml.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use convene::content::{MAX_FILE_BYTES, Problem, load_files};
use convene::store::pack::load_dir;

fn problems_of(dir: &Path) -> Vec<Problem> {
    match load_dir(dir) {
        Ok(pack) => panic!("{} loaded as a valid pack: {}", dir.display(), pack.id),
        Err(problems) => problems,
    }
}

fn base_files() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/packs/valid/base");
    ["pack.yaml", "main.yaml"]
        .iter()
        .map(|f| (f.to_string(), std::fs::read(dir.join(f)).unwrap()))
        .collect()
}

#[test]
fn a_file_over_one_megabyte_is_refused_unread() {
    let mut files = base_files();
    let mut big = files[1].1.clone();
    big.extend(std::iter::repeat_n(b'#', MAX_FILE_BYTES));
    files[1].1 = big;
    let problems = load_files(&files).unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(
        (problems[0].file.as_str(), problems[0].line),
        ("main.yaml", 1)
    );
    assert!(problems[0].message.contains("larger than 1 MB"));

    // Through load_dir too, which reads no more than the limit.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("pack.yaml"), &files[0].1).unwrap();
    std::fs::write(dir.path().join("main.yaml"), &files[1].1).unwrap();
    let problems = problems_of(dir.path());
    assert!(
        problems[0].message.contains("larger than 1 MB"),
        "{problems:#?}"
    );
}

#[test]
fn a_deeply_nested_document_is_refused_without_a_crash() {
    for depth in [200, 100_000] {
        let mut files = base_files();
        files[1].1 = format!("{}{}", "[".repeat(depth), "]".repeat(depth)).into_bytes();
        let problems = load_files(&files).unwrap_err();
        assert_eq!(problems.len(), 1, "{problems:#?}");
        assert_eq!(problems[0].file, "main.yaml");
    }
}

#[test]
fn every_problem_of_every_file_is_reported_at_once_in_order() {
    let mut files = base_files();
    let pack = String::from_utf8(files[0].1.clone()).unwrap();
    files[0].1 = pack
        .replace("title: Test pack\n", "")
        .replace("[main]", "[main, second, third]")
        .into_bytes();
    let main = String::from_utf8(files[1].1.clone()).unwrap();
    files[1].1 = main
        .replace("    level: today\n", "    level: tomorrow\n")
        .replace("            max: 5\n", "            max: 0\n")
        .into_bytes();
    files.push(("second.yaml".into(), b"id: second\ntitle: [\n".to_vec()));
    files.push((
        "third.yaml".into(),
        b"id: third\ntitle: T\nintro: I\nexercises: []\n".to_vec(),
    ));
    files.push(("notes.txt".into(), b"\xff not yaml, ignored".to_vec()));
    let problems = load_files(&files).unwrap_err();
    let got: Vec<(String, usize)> = problems.iter().map(|p| (p.file.clone(), p.line)).collect();
    let want: Vec<(String, usize)> = [
        ("pack.yaml", 1),
        ("main.yaml", 7),
        ("main.yaml", 42),
        ("second.yaml", 2),
        ("third.yaml", 4),
    ]
    .iter()
    .map(|(f, l)| (f.to_string(), *l))
    .collect();
    assert_eq!(got, want, "{problems:#?}");
}

#[test]
fn a_missing_folder_is_one_problem_naming_it() {
    let problems = problems_of(Path::new("/nonexistent/convene-pack"));
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].file, "/nonexistent/convene-pack");
    assert!(problems[0].message.starts_with("cannot read the folder"));
}

#[test]
fn theme_files_are_checked_even_without_a_readable_pack_file() {
    let mut files = base_files();
    let main = String::from_utf8(files[1].1.clone()).unwrap();
    files[1].1 = main
        .replace("    level: today\n", "    level: tomorrow\n")
        .into_bytes();
    for pack in [None, Some(b"id: [\n".to_vec())] {
        let mut files = files.clone();
        match pack {
            None => {
                files.remove(0);
            }
            Some(bytes) => files[0].1 = bytes,
        }
        let problems = load_files(&files).unwrap_err();
        let got: Vec<(&str, usize)> = problems.iter().map(|p| (p.file.as_str(), p.line)).collect();
        assert_eq!(got, [("pack.yaml", 1), ("main.yaml", 7)], "{problems:#?}");
    }
}
