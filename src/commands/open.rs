//! `convene open FILE`: open (resume) a workbook file from anywhere.
//!
//! Every failure (missing, locked, unreadable, not a workbook) is one line and exit 1, before
//! the terminal is touched; the file is never changed by a failed open.

use std::io::IsTerminal as _;
use std::process::ExitCode;

use super::Ctx;
use crate::cli::OpenArgs;
use crate::workbook::store;

pub fn run(ctx: &Ctx, args: &OpenArgs) -> anyhow::Result<ExitCode> {
    let (session, workbook) = store::open_workbook(&args.file)?;
    if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
        anyhow::bail!(
            "{} is a workbook, but `convene open` needs a terminal to show it",
            args.file.display()
        );
    }
    super::session::run(ctx, session, workbook)
}
