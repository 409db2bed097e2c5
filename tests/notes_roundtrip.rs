//! Property tests: any coach's notes written as their sidecar file read back exactly, under
//! any pack (also a hostile one) or none, with Windows line ends and a byte-order mark; the
//! file never holds a raw control character and pulldown-cmark sees every marker as its own
//! HTML block (so the participant's viewer shows the notes as typed text, not as code).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod markdown_support;

use convene::content::Pack;
use convene::format::notes::{parse, render};
use convene::workbook::notes::CoachNotes;
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

fn notes() -> impl Strategy<Value = CoachNotes> {
    (
        hostile(),
        prop::option::of(hostile()),
        note_text(),
        prop::collection::btree_map(prompt_id(), note_text(), 0..6),
    )
        .prop_map(|(coach, updated, general, mut prompts)| {
            prompts.retain(|_, note| !note.is_empty());
            CoachNotes {
                coach,
                updated,
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
    let expected = 2 * (1 + notes.prompts.len());
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
