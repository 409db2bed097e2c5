//! `convene review --summary` is a session pack, not an archive (issue 14, point 6): for 13
//! workbooks shaped like a real cohort (most prompts answered, half reflected after a
//! session) it opens with the cohort at a glance, shows each answer once (an answer from
//! before the session only where it changed), lists choices and scales only as counts, and
//! renders — through pandoc to HTML, printed by Chromium — to under a third of the pages of
//! `--full`, which keeps every answer (the target, about 30 pages, is not reached:
//! 74 measured). The page count needs pandoc, chromium and pdfinfo: CI has
//! them; elsewhere a missing tool skips that check (said on stderr).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod export_support;
mod review_support;

use std::path::Path;
use std::process::Command;

use convene::content::Moment;
use convene::content::load_builtin;
use convene::format::markdown;
use convene::workbook::Answer;
use export_support::{convene, tool_available};

/// 13 workbooks on the built-in pack; the even ones reflected after a session, keeping
/// their answers from before (a third of those changed since).
fn cohort(dir: &Path) -> usize {
    let pack = load_builtin().unwrap();
    let mut changed = 0;
    for n in 0..13 {
        let mut wb = review_support::filled(&pack, n, 5);
        if n % 2 == 0 {
            wb.meta.moment = Moment::After;
            for (k, (id, a)) in wb.answers.clone().into_iter().enumerate() {
                let before = match (&a, k % 3) {
                    (Answer::Text(t), 0) => {
                        changed += 1;
                        Answer::Text(format!("Before: {t}"))
                    }
                    _ => a,
                };
                wb.earlier.insert(id, before);
            }
        }
        let text = markdown::write(&wb, &pack);
        std::fs::write(dir.join(format!("participant-{n:02}.md")), text).unwrap();
    }
    changed
}

fn review(dir: &Path, args: &[&str]) -> String {
    let mut all = vec!["review".to_string(), dir.display().to_string()];
    all.extend(args.iter().map(|a| a.to_string()));
    let out = convene(all.iter().map(String::as_str));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Pages of `md` as pandoc's HTML printed by Chromium on A4; `None` without the tools.
fn pages(md: &str, dir: &Path, name: &str) -> Option<usize> {
    if !tool_available("pandoc", "--version", "apt-get install -y pandoc")
        || !tool_available("chromium", "--version", "apt-get install -y chromium")
        || !tool_available("pdfinfo", "-v", "apt-get install -y poppler-utils")
    {
        return None;
    }
    let src = dir.join(format!("{name}.md"));
    let html = dir.join(format!("{name}.html"));
    let pdf = dir.join(format!("{name}.pdf"));
    std::fs::write(&src, md).unwrap();
    let done = Command::new("pandoc")
        .args(["-f", "gfm", "-s", "--metadata", "title=Session"])
        .arg(&src)
        .arg("-o")
        .arg(&html)
        .output()
        .unwrap();
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new("timeout")
        .args([
            "300",
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
        ])
        .args([
            "--no-first-run",
            "--disable-background-networking",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(["--no-pdf-header-footer"])
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .output()
        .unwrap();
    assert!(
        pdf.is_file(),
        "no PDF: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let info = Command::new("pdfinfo").arg(&pdf).output().unwrap();
    String::from_utf8_lossy(&info.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
}

#[test]
fn the_session_pack_of_13_workbooks_is_short_and_full_keeps_everything() {
    let dir = tempfile::tempdir().unwrap();
    let changed = cohort(dir.path());
    let pack = review(dir.path(), &["--summary"]);
    let full = review(dir.path(), &["--summary", "--full"]);
    if let Some(keep) = std::env::var_os("SESSION_PACK_DIR") {
        std::fs::write(Path::new(&keep).join("pack.md"), &pack).unwrap();
        std::fs::write(Path::new(&keep).join("full.md"), &full).unwrap();
    }
    assert!(pack.starts_with("# Session pack: "), "{}", &pack[..200]);
    assert!(pack.contains("## The cohort at a glance"));
    assert!(full.starts_with("# Cohort summary: "));
    // Each answer once: an answer from before shows only where it changed.
    assert_eq!(pack.matches("_Before the session:_").count(), changed);
    assert!(full.matches("_Before the session:_").count() > changed);
    assert!(
        pack.contains("_Before → after:_"),
        "shifts across the cohort"
    );
    assert!(
        pack.len() * 2 < full.len(),
        "the pack ({} bytes) is well under the archive ({} bytes)",
        pack.len(),
        full.len()
    );
    let out = tempfile::tempdir().unwrap();
    if let Some(n) = pages(&pack, out.path(), "pack") {
        let all = pages(&full, out.path(), "full").unwrap_or(0);
        eprintln!("session pack of 13 workbooks: {n} A4 pages (--full: {all})");
        // Issue 14 asks for about 30; measured 74 of 253 (2026-12, pandoc 2.17 HTML printed
        // by Chromium): not there yet, so what is held here is "under a third of --full".
        assert!(n * 3 <= all, "{n} pages against {all}");
    }
}

/// The session pack and `--full` go to their file in pieces, as they are made (issue 17):
/// joined, the pieces are exactly the document rendered whole — with answers from before
/// the session and an answer to a prompt the pack no longer has.
#[test]
fn written_in_pieces_each_summary_is_its_document_rendered_whole() {
    use convene::format::{doc_md, session::session_doc, summary};
    let dir = tempfile::tempdir().unwrap();
    cohort(dir.path());
    let pack = load_builtin().unwrap();
    let mut wb = review_support::filled(&pack, 20, 3);
    wb.answers
        .insert("gone.away".into(), Answer::Text("Kept, not lost".into()));
    std::fs::write(dir.path().join("orphan.md"), markdown::write(&wb, &pack)).unwrap();
    let loaded = convene::store::cohort::load_cohort(&[dir.path().to_path_buf()]);
    assert_eq!(loaded.workbooks.len(), 14);
    let notes = convene::workbook::cohort::CohortNotes::default();
    for full in [false, true] {
        let doc = if full {
            summary::summary_doc(&loaded, &pack, &notes)
        } else {
            session_doc(&loaded, &pack, &notes)
        };
        let mut pieces = Vec::new();
        summary::markdown_pieces(&loaded, &pack, &notes, full, |p| {
            pieces.push(p);
            Ok::<(), ()>(())
        })
        .unwrap();
        assert!(pieces.len() > 20, "{} pieces", pieces.len());
        let joined = pieces.concat();
        assert_eq!(joined, doc_md::render(&doc), "full: {full}");
        assert_eq!(joined.contains("Kept, not lost"), full);
    }
}
