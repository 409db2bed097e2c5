//! Properties of loading: any bytes and any YAML-ish document, given as pack.yaml or as a theme
//! file, load or give located problems, without a panic and within bounded work (inputs are
//! small; the whole test runs in seconds).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use convene::content::{Problem, load_files};
use proptest::prelude::*;

const KEYS: &[&str] = &[
    "id",
    "version",
    "title",
    "description",
    "attribution",
    "themes",
    "intro",
    "exercises",
    "level",
    "moment",
    "purpose",
    "guidance",
    "source",
    "prompts",
    "kind",
    "text",
    "help",
    "prefill_from",
    "item_label",
    "min",
    "max",
    "fields",
    "seed_from",
    "options",
    "options_from",
    "low",
    "high",
    "levels",
    "rows",
    "rows_from",
    "where",
    "columns",
    "x",
    "y",
    "quadrants",
    "high_x_high_y",
    "high_x_low_y",
    "low_x_high_y",
    "low_x_low_y",
    "prompt",
    "column",
    "in",
    "at_least",
    "at_most",
    "label",
    "hint",
    "high_from",
    "optons",
    "<<",
];

const SCALARS: &[&str] = &[
    "main",
    "landscape",
    "practices",
    "landscape.practices",
    "landscape.power",
    "line",
    "text",
    "list",
    "choice",
    "multi-choice",
    "scale",
    "grid",
    "quadrant",
    "today",
    "any",
    "before",
    "quadrant",
    "co-convene",
    "0",
    "1",
    "5",
    "-3",
    "99999999999999999999",
    "1.5",
    "~",
    "true",
    "''",
    "\"a: b\"",
    "\"\\u0000\"",
    "Bad_Id",
    "é",
    "|",
    ">",
    "!!binary aGk=",
    "!tag x",
    "@",
    "`",
];

#[derive(Debug, Clone)]
enum Node {
    Scalar(&'static str),
    List(Vec<Node>),
    Map(Vec<(&'static str, Node)>),
    Anchor(u8, Box<Node>),
    Alias(u8),
}

fn node() -> impl Strategy<Value = Node> {
    let leaf = prop_oneof![
        4 => proptest::sample::select(SCALARS).prop_map(Node::Scalar),
        1 => (0u8..4).prop_map(Node::Alias),
    ];
    leaf.prop_recursive(6, 64, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Node::List),
            proptest::collection::vec((proptest::sample::select(KEYS), inner.clone()), 0..6)
                .prop_map(Node::Map),
            (0u8..4, inner).prop_map(|(a, n)| Node::Anchor(a, Box::new(n))),
        ]
    })
}

/// Flow style: `{k: v}`, `[a, b]`, `&a x`, `*a`.
fn flow(n: &Node, out: &mut String) {
    match n {
        Node::Scalar(s) => out.push_str(s),
        Node::Alias(a) => out.push_str(&format!("*a{a}")),
        Node::Anchor(a, inner) => {
            out.push_str(&format!("&a{a} "));
            flow(inner, out);
        }
        Node::List(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                flow(item, out);
            }
            out.push(']');
        }
        Node::Map(entries) => {
            out.push('{');
            for (i, (k, v)) in entries.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(k);
                out.push_str(": ");
                flow(v, out);
            }
            out.push('}');
        }
    }
}

/// Block style, indented; nested anchors and scalars fall back to flow.
fn block(n: &Node, indent: usize, out: &mut String) {
    let pad = " ".repeat(indent);
    match n {
        Node::Map(entries) if !entries.is_empty() => {
            for (k, v) in entries {
                out.push_str(&format!("{pad}{k}:"));
                child(v, indent, out);
            }
        }
        Node::List(items) if !items.is_empty() => {
            for item in items {
                out.push_str(&format!("{pad}-"));
                child(item, indent, out);
            }
        }
        other => {
            out.push_str(&pad);
            flow(other, out);
            out.push('\n');
        }
    }
}

fn child(v: &Node, indent: usize, out: &mut String) {
    match v {
        Node::Map(e) if !e.is_empty() => {
            out.push('\n');
            block(v, indent + 2, out);
        }
        Node::List(i) if !i.is_empty() => {
            out.push('\n');
            block(v, indent + 2, out);
        }
        _ => {
            out.push(' ');
            flow(v, out);
            out.push('\n');
        }
    }
}

fn base() -> (Vec<u8>, Vec<u8>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/packs/valid/base");
    (
        std::fs::read(dir.join("pack.yaml")).unwrap(),
        std::fs::read(dir.join("main.yaml")).unwrap(),
    )
}

/// Loads the files and checks what any outcome must satisfy.
fn check(files: &[(String, Vec<u8>)]) {
    match load_files(files) {
        Ok(pack) => {
            assert!(pack.prompt_count() > 0);
        }
        Err(problems) => {
            assert!(!problems.is_empty());
            for Problem {
                file,
                line,
                column,
                message,
                ..
            } in &problems
            {
                assert!(*line >= 1 && *column >= 1, "{file}:{line}:{column}");
                assert!(!message.is_empty());
                assert!(files.iter().any(|(n, _)| n == file), "unknown file {file}");
            }
        }
    }
}

fn as_pack_and_as_theme(doc: Vec<u8>) {
    let (pack, theme) = base();
    check(&[
        ("pack.yaml".into(), doc.clone()),
        ("main.yaml".into(), theme),
    ]);
    check(&[("pack.yaml".into(), pack), ("main.yaml".into(), doc)]);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        as_pack_and_as_theme(bytes);
    }

    #[test]
    fn arbitrary_yaml_documents(doc in node(), block_style in any::<bool>()) {
        let mut text = String::new();
        if block_style { block(&doc, 0, &mut text) } else { flow(&doc, &mut text) }
        as_pack_and_as_theme(text.into_bytes());
    }

    /// The valid "full" pack (every kind) with lines deleted, repeated or moved and values
    /// replaced in one file: deep in the semantic checks rather than at the first syntax error.
    #[test]
    fn mutated_valid_pack(
        file in 0usize..3,
        edits in proptest::collection::vec((0usize..3, 0usize..200, 0usize..200, proptest::sample::select(SCALARS)), 1..6)
    ) {
        let mut files = full();
        let text = String::from_utf8(files[file].1.clone()).unwrap();
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        for (op, a, b, word) in edits {
            if lines.is_empty() { break; }
            let (a, b) = (a % lines.len(), b % lines.len());
            match op {
                0 => { lines.remove(a); }
                1 => { let l = lines[a].clone(); lines.insert(b, l); }
                _ => {
                    if let Some((key, _)) = lines[a].split_once(": ") {
                        lines[a] = format!("{key}: {word}");
                    }
                }
            }
        }
        files[file].1 = lines.join("\n").into_bytes();
        check(&files);
    }
}

fn full() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/packs/valid/full");
    ["pack.yaml", "landscape.yaml", "power.yml"]
        .iter()
        .map(|f| (f.to_string(), std::fs::read(dir.join(f)).unwrap()))
        .collect()
}

#[test]
fn most_mutations_keep_the_pack_readable_as_yaml() {
    // Guards the property above: single-line changes should mostly give problems of meaning,
    // not syntax errors, or the property would only exercise the parser.
    let files = full();
    let text = String::from_utf8(files[2].1.clone()).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let mut semantic = 0;
    for skip in 0..lines.len() {
        let mut files = files.clone();
        let kept: Vec<&str> = lines
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != skip)
            .map(|(_, l)| *l)
            .collect();
        files[2].1 = kept.join("\n").into_bytes();
        if let Err(problems) = load_files(&files)
            && !problems[0].message.starts_with("this is not valid YAML")
        {
            semantic += 1;
        }
    }
    assert!(semantic * 2 > lines.len(), "{semantic} of {}", lines.len());
}

#[test]
fn billion_laughs_everywhere_is_refused_quickly() {
    let mut bomb = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..10 {
        let refs = vec![format!("*a{}", i - 1); 10].join(", ");
        bomb.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
    }
    // As the whole file, under a known key, and inside a prompt.
    let (_, theme) = base();
    let theme = String::from_utf8(theme).unwrap();
    let inside = theme.replacen(
        "        kind: list\n",
        "        kind: list\n        fields: *a9\n",
        1,
    );
    let defs = bomb.replace('\n', "\n  ");
    for doc in [
        bomb.clone(),
        format!("id: &i x\nintro:\n  {defs}\ntitle: *a9\n"),
        format!("x: &a9 [[y]]\n{inside}"),
    ] {
        as_pack_and_as_theme(doc.into_bytes());
    }
}
