//! Carrying out commands: the edge where the command line meets the store (`store`, the
//! I/O layer) and the front ends (`tui`, `plain`).
//!
//! Each subcommand has its own file. Errors go up as `anyhow::Error`; `main` prints them
//! as one line and exits 1.

pub mod check;
pub mod export;
pub mod list;
pub mod new;
pub mod open;
pub mod review;
pub mod session;

use std::process::ExitCode;

use crate::cli::{Cli, Command, GlobalArgs};
use crate::store::Ctx;

/// Runs the command the user asked for.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Some(Command::Check(args)) => check::run(&args, cli.global.content.as_deref()),
        Some(Command::New(args)) => new::run(&ctx(&cli.global)?, &args, plain(&cli.global)),
        Some(Command::Open(args)) => open::run(&ctx(&cli.global)?, &args, plain(&cli.global)),
        Some(Command::List) => list::run(&ctx(&cli.global)?),
        Some(Command::Review(args)) => review::run(&ctx(&cli.global)?, &args, plain(&cli.global)),
        Some(Command::Export(args)) => export::run(&ctx(&cli.global)?, &args),
        None if plain(&cli.global) => crate::plain::run_home(
            &ctx(&cli.global)?,
            std::io::stdin().lock(),
            std::io::stdout().lock(),
        ),
        None => session::home(&ctx(&cli.global)?),
    }
}

/// Whether a workbook is shown in plain mode: `--plain`, `TERM=dumb`, or not a terminal.
fn plain(global: &GlobalArgs) -> bool {
    crate::plain::wanted(global.plain)
}

/// Loads the content pack named by the global options.
pub fn ctx(global: &GlobalArgs) -> anyhow::Result<Ctx> {
    Ctx::load(global.content.as_deref(), global.data_dir.clone())
}

/// An error chain as one line: "outer: inner: root cause".
pub fn one_line(err: &anyhow::Error) -> String {
    let parts: Vec<String> = err.chain().map(|e| e.to_string()).collect();
    parts.join(": ")
}
