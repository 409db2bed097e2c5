//! The participant's own text outside the answers (issue 16, point 2): written into the file
//! by hand (in a text editor, in Obsidian), it is read, kept where it stood and written back
//! at every save; text whose place convene no longer writes goes under "Your own notes".
//! Never dropped.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod markdown_support;

use convene::format::markdown::{OWN_HEADING, read, read_to_edit, write};
use convene::workbook::{Answer, OwnText, Spot, Workbook};
use markdown_support::{full_workbook, hostile, pack, workbook};
use proptest::prelude::*;

/// The line boundaries of the body (after the front matter) where a line of text stays
/// outside every answer: not between an answer's markers (a line typed there by hand is
/// read against the pack, `tests/by_hand.rs`), and inserting one there reads back the same
/// workbook.
fn outside_boundaries(md: &str, wb: &Workbook) -> Vec<usize> {
    let lines: Vec<&str> = md.split('\n').collect();
    let body = lines.iter().skip(1).position(|l| *l == "---").unwrap() + 2;
    // Per boundary (before line `at`): whether it falls between an answer's markers.
    let mut inside = vec![false; lines.len() + 1];
    let mut open = false;
    for (at, line) in lines.iter().enumerate() {
        if line.starts_with("<!-- /convene:answer") {
            open = false;
        }
        inside[at + 1] = open || line.starts_with("<!-- convene:answer");
        if line.starts_with("<!-- convene:answer") {
            open = true;
        }
    }
    (body..=lines.len())
        .filter(|&at| !inside[at])
        .filter(|&at| {
            let mut probe = lines.clone();
            probe.insert(at, "a probe line");
            read(&probe.join("\n")).as_ref() == Ok(wb)
        })
        .collect()
}

fn insert_at(md: &str, inserts: &[(usize, String)]) -> String {
    let mut lines: Vec<String> = md.split('\n').map(String::from).collect();
    // From the last boundary back, so earlier boundaries keep their numbers.
    let mut sorted = inserts.to_vec();
    sorted.sort_by_key(|(at, _)| std::cmp::Reverse(*at));
    for (at, text) in sorted {
        lines.insert(at, text);
    }
    lines.join("\n")
}

/// Text without blank lines around it, as it is kept.
fn trimmed(text: &str) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    let first = lines.iter().position(|l| !l.trim().is_empty()).unwrap_or(0);
    let last = lines
        .iter()
        .rposition(|l| !l.trim().is_empty())
        .unwrap_or(0);
    lines[first..=last].join("\n")
}

/// Own text a person could type: something visible, no carriage return (line ends are
/// normalised), and no line the reader takes for one of convene's markers.
fn own_text() -> impl Strategy<Value = String> {
    hostile().prop_filter("typed text", |t| {
        !t.trim().is_empty()
            && !t.contains('\r')
            && !t.starts_with('\u{feff}')
            && t.split('\n').all(|l| {
                let rest = l.trim_start().strip_prefix("<!--").map(str::trim_start);
                !rest.is_some_and(|r| r.starts_with("convene:") || r.starts_with("/convene:"))
            })
    })
}

proptest! {
    #![proptest_config(markdown_support::config(200))]

    /// Any text inserted at any line boundary outside the answers of a written workbook is
    /// still there after reading and writing it; the answers are unchanged; a second read
    /// and write changes nothing.
    #[test]
    fn text_inserted_outside_the_answers_survives_a_save(
        wb in workbook(),
        inserts in prop::collection::vec((any::<prop::sample::Index>(), own_text()), 1..5),
    ) {
        let pack = pack();
        let md = write(&wb, &pack);
        let boundaries = outside_boundaries(&md, &wb);
        prop_assume!(!boundaries.is_empty());
        let inserts: Vec<(usize, String)> = inserts
            .into_iter()
            .map(|(i, text)| (boundaries[i.index(boundaries.len())], text))
            .collect();
        let edited = insert_at(&md, &inserts);
        prop_assume!(read(&edited).as_ref() == Ok(&wb));
        let reread = read_to_edit(&edited, &pack).unwrap();
        prop_assert_eq!(&reread.answers, &wb.answers);
        let saved = write(&reread, &pack);
        for (_, text) in &inserts {
            let kept = trimmed(text);
            prop_assert!(saved.contains(&kept), "lost {:?}\nedited:\n{}\nsaved:\n{}", kept, edited, saved);
        }
        let again = read_to_edit(&saved, &pack).unwrap();
        prop_assert_eq!(&again.answers, &wb.answers);
        prop_assert_eq!(write(&again, &pack), saved.clone(), "a second save changes the file");
        prop_assert_eq!(read(&saved).unwrap(), read(&md).unwrap());
    }
}

/// The full workbook's file with `text` put in as lines before the first line that starts
/// with `before` (or at the end).
fn with_text(md: &str, before: Option<&str>, text: &str) -> String {
    match before {
        Some(b) => {
            let at = md.find(&format!("\n{b}")).unwrap() + 1;
            format!("{}{text}\n\n{}", &md[..at], &md[at..])
        }
        None => format!("{md}\n{text}\n"),
    }
}

#[test]
fn a_paragraph_under_a_heading_after_an_answer_and_at_the_end_stays_in_place() {
    let pack = pack();
    let wb = full_workbook();
    let md = write(&wb, &pack);
    let mut edited = md.clone();
    let under_heading = "My own thoughts on the landscape,\nover two lines.";
    let after_answer = "- a list I added\n- after the summary";
    let at_end = "# Notes for next time\n\nCall the GP federation.";
    edited = edited.replacen(
        "### Populate the landscape\n",
        &format!("### Populate the landscape\n\n{under_heading}\n"),
        1,
    );
    let summary_end = edited
        .find("Joined-up crisis care\n<!-- /convene:answer -->\n")
        .unwrap()
        + "Joined-up crisis care\n<!-- /convene:answer -->\n".len();
    edited.insert_str(summary_end, &format!("\n{after_answer}\n"));
    edited = with_text(&edited, None, at_end);
    let reread = read_to_edit(&edited, &pack).unwrap();
    assert_eq!(reread.answers, wb.answers);
    let saved = write(&reread, &pack);
    for text in [under_heading, after_answer, at_end] {
        assert!(saved.contains(text), "lost {text:?} in:\n{saved}");
    }
    // In place: under the heading, just after the summary's answer, at the end.
    let heading = saved.find("### Populate the landscape").unwrap();
    assert!(
        saved[heading..].starts_with(&format!("### Populate the landscape\n\n{under_heading}"))
    );
    let answer = saved
        .find("Joined-up crisis care\n<!-- /convene:answer -->")
        .unwrap();
    assert!(saved[answer..].contains(&format!("<!-- /convene:answer -->\n\n{after_answer}\n")));
    assert!(saved.ends_with(&format!("{at_end}\n")), "{saved}");
    // A later session changes an answer: the text stays.
    let mut later = reread.clone();
    later.answers.insert(
        "populate-landscape.summary".into(),
        Answer::Text("Changed".into()),
    );
    let saved2 = write(&later, &pack);
    assert!(saved2.contains(&format!(
        "Changed\n<!-- /convene:answer -->\n\n{after_answer}"
    )));
    assert_eq!(read_to_edit(&saved2, &pack).unwrap().own, later.own);
}

/// Tags edited in Obsidian (its tags property is convene's `tags`): the participant's own are
/// kept in their order, never overwritten, and `convene` is there once, added back if removed.
#[test]
fn the_participants_tags_are_merged_with_convene() {
    let pack = pack();
    let md = write(&full_workbook(), &pack);
    assert!(md.contains("tags:\n  - convene\n"), "{md}");
    for (theirs, expected) in [
        (
            "tags:\n  - convene\n  - project-x\n  - \"two words\"\n",
            "tags:\n  - project-x\n  - \"two words\"\n  - convene\n",
        ),
        (
            "tags: [project-x, Convene]\n",
            "tags:\n  - project-x\n  - convene\n",
        ),
        ("tags: [project-x]\n", "tags:\n  - project-x\n  - convene\n"),
        ("tags:\n", "tags:\n  - convene\n"),
    ] {
        let edited = md.replacen("tags:\n  - convene\n", theirs, 1);
        let reread = read_to_edit(&edited, &pack).unwrap();
        assert!(reread.own.is_empty(), "{theirs}: {:?}", reread.own);
        let saved = write(&reread, &pack);
        let front_end = saved[4..].find("\n---\n").unwrap() + 4;
        assert!(saved[..front_end].contains(expected), "{theirs}:\n{saved}");
        assert_eq!(
            saved[..front_end].matches("convene\n").count(),
            1,
            "{saved}"
        );
        // And the next save writes the same again.
        assert_eq!(write(&read_to_edit(&saved, &pack).unwrap(), &pack), saved);
    }
}

#[test]
fn properties_added_to_the_front_matter_are_kept() {
    let pack = pack();
    let md = write(&full_workbook(), &pack);
    let own = "# a comment\naliases: [Crisis care]";
    // Tags typed above convene's own `tags` (a second `tags`, which YAML parsers would
    // otherwise read as one): they are the participant's, merged with convene's.
    let added = format!("tags:\n  - convening\n  - nhs\n{own}");
    let edited = md.replacen("---\n", &format!("---\n{added}\n"), 1);
    let reread = read_to_edit(&edited, &pack).unwrap();
    assert_eq!(
        reread.own,
        vec![OwnText {
            spot: Spot::FrontMatter,
            after: 0,
            text: own.to_string()
        }]
    );
    assert_eq!(reread.meta.tags, ["convening", "nhs"]);
    let saved = write(&reread, &pack);
    let front_end = saved[4..].find("\n---\n").unwrap() + 4;
    assert!(saved[..front_end].contains(own), "{saved}");
    assert!(
        saved[..front_end].contains("tags:\n  - convening\n  - nhs\n  - convene\n"),
        "{saved}"
    );
    assert_eq!(saved[..front_end].matches("tags:").count(), 1, "{saved}");
    let mut expected = read(&md).unwrap();
    expected.meta.tags = reread.meta.tags.clone();
    assert_eq!(read(&saved).unwrap(), expected);
    // A changed property of convene's own is read, not kept as the participant's.
    let changed = md.replacen("participant: \"", "participant: \"Dr ", 1);
    assert!(read_to_edit(&changed, &pack).unwrap().own.is_empty());
}

#[test]
fn what_an_answer_typed_by_hand_makes_stale_is_not_kept() {
    let pack = pack();
    let mut wb = full_workbook();
    wb.answers.remove("populate-landscape.summary");
    let md = write(&wb, &pack);
    // Typed between the empty markers of the unanswered prompt: its "not answered yet" and
    // the count at the top are now out of date, and convene writes them afresh.
    let open = "<!-- convene:answer id=\"populate-landscape.summary\" type=\"text\" -->\n";
    let edited = md.replacen(open, &format!("{open}Typed by hand\n"), 1);
    let reread = read_to_edit(&edited, &pack).unwrap();
    assert_eq!(
        reread.answers.get("populate-landscape.summary"),
        Some(&Answer::Text("Typed by hand".into()))
    );
    assert_eq!(
        reread.own,
        vec![],
        "nothing of convene's is taken for own text"
    );
    // Convene's lines in other words or emphasis (an older writer) are not kept either.
    let older = md.replace("**Who holds a stake?**", "*Who holds a stake*");
    assert_eq!(read_to_edit(&older, &pack).unwrap().own, vec![]);
}

#[test]
fn text_whose_place_is_gone_goes_under_your_own_notes() {
    let pack = pack();
    let mut wb = full_workbook();
    wb.own = vec![OwnText {
        spot: Spot::Exercise("an-exercise-the-pack-dropped".into()),
        after: 1,
        text: "Still mine.".into(),
    }];
    let saved = write(&wb, &pack);
    let heading = saved.find(&format!("## {OWN_HEADING}")).unwrap();
    assert!(saved[heading..].contains("Still mine."), "{saved}");
    let again = write(&read_to_edit(&saved, &pack).unwrap(), &pack);
    assert_eq!(again, saved, "kept as it is from then on");
}
