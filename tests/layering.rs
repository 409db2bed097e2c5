//! The layering rules of `src/`, checked on every test run: which top-level module may import
//! which (the table in the plan, copied once below as `ALLOWED`, with the one narrowed
//! arrow in `NARROW`), where terminal types may appear, where files, the environment and
//! the clock may be touched, and that no cycle runs between top-level modules.
//!
//! Reads the sources as text (`layering_support`): comments, string literals and
//! `#[cfg(test)]` code (test modules and test files) are left out. `KNOWN_EXCEPTIONS` is
//! empty and may only stay so: an exception that no longer matches anything fails too.
//! Never changes a file.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod layering_support;

use std::collections::{BTreeMap, BTreeSet};

use layering_support::{
    Source, cycles, is_ident, module_of, paths, sources, strip_cfg_test,
    strip_comments_and_strings, targets,
};

/// The top-level modules and what each may import (`crate::X`), from the plan's table.
/// "the above" (plain) is every module listed above it; "lower ones" (tui) are `content`,
/// `text`, `workbook`, `map`, `words` and `format`; `commands` may import everything.
const ALLOWED: &[(&str, &[&str])] = &[
    ("cli", &[]),
    ("content", &["text"]),
    ("text", &[]),
    ("workbook", &["content", "text"]),
    ("map", &["content", "workbook", "text"]),
    ("words", &["content", "workbook", "map", "text"]),
    ("format", &["content", "workbook", "map", "text", "words"]),
    ("app", &["content", "workbook", "map", "text", "words"]),
    (
        "review",
        &[
            "content", "workbook", "map", "format", "text", "words", "app",
        ],
    ),
    (
        "plain",
        &[
            "cli", "content", "text", "workbook", "map", "words", "format", "app", "review",
            "store",
        ],
    ),
    (
        "ui",
        &[
            "app", "review", "content", "workbook", "map", "format", "text", "words",
        ],
    ),
    (
        "store",
        &["content", "workbook", "map", "format", "text", "words"],
    ),
    (
        "tui",
        &[
            "app", "review", "ui", "store", "plain", "content", "text", "workbook", "map", "words",
            "format",
        ],
    ),
    (
        "commands",
        &[
            "cli", "content", "text", "workbook", "map", "words", "format", "app", "review",
            "plain", "ui", "store", "tui",
        ],
    ),
];

/// Arrows the table allows only in part: (from, to, what of `to` may be named right under
/// it). `review` reuses the participant's editor (`app::editor`) and map view (`app::map`,
/// re-exported as `app::MapView` and `app::MapDrawn`), nothing else of `app`.
const NARROW: &[(&str, &str, &[&str])] =
    &[("review", "app", &["editor", "map", "MapView", "MapDrawn"])];

/// Where `ratatui`, `ratatui_textarea` and `crossterm` may appear, and which of them:
/// `ui` and `tui` all three; `app::editor`, the state machines' one text editor, only
/// `ratatui_textarea` (its editing and undo history; no styles, no terminal).
const TERMINAL_ALLOWED: &[(&str, &[&str])] = &[
    ("src/ui/", TERMINAL_MARKERS),
    ("src/tui.rs", TERMINAL_MARKERS),
    ("src/tui/", TERMINAL_MARKERS),
    ("src/app/editor.rs", &["ratatui_textarea::"]),
    ("src/app/editor/", &["ratatui_textarea::"]),
];

/// Where files, the environment and the clock may be touched: the I/O layer and `main.rs`.
const IO_ALLOWED: &[&str] = &["src/store/", "src/main.rs"];

/// What this step could not clear: (file, rule, reason). A rule is `crate::X` (an import of
/// top-level module X the table does not allow), `terminal`, `io` or `clock`. Empty: keep
/// it so.
const KNOWN_EXCEPTIONS: &[(&str, &str, &str)] = &[];

/// Paths that name files, the environment or the process's I/O beyond the terminal.
const IO_MARKERS: &[&str] = &[
    "std::fs",
    "fs::read",
    "fs::write",
    "fs::metadata",
    "fs::symlink_metadata",
    "fs::canonicalize",
    "fs::create_dir",
    "fs::remove",
    "fs::rename",
    "std::env::var",
    "env::var",
    "env::set_var",
    "File::",
    "OpenOptions",
];

/// Calls that read the clock or the system's time zone.
const CLOCK_MARKERS: &[&str] = &[
    "Zoned::now",
    "ZonedDateTime::now",
    "Timestamp::now",
    "TimeZone::system",
    "SystemTime::now",
    "Instant::now",
    "elapsed()",
];

const TERMINAL_MARKERS: &[&str] = &["ratatui::", "ratatui_textarea::", "crossterm::"];

fn top(src: &Source) -> Option<&str> {
    src.module.first().map(String::as_str)
}

fn allowed(from: &str) -> Option<&'static [&'static str]> {
    ALLOWED.iter().find(|(m, _)| *m == from).map(|(_, a)| *a)
}

/// Findings as (file, rule, detail); the rule is what `KNOWN_EXCEPTIONS` names.
fn findings(sources: &[Source]) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for src in sources {
        let Some(from) = top(src) else { continue };
        let names: BTreeSet<&str> = ALLOWED.iter().map(|(m, _)| *m).collect();
        if !names.contains(from) {
            out.push((
                src.path.clone(),
                "module".to_string(),
                format!("top-level module `{from}` is not in the table"),
            ));
            continue;
        }
        let ok = allowed(from).unwrap_or(&[]);
        for target in targets(src) {
            if names.contains(target.as_str()) && !ok.contains(&target.as_str()) {
                out.push((
                    src.path.clone(),
                    format!("crate::{target}"),
                    format!("`{from}` may not import `{target}`"),
                ));
            }
        }
        for (f, to, parts) in NARROW.iter().filter(|(f, _, _)| *f == from) {
            for path in paths(src).iter().filter(|p| p[0] == *to) {
                let named = path.get(1).map_or("", String::as_str);
                if !parts.contains(&named) {
                    out.push((
                        src.path.clone(),
                        format!("crate::{to}"),
                        format!(
                            "`{f}` may use only {parts:?} of `{to}`, not `{}`",
                            path.join("::")
                        ),
                    ));
                }
            }
        }
        let terminal_here: &[&str] = TERMINAL_ALLOWED
            .iter()
            .find(|(p, _)| src.path.starts_with(p))
            .map_or(&[], |(_, m)| *m);
        let io_here = IO_ALLOWED.iter().any(|p| src.path.starts_with(p));
        let checks: [(&str, &[&str], &[&str]); 3] = [
            ("terminal", TERMINAL_MARKERS, terminal_here),
            ("io", IO_MARKERS, if io_here { IO_MARKERS } else { &[] }),
            (
                "clock",
                CLOCK_MARKERS,
                if io_here { CLOCK_MARKERS } else { &[] },
            ),
        ];
        for (rule, markers, free) in checks {
            for marker in markers.iter().filter(|m| !free.contains(m)) {
                for (at, _) in src.code.match_indices(marker) {
                    let before = src.code[..at].chars().next_back().unwrap_or(' ');
                    if is_ident(before) {
                        continue;
                    }
                    let line = src.code[..at].matches('\n').count() + 1;
                    out.push((
                        src.path.clone(),
                        rule.to_string(),
                        format!("line {line}: `{marker}`"),
                    ));
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

fn is_known(file: &str, rule: &str) -> bool {
    KNOWN_EXCEPTIONS
        .iter()
        .any(|(f, r, _)| *f == file && *r == rule)
}

#[test]
fn every_import_and_every_io_call_is_where_the_table_allows() {
    let sources = sources();
    assert!(sources.len() > 100, "read only {} files", sources.len());
    let found = findings(&sources);
    let broken: Vec<String> = found
        .iter()
        .filter(|(file, rule, _)| !is_known(file, rule))
        .map(|(file, rule, detail)| format!("{file}: {rule}: {detail}"))
        .collect();
    assert!(
        broken.is_empty(),
        "layering rules broken (see ALLOWED and KNOWN_EXCEPTIONS in tests/layering.rs):\n{}",
        broken.join("\n")
    );
}

#[test]
fn every_known_exception_is_still_needed() {
    let found = findings(&sources());
    let stale: Vec<String> = KNOWN_EXCEPTIONS
        .iter()
        .filter(|(file, rule, _)| !found.iter().any(|(f, r, _)| f == file && r == rule))
        .map(|(file, rule, why)| format!("{file}: {rule} ({why})"))
        .collect();
    assert!(
        stale.is_empty(),
        "these exceptions no longer match anything; remove them from KNOWN_EXCEPTIONS:\n{}",
        stale.join("\n")
    );
}

#[test]
fn no_cycle_runs_between_top_level_modules() {
    let sources = sources();
    let names: BTreeSet<&str> = ALLOWED.iter().map(|(m, _)| *m).collect();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for src in &sources {
        let Some(from) = top(src) else { continue };
        for target in targets(src) {
            if names.contains(target.as_str()) {
                edges.entry(from.to_string()).or_default().insert(target);
            }
        }
    }
    let found = cycles(&edges);
    assert!(
        found.is_empty(),
        "import cycles between top-level modules: {found:?}"
    );
}

#[test]
fn the_checker_sees_what_it_must() {
    let src = |path: &str, code: &str| Source {
        path: path.to_string(),
        module: module_of(path),
        code: strip_cfg_test(&strip_comments_and_strings(code)),
    };
    let planted = [
        src("src/workbook/model.rs", "use ratatui::style::Color;\n"),
        src("src/app/x.rs", "use crate::{content, ui::text};\n"),
        src(
            "src/review/app/x.rs",
            "fn f() { super::super::super::tui::run(); }\n",
        ),
        src("src/map/x.rs", "fn f() { let _ = std::fs::read(\"a\"); }\n"),
        src("src/words/x.rs", "fn f() { jiff::Timestamp::now(); }\n"),
        src("src/review/app/y.rs", "use crate::app::State;\n"),
        src(
            "src/review/app/z.rs",
            "use crate::{app::{editor::Editor, update}, content};\n",
        ),
        src("src/app/editor.rs", "use ratatui::style::Style;\n"),
        src("src/tui/x.rs", "fn f(t: T) { let _ = t.elapsed(); }\n"),
    ];
    let found = findings(&planted);
    let mut rules: Vec<(&str, &str)> = found
        .iter()
        .map(|(f, r, _)| (f.as_str(), r.as_str()))
        .collect();
    rules.dedup();
    assert_eq!(
        rules,
        [
            ("src/app/editor.rs", "terminal"),
            ("src/app/x.rs", "crate::ui"),
            ("src/map/x.rs", "io"),
            ("src/review/app/x.rs", "crate::tui"),
            ("src/review/app/y.rs", "crate::app"),
            ("src/review/app/z.rs", "crate::app"),
            ("src/tui/x.rs", "clock"),
            ("src/words/x.rs", "clock"),
            ("src/workbook/model.rs", "terminal"),
        ]
    );
    let quiet = [
        src(
            "src/workbook/y.rs",
            "// use crate::ui;\nlet s = \"crate::ui std::fs\";\n",
        ),
        src(
            "src/workbook/z.rs",
            "#[cfg(test)]\nmod tests {\n    use crate::ui;\n}\n",
        ),
        src(
            "src/plain/machine/q.rs",
            "use super::super::text::indented;\n",
        ),
        src(
            "src/review/app/w.rs",
            "use crate::app::editor::{Editor, Move};\nfn f() { crate::app::map::bounded(v, None); }\n",
        ),
        src("src/app/editor.rs", "use ratatui_textarea::TextArea;\n"),
    ];
    assert_eq!(findings(&quiet), []);
    let mut edges = BTreeMap::new();
    edges.insert("a".to_string(), BTreeSet::from(["b".to_string()]));
    edges.insert("b".to_string(), BTreeSet::from(["a".to_string()]));
    assert_eq!(cycles(&edges), [vec!["a".to_string(), "b".to_string()]]);
}
