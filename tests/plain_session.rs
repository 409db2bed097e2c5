//! `convene --plain` through the real binary: answers for every prompt kind typed on
//! standard input, the saved workbook read back, and the raw output checked for escape
//! sequences and control characters.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod cli_support;

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use cli_support::{assert_plain, run_with_input, workbook_file};
use convene::content::{Options, Pack, PromptKind, Scale};
use convene::format::markdown;
use convene::workbook::{Answer, Value, Workbook};

const PACK: &str = "tests/packs/valid/full";

fn pack() -> Pack {
    convene::store::pack::load_dir(Path::new(PACK)).unwrap()
}

/// `convene --data-dir DATA --content PACK ARGS...` with `input` on standard input.
fn convene(data: &Path, args: &[&str], input: &str) -> Output {
    let mut all = vec!["--data-dir", data.to_str().unwrap(), "--content", PACK];
    all.extend_from_slice(args);
    run_with_input(all, input)
}

fn read(path: &Path) -> Workbook {
    markdown::read(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn option_ids(pack: &Pack, id: &str) -> Vec<String> {
    match &pack.prompt(id).unwrap().kind {
        PromptKind::MultiChoice {
            options: Options::Fixed(o),
            ..
        }
        | PromptKind::Choice {
            options: Options::Fixed(o),
        } => o.iter().map(|o| o.id.clone()).collect(),
        PromptKind::Scale(Scale::Levels(o)) => o.iter().map(|o| o.id.clone()).collect(),
        other => panic!("{other:?}"),
    }
}

const EVERY_KIND: &str = "\
Falls partnership
Line one

Line three
.
Nursing
1
patients first
Pharmacy
9
2

Social care


:oops


3
1 2 3
3, 1
11
7
3
5 4
5
5 1
1 1
2
Because.
.
1

2
1 3
4
2
2 3
";

#[test]
fn every_prompt_kind_is_answered_from_standard_input_and_saved() {
    let dir = tempfile::tempdir().unwrap();
    let out = convene(dir.path(), &["--plain", "new", "Falls"], EVERY_KIND);
    let text = assert_plain(&out);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}\n{text}",
        String::from_utf8_lossy(&out.stderr)
    );
    let wb = read(&workbook_file(&text));
    let pack = pack();
    let a = |id: &str| {
        wb.answers
            .get(id)
            .unwrap_or_else(|| panic!("{id} missing\n{text}"))
    };

    assert_eq!(
        a("populate.initiative"),
        &Answer::Text("Falls partnership".into())
    );
    assert_eq!(
        a("populate.story"),
        &Answer::Text("Line one\n\nLine three".into())
    );
    let Answer::List(items) = a("populate.practices") else {
        panic!()
    };
    let names: Vec<&str> = items.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(names, ["Nursing", "Pharmacy", "Social care"]);
    assert_eq!(
        items[0].fields.get("type"),
        Some(&Value::Choice("org".into()))
    );
    assert_eq!(
        items[0].fields.get("cares"),
        Some(&Value::Text("patients first".into()))
    );
    assert!(matches!(items[1].fields.get("type"), Some(Value::Choice(c)) if c != "org"));
    assert!(!items[1].fields.contains_key("cares"));
    assert!(items[2].fields.is_empty());
    // The seeded list was taken with an empty line.
    let Answer::List(people) = a("people.names") else {
        panic!()
    };
    assert_eq!(people.len(), 3);
    assert_eq!(a("people.first"), &Answer::Choice("Social care".into()));
    let channels = option_ids(&pack, "people.channels");
    assert_eq!(
        a("people.channels"),
        &Answer::Choices(vec![channels[0].clone(), channels[2].clone()])
    );
    assert_eq!(a("people.confidence"), &Answer::Number(7));
    assert_eq!(
        a("people.maturity"),
        &Answer::Choice(option_ids(&pack, "people.maturity")[2].clone())
    );
    let Answer::Grid(map) = a("stake.map") else {
        panic!()
    };
    assert_eq!(map.len(), 3);
    assert_eq!(map[0].key, "Nursing");
    assert_eq!(map[0].cells.get("power"), Some(&Value::Number(5)));
    assert_eq!(map[1].cells.get("interest"), Some(&Value::Number(1)));
    let Answer::Grid(cycles) = a("stake.cycles") else {
        panic!()
    };
    assert_eq!(
        cycles[0].cells.get("note"),
        Some(&Value::Text("Because.".into()))
    );
    assert_eq!(cycles[1].cells.len(), 1, "{cycles:?}");
    let Answer::Grid(legit) = a("stake.legitimacy") else {
        panic!()
    };
    let keys: Vec<&str> = legit.iter().map(|r| r.key.as_str()).collect();
    assert_eq!(keys, ["Nursing", "Pharmacy"]);
    assert_eq!(
        legit[0].cells.get("with"),
        Some(&Value::Choices(vec![
            "Nursing".into(),
            "Social care".into()
        ]))
    );
    let Answer::Grid(focus) = a("stake.focus") else {
        panic!()
    };
    assert_eq!(focus.len(), 1);
    assert_eq!(focus[0].cells.get("gain"), Some(&Value::Number(3)));

    // Bad input got an explanation and the question again.
    assert!(text.contains("9 is not one of the choices"), "{text}");
    assert!(text.contains("Unknown command :oops"), "{text}");
    assert!(text.contains("Choose at most 2"), "{text}");
    assert!(text.contains("11 is out of range"), "{text}");
    assert!(
        text.contains("Nursing: Power 5, Stake 4: Co-convene"),
        "{text}"
    );
    assert!(text.contains("That was the last question"), "{text}");
}

#[test]
fn escape_sequences_in_names_and_answers_never_reach_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let input = "Evil \u{1b}[2J\u{7}\u{9b}31m answer\n:go populate\n\n:outline\n";
    let out = convene(dir.path(), &["new", "Bad \u{1b}]0;title\u{7} name"], input);
    let text = assert_plain(&out);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        text.contains('\u{241b}'),
        "the escape is shown as a visible symbol: {text}"
    );
    let wb = read(&workbook_file(&text));
    // The answer itself is kept exactly as typed.
    assert_eq!(
        wb.answers.get("populate.initiative"),
        Some(&Answer::Text("Evil \u{1b}[2J\u{7}\u{9b}31m answer".into()))
    );
}

#[test]
fn open_resumes_at_the_first_unanswered_question_and_quit_saves() {
    let dir = tempfile::tempdir().unwrap();
    let first = convene(dir.path(), &["new", "Resume me"], "Name\n:quit\nignored\n");
    let text = assert_plain(&first);
    let path = workbook_file(&text);
    assert_eq!(read(&path).answers.len(), 1);
    let again = convene(
        dir.path(),
        &["open", path.to_str().unwrap()],
        "A story.\n.\n:go populate.initiative\nNew name\n",
    );
    let text = assert_plain(&again);
    assert_eq!(
        again.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    assert!(text.contains("Question 2 of"), "{text}");
    let wb = read(&path);
    assert_eq!(
        wb.answers.get("populate.story"),
        Some(&Answer::Text("A story.".into()))
    );
    assert_eq!(
        wb.answers.get("populate.initiative"),
        Some(&Answer::Text("New name".into()))
    );
    assert!(convene::store::backup_path(&path).exists());
}

#[test]
fn without_a_command_plain_mode_lists_workbooks_and_opens_one_by_number() {
    let dir = tempfile::tempdir().unwrap();
    let made = convene(dir.path(), &["new", "Listed one"], "");
    let path = workbook_file(&assert_plain(&made));
    let out = convene(dir.path(), &["--plain"], "7\n1\nFrom home\n");
    let text = assert_plain(&out);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("1. Listed one (0 of"), "{text}");
    assert!(text.contains("\"7\" is not one of the workbooks"), "{text}");
    assert_eq!(
        read(&path).answers.get("populate.initiative"),
        Some(&Answer::Text("From home".into()))
    );
}

/// Chosen from the list while open in another convene: said, with the file untouched, and
/// another number can be typed (here an empty line, which stops).
#[test]
fn a_workbook_chosen_from_the_plain_list_that_cannot_be_opened_is_said_and_another_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let made = convene(dir.path(), &["new", "Held"], "");
    let path = workbook_file(&assert_plain(&made));
    let before = std::fs::read(&path).unwrap();
    let (_held, _) = convene::store::Session::open(&path).unwrap();
    let out = convene(dir.path(), &["--plain"], "1\n\n");
    let text = assert_plain(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains("Not opened: ") && text.contains("open in another convene"),
        "{text}"
    );
    assert!(
        text.contains("to open another, or an empty line to stop"),
        "{text}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_locked_workbook_is_refused_in_plain_mode_too() {
    let dir = tempfile::tempdir().unwrap();
    let made = convene(dir.path(), &["new", "Held"], "");
    let path = workbook_file(&assert_plain(&made));
    let (_held, _) = convene::store::Session::open(&path).unwrap();
    let out = convene(dir.path(), &["open", path.to_str().unwrap()], "x\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("open in another convene"));
}

#[test]
fn the_built_in_pack_walked_to_the_end_prints_no_control_characters() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_convene"))
        // Never the settings file of the machine running the tests.
        .env("CONVENE_SETTINGS", "/nonexistent/convene/settings.toml")
        .args([
            "--data-dir",
            dir.path().to_str().unwrap(),
            "new",
            "Whole pack",
        ])
        .env("TERM", "dumb")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let input = format!("{}:outline\n:help\n:quit\n", "\n".repeat(400));
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let text = assert_plain(&out);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("That was the last question"), "{text}");
    let total = convene::content::load_builtin()
        .unwrap()
        .exercises()
        .count();
    assert!(
        text.contains(&format!("Exercise {total} of {total}:")),
        "{text}"
    );
    read(&workbook_file(&text));
}

/// `:map` says the map of the initiative in words, with the built-in pack's pictures, and
/// nothing but plain text reaches the output.
#[test]
fn map_says_the_example_workbooks_map_in_words() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("steady.md");
    std::fs::copy("examples/steady-at-home-falls-prevention.md", &path).unwrap();
    let out = run_with_input(
        [
            "--plain",
            "--data-dir",
            dir.path().to_str().unwrap(),
            "open",
            path.to_str().unwrap(),
        ],
        ":map\n:quit\n",
    );
    let text = assert_plain(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    for want in [
        "The map of your initiative:",
        "Picture: Power and stake",
        "Co-convene: Falls clinic, GP practices",
        "Boundary: Falls clinic and Adult social care (Falls clinic ↔ adult social care, Organisational), 4 of 5, hot",
    ] {
        assert!(text.contains(want), "{want:?} not in:\n{text}");
    }
}
