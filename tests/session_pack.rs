//! `convene review --summary` is a session pack, not an archive (issue 14, point 6): for 13
//! workbooks shaped like a real cohort (most prompts answered, half reflected after a
//! session) it opens with the cohort at a glance, then per question one headline (how many
//! answered, what choices and scales add up to, how answers moved from before the session,
//! who did not answer), a grid as a line per row, the cohort's pictures (everyone's practices on
//! one power × stake chart grouped by type, the value profile), and only then the answers,
//! each once, in words on the questions of the session's paths. Printed from convene's page
//! (`--summary=FILE.html`) it is under 20 A4 pages; through pandoc's default style, about 30. The page counts need pandoc,
//! chromium and pdfinfo, the chart check node and `npm ci --prefix tests/mermaid`: CI has
//! them; elsewhere a missing tool skips that check (said on stderr).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod export_support;
mod markdown_support;
mod review_support;

use std::path::Path;
use std::process::Command;

use convene::content::load_builtin;
use convene::content::{Moment, PromptKind};
use convene::format::markdown;
use convene::workbook::Answer;
use export_support::{convene, tool_available};

/// 13 workbooks on the built-in pack; the even ones reflected after a session, keeping
/// their answers from before (a third of those changed since). How many answers on the
/// session's paths changed, and how many answers in words (a line's or a text's) on the
/// session's paths each workbook has: the pack shows those in words, the rest of the
/// workbook by what it adds up to.
fn cohort(dir: &Path) -> (usize, Vec<usize>) {
    let pack = load_builtin().unwrap();
    let on_path = |id: &str| pack.locate(id).is_some_and(|(_, e)| !e.paths.is_empty());
    let mut changed = 0;
    let mut in_words = Vec::new();
    for n in 0..13 {
        let mut wb = review_support::filled(&pack, n, 5);
        if n % 2 == 0 {
            wb.meta.moment = Moment::After;
            for (k, (id, a)) in wb.answers.clone().into_iter().enumerate() {
                let before = match (&a, k % 3) {
                    (Answer::Text(t), 0) => {
                        changed += usize::from(on_path(&id));
                        Answer::Text(format!("Before: {t}"))
                    }
                    _ => a,
                };
                wb.latest_answers_mut().insert(id, before);
            }
        }
        in_words.push(
            pack.prompts()
                .filter(|p| matches!(p.kind, PromptKind::Line { .. } | PromptKind::Text { .. }))
                .filter(|p| on_path(&p.qualified_id) && wb.answer(&p.qualified_id).is_some())
                .count(),
        );
        let text = markdown::write(&wb, &pack);
        std::fs::write(dir.join(format!("participant-{n:02}.md")), text).unwrap();
    }
    (changed, in_words)
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

/// Whether pandoc, chromium and pdfinfo are all here (said on stderr when not).
fn tools() -> bool {
    tool_available("pandoc", "--version", "apt-get install -y pandoc")
        && tool_available("chromium", "--version", "apt-get install -y chromium")
        && tool_available("pdfinfo", "-v", "apt-get install -y poppler-utils")
}

/// Pages of `md` as pandoc's HTML (its own default style sheet) printed by Chromium on A4.
fn pandoc_pages(md: &str, dir: &Path, name: &str) -> usize {
    let src = dir.join(format!("{name}.md"));
    let html = dir.join(format!("{name}.html"));
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
    printed(&html)
}

/// Pages of an HTML file printed by headless Chromium on A4. The paper is set in the page
/// (a copy with `@page { size: A4 }` added to its head): left to Chromium it follows the
/// machine (Letter with `LANG=C.UTF-8` and Chromium 156.0.8078.114, A4 elsewhere), which
/// moved the pandoc count from 30 to 35 pages with nothing else changed.
fn printed(html: &Path) -> usize {
    let page = std::fs::read_to_string(html).unwrap();
    assert!(page.contains("</head>"), "no head in {}", html.display());
    let on_a4 = html.with_extension("a4.html");
    std::fs::write(
        &on_a4,
        page.replacen("</head>", "<style>@page { size: A4; }</style></head>", 1),
    )
    .unwrap();
    let html = on_a4.as_path();
    let pdf = html.with_extension("pdf");
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
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(
        info.lines()
            .any(|l| l.starts_with("Page size:") && l.contains("(A4)")),
        "not printed on A4: {info}"
    );
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("a page count")
}

#[test]
fn the_session_pack_of_13_workbooks_is_short_and_full_keeps_everything() {
    let dir = tempfile::tempdir().unwrap();
    let (changed, in_words) = cohort(dir.path());
    let pack = review(dir.path(), &["--summary"]);
    let full = review(dir.path(), &["--summary", "--full"]);
    if let Some(keep) = std::env::var_os("SESSION_PACK_DIR") {
        std::fs::write(Path::new(&keep).join("pack.md"), &pack).unwrap();
        std::fs::write(Path::new(&keep).join("full.md"), &full).unwrap();
        let copy = Path::new(&keep).join("cohort");
        std::fs::create_dir_all(&copy).unwrap();
        for f in std::fs::read_dir(dir.path()).unwrap() {
            let f = f.unwrap().path();
            std::fs::copy(&f, copy.join(f.file_name().unwrap())).unwrap();
        }
    }
    assert!(pack.starts_with("# Session pack: "), "{}", &pack[..200]);
    assert!(pack.contains("## The cohort at a glance"));
    // Each participant by a short name, its key at a glance.
    assert!(
        pack.contains("| Participant 12 (P12) | After a session |"),
        "{pack}"
    );
    // The pack says which questions show their answers in words.
    assert!(pack.contains(
        "The questions of the session's paths (Core, before a session; After a session; \
         Revisit, four to six weeks on) show every answer in words"
    ));
    // A question on the session's paths: its headline, then on its next line the answers,
    // one after the other, an answer from before by its opening where it changed, and those
    // who did not answer named (they are few).
    assert!(
        pack.contains(
            "**What difference do you care to make? Say it in one to three sentences.** \
             _10 of 13 answered_. _Before → after:_ 4 of 6 changed. _Not answered:_ P1, P6, \
             P11.\\\n**P0**: First thought of participant 0. ¶ A second paragraph, \"quoted\". \
             ¶ - and a list (_before:_ Before: First thought of participant 0. ¶ A second \
             \\[…\\]) · **P2**: First thought"
        ),
        "{pack}"
    );
    // A grid on the session's paths: a line per grid row across the cohort, what its columns
    // add up to, then what was written in it.
    assert!(
        pack.contains(
            "\n- **Making a difference**: 11 people; Now: mean 2.5 (1–5). A moment when it \
             showed, or did not: _P0_ note 0 · _P1_ note 1 · "
        ),
        "{pack}"
    );
    // A question only in the whole workbook: its headline, the words left to `--full`.
    assert!(
        pack.contains(
            "**Now write it as a landscape aspiration.** _11 of 13 answered_. \
             _Before → after:_ 0 of 6 changed. _Not answered:_ P3, P8.\n\n"
        ),
        "{pack}"
    );
    // A grid there: what its columns add up to, not what was written in it.
    assert!(
        pack.contains(
            "\n- **Immediate value**: 10 people; What we have: Nothing yet 3, Hunches 3, \
             Stories or indicators 2, Stories and indicators 2.\n"
        ),
        "{pack}"
    );
    assert!(!pack.contains("Story (contribution data): _P0_"));
    assert!(full.contains("First thought of participant 0"));
    // The cohort's pictures, each with its table of exact data.
    let power = pack
        .split("\n### Power and stake: the cohort\n")
        .nth(1)
        .unwrap();
    let table = power
        .split("\n\n")
        .find(|b| b.starts_with("| # |"))
        .unwrap();
    assert!(table.starts_with(
        "| # | Name | Power over the conditions | Stake in the outcome | Quadrant | Group |"
    ));
    assert!(table.contains("| Falls clinic (P0) | 1 of 5 | 5 of 5 | Invite into the space | An organisation or part of one |"), "{table}");
    assert!(pack.contains("\n### Value profile: the cohort\n"));
    assert!(full.starts_with("# Cohort summary: "));
    // Each answer once: an answer from before shows only where it changed, by its opening.
    assert_eq!(pack.matches(" (_before:_ Before: ").count(), changed);
    assert!(full.matches("_Before the session:_").count() > changed);
    assert!(
        pack.contains(" (_before:_ Before: First thought of participant 0. ¶ A second \\[…\\])")
    );
    // Every answer in words is there, under its writer's name.
    for (n, words) in in_words.iter().enumerate() {
        assert_eq!(pack.matches(&format!("**P{n}**: ")).count(), *words, "P{n}");
    }
    assert!(
        pack.contains("_Before → after:_"),
        "shifts across the cohort"
    );
    // In bytes the pack is under two thirds of the archive (its charts are long to write and
    // short to print); on paper, a quarter (below).
    assert!(
        pack.len() * 3 < full.len() * 2,
        "the pack ({} bytes) is well under the archive ({} bytes)",
        pack.len(),
        full.len()
    );
    if !tools() {
        return;
    }
    let out = tempfile::tempdir().unwrap();
    let page = out.path().join("pack.html");
    review(dir.path(), &[&format!("--summary={}", page.display())]);
    let printed_page = printed(&page);
    let n = pandoc_pages(&pack, out.path(), "pack");
    let all = pandoc_pages(&full, out.path(), "full");
    eprintln!(
        "session pack of 13 workbooks: {printed_page} A4 pages as convene's page, {n} through \
         pandoc's default style (--full: {all})"
    );
    // Issue 14 asks for about 30. Measured 2026-12 (pandoc 2.17, Chromium 156) on this
    // cohort: main before the session pack: the page 65, pandoc 86, --full 287; the first
    // session pack: the page 31, pandoc 65; answers run on under their headline: the page
    // 24, pandoc 43 (with every answer's words it cannot go much below 40: 13 people answer
    // about 80 questions in words each). This one shows words on the session's paths only,
    // the rest of the workbook by what it adds up to: the page 17, pandoc 30. The same pack
    // on a fresh machine on 2026-12-04 (Chromium 156.0.8078.114, DejaVu's extra fonts that
    // LibreOffice brings): the page 16, pandoc 33 on A4 (--full 280), and 35 before the paper
    // was set (Chromium printed on Letter there). The bounds leave room for that drift: the
    // pack was a ninth of --full on the first machine and is an eighth and a half here.
    assert!(printed_page <= 20, "the page: {printed_page} pages");
    assert!(n <= 34, "through pandoc: {n} pages");
    assert!(n * 8 <= all, "{n} pages against {all}");
}

/// Every chart in the pack parses with the real Mermaid parser (as the workbook's map
/// section is checked in tests/markdown_map.rs).
#[test]
fn the_packs_charts_parse_with_mermaid() {
    let Some(checker) = markdown_support::mermaid_checker() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    cohort(dir.path());
    let pack = review(dir.path(), &["--summary"]);
    let file = dir.path().join("pack.md");
    std::fs::write(&file, &pack).unwrap();
    let out = Command::new("node")
        .arg(&checker)
        .arg(&file)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The mindset, power × stake, the value profile.
    assert!(said.contains("3 of 3 diagrams parsed"), "{said}");
}

/// A question no one answered is left out, named on one line under the cohort at a glance.
#[test]
fn questions_no_one_answered_are_named_on_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let pack = load_builtin().unwrap();
    let question = pack
        .prompts()
        .find(|p| p.qualified_id == "two-framings.landscape-aspiration")
        .unwrap();
    for n in 0..2 {
        let mut wb = review_support::filled(&pack, n, 0);
        wb.answers.remove(&question.qualified_id);
        std::fs::write(
            dir.path().join(format!("p{n}.md")),
            markdown::write(&wb, &pack),
        )
        .unwrap();
    }
    let out = review(dir.path(), &["--summary"]);
    let line = out
        .lines()
        .find(|l| l.starts_with("_No one answered:_"))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(line.contains(&*question.text), "{line}");
    assert!(!out.contains(&format!("**{}**", question.text)));
}

/// The session pack and `--full` go to their file in pieces, as they are made (issue 17):
/// joined, the pieces are exactly the document rendered whole — with answers from before
/// the session and an answer to a prompt the pack no longer has.
#[test]
fn written_in_pieces_each_summary_is_its_document_rendered_whole() {
    use convene::format::{doc_md, pieces, session::session_doc, summary};
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
        pieces::markdown_pieces(&loaded, &pack, &notes, full, |p| {
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

/// Streamed, the session pack still leaves out what no one answered and names it on one
/// line — and keeps a question no one answered that a coach wrote a note on: joined, the
/// pieces are the document rendered whole.
#[test]
fn written_in_pieces_the_session_pack_leaves_out_and_keeps_what_the_whole_does() {
    use convene::format::{doc_md, pieces, session::session_doc};
    use convene::workbook::notes::{CoachNotes, Note};
    let dir = tempfile::tempdir().unwrap();
    let pack = load_builtin().unwrap();
    let prompts: Vec<_> = pack.prompts().collect();
    let (silent, noted) = (&prompts[1], &prompts[prompts.len() - 1]);
    for n in 0..3 {
        let mut wb = review_support::filled(&pack, n, 0);
        wb.answers.remove(&silent.qualified_id);
        wb.answers.remove(&noted.qualified_id);
        std::fs::write(
            dir.path().join(format!("p{n}.md")),
            markdown::write(&wb, &pack),
        )
        .unwrap();
    }
    let loaded = convene::store::cohort::load_cohort(&[dir.path().to_path_buf()]);
    assert_eq!(loaded.workbooks.len(), 3);
    let mut notes = convene::workbook::cohort::CohortNotes::default();
    let mut on = CoachNotes::default();
    on.prompts.insert(
        noted.qualified_id.clone(),
        vec![Note::new("Coach", "Ask about this one")],
    );
    notes
        .by_workbook
        .insert(loaded.workbooks[0].path.clone(), on);
    let mut pieces = Vec::new();
    pieces::markdown_pieces(&loaded, &pack, &notes, false, |p| {
        pieces.push(p);
        Ok::<(), ()>(())
    })
    .unwrap();
    let joined = pieces.concat();
    assert_eq!(joined, doc_md::render(&session_doc(&loaded, &pack, &notes)));
    let line = joined
        .lines()
        .find(|l| l.starts_with("_No one answered:_"))
        .unwrap_or_else(|| panic!("{joined}"));
    assert!(line.contains(&*silent.text), "{line}");
    assert!(!line.contains(&*noted.text), "{line}");
    assert!(joined.contains("Ask about this one"), "{joined}");
}

/// Off the session's paths the pack shows what answers add up to, not their words, except
/// an answer a coach wrote a note on: that one is there in words, with its note.
#[test]
fn off_the_sessions_paths_only_an_answer_with_a_note_is_in_words() {
    use convene::store::notes::save_notes;
    use convene::workbook::notes::{CoachNotes, Note};
    let pack = load_builtin().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let off = pack
        .exercise("two-framings")
        .unwrap()
        .prompts
        .iter()
        .find(|p| matches!(p.kind, PromptKind::Text { .. }))
        .unwrap()
        .qualified_id
        .clone();
    assert!(
        pack.locate(&off).unwrap().1.paths.is_empty(),
        "not on a path"
    );
    for n in 0..2 {
        let mut wb = review_support::filled(&pack, n, 0);
        wb.latest_answers_mut()
            .insert(off.clone(), Answer::Text(format!("Brief number {n}")));
        let path = dir.path().join(format!("p{n}.md"));
        std::fs::write(&path, markdown::write(&wb, &pack)).unwrap();
        if n == 1 {
            let mut notes = CoachNotes::default();
            notes
                .prompts
                .insert(off.clone(), vec![Note::new("Jo", "Ask about the owner.")]);
            save_notes(&path, &notes).unwrap();
        }
    }
    let pack_md = review(dir.path(), &["--summary"]);
    assert!(pack_md.contains("Brief number 1"), "{pack_md}");
    assert!(pack_md.contains("Ask about the owner."), "{pack_md}");
    assert!(!pack_md.contains("Brief number 0"), "{pack_md}");
    let full = review(dir.path(), &["--summary", "--full"]);
    assert!(full.contains("Brief number 0"));
}
