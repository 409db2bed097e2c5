//! Map drawing tests: snapshots of each picture and the read-back at two sizes, with and
//! without colour (styles included), a size sweep, and what the pictures must say.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};

use super::{fixture, render_map};
use crate::app::MapView;
use crate::map::Map;

fn buffer(map: &Map, tab: usize, w: u16, h: u16, color: bool) -> Buffer {
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    render_map(&mut buf, area, map, &MapView { tab, scroll: 0 }, color);
    buf
}

fn text(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..buf.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buf[(x, y)].symbol();
            skip = unicode_width::UnicodeWidthStr::width(sym).saturating_sub(1);
            line.push_str(sym);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// One letter per cell: a colour's initial (upper case when bold), `V` reversed, `*` bold,
/// `d` dim, `i` italic, blank for plain.
fn styles(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut line = String::new();
        for x in 0..buf.area.width {
            let cell = &buf[(x, y)];
            let m = cell.modifier;
            let c = match cell.fg {
                Color::Red => Some('r'),
                Color::Green => Some('g'),
                Color::Yellow => Some('y'),
                Color::Blue => Some('b'),
                Color::Magenta => Some('m'),
                Color::Cyan => Some('c'),
                Color::DarkGray => Some('k'),
                Color::LightRed => Some('l'),
                Color::Reset => None,
                _ => Some('?'),
            };
            let code = if m.contains(Modifier::REVERSED) {
                'V'
            } else if let Some(c) = c {
                if m.contains(Modifier::BOLD) {
                    c.to_ascii_uppercase()
                } else {
                    c
                }
            } else if m.contains(Modifier::BOLD) {
                '*'
            } else if m.contains(Modifier::DIM) {
                'd'
            } else if m.contains(Modifier::ITALIC) {
                'i'
            } else {
                ' '
            };
            line.push(code);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn dump(buf: &Buffer) -> String {
    format!("{}--- styles ---\n{}", text(buf), styles(buf))
}

const TABS: [&str; 6] = [
    "readback",
    "landscape",
    "power",
    "legitimacy",
    "value",
    "empty",
];

#[test]
fn snapshots_of_every_tab_at_two_sizes_with_and_without_colour() {
    let map = fixture::map();
    for (tab, name) in TABS.iter().enumerate() {
        for (w, h) in [(80, 24), (40, 12)] {
            for color in [true, false] {
                let buf = buffer(&map, tab, w, h, color);
                let mode = if color { "colour" } else { "plain" };
                insta::assert_snapshot!(format!("{name}_{w}x{h}_{mode}"), dump(&buf));
            }
        }
    }
}

#[test]
fn colour_and_plain_differ_only_in_styles() {
    let map = fixture::map();
    for tab in 0..TABS.len() {
        for (w, h) in [(80, 24), (40, 12)] {
            let colour = buffer(&map, tab, w, h, true);
            let plain = buffer(&map, tab, w, h, false);
            assert_eq!(text(&colour), text(&plain), "tab {tab} at {w}x{h}");
            // Pictures with something drawn carry colour; the plain form never does.
            if (1..=4).contains(&tab) {
                assert_ne!(styles(&colour), styles(&plain), "tab {tab} at {w}x{h}");
            }
            assert!(
                plain.content().iter().all(|c| c.fg == Color::Reset),
                "colour in the plain form of tab {tab} at {w}x{h}"
            );
        }
    }
}

#[test]
fn the_network_marks_hot_and_dashed_edges_in_words_and_shapes() {
    let map = fixture::map();
    let big = text(&buffer(&map, 1, 80, 24, false));
    assert!(big.contains("!!"), "{big}");
    assert!(big.contains("╌╌ Link not made yet"), "{big}");
    assert!(
        big.contains("● Ward nursing") || big.contains("Ward nursing ●"),
        "{big}"
    );
    let small = text(&buffer(&map, 1, 40, 12, false));
    assert!(small.contains("● Hospital:"), "{small}");
    let mut scrolled = Buffer::empty(Rect::new(0, 0, 40, 12));
    let view = MapView { tab: 1, scroll: 6 };
    let area = scrolled.area;
    render_map(&mut scrolled, area, &map, &view, false);
    let scrolled = text(&scrolled);
    assert!(scrolled.contains("!! Discharge team — Adult"), "{scrolled}");
    let mut end = Buffer::empty(Rect::new(0, 0, 40, 12));
    let area = end.area;
    let view = MapView {
        tab: 1,
        scroll: u16::MAX,
    };
    render_map(&mut end, area, &map, &view, false);
    let end = text(&end);
    assert!(end.contains("Age UK volunteers ╌ Discharge team"), "{end}");
}

#[test]
fn the_quadrant_names_its_corners_and_combines_points_on_one_spot() {
    let map = fixture::map();
    let big = text(&buffer(&map, 2, 80, 24, false));
    for name in [
        "Manage closely",
        "Keep satisfied",
        "Monitor",
        "Keep informed",
    ] {
        assert!(big.contains(name), "{name}: {big}");
    }
    assert!(big.contains("Patients, Carers, Families"), "{big}");
    assert!(big.contains("◉"), "{big}");
    assert!(big.contains("Healthwatch"), "{big}");
    let small = text(&buffer(&map, 2, 40, 12, false));
    assert!(small.contains("▌Keep satisfied"), "{small}");
}

#[test]
fn bars_name_levels_and_list_rows_not_rated() {
    let map = fixture::map();
    let big = text(&buffer(&map, 3, 80, 24, false));
    assert!(big.contains("4 Strong"), "{big}");
    assert!(big.contains("not rated yet"), "{big}");
    assert!(big.contains('█') && big.contains('░'), "{big}");
}

#[test]
fn the_read_back_quotes_answers_safely_and_dims_what_is_missing() {
    let map = fixture::map();
    let buf = buffer(&map, 0, 80, 40, true);
    let shown = text(&buf);
    assert!(shown.contains("␛[31m"), "{shown}");
    assert!(!shown.contains('\u{1b}'));
    assert!(shown.contains("│ Get people home safely"), "{shown}");
    let row = shown
        .lines()
        .position(|l| l.contains("○ The 90-day plan is not written yet"))
        .and_then(|r| u16::try_from(r).ok());
    let Some(row) = row else {
        unreachable!("no missing line: {shown}")
    };
    assert!(buf[(2, row)].modifier.contains(Modifier::DIM));
}

#[test]
fn an_empty_picture_says_what_to_answer() {
    let map = fixture::map();
    let shown = text(&buffer(&map, 5, 80, 24, false));
    assert!(shown.contains("Nothing to draw yet"), "{shown}");
    assert!(shown.contains("“Allies”"), "{shown}");
    let none = text(&buffer(&Map::default(), 0, 80, 24, false));
    assert!(none.contains("no read-back"), "{none}");
    assert!(none.contains("draws no pictures yet"), "{none}");
}

#[test]
fn every_tab_renders_at_every_size_and_scroll() {
    let map = fixture::map();
    for tab in 0..=TABS.len() + 2 {
        for w in (0..=130).step_by(9).chain([1, 2, 63, 64, 65]) {
            for h in (0..=45).step_by(4).chain([1, 2, 13, 14, 15, 16]) {
                for scroll in [0, 3, u16::MAX] {
                    let area = Rect::new(0, 0, w, h);
                    let mut buf = Buffer::empty(area);
                    render_map(&mut buf, area, &map, &MapView { tab, scroll }, true);
                }
            }
        }
    }
}

#[test]
fn control_characters_in_labels_are_shown_not_sent() {
    let mut map = fixture::map();
    if let Some(crate::map::PictureBody::Network(n)) = map.pictures.get_mut(0).map(|p| &mut p.body)
        && let Some(node) = n.nodes.get_mut(0)
    {
        node.label = "Ward\u{1b}]0;x\u{7}".into();
    }
    for (w, h) in [(80, 24), (40, 12)] {
        let shown = text(&buffer(&map, 1, w, h, true));
        assert!(!shown.contains('\u{1b}') && !shown.contains('\u{7}'));
        assert!(shown.contains("Ward␛"), "{shown}");
    }
}

#[test]
fn odd_maps_render_without_panic_and_lose_no_node() {
    use crate::map::{Heat, PictureBody};
    let mut map = fixture::map();
    for p in &mut map.pictures {
        match &mut p.body {
            PictureBody::Network(n) => {
                n.nodes.push(crate::map::Node {
                    label: "Stray".into(),
                    group: Some(99),
                });
                n.edges.push(crate::map::Edge {
                    from: 0,
                    to: 500,
                    kind: 7,
                    label: Some(String::new()),
                    heat: Some(Heat {
                        value: i64::MAX,
                        min: 5,
                        max: 1,
                        high_from: i64::MIN,
                    }),
                });
            }
            PictureBody::Quadrant(q) => {
                q.x.min = i64::MIN;
                q.x.max = i64::MAX;
                q.points[0].x = i64::MAX;
                q.points[1].quadrant = 9;
            }
            PictureBody::Bars(b) => {
                b.min = i64::MIN;
                b.max = i64::MAX;
                b.bars[0].value = Some(i64::MIN);
                b.bars[1].value = Some(i64::MAX);
            }
        }
    }
    for tab in 0..TABS.len() {
        for (w, h) in [(200, 60), (80, 24), (40, 12), (3, 3)] {
            let _ = buffer(&map, tab, w, h, true);
        }
    }
    let shown = text(&buffer(&map, 1, 40, 12, false));
    assert!(shown.contains("○ no group: Care homes, Stray"), "{shown}");
}

/// The real map of the example workbook (examples/), drawn from its answers with the
/// built-in pack: what a participant who finished the workbook sees.
#[test]
fn the_example_workbooks_map_snapshots() {
    let pack = crate::content::load_builtin().expect("built-in pack");
    let text_of_file = include_str!("../../../examples/steady-at-home-falls-prevention.md");
    let wb = crate::format::markdown::read(text_of_file).expect("example workbook");
    let map = crate::map::map_of(&pack, &wb);
    assert_eq!(map.pictures.len(), 6);
    for tab in 0..=map.pictures.len() {
        for (w, h) in [(80, 24), (120, 40)] {
            let buf = buffer(&map, tab, w, h, false);
            let shown = text(&buf);
            // Every picture of the finished example has something to draw.
            assert!(
                !shown.contains("Nothing to draw yet"),
                "tab {tab}:\n{shown}"
            );
            if tab == 1 {
                // Names of up to 28 columns show whole beside the ellipse, even at 80×24, and
                // a boundary is called by the participant's name for it, then its kind.
                for name in ["Integrated care board", "Home improvement agency"] {
                    assert!(shown.contains(name), "{w}x{h}: {name}\n{shown}");
                }
                let flat = shown
                    .split('\n')
                    .map(str::trim)
                    .collect::<Vec<_>>()
                    .join(" ");
                assert!(
                    flat.contains("Falls clinic ↔ adult social care, Organisational 4/5"),
                    "{w}x{h}:\n{shown}"
                );
                // No node is hidden under another's name.
                assert!(shown.contains("● Care homes"), "{w}x{h}:\n{shown}");
            }
            if tab == 3 || tab == 4 {
                no_label_crosses_the_dividers(&shown);
            }
            insta::assert_snapshot!(format!("example_tab{tab}_{w}x{h}"), shown);
        }
    }
}

/// A quadrant chart's labels stay in their quadrants (issue 19): down the vertical divider
/// (found on the frame's top row) and along the horizontal one, only the line itself.
fn no_label_crosses_the_dividers(shown: &str) {
    let lines: Vec<Vec<char>> = shown.lines().map(|l| l.chars().collect()).collect();
    let braille = |c: char| ('\u{2800}'..='\u{28ff}').contains(&c);
    let top = lines
        .iter()
        .position(|l| l.first() == Some(&'⡏'))
        .expect("the chart's frame");
    let col = lines[top]
        .iter()
        .skip(1)
        .position(|&c| c == '⡏')
        .map(|i| i + 1)
        .expect("the vertical divider");
    let bottom = lines
        .iter()
        .position(|l| {
            l.first() == Some(&'⣇') && l.last() == Some(&'⣸') && l.iter().any(|c| c.is_alphabetic())
        })
        .expect("the frame's bottom row");
    for (i, line) in lines.iter().enumerate().take(bottom).skip(top + 1) {
        let at = line.get(col).copied().unwrap_or(' ');
        assert!(braille(at), "row {i}, column {col}: {at:?}\n{shown}");
        if line.iter().filter(|&&c| braille(c)).count() > line.len() / 2 {
            // The horizontal divider: nothing written over it.
            assert!(!line.iter().any(|c| c.is_alphabetic()), "row {i}\n{shown}");
        }
    }
}
