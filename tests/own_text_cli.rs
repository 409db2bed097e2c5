//! The participant's own text through the real binary (issue 16, point 2): paragraphs written
//! into the workbook file by hand — under a heading, after an answer, at the end, a
//! property and tags in the front matter — are still in the file, and in its backup, after two
//! more sessions that save.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod cli_support;

use std::path::Path;

use cli_support::{new_falls, rename_falls, run_ok};

const PACK: &str = "tests/packs/valid/full";

fn convene(data: &Path, args: &[&str], input: &str) -> String {
    String::from_utf8_lossy(&run_ok(data, PACK, args, input).stdout).into_owned()
}

const UNDER_HEADING: &str = "I wrote this under the heading, in Obsidian.";
const AFTER_ANSWER: &str = "And this after my answer,\n\nin two paragraphs.";
const AT_END: &str = "A last thought at the very end.";
const PROPERTY: &str = "aliases: [Falls partnership]";
/// A tag typed by hand as a second `tags` line: kept, merged into convene's own `tags`.
const TAGS: &str = "tags: [convening]";
const TAG_KEPT: &str = "tags:\n  - convening\n  - convene\n";

#[test]
fn hand_written_text_survives_sessions_that_save() {
    let dir = tempfile::tempdir().unwrap();
    let (path, md) = new_falls(dir.path(), PACK);
    let close = "<!-- /convene:answer -->\n";
    let after = md.find(close).unwrap() + close.len();
    let first_heading = md.find("\n## ").unwrap() + 1;
    let edited = format!(
        "---\n{TAGS}\n{PROPERTY}\n{}{UNDER_HEADING}\n\n{}\n{AFTER_ANSWER}\n{}\n{AT_END}\n",
        &md[4..first_heading],
        &md[first_heading..after],
        &md[after..]
    );
    std::fs::write(&path, &edited).unwrap();
    let file = path.to_str().unwrap();
    // Two more sessions, each saving an answer: the second one's backup is the file as the
    // first left it.
    convene(dir.path(), &["--plain", "open", file], "Line one\n.\n");
    let saved = rename_falls(dir.path(), PACK, &path, "Renamed partnership");
    assert!(saved.contains("Line one"), "{saved}");
    let backup = std::fs::read_to_string(convene::store::backup_path(&path)).unwrap();
    for text in [UNDER_HEADING, AFTER_ANSWER, AT_END, PROPERTY, TAG_KEPT] {
        assert!(
            saved.contains(text),
            "lost {text:?} from the file:\n{saved}"
        );
        assert!(
            backup.contains(text),
            "lost {text:?} from the backup:\n{backup}"
        );
    }
    assert!(saved.ends_with(&format!("{AT_END}\n")), "{saved}");
}
