//! What the export tests share: running `convene export`, parsing a page with a real HTML
//! parser (html5ever) to list its parse errors and anything that could run or load, and
//! finding outside tools (Chromium, pdfinfo) that CI installs and must have.
//!
//! Test support only: panics on a broken test machine.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use html5ever::tendril::TendrilSink as _;
use html5ever::{ParseOpts, parse_document};
use markup5ever_rcdom::{Handle, NodeData, RcDom};

/// The example workbook every check renders.
pub fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/steady-at-home-falls-prevention.md")
}

/// Runs `convene ARGS...` (no data directory or coach from the caller's environment).
pub fn convene<I, S>(args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    Command::new(env!("CARGO_BIN_EXE_convene"))
        // Never the settings file of the machine running the tests.
        .env("CONVENE_SETTINGS", "/nonexistent/convene/settings.toml")
        .args(args)
        .env_remove("CONVENE_DATA_DIR")
        .env_remove("CONVENE_COACH")
        .output()
        .unwrap()
}

/// What a real HTML parser makes of a page: its parse errors, and every element or attribute
/// that could run a script or load something (`<script>`, `on…=`, `src`, `href`, `<iframe>`,
/// `<object>`, `<embed>`, `<link>`, `<img>`, `<foreignObject>`), and how many of each
/// element there are.
#[derive(Debug, Default)]
pub struct Parsed {
    pub errors: Vec<String>,
    pub risky: Vec<String>,
    pub elements: std::collections::BTreeMap<String, usize>,
    /// Text of every `<title>` inside an `<svg>`, in order.
    pub text: String,
}

pub fn parse(page: &str) -> Parsed {
    let mut opts = ParseOpts::default();
    opts.tokenizer.exact_errors = true;
    let dom = parse_document(RcDom::default(), opts).one(page);
    let mut parsed = Parsed {
        errors: dom.errors.borrow().iter().map(|e| e.to_string()).collect(),
        ..Parsed::default()
    };
    walk(&dom.document, &mut parsed);
    parsed
}

/// `parse`, asserting the page has no parse error and nothing that could run or load.
pub fn parse_clean(page: &str) -> Parsed {
    let parsed = parse(page);
    assert!(
        parsed.errors.is_empty(),
        "parse errors: {:#?}",
        parsed.errors
    );
    assert!(parsed.risky.is_empty(), "{:?}", parsed.risky);
    parsed
}

fn walk(node: &Handle, parsed: &mut Parsed) {
    match &node.data {
        NodeData::Element { name, attrs, .. } => {
            let tag = name.local.to_string().to_ascii_lowercase();
            *parsed.elements.entry(tag.clone()).or_default() += 1;
            if matches!(
                tag.as_str(),
                "script"
                    | "iframe"
                    | "object"
                    | "embed"
                    | "link"
                    | "img"
                    | "foreignobject"
                    | "base"
            ) {
                parsed.risky.push(format!("<{tag}>"));
            }
            for a in attrs.borrow().iter() {
                let attr = a.name.local.to_string().to_ascii_lowercase();
                if attr.starts_with("on") || matches!(attr.as_str(), "src" | "href" | "srcset") {
                    parsed.risky.push(format!("<{tag} {attr}=\"{}\">", a.value));
                }
            }
        }
        NodeData::Text { contents } => parsed.text.push_str(&contents.borrow()),
        _ => {}
    }
    for child in node.children.borrow().iter() {
        walk(child, parsed);
    }
}

/// Whether `tool VERSION_FLAG` runs (`--version`; poppler's tools take `-v`). Outside CI a missing tool skips the check (said on
/// stderr); with `CI=true` it fails the test, since CI installs it.
pub fn tool_available(tool: &str, version_flag: &str, install: &str) -> bool {
    if Command::new(tool)
        .arg(version_flag)
        .output()
        .is_ok_and(|o| o.status.success())
    {
        return true;
    }
    assert!(
        std::env::var("CI").map_or(true, |v| v != "true"),
        "{tool} is not on PATH but CI=true: install it ({install})"
    );
    eprintln!("{tool} not found: skipping the check that needs it outside CI");
    false
}
