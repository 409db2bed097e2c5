//! Paths and the schema features pack 2.0 needs, through tests/packs/valid/paths: paths with
//! what they build on, estimates, optional prompts, rankings, rows chosen from a list, rows
//! with their own scale ends, `was`, and a read-back that quotes the first answered prompt.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use convene::content::{Ends, FULL_PATH, Opt, Options, Pack, PathSpec, PromptKind, Rows};
use convene::store::pack::load_dir;
use convene::workbook::derive::{chosen_path, path_minutes_left, path_progress, progress, rows};
use convene::workbook::{Answer, Fields, Item, Workbook};

fn pack() -> Pack {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/packs/valid/paths");
    load_dir(&dir).unwrap_or_else(|p| panic!("{p:#?}"))
}

fn path(id: &str, title: &str, purpose: &str, builds_on: &[&str]) -> PathSpec {
    PathSpec {
        id: id.into(),
        title: title.into(),
        purpose: purpose.into(),
        builds_on: builds_on.iter().map(|s| (*s).to_string()).collect(),
    }
}

#[test]
fn paths_come_in_order_with_what_they_build_on() {
    let pack = pack();
    assert_eq!(
        pack.paths,
        [
            path("core", "Core", "The short way through.", &[]),
            path("after", "After", "The follow-up.", &["core"]),
            path("full", "Everything", "Every exercise.", &[]),
        ]
    );
    assert_eq!(pack.path_sees("after"), ["after", "core"]);
    assert_eq!(pack.path_sees("core"), ["core"]);
}

#[test]
fn each_path_holds_its_exercises_and_their_minutes() {
    let pack = pack();
    let ids = |p: &str| -> Vec<String> { pack.path_exercises(p).map(|e| e.id.clone()).collect() };
    assert_eq!(ids("core"), ["landscape", "stance"]);
    assert_eq!(ids("after"), ["landscape", "call"]);
    assert_eq!(ids(FULL_PATH), ["landscape", "stance", "call", "extra"]);
    assert!(ids("nowhere").is_empty());
    assert_eq!(pack.path_minutes("core"), Some(13));
    assert_eq!(pack.path_minutes("after"), Some(20));
    assert_eq!(pack.path_minutes(FULL_PATH), Some(28));
    assert_eq!(pack.exercise("extra").unwrap().paths, Vec::<String>::new());
}

#[test]
fn a_pack_without_paths_has_only_full_and_no_estimates() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/packs/valid/base");
    let pack = load_dir(&dir).unwrap();
    assert_eq!(pack.paths, [PathSpec::full()]);
    assert_eq!(pack.path_minutes(FULL_PATH), None);
    assert_eq!(pack.path_exercises(FULL_PATH).count(), 1);
}

#[test]
fn optional_prompts_and_old_ids_are_kept_on_the_prompt() {
    let pack = pack();
    let aside = pack.prompt("landscape.aside").unwrap();
    assert!(aside.optional);
    assert_eq!(aside.was.as_deref(), Some("old-landscape.aside"));
    assert!(!pack.prompt("landscape.practices").unwrap().optional);
}

#[test]
fn rankings_take_fixed_options_or_an_earlier_list() {
    let pack = pack();
    let PromptKind::Ranking { options } = &pack.prompt("call.order").unwrap().kind else {
        panic!("not a ranking");
    };
    assert_eq!(
        options,
        &Options::FromLists(vec!["landscape.practices".into()])
    );
    let PromptKind::Ranking {
        options: Options::Fixed(levels),
    } = &pack.prompt("call.levels").unwrap().kind
    else {
        panic!("not a ranking of fixed options");
    };
    let ids: Vec<&str> = levels.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "today",
            "a-new-approach",
            "language-for-action",
            "doing-the-work"
        ]
    );
}

#[test]
fn rows_can_have_their_own_scale_ends() {
    let pack = pack();
    let PromptKind::Grid {
        rows: Rows::Fixed(fixed),
        ..
    } = &pack.prompt("stance.spectra").unwrap().kind
    else {
        panic!("not a grid with fixed rows");
    };
    assert_eq!(
        fixed[0],
        Opt {
            id: "control".into(),
            label: "Control or enable".into(),
            hint: None,
            ends: Some(Ends {
                low: "I control".into(),
                high: "I enable".into()
            }),
        }
    );
    assert_eq!(fixed[1].ends, None);
}

fn item(name: &str) -> Item {
    Item {
        text: name.into(),
        fields: Fields::new(),
    }
}

fn workbook() -> Workbook {
    let mut wb = Workbook::default();
    wb.answers.insert(
        "landscape.practices".into(),
        Answer::List(vec![item("GPs"), item("Charity "), item("Council")]),
    );
    wb
}

#[test]
fn rows_chosen_in_a_multi_choice_are_the_chosen_items_in_list_order() {
    let pack = pack();
    let PromptKind::Grid { rows: spec, .. } = &pack.prompt("stance.trust").unwrap().kind else {
        panic!("not a grid");
    };
    assert_eq!(
        spec,
        &Rows::FromList {
            list: "landscape.practices".into(),
            filters: vec![],
            within: Some("landscape.focus".into()),
        }
    );
    let mut wb = workbook();
    assert!(rows(&wb, &pack, spec).is_empty(), "nothing chosen yet");
    wb.answers.insert(
        "landscape.focus".into(),
        Answer::Choices(vec!["Council".into(), "Charity".into()]),
    );
    let keys: Vec<String> = rows(&wb, &pack, spec).into_iter().map(|r| r.key).collect();
    assert_eq!(keys, ["Charity ", "Council"]);
}

#[test]
fn optional_prompts_are_not_counted_in_progress() {
    let pack = pack();
    let mut wb = workbook();
    let before = progress(&wb, &pack);
    let counted = pack.prompts().filter(|p| !p.optional).count();
    assert_eq!(before.total, counted);
    assert!(counted < pack.prompt_count());
    wb.answers
        .insert("landscape.aside".into(), Answer::Text("more".into()));
    assert_eq!(progress(&wb, &pack), before);
}

#[test]
fn a_read_back_entry_can_fall_back_to_an_earlier_answer() {
    let pack = pack();
    let rb = pack.read_back.as_ref().unwrap();
    assert_eq!(
        rb.sections[0].prompts,
        [vec!["call.revised".to_string(), "call.draft".to_string()]]
    );
    assert_eq!(rb.sections[1].prompts, [vec!["call.order".to_string()]]);
}

#[test]
fn a_workbook_follows_its_chosen_path_or_full() {
    let pack = pack();
    let mut wb = workbook();
    assert_eq!(
        chosen_path(&wb, &pack),
        FULL_PATH,
        "a file from before paths"
    );
    wb.meta.path = "core".into();
    assert_eq!(chosen_path(&wb, &pack), "core");
    wb.meta.path = "gone".into();
    assert_eq!(
        chosen_path(&wb, &pack),
        FULL_PATH,
        "a path this pack does not have"
    );
}

#[test]
fn path_progress_counts_only_the_path_and_time_left_shrinks_as_it_is_answered() {
    let pack = pack();
    let mut wb = Workbook::default();
    // core: landscape (practices, focus; aside is optional) and stance (spectra, trust).
    assert_eq!(path_progress(&wb, &pack, "core").total, 4);
    assert_eq!(path_progress(&wb, &pack, "after").total, 7);
    assert_eq!(path_minutes_left(&wb, &pack, "core"), Some(13));
    wb = workbook();
    // One of landscape's two counted prompts: half of its 8 minutes are left, and all of
    // stance's 5.
    assert_eq!(path_progress(&wb, &pack, "core").answered, 1);
    assert_eq!(path_minutes_left(&wb, &pack, "core"), Some(9));
    wb.answers.insert(
        "landscape.focus".into(),
        Answer::Choices(vec!["GPs".into()]),
    );
    assert_eq!(path_minutes_left(&wb, &pack, "core"), Some(5));
    assert_eq!(path_minutes_left(&wb, &pack, "after"), Some(12));
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/packs/valid/base");
    let no_estimates = load_dir(&base).unwrap();
    assert_eq!(path_minutes_left(&wb, &no_estimates, FULL_PATH), None);
}
