//! `convene list`: one line per workbook in the data directory. PLACEHOLDER.

use std::process::ExitCode;

use super::Ctx;

pub fn run(_ctx: &Ctx) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`convene list` is not available yet")
}
