//! `convene list`: one line per workbook in the data folder — path, initiative, last change,
//! progress — newest first by the last change shown; files that are not workbooks are listed
//! with the reason.
//!
//! Reads only. Never prints a control character from a file to the terminal.

use std::process::ExitCode;

use crate::store::Ctx;
use crate::store::clock::local;
use crate::store::{self, Listed};

use super::visible;

/// Initiatives longer than this (in terminal columns) are cut with `…`.
const MAX_INITIATIVE_COLUMNS: usize = 40;

pub fn run(ctx: &Ctx) -> anyhow::Result<ExitCode> {
    let dir = store::data_dir_path(ctx.data_dir_override.as_deref())?;
    let listed = store::list_workbooks(&dir);
    let text = if listed.is_empty() {
        format!(
            "No workbooks yet in {}.\nStart one with: convene new \"My initiative\"\n",
            visible(&dir.display().to_string())
        )
    } else {
        super::columns(&listed.iter().map(|l| row(ctx, l)).collect::<Vec<_>>())
    };
    // `convene list | head` closing the pipe early is not an error.
    crate::store::console::say(&text)?;
    Ok(ExitCode::SUCCESS)
}

/// One line of the listing: path, initiative, last change, progress; or, for a file that
/// is not a workbook, its path and why (the reason is not part of the columns).
fn row(ctx: &Ctx, listed: &Listed) -> Vec<String> {
    let path = visible(&listed.path.display().to_string());
    match &listed.parsed {
        Ok(wb) => {
            let progress = listed
                .progress(&ctx.pack)
                .map(|p| format!("{}/{}", p.answered, p.total))
                .unwrap_or_default();
            // The time the listing is sorted by (`Listed::last_change`).
            let when = listed.last_change().map_or_else(|| "-".to_string(), local);
            let initiative =
                crate::text::wrap::fit(&visible(&wb.meta.initiative), MAX_INITIATIVE_COLUMNS);
            vec![path, initiative, when, progress]
        }
        Err(reason) => vec![path, format!("({})", visible(reason))],
    }
}

#[cfg(test)]
mod tests {
    use crate::commands::columns;
    use crate::store::clock::human_time;

    #[test]
    fn times_are_shown_to_the_minute_and_bad_ones_are_none() {
        let shown = human_time("2026-11-23T20:15:07+00:00");
        assert!(
            shown
                .as_deref()
                .is_some_and(|s| s.len() == 16 && s.starts_with("2026-11-2"))
        );
        assert_eq!(human_time("last Tuesday"), None);
    }

    #[test]
    fn columns_line_up_and_lines_have_no_trailing_spaces() {
        let row = |cells: &[&str]| cells.iter().map(|c| c.to_string()).collect::<Vec<_>>();
        let lines = [
            row(&["a.md", "Å", "t", "1/2"]),
            row(&["long.md", "Init", "t", ""]),
            row(&["longest.md", "(not a workbook: line 1: x)"]),
        ];
        assert_eq!(
            columns(&lines),
            "a.md        Å     t  1/2\nlong.md     Init  t\nlongest.md  (not a workbook: line 1: x)\n"
        );
    }
}
