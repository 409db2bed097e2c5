//! The environment: the few variables convene reads itself (clap reads `CONVENE_DATA_DIR`
//! and `CONVENE_COACH` for the command line): the terminal's, one per setting, and whether
//! standard input and output are a terminal.
//!
//! The only place convene reads an environment variable; never sets one.

use std::path::PathBuf;

use crate::format::settings::Env;

/// Names another settings file (tests, or a settings file an IT team hands out).
pub const SETTINGS_VAR: &str = "CONVENE_SETTINGS";
/// The environment variable for each setting.
pub const PARTICIPANT_VAR: &str = "CONVENE_PARTICIPANT";
pub const COACH_VAR: &str = "CONVENE_COACH";
pub const MOUSE_VAR: &str = "CONVENE_MOUSE";
pub const CONTENT_VAR: &str = "CONVENE_CONTENT";

/// `CONVENE_SETTINGS`, when it is set and not empty.
pub fn settings_file() -> Option<PathBuf> {
    std::env::var_os(SETTINGS_VAR)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
}

/// The settings' environment variables that are set (names as text, lossily; the pack's
/// folder as the path it is).
pub fn settings() -> Env {
    let text = |name: &'static str| {
        std::env::var_os(name).map(|v| (v.to_string_lossy().into_owned(), name))
    };
    Env {
        participant: text(PARTICIPANT_VAR),
        coach: text(COACH_VAR),
        mouse: text(MOUSE_VAR),
        content: std::env::var_os(CONTENT_VAR).map(|v| (PathBuf::from(v), CONTENT_VAR)),
    }
}

/// True when `TERM` is `dumb` (a terminal that cannot be drawn on).
pub fn term_is_dumb() -> bool {
    std::env::var_os("TERM").is_some_and(|t| t == "dumb")
}

/// True when standard input and standard output are both terminals (plain mode is used
/// otherwise).
pub fn stdio_is_terminal() -> bool {
    use std::io::IsTerminal as _;
    std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
}

/// Colour unless `NO_COLOR` is set to something (https://no-color.org).
pub fn colour_wanted() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}
