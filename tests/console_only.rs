//! Every line convene prints goes through `store::console`, the one place that makes it safe
//! for a terminal (issue 16, point 6): no print macro anywhere else in `src/`, and standard
//! output or error touched only there, by the terminal edge (`tui`, whose screen is drawn
//! from sanitised text) and to ask whether it is a terminal. Reads the sources as text
//! (comments, strings and `#[cfg(test)]` code left out).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod layering_support;

const CONSOLE: &str = "src/store/console.rs";
const TERMINAL_EDGE: &[&str] = &["src/tui.rs", "src/tui/"];

fn findings(sources: &[layering_support::Source]) -> Vec<String> {
    let mut found = Vec::new();
    for src in sources {
        if src.path == CONSOLE {
            continue;
        }
        let code = &src.code;
        for mark in ["println!", "eprintln!", "print!", "eprint!", "dbg!"] {
            for (at, _) in code.match_indices(mark) {
                let before = code[..at].chars().next_back().unwrap_or(' ');
                if !layering_support::is_ident(before) {
                    found.push(format!("{}: `{mark}`", src.path));
                }
            }
        }
        if TERMINAL_EDGE.iter().any(|p| src.path.starts_with(p)) {
            continue;
        }
        for mark in ["stdout()", "stderr()"] {
            for (at, _) in code.match_indices(mark) {
                let before = code[..at].chars().next_back().unwrap_or(' ');
                let asks = code[at + mark.len()..].starts_with(".is_terminal()");
                if !layering_support::is_ident(before)
                    && !code[..at].ends_with("console::")
                    && !asks
                {
                    found.push(format!("{}: `{mark}`", src.path));
                }
            }
        }
    }
    found
}

#[test]
fn every_printed_line_goes_through_the_console() {
    let found = findings(&layering_support::sources());
    assert!(
        found.is_empty(),
        "print through store::console (it makes every line safe):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_sees_a_print_outside_the_console() {
    let src = |path: &str, code: &str| layering_support::Source {
        path: path.to_string(),
        module: layering_support::module_of(path),
        code: code.to_string(),
    };
    let found = findings(&[
        src("src/commands/x.rs", "fn f() { eprintln!(\"{}\", x); }"),
        src("src/plain/y.rs", "let mut o = std::io::stdout().lock();"),
        src("src/plain/z.rs", "if std::io::stdout().is_terminal() {}"),
        src(
            "src/plain/w.rs",
            "let o = console::stdout(); if e.use_stderr() {}",
        ),
        src(CONSOLE, "println!(\"ok here\");"),
    ]);
    assert_eq!(
        found,
        [
            "src/commands/x.rs: `eprintln!`",
            "src/plain/y.rs: `stdout()`"
        ]
    );
}
