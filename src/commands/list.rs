//! `convene list`: one line per workbook in the data folder — path, initiative, last change,
//! progress — newest first; files that are not workbooks are listed with the reason.
//!
//! Reads only. Never prints a control character from a file to the terminal.

use std::io::Write as _;
use std::process::ExitCode;

use unicode_width::UnicodeWidthStr as _;

use crate::store::Ctx;
use crate::store::clock::{file_time, human_time};
use crate::store::{self, Listed};

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
        table(&listed.iter().map(|l| row(ctx, l)).collect::<Vec<_>>())
    };
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        // `convene list | head` closing the pipe early is not an error.
        Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => Err(err.into()),
        _ => Ok(ExitCode::SUCCESS),
    }
}

/// One line of the listing.
enum Line {
    /// Path, initiative, last change, progress.
    Workbook([String; 4]),
    /// Path, and why the file is not a workbook (not part of the columns).
    Unreadable(String, String),
}

fn row(ctx: &Ctx, listed: &Listed) -> Line {
    let path = visible(&listed.path.display().to_string());
    match &listed.parsed {
        Ok(wb) => {
            let progress = listed
                .progress(&ctx.pack)
                .map(|p| format!("{}/{}", p.answered, p.total))
                .unwrap_or_default();
            let when = human_time(&wb.meta.updated)
                .or_else(|| listed.modified.and_then(file_time))
                .unwrap_or_else(|| "-".to_string());
            let initiative =
                crate::text::wrap::fit(&visible(&wb.meta.initiative), MAX_INITIATIVE_COLUMNS);
            Line::Workbook([path, initiative, when, progress])
        }
        Err(reason) => Line::Unreadable(path, format!("(not a workbook: {})", visible(reason))),
    }
}

/// Lines as aligned columns, two spaces apart; no trailing spaces.
fn table(lines: &[Line]) -> String {
    let mut widths = [0usize; 4];
    for line in lines {
        match line {
            Line::Workbook(cells) => {
                for (w, cell) in widths.iter_mut().zip(cells) {
                    *w = (*w).max(cell.width());
                }
            }
            Line::Unreadable(path, _) => widths[0] = widths[0].max(path.width()),
        }
    }
    let pad = |cell: &str, width: usize| {
        format!(
            "{cell}{}",
            " ".repeat(width.saturating_sub(cell.width()) + 2)
        )
    };
    let mut out = String::new();
    for line in lines {
        let text = match line {
            Line::Workbook([path, initiative, when, progress]) => format!(
                "{}{}{}{progress}",
                pad(path, widths[0]),
                pad(initiative, widths[1]),
                pad(when, widths[2])
            ),
            Line::Unreadable(path, reason) => format!("{}{reason}", pad(path, widths[0])),
        };
        out.push_str(text.trim_end());
        out.push('\n');
    }
    out
}

/// Control and bidirectional-override characters made visible (`␛`, `�`), so a file's text
/// can never drive the terminal.
fn visible(text: &str) -> String {
    crate::text::sanitize::clean(text).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_made_visible() {
        assert_eq!(visible("a\u{1b}[31mb\n\u{7f}\u{202e}"), "a␛[31mb␊␡\u{fffd}");
    }

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
        let lines = [
            Line::Workbook(["a.md".into(), "Å".into(), "t".into(), "1/2".into()]),
            Line::Workbook(["long.md".into(), "Init".into(), "t".into(), "".into()]),
            Line::Unreadable("longest.md".into(), "(not a workbook: line 1: x)".into()),
        ];
        assert_eq!(
            table(&lines),
            "a.md        Å     t  1/2\nlong.md     Init  t\nlongest.md  (not a workbook: line 1: x)\n"
        );
    }
}
