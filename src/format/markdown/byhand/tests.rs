//! Lines typed by hand in the neighbours' style, read against the built-in pack and the
//! example workbook.

use crate::content::load_builtin;
use crate::workbook::{Answer, Item, Spot, Value, Workbook};

use super::super::{read, read_to_edit, write};

const EXAMPLE: &str = include_str!("../../../../examples/steady-at-home-core.md");
const PRACTICES: &str = "populate-landscape.practices";
const READERS: &str = "before-you-start.readers";
const GROW: &str = "convening-mindset.grow";

fn pack() -> crate::content::Pack {
    load_builtin().unwrap_or_else(|p| panic!("built-in pack: {p:?}"))
}

/// The example with `lines` put in just before the line that holds `before` (the first
/// after the line holding `after`).
fn with(after: &str, before: &str, lines: &str) -> String {
    let start = EXAMPLE.find(after).unwrap();
    let at = start + EXAMPLE[start..].find(before).unwrap();
    let at = EXAMPLE[..at].rfind('\n').map_or(0, |i| i + 1);
    format!("{}{lines}{}", &EXAMPLE[..at], &EXAMPLE[at..])
}

/// A list item added at the end of the practices, before the answer's end.
fn with_item(lines: &str) -> String {
    let open = format!("<!-- convene:answer id=\"{PRACTICES}\"");
    let start = EXAMPLE.find(&open).unwrap();
    let close = start + EXAMPLE[start..].find("<!-- /convene:answer -->").unwrap();
    // Before the blank line that ends the list.
    let at = EXAMPLE[..close - 1].rfind('\n').unwrap() + 1;
    format!("{}{lines}{}", &EXAMPLE[..at], &EXAMPLE[at..])
}

fn item<'a>(wb: &'a Workbook, name: &str) -> &'a Item {
    match wb.answers.get(PRACTICES) {
        Some(Answer::List(items)) => items.iter().find(|i| i.text == name).unwrap(),
        other => panic!("{other:?}"),
    }
}

/// Opens `text` as `convene open` does, saves it, opens and saves again: the second save
/// changes nothing. Gives the workbook first read and the first save.
fn open_save(text: &str) -> (Workbook, String) {
    let pack = pack();
    let wb = read_to_edit(text, &pack).unwrap();
    let saved = write(&wb, &pack);
    let again = read_to_edit(&saved, &pack).unwrap();
    assert_eq!(
        again.answers, wb.answers,
        "the save reads back the same answers"
    );
    assert_eq!(write(&again, &pack), saved, "a second save changes nothing");
    (wb, saved)
}

#[test]
fn a_hand_added_item_with_untagged_details_opens_and_is_written_back_tagged() {
    let text = with_item(
        "- Day centres\n  - Type: An organisation or part of one\n  - What they care \
         about: Keeping residents on their feet\n  - level of SCALE :   neighbourhood\n",
    );
    let (wb, saved) = open_save(&text);
    let care = item(&wb, "Day centres");
    assert_eq!(
        care.fields.get("type"),
        Some(&Value::Choice("organisation".into()))
    );
    assert_eq!(
        care.fields.get("cares"),
        Some(&Value::Text("Keeping residents on their feet".into()))
    );
    assert_eq!(
        care.fields.get("scale"),
        Some(&Value::Choice("neighbourhood".into()))
    );
    assert!(saved.contains(
        "- Day centres\n  - Type: An organisation or part of one <!-- convene:field id=\"type\""
    ));
    assert!(wb.own.is_empty(), "{:?}", wb.own);
}

#[test]
fn an_untagged_detail_that_names_no_field_is_kept_as_own_text_under_its_item() {
    let text = with_item("- Day centres\n  - Contact: Jo at the home\n  A note of mine\n");
    let (wb, saved) = open_save(&text);
    assert!(item(&wb, "Day centres").fields.is_empty());
    let own = wb
        .own
        .iter()
        .find(|o| o.spot == Spot::Answer(PRACTICES.into()));
    assert_eq!(
        own.map(|o| o.text.as_str()),
        Some("- Day centres\n  - Contact: Jo at the home\n  A note of mine")
    );
    let end = saved.find("<!-- /convene:answer -->\n\n- Day centres\n  - Contact");
    assert!(end.is_some(), "kept just after the answer:\n{saved}");
}

#[test]
fn a_second_untagged_line_for_a_field_the_item_holds_is_kept_not_lost() {
    let text =
        with_item("- Day centres\n  - Type: A profession or discipline\n  - Type: A place\n");
    let (wb, saved) = open_save(&text);
    assert_eq!(
        item(&wb, "Day centres").fields.get("type"),
        Some(&Value::Choice("profession".into()))
    );
    assert!(
        saved.contains("- Day centres\n  - Type: A place"),
        "{saved}"
    );
}

#[test]
fn a_label_alone_keeps_nothing_and_an_unknown_option_is_kept_as_typed() {
    let text = with_item("- Day centres\n  - What they care about:\n  - Type: A care home\n");
    let (wb, saved) = open_save(&text);
    let care = item(&wb, "Day centres");
    assert_eq!(care.fields.get("cares"), None);
    assert_eq!(
        care.fields.get("type"),
        Some(&Value::Choice("A care home".into()))
    );
    assert!(saved.contains("  - Type: A care home <!-- convene:field id=\"type\""));
}

#[test]
fn a_hand_ticked_choice_is_its_option_and_is_written_once() {
    let text = with(
        READERS,
        "- My group or cohort",
        "- my manager   or sponsor\n- A coach or mentor\n- Someone else\n",
    );
    let (wb, saved) = open_save(&text);
    assert_eq!(
        wb.answers.get(READERS),
        Some(&Answer::Choices(vec![
            "coach".into(),
            "co-conveners".into(),
            "manager".into(),
            "Someone else".into(),
            "cohort".into(),
        ]))
    );
    assert_eq!(saved.matches("- A coach or mentor").count(), 1, "{saved}");
    assert!(saved.contains("- My manager or sponsor <!-- convene:choice id=\"manager\" -->"));
    assert!(saved.contains("\n- Someone else\n"));
}

/// The example with the grown dimension's label changed by hand to `label`: the choice
/// read, and the file saved.
fn grow_relabelled(label: &str) -> (Option<Answer>, String) {
    let text = EXAMPLE.replace(
        "A social learning approach <!-- convene:choice id=\"learning\" -->",
        &format!("{label} <!-- convene:choice id=\"learning\" -->"),
    );
    let (wb, saved) = open_save(&text);
    (wb.answers.get(GROW).cloned(), saved)
}

#[test]
fn a_choice_relabelled_by_hand_follows_its_label() {
    let (landscape, _) = grow_relabelled("Landscape awareness");
    assert_eq!(landscape, Some(Answer::Choice("landscape".into())));
    let (own, saved) = grow_relabelled("Learning, mostly");
    assert_eq!(own, Some(Answer::Choice("Learning, mostly".into())));
    assert!(saved.contains("\nLearning, mostly\n"));
}

#[test]
fn under_another_pack_version_a_tag_keeps_its_option() {
    let older = EXAMPLE
        .replace("pack_version: \"2.0.0\"", "pack_version: \"1.0.0\"")
        .replace(
            "A social learning approach <!-- convene:choice id=\"learning\" -->",
            "Social learning <!-- convene:choice id=\"learning\" -->",
        );
    let wb = read_to_edit(&older, &pack()).unwrap();
    assert_eq!(
        wb.answers.get(GROW),
        Some(&Answer::Choice("learning".into()))
    );
}

#[test]
fn without_the_pack_the_file_opens_and_tagged_answers_read_as_before() {
    let text = with_item("- Day centres\n  - Type: An organisation or part of one\n");
    let wb = read(&text).unwrap();
    assert!(item(&wb, "Day centres").fields.is_empty());
    assert_eq!(
        item(&wb, "Falls clinic").fields.get("type"),
        Some(&Value::Choice("organisation".into()))
    );
}

#[test]
fn a_choice_no_option_has_that_reads_as_a_label_is_written_tagged_and_reads_back() {
    let pack = pack();
    let mut wb = read_to_edit(EXAMPLE, &pack).unwrap();
    let other = Answer::Choices(vec!["a COACH or mentor".into(), "coach".into()]);
    wb.answers.insert(READERS.into(), other.clone());
    let saved = write(&wb, &pack);
    assert!(
        saved.contains("- a COACH or mentor <!-- convene:choice id="),
        "{saved}"
    );
    assert_eq!(
        read_to_edit(&saved, &pack).unwrap().answers.get(READERS),
        Some(&other)
    );
}

#[test]
fn a_label_with_a_colon_in_it_is_matched_whole() {
    let field = |id: &str, label: &str, kind| crate::content::Field {
        id: id.into(),
        label: label.to_string().into(),
        help: None,
        kind,
    };
    let fields = vec![
        field("notes", "Notes: long", crate::content::FieldKind::Text),
        field("long", "Other", crate::content::FieldKind::Line),
    ];
    let wb = Workbook::default();
    for (line, id, value) in [
        ("  - Notes: long: at last", "notes", "at last"),
        ("  - notes\\: LONG:at: last", "notes", "at: last"),
        ("  - Notes: at last", "notes", "at last"),
        ("  - **Other**: x", "long", "x"),
    ] {
        let (field, got) = super::labels::detail(&wb, &fields, line).unwrap();
        assert_eq!(
            (field.id.as_str(), got),
            (id, Some(Value::Text(value.into()))),
            "{line}"
        );
    }
    assert!(super::labels::detail(&wb, &fields, "  - Elsewhere: x").is_none());
    assert!(super::labels::detail(&wb, &fields, "  - no label here").is_none());
}

#[test]
fn a_detail_choice_relabelled_by_hand_follows_its_label() {
    let tagged = "  - Type: An organisation or part of one <!-- convene:field id=\"type\" \
                  type=\"choice\" value=\"organisation\" -->\n  - What they care about: Fewer repeat";
    let text = EXAMPLE.replacen(
        tagged,
        &tagged.replace(
            "An organisation or part of one",
            "a PROFESSION or discipline",
        ),
        1,
    );
    assert_ne!(text, EXAMPLE);
    let (wb, _) = open_save(&text);
    assert_eq!(
        item(&wb, "Falls clinic").fields.get("type"),
        Some(&Value::Choice("profession".into()))
    );
    assert_eq!(
        item(&wb, "A&E").fields.get("type"),
        Some(&Value::Choice("organisation".into()))
    );
}

#[test]
fn loose_lines_in_a_list_with_no_items_are_kept() {
    // The practices' answer holding only a line typed by hand, no item at all.
    let open = format!("<!-- convene:answer id=\"{PRACTICES}\"");
    let start = EXAMPLE.find(&open).unwrap();
    let body = start + EXAMPLE[start..].find('\n').unwrap() + 1;
    let close = start + EXAMPLE[start..].find("<!-- /convene:answer -->").unwrap();
    let text = format!(
        "{}  Ask the pharmacists too\n\n{}",
        &EXAMPLE[..body],
        &EXAMPLE[close..]
    );
    let pack = pack();
    let wb = read_to_edit(&text, &pack).unwrap();
    let saved = write(&wb, &pack);
    assert!(saved.contains("Ask the pharmacists too"), "{saved}");
}
