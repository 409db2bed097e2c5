//! The built-in systems-convening pack keeps its shape: every level in every theme, every
//! prompt kind, a connected map (the landscape list, narrowed to the practices in focus,
//! feeds the later grids) and a closing plan whose moves have an owner, a date and a sign of
//! success, followed up by one dated revisit.
//!
//! These tests read the pack through the public content model only; they never write files.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use convene::content::{Exercise, FieldKind, Level, Pack, PromptKind, Rows, Scale, load_builtin};

const LANDSCAPE: &str = "populate-landscape.practices";
const FOCUS: &str = "populate-landscape.focus";
const BOUNDARIES: &str = "boundary-inventory.boundaries";
const PLAN: &str = "plan-30-90.actions";
const MIDDLE_THEMES: [&str; 5] = ["landscape", "boundaries", "power", "value", "legitimacy"];

fn pack() -> Pack {
    load_builtin().unwrap_or_else(|p| panic!("the built-in pack does not load: {p:#?}"))
}

/// The ready form the program starts from (validated and written by build.rs) is exactly
/// the pack the full loader makes of the same files, index and all.
#[test]
fn the_ready_form_is_what_the_full_loader_makes() {
    let full = convene::content::check_builtin()
        .unwrap_or_else(|p| panic!("the built-in pack does not load: {p:#?}"));
    let ready = pack();
    assert_eq!(ready, full);
    assert!(
        full.prompts()
            .all(|p| ready.prompt(&p.qualified_id) == Some(p))
    );
}

/// The list a grid's or quadrant's rows come from, and the multi-choice that narrows it.
fn rows_list(kind: &PromptKind) -> Option<(&str, Option<&str>)> {
    match kind {
        PromptKind::Grid {
            rows: Rows::FromList { list, within, .. },
            ..
        }
        | PromptKind::Quadrant {
            rows: Rows::FromList { list, within, .. },
            ..
        } => Some((list, within.as_deref())),
        _ => None,
    }
}

fn field_kinds(kind: &PromptKind) -> Vec<&FieldKind> {
    match kind {
        PromptKind::List { fields, .. } => fields.iter().map(|f| &f.kind).collect(),
        PromptKind::Grid { columns, .. } => columns.iter().map(|f| &f.kind).collect(),
        _ => Vec::new(),
    }
}

fn in_middle_theme(pack: &Pack) -> impl Iterator<Item = &Exercise> {
    pack.themes
        .iter()
        .filter(|t| MIDDLE_THEMES.contains(&t.id.as_str()))
        .flat_map(|t| t.exercises.iter())
}

#[test]
fn the_pack_is_named_and_ordered() {
    let pack = pack();
    assert_eq!(pack.id, "systems-convening");
    let ids: Vec<&str> = pack.themes.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "opening",
            "landscape",
            "boundaries",
            "power",
            "value",
            "legitimacy",
            "closing"
        ]
    );
    for name in [
        "Wenger-Trayner",
        "systems convening",
        "landscapes of practice",
        "social learning",
        "value-creation framework",
        "Mendelow",
        "Leading by Convening",
        "Akkerman",
        "Heimans and Timms",
        "the workbook's own",
        "not written or endorsed",
    ] {
        assert!(
            pack.attribution.contains(name),
            "the attribution does not mention {name}"
        );
    }
}

#[test]
fn there_are_enough_exercises_and_every_theme_has_every_level() {
    let pack = pack();
    assert!(pack.exercises().count() >= 30);
    assert_eq!(pack.version, "2.0.0");
    for theme in pack
        .themes
        .iter()
        .filter(|t| MIDDLE_THEMES.contains(&t.id.as_str()))
    {
        for level in Level::ALL {
            assert!(
                theme.exercises.iter().any(|e| e.level == level),
                "theme {} has no {} exercise",
                theme.id,
                level.id()
            );
        }
    }
}

#[test]
fn every_exercise_explains_itself() {
    for exercise in pack().exercises() {
        assert!(!exercise.purpose.trim().is_empty(), "{}", exercise.id);
        assert!(
            exercise.guidance.contains("**Example.**"),
            "{} has no example",
            exercise.id
        );
        for line in exercise.guidance.lines() {
            assert!(
                line.chars().count() <= 80,
                "{}: a guidance line is wider than 80 columns: {line}",
                exercise.id
            );
        }
    }
}

#[test]
fn complementary_tools_are_labelled_as_such() {
    for exercise in pack().exercises() {
        let source = exercise.source.as_deref().unwrap_or("");
        if [
            "Mendelow",
            "Leading by Convening",
            "Akkerman",
            "NHS England",
            "Heimans",
        ]
        .iter()
        .any(|tool| source.contains(tool))
            && !source.contains("workbook's own")
        {
            assert!(
                source.contains("complementary"),
                "{}: a source names a complementary tool without saying so",
                exercise.id
            );
        }
    }
}

#[test]
fn every_prompt_kind_and_both_kinds_of_scale_are_used() {
    let pack = pack();
    // TODO(issue 13): the pack asks for a ranking once both front ends can edit one.
    for kind in PromptKind::ALL_IDS.into_iter().filter(|k| *k != "ranking") {
        assert!(
            pack.prompts().any(|p| p.kind.id() == kind),
            "no {kind} prompt"
        );
    }
    let scale_prompts = || {
        pack.prompts().filter_map(|p| match &p.kind {
            PromptKind::Scale(s) => Some(s),
            _ => None,
        })
    };
    assert!(scale_prompts().any(|s| matches!(s, Scale::Numeric(_))));
    assert!(scale_prompts().any(|s| matches!(s, Scale::Levels(_))));
    assert!(pack.prompts().any(|p| matches!(
        p.kind,
        PromptKind::Line {
            prefill_from: Some(_)
        } | PromptKind::Text {
            prefill_from: Some(_)
        }
    )));
    assert!(pack.prompts().any(|p| matches!(
        p.kind,
        PromptKind::List {
            seed_from: Some(_),
            ..
        }
    )));
    assert!(pack.prompts().any(|p| {
        field_kinds(&p.kind)
            .iter()
            .any(|k| matches!(k, FieldKind::Scale(Scale::Levels(_))))
    }));
}

#[test]
fn the_landscape_list_narrowed_to_the_focus_feeds_the_later_maps() {
    let pack = pack();
    let from_landscape: Vec<&str> = pack
        .prompts()
        .filter(|p| rows_list(&p.kind).is_some_and(|(list, _)| list == LANDSCAPE))
        .map(|p| p.qualified_id.as_str())
        .collect();
    assert!(from_landscape.len() >= 9, "{from_landscape:?}");
    let focused: Vec<&str> = pack
        .prompts()
        .filter(|p| rows_list(&p.kind) == Some((LANDSCAPE, Some(FOCUS))))
        .map(|p| p.qualified_id.as_str())
        .collect();
    for expected in [
        "identity-across-landscape.identity",
        "sources-of-influence.sources",
        "depth-of-engagement.depth",
        "value-to-whom.by-practice",
        "legitimacy-map.map",
        "legitimacy-gaps.gaps",
        "hear-the-call.landing",
        "revisit.standing",
    ] {
        assert!(
            focused.contains(&expected),
            "{expected} is not fed by {FOCUS}"
        );
    }
    // The whole list stays the rows of the power map.
    assert_eq!(
        rows_list(&pack.prompt("power-and-stake.map").unwrap().kind),
        Some((LANDSCAPE, None))
    );
    let PromptKind::MultiChoice { min, max, .. } = &pack.prompt(FOCUS).unwrap().kind else {
        panic!("{FOCUS} is not a multi-choice");
    };
    assert_eq!((*min, *max), (Some(3), Some(6)));
    let boundary_rows = pack
        .prompts()
        .filter(|p| rows_list(&p.kind).is_some_and(|(list, _)| list == BOUNDARIES))
        .count();
    assert!(boundary_rows >= 3);
}

#[test]
fn legitimacy_gaps_are_the_focus_rated_low() {
    let pack = pack();
    let gaps = pack.prompt("legitimacy-gaps.gaps").unwrap();
    let PromptKind::Grid {
        rows: Rows::FromList {
            filters, within, ..
        },
        ..
    } = &gaps.kind
    else {
        panic!("legitimacy-gaps.gaps is not a grid over a list");
    };
    assert_eq!(within.as_deref(), Some(FOCUS));
    let on: Vec<&str> = filters.iter().map(|f| f.prompt.as_str()).collect();
    assert_eq!(on, ["legitimacy-map.map"]);
}

#[test]
fn the_plan_has_owners_dates_and_signs_and_the_revisit_follows_it_up() {
    let pack = pack();
    let PromptKind::List { fields, .. } = &pack.prompt(PLAN).unwrap().kind else {
        panic!("{PLAN} is not a list");
    };
    let ids: Vec<&str> = fields.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(ids, ["owner", "by", "sign"]);
    assert_eq!(
        rows_list(&pack.prompt("revisit.moves").unwrap().kind),
        Some((PLAN, None))
    );
    // Every "doing the work" exercise of the middle themes ends in a concrete move, and
    // none repeats the old "what will you do / by when / with whom" list.
    for exercise in in_middle_theme(&pack).filter(|e| e.level == Level::DoingTheWork) {
        assert!(
            !exercise.prompts.iter().any(|p| p.id == "actions"),
            "{} still has its own action list",
            exercise.id
        );
    }
    assert!(
        pack.prompt("plan-30-90.first-step")
            .unwrap()
            .text
            .contains("seven days")
    );
    assert!(pack.prompt("plan-30-90.holder").is_some());
}

/// "What has shifted?" is asked once, in the dated revisit, not at the end of every
/// exercise.
#[test]
fn only_the_revisit_asks_what_has_shifted() {
    let pack = pack();
    let asking: Vec<&str> = pack
        .prompts()
        .filter(|p| p.text.to_lowercase().contains("shifted"))
        .map(|p| p.qualified_id.as_str())
        .collect();
    assert_eq!(asking, ["revisit.shifted"]);
    assert!(pack.prompt("revisit.date").is_some());
}

/// The model gives a missing `moment` the default "any"; the pack must say it on purpose.
#[test]
fn every_exercise_declares_its_moment() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let mut exercises = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.file_name().is_some_and(|n| n == "pack.yaml") {
            continue;
        }
        let doc: serde_yaml::Value =
            serde_yaml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for ex in doc["exercises"].as_sequence().unwrap() {
            exercises += 1;
            assert!(
                ex.get("moment")
                    .and_then(serde_yaml::Value::as_str)
                    .is_some(),
                "{}: exercise {:?} has no moment",
                path.display(),
                ex["id"]
            );
        }
    }
    assert_eq!(exercises, pack().exercises().count());
}
