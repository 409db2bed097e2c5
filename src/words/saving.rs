//! What the participant is told about where their answers are when a save could not go into
//! the workbook itself (someone else changed it while it was open): plainly, with full
//! paths and the command that opens the copy — when it happens, at quit, and at the next
//! open. Used by the TUI, plain mode and the commands alike.
//!
//! Words only.

/// A path as one word for a shell command line: quoted when it holds anything but plain
/// characters.
pub fn shell_word(s: &str) -> String {
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '/' | '.' | '-' | '_' | '~' | '+' | ','))
    {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

/// The command that opens `path` (in plain mode when `plain`).
pub fn open_command(path: &str, plain: bool) -> String {
    let mode = if plain { "--plain " } else { "" };
    format!("convene {mode}open {}", shell_word(path))
}

/// At quit (and at the end of plain mode), when the answers went to a copy.
pub fn saved_in_copy(workbook: &str, copy: &str, plain: bool) -> String {
    format!(
        "{workbook} was changed by someone else while you had it open, so convene left it as \
         they saved it. Your answers are saved in {copy}. To go on there: {}",
        open_command(copy, plain)
    )
}

/// The title of the notice shown on opening a workbook that has a copy from a conflict.
pub const COPY_FOUND_TITLE: &str = " A copy from a conflict — Enter opens it, Esc stays here ";

/// What that notice says, one paragraph per line: `copy` is the newest such copy, `others`
/// how many older ones there are.
pub fn copy_found(copy: &str, others: usize) -> Vec<String> {
    let mut lines = vec![
        "When this workbook was changed by someone else while it was open, convene saved the \
         answers from then in a copy beside it, so that neither was lost:"
            .to_string(),
        copy.to_string(),
    ];
    if others > 0 {
        lines.push(format!(
            "(and {others} older cop{} beside it)",
            if others == 1 { "y" } else { "ies" }
        ));
    }
    lines.push(
        "Compare the two and keep what you need in one of them; delete the other when you are \
         done."
            .to_string(),
    );
    lines
}

/// In plain mode, after `copy_found`: how to work on the copy.
pub fn copy_found_plain(copy: &str) -> String {
    format!("To work on the copy: {}", open_command(copy, true))
}

/// A save that stopped on an internal error (a bug), for the status line.
pub fn save_panicked(why: &str) -> String {
    if why.is_empty() {
        "internal error while saving".to_string()
    } else {
        format!("internal error while saving: {why}")
    }
}
