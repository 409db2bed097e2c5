//! `convene review PATH...`: the coach's view. Not built yet (its own issue).

use std::process::ExitCode;

use super::Ctx;
use crate::cli::ReviewArgs;

pub fn run(_ctx: &Ctx, _args: &ReviewArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!(
        "`convene review` is not available in this version yet; open a workbook file in any \
         Markdown viewer meanwhile"
    )
}
