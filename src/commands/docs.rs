//! `convene completions SHELL` and `convene man [COMMAND]`: shell completion scripts and
//! manual pages, generated from the command line's own definitions (`cli`), so they say what
//! `--help` says.
//!
//! Writes through `store::console` only (the script or page raw into a file or pipe, made
//! visible on a terminal); needs no settings, pack or data folder, so both work
//! even when the settings file is broken.

use std::process::ExitCode;

use clap::CommandFactory as _;
use clap_complete::Shell;
use clap_mangen::Man;
use clap_mangen::roff::{Roff, bold, roman};

use crate::cli::Cli;

/// The binary's name, as the shell and `man` know it.
const BIN: &str = "convene";

/// The completion script for `shell`.
pub fn completions(shell: Shell) -> anyhow::Result<ExitCode> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), BIN, &mut out);
    emit(&out)
}

/// The manual page of convene, or of one of its commands (`convene-review(1)`, which the
/// main page's list of commands refers to). An unknown command is a usage error (exit 2).
pub fn man(command: Option<&str>) -> anyhow::Result<ExitCode> {
    let mut cli = Cli::command().disable_help_subcommand(true);
    cli.build();
    let mut out = Vec::new();
    match command {
        None => {
            Man::new(cli).render(&mut out)?;
            out.extend_from_slice(extra_sections().render().as_bytes());
        }
        Some(name) => match cli.find_subcommand(name) {
            Some(sub) => Man::new(sub.clone()).render(&mut out)?,
            None => {
                let names: Vec<&str> = cli.get_subcommands().map(|c| c.get_name()).collect();
                crate::store::console::warn(&format!(
                    "convene: there is no command {:?}; the commands are {}",
                    crate::text::sanitize::clean(name),
                    names.join(", ")
                ));
                return Ok(ExitCode::from(2));
            }
        },
    }
    emit(&out)
}

/// What a manual page has beyond the options: the environment, the files and the exit codes.
fn extra_sections() -> Roff {
    let mut roff = Roff::new();
    let entry = |roff: &mut Roff, term: &str, text: &str| {
        roff.control("TP", []);
        roff.text([bold(term)]);
        roff.text([roman(text)]);
    };
    roff.control("SH", ["ENVIRONMENT"]);
    roff.text([roman(
        "A flag wins over its environment variable, which wins over the settings file.",
    )]);
    for (name, text) in [
        (
            "CONVENE_DATA_DIR",
            "The folder for workbooks (as --data-dir).",
        ),
        (
            "CONVENE_CONTENT",
            "The content pack folder to use (as --content).",
        ),
        (
            "CONVENE_PARTICIPANT",
            "Your name for new workbooks (as convene new --participant).",
        ),
        (
            "CONVENE_COACH",
            "Your name as a coach, signing review notes (as convene review --coach).",
        ),
        (
            "CONVENE_MOUSE",
            "on or off: whether the full screens take the mouse (as --mouse and --no-mouse).",
        ),
        (
            "CONVENE_SETTINGS",
            "Another settings file to read instead of the one in the config folder.",
        ),
        ("NO_COLOR", "When set, no colour."),
        ("TERM", "dumb chooses plain mode."),
    ] {
        entry(&mut roff, name, text);
    }
    roff.control("SH", ["FILES"]);
    for (name, text) in [
        (
            "~/.config/convene/settings.toml",
            "The settings file on Linux (convene settings shows where it is on this \
             machine): participant, coach, mouse and content, one key = value per line.",
        ),
        (
            "~/.local/share/convene/",
            "Workbooks on Linux, one Markdown file each, unless --data-dir says otherwise.",
        ),
        (
            "NAME.coach.md",
            "A coach's notes on the workbook NAME.md, beside it.",
        ),
    ] {
        entry(&mut roff, name, text);
    }
    roff.control("SH", ["EXIT STATUS"]);
    for (code, text) in [
        ("0", "Success."),
        ("1", "A problem, explained in one line on standard error."),
        ("2", "A mistake on the command line."),
    ] {
        entry(&mut roff, code, text);
    }
    roff
}

/// The script or page on standard output: exactly as generated into a file or pipe (`convene
/// man | man -l -`, `convene completions bash > FILE`), made visible on a terminal, like
/// any data asked for (`store::console::data`).
fn emit(bytes: &[u8]) -> anyhow::Result<ExitCode> {
    crate::store::console::data(&String::from_utf8_lossy(bytes))?;
    Ok(ExitCode::SUCCESS)
}
