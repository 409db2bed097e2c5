//! A small pack built in code for tests, covering every prompt kind and field kind.
//!
//! Test support only; never shipped. The words are invented for tests.

use crate::content::{
    Axis, Exercise, Field, FieldKind, Level, Moment, NumericScale, Opt, Options, Pack, Prompt,
    PromptKind, Quadrants, Rows, Scale, Theme,
};

pub fn opt(id: &str, label: &str) -> Opt {
    Opt {
        id: id.into(),
        label: label.to_string().into(),
        hint: None,
        ends: None,
    }
}

fn prompt(ex: &str, id: &str, text: &str, kind: PromptKind) -> Prompt {
    Prompt {
        id: id.into(),
        qualified_id: format!("{ex}.{id}"),
        text: text.to_string().into(),
        help: None,
        optional: false,
        was: None,
        names_initiative: false,
        kind,
    }
}

fn field(id: &str, label: &str, kind: FieldKind) -> Field {
    Field {
        id: id.into(),
        label: label.to_string().into(),
        help: None,
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

fn exercise(id: &str, title: &str, level: Level, prompts: Vec<Prompt>) -> Exercise {
    Exercise {
        id: id.into(),
        title: title.to_string().into(),
        level,
        moment: Moment::Before,
        purpose: format!("Why {title} matters, in a sentence.").into(),
        guidance: "## Idea\n\nSome *guidance* with **strong** words.\n\n- first point\n- second point\n\nA closing paragraph that is long enough to wrap across more than one line of a narrow screen.".into(),
        source: None,
        paths: Vec::new(),
        minutes: None,
        prompts,
    }
}

/// Theme 1 "Landscape": line, text, list (with fields), choice, multi-choice from the list,
/// numeric scale, level scale. Theme 2 "Power": grid from the list, quadrant from the list,
/// grid with fixed rows and a multi-choice column.
pub fn pack() -> Pack {
    let m = "map";
    let map = exercise(
        m,
        "Map the landscape",
        Level::Today,
        vec![
            prompt(
                m,
                "name",
                "What is the initiative called?",
                PromptKind::Line { prefill_from: None },
            ),
            prompt(
                m,
                "story",
                "Tell its story so far.",
                PromptKind::Text { prefill_from: None },
            ),
            prompt(
                m,
                "people",
                "Who is involved?",
                PromptKind::List {
                    item_label: "Stakeholder".into(),
                    min: None,
                    max: Some(5),
                    fields: vec![
                        field("role", "Role", FieldKind::Line),
                        field(
                            "kind",
                            "Kind",
                            FieldKind::Choice(Options::Fixed(vec![
                                opt("org", "Organisation"),
                                opt("person", "Person"),
                            ])),
                        ),
                    ],
                    seed_from: None,
                },
            ),
            prompt(
                m,
                "stance",
                "Where do you stand?",
                PromptKind::Choice {
                    options: Options::Fixed(vec![
                        opt("in", "Inside"),
                        opt("edge", "At the edge"),
                        opt("out", "Outside"),
                    ]),
                },
            ),
            prompt(
                m,
                "allies",
                "Who are your allies?",
                PromptKind::MultiChoice {
                    options: Options::FromLists(vec!["map.people".into()]),
                    min: None,
                    max: Some(2),
                },
            ),
            prompt(
                m,
                "energy",
                "How much energy is there?",
                PromptKind::Scale(Scale::Numeric(numeric(1, 5, "none", "plenty"))),
            ),
            prompt(
                m,
                "trust",
                "How much trust?",
                PromptKind::Scale(Scale::Levels(vec![
                    opt("low", "Low"),
                    opt("some", "Some"),
                    opt("high", "High"),
                ])),
            ),
        ],
    );
    let p = "influence";
    let power = exercise(
        p,
        "Power and influence",
        Level::NewApproach,
        vec![
            prompt(
                p,
                "grid",
                "Rate each stakeholder.",
                PromptKind::Grid {
                    rows: Rows::FromList {
                        list: "map.people".into(),
                        filters: vec![],
                        within: None,
                    },
                    columns: vec![
                        field(
                            "sway",
                            "Sway",
                            FieldKind::Scale(Scale::Numeric(numeric(0, 3, "none", "decides"))),
                        ),
                        field("note", "Note", FieldKind::Line),
                    ],
                },
            ),
            prompt(
                p,
                "matrix",
                "Place each stakeholder.",
                PromptKind::Quadrant {
                    rows: Rows::FromList {
                        list: "map.people".into(),
                        filters: vec![],
                        within: None,
                    },
                    x: Axis {
                        id: "power".into(),
                        label: "Power".into(),
                        scale: numeric(1, 5, "low", "high"),
                        high_from: 3,
                    },
                    y: Axis {
                        id: "interest".into(),
                        label: "Interest".into(),
                        scale: numeric(1, 5, "low", "high"),
                        high_from: 3,
                    },
                    quadrants: Quadrants {
                        high_x_high_y: opt("partner", "Partner"),
                        high_x_low_y: opt("satisfy", "Keep satisfied"),
                        low_x_high_y: opt("inform", "Keep informed"),
                        low_x_low_y: opt("watch", "Watch"),
                    },
                },
            ),
        ],
    );
    let v = "value";
    let value = exercise(
        v,
        "Value created",
        Level::DoingTheWork,
        vec![prompt(
            v,
            "cycles",
            "What value did you see?",
            PromptKind::Grid {
                rows: Rows::Fixed(vec![
                    opt("immediate", "Immediate"),
                    opt("potential", "Potential"),
                ]),
                columns: vec![field(
                    "seen",
                    "Seen by",
                    FieldKind::MultiChoice(Options::Fixed(vec![
                        opt("me", "Me"),
                        opt("team", "Team"),
                    ])),
                )],
            },
        )],
    );
    Pack::new(
        "test".into(),
        "1.0".into(),
        "Test pack".into(),
        "A pack for tests.".into(),
        "Written for the tests of convene.".into(),
        vec![
            Theme {
                id: "landscape".into(),
                title: "Landscape".into(),
                intro: "".into(),
                exercises: vec![map],
            },
            Theme {
                id: "power".into(),
                title: "Power".into(),
                intro: "".into(),
                exercises: vec![power, value],
            },
        ],
    )
}

/// A fresh state over the test pack with an empty workbook.
pub fn state() -> super::State {
    super::State::new(
        pack(),
        crate::workbook::Workbook::default(),
        "test.md".into(),
    )
}

/// What the status line says now: the notice, worded as the screen words it.
pub fn said(s: &super::State) -> Option<String> {
    s.message.as_ref().map(crate::words::participant::notice)
}

/// After two sessions: two dated snapshots of the story (2026-11-02, then 2026-12-04), the
/// story now saying something else again, and the story focused.
pub fn after_two_sessions() -> super::State {
    use crate::workbook::{Answer, Snapshot, Taken};
    let mut s = state();
    let story = |t: &str| [("map.story".to_string(), Answer::Text(t.into()))].into();
    s.workbook.meta.moment = Moment::After;
    s.workbook.earlier = vec![
        Snapshot {
            taken: Taken::At("2026-11-02T18:30:00+00:00".into()),
            answers: story("It began with two wards."),
        },
        Snapshot {
            taken: Taken::At("2026-12-04T09:15:00+00:00".into()),
            answers: story("Two wards and a GP practice."),
        },
    ];
    s.workbook.answers.insert(
        "map.story".into(),
        Answer::Text("Now the whole town.".into()),
    );
    super::update(
        &mut s,
        super::Msg::FocusPrompt {
            exercise: 0,
            prompt: 1,
        },
    );
    s
}

/// A fresh state on the value grid (fixed rows, a multiple-choice column).
pub fn on_value_grid() -> super::State {
    let mut s = state();
    super::update(
        &mut s,
        super::Msg::FocusPrompt {
            exercise: 2,
            prompt: 0,
        },
    );
    s
}

/// A fresh state whose list holds Ann, of `kind`, on her kind (a choice cell).
pub fn on_anns_kind(kind: &str) -> super::State {
    use crate::workbook::{Answer, Item, Value};
    let mut s = state();
    let item = Item {
        text: "Ann".into(),
        fields: [("kind".to_string(), Value::Choice(kind.into()))].into(),
    };
    s.workbook
        .answers
        .insert("map.people".into(), Answer::List(vec![item]));
    super::update(
        &mut s,
        super::Msg::FocusPrompt {
            exercise: 0,
            prompt: 2,
        },
    );
    super::update(&mut s, super::Msg::FocusCell(2));
    s
}
