//! Hand-made maps of an initiative (what `convene::map::map_of` returns) for the tests of the
//! workbook's derived map section: a plain one and a strategy for hostile ones.
#![allow(dead_code)]

use convene::map::{
    Bar, Bars, ChartAxis, Edge, EdgeKind, Heat, Map, Network, Node, Picture, PictureBody, Point,
    QuadrantChart, ReadBack, ReadBackItem, ReadBackSection,
};
use proptest::prelude::*;

use super::strategy::hostile;

fn s(text: &str) -> String {
    text.to_string()
}

pub fn axis(label: &str, low: &str, high: &str) -> ChartAxis {
    ChartAxis {
        label: s(label),
        min: 1,
        max: 5,
        low: s(low),
        high: s(high),
        high_from: 4,
    }
}

/// A map with one picture of each kind and a read-back that summarises them.
pub fn sample_map() -> Map {
    let heat = |value| Heat {
        value,
        min: 1,
        max: 5,
        high_from: 4,
    };
    let network = Network {
        nodes: vec![
            Node {
                label: s("Community falls service"),
                group: Some(0),
            },
            Node {
                label: s("GP federation"),
                group: Some(1),
            },
            Node {
                label: s("Carers' forum"),
                group: None,
            },
        ],
        edges: vec![
            Edge {
                from: 0,
                to: 1,
                kind: 0,
                label: Some(s("Referral criteria")),
                heat: Some(heat(5)),
            },
            Edge {
                from: 1,
                to: 2,
                kind: 1,
                label: None,
                heat: None,
            },
        ],
        groups: vec![s("Clinical"), s("Primary care")],
        edge_kinds: vec![
            EdgeKind {
                label: s("Boundary"),
                dashed: false,
            },
            EdgeKind {
                label: s("Unrealised link"),
                dashed: true,
            },
        ],
    };
    let quadrant = QuadrantChart {
        x: axis("Power", "none", "decisive"),
        y: axis("Stake", "none", "vital"),
        quadrants: [
            s("Co-convene"),
            s("Keep close"),
            s("Keep informed"),
            s("Sponsor"),
        ],
        points: vec![
            Point {
                label: s("GP federation"),
                x: 5,
                y: 4,
                quadrant: 0,
                group: Some(0),
            },
            Point {
                label: s("Carers' forum"),
                x: 2,
                y: 5,
                quadrant: 1,
                group: Some(1),
            },
            Point {
                label: s("Public health"),
                x: 5,
                y: 4,
                quadrant: 0,
                group: Some(0),
            },
        ],
        unplaced: vec![s("Fire service")],
        groups: vec![s("An organisation"), s("People who use services")],
    };
    let bars = Bars {
        measure: s("Legitimacy"),
        min: 1,
        max: 3,
        levels: vec![s("Low"), s("Some"), s("High")],
        low: s("Low"),
        high: s("High"),
        bars: vec![
            Bar {
                label: s("Community falls service"),
                value: Some(3),
            },
            Bar {
                label: s("Carers' forum"),
                value: None,
            },
        ],
    };
    let picture = |id: &str, title: &str, body| Picture {
        id: s(id),
        title: s(title),
        caption: format!("What the {id} shows."),
        body,
    };
    Map {
        pictures: vec![
            picture("landscape", "The landscape", PictureBody::Network(network)),
            picture("power", "Power and stake", PictureBody::Quadrant(quadrant)),
            picture("legitimacy", "Legitimacy", PictureBody::Bars(bars)),
        ],
        read_back: Some(ReadBack {
            title: s("The map of your initiative"),
            sections: vec![
                ReadBackSection {
                    title: s("Landscape"),
                    picture: Some(0),
                    items: vec![
                        ReadBackItem::Line(s("3 practices, 2 boundaries")),
                        ReadBackItem::Line(s("Hottest boundary: Referral criteria")),
                    ],
                },
                ReadBackSection {
                    title: s("Power and stake"),
                    picture: Some(1),
                    items: vec![ReadBackItem::Line(s(
                        "Co-convene: GP federation, Public health",
                    ))],
                },
                ReadBackSection {
                    title: s("The convening call"),
                    picture: None,
                    items: vec![
                        ReadBackItem::Answer {
                            question: s("What is your convening call?"),
                            text: s("Bring the *falls* pathway together.\n\n- one\n- two"),
                        },
                        ReadBackItem::Missing(s("The 30-day plan is not written yet")),
                    ],
                },
            ],
        }),
    }
}

fn heat() -> impl Strategy<Value = Option<Heat>> {
    prop::option::of(
        (bound(-1..7), 0i64..3, 3i64..7, 0i64..8).prop_map(|(value, min, max, h)| Heat {
            value,
            min,
            max,
            high_from: h,
        }),
    )
}

fn network() -> impl Strategy<Value = Network> {
    (
        prop::collection::vec((hostile(), prop::option::of(0usize..4)), 0..6),
        prop::collection::vec(hostile(), 0..3),
        prop::collection::vec((hostile(), any::<bool>()), 0..3),
        prop::collection::vec(
            (
                0usize..7,
                0usize..7,
                0usize..3,
                prop::option::of(hostile()),
                heat(),
            ),
            0..8,
        ),
    )
        .prop_map(|(nodes, groups, kinds, edges)| Network {
            nodes: nodes
                .into_iter()
                .map(|(label, group)| Node { label, group })
                .collect(),
            groups,
            edge_kinds: kinds
                .into_iter()
                .map(|(label, dashed)| EdgeKind { label, dashed })
                .collect(),
            edges: edges
                .into_iter()
                .map(|(from, to, kind, label, heat)| Edge {
                    from,
                    to,
                    kind,
                    label,
                    heat,
                })
                .collect(),
        })
}

/// Mostly a number in `range`, sometimes any number at all (a hand-edited file or pack).
fn bound(range: std::ops::Range<i64>) -> impl Strategy<Value = i64> + Clone {
    prop_oneof![6 => range, 1 => any::<i64>()]
}

fn chart_axis() -> impl Strategy<Value = ChartAxis> {
    (
        hostile(),
        hostile(),
        hostile(),
        bound(-2..3),
        bound(2..11),
        bound(-2..12),
    )
        .prop_map(|(label, low, high, min, max, high_from)| ChartAxis {
            label,
            min,
            max,
            low,
            high,
            high_from,
        })
}

fn quadrant() -> impl Strategy<Value = QuadrantChart> {
    (
        chart_axis(),
        chart_axis(),
        [hostile(), hostile(), hostile(), hostile()],
        prop::collection::vec(
            (
                hostile(),
                bound(-3..13),
                bound(-3..13),
                0usize..5,
                prop::option::of(0usize..4),
            ),
            0..8,
        ),
        prop::collection::vec(hostile(), 0..3),
        prop::collection::vec(hostile(), 0..4),
    )
        .prop_map(
            |(x, y, quadrants, points, unplaced, groups)| QuadrantChart {
                x,
                y,
                quadrants,
                points: points
                    .into_iter()
                    .map(|(label, x, y, quadrant, group)| Point {
                        label,
                        x,
                        y,
                        quadrant,
                        group,
                    })
                    .collect(),
                unplaced,
                groups,
            },
        )
}

fn bars() -> impl Strategy<Value = Bars> {
    (
        hostile(),
        bound(-1..2),
        bound(2..6),
        prop::collection::vec(hostile(), 0..5),
        prop::collection::vec((hostile(), prop::option::of(bound(-2..8))), 0..6),
    )
        .prop_map(|(measure, min, max, levels, bars)| Bars {
            low: levels.first().cloned().unwrap_or_default(),
            high: levels.last().cloned().unwrap_or_default(),
            measure,
            min,
            max,
            levels,
            bars: bars
                .into_iter()
                .map(|(label, value)| Bar { label, value })
                .collect(),
        })
}

fn picture() -> impl Strategy<Value = Picture> {
    (
        hostile(),
        hostile(),
        hostile(),
        prop_oneof![
            network().prop_map(PictureBody::Network),
            quadrant().prop_map(PictureBody::Quadrant),
            bars().prop_map(PictureBody::Bars),
        ],
    )
        .prop_map(|(id, title, caption, body)| Picture {
            id,
            title,
            caption,
            body,
        })
}

fn item() -> impl Strategy<Value = ReadBackItem> {
    prop_oneof![
        hostile().prop_map(ReadBackItem::Line),
        hostile().prop_map(ReadBackItem::Missing),
        (hostile(), prop_oneof![hostile(), any::<String>()])
            .prop_map(|(question, text)| ReadBackItem::Answer { question, text }),
    ]
}

/// Maps whose every label, title and quoted answer is hostile text, with indices that may
/// point past the end of their lists.
pub fn hostile_map() -> impl Strategy<Value = Map> {
    (
        prop::collection::vec(picture(), 0..4),
        prop::option::of((
            hostile(),
            prop::collection::vec(
                (
                    hostile(),
                    prop::option::of(0usize..5),
                    prop::collection::vec(item(), 0..4),
                ),
                0..4,
            ),
        )),
    )
        .prop_map(|(pictures, read_back)| Map {
            pictures,
            read_back: read_back.map(|(title, sections)| ReadBack {
                title,
                sections: sections
                    .into_iter()
                    .map(|(title, picture, items)| ReadBackSection {
                        title,
                        picture,
                        items,
                    })
                    .collect(),
            }),
        })
}

/// `sample_map()` with every label, title, caption and quoted answer replaced by `words` in
/// turn.
pub fn map_with_words(words: &[&str]) -> Map {
    let mut n = 0;
    let mut next = |s: &mut String| {
        *s = words[n % words.len()].to_string();
        n += 1;
    };
    let mut map = sample_map();
    for p in &mut map.pictures {
        next(&mut p.title);
        next(&mut p.caption);
        match &mut p.body {
            PictureBody::Network(net) => {
                net.nodes.iter_mut().for_each(|x| next(&mut x.label));
                net.groups.iter_mut().for_each(&mut next);
                net.edge_kinds.iter_mut().for_each(|k| next(&mut k.label));
                net.edges
                    .iter_mut()
                    .filter_map(|e| e.label.as_mut())
                    .for_each(&mut next);
            }
            PictureBody::Quadrant(q) => {
                for a in [&mut q.x, &mut q.y] {
                    next(&mut a.label);
                    next(&mut a.low);
                    next(&mut a.high);
                }
                q.quadrants.iter_mut().for_each(&mut next);
                q.points.iter_mut().for_each(|x| next(&mut x.label));
                q.unplaced.iter_mut().for_each(&mut next);
            }
            PictureBody::Bars(b) => {
                next(&mut b.measure);
                b.levels.iter_mut().for_each(&mut next);
                b.bars.iter_mut().for_each(|x| next(&mut x.label));
            }
        }
    }
    if let Some(rb) = map.read_back.as_mut() {
        next(&mut rb.title);
        for s in &mut rb.sections {
            next(&mut s.title);
            for item in &mut s.items {
                match item {
                    ReadBackItem::Line(t) | ReadBackItem::Missing(t) => next(t),
                    ReadBackItem::Answer { question, text } => {
                        next(question);
                        next(text);
                    }
                }
            }
        }
    }
    map
}

/// Words that mean something to Mermaid or to the workbook file.
pub const MERMAID_WORDS: &[&str] = &[
    "end",
    "subgraph",
    "graph TD",
    "click n1 call alert()",
    "style n1 fill:#f00",
    "classDef x fill:#f00",
    "a:::x",
    "%%{init: {'theme':'dark'}}%%",
    "%% comment",
    "x-axis",
    "quadrant-1",
    "title",
    "bar [1]",
    "n1 --> n2",
    "A -->|x| B",
    "\"]; n9[\"",
    "#quot;",
    "&quot;",
    "<img src=x onerror=alert(1)>",
    "<!-- /convene:map -->",
    "<!-- convene:answer id=\"a.b\" type=\"text\" -->",
    "```",
    "~~~",
    "[link](javascript:alert(1))",
    "`code`",
    "\"`markdown string`\"",
    "a\nb\r\nc",
    "\u{0}\u{7}\u{1b}[31m",
    "",
    "   ",
    "👩‍⚕️ 日本語 שלום \u{202e}",
    "1. list",
    "> quote",
    "| a | b |",
];
