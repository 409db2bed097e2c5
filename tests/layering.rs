//! The layering rules of `src/`, checked on every test run: which top-level module may import
//! which (the table in the plan, copied once below as `ALLOWED`), where terminal types may
//! appear, where files, the environment and the clock may be touched, and that no cycle runs
//! between top-level modules.
//!
//! Reads the sources as text (`layering_support`): comments, string literals and `#[cfg(test)]` code (test
//! modules and test files) are left out. What this step could not clear yet is listed in
//! `KNOWN_EXCEPTIONS`, each with its reason; an exception that no longer matches anything
//! fails too, so the list only shrinks. Never changes a file.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod layering_support;

use std::collections::{BTreeMap, BTreeSet};

use layering_support::{
    Source, cycles, is_ident, module_of, sources, strip_cfg_test, strip_comments_and_strings,
    targets,
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
        &["content", "workbook", "map", "format", "text", "words"],
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
            "app", "review", "content", "workbook", "map", "text", "words",
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

/// Where `ratatui`, `ratatui_textarea` and `crossterm` may appear: `ui`, `tui`, the editor
/// that wraps ratatui-textarea, and the two keymaps that turn crossterm key events into
/// the state machines' keys.
const TERMINAL_ALLOWED: &[&str] = &[
    "src/ui/",
    "src/tui.rs",
    "src/tui/",
    "src/app/editor.rs",
    "src/app/keymap.rs",
    "src/review/app/keys.rs",
];

/// Where files, the environment and the clock may be touched: the I/O layer and `main.rs`.
const IO_ALLOWED: &[&str] = &["src/store/", "src/main.rs"];

/// What this step could not clear: (file, rule, reason). A rule is `crate::X` (an import of
/// top-level module X the table does not allow), `terminal`, `io` or `clock`.
const KNOWN_EXCEPTIONS: &[(&str, &str, &str)] = &[
    (
        "src/app/map.rs",
        "crate::ui",
        "the map view's scroll limit asks ui::map::line_count at ui::MIN_WIDTH; layout feedback replaces it",
    ),
    (
        "src/review/app/mod.rs",
        "crate::app",
        "the review state holds the participant's Editor and MapView; they move below both machines",
    ),
    (
        "src/review/app/notes.rs",
        "crate::app",
        "the coach's note editor is the participant's app::editor::Editor; it moves below both machines",
    ),
    (
        "src/review/app/nav.rs",
        "crate::app",
        "the review map reuses app::map's view moves (MapView, apply, bounded); they move below both machines",
    ),
    (
        "src/ui/review/answer.rs",
        "crate::format",
        "draws an answer as words with format::answer; the table has no ui -> format arrow yet",
    ),
    (
        "src/ui/review/mod.rs",
        "crate::format",
        "names a participant with format::answer::participant_name; the table has no ui -> format arrow yet",
    ),
    (
        "src/app/edit.rs",
        "terminal",
        "builds the ratatui-textarea editor and its styles; the editing core (workbook::edit) takes it over",
    ),
    (
        "src/app/welcome.rs",
        "terminal",
        "the name field is a ratatui-textarea; the editing core takes it over",
    ),
    (
        "src/review/app/notes.rs",
        "terminal",
        "the note editor is a ratatui-textarea with styles; the editing core takes it over",
    ),
    (
        "src/tui.rs",
        "clock",
        "the autosave timer in the event loop reads Instant::now; the loop's timer moves behind store",
    ),
];

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
        let under = |list: &[&str]| list.iter().any(|p| src.path.starts_with(p));
        let checks: [(&str, &[&str], bool); 3] = [
            ("terminal", TERMINAL_MARKERS, under(TERMINAL_ALLOWED)),
            ("io", IO_MARKERS, under(IO_ALLOWED)),
            ("clock", CLOCK_MARKERS, under(IO_ALLOWED)),
        ];
        for (rule, markers, allowed_here) in checks {
            if allowed_here {
                continue;
            }
            for marker in markers {
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
            // A known exception is a known arrow: it may not close a cycle either, except
            // the one the plan names (app -> ui, until layout feedback replaces it).
            let exempt = src.path == "src/app/map.rs" && target == "ui";
            if names.contains(target.as_str()) && !exempt {
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
            ("src/app/x.rs", "crate::ui"),
            ("src/map/x.rs", "io"),
            ("src/review/app/x.rs", "crate::tui"),
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
    ];
    assert_eq!(findings(&quiet), []);
    let mut edges = BTreeMap::new();
    edges.insert("a".to_string(), BTreeSet::from(["b".to_string()]));
    edges.insert("b".to_string(), BTreeSet::from(["a".to_string()]));
    assert_eq!(cycles(&edges), [vec!["a".to_string(), "b".to_string()]]);
}
