//! A pack's pictures and read-back (pack.yaml `pictures:` and `read_back:`) load into the
//! typed specs the map is drawn from; the built-in pack declares its pictures and read-back;
//! any edit of a valid pictures block loads or gives located problems, never a panic.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use convene::content::{
    AxisPick, EdgeSpec, HeatSpec, NetworkSpec, Pack, PictureKind, Problem, SectionSpec, Summary,
    load_builtin, load_files,
};
use convene::map::map_of;
use convene::store::pack::load_dir;
use convene::workbook::Workbook;
use proptest::prelude::*;

fn load(name: &str) -> Pack {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/packs/valid")
        .join(name);
    load_dir(&dir).unwrap_or_else(|p| panic!("{name} has problems: {p:#?}"))
}

#[test]
fn pictures_load_into_specs() {
    let pack = load("pictures");
    let ids: Vec<&str> = pack.pictures.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["landscape", "power", "trust"]);
    let landscape = pack.picture("landscape").unwrap();
    assert_eq!(landscape.title, "The landscape");
    assert_eq!(landscape.caption, "Practices and boundaries.");
    assert_eq!(
        landscape.kind,
        PictureKind::Network(NetworkSpec {
            nodes: "landscape.practices".into(),
            group: Some("type".into()),
            edges: vec![EdgeSpec {
                prompt: "edges.boundaries".into(),
                from: "side-a".into(),
                to: "side-b".into(),
                label: "Boundary".into(),
                text: Some("kind".into()),
                dashed: false,
                heat: Some(HeatSpec {
                    prompt: "edges.heat".into(),
                    axis: AxisPick::X,
                }),
            }],
        })
    );
    assert_eq!(pack.picture("power").unwrap().caption, "");
    assert_eq!(
        pack.picture("trust").unwrap().kind,
        PictureKind::Bars {
            prompt: "landscape.trust".into(),
            column: "trust".into()
        }
    );
}

#[test]
fn the_read_back_takes_default_summaries() {
    let pack = load("pictures");
    let rb = pack.read_back.unwrap();
    assert_eq!(rb.title, "Your map");
    assert_eq!(
        rb.sections,
        [
            SectionSpec {
                title: "Landscape".into(),
                picture: Some(("landscape".into(), Summary::Groups)),
                prompts: vec![],
            },
            SectionSpec {
                title: "Trust gaps".into(),
                picture: Some(("trust".into(), Summary::Lowest)),
                prompts: vec![],
            },
            SectionSpec {
                title: "The call".into(),
                picture: None,
                prompts: vec![vec!["edges.call".into()]],
            },
        ]
    );
}

#[test]
fn a_pack_without_pictures_has_none() {
    let pack = load("base");
    assert!(pack.pictures.is_empty());
    assert!(pack.read_back.is_none());
}

#[test]
fn the_builtin_pack_declares_its_map() {
    let pack = load_builtin().unwrap();
    let kinds: Vec<(&str, &str)> = pack
        .pictures
        .iter()
        .map(|p| (p.id.as_str(), p.kind.id()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("landscape", "network"),
            ("mindset", "bars"),
            ("boundary-heat", "quadrant"),
            ("power", "quadrant"),
            ("legitimacy", "bars"),
            ("value", "bars")
        ]
    );
    assert!(pack.pictures.iter().all(|p| !p.caption.is_empty()));
    let rb = pack.read_back.unwrap();
    let titles: Vec<&str> = rb.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Your landscape",
            "Your convening mindset",
            "The hottest boundaries",
            "Power and stake",
            "Legitimacy gaps",
            "Your value profile",
            "The convening call",
            "The learning space you will hold",
            "Your next moves"
        ]
    );
    assert_eq!(
        rb.sections[2].picture,
        Some(("boundary-heat".into(), Summary::Hottest))
    );
    // The call quoted is the revised one, or the first draft until there is one.
    assert_eq!(
        rb.sections[6].prompts,
        [vec![
            "hear-the-call.revised".to_string(),
            "convening-call.whole".to_string()
        ]]
    );
    assert_eq!(
        rb.sections[8].prompts,
        [vec!["plan-30-90.actions"], vec!["plan-30-90.first-step"]]
    );
}

/// Words an edit may put in place of a value: prompt ids, field and column ids, kinds.
const WORDS: &[&str] = &[
    "landscape.practices",
    "landscape.power",
    "landscape.trust",
    "edges.boundaries",
    "edges.heat",
    "edges.call",
    "no.such",
    "practices",
    "side-a",
    "side-b",
    "kind",
    "type",
    "note",
    "trust",
    "basis",
    "x",
    "y",
    "z",
    "landscape",
    "power",
    "hottest",
    "lowest",
    "levels",
    "groups",
    "quadrants",
    "true",
    "[]",
    "{}",
    "~",
    "3",
];

/// The index of the first line after `themes:` in the pictures pack's pack.yaml.
const FIRST_PICTURE_LINE: usize = 6;

fn pictures_files() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/packs/valid/pictures");
    ["pack.yaml", "main.yaml"]
        .iter()
        .map(|f| (f.to_string(), std::fs::read(dir.join(f)).unwrap()))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// pack.yaml of the pictures pack with lines deleted or repeated and values replaced:
    /// every outcome is a pack whose map can be drawn, or problems with a place.
    #[test]
    fn edited_pictures_load_or_give_located_problems(
        edits in proptest::collection::vec(
            (prop_oneof![1 => Just(0usize), 1 => Just(1), 4 => Just(2)], 0usize..40, 0usize..40, proptest::sample::select(WORDS)),
            1..5,
        )
    ) {
        let mut files = pictures_files();
        let text = String::from_utf8(files[0].1.clone()).unwrap();
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        for (op, a, b, word) in edits {
            // Only the lines after `themes:` (the pictures and the read-back).
            let after = lines.len().saturating_sub(FIRST_PICTURE_LINE).max(1);
            let (a, b) = (FIRST_PICTURE_LINE + a % after, FIRST_PICTURE_LINE + b % after);
            if a >= lines.len() || b >= lines.len() { continue; }
            match op {
                0 if lines.len() > 1 => { lines.remove(a); }
                1 => { let l = lines[a].clone(); lines.insert(b, l); }
                _ => {
                    if let Some((key, _)) = lines[a].split_once(": ") {
                        lines[a] = format!("{key}: {word}");
                    }
                }
            }
        }
        files[0].1 = lines.join("\n").into_bytes();
        match load_files(&files) {
            Ok(pack) => {
                let map = map_of(&pack, &Workbook::default());
                prop_assert_eq!(map.pictures.len(), pack.pictures.len());
            }
            Err(problems) => {
                prop_assert!(!problems.is_empty());
                for Problem { file, line, column, message, .. } in &problems {
                    prop_assert!(*line >= 1 && *column >= 1);
                    prop_assert!(!message.is_empty());
                    prop_assert!(file == "pack.yaml" || file == "main.yaml", "{}", file);
                }
            }
        }
    }
}
