//! A pack's pictures and read-back (pack.yaml `pictures:` and `read_back:`) load into the
//! typed specs the map is drawn from; the built-in pack declares the five pictures of issue 7.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use convene::content::{
    AxisPick, EdgeSpec, HeatSpec, NetworkSpec, Pack, PictureKind, SectionSpec, Summary,
    load_builtin, load_dir,
};

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
                prompts: vec!["edges.call".into()],
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
fn the_builtin_pack_declares_the_map_of_issue_7() {
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
            "The hottest boundaries",
            "Power and stake",
            "Legitimacy gaps",
            "Your value profile",
            "The convening call",
            "Your 30/90-day plan"
        ]
    );
    assert_eq!(
        rb.sections[1].picture,
        Some(("boundary-heat".into(), Summary::Hottest))
    );
    assert_eq!(
        rb.sections[6].prompts,
        ["plan-30-90.next-30", "plan-30-90.by-90"]
    );
}
