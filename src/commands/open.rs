//! `convene open FILE`: open (resume) a workbook. PLACEHOLDER.

use std::process::ExitCode;

use super::Ctx;
use crate::cli::OpenArgs;

pub fn run(_ctx: &Ctx, _args: &OpenArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`convene open` is not available yet")
}
