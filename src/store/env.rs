//! The environment: the few variables convene reads itself (clap reads `CONVENE_DATA_DIR`
//! and `CONVENE_COACH` for the command line).
//!
//! The only place convene reads an environment variable; never sets one.

/// True when `TERM` is `dumb` (a terminal that cannot be drawn on).
pub fn term_is_dumb() -> bool {
    std::env::var_os("TERM").is_some_and(|t| t == "dumb")
}

/// Colour unless `NO_COLOR` is set to something (https://no-color.org).
pub fn colour_wanted() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}
