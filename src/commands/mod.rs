//! Carrying out commands: the edge where the command line meets the store (`store`, the
//! I/O layer) and the front ends (`tui`, `plain`).
//!
//! Each subcommand has its own file. Errors go up as `anyhow::Error`; `main` prints them
//! as one line and exits 1.

pub mod check;
pub mod docs;
pub mod export;
pub mod list;
pub mod new;
pub mod open;
pub mod review;
pub mod session;
pub mod settings;

use std::process::ExitCode;

use crate::cli::{Cli, Command, GlobalArgs};
use crate::format::settings::{Flags, Settings};
use crate::store::Ctx;

/// Runs the command the user asked for. The completions and the manual need no settings (so
/// they work even when the settings file is broken); every other command starts from the
/// settings in force.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let flags = flags(&cli);
    match cli.command {
        Some(Command::Completions(args)) => docs::completions(args.shell),
        Some(Command::Man(args)) => docs::man(args.command.as_deref()),
        Some(Command::Settings) => settings::run(flags),
        Some(Command::Check(args)) => {
            let settings = load_settings(flags)?;
            check::run(&args, settings.content.value.as_deref())
        }
        Some(Command::New(args)) => {
            let plain = screen_ahead(&cli.global);
            new::run(&ctx(&cli.global, flags)?, &args, plain)
        }
        Some(Command::Open(args)) => {
            let plain = screen_ahead(&cli.global);
            open::run(&ctx(&cli.global, flags)?, &args, plain)
        }
        Some(Command::List) => list::run(&ctx(&cli.global, flags)?),
        Some(Command::Review(args)) => {
            review::run(&ctx(&cli.global, flags)?, &args, plain(&cli.global))
        }
        Some(Command::Export(args)) => export::run(&ctx(&cli.global, flags)?, &args),
        None if plain(&cli.global) => crate::plain::run_home(
            &ctx(&cli.global, flags)?,
            std::io::BufReader::new(std::io::stdin()),
            crate::store::console::stdout(),
        ),
        None => {
            screen_ahead(&cli.global);
            session::home(&ctx(&cli.global, flags)?)
        }
    }
}

/// Whether the command runs in plain mode; when it does not, the full screen's terminal
/// object starts being made (`tui::prepare`, on another thread) while the settings, the
/// pack and the files are read.
fn screen_ahead(global: &GlobalArgs) -> bool {
    let plain = plain(global);
    if !plain {
        crate::tui::prepare();
    }
    plain
}

/// The settings given on the command line: `--content`, `--mouse`/`--no-mouse`, and the
/// names of `new --participant` and `review --coach`.
fn flags(cli: &Cli) -> Flags {
    let global = &cli.global;
    let mouse = if global.no_mouse {
        Some((false, "--no-mouse"))
    } else if global.mouse {
        Some((true, "--mouse"))
    } else {
        None
    };
    Flags {
        participant: match &cli.command {
            Some(Command::New(args)) => args.participant.clone().map(|p| (p, "--participant")),
            _ => None,
        },
        coach: match &cli.command {
            Some(Command::Review(args)) => args.coach.clone().map(|c| (c, "--coach")),
            _ => None,
        },
        mouse,
        content: global.content.clone().map(|c| (c, "--content")),
    }
}

/// The settings in force: flags, then environment variables, then the settings file.
fn load_settings(flags: Flags) -> anyhow::Result<Settings> {
    Ok(crate::store::settings::load(flags)?.settings)
}

/// Whether a workbook is shown in plain mode: `--plain`, `TERM=dumb`, or not a terminal.
fn plain(global: &GlobalArgs) -> bool {
    crate::plain::wanted(global.plain)
}

/// The settings in force and the content pack they name, for workbooks in the data folder
/// the global options name.
pub fn ctx(global: &GlobalArgs, flags: Flags) -> anyhow::Result<Ctx> {
    Ctx::load(load_settings(flags)?, global.data_dir.clone())
}

/// Rows as aligned columns, two spaces apart, with no trailing spaces. A row's last cell is
/// not padded and does not widen its column, so a long note ending one row (why a file is
/// not a workbook) leaves the other rows' columns alone.
pub(crate) fn columns(rows: &[Vec<String>]) -> String {
    use unicode_width::UnicodeWidthStr as _;
    let mut widths: Vec<usize> = Vec::new();
    for row in rows {
        for (i, cell) in row.iter().enumerate().take(row.len().saturating_sub(1)) {
            if widths.len() <= i {
                widths.resize(i + 1, 0);
            }
            widths[i] = widths[i].max(cell.width());
        }
    }
    let mut out = String::new();
    for row in rows {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            line.push_str(cell);
            if i + 1 < row.len() {
                let width = widths.get(i).copied().unwrap_or(0);
                line.push_str(&" ".repeat(width.saturating_sub(cell.width()) + 2));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Text from a file or the environment as one line with control and bidirectional-override
/// characters made visible (`␛`, `�`), so it can never drive the terminal.
pub(crate) fn visible(text: &str) -> String {
    crate::text::sanitize::clean(text).into_owned()
}

/// An error chain as one line: "outer: inner: root cause".
pub fn one_line(err: &anyhow::Error) -> String {
    crate::store::reason(err.as_ref())
}

#[cfg(test)]
mod tests {
    #[test]
    fn control_characters_are_made_visible() {
        assert_eq!(
            super::visible("a\u{1b}[31mb\n\u{7f}\u{202e}"),
            "a␛[31mb␊␡\u{fffd}"
        );
    }
}
