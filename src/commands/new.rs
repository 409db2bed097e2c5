//! `convene new [INITIATIVE] [--participant NAME] [--out FILE]`: start a workbook and open it.
//!
//! Never replaces an existing file. Without an initiative it is a usage error (exit 2) until
//! the TUI can ask for one. In plain mode (`--plain`, `TERM=dumb`, or off a terminal) the
//! workbook is filled in as plain lines read from standard input.

use std::process::ExitCode;

use super::Ctx;
use crate::cli::NewArgs;
use crate::workbook::store;

pub fn run(ctx: &Ctx, args: &NewArgs, plain: bool) -> anyhow::Result<ExitCode> {
    let initiative = args.initiative.as_deref().unwrap_or("").trim();
    if initiative.is_empty() {
        eprintln!(
            "convene: `convene new` needs your initiative's name, e.g. \
             convene new \"Falls prevention partnership\""
        );
        return Ok(ExitCode::from(2));
    }
    let participant = args.participant.as_deref().unwrap_or("");
    let path = match &args.out {
        Some(out) if crate::workbook::notes::is_sidecar(out) => anyhow::bail!(
            "{} is the name of a coach's notes file (`NAME.coach.md`), not of a workbook; \
             choose another name",
            crate::review::visible(&out.display().to_string())
        ),
        Some(out) => out.clone(),
        None => {
            let dir = store::data_dir(ctx.data_dir_override.as_deref())?;
            store::new_workbook_path(&dir, initiative)
        }
    };
    let workbook = store::blank_workbook(&ctx.pack, initiative, participant);
    let session = store::create_workbook(&path, &workbook, &ctx.pack)?;
    super::session::run_in(ctx, session, workbook, plain)
}
