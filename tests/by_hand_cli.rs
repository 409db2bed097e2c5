//! List items, details and choices typed into a workbook file by hand the way convene's own
//! lines look, through the real binary (issue 19, point 5): the file opens (it used to be
//! refused, "a line under a list item must be a sub-field ending with its tag"), a session
//! that saves writes the details tagged into their fields and the choices as their options,
//! once, and keeps a line that names no field as the participant's own text.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod cli_support;

use cli_support::{new_falls, rename_falls};

const PACK: &str = "tests/packs/valid/full";

/// The practices as a participant might type them under the question: a first item as
/// convene writes it, then one added by hand in its style without tags.
const PRACTICES: &str = "<!-- convene:answer id=\"populate.practices\" type=\"list\" -->
- Falls clinic
  - Type: An organisation <!-- convene:field id=\"type\" type=\"choice\" value=\"org\" -->
- Care homes
  - type:  a COMMUNITY of practice
  - What they care about: Residents on their feet
  - Contact: Jo at Elm House
<!-- /convene:answer -->
";

/// Channels ticked by hand, one of them twice (by its label and by its id).
const CHANNELS: &str = "<!-- convene:answer id=\"people.channels\" type=\"choices\" -->
- word of mouth
- Email
- email
<!-- /convene:answer -->
";

#[test]
fn items_and_choices_typed_by_hand_open_and_are_written_back_tagged() {
    let dir = tempfile::tempdir().unwrap();
    let (path, md) = new_falls(dir.path(), PACK);
    let edited = md
        .replacen(
            "**Which practices matter?**\n\n_Not answered yet._\n",
            &format!("**Which practices matter?**\n\n{PRACTICES}"),
            1,
        )
        .replacen(
            "**How do you reach them?**\n\n_Not answered yet._\n",
            &format!("**How do you reach them?**\n\n{CHANNELS}"),
            1,
        );
    assert_ne!(edited, md);
    std::fs::write(&path, &edited).unwrap();
    // A session that saves: it opens the file and renames the initiative.
    let saved = rename_falls(dir.path(), PACK, &path, "Renamed partnership");
    for line in [
        "- Care homes\n  - Type: A community of practice <!-- convene:field id=\"type\" \
         type=\"choice\" value=\"a-community-of-practice\" -->\n  - What they care about: \
         Residents on their feet <!-- convene:field id=\"cares\" -->\n",
        "- Word of mouth <!-- convene:choice id=\"word-of-mouth\" -->\n",
        "<!-- /convene:answer -->\n\n- Care homes\n  - Contact: Jo at Elm House\n",
    ] {
        assert!(saved.contains(line), "no {line:?} in:\n{saved}");
    }
    assert_eq!(saved.matches("- Email").count(), 1, "{saved}");
    // The next session finds the same answers and changes nothing it did not touch.
    let again = rename_falls(dir.path(), PACK, &path, "Renamed partnership again");
    let timeless = |text: &str| -> String {
        text.lines()
            .filter(|l| !l.starts_with("updated:") && !l.starts_with("date:"))
            .map(|l| format!("{l}\n"))
            .collect()
    };
    assert_eq!(
        timeless(&again.replace("Renamed partnership again", "Renamed partnership")),
        timeless(&saved)
    );
}
