//! The built-in pack's paths and the content issue 13 asked for: a core path of at most 45
//! minutes that maps the initiative, an `after` path of at most an hour that stands on its
//! own, no exercise that uses an answer from outside its path, the convening mindset and the
//! social learning space, a confidentiality note first, nation-neutral options, and a
//! read-back that quotes the revised call.
//!
//! The reference check here walks the content model itself, independently of the validator
//! that enforces the same rule.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use convene::content::{
    FULL_PATH, FieldKind, Options, Pack, Prompt, PromptKind, Rows, load_builtin,
};
use convene::map::{ReadBackItem, map_of};
use convene::workbook::{Answer, Workbook};

fn pack() -> Pack {
    load_builtin().unwrap_or_else(|p| panic!("the built-in pack does not load: {p:#?}"))
}

fn lists(o: &Options) -> Vec<&str> {
    match o {
        Options::FromLists(l) => l.iter().map(String::as_str).collect(),
        Options::Fixed(_) => Vec::new(),
    }
}

fn field_lists(kind: &FieldKind) -> Vec<&str> {
    match kind {
        FieldKind::Choice(o) | FieldKind::MultiChoice(o) => lists(o),
        _ => Vec::new(),
    }
}

fn row_sources(r: &Rows) -> Vec<&str> {
    match r {
        Rows::Fixed(_) => Vec::new(),
        Rows::FromList {
            list,
            filters,
            within,
        } => std::iter::once(list.as_str())
            .chain(within.as_deref())
            .chain(filters.iter().map(|f| f.prompt.as_str()))
            .collect(),
    }
}

/// Every earlier answer a prompt uses: the prompts its prefill, seed, options, rows, `within`
/// and `where` filters name.
fn uses(prompt: &Prompt) -> Vec<&str> {
    match &prompt.kind {
        PromptKind::Line { prefill_from } | PromptKind::Text { prefill_from } => {
            prefill_from.iter().map(String::as_str).collect()
        }
        PromptKind::List {
            fields, seed_from, ..
        } => seed_from
            .iter()
            .map(String::as_str)
            .chain(fields.iter().flat_map(|f| field_lists(&f.kind)))
            .collect(),
        PromptKind::Choice { options }
        | PromptKind::MultiChoice { options, .. }
        | PromptKind::Ranking { options } => lists(options),
        PromptKind::Scale(_) => Vec::new(),
        PromptKind::Grid { rows, columns } => row_sources(rows)
            .into_iter()
            .chain(columns.iter().flat_map(|c| field_lists(&c.kind)))
            .collect(),
        PromptKind::Quadrant { rows, .. } => row_sources(rows),
    }
}

#[test]
fn no_exercise_on_a_path_uses_an_answer_from_outside_it() {
    let pack = pack();
    let mut checked = 0;
    for path in pack.paths.iter().filter(|p| !p.is_full()) {
        let sees = pack.path_sees(&path.id);
        for exercise in pack.path_exercises(&path.id) {
            for prompt in &exercise.prompts {
                for used in uses(prompt) {
                    let (_, holder) = pack.locate(used).unwrap();
                    let reachable = sees.iter().any(|p| pack.on_path(holder, p));
                    assert!(
                        reachable,
                        "{} (path {}) uses {used}, which is on none of {sees:?}",
                        prompt.qualified_id, path.id
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked >= 8, "only {checked} references checked");
}

#[test]
fn core_fits_before_a_session_and_after_stands_on_its_own_within_an_hour() {
    let pack = pack();
    let ids: Vec<&str> = pack.paths.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["core", "after", "revisit", FULL_PATH]);
    let core = pack.path_minutes("core").unwrap();
    let after = pack.path_minutes("after").unwrap();
    assert!((30..=45).contains(&core), "core takes {core} minutes");
    assert!((30..=60).contains(&after), "after takes {after} minutes");
    assert!(pack.path("after").unwrap().builds_on.is_empty());
    assert_eq!(pack.path("revisit").unwrap().builds_on, ["after"]);
    assert!(pack.exercises().all(|e| e.minutes.is_some()));
    for path in ["core", "after"] {
        let first = pack.path_exercises(path).next().unwrap();
        assert_eq!(first.id, "before-you-start", "{path} starts elsewhere");
    }
}

/// The core path is one connected map: its landscape list gives the rows of its other
/// grids, and each of its pictures can be drawn from core answers.
#[test]
fn core_builds_one_connected_map_of_the_initiative() {
    let pack = pack();
    let core: Vec<&str> = pack.path_exercises("core").map(|e| e.id.as_str()).collect();
    for id in [
        "the-initiative",
        "convening-mindset",
        "populate-landscape",
        "power-and-stake",
        "framing",
        "legitimacy-map",
    ] {
        assert!(core.contains(&id), "core has no {id}");
    }
    for exercise in pack.path_exercises("core") {
        for prompt in &exercise.prompts {
            if let PromptKind::Grid {
                rows: Rows::FromList { list, .. },
                ..
            }
            | PromptKind::Quadrant {
                rows: Rows::FromList { list, .. },
                ..
            } = &prompt.kind
            {
                assert_eq!(
                    list, "populate-landscape.practices",
                    "{}",
                    prompt.qualified_id
                );
            }
        }
    }
}

#[test]
fn the_convening_mindset_is_rated_and_rated_again() {
    let pack = pack();
    let dimensions = |id: &str| -> Vec<String> {
        match &pack.prompt(id).unwrap().kind {
            PromptKind::Grid {
                rows: Rows::Fixed(rows),
                ..
            } => rows.iter().map(|r| r.label.to_string()).collect(),
            other => panic!("{id} is {other:?}"),
        }
    };
    let first = dimensions("convening-mindset.ratings");
    assert_eq!(
        first,
        [
            "Making a difference",
            "Landscape awareness",
            "Working with people: agency and identity",
            "A social learning approach"
        ]
    );
    assert_eq!(dimensions("read-back.mindset"), first);
    assert_eq!(dimensions("revisit.mindset"), first);
    let guidance = &pack.exercise("convening-mindset").unwrap().guidance;
    assert!(guidance.contains("four"));
}

#[test]
fn the_social_learning_space_has_its_three_qualities_and_a_holder() {
    let pack = pack();
    let exercise = pack.exercise("social-learning-space").unwrap();
    for quality in [
        "care to make a difference",
        "engage their uncertainty",
        "pay attention",
    ] {
        assert!(exercise.guidance.contains(quality), "{quality}");
    }
    assert!(exercise.guidance.contains("social"));
    let ids: Vec<&str> = exercise.prompts.iter().map(|p| p.id.as_str()).collect();
    for id in ["space", "caring", "uncertainty", "attention", "holders"] {
        assert!(ids.contains(&id), "{id}");
    }
    assert!(pack.on_path(exercise, "after"));
}

#[test]
fn the_workbook_opens_with_a_note_on_confidentiality() {
    let pack = pack();
    let first = &pack.themes[0].exercises[0];
    assert_eq!(first.id, "before-you-start");
    for word in ["coach", "patient", "identify"] {
        assert!(first.guidance.contains(word), "{word}");
    }
    assert!(pack.description.contains("Before you start"));
}

/// Options name the bodies of every UK nation, not England's alone.
#[test]
fn options_are_nation_neutral() {
    let pack = pack();
    let mut words: Vec<String> = Vec::new();
    let mut opts = |o: &Options| {
        if let Options::Fixed(list) = o {
            for opt in list {
                words.push(format!(
                    "{} {}",
                    opt.label,
                    opt.hint.clone().unwrap_or_default()
                ));
            }
        }
    };
    for prompt in pack.prompts() {
        match &prompt.kind {
            PromptKind::Choice { options } | PromptKind::MultiChoice { options, .. } => {
                opts(options)
            }
            PromptKind::List { fields, .. } => {
                for f in fields {
                    if let FieldKind::Choice(o) | FieldKind::MultiChoice(o) = &f.kind {
                        opts(o);
                    }
                }
            }
            _ => {}
        }
    }
    let english: Vec<&String> = words
        .iter()
        .filter(|w| w.contains("integrated care system") || w.contains("primary care network"))
        .collect();
    assert!(!english.is_empty());
    for w in english {
        assert!(
            w.contains("health board") || w.contains("GP cluster"),
            "England-only wording: {w}"
        );
    }
}

fn call_section(pack: &Pack, wb: &Workbook) -> Vec<ReadBackItem> {
    let map = map_of(pack, wb);
    let rb = map.read_back.unwrap();
    rb.sections
        .into_iter()
        .find(|s| s.title == "The convening call")
        .unwrap()
        .items
}

#[test]
fn the_read_back_quotes_the_revised_call_and_falls_back_to_the_draft() {
    let pack = pack();
    let mut wb = Workbook::default();
    let items = call_section(&pack, &wb);
    assert!(matches!(items.as_slice(), [ReadBackItem::Missing(_)]));
    wb.answers.insert(
        "convening-call.whole".into(),
        Answer::Text("The first draft.".into()),
    );
    let items = call_section(&pack, &wb);
    assert!(
        matches!(items.as_slice(), [ReadBackItem::Answer { text, .. }] if text == "The first draft."),
        "{items:?}"
    );
    wb.answers.insert(
        "hear-the-call.revised".into(),
        Answer::Text("The revised call.".into()),
    );
    let items = call_section(&pack, &wb);
    assert!(
        matches!(items.as_slice(), [ReadBackItem::Answer { text, .. }] if text == "The revised call."),
        "{items:?}"
    );
}

/// A workbook on the core path has the map of the core: pictures and read-back sections drawn
/// from questions off the path are left out until they are answered or the path widens.
#[test]
fn the_map_follows_the_chosen_path() {
    let pack = pack();
    let mut wb = Workbook::default();
    wb.meta.path = "core".into();
    let map = map_of(&pack, &wb);
    let ids: Vec<&str> = map.pictures.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["landscape", "mindset", "power", "legitimacy"]);
    let titles: Vec<String> = map
        .read_back
        .as_ref()
        .unwrap()
        .sections
        .iter()
        .map(|s| s.title.clone())
        .collect();
    assert_eq!(
        titles,
        [
            "Your landscape",
            "Your convening mindset",
            "Power and stake",
            "Legitimacy gaps"
        ]
    );
    wb.meta.path = "after".into();
    let after = map_of(&pack, &wb);
    let ids: Vec<&str> = after.pictures.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["landscape"]);
    // An answer off the path still shows: nothing the participant wrote is hidden.
    wb.answers.insert(
        "convening-mindset.ratings".into(),
        Answer::Grid(vec![convene::workbook::Row {
            key: "difference".into(),
            cells: [("now".to_string(), convene::workbook::Value::Number(4))]
                .into_iter()
                .collect(),
            skipped: false,
        }]),
    );
    let ids: Vec<String> = map_of(&pack, &wb)
        .pictures
        .iter()
        .map(|p| p.id.clone())
        .collect();
    assert_eq!(ids, ["landscape", "mindset"]);
    wb.meta.path = FULL_PATH.into();
    assert_eq!(map_of(&pack, &wb).pictures.len(), pack.pictures.len());
}
