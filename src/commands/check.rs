//! `convene check [DIR]`: validate a content pack. PLACEHOLDER until the loader lands.

use std::process::ExitCode;

use crate::cli::CheckArgs;

pub fn run(args: &CheckArgs) -> anyhow::Result<ExitCode> {
    match super::load_pack(args.dir.as_deref()) {
        Ok(_) => Ok(ExitCode::SUCCESS),
        Err(err) => Err(err),
    }
}
