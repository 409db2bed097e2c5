//! The environment: the few variables convene reads itself (clap reads `CONVENE_DATA_DIR`
//! and `CONVENE_COACH` for the command line), and whether standard input and output are a
//! terminal.
//!
//! The only place convene reads an environment variable; never sets one.

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
