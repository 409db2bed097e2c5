//! A realistic hand-made map (an integrated-care initiative) for the drawing's tests and
//! benches, independent of any content pack.
//!
//! Data only: never used by the app's screens.

use crate::map::{
    Bar, Bars, ChartAxis, Edge, EdgeKind, Heat, Map, Network, Node, Picture, PictureBody, Point,
    QuadrantChart, ReadBack, ReadBackItem, ReadBackSection,
};

fn heat(value: i64) -> Option<Heat> {
    Some(Heat {
        value,
        min: 1,
        max: 5,
        high_from: 4,
    })
}

/// Ten practices in four groups, boundaries with heat, two unrealised (dashed) links.
pub fn network() -> Network {
    let nodes = [
        ("Ward nursing", Some(0)),
        ("Discharge team", Some(0)),
        ("Community nursing", Some(0)),
        ("GP practices", Some(1)),
        ("Pharmacy", Some(1)),
        ("Adult social care", Some(2)),
        ("Housing", Some(2)),
        ("Age UK volunteers", Some(3)),
        ("Carers' forum", Some(3)),
        ("Care homes", None),
    ];
    let edge = |from, to, kind, label: Option<&str>, h: Option<i64>| Edge {
        from,
        to,
        kind,
        label: label.map(str::to_string),
        heat: h.and_then(heat),
    };
    Network {
        nodes: nodes
            .iter()
            .map(|(l, g)| Node {
                label: (*l).to_string(),
                group: *g,
            })
            .collect(),
        edges: vec![
            edge(0, 1, 0, Some("Handover"), Some(2)),
            edge(1, 5, 0, Some("Funding"), Some(5)),
            edge(1, 2, 0, Some("Referral"), Some(3)),
            edge(3, 5, 0, Some("Language"), Some(4)),
            edge(2, 3, 0, None, Some(1)),
            edge(5, 6, 0, Some("Eligibility"), None),
            edge(7, 8, 0, None, Some(2)),
            edge(9, 4, 0, Some("Medicines"), Some(4)),
            edge(7, 1, 1, None, None),
            edge(8, 3, 1, None, None),
        ],
        groups: vec![
            "Hospital".into(),
            "Primary care".into(),
            "Council".into(),
            "Voluntary sector".into(),
        ],
        edge_kinds: vec![
            EdgeKind {
                label: "Boundary".into(),
                dashed: false,
            },
            EdgeKind {
                label: "Link not made yet".into(),
                dashed: true,
            },
        ],
    }
}

fn axis(label: &str) -> ChartAxis {
    ChartAxis {
        label: label.into(),
        min: 1,
        max: 5,
        low: "low".into(),
        high: "high".into(),
        high_from: 3,
    }
}

/// Ten stakeholders on power × stake, three of them on the same spot, two not placed.
pub fn quadrant() -> QuadrantChart {
    let points = [
        ("ICB board", 2, 5),
        ("Trust executive", 3, 5),
        ("Ward sisters", 5, 2),
        ("Patients", 5, 1),
        ("Carers", 5, 1),
        ("Families", 5, 1),
        ("Council cabinet", 2, 4),
        ("GP federation", 4, 4),
        ("Local press", 1, 3),
        ("Volunteers", 3, 1),
    ];
    let quadrant = |x: i64, y: i64| match (x >= 3, y >= 3) {
        (true, true) => 0,
        (false, true) => 1,
        (false, false) => 2,
        (true, false) => 3,
    };
    QuadrantChart {
        x: axis("Stake"),
        y: axis("Power"),
        quadrants: [
            "Manage closely".into(),
            "Keep satisfied".into(),
            "Monitor".into(),
            "Keep informed".into(),
        ],
        points: points
            .iter()
            .map(|&(l, x, y)| Point {
                label: l.into(),
                x,
                y,
                quadrant: quadrant(x, y),
                group: None,
            })
            .collect(),
        unplaced: vec!["Healthwatch".into(), "Ambulance service".into()],
        groups: Vec::new(),
    }
}

/// Legitimacy per practice on named levels, two rows not rated yet.
pub fn bars() -> Bars {
    let rows = [
        ("Ward nursing", Some(4)),
        ("Discharge team", Some(3)),
        ("GP practices", Some(2)),
        ("Adult social care", None),
        ("Age UK volunteers", Some(1)),
        ("Carers' forum", None),
        ("Housing", Some(2)),
    ];
    Bars {
        measure: "Legitimacy".into(),
        min: 1,
        max: 4,
        levels: vec![
            "None".into(),
            "Emerging".into(),
            "Some".into(),
            "Strong".into(),
        ],
        low: "None".into(),
        high: "Strong".into(),
        bars: rows
            .iter()
            .map(|&(l, v)| Bar {
                label: l.into(),
                value: v,
            })
            .collect(),
    }
}

/// The value-creation profile on a numeric scale.
pub fn value_profile() -> Bars {
    let rows = [
        ("Immediate", Some(5)),
        ("Potential", Some(4)),
        ("Applied", Some(3)),
        ("Realised", Some(1)),
        ("Transformative", None),
    ];
    Bars {
        measure: "Value so far".into(),
        min: 0,
        max: 5,
        levels: Vec::new(),
        low: "none".into(),
        high: "a lot".into(),
        bars: rows
            .iter()
            .map(|&(l, v)| Bar {
                label: l.into(),
                value: v,
            })
            .collect(),
    }
}

pub fn read_back() -> ReadBack {
    let line = |s: &str| ReadBackItem::Line(s.into());
    ReadBack {
        title: "The map of Joined-up discharge".into(),
        sections: vec![
            ReadBackSection {
                title: "The landscape".into(),
                picture: Some(0),
                items: vec![
                    line(
                        "10 practices in 4 groups: Hospital, Primary care, Council, Voluntary sector",
                    ),
                    line(
                        "Hottest boundaries: Discharge team — Adult social care (5/5), GP practices — Adult social care (4/5)",
                    ),
                ],
            },
            ReadBackSection {
                title: "Power and stake".into(),
                picture: Some(1),
                items: vec![
                    line("Manage closely: Trust executive, GP federation"),
                    line("Keep informed: Ward sisters, Patients, Carers, Families, Volunteers"),
                ],
            },
            ReadBackSection {
                title: "The convening call".into(),
                picture: None,
                items: vec![
                    ReadBackItem::Answer {
                        question: "What is your call to action?".into(),
                        text: "Get people home safely, the day they are ready.\n\nWe will \
                               meet every Tuesday on the ward with social care and the \
                               voluntary sector, and look at the week's delays together \
                               \u{1b}[31m before anyone writes a report."
                            .into(),
                    },
                    ReadBackItem::Missing("The 90-day plan is not written yet".into()),
                ],
            },
        ],
    }
}

/// The whole map: landscape, power, legitimacy, value, an empty picture, and the read-back.
pub fn map() -> Map {
    let picture = |id: &str, title: &str, caption: &str, body| Picture {
        id: id.into(),
        title: title.into(),
        caption: caption.into(),
        body,
    };
    Map {
        pictures: vec![
            picture(
                "landscape",
                "Landscape",
                "The practices in your landscape and the boundaries between them.",
                PictureBody::Network(network()),
            ),
            picture(
                "power",
                "Power × stake",
                "Where each stakeholder sits by power and stake.",
                PictureBody::Quadrant(quadrant()),
            ),
            picture(
                "legitimacy",
                "Legitimacy",
                "How much legitimacy you have in each practice.",
                PictureBody::Bars(bars()),
            ),
            picture(
                "value",
                "Value",
                "The value created so far, cycle by cycle.",
                PictureBody::Bars(value_profile()),
            ),
            picture(
                "allies",
                "Allies",
                "Who is with you, from the power map.",
                PictureBody::Network(Network::default()),
            ),
        ],
        read_back: Some(read_back()),
    }
}
