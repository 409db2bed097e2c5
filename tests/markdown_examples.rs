//! Example tests of the workbook file: a golden file, hand-picked hostile answers, the front
//! matter as plain YAML, Windows line ends, hand edits, and files that are not workbooks.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod markdown_support;

use std::collections::BTreeMap;

use convene::format::markdown::{read, write};
use convene::workbook::{Answer, Fields, Item, Value, Workbook};
use markdown_support::{STAKEHOLDERS, full_workbook, meta, pack};

const STORY: &str = "populate-landscape.story";

fn with_story(text: &str) -> Workbook {
    let mut wb = full_workbook();
    wb.answers
        .insert(STORY.to_string(), Answer::Text(text.to_string()));
    wb
}

/// The lines between the story's markers, as written.
fn story_block(md: &str) -> &str {
    let open = md.find("id=\"populate-landscape.story\"").unwrap();
    let start = open + md[open..].find('\n').unwrap() + 1;
    let end = start + md[start..].find("<!-- /convene:answer -->").unwrap();
    &md[start..end]
}

#[test]
fn golden_file() {
    insta::assert_snapshot!(write(&full_workbook(), &pack()));
}

#[test]
fn hostile_answers_round_trip() {
    let hostile = [
        "# A heading\n\n## Another\n\n---\n\nText",
        "---\ninitiative: fake\n---",
        "```\nunclosed fence",
        "````\n```\nnested\n```\n````",
        "~~~~~~\ntilde\n~~~~~~",
        "<!-- a comment -->\n<!-- unclosed",
        "<!-- convene:answer id=\"populate-landscape.story\" type=\"text\" -->",
        "before\n<!-- /convene:answer -->\nafter",
        "| a | b |\n|---|---|\n| 1 | 2 |",
        "🎉 日本語 עברית مرحبا \u{202e}reversed",
        "tabs\there\tand trailing spaces   \nnext  ",
        "\n\nleading and trailing blank lines\n\n",
        "   ",
        "",
        "lone \r carriage \r\n return",
        "nul \0 bell \u{7} escape \u{1b}[31m",
        "back\\slash \\u{0} not an escape",
        "<pre>\npreformatted",
        "    indented code",
        "- list\n  - nested\n> quote",
        "_Not answered yet._",
    ];
    let pack = pack();
    for text in hostile {
        let wb = with_story(text);
        let md = write(&wb, &pack);
        assert_eq!(
            read(&md),
            Ok(wb),
            "{text:?} written as:\n{}",
            story_block(&md)
        );
    }
}

#[test]
fn ordinary_text_is_raw_and_hostile_text_is_fenced() {
    let pack = pack();
    let md = write(&with_story("We met in *March*.\n\n- one\n- two"), &pack);
    assert_eq!(story_block(&md), "We met in *March*.\n\n- one\n- two\n");

    let md = write(&with_story("```\nunclosed"), &pack);
    assert_eq!(story_block(&md), "````convene-text\n```\nunclosed\n````\n");

    let md = write(&with_story("a\r\nb\0"), &pack);
    assert_eq!(
        story_block(&md),
        "```convene-escaped\na\\u{d}\nb\\u{0}\n```\n"
    );
}

#[test]
fn front_matter_is_plain_yaml() {
    let mut wb = full_workbook();
    wb.meta.initiative = "Care: \"joined up\" # not a comment\n2nd line".to_string();
    wb.meta.participant = String::new();
    let md = write(&wb, &pack());
    let yaml = md
        .strip_prefix("---\n")
        .unwrap()
        .split("\n---\n")
        .next()
        .unwrap();
    let v: serde_yaml::Value = serde_yaml::from_str(yaml).unwrap();
    assert_eq!(v["initiative"].as_str(), Some(wb.meta.initiative.as_str()));
    assert_eq!(v["participant"].as_str(), Some(""));
    assert_eq!(v["pack"].as_str(), Some("test-pack"));
    assert_eq!(v["pack_version"].as_str(), Some("1.0.0"));
    assert_eq!(v["created"].as_str(), Some("2026-11-23T10:00:00Z"));
    assert_eq!(v["updated"].as_str(), Some("2026-11-23T10:05:00Z"));
    assert_eq!(v["moment"].as_str(), Some("before"));
    // For Obsidian and other Markdown tools: a title, tags, a plain date and flat numbers.
    assert_eq!(v["title"].as_str(), Some(wb.meta.initiative.as_str()));
    assert_eq!(v["tags"][0].as_str(), Some("convene"));
    assert_eq!(v["date"].as_str(), Some("2026-11-23"));
    assert_eq!(v["answered"].as_u64(), Some(11));
    assert_eq!(v["total"].as_u64(), Some(11));
}

#[test]
fn headings_follow_the_content_and_unanswered_prompts_say_so() {
    let wb = Workbook {
        meta: meta(),
        answers: BTreeMap::new(),
        earlier: Vec::new(),
        own: Vec::new(),
    };
    let md = write(&wb, &pack());
    assert!(md.contains("\n# Dorset mental health\n"));
    assert!(md.contains("\n## The landscape\n"));
    assert!(md.contains("\n### Populate the landscape\n"));
    assert!(md.contains("**Who holds a stake?**\n\n_Not answered yet._\n"));
    // A text prompt leaves an empty pair of markers to type between; other kinds do not.
    assert!(md.contains(
        "**Tell the story \\*so far\\*.**\n\n_Not answered yet._\n\n\
         <!-- convene:answer id=\"populate-landscape.story\" type=\"text\" -->\n\
         <!-- /convene:answer -->\n"
    ));
    assert!(!md.contains("id=\"populate-landscape.stakeholders\""));
    assert!(md.contains("\nanswered: 0\ntotal: 11\n"));
    assert!(md.ends_with("_Not answered yet._\n"));
    assert_eq!(read(&md), Ok(wb));
}

#[test]
fn windows_line_ends_and_bom_read_the_same() {
    let wb = full_workbook();
    let md = write(&wb, &pack());
    assert_eq!(read(&md.replace('\n', "\r\n")), Ok(wb.clone()));
    assert_eq!(read(&format!("\u{feff}{md}")), Ok(wb));
}

#[test]
fn hand_edits_are_read() {
    let wb = full_workbook();
    let md = write(&wb, &pack());
    let edited = md
        .replace(
            "Joined-up crisis care\n",
            "Joined-up crisis care, edited\nover two lines\n",
        )
        .replace("- Council\n", "- Council\n- Police \\*and\\* fire\n")
        .replace(
            "| Patients' forum | 1 | 5 | Dependent |",
            "| Patients' forum | 3 | 5 | Dependent |",
        )
        .replace("| Good \\| mostly | 7 |", "| Better | 8 |")
        .replace(
            "Option B \\| pipe <!-- convene:choice id=\"b\" -->\n<!-- /",
            "Option A <!-- convene:choice id=\"a\" -->\n<!-- /",
        )
        .replace("4 of 5 (1 = none", "2 of 5 (1 = none")
        .replace("  - Role: Chair <!--", "  - Role: Co-chair <!--")
        .replace(
            "| Old board _(no longer",
            "| Police | 2 | 4 |\n| Old board _(no longer",
        );
    let got = read(&edited).unwrap();
    let a = |id: &str| got.answers.get(id).unwrap().clone();
    assert_eq!(
        a("populate-landscape.summary"),
        Answer::Text("Joined-up crisis care, edited\nover two lines".to_string())
    );
    let Answer::List(items) = a(STAKEHOLDERS) else {
        panic!()
    };
    assert_eq!(
        items.last(),
        Some(&Item {
            text: "Police *and* fire".to_string(),
            fields: Fields::new()
        })
    );
    let Answer::Grid(rows) = a("power-legitimacy.place") else {
        panic!()
    };
    assert_eq!(rows[1].cells.get("power"), Some(&Value::Number(3)));
    let Answer::Grid(rows) = a("power-legitimacy.cycles") else {
        panic!()
    };
    assert_eq!(
        rows[0].cells.get("note"),
        Some(&Value::Text("Better".to_string()))
    );
    assert_eq!(rows[0].cells.get("rating"), Some(&Value::Number(8)));
    assert_eq!(
        a("power-legitimacy.choose"),
        Answer::Choice("a".to_string())
    );
    assert_eq!(a("power-legitimacy.rate"), Answer::Number(2));
    let Answer::List(items) = a("populate-landscape.practices") else {
        panic!()
    };
    assert_eq!(
        items[0].fields.get("role"),
        Some(&Value::Text("Co-chair".to_string()))
    );
    // Everything not edited is unchanged.
    assert_eq!(got.meta, wb.meta);
    assert_eq!(got.answers.get(STORY), wb.answers.get(STORY));
}

#[test]
fn typing_under_an_unanswered_prompt_answers_it() {
    let mut wb = full_workbook();
    wb.answers.remove(STORY);
    let md = write(&wb, &pack());
    let empty = "<!-- convene:answer id=\"populate-landscape.story\" type=\"text\" -->\n<!-- /";
    assert_eq!(read(&md), Ok(wb.clone()));
    let edited = md.replacen(
        empty,
        &empty.replace("\n<!-- /", "\nTyped by hand.\n<!-- /"),
        1,
    );
    let got = read(&edited).unwrap();
    assert_eq!(
        got.answers[STORY],
        Answer::Text("Typed by hand.".to_string())
    );

    // An empty answer that exists stays an (empty) answer.
    wb.answers
        .insert(STORY.to_string(), Answer::Text(String::new()));
    assert_eq!(read(&write(&wb, &pack())), Ok(wb));
}

#[test]
fn hand_written_front_matter_is_read() {
    let md = write(&full_workbook(), &pack());
    let body = md.split_once("\n---\n").unwrap().1;
    let front = "---\ninitiative: Dorset mental health\nparticipant:\npack: test-pack\n\
                 pack_version: 1.0\ncreated: 2026-11-23T10:00:00Z\nupdated: 2026-11-23\n\
                 tags: [convening, nhs]\n---\n";
    let wb = read(&format!("{front}{body}")).unwrap();
    assert_eq!(wb.meta.initiative, "Dorset mental health");
    assert_eq!(wb.meta.participant, "");
    assert_eq!(wb.meta.pack_version, "1.0");
    assert_eq!(wb.meta.created, "2026-11-23T10:00:00Z");
    assert_eq!(wb.meta.moment, convene::content::Moment::Any);
    assert_eq!(wb.answers, full_workbook().answers);
}

fn error_of(text: &str) -> (usize, String) {
    let e = read(text).unwrap_err();
    (e.line, e.message)
}

#[test]
fn files_that_are_not_workbooks_name_the_line() {
    let md = write(&full_workbook(), &pack());

    let (line, msg) = error_of("# Just notes\n\nSome text.\n");
    assert_eq!(line, 1);
    assert!(msg.contains("front matter"), "{msg}");

    let (line, msg) = error_of("---\ninitiative: \"x\"\n\n# no end\n");
    assert_eq!(line, 1);
    assert!(msg.contains("never closed"), "{msg}");

    let bad_yaml = md.replacen("pack: \"test-pack\"", "pack: [unclosed", 1);
    let (line, msg) = error_of(&bad_yaml);
    assert!((6..=8).contains(&line), "line {line}: {msg}");
    assert!(msg.contains("not valid YAML"), "{msg}");

    let no_pack = md.replacen("pack: \"test-pack\"\n", "", 1);
    assert!(error_of(&no_pack).1.contains("`pack`"));

    let line_of =
        |needle: &str, text: &str| text[..text.find(needle).unwrap()].matches('\n').count() + 1;

    let broken = md.replacen(
        "<!-- convene:answer id=\"power-legitimacy.rate\" type=\"number\" -->",
        "<!-- convene:answer id=\"power-legitimacy.rate -->",
        1,
    );
    let (line, msg) = error_of(&broken);
    assert_eq!(
        line,
        line_of("<!-- convene:answer id=\"power-legitimacy.rate", &broken),
        "{msg}"
    );

    let unclosed = md.replacen(
        "Joined-up crisis care\n<!-- /convene:answer -->",
        "Joined-up crisis care\n",
        1,
    );
    let (line, msg) = error_of(&unclosed);
    let opened = line_of(
        "<!-- convene:answer id=\"populate-landscape.summary\"",
        &unclosed,
    );
    assert_eq!(
        line,
        line_of(
            "<!-- convene:answer id=\"populate-landscape.story\"",
            &unclosed
        )
    );
    assert!(
        msg.contains(&format!(
            "a new marker before the answer opened at line {opened}"
        )),
        "{msg}"
    );

    let cut = &md[..md.rfind("<!-- /convene:answer -->").unwrap()];
    let (line, msg) = error_of(cut);
    assert_eq!(
        line,
        line_of("<!-- convene:answer id=\"retired-exercise.old\"", cut)
    );
    assert!(msg.contains("never ends"), "{msg}");

    let unknown = md.replacen("type=\"number\"", "type=\"colour\"", 1);
    assert!(
        error_of(&unknown)
            .1
            .contains("unknown answer type `colour`")
    );

    let stray = md.replacen(
        "Joined-up crisis care\n<!-- /convene:answer -->\n",
        "Joined-up crisis care\n<!-- /convene:answer -->\n<!-- /convene:answer -->\n",
        1,
    );
    let (line, msg) = error_of(&stray);
    assert!(
        msg.contains("no answer marker before it"),
        "line {line}: {msg}"
    );

    let not_number = md.replacen("4 of 5 (1 = none", "four of 5 (1 = none", 1);
    let (line, msg) = error_of(&not_number);
    assert_eq!(line, line_of("four of 5", &not_number));
    assert!(msg.contains("whole number"), "{msg}");

    let windows = bad_yaml.replace('\n', "\r\n");
    assert_eq!(error_of(&windows).0, error_of(&bad_yaml).0);
}

/// pandoc converts written workbooks (when it is installed; on CI it must be).
#[test]
fn pandoc_converts_written_workbooks() {
    if !markdown_support::pandoc_available() {
        return;
    }
    let mut hostile = with_story("```\nunclosed\n<!-- x\n| a |\n---");
    hostile
        .answers
        .insert("x.y".to_string(), Answer::Text("<pre>\n# h".to_string()));
    for wb in [full_workbook(), hostile] {
        let md = write(&wb, &pack());
        for format in ["commonmark+yaml_metadata_block+pipe_tables", "gfm"] {
            let html = markdown_support::pandoc_html(&md, format);
            // Every heading of the pack survives as a heading: no answer swallowed the rest.
            assert!(
                html.contains("Power &amp; legitimacy</h2>"),
                "{format}:\n{html}"
            );
            assert!(
                html.contains("Answers no longer in the pack</h2>"),
                "{format}:\n{html}"
            );
            assert!(html.contains("<table>"), "{format}: grids are tables");
            assert!(
                !html.contains("initiative:"),
                "{format}: front matter read as metadata"
            );
        }
    }
}
