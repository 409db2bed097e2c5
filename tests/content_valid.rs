//! Valid packs under tests/packs/valid/ load into the expected model, field by field.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use convene::content::{
    Axis, FieldKind, FilterTest, Level, Moment, NumericScale, Opt, Options, Pack, PromptKind,
    RowFilter, Rows, Scale, load_builtin, load_files,
};
use convene::store::pack::load_dir;

fn load(name: &str) -> Pack {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/packs/valid")
        .join(name);
    match load_dir(&dir) {
        Ok(pack) => pack,
        Err(problems) => panic!("{name} has problems: {problems:#?}"),
    }
}

fn opt(id: &str, label: &str) -> Opt {
    Opt {
        id: id.into(),
        label: label.to_string().into(),
        hint: None,
        ends: None,
    }
}

#[test]
fn the_pack_file_and_theme_order() {
    let pack = load("full");
    assert_eq!(pack.id, "full-pack");
    assert_eq!(pack.version, "2.1");
    assert_eq!(pack.title, "Full pack");
    assert_eq!(
        pack.description,
        "Every prompt kind, for the loader's tests.\n"
    );
    assert_eq!(pack.attribution, "Written for convene's tests.");
    let themes: Vec<&str> = pack.themes.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(themes, ["landscape", "power"]);
    assert_eq!(pack.themes[1].title, "Power and agency");
    assert_eq!(pack.prompt_count(), 12);
}

#[test]
fn exercises_carry_level_moment_and_texts() {
    let pack = load("full");
    let populate = pack.exercise("populate").unwrap();
    assert_eq!(populate.title, "Populate your landscape");
    assert_eq!(
        (populate.level, populate.moment),
        (Level::Today, Moment::Any)
    );
    assert_eq!(populate.purpose, "Name the practices.");
    assert_eq!(populate.guidance, "List them, with an example.\n");
    assert_eq!(populate.source.as_deref(), Some("An attribution note."));
    let people = pack.exercise("people").unwrap();
    assert_eq!(
        (people.level, people.moment),
        (Level::NewApproach, Moment::Before)
    );
    let stake = pack.exercise("stake").unwrap();
    assert_eq!(
        (stake.level, stake.moment),
        (Level::DoingTheWork, Moment::After)
    );
    assert_eq!(stake.source, None);
    let (theme, _) = pack.locate("stake.map").unwrap();
    assert_eq!(theme.id, "power");
}

#[test]
fn text_list_and_choice_prompts() {
    let pack = load("full");
    let initiative = pack.prompt("populate.initiative").unwrap();
    assert_eq!(initiative.text, "What is your initiative called?");
    assert_eq!(initiative.help.as_deref(), Some("A short name."));
    assert_eq!(initiative.kind, PromptKind::Line { prefill_from: None });
    assert_eq!(
        pack.prompt("populate.story").unwrap().kind,
        PromptKind::Text {
            prefill_from: Some("populate.initiative".into())
        }
    );
    let PromptKind::List {
        item_label,
        min,
        max,
        fields,
        seed_from,
    } = &pack.prompt("populate.practices").unwrap().kind
    else {
        panic!("not a list")
    };
    assert_eq!(
        (item_label.as_str(), *min, *max, seed_from),
        ("Practice", Some(3), Some(12), &None)
    );
    assert_eq!(fields.len(), 2);
    assert_eq!(fields[0].id, "type");
    assert_eq!(
        fields[0].kind,
        FieldKind::Choice(Options::Fixed(vec![
            Opt {
                id: "org".into(),
                label: "An organisation".into(),
                hint: Some("A formal body".into()),
                ends: None,
            },
            opt("a-community-of-practice", "A community of practice"),
        ]))
    );
    assert_eq!(fields[1].kind, FieldKind::Line);
    let PromptKind::List {
        item_label,
        seed_from,
        fields,
        ..
    } = &pack.prompt("people.names").unwrap().kind
    else {
        panic!("not a list")
    };
    assert_eq!(item_label, "Item");
    assert_eq!(seed_from.as_deref(), Some("populate.practices"));
    assert!(fields.is_empty());
    assert_eq!(
        pack.prompt("people.first").unwrap().kind,
        PromptKind::Choice {
            options: Options::FromLists(vec!["populate.practices".into(), "people.names".into()])
        }
    );
    assert_eq!(
        pack.prompt("people.channels").unwrap().kind,
        PromptKind::MultiChoice {
            options: Options::Fixed(vec![
                opt("email", "Email"),
                opt("meetings", "Meetings"),
                opt("word-of-mouth", "Word of mouth")
            ]),
            min: Some(1),
            max: Some(2),
        }
    );
}

#[test]
fn scales() {
    let pack = load("full");
    assert_eq!(
        pack.prompt("people.confidence").unwrap().kind,
        PromptKind::Scale(Scale::Numeric(NumericScale {
            min: 0,
            max: 10,
            low: "not at all".into(),
            high: "completely".into()
        }))
    );
    assert_eq!(
        pack.prompt("people.maturity").unwrap().kind,
        PromptKind::Scale(Scale::Levels(vec![
            opt("forming", "Forming"),
            opt("storming", "Storming"),
            opt("performing", "Performing")
        ]))
    );
}

#[test]
fn quadrants_axes_and_default_high_from() {
    let pack = load("full");
    let PromptKind::Quadrant {
        rows,
        x,
        y,
        quadrants,
    } = &pack.prompt("stake.map").unwrap().kind
    else {
        panic!("not a quadrant")
    };
    assert_eq!(
        rows,
        &Rows::FromList {
            list: "populate.practices".into(),
            filters: vec![],
            within: None,
        }
    );
    assert_eq!(
        x,
        &Axis {
            id: "power".into(),
            label: "Power".into(),
            scale: NumericScale {
                min: 1,
                max: 5,
                low: "none".into(),
                high: "decisive".into()
            },
            high_from: 3,
        }
    );
    // Default: the upper half of 1..=4 starts at 3.
    assert_eq!((y.id.as_str(), y.high_from), ("interest", 3));
    assert_eq!(
        quadrants.place(true, true),
        &opt("co-convene", "Co-convene")
    );
    assert_eq!(quadrants.place(true, false), &opt("sponsor", "Sponsor"));
    assert_eq!(
        quadrants.place(false, false),
        &opt("keep-aware", "Keep aware")
    );
    let PromptKind::Quadrant { x, y, .. } = &pack.prompt("stake.focus").unwrap().kind else {
        panic!("not a quadrant")
    };
    assert_eq!((x.high_from, y.high_from), (2, 3));
}

#[test]
fn grids_and_where_filters() {
    let pack = load("full");
    let PromptKind::Grid { rows, columns } = &pack.prompt("stake.cycles").unwrap().kind else {
        panic!("not a grid")
    };
    assert_eq!(
        rows,
        &Rows::Fixed(vec![
            opt("immediate-value", "Immediate value"),
            opt("potential-value", "Potential value")
        ])
    );
    assert_eq!(
        columns[0].kind,
        FieldKind::Scale(Scale::Levels(vec![opt("low", "Low"), opt("high", "High")]))
    );
    assert_eq!(
        (columns[1].kind.clone(), columns[1].help.as_deref()),
        (FieldKind::Text, Some("Why?"))
    );
    let PromptKind::Grid { rows, columns } = &pack.prompt("stake.legitimacy").unwrap().kind else {
        panic!("not a grid")
    };
    assert_eq!(
        rows,
        &Rows::FromList {
            list: "populate.practices".into(),
            filters: vec![
                RowFilter {
                    prompt: "stake.map".into(),
                    column: "quadrant".into(),
                    test: FilterTest::In(vec!["co-convene".into(), "sponsor".into()]),
                },
                RowFilter {
                    prompt: "stake.map".into(),
                    column: "power".into(),
                    test: FilterTest::AtLeast(2)
                },
            ],
            within: None,
        }
    );
    assert_eq!(
        columns[1].kind,
        FieldKind::MultiChoice(Options::FromLists(vec!["people.names".into()]))
    );
    let PromptKind::Quadrant { rows, .. } = &pack.prompt("stake.focus").unwrap().kind else {
        panic!("not a quadrant")
    };
    assert_eq!(
        rows,
        &Rows::FromList {
            list: "populate.practices".into(),
            filters: vec![RowFilter {
                prompt: "stake.legitimacy".into(),
                column: "level".into(),
                test: FilterTest::AtMost(2),
            }],
            within: None,
        }
    );
}

#[test]
fn load_files_matches_load_dir_and_ignores_other_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/packs/valid/full");
    let files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    assert!(files.iter().any(|(n, _)| n == "README.md"));
    assert_eq!(load_files(&files).unwrap(), load("full"));
}

#[test]
fn the_base_pack_and_the_built_in_pack_load() {
    let base = load("base");
    assert_eq!(base.id, "test-pack");
    assert_eq!(base.prompt_count(), 3);
    let builtin = load_builtin().unwrap_or_else(|p| panic!("built-in pack: {p:#?}"));
    assert!(builtin.prompt_count() > 0);
    assert!(!builtin.themes.is_empty());
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/packs/valid/base");
    let mut pack = b"\xef\xbb\xbf".to_vec();
    pack.extend(std::fs::read(dir.join("pack.yaml")).unwrap());
    let files = vec![
        ("pack.yaml".to_string(), pack),
        (
            "main.yaml".to_string(),
            std::fs::read(dir.join("main.yaml")).unwrap(),
        ),
    ];
    assert_eq!(load_files(&files).unwrap().id, "test-pack");
}
