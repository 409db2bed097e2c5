//! Property tests: any coach's notes written as their sidecar file read back exactly, under
//! any pack (also a hostile one) or none, with Windows line ends and a byte-order mark; the
//! file never holds a raw control character and pulldown-cmark sees every marker as its own
//! HTML block (so the participant's viewer shows the notes as typed text, not as code).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod markdown_support;

use convene::content::Pack;
use convene::format::notes::{parse, render};
use convene::workbook::notes::{CoachNotes, Note, ReviewState};
use markdown_support::{hostile, hostile_pack, pack, prompt_id};
use proptest::prelude::*;
use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// Hostile text with the notes file's own markers mixed in.
fn note_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => hostile(),
        1 => prop::sample::select(vec![
            "<!-- /convene:note -->",
            "<!-- convene:note id=\"a.b\" -->",
            "<!-- convene:note about=\"workbook\" -->",
            "\n<!-- /convene:note -->\n",
            "```convene-text\n",
            "```convene-escaped\n\\q",
            "---\nconvene: coach-notes\n---\n",
        ])
        .prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..4).prop_map(|v| v.concat())
}

/// One coach's note: any signature, date, answer mark and text (never empty). Every note
/// convene writes is dated (a note without a date is one from before notes were signed,
/// which takes the file's date when read).
fn note() -> impl Strategy<Value = Note> {
    (
        hostile(),
        hostile().prop_filter("a saved note is dated", |at| !at.is_empty()),
        prop_oneof![1 => Just(String::new()), 1 => "[0-9a-f]{16}", 1 => hostile()],
        note_text().prop_filter("a note has text", |t| !t.is_empty()),
    )
        .prop_map(|(by, at, answer, text)| Note {
            by,
            at,
            answer,
            text,
        })
}

/// Several coaches' notes on one place: at most one per coach.
fn notes_on() -> impl Strategy<Value = Vec<Note>> {
    prop::collection::vec(note(), 0..3).prop_map(|mut v| {
        let mut seen = Vec::new();
        v.retain(|n| {
            let first = !seen.contains(&n.by);
            seen.push(n.by.clone());
            first
        });
        v
    })
}

fn notes() -> impl Strategy<Value = CoachNotes> {
    (
        prop_oneof![1 => Just(String::new()), 2 => hostile()],
        prop::option::of(hostile()),
        prop::sample::select(ReviewState::ALL.to_vec()),
        notes_on(),
        prop::collection::btree_map(prompt_id(), notes_on(), 0..6),
    )
        .prop_map(|(workbook_id, updated, state, general, mut prompts)| {
            prompts.retain(|_, notes| !notes.is_empty());
            CoachNotes {
                workbook_id,
                updated,
                state,
                general,
                prompts,
            }
        })
}

fn check(
    notes: &CoachNotes,
    name: &str,
    initiative: &str,
    pack: Option<&Pack>,
) -> Result<(), TestCaseError> {
    let md = render(notes, name, initiative, pack);
    prop_assert_eq!(parse(&md), Ok(notes.clone()), "file:\n{}", md);
    prop_assert!(
        md.chars()
            .all(|c| c == '\n' || c == '\t' || !c.is_control()),
        "raw control character in:\n{md:?}"
    );
    let windows = format!("\u{feff}{}", md.replace('\n', "\r\n"));
    prop_assert_eq!(parse(&windows), Ok(notes.clone()), "with \\r\\n and BOM");
    // Every marker convene wrote is an HTML block of its own, at the top level.
    let on_prompts: usize = notes.prompts.values().map(Vec::len).sum();
    let expected = 2 * (notes.general.len().max(1) + on_prompts);
    let mut depth = 0usize;
    let mut markers = 0;
    for event in Parser::new(&md) {
        match event {
            Event::Start(Tag::HtmlBlock) => {}
            Event::Start(_) => depth += 1,
            Event::End(TagEnd::HtmlBlock) => {}
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::Html(html) if depth == 0 => {
                let html = html.trim_start();
                if html.starts_with("<!-- convene:note") || html.starts_with("<!-- /convene:note") {
                    markers += 1;
                }
            }
            _ => {}
        }
    }
    prop_assert_eq!(
        markers,
        expected,
        "markers seen by pulldown-cmark in:\n{}",
        md
    );
    Ok(())
}

proptest! {
    #![proptest_config(markdown_support::config(1500))]

    #[test]
    fn any_notes_round_trip_under_the_pack(n in notes(), name in hostile(), initiative in hostile()) {
        check(&n, &name, &initiative, Some(&pack()))?;
    }

    #[test]
    fn any_notes_round_trip_without_a_pack(n in notes(), name in hostile()) {
        check(&n, &name, "", None)?;
    }
}

proptest! {
    #![proptest_config(markdown_support::config(300))]

    #[test]
    fn any_notes_round_trip_under_a_hostile_pack(
        n in notes(),
        words in prop::collection::vec(hostile(), 1..8),
    ) {
        check(&n, "sam.md", "Sam", Some(&hostile_pack(&words)))?;
    }
}
