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
    let mut ctx = ctx.clone();
    ctx.notes_also.extend(args.notes.iter().cloned());
    let mut file = args.file.clone();
    if let Some(named) = notes::workbook_of(&args.file) {
        // A feedback file: open the workbook it is about, with these notes.
        let data = store::data_dir(ctx.data_dir_override.as_deref()).unwrap_or_default();
        let Some(workbook) = store::feedback::workbook_for_notes(&args.file, &data) else {
            anyhow::bail!(
                "{} is a coach's notes file, not a workbook, and the workbook it is about is \
                 not beside it nor among your workbooks; open that workbook with \
                 `convene open WORKBOOK --notes {}` (by its name it would be {})",
                visible(&args.file.display().to_string()),
                visible(&shell_word(&args.file.display().to_string())),
                visible(&named.display().to_string()),
            );
        };
        ctx.notes_also.push(args.file.clone());
        file = workbook;
    }
    // The own text outside the answers is found once the screen is drawn.
    let (session, workbook, later) = store::open_workbook_for_later(&file, &ctx.pack)?;
    super::session::run_in(&ctx, session, workbook, Some(later), plain)
}
