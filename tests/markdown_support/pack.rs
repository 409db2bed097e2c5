//! The test pack (every prompt kind), a hostile variant of it, and a full workbook.
#![allow(dead_code)]

use std::collections::BTreeMap;

use convene::content::{
    Axis, Exercise, Field, FieldKind, Level, Moment, NumericScale, Opt, Options, Pack, Prompt,
    PromptKind, Quadrants, Rows, Scale, Theme,
};
use convene::workbook::{Answer, Fields, Item, Meta, Row, Value, Workbook};

pub fn opt(id: &str, label: &str) -> Opt {
    Opt {
        id: id.to_string(),
        label: label.to_string().into(),
        hint: None,
        ends: None,
    }
}

fn field(id: &str, label: &str, kind: FieldKind) -> Field {
    Field {
        id: id.to_string(),
        label: label.to_string().into(),
        help: None,
        kind,
    }
}

fn prompt(exercise: &str, id: &str, text: &str, kind: PromptKind) -> Prompt {
    Prompt {
        id: id.to_string(),
        qualified_id: format!("{exercise}.{id}"),
        text: text.to_string().into(),
        help: None,
        optional: false,
        was: None,
        names_initiative: false,
        kind,
    }
}

fn numeric(min: i64, max: i64, low: &str, high: &str) -> NumericScale {
    NumericScale {
        min,
        max,
        low: low.to_string().into(),
        high: high.to_string().into(),
    }
}

fn exercise(id: &str, title: &str, prompts: Vec<Prompt>) -> Exercise {
    Exercise {
        id: id.to_string(),
        title: title.to_string().into(),
        level: Level::Today,
        moment: Moment::Any,
        purpose: "Why it matters.".to_string().into(),
        guidance: "Plain words.".to_string().into(),
        source: None,
        paths: Vec::new(),
        minutes: None,
        prompts,
    }
}

pub const STAKEHOLDERS: &str = "populate-landscape.stakeholders";

/// A pack with one prompt of every kind (and every sub-field and column kind).
pub fn pack() -> Pack {
    let levels = vec![
        opt("low", "Low"),
        opt("mid", "Middling"),
        opt("high", "High"),
    ];
    let fixed = Options::Fixed(vec![opt("a", "Option A"), opt("b", "Option B | pipe")]);
    let list_fields = vec![
        field("role", "Role", FieldKind::Line),
        field("notes", "Notes: long", FieldKind::Text),
        field("kind", "Kind", FieldKind::Choice(fixed.clone())),
        field("tags", "Tags", FieldKind::MultiChoice(fixed.clone())),
        field(
            "weight",
            "Weight",
            FieldKind::Scale(Scale::Numeric(numeric(1, 5, "light", "heavy"))),
        ),
        field(
            "level",
            "Level",
            FieldKind::Scale(Scale::Levels(levels.clone())),
        ),
    ];
    let landscape = "populate-landscape";
    let power = "power-legitimacy";
    let axis = |id: &str, label: &str| Axis {
        id: id.to_string(),
        label: label.to_string(),
        scale: numeric(1, 5, "none", "decisive"),
        high_from: 3,
    };
    let themes = vec![
        Theme {
            id: "landscape".to_string(),
            title: "The landscape".to_string().into(),
            intro: "".into(),
            exercises: vec![exercise(
                landscape,
                "Populate the landscape",
                vec![
                    prompt(
                        landscape,
                        "practices",
                        "Which practices are involved?",
                        PromptKind::List {
                            item_label: "Practice".to_string(),
                            min: None,
                            max: None,
                            fields: list_fields,
                            seed_from: None,
                        },
                    ),
                    prompt(
                        landscape,
                        "stakeholders",
                        "Who holds a stake?",
                        PromptKind::List {
                            item_label: "Stakeholder".to_string(),
                            min: None,
                            max: None,
                            fields: vec![],
                            seed_from: None,
                        },
                    ),
                    prompt(
                        landscape,
                        "summary",
                        "In one line?",
                        PromptKind::Line { prefill_from: None },
                    ),
                    prompt(
                        landscape,
                        "story",
                        "Tell the story *so far*.",
                        PromptKind::Text { prefill_from: None },
                    ),
                ],
            )],
        },
        Theme {
            id: "power".to_string(),
            title: "Power & legitimacy".to_string().into(),
            intro: "".into(),
            exercises: vec![exercise(
                power,
                "Power and legitimacy",
                vec![
                    prompt(
                        power,
                        "place",
                        "Place each stakeholder.",
                        PromptKind::Quadrant {
                            rows: Rows::FromList {
                                list: STAKEHOLDERS.to_string(),
                                filters: vec![],
                                within: None,
                            },
                            x: axis("power", "Power"),
                            y: axis("legitimacy", "Legitimacy"),
                            quadrants: Quadrants {
                                high_x_high_y: opt("definitive", "Definitive"),
                                high_x_low_y: opt("dominant", "Dominant"),
                                low_x_high_y: opt("dependent", "Dependent"),
                                low_x_low_y: opt("dormant", "Dormant"),
                            },
                        },
                    ),
                    prompt(
                        power,
                        "cycles",
                        "Rate each cycle.",
                        PromptKind::Grid {
                            rows: Rows::Fixed(vec![
                                opt("immediate", "Immediate value"),
                                opt("potential", "Potential value"),
                            ]),
                            columns: vec![
                                field("note", "Note", FieldKind::Line),
                                field(
                                    "rating",
                                    "Rating",
                                    FieldKind::Scale(Scale::Numeric(numeric(0, 10, "none", "all"))),
                                ),
                                field(
                                    "level",
                                    "Level",
                                    FieldKind::Scale(Scale::Levels(levels.clone())),
                                ),
                                field(
                                    "who",
                                    "Who",
                                    FieldKind::Choice(Options::FromLists(vec![
                                        STAKEHOLDERS.to_string(),
                                    ])),
                                ),
                                field("picks", "Picks", FieldKind::MultiChoice(fixed.clone())),
                            ],
                        },
                    ),
                    prompt(
                        power,
                        "choose",
                        "Pick one.",
                        PromptKind::Choice {
                            options: fixed.clone(),
                        },
                    ),
                    prompt(
                        power,
                        "many",
                        "Pick some.",
                        PromptKind::MultiChoice {
                            options: fixed,
                            min: None,
                            max: None,
                        },
                    ),
                    prompt(
                        power,
                        "rate",
                        "How much?",
                        PromptKind::Scale(Scale::Numeric(numeric(1, 5, "none", "decisive"))),
                    ),
                    prompt(
                        power,
                        "level",
                        "Which level?",
                        PromptKind::Scale(Scale::Levels(levels)),
                    ),
                    prompt(
                        power,
                        "who",
                        "Who first?",
                        PromptKind::Choice {
                            options: Options::FromLists(vec![STAKEHOLDERS.to_string()]),
                        },
                    ),
                ],
            )],
        },
    ];
    Pack::new(
        "test-pack".to_string(),
        "1.0.0".to_string(),
        "Test pack".to_string(),
        String::new(),
        String::new(),
        themes,
    )
}

pub fn meta() -> Meta {
    Meta {
        initiative: "Dorset mental health".to_string(),
        participant: "Sam".to_string(),
        pack: "test-pack".to_string(),
        pack_version: "1.0.0".to_string(),
        created: "2026-11-23T10:00:00Z".to_string(),
        updated: "2026-11-23T10:05:00Z".to_string(),
        moment: Moment::Before,
        id: String::new(),
        path: "core".to_string(),
        tags: Vec::new(),
        place: String::new(),
    }
}

pub fn items(names: &[&str]) -> Answer {
    Answer::List(
        names
            .iter()
            .map(|n| Item {
                text: n.to_string(),
                fields: Fields::new(),
            })
            .collect(),
    )
}

pub fn row(key: &str, cells: &[(&str, Value)]) -> Row {
    Row {
        key: key.to_string(),
        cells: cells
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect(),
        skipped: false,
    }
}

/// A workbook with every prompt of `pack()` answered, one orphaned answer and one orphaned row.
pub fn full_workbook() -> Workbook {
    let mut wb = Workbook {
        meta: meta(),
        answers: BTreeMap::new(),
        earlier: Vec::new(),
        own: Vec::new(),
    };
    let mut add = |id: &str, a: Answer| {
        wb.answers.insert(id.to_string(), a);
    };
    let practice = Item {
        text: "Weekly huddle".to_string(),
        fields: [
            ("role".to_string(), Value::Text("Chair".to_string())),
            (
                "notes".to_string(),
                Value::Text("Two lines\nof notes".to_string()),
            ),
            ("kind".to_string(), Value::Choice("a".to_string())),
            (
                "tags".to_string(),
                Value::Choices(vec!["a".to_string(), "b".to_string()]),
            ),
            ("weight".to_string(), Value::Number(4)),
            ("level".to_string(), Value::Choice("mid".to_string())),
        ]
        .into_iter()
        .collect(),
    };
    add("populate-landscape.practices", Answer::List(vec![practice]));
    add(
        STAKEHOLDERS,
        items(&["GP federation", "Patients' forum", "Council"]),
    );
    add(
        "populate-landscape.summary",
        Answer::Text("Joined-up crisis care".to_string()),
    );
    add(
        "populate-landscape.story",
        Answer::Text("We met in *March*.\n\n- a list\n- of things\n\n```\ncode\n```".to_string()),
    );
    add(
        "power-legitimacy.place",
        Answer::Grid(vec![
            row(
                "GP federation",
                &[
                    ("power", Value::Number(4)),
                    ("legitimacy", Value::Number(5)),
                ],
            ),
            row(
                "Patients' forum",
                &[
                    ("power", Value::Number(1)),
                    ("legitimacy", Value::Number(5)),
                ],
            ),
            row(
                "Old board",
                &[
                    ("power", Value::Number(2)),
                    ("legitimacy", Value::Number(2)),
                ],
            ),
        ]),
    );
    add(
        "power-legitimacy.cycles",
        Answer::Grid(vec![row(
            "immediate",
            &[
                ("note", Value::Text("Good | mostly".to_string())),
                ("rating", Value::Number(7)),
                ("level", Value::Choice("high".to_string())),
                ("who", Value::Choice("Council".to_string())),
                ("picks", Value::Choices(vec!["b".to_string()])),
            ],
        )]),
    );
    add("power-legitimacy.choose", Answer::Choice("b".to_string()));
    add(
        "power-legitimacy.many",
        Answer::Choices(vec!["a".to_string(), "b".to_string()]),
    );
    add("power-legitimacy.rate", Answer::Number(4));
    add("power-legitimacy.level", Answer::Choice("low".to_string()));
    add(
        "power-legitimacy.who",
        Answer::Choice("Council".to_string()),
    );
    add(
        "retired-exercise.old",
        Answer::Text("Kept from an older pack.".to_string()),
    );
    wb
}
