//! End-to-end, the coach's return trip (issue 14): two coaches write notes in `convene
//! review` (each with `--coach`), `--feedback=DIR` writes the file to send back, and the
//! participant — who renamed their workbook and whose mail client saved the feedback as
//! `… (1).md` — opens the workbook and finds both notes, each signed by its own coach,
//! under the answer they are about.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod cli_support;
mod review_support;
mod support;

use std::path::Path;

use convene::format::markdown;
use support::pty::Pty;

fn review_as(coach: &str, dir: &Path) -> Pty {
    let folder = dir.to_str().unwrap();
    Pty::spawn(
        &[
            "review",
            folder,
            "--coach",
            coach,
            "--content",
            &support::pack_dir(),
        ],
        dir,
        100,
        30,
    )
}

/// In the reader of the first workbook, a note on its second prompt ("Tell the story?").
fn write_note(coach: &str, dir: &Path, text: &str) {
    let mut t = review_as(coach, dir);
    t.wait_for("Participant 1", 20);
    t.send(b"\r");
    t.wait_for("1. Name the hub?", 10);
    t.send(b"\x1b[B");
    t.wait_for("▶ 2. Tell the story?", 10);
    t.send(b"n");
    t.wait_for("Note for Participant 0 on this prompt", 10);
    t.type_text(text);
    t.wait_for(text, 10);
    t.send(b"\x1b");
    t.wait_for("Note saved in", 10);
    t.wait_for(&format!("✎ Coach's note ({coach}, "), 10);
    t.send(b"q");
    assert_eq!(t.wait_exit(20), 0, "screen:\n{}", t.screen());
}

#[test]
fn notes_written_in_review_reach_the_renamed_workbook_through_the_feedback_file() {
    let cohort = tempfile::tempdir().unwrap();
    let pack = support::pack();
    for n in 0..2 {
        let wb = review_support::filled(&pack, n, 0);
        let path = cohort.path().join(format!("participant-{n}.md"));
        std::fs::write(&path, markdown::write(&wb, &pack)).unwrap();
    }
    write_note("Helen Ng", cohort.path(), "Whose story is this?");
    write_note("Raj Singh", cohort.path(), "Say when it began.");

    // The feedback files, one per workbook with notes.
    let out_dir = cohort.path().join("to send");
    let flag = format!("--feedback={}", out_dir.display());
    let folder = cohort.path().to_str().unwrap();
    cli_support::run_ok(
        cohort.path(),
        &support::pack_dir(),
        &["review", folder, &flag],
        "",
    );
    let sent = out_dir.join("participant-0.coach.md");
    let text = std::fs::read_to_string(&sent).unwrap();
    assert!(text.contains("_Your answer:_"), "{text}");
    assert!(
        !out_dir.join("participant-1.coach.md").exists(),
        "no notes, no file"
    );

    // The participant's side: the workbook renamed, the feedback saved as "(1)".
    let home = tempfile::tempdir().unwrap();
    let mine = home.path().join("our falls work.md");
    std::fs::copy(cohort.path().join("participant-0.md"), &mine).unwrap();
    std::fs::copy(&sent, home.path().join("participant-0.coach (1).md")).unwrap();
    let mut t = support::open_path_in_pty(home.path(), &mine, 100, 40);
    t.wait_for("2 notes from Helen Ng and Raj Singh", 20);
    t.wait_for("Coach's note (Raj Singh, ", 10);
    let screen = t.screen();
    let question = screen.find("2. Tell the story?").unwrap();
    let helen = screen.find("Coach's note (Helen Ng, ").unwrap();
    let raj = screen.find("Coach's note (Raj Singh, ").unwrap();
    let next = screen.find("3. Who is involved?").unwrap_or(usize::MAX);
    assert!(
        question < helen && helen < raj && raj < next,
        "both notes under the answer they are about, each signed:\n{screen}"
    );
    assert!(screen.contains("Whose story is this?") && screen.contains("Say when it began."));
    t.send(b"\x11");
    assert_eq!(t.wait_exit(20), 0);
}
