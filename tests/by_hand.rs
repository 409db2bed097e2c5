//! List items, details and choices added to a workbook file by hand the way the lines
//! around them look (issue 19, point 5): `- Name` with indented `  - Label: value` lines and
//! no `<!-- convene:field … -->` tags, a `- Label` choice ticked by hand. The file opens;
//! each detail goes to the field its label names (any case and spacing), a choice to the
//! option its label names, once; what names no field is kept as the participant's own
//! text; nothing answered before is lost, and a second save changes nothing.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod markdown_support;

use convene::format::markdown::{read_to_edit, write};
use convene::workbook::{Answer, Item, Value, Workbook};
use markdown_support::{pack, pandoc_available, pandoc_html, workbook};
use proptest::prelude::*;

const PRACTICES: &str = "populate-landscape.practices";
const MANY: &str = "power-legitimacy.many";

/// The test pack's fixed options and levels: (id, label).
const OPTIONS: [(&str, &str); 2] = [("a", "Option A"), ("b", "Option B | pipe")];
const LEVELS: [(&str, &str); 3] = [("low", "Low"), ("mid", "Middling"), ("high", "High")];

/// A label or option as a person might type it: as written, in lower or upper case, or
/// with spaces around and doubled.
fn spelled(label: &str, how: u8) -> String {
    match how % 4 {
        0 => label.to_string(),
        1 => label.to_lowercase(),
        2 => label.to_uppercase(),
        _ => format!(" {} ", label.replace(' ', "  ")),
    }
}

/// One detail line typed under an item: the field it names and the value it means (none:
/// it names no field), and the line itself.
#[derive(Debug, Clone)]
struct Detail {
    field: Option<(&'static str, Value)>,
    line: String,
}

fn words() -> impl Strategy<Value = String> {
    "[A-Za-z][a-z0-9 ]{0,10}[a-z0-9]"
}

fn detail() -> impl Strategy<Value = Detail> {
    let line = |label: &str, how: u8, value: &str| format!("  - {}: {value}", spelled(label, how));
    (0u8..7, any::<u8>(), words(), 0usize..3, 1u8..4, 1i64..6).prop_map(
        move |(which, how, text, pick, mask, n)| {
            let (field, typed) = match which {
                0 => (
                    Some(("role", Value::Text(text.clone()))),
                    line("Role", how, &text),
                ),
                // The label holds a colon: typed as the neighbours show it, or plainly.
                1 => {
                    let label = if how % 2 == 0 {
                        "Notes\\: long"
                    } else {
                        "Notes: long"
                    };
                    (
                        Some(("notes", Value::Text(text.clone()))),
                        line(label, how / 2, &text),
                    )
                }
                2 => {
                    let (id, label) = OPTIONS[pick % 2];
                    let value = Value::Choice(id.to_string());
                    (
                        Some(("kind", value)),
                        line("Kind", how, &spelled(label, how / 4)),
                    )
                }
                3 => {
                    let chosen: Vec<_> = (0..2).filter(|i| mask & (1 << i) != 0).collect();
                    let ids = chosen.iter().map(|&i| OPTIONS[i].0.to_string()).collect();
                    let labels: Vec<String> = chosen
                        .iter()
                        .map(|&i| spelled(OPTIONS[i].1, how / 4))
                        .collect();
                    (
                        Some(("tags", Value::Choices(ids))),
                        line("Tags", how, &labels.join(", ")),
                    )
                }
                4 => (
                    Some(("weight", Value::Number(n))),
                    line("weight", how, &n.to_string()),
                ),
                5 => {
                    let (id, label) = LEVELS[pick];
                    let value = Value::Choice(id.to_string());
                    (
                        Some(("level", value)),
                        line("Level", how, &spelled(label, how / 4)),
                    )
                }
                _ => (None, line("Contact", how, &text)),
            };
            Detail { field, line: typed }
        },
    )
}

/// The lines of the answer opened by the marker for `id` (not one from before the
/// session): (the marker's line, the closing line), as indexes into `lines`.
fn answer_lines(lines: &[String], id: &str) -> (usize, usize) {
    let open = lines
        .iter()
        .position(|l| {
            l.starts_with(&format!("<!-- convene:answer id=\"{id}\" ")) && !l.contains("when=")
        })
        .unwrap();
    let close = open
        + lines[open..]
            .iter()
            .position(|l| l == "<!-- /convene:answer -->")
            .unwrap();
    (open, close)
}

/// Reads `details` into `item` as the reader should, and the lines it should keep as own
/// text.
fn expect(item: &mut Item, details: &[Detail], kept: &mut Vec<String>) {
    for d in details {
        match &d.field {
            Some((id, value)) if !item.fields.contains_key(*id) => {
                item.fields.insert(id.to_string(), value.clone());
            }
            _ => kept.push(d.line.clone()),
        }
    }
}

proptest! {
    #![proptest_config(markdown_support::config(150))]

    /// Any written workbook with an item, details and a choice typed by hand opens with
    /// them read into their fields and options, loses no answer or hand-written line, and
    /// a second save is the first.
    #[test]
    fn items_details_and_choices_added_by_hand_lose_nothing(
        wb in workbook(),
        name in words(),
        new_details in prop::collection::vec(detail(), 0..5),
        old in any::<prop::sample::Index>(),
        old_details in prop::collection::vec(detail(), 0..3),
        (tick, how) in (0usize..2, any::<u8>()),
    ) {
        let pack = pack();
        let mut wb: Workbook = wb;
        if !matches!(wb.answers.get(PRACTICES), Some(Answer::List(_))) {
            wb.answers.insert(PRACTICES.into(), Answer::List(Vec::new()));
        }
        if !matches!(wb.answers.get(MANY), Some(Answer::Choices(_))) {
            wb.answers.insert(MANY.into(), Answer::Choices(Vec::new()));
        }
        let md = write(&wb, &pack);
        let as_written = read_to_edit(&md, &pack).unwrap();
        prop_assert_eq!(&as_written.answers, &wb.answers);
        let mut lines: Vec<String> = md.split('\n').map(String::from).collect();

        // What the reader should give back, worked out beside the edit.
        let mut want = wb.answers.clone();
        let mut kept = Vec::new();
        let Some(Answer::List(items)) = want.get_mut(PRACTICES) else { unreachable!() };

        // Details under an existing item, after its last line; then a new item at the end.
        let (open, close) = answer_lines(&lines, PRACTICES);
        let starts: Vec<usize> = (open + 1..close).filter(|&i| lines[i].starts_with('-')).collect();
        if !starts.is_empty() {
            let i = old.index(starts.len());
            let end = starts.get(i + 1).copied().unwrap_or(close - 1);
            for (k, d) in old_details.iter().enumerate() {
                lines.insert(end + k, d.line.clone());
            }
            expect(&mut items[i], &old_details, &mut kept);
        }
        let (_, close) = answer_lines(&lines, PRACTICES);
        let mut typed = vec![format!("- {name}")];
        typed.extend(new_details.iter().map(|d| d.line.clone()));
        for (k, l) in typed.into_iter().enumerate() {
            lines.insert(close - 1 + k, l);
        }
        let mut item = Item { text: name.clone(), fields: Default::default() };
        expect(&mut item, &new_details, &mut kept);
        items.push(item);

        // A choice ticked by hand at the end of the multiple choice.
        let (_, close) = answer_lines(&lines, MANY);
        lines.insert(close - 1, format!("- {}", spelled(OPTIONS[tick].1, how)));
        let Some(Answer::Choices(ids)) = want.get_mut(MANY) else { unreachable!() };
        if !ids.iter().any(|i| i == OPTIONS[tick].0) {
            ids.push(OPTIONS[tick].0.to_string());
        }

        let edited = lines.join("\n");
        let opened = read_to_edit(&edited, &pack);
        prop_assert!(opened.is_ok(), "{:?}\n{}", opened, edited);
        let opened = opened.unwrap();
        prop_assert_eq!(&opened.answers, &want, "{}", edited);
        let saved = write(&opened, &pack);
        for line in &kept {
            prop_assert!(saved.contains(&format!("{line}\n")) || saved.ends_with(line.as_str()),
                "lost {:?}\nedited:\n{}\nsaved:\n{}", line, edited, saved);
        }
        let again = read_to_edit(&saved, &pack).unwrap();
        prop_assert_eq!(&again.answers, &want);
        prop_assert_eq!(write(&again, &pack), saved, "a second save changes the file");
    }
}

/// A file with hand-written items, details and a choice, saved: pandoc still reads it as
/// Markdown, and the hand-written words are in its HTML.
#[test]
fn pandoc_reads_a_saved_file_with_lines_added_by_hand() {
    if !pandoc_available() {
        return;
    }
    let pack = pack();
    let mut wb = markdown_support::full_workbook();
    wb.answers
        .insert(MANY.into(), Answer::Choices(vec!["a".into()]));
    let md = write(&wb, &pack);
    let mut lines: Vec<String> = md.split('\n').map(String::from).collect();
    let (_, close) = answer_lines(&lines, PRACTICES);
    for (k, l) in [
        "- Day centres",
        "  - kind: option b | PIPE",
        "  - Contact: Jo at the centre",
    ]
    .into_iter()
    .enumerate()
    {
        lines.insert(close - 1 + k, l.to_string());
    }
    let (_, close) = answer_lines(&lines, MANY);
    lines.insert(close - 1, "- option b | pipe".into());
    let opened = read_to_edit(&lines.join("\n"), &pack).unwrap();
    let saved = write(&opened, &pack);
    for format in ["commonmark_x", "gfm", "markdown"] {
        let html = pandoc_html(&saved, format);
        for words in [
            "Day centres",
            "Contact: Jo at the centre",
            "Option B | pipe",
        ] {
            assert!(html.contains(words), "{format}: {words:?} not in\n{html}");
        }
    }
}
