//! Carrying out commands: the edge where the command line meets files and the terminal.
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

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context as _, anyhow};

use crate::cli::{Cli, Command, GlobalArgs};
use crate::content::{self, Pack};

/// What every command needs: the content pack and where workbooks live.
#[derive(Debug)]
pub struct Ctx {
    pub pack: Pack,
    /// `--data-dir` / `CONVENE_DATA_DIR`, if given; otherwise the platform data directory.
    pub data_dir_override: Option<PathBuf>,
}

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
    let pack = load_pack(global.content.as_deref())?;
    Ok(Ctx {
        pack,
        data_dir_override: global.data_dir.clone(),
    })
}

/// The built-in pack, or the one in `dir`; problems become one error that lists them all.
pub fn load_pack(dir: Option<&std::path::Path>) -> anyhow::Result<Pack> {
    let loaded = match dir {
        Some(dir) => content::load_dir(dir),
        None => content::load_builtin(),
    };
    loaded
        .map_err(|problems| {
            let (name, check) = match dir {
                Some(d) => (
                    d.display().to_string(),
                    format!("convene check {}", d.display()),
                ),
                None => (
                    "built into convene".to_string(),
                    "convene check".to_string(),
                ),
            };
            let first = problems.first().map(|p| {
                let file =
                    dir.map_or_else(|| p.file.clone(), |d| d.join(&p.file).display().to_string());
                format!("; the first: {file}:{}:{}: {}", p.line, p.column, p.message)
            });
            anyhow!(
                "the content pack {name} has {} problem(s) (`{check}` lists them all){}",
                problems.len(),
                first.unwrap_or_default()
            )
        })
        .context("cannot load the content pack")
}

/// An error chain as one line: "outer: inner: root cause".
pub fn one_line(err: &anyhow::Error) -> String {
    let parts: Vec<String> = err.chain().map(|e| e.to_string()).collect();
    parts.join(": ")
}
