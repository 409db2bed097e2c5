//! `convene new`: start a workbook and open it. PLACEHOLDER.

use std::process::ExitCode;

use super::Ctx;
use crate::cli::NewArgs;

pub fn run(_ctx: &Ctx, _args: &NewArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`convene new` is not available yet")
}
