//! Plain mode's text helpers: multi-line text laid out as indented lines. Every line it
//! writes passes through `text::sanitize::plain_visible` (in `write_lines`), so no control
//! character or escape sequence from a pack or a workbook ever reaches the output.
//!
//! Pure text; never writes anything itself.

/// Multi-line text (a guidance note, an answer) as lines, each indented by `indent`; blank
/// lines stay blank (no trailing spaces).
pub fn indented(text: &str, indent: &str) -> Vec<String> {
    text.trim_end()
        .lines()
        .map(|l| {
            if l.trim().is_empty() {
                String::new()
            } else {
                format!("{indent}{l}")
            }
        })
        .collect()
}
