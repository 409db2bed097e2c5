//! The derived map section of the workbook file: drawn from a `Map` at each save, skipped
//! whole when reading. With any map, however hostile its words, the file still reads back
//! exactly; the section's Mermaid blocks keep their shape; hand edits inside it are ignored.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod markdown_support;

use convene::format::markdown::{read, write_with_map};
use convene::map::{Map, ReadBackItem};
use convene::workbook::Workbook;
use markdown_support::{
    CLOSE, MERMAID_WORDS, OPEN, full_workbook, hostile, hostile_map, hostile_pack, map_with_words,
    pack, problems, sample_map, workbook,
};
use proptest::prelude::*;

fn check(wb: &Workbook, pack: &convene::content::Pack, map: &Map) -> Result<(), TestCaseError> {
    let md = write_with_map(wb, pack, map);
    prop_assert_eq!(read(&md), Ok(wb.clone()), "file:\n{}", md);
    prop_assert!(
        md.chars()
            .all(|c| c == '\n' || c == '\t' || !c.is_control()),
        "raw control character in:\n{md:?}"
    );
    let windows = format!("\u{feff}{}", md.replace('\n', "\r\n"));
    prop_assert_eq!(read(&windows), Ok(wb.clone()), "with \\r\\n and BOM");
    let found = problems(&md, map);
    prop_assert!(found.is_empty(), "{found:#?}\nin:\n{md}");
    Ok(())
}

proptest! {
    #![proptest_config(markdown_support::config(500))]

    /// Any workbook with any map reads back exactly, and the section keeps its shape.
    #[test]
    fn any_map_keeps_the_round_trip(wb in workbook(), map in hostile_map()) {
        check(&wb, &pack(), &map)?;
    }

    /// The same with hostile words in the pack, and orphaned and earlier answers written
    /// after the section.
    #[test]
    fn any_map_with_a_hostile_pack_keeps_the_round_trip(
        words in prop::collection::vec(hostile(), 1..8),
        wb in workbook(),
        map in hostile_map(),
    ) {
        let mut full = full_workbook();
        full.answers.extend(wb.answers);
        full.earlier = wb.earlier;
        check(&full, &hostile_pack(&words), &map)?;
    }
}

proptest! {
    #![proptest_config(markdown_support::config(300))]

    /// Any hand edit strictly inside the section (a line replaced, inserted or deleted) that
    /// adds no convene marker leaves the workbook as it was; edits anywhere else give a workbook or an error naming a line,
    /// never a panic.
    #[test]
    fn edits_inside_the_section_are_ignored(
        wb in workbook(),
        map in hostile_map(),
        edits in prop::collection::vec((any::<prop::sample::Index>(), 0u8..3, hostile()), 1..4),
    ) {
        let md = write_with_map(&wb, &pack(), &map);
        let mut lines: Vec<String> = md.split('\n').map(String::from).collect();
        let open = lines.iter().position(|l| l == OPEN);
        let close = lines.iter().position(|l| l == CLOSE);
        if let (Some(open), Some(close)) = (open, close) {
            let mut inside = lines.split_off(open + 1);
            let after = inside.split_off(close - open - 1);
            for (at, how, text) in &edits {
                // An end of the section, or any other convene marker: damage, not an edit
                // (`hostile_reading` checks that such a marker is an error naming the line).
                if text.split('\n').any(is_marker_like) {
                    continue;
                }
                let i = at.index(inside.len() + 1);
                match how {
                    0 if i < inside.len() => { inside.remove(i); }
                    1 => inside.insert(i, text.clone()),
                    _ if i < inside.len() => inside[i].push_str(text),
                    _ => {}
                }
            }
            lines.extend(inside);
            lines.extend(after);
            let edited = lines.join("\n");
            prop_assert_eq!(read(&edited), Ok(wb.clone()), "file:\n{}", edited);
        }
        let mut damaged = md.clone();
        for (at, how, text) in edits {
            let mut lines: Vec<String> = damaged.split('\n').map(String::from).collect();
            let i = at.index(lines.len());
            match how {
                0 => { lines.remove(i); }
                1 => lines.insert(i, text),
                _ => lines[i].insert_str(0, &text),
            }
            damaged = lines.join("\n");
        }
        if let Err(e) = read(&damaged) {
            prop_assert!(e.line >= 1 && e.line <= damaged.split('\n').count() + 1, "{e}");
        }
    }
}

/// A line the reader takes for one of convene's markers.
fn is_marker_like(line: &str) -> bool {
    let rest = line.trim_start().strip_prefix("<!--").map(str::trim_start);
    rest.is_some_and(|r| r.starts_with("convene:") || r.starts_with("/convene:"))
}

/// The line number (from 1) of the first line equal to `line`.
fn line_of(md: &str, line: &str) -> usize {
    md.split('\n').position(|l| l == line).unwrap() + 1
}

#[test]
fn the_sample_map_is_drawn_after_the_themes_and_reads_back() {
    let mut wb = full_workbook();
    wb.answers.insert(
        "gone.prompt".into(),
        convene::workbook::Answer::Text("kept".into()),
    );
    *wb.latest_answers_mut() = wb.answers.clone();
    let map = sample_map();
    let md = write_with_map(&wb, &pack(), &map);
    check(&wb, &pack(), &map).unwrap();
    let open = md.find(OPEN).unwrap();
    let last_answer = md[..open].rfind("<!-- /convene:answer -->").unwrap();
    assert!(
        md[last_answer..open].find("\n## ").is_none(),
        "after the last theme"
    );
    assert!(
        md[open..]
            .find("## Answers no longer in the pack")
            .is_some()
    );
    assert!(md[open..].find("## Before the session").is_some());
    let section = &md[open..md.find(CLOSE).unwrap() + CLOSE.len()];
    insta::assert_snapshot!("map_section", section);
}

/// Words that mean something to Mermaid or to the file, in every label: still one file that
/// reads back, with the section's shape intact.
#[test]
fn mermaid_and_marker_words_in_every_label() {
    let wb = full_workbook();
    for shift in 0..MERMAID_WORDS.len() {
        let words: Vec<&str> = MERMAID_WORDS[shift..]
            .iter()
            .chain(&MERMAID_WORDS[..shift])
            .copied()
            .collect();
        check(&wb, &pack(), &map_with_words(&words)).unwrap();
    }
}

#[test]
fn a_map_with_nothing_to_show_writes_no_section() {
    let wb = full_workbook();
    let mut map = sample_map();
    for p in &mut map.pictures {
        p.body = match &p.body {
            convene::map::PictureBody::Network(_) => {
                convene::map::PictureBody::Network(Default::default())
            }
            convene::map::PictureBody::Quadrant(q) => {
                let mut q = q.clone();
                q.points.clear();
                convene::map::PictureBody::Quadrant(q)
            }
            convene::map::PictureBody::Bars(b) => {
                let mut b = b.clone();
                b.bars.iter_mut().for_each(|b| b.value = None);
                convene::map::PictureBody::Bars(b)
            }
        };
    }
    for s in &mut map.read_back.as_mut().unwrap().sections {
        s.items = vec![ReadBackItem::Missing("Not yet".into())];
    }
    for m in [Map::default(), map.clone()] {
        let md = write_with_map(&wb, &pack(), &m);
        assert!(!md.contains("convene:map"), "{md}");
    }
    // One line to show is enough; the empty pictures then say what is missing.
    map.read_back.as_mut().unwrap().sections[0].items[0] = ReadBackItem::Line("one".into());
    let md = write_with_map(&wb, &pack(), &map);
    check(&wb, &pack(), &map).unwrap();
    assert!(md.contains("_No practices are named yet"), "{md}");
    assert!(md.contains("_No one is rated on both scales yet"), "{md}");
    assert!(md.contains("_Nothing is rated on Legitimacy yet"), "{md}");
    assert!(md.contains("_Not placed yet:_ Fire service"), "{md}");
    assert!(!md.contains("```mermaid"), "{md}");
}

#[test]
fn hand_edits_inside_the_map_are_ignored() {
    let wb = full_workbook();
    let md = write_with_map(&wb, &pack(), &sample_map());
    let edited = md.replacen(
        &format!("{OPEN}\n"),
        &format!("{OPEN}\nI rewrote this.\n<!-- not convene's\n```\n"),
        1,
    );
    assert_eq!(read(&edited), Ok(wb.clone()));
    // An answer marker inside the map is damage (issue 16): an error naming the map's first
    // line, never an answer silently dropped or read.
    let marker = md.replacen(
        &format!("{OPEN}\n"),
        &format!(
            "{OPEN}\n<!-- convene:answer id=\"x.typed\" type=\"text\" -->\n\
             typed in the map\n<!-- /convene:answer -->\n"
        ),
        1,
    );
    assert_eq!(read(&marker).unwrap_err().line, line_of(&marker, OPEN));
    // Without its opening line the rest is derived text without markers: still read.
    let no_open = md.replacen(&format!("{OPEN}\n"), "", 1);
    assert_eq!(read(&no_open), Ok(wb.clone()));
    // Two sections (one pasted twice): both skipped.
    let open = md.find(OPEN).unwrap();
    let close = md.find(CLOSE).unwrap() + CLOSE.len() + 1;
    let twice = format!("{}{}", &md[..close], &md[open..]);
    assert_eq!(read(&twice), Ok(wb.clone()));
}

#[test]
fn a_map_without_its_end_is_an_error_naming_its_first_line() {
    let wb = full_workbook();
    let md = write_with_map(&wb, &pack(), &sample_map());
    let cut = md.replacen(&format!("{CLOSE}\n"), "", 1);
    let err = read(&cut).unwrap_err();
    assert_eq!(err.line, line_of(&cut, OPEN), "{err}");
    assert!(err.message.contains("map section"), "{err}");
    assert!(err.message.contains(CLOSE), "{err}");
}

/// Files written before the map section existed still read (the golden file and examples
/// cover the full format; this is the minimal case).
#[test]
fn a_file_without_the_section_reads() {
    let wb = full_workbook();
    let md = write_with_map(&wb, &pack(), &Map::default());
    assert!(!md.contains("convene:map"));
    assert_eq!(read(&md), Ok(wb));
}

/// Every Mermaid block convene writes parses with the real Mermaid parser (npm `mermaid`,
/// under jsdom; see tests/mermaid/check.mjs): the sample map, the example workbook's map,
/// Mermaid's own words in every label, and 300 maps of hostile words (`MERMAID_MAPS` asks
/// for another number). Needs `npm ci --prefix tests/mermaid` (CI runs it and must have it;
/// elsewhere the test says it skipped).
#[test]
fn mermaid_js_parses_every_block() {
    use proptest::strategy::{Strategy, ValueTree};
    let Some(checker) = markdown_support::mermaid_checker() else {
        return;
    };
    let mut blocks =
        markdown_support::mermaid_blocks(&write_with_map(&full_workbook(), &pack(), &sample_map()));
    assert_eq!(blocks.len(), 3);
    for shift in 0..MERMAID_WORDS.len() {
        let words: Vec<&str> = MERMAID_WORDS[shift..]
            .iter()
            .chain(&MERMAID_WORDS[..shift])
            .copied()
            .collect();
        let md = write_with_map(&full_workbook(), &pack(), &map_with_words(&words));
        blocks.extend(markdown_support::mermaid_blocks(&md));
    }
    let example = read(include_str!(
        "../examples/steady-at-home-falls-prevention.md"
    ))
    .unwrap();
    let builtin = convene::content::load_builtin().unwrap();
    let example_md = convene::format::markdown::write(&example, &builtin);
    let from_example = markdown_support::mermaid_blocks(&example_md);
    eprintln!(
        "the example workbook has {} Mermaid blocks",
        from_example.len()
    );
    blocks.extend(from_example);
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let maps = std::env::var("MERMAID_MAPS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(300);
    for _ in 0..maps {
        let map = hostile_map().new_tree(&mut runner).unwrap().current();
        let md = write_with_map(&full_workbook(), &pack(), &map);
        blocks.extend(markdown_support::mermaid_blocks(&md));
    }
    let mut child = std::process::Command::new("node")
        .arg(&checker)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write as _;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(blocks.join("\0").as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let n = blocks.len();
    assert!(
        stdout.contains(&format!("{n} of {n} diagrams parsed")),
        "{stdout}"
    );
    eprintln!("{}", stdout.trim());
}

/// The shape checks above are not vacuous: each kind of damage is caught.
#[test]
fn the_shape_checks_catch_broken_sections() {
    let map = sample_map();
    let md = write_with_map(&full_workbook(), &pack(), &map);
    assert_eq!(problems(&md, &map), Vec::<String>::new());
    for (from, to) in [
        // A node used before it is defined, and an undefined one.
        ("  n1 ===|", "  n9 ===|"),
        // A point outside 0..1.
        (": [0.875, 0.625]", ": [1.875, 0.625]"),
        // A group's style that is not a colour, and a point's class that is not a group.
        (
            "color: #b35900, radius: 6",
            "color: red; fill: url(x), radius: 6",
        ),
        ("\":::g2: [", "\":::x: ["),
        // An unescaped quote in a label.
        ("n3[\"Carers' forum\"]", "n3[\"Carers\" forum\"]"),
        // A fence left open (the closing fence of the last diagram removed).
        ("  bar [3]\n```\n", "  bar [3]\n"),
        // A comment line inside the section.
        ("### Legitimacy\n", "### Legitimacy\n<!-- x -->\n"),
        // A diagram too many.
        (
            "### Legitimacy\n",
            "### Legitimacy\n\n```mermaid\nflowchart LR\n```\n",
        ),
        // No end marker.
        ("<!-- /convene:map -->", ""),
        // The end marker swallowed by an open HTML block.
        ("### Legitimacy\n", "### Legitimacy\n\n<pre>\n"),
    ] {
        assert!(md.contains(from), "{from}");
        let broken = md.replacen(from, to, 1);
        assert!(!problems(&broken, &map).is_empty(), "not caught: {to:?}");
    }
    assert!(!problems(&md, &Map::default()).is_empty());
}

/// pandoc converts a workbook with the map section (when it is installed; on CI it must be):
/// the section's headings, diagrams, tables and quotes come out as such, and the sections
/// after it are still headings.
#[test]
fn pandoc_converts_the_map_section() {
    if !markdown_support::pandoc_available() {
        return;
    }
    let mut wb = full_workbook();
    wb.answers.insert(
        "gone.prompt".into(),
        convene::workbook::Answer::Text("kept".into()),
    );
    *wb.latest_answers_mut() = wb.answers.clone();
    let hostile = map_with_words(MERMAID_WORDS);
    assert_eq!(hostile.read_back.as_ref().unwrap().title, "end");
    for (map, title) in [
        (sample_map(), "The map of your initiative"),
        (hostile, "end"),
    ] {
        let md = write_with_map(&wb, &pack(), &map);
        for format in ["commonmark+yaml_metadata_block+pipe_tables", "gfm"] {
            let html = markdown_support::pandoc_html(&md, format);
            let at = |needle: &str| {
                html.find(needle)
                    .unwrap_or_else(|| panic!("{format}: no {needle:?} in\n{html}"))
            };
            let map_at = at(&format!(">{title}</h2>"));
            assert!(at(">Answers no longer in the pack</h2>") > map_at);
            assert!(at(">Before the session</h2>") > map_at);
            assert_eq!(
                html.matches("<pre class=\"mermaid\"><code>").count(),
                3,
                "{format}"
            );
            assert!(html[map_at..].contains("<blockquote>"), "{format}");
            assert!(html[map_at..].contains("<th>Practice</th>"), "{format}");
        }
    }
}
