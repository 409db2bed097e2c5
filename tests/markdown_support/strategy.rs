//! Proptest strategies: hostile strings, values, answers and whole workbooks.
#![allow(dead_code)]

use convene::content::Moment;
use convene::workbook::{Answer, Item, Meta, Row, Snapshot, Taken, Value, Workbook};
use proptest::prelude::*;

use super::pack::{STAKEHOLDERS, items, pack, row};

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
    let item = (hostile(), prop::collection::btree_map(key(), value(), 0..4)).prop_map(
        |(text, fields)| Item {
            text,
            fields: fields.into_iter().collect(),
        },
    );
    // A row may be marked "not relevant" (`skip="true"` on its row tag), cells kept or not.
    let row = (
        key(),
        prop::collection::btree_map(key(), value(), 0..4),
        prop::bool::weighted(0.25),
    )
        .prop_map(|(key, cells, skipped)| Row {
            key,
            cells: cells.into_iter().collect(),
            skipped,
        });
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
            prop_oneof![1 => Just(String::new()), 2 => hostile()],
            hostile(),
            prop::collection::vec(tag(), 0..4),
            prop_oneof![1 => Just(String::new()), 1 => prompt_id()],
        ),
    )
        .prop_map(
            |(
                (initiative, participant, pack, pack_version),
                (created, updated, moment, id, path, tags, place),
            )| {
                Meta {
                    initiative,
                    participant,
                    pack,
                    pack_version,
                    created,
                    updated,
                    moment,
                    id,
                    path,
                    tags,
                    place,
                }
            },
        )
}

/// A tag of the participant's: a word as Obsidian writes them, or anything at all; never
/// `convene` itself, which convene adds and does not count among theirs.
fn tag() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec!["project-x", "Team/North", "yes", "2026", "#hash"])
            .prop_map(String::from),
        hostile(),
    ]
    .prop_filter("convene's own tag", |t| {
        !t.trim()
            .trim_start_matches('#')
            .eq_ignore_ascii_case("convene")
    })
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
        earlier(),
    )
        .prop_map(|(meta, mut answers, names, placed, earlier)| {
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
            Workbook {
                meta,
                answers,
                earlier,
                own: Vec::new(),
            }
        })
}

/// Answers from before sessions: usually none, else one to three snapshots of any answers
/// to known and unknown prompts (some of them ids that also have a current answer, or that
/// another snapshot holds too), the oldest maybe undated (a file from before dates), the
/// others dated with times that may need escaping in a marker, or the same time as the
/// snapshot before (two Ctrl-T in one second).
pub fn earlier() -> impl Strategy<Value = Vec<Snapshot>> {
    let snapshot = prop::collection::btree_map(prompt_id(), answer(), 1..6);
    let time = prop_oneof![
        3 => (1u32..13, 1u32..29).prop_map(|(m, d)| Some(format!("2026-{m:02}-{d:02}T18:30:00+01:00"))),
        1 => "[0-9a-z:+\"<>&-][0-9a-z :+\"<>&-]{0,20}[0-9a-z:+\"<>&-]".prop_map(Some),
        1 => Just(None),
    ];
    prop_oneof![
        1 => Just(Vec::new()),
        2 => (
            any::<bool>(),
            prop::collection::vec((snapshot, time), 1..4),
        )
            .prop_map(|(undated, snapshots)| {
                let mut out: Vec<Snapshot> = Vec::new();
                for (n, (answers, time)) in snapshots.into_iter().enumerate() {
                    let taken = match (n, undated, time) {
                        (0, true, _) => Taken::Unknown,
                        (_, _, Some(t)) => Taken::At(t),
                        // The same time as the one before.
                        (_, _, None) => out
                            .last()
                            .map_or_else(|| Taken::At("2026-12-04T09:15:00Z".into()), |s| s.taken.clone()),
                    };
                    out.push(Snapshot { taken, answers });
                }
                out
            }),
    ]
}

/// A proptest configuration of `cases` cases, unless `PROPTEST_CASES` asks for another
/// number (for a long run).
pub fn config(cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(cases);
    ProptestConfig {
        cases,
        ..ProptestConfig::default()
    }
}
