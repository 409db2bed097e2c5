//! The HTML page of the example workbook and of hostile words: every picture drawn with as
//! many nodes, lines, dots and bars as the map model has, and nothing typed ever markup.

use crate::content::load_builtin;
use crate::format::doc::{Block, Doc, para, plain, section};
use crate::format::export::workbook_html;
use crate::format::markdown::read;
use crate::map::{PictureBody, map_of};

const EXAMPLE: &str = include_str!("../../../examples/steady-at-home-falls-prevention.md");

/// The part of `page` inside the figure of picture `id`.
fn figure<'p>(page: &'p str, id: &str) -> &'p str {
    let start = page
        .find(&format!("data-picture=\"{id}\""))
        .unwrap_or_else(|| panic!("no figure for {id}"));
    let end = page[start..]
        .find("</figure>")
        .map_or(page.len(), |e| start + e);
    &page[start..end]
}

#[test]
fn every_picture_has_what_the_map_model_has() {
    let pack = load_builtin().unwrap();
    let wb = read(EXAMPLE).unwrap();
    let map = map_of(&pack, &wb);
    let page = workbook_html(&pack, &wb, None);
    assert_eq!(page.matches("<figure").count(), map.pictures.len());
    for p in &map.pictures {
        let fig = figure(&page, &p.id);
        match &p.body {
            PictureBody::Network(n) => {
                assert_eq!(fig.matches("<g class=\"node\"").count(), n.nodes.len());
                assert!(n.nodes.len() >= 5);
                let edges = n
                    .edges
                    .iter()
                    .filter(|e| e.from < n.nodes.len() && e.to < n.nodes.len())
                    .count();
                assert!(edges >= 5);
                assert_eq!(fig.matches("<g class=\"edge").count(), edges);
                assert_eq!(fig.matches("<g class=\"badge\"").count(), edges);
                // Each name is on its box, perhaps over two or three lines.
                for node in &n.nodes {
                    for word in node.label.split_whitespace() {
                        assert!(fig.contains(&super::escape::esc(word)), "{}", node.label);
                    }
                }
            }
            PictureBody::Quadrant(q) => {
                assert!(q.points.len() >= 5);
                assert_eq!(fig.matches("<g class=\"point\"").count(), q.points.len());
                assert_eq!(fig.matches("<rect class=\"quadrant\"").count(), 4);
            }
            PictureBody::Bars(b) => {
                let rated = b.bars.iter().filter(|b| b.value.is_some()).count();
                assert!(rated >= 4);
                assert_eq!(fig.matches("<rect class=\"bar\"").count(), rated);
                // The lowest rating is a bar one step long, not nothing.
                let (count, step) = super::bars::steps_for_test(b);
                assert!(count >= 2 && step > 10.0, "{count} {step}");
            }
        }
    }
    assert!(!page.to_ascii_lowercase().contains("<script"));
}

const HOSTILE: [&str; 6] = [
    "<script>alert(1)</script>",
    "</svg><img src=x onerror=alert(2)>",
    "\"quoted\" & 'single' </style>",
    "a\u{1b}[31mred\u{7}\u{0}\r\nnext",
    "<!-- comment --> ]]> <![CDATA[",
    "\u{202e}reversed\u{fffe}",
];

#[test]
fn hostile_words_in_every_block_are_text() {
    let blocks: Vec<Block> = HOSTILE
        .iter()
        .map(|h| {
            section(
                *h,
                true,
                vec![
                    para(vec![plain(*h)]),
                    Block::Text((*h).into()),
                    Block::List(vec![vec![plain(*h)]]),
                    Block::Note {
                        label: (*h).to_string(),
                        text: (*h).to_string(),
                    },
                ],
            )
        })
        .collect();
    let doc = Doc {
        title: HOSTILE.join(" "),
        facts: vec![(HOSTILE[0].to_string(), HOSTILE[1].to_string())],
        running_head: HOSTILE.join(" "),
        blocks,
        compact: false,
    };
    let page = super::page(&doc);
    let lower = page.to_ascii_lowercase();
    assert!(!lower.contains("<script"), "{page}");
    assert!(!lower.contains("<img"), "{page}");
    assert!(!lower.contains("</svg"), "{page}");
    assert!(!lower.contains("<!-- comment"), "{page}");
    assert_eq!(lower.matches("</style>").count(), 1, "{page}");
    assert!(!page.contains('\u{1b}') && !page.contains('\u{0}') && !page.contains('\u{fffe}'));
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

#[test]
fn only_cells_with_a_very_long_word_may_break_inside_words() {
    use crate::format::doc::Table;
    let doc = Doc {
        title: "t".into(),
        blocks: vec![Block::Table(Table {
            head: vec!["Practice".into(), "Link".into()],
            rows: vec![vec![
                "Collaborating".into(),
                "https://example.org/a/very/long/path/that/cannot/fit".into(),
            ]],
        })],
        ..Doc::default()
    };
    let page = super::page(&doc);
    assert!(page.contains("<td>Collaborating</td>"), "{page}");
    assert!(page.contains("<td class=\"long\">https://"), "{page}");
    assert!(!page.contains("<table class=\"wide\">"), "{page}");
    // Many columns of long words: fixed, even columns that may break inside words.
    let wide = Doc {
        title: "t".into(),
        blocks: vec![Block::Table(Table {
            head: (0..8).map(|i| format!("Heading{i}")).collect(),
            rows: vec![(0..8).map(|_| "Transforming".to_string()).collect()],
        })],
        ..Doc::default()
    };
    assert!(super::page(&wide).contains("<table class=\"wide\">"));
}

/// A quadrant whose points are grouped (the session pack's power × stake of a cohort): each
/// dot in its group's colour, the legend under each group's name, in the points' order.
#[test]
fn grouped_points_are_listed_under_their_groups() {
    use crate::map::{ChartAxis, Picture, Point, QuadrantChart, geometry::group_colour};
    let axis = |label: &str| ChartAxis {
        label: label.into(),
        min: 1,
        max: 5,
        low: "low".into(),
        high: "high".into(),
        high_from: 4,
    };
    let point = |label: &str, x, y, group| Point {
        label: label.into(),
        x,
        y,
        quadrant: 0,
        group,
    };
    let q = QuadrantChart {
        x: axis("Power"),
        y: axis("Stake"),
        quadrants: ["a".into(), "b".into(), "c".into(), "d".into()],
        points: vec![
            point("ICB board", 5, 5, Some(0)),
            point("Trust", 4, 5, Some(0)),
            point("Carers", 1, 5, Some(1)),
            point("Volunteers", 1, 1, None),
        ],
        unplaced: Vec::new(),
        groups: vec!["Organisations".into(), "<b>People</b>".into()],
    };
    let doc = Doc {
        title: "t".into(),
        blocks: vec![Block::Figure(Box::new(Picture {
            id: "cohort-power".into(),
            title: "Power and stake: the cohort".into(),
            caption: String::new(),
            body: PictureBody::Quadrant(q),
        }))],
        ..Doc::default()
    };
    let page = super::page(&doc);
    let fig = figure(&page, "cohort-power");
    let at = |s: &str| fig.find(s).unwrap_or_else(|| panic!("{s} missing: {fig}"));
    assert!(at("<strong>Organisations</strong>") < at("ICB board"));
    assert!(at("ICB board") < at("<strong>&lt;b&gt;People&lt;/b&gt;</strong>"));
    assert!(at("<strong>&lt;b&gt;People&lt;/b&gt;</strong>") < at("Carers"));
    assert!(at("<strong>Without a group</strong>") < at("Volunteers"));
    assert_eq!(
        fig.matches(&format!("fill=\"{}\"", group_colour(0)))
            .count(),
        2
    );
    assert_eq!(
        fig.matches(&format!("fill=\"{}\"", group_colour(1)))
            .count(),
        1
    );
    assert_eq!(fig.matches("fill=\"#8a8a8a\"").count(), 1);
}

/// A page written into memory used before (the file it was read from) is the same page, and
/// the memory's old text is gone from it.
#[test]
fn a_page_into_used_memory_is_the_same_page() {
    let pack = load_builtin().unwrap();
    let wb = read(EXAMPLE).unwrap();
    let fresh = workbook_html(&pack, &wb, None);
    let used = crate::format::export::workbook_html_into(
        &pack,
        &wb,
        None,
        "left over from the file".repeat(1000),
    );
    assert_eq!(used, fresh);
    assert!(!used.contains("left over"));
}
