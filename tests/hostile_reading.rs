//! Files that would make reading go wrong (issue 16): a stray map marker above the answers
//! (point 1), and YAML built to stall the parser (point 3: front matter of workbooks and
//! coach's notes, and pack files). Each is refused with a clear error naming its line,
//! never half-read.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod markdown_support;

use convene::format::markdown::{read, write, write_with_map};
use markdown_support::{OPEN, full_workbook, pack, sample_map};

/// The file's lines, a line inserted before line `at` (from 1), joined again.
fn insert_line(md: &str, at: usize, line: &str) -> String {
    let mut lines: Vec<&str> = md.split('\n').collect();
    lines.insert(at - 1, line);
    lines.join("\n")
}

fn line_of(md: &str, prefix: &str) -> usize {
    md.split('\n').position(|l| l.starts_with(prefix)).unwrap() + 1
}

#[test]
fn a_stray_map_marker_above_the_answers_is_an_error_naming_it() {
    let md = write_with_map(&full_workbook(), &pack(), &sample_map());
    let at = line_of(&md, "<!-- convene:answer ");
    let damaged = insert_line(&md, at, OPEN);
    let err = read(&damaged).unwrap_err();
    assert_eq!(err.line, at, "{err}");
    assert!(err.message.contains("out of place"), "{err}");
    // The same line between two answers, and an end-of-answer marker inside the real map.
    let between = line_of(&md, "<!-- /convene:answer -->") + 1;
    assert_eq!(
        read(&insert_line(&md, between, OPEN)).unwrap_err().line,
        between
    );
    let open = line_of(&md, OPEN);
    let inside = insert_line(&md, open + 2, "<!-- /convene:answer -->");
    assert_eq!(read(&inside).unwrap_err().line, open);
}

/// A workbook whose front matter has one more property, `extra`.
fn with_property(extra: &str) -> String {
    let md = write(&full_workbook(), &pack());
    md.replacen("---\n", &format!("---\n{extra}\n"), 1)
}

#[test]
fn deeply_nested_front_matter_is_refused_before_parsing() {
    // 80,000 levels (240 KB) took about 20 s to refuse; 20,000 fit under the size cap.
    for levels in [40, 20_000] {
        let md = with_property(&format!(
            "deep: {}{}",
            "[".repeat(levels),
            "]".repeat(levels)
        ));
        let err = read(&md).unwrap_err();
        assert_eq!(err.line, 2, "{err}");
        assert!(err.message.contains("nests lists or maps"), "{err}");
    }
    // Nesting that a person writes still reads (an Obsidian link is a list in a list). Not in
    // `tags`, which must hold tags: convene merges its own with them.
    let md = with_property("related: [[a, b], {c: [d]}]");
    assert_eq!(read(&md).unwrap().answers, full_workbook().answers);
}

#[test]
fn oversized_front_matter_is_refused() {
    let md = with_property(&format!("note: \"{}\"", "x".repeat(100 * 1024)));
    let err = read(&md).unwrap_err();
    assert_eq!(err.line, 1, "{err}");
    assert!(err.message.contains("larger than 64 KB"), "{err}");
    // Never closed, and huge: the same error, not a scan to the end of a large file.
    let open = format!("---\n{}", "a: b\n".repeat(30_000));
    assert!(read(&open).unwrap_err().message.contains("larger than"));
}

#[test]
fn deeply_nested_coach_notes_front_matter_is_refused() {
    let text = format!(
        "---\nconvene: coach-notes\ndeep: {}\n---\n",
        "{a: ".repeat(10_000)
    );
    let err = convene::format::notes::parse(&text).unwrap_err();
    assert!(err.1.contains("nests lists or maps"), "{err:?}");
    assert_eq!(err.0, 3);
}

#[test]
fn a_deeply_nested_pack_file_is_a_problem_at_its_line() {
    // 215 KB took more than 60 s in `check`.
    let theme = format!(
        "id: deep\ntitle: Deep\nexercises:\n  - id: e\n    title: E\n    prompts: {}\n",
        "[".repeat(70_000)
    );
    let files = vec![
        (
            "pack.yaml".to_string(),
            b"id: p\nversion: '1'\ntitle: P\ndescription: d\nattribution: a\nthemes: [deep]\n"
                .to_vec(),
        ),
        ("deep.yaml".to_string(), theme.into_bytes()),
    ];
    let problems = convene::content::load_files(&files).unwrap_err();
    let deep = problems
        .iter()
        .find(|p| p.file == "deep.yaml")
        .expect("a problem in deep.yaml");
    assert_eq!(deep.line, 6, "{deep}");
    assert!(deep.message.contains("nested more than 32 deep"), "{deep}");
}
