//! `convene open FILE`: open (resume) a workbook file from anywhere.
//!
//! Every failure (missing, locked, unreadable, not a workbook) is one line and exit 1, before
//! the terminal is touched; the file is never changed by a failed open. In plain mode
//! (`--plain`, `TERM=dumb`, or off a terminal) it is shown as plain lines.

use std::process::ExitCode;

use super::Ctx;
use crate::cli::OpenArgs;
use crate::workbook::store;

pub fn run(ctx: &Ctx, args: &OpenArgs, plain: bool) -> anyhow::Result<ExitCode> {
    let (session, workbook) = store::open_workbook(&args.file)?;
    super::session::run_in(ctx, session, workbook, plain)
}
