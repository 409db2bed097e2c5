//! A small content pack with every prompt kind, and workbook strategies, for the Markdown
//! file tests. Test-only; never used by the program.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;

use convene::content::{
    Axis, Exercise, Field, FieldKind, Level, Moment, NumericScale, Opt, Options, Pack, Prompt,
    PromptKind, Quadrants, Rows, Scale, Theme,
};
use convene::workbook::{Answer, Item, Meta, Row, Value, Workbook};
use proptest::prelude::*;

pub fn opt(id: &str, label: &str) -> Opt {
    Opt {
        id: id.to_string(),
        label: label.to_string(),
        hint: None,
    }
}

fn field(id: &str, label: &str, kind: FieldKind) -> Field {
    Field {
        id: id.to_string(),
        label: label.to_string(),
        help: None,
        kind,
    }
}

fn prompt(exercise: &str, id: &str, text: &str, kind: PromptKind) -> Prompt {
    Prompt {
        id: id.to_string(),
        qualified_id: format!("{exercise}.{id}"),
        text: text.to_string(),
        help: None,
        kind,
    }
}

fn numeric(min: i64, max: i64, low: &str, high: &str) -> NumericScale {
    NumericScale {
        min,
        max,
        low: low.to_string(),
        high: high.to_string(),
    }
}

fn exercise(id: &str, title: &str, prompts: Vec<Prompt>) -> Exercise {
    Exercise {
        id: id.to_string(),
        title: title.to_string(),
        level: Level::Today,
        moment: Moment::Any,
        purpose: "Why it matters.".to_string(),
        guidance: "Plain words.".to_string(),
        source: None,
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
            title: "The landscape".to_string(),
            intro: String::new(),
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
            title: "Power & legitimacy".to_string(),
            intro: String::new(),
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
    }
}

pub fn items(names: &[&str]) -> Answer {
    Answer::List(
        names
            .iter()
            .map(|n| Item {
                text: n.to_string(),
                fields: BTreeMap::new(),
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
    }
}

/// A workbook with every prompt of `pack()` answered, one orphaned answer and one orphaned row.
pub fn full_workbook() -> Workbook {
    let mut wb = Workbook {
        meta: meta(),
        answers: BTreeMap::new(),
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

/// Strings built from pieces that imitate the file's own syntax and other trouble.
pub fn hostile() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[a-zA-Z0-9 ]{0,8}",
        1 => any::<char>().prop_map(String::from),
        1 => prop::sample::select(vec![
            "```", "````", "~~~", "~~~~~", "\n", "\n\n", "---", "***", "<!--", "-->", " -->",
            "<!-- convene:answer id=\"x.y\" type=\"text\" -->", "<!-- /convene:answer -->",
            "<!-- convene:field id=\"role\" -->", "convene:", "# ", "## ", "|", "\\|", "\\",
            "\t", "  ", " ", "\r", "\r\n", "\0", "\u{7}", "\u{1b}[31m", "🎉", "👩‍⚕️", "日本語",
            "שלום", "مرحبا", "\u{202e}", "\u{2028}", "\u{85}", "\u{feff}", "- ", "* ", "+ ",
            "1. ", "2) ", "> ", "    ", "<pre>", "<script>", "<?", "<![CDATA[", "<div>",
            "&amp;", "&#32;", "&#0;", "<br>", "**", "_", "`", "[x]", "[a]: /b", "%", "%2",
            "\"", "'", ":", ": ", "key: value", "...", "=", "===",
        ])
        .prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..10).prop_map(|v| v.concat())
}

pub fn value() -> impl Strategy<Value = Value> {
    prop_oneof![
        hostile().prop_map(Value::Text),
        prop_oneof![Just("a".to_string()), Just("mid".to_string()), hostile()]
            .prop_map(Value::Choice),
        prop::collection::vec(prop_oneof![Just("a".to_string()), hostile()], 0..3)
            .prop_map(Value::Choices),
        any::<i64>().prop_map(Value::Number),
        (-2i64..12).prop_map(Value::Number),
    ]
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "role",
            "notes",
            "kind",
            "tags",
            "weight",
            "level",
            "power",
            "legitimacy",
            "note",
            "rating",
            "who",
            "picks",
            "immediate",
            "GP federation"
        ])
        .prop_map(String::from),
        hostile(),
    ]
}

pub fn answer() -> impl Strategy<Value = Answer> {
    let item = (hostile(), prop::collection::btree_map(key(), value(), 0..4))
        .prop_map(|(text, fields)| Item { text, fields });
    let row = (key(), prop::collection::btree_map(key(), value(), 0..4))
        .prop_map(|(key, cells)| Row { key, cells });
    prop_oneof![
        3 => hostile().prop_map(Answer::Text),
        1 => prop_oneof![Just("b".to_string()), hostile()].prop_map(Answer::Choice),
        1 => prop::collection::vec(prop_oneof![Just("a".to_string()), hostile()], 0..4).prop_map(Answer::Choices),
        1 => any::<i64>().prop_map(Answer::Number),
        2 => prop::collection::vec(item, 0..4).prop_map(Answer::List),
        2 => prop::collection::vec(row, 0..4).prop_map(Answer::Grid),
    ]
}

pub fn prompt_id() -> impl Strategy<Value = String> {
    let known: Vec<String> = pack().prompts().map(|p| p.qualified_id.clone()).collect();
    prop_oneof![3 => prop::sample::select(known), 1 => hostile()]
}

pub fn arb_meta() -> impl Strategy<Value = Meta> {
    (
        (hostile(), hostile(), hostile(), hostile()),
        (
            hostile(),
            hostile(),
            prop::sample::select(Moment::ALL.to_vec()),
        ),
    )
        .prop_map(
            |((initiative, participant, pack, pack_version), (created, updated, moment))| Meta {
                initiative,
                participant,
                pack,
                pack_version,
                created,
                updated,
                moment,
            },
        )
}

/// Any workbook: answers to known and unknown prompts of any shape, plus well-typed answers
/// to the list and quadrant so that labels, quadrants and orphaned rows are exercised.
pub fn workbook() -> impl Strategy<Value = Workbook> {
    let names = prop::collection::vec(
        prop_oneof![Just("GP federation".to_string()), hostile()],
        0..4,
    );
    let placed = prop::collection::vec(
        (
            prop_oneof![Just("GP federation".to_string()), hostile()],
            1i64..6,
            1i64..6,
        ),
        0..4,
    );
    (
        arb_meta(),
        prop::collection::btree_map(prompt_id(), answer(), 0..10),
        prop::option::of(names),
        prop::option::of(placed),
    )
        .prop_map(|(meta, mut answers, names, placed)| {
            if let Some(names) = names {
                let refs: Vec<&str> = names.iter().map(String::as_str).collect();
                answers.insert(STAKEHOLDERS.to_string(), items(&refs));
            }
            if let Some(placed) = placed {
                let rows = placed
                    .iter()
                    .map(|(k, p, l)| {
                        row(
                            k,
                            &[
                                ("power", Value::Number(*p)),
                                ("legitimacy", Value::Number(*l)),
                            ],
                        )
                    })
                    .collect();
                answers.insert("power-legitimacy.place".to_string(), Answer::Grid(rows));
            }
            Workbook { meta, answers }
        })
}

/// `pack()` with every title, wording and label replaced by `words` in turn: the writer must
/// keep the file readable whatever the pack says.
pub fn hostile_pack(words: &[String]) -> Pack {
    let mut n = 0;
    let mut next = |s: &mut String| {
        if !words.is_empty() {
            *s = words[n % words.len()].clone();
            n += 1;
        }
    };
    let base = pack();
    let mut themes = base.themes.clone();
    let opts = |o: &mut Vec<Opt>, next: &mut dyn FnMut(&mut String)| {
        o.iter_mut().for_each(|o| next(&mut o.label));
    };
    let options = |o: &mut Options, next: &mut dyn FnMut(&mut String)| {
        if let Options::Fixed(o) = o {
            opts(o, next);
        }
    };
    let scale = |s: &mut Scale, next: &mut dyn FnMut(&mut String)| match s {
        Scale::Numeric(n) => {
            next(&mut n.low);
            next(&mut n.high);
        }
        Scale::Levels(l) => opts(l, next),
    };
    let fields = |fs: &mut Vec<Field>, next: &mut dyn FnMut(&mut String)| {
        for f in fs {
            next(&mut f.label);
            match &mut f.kind {
                FieldKind::Choice(o) | FieldKind::MultiChoice(o) => options(o, next),
                FieldKind::Scale(s) => scale(s, next),
                FieldKind::Line | FieldKind::Text => {}
            }
        }
    };
    for t in &mut themes {
        next(&mut t.title);
        for e in &mut t.exercises {
            next(&mut e.title);
            for p in &mut e.prompts {
                next(&mut p.text);
                match &mut p.kind {
                    PromptKind::List {
                        item_label,
                        fields: fs,
                        ..
                    } => {
                        next(item_label);
                        fields(fs, &mut next);
                    }
                    PromptKind::Choice { options: o }
                    | PromptKind::MultiChoice { options: o, .. } => options(o, &mut next),
                    PromptKind::Scale(s) => scale(s, &mut next),
                    PromptKind::Grid { rows, columns } => {
                        if let Rows::Fixed(o) = rows {
                            opts(o, &mut next);
                        }
                        fields(columns, &mut next);
                    }
                    PromptKind::Quadrant {
                        x, y, quadrants, ..
                    } => {
                        next(&mut x.label);
                        next(&mut y.label);
                        next(&mut quadrants.high_x_high_y.label);
                        next(&mut quadrants.low_x_low_y.label);
                    }
                    PromptKind::Line { .. } | PromptKind::Text { .. } => {}
                }
            }
        }
    }
    let mut title = base.title.clone();
    next(&mut title);
    Pack::new(
        base.id,
        base.version,
        title,
        base.description,
        base.attribution,
        themes,
    )
}
