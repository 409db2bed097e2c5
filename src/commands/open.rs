//! `convene open FILE`: open (resume) a workbook file from anywhere.
//!
//! Every failure (missing, locked, unreadable, not a workbook) is one line and exit 1, before
//! the terminal is touched; the file is never changed by a failed open. In plain mode
//! (`--plain`, `TERM=dumb`, or off a terminal) it is shown as plain lines.

use std::process::ExitCode;

use crate::cli::OpenArgs;
use crate::store;
use crate::store::Ctx;
use crate::text::sanitize::visible;
use crate::words::saving::shell_word;
use crate::workbook::notes;

pub fn run(ctx: &Ctx, args: &OpenArgs, plain: bool) -> anyhow::Result<ExitCode> {
    if let Some(workbook) = notes::workbook_of(&args.file) {
        anyhow::bail!(
            "{} is a coach's notes file, not a workbook: it holds the notes on {}; open that \
             workbook (`convene open {}`) and the notes are shown beside its answers",
            visible(&args.file.display().to_string()),
            visible(&workbook.display().to_string()),
            visible(&shell_word(&workbook.display().to_string())),
        );
    }
    let (session, workbook) = store::open_workbook_for(&args.file, &ctx.pack)?;
    super::session::run_in(ctx, session, workbook, plain)
}
