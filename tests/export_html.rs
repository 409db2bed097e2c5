//! `convene export`: the page is HTML a real parser reads without one error, runs and loads
//! nothing, holds every picture the map model has, and turns whatever a participant or a pack
//! says — in every kind of answer and in every name that becomes a picture's label — into
//! text; and the command never replaces a file it should not.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod export_support;

use std::path::Path;

use convene::content::{FieldKind, Options, PromptKind, Rows, Scale, load_builtin};
use convene::format::markdown::{read, write};
use convene::workbook::{Answer, Value, Workbook};
use export_support::{convene, example, parse_clean};

fn export_to(file: &Path, out: &Path) -> String {
    let done = convene([
        "export".as_ref(),
        file.as_os_str(),
        format!("--html={}", out.display()).as_ref(),
    ]);
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    std::fs::read_to_string(out).unwrap()
}

#[test]
fn the_example_page_parses_without_an_error_and_runs_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let page = export_to(&example(), &dir.path().join("example.html"));
    let parsed = parse_clean(&page);
    assert!(parsed.elements.get("svg").copied().unwrap_or(0) >= 6);
    assert_eq!(parsed.elements.get("figure").copied(), Some(6));
    assert_eq!(parsed.elements.get("h1").copied(), Some(1));
    // Themes and exercises are headings; the initiative and participant head the page.
    assert!(parsed.elements.get("h2").copied().unwrap_or(0) >= 7);
    assert!(parsed.elements.get("h3").copied().unwrap_or(0) >= 20);
    assert!(page.contains("Steady at Home: falls prevention partnership · Sam Okafor"));
    assert!(page.contains("@media print"));
}

#[test]
fn the_page_goes_beside_the_workbook_and_is_never_written_over_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let wb = dir.path().join("sam.md");
    std::fs::copy(example(), &wb).unwrap();
    let before = std::fs::read(&wb).unwrap();
    let done = convene(["export".as_ref(), wb.as_os_str()]);
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let page = dir.path().join("sam.html");
    assert!(page.is_file());
    std::fs::write(&page, "mine").unwrap();
    let again = convene(["export".as_ref(), wb.as_os_str(), "--html".as_ref()]);
    assert_eq!(again.status.code(), Some(1));
    let err = String::from_utf8_lossy(&again.stderr);
    assert!(
        err.contains("already exists") && err.contains("--force"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&page).unwrap(), "mine");
    let forced = convene(["export".as_ref(), wb.as_os_str(), "--force".as_ref()]);
    assert!(forced.status.success());
    assert!(
        std::fs::read_to_string(&page)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
    // Never over the workbook itself, even with --force.
    let onto = convene([
        "export".as_ref(),
        wb.as_os_str(),
        format!("--html={}", wb.display()).as_ref(),
        "--force".as_ref(),
    ]);
    assert_eq!(onto.status.code(), Some(1));
    assert_eq!(
        std::fs::read(&wb).unwrap(),
        before,
        "the workbook is untouched"
    );
    // To standard output with `-`.
    let stdout = convene(["export".as_ref(), wb.as_os_str(), "--html=-".as_ref()]);
    assert!(stdout.status.success());
    assert!(String::from_utf8_lossy(&stdout.stdout).starts_with("<!DOCTYPE html>"));
    // A file that is not a workbook: one line, exit 1.
    let bad = dir.path().join("bad.md");
    std::fs::write(&bad, "not a workbook").unwrap();
    let failed = convene(["export".as_ref(), bad.as_os_str()]);
    assert_eq!(failed.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&failed.stderr).lines().count(), 1);
}

/// Hostile text `i`, whole (trimmed, so list names stay the same when options are made
/// from them).
fn hostile(i: usize, original: &str) -> String {
    const WORDS: [&str; 5] = [
        "<script>alert(1)</script>",
        "</svg><img src=x onerror=alert(2)>",
        "\"double\" 'single' & </style></title>",
        "<!-- x --> ]]> \u{1b}[31m\u{7}\u{0}\r",
        "\u{202e}\u{fffe}<a href=\"javascript:alert(3)\">",
    ];
    format!(
        "{}{original}{}",
        WORDS[i % WORDS.len()],
        WORDS[(i + 1) % WORDS.len()]
    )
}

/// Every word in `wb`'s answers made hostile the same way each time it occurs: texts and list
/// items' names, and the choices and grid rows that name list items (so a grid's rows still
/// match the list they come from); ids of the pack's own options are left as they are.
fn hostile_answers(wb: &mut Workbook) {
    let names: std::collections::BTreeSet<String> = wb
        .answers
        .values()
        .filter_map(|a| match a {
            Answer::List(items) => Some(items.iter().map(|i| i.text.trim().to_string())),
            _ => None,
        })
        .flatten()
        .collect();
    let h = |s: &mut String| {
        if !s.trim().is_empty() {
            *s = hostile(s.len(), s.trim());
        }
    };
    let named = |s: &mut String| {
        if names.contains(s.trim()) {
            h(s);
        }
    };
    let value = |v: &mut Value| match v {
        Value::Text(t) => h(t),
        Value::Choice(t) => named(t),
        Value::Choices(ts) => ts.iter_mut().for_each(named),
        Value::Number(_) => {}
    };
    for answer in wb.answers.values_mut() {
        match answer {
            Answer::Text(t) => h(t),
            Answer::Choice(t) => named(t),
            Answer::Choices(ts) => ts.iter_mut().for_each(named),
            Answer::Number(_) => {}
            Answer::List(items) => {
                for item in items {
                    h(&mut item.text);
                    item.fields.values_mut().for_each(value);
                }
            }
            Answer::Grid(rows) => {
                for row in rows {
                    named(&mut row.key);
                    row.cells.values_mut().for_each(value);
                }
            }
        }
    }
}

#[test]
fn hostile_answers_and_pack_words_are_only_ever_text() {
    let mut pack = load_builtin().unwrap();
    let mut n = 0;
    let mut next = |s: &mut convene::content::Words| {
        n += 1;
        *s = hostile(n, s).into();
    };
    for t in &mut pack.themes {
        next(&mut t.title);
        for e in &mut t.exercises {
            next(&mut e.title);
            next(&mut e.purpose);
            for p in &mut e.prompts {
                next(&mut p.text);
                match &mut p.kind {
                    PromptKind::Quadrant {
                        x, y, quadrants, ..
                    } => {
                        for a in [x, y] {
                            let mut label = std::mem::take(&mut a.label).into();
                            next(&mut label);
                            a.label = label.into_owned();
                            next(&mut a.scale.low);
                            next(&mut a.scale.high);
                        }
                        next(&mut quadrants.high_x_high_y.label);
                        next(&mut quadrants.low_x_high_y.label);
                        next(&mut quadrants.low_x_low_y.label);
                        next(&mut quadrants.high_x_low_y.label);
                    }
                    PromptKind::Grid { rows, columns } => {
                        if let Rows::Fixed(opts) = rows {
                            opts.iter_mut().for_each(|o| next(&mut o.label));
                        }
                        for c in columns {
                            next(&mut c.label);
                            if let FieldKind::Scale(Scale::Levels(l)) = &mut c.kind {
                                l.iter_mut().for_each(|o| next(&mut o.label));
                            }
                        }
                    }
                    PromptKind::List { fields, .. } => {
                        for f in fields {
                            next(&mut f.label);
                            if let FieldKind::Choice(Options::Fixed(o)) = &mut f.kind {
                                o.iter_mut().for_each(|o| next(&mut o.label));
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    for p in &mut pack.pictures {
        for s in [&mut p.title, &mut p.caption] {
            let mut words = std::mem::take(s).into();
            next(&mut words);
            *s = words.into_owned();
        }
    }
    let mut wb = read(include_str!(
        "../examples/steady-at-home-falls-prevention.md"
    ))
    .unwrap();
    hostile_answers(&mut wb);
    let map = convene::map::map_of(&pack, &wb);
    let page = convene::format::export::workbook_html(&pack, &wb, None);
    let parsed = parse_clean(&page);
    assert_eq!(parsed.elements.get("style").copied(), Some(1));
    assert_eq!(
        parsed.elements.get("figure").copied(),
        Some(map.pictures.len())
    );
    assert!(parsed.elements.get("svg").copied().unwrap_or(0) > map.pictures.len());
    for c in ['\u{1b}', '\u{0}', '\u{7}', '\r', '\u{fffe}', '\u{202e}'] {
        assert!(!page.contains(c), "{c:?} reached the page");
    }
    // The hostile words are there, as text.
    assert!(parsed.text.contains("<script>alert(1)</script>"));
    assert!(parsed.text.contains("</svg><img src=x onerror=alert(2)>"));
    // Every picture still has what the model has.
    for p in &map.pictures {
        match &p.body {
            convene::map::PictureBody::Network(net) => {
                assert!(net.nodes.len() >= 5);
                assert_eq!(page.matches("<g class=\"node\"").count(), net.nodes.len());
            }
            convene::map::PictureBody::Quadrant(q) => assert!(q.points.len() >= 5, "{}", p.id),
            convene::map::PictureBody::Bars(b) => {
                assert!(b.bars.iter().filter(|b| b.value.is_some()).count() >= 4)
            }
        }
    }
    let points: usize = map
        .pictures
        .iter()
        .map(|p| match &p.body {
            convene::map::PictureBody::Quadrant(q) => q.points.len(),
            _ => 0,
        })
        .sum();
    assert_eq!(page.matches("<g class=\"point\"").count(), points);
    // The same workbook written as Markdown reads back (the hostile names are real answers).
    assert!(read(&write(&wb, &pack)).is_ok());
}

/// `--summary=FILE.html` writes the cohort summary as a page (the same document as the
/// Markdown summary), as clean HTML, with the coach's note marked and hostile names as text.
#[test]
fn the_cohort_summary_as_a_page() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(example(), dir.path().join("sam.md")).unwrap();
    let jo = std::fs::read_to_string(example()).unwrap().replacen(
        "participant: \"Sam Okafor\"",
        "participant: \"<script>Jo</script>\"",
        1,
    );
    assert!(
        jo.contains("<script>Jo"),
        "the example names its participant"
    );
    std::fs::write(dir.path().join("jo.md"), jo).unwrap();
    std::fs::write(
        dir.path().join("sam.coach.md"),
        "---\nconvene: \"coach-notes\"\nworkbook: \"sam.md\"\ncoach: \"Kim\"\n---\n\n# x\n\n\
         ## On the whole workbook\n\n<!-- convene:note about=\"workbook\" -->\nGood </aside> work\n\
         <!-- /convene:note -->\n",
    )
    .unwrap();
    let out = dir.path().join("out").join("cohort.html");
    std::fs::create_dir(out.parent().unwrap()).unwrap();
    let done = convene([
        "review".as_ref(),
        dir.path().as_os_str(),
        format!("--summary={}", out.display()).as_ref(),
    ]);
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let page = std::fs::read_to_string(&out).unwrap();
    let parsed = parse_clean(&page);
    assert!(parsed.text.contains("<script>Jo</script>"));
    assert!(parsed.text.contains("Good </aside> work"));
    assert!(
        parsed.elements.get("h3").copied().unwrap_or(0) > 20,
        "a heading per exercise"
    );
    assert!(
        parsed.elements.get("strong").copied().unwrap_or(0) > 50,
        "a question in bold per prompt"
    );
    assert!(page.contains("<body class=\"compact\">"), "printed tight");
    // The Markdown summary is the same document.
    let md = convene([
        "review".as_ref(),
        dir.path().as_os_str(),
        "--summary".as_ref(),
    ]);
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(md.starts_with("# Session pack: "));
    // Its `###` headings: the page's, and a picture's title (over its figure on the page).
    let figures = page.matches("<p class=\"fig-title\">").count();
    assert!(figures > 0, "the cohort in pictures");
    assert_eq!(
        md.matches("\n### ").count(),
        parsed.elements["h3"] + figures
    );
}

/// The review's `e` writes beside the workbook and never over a file: `NAME.html`, then
/// `NAME (2).html`, and so on.
#[test]
fn pages_written_from_review_never_replace_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let wb = dir.path().join("sam.md");
    std::fs::copy(example(), &wb).unwrap();
    let first = convene::store::write_export_beside(&wb, b"one").unwrap();
    let second = convene::store::write_export_beside(&wb, b"two").unwrap();
    assert_eq!(first, dir.path().join("sam.html"));
    assert_eq!(second, dir.path().join("sam (2).html"));
    assert_eq!(std::fs::read_to_string(&first).unwrap(), "one");
    assert_eq!(std::fs::read_to_string(&second).unwrap(), "two");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&first).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

/// The coach's notes beside the workbook are in the page, each in a marked box: the note on
/// the whole workbook before the first theme, a note on a question under its answer.
#[test]
fn the_coachs_notes_are_marked_on_the_page() {
    let dir = tempfile::tempdir().unwrap();
    let wb = dir.path().join("sam.md");
    std::fs::copy(example(), &wb).unwrap();
    std::fs::write(
        dir.path().join("sam.coach.md"),
        "---\nconvene: \"coach-notes\"\nworkbook: \"sam.md\"\ncoach: \"Kim <b>\"\n---\n\n# x\n\n\
         ## On the whole workbook\n\n<!-- convene:note about=\"workbook\" -->\nBring the care \
         home story.\n<!-- /convene:note -->\n\n## Other notes\n\n\
         <!-- convene:note id=\"the-initiative.role\" -->\nWho covers <script>the rest</script>?\n\
         <!-- /convene:note -->\n",
    )
    .unwrap();
    let page = export_to(&wb, &dir.path().join("sam-page.html"));
    let parsed = parse_clean(&page);
    assert_eq!(parsed.elements.get("aside").copied(), Some(2));
    assert!(
        parsed
            .text
            .contains("Coach's note on the whole workbook (Kim <b>)")
    );
    assert!(
        parsed
            .text
            .contains("Who covers <script>the rest</script>?")
    );
    let general = page.find("Bring the care").unwrap();
    let first_theme = page.find("<h2>").unwrap();
    let role = page.find("What is your role in it?").unwrap();
    let note = page.find("Who covers").unwrap();
    assert!(
        general < first_theme && role < note,
        "notes in their places"
    );
}
