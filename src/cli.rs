//! The command line (clap): global options and subcommands, per DESIGN.md §3.1.
//!
//! Declarations only; `commands` carries them out.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "convene",
    version,
    about = "An offline workbook for systems conveners: map your initiative theme by theme.",
    long_about = "An offline workbook for systems conveners: map your initiative theme by theme \
        (a landscape perspective; boundaries and identities; power and agency; value creation; \
        legitimacy and the convening call). Your answers are kept as a Markdown file that you \
        own and can send to a coach.\n\nRun without a command to open your workbooks."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// Use the content pack in DIR instead of the built-in one. Also CONVENE_CONTENT, or
    /// `content = "DIR"` in the settings file.
    #[arg(long, global = true, value_name = "DIR")]
    pub content: Option<PathBuf>,

    /// Keep workbooks in DIR instead of the platform data directory.
    #[arg(long, global = true, value_name = "DIR", env = "CONVENE_DATA_DIR")]
    pub data_dir: Option<PathBuf>,

    /// Plain mode: the workbook as plain lines, for screen readers, scripts and dumb
    /// terminals (also chosen by itself when TERM=dumb or input/output is not a terminal).
    #[arg(long, global = true)]
    pub plain: bool,

    /// Leave the mouse to the terminal, so its own text selection works (the full screens
    /// then take no clicks or wheel). Also CONVENE_MOUSE=off, or `mouse = false` in the
    /// settings file.
    #[arg(long, global = true, overrides_with = "mouse")]
    pub no_mouse: bool,

    /// Take the mouse in the full screens (click a question, scroll with the wheel), whatever
    /// CONVENE_MOUSE or the settings file say. This is the default.
    #[arg(long, global = true, overrides_with = "no_mouse")]
    pub mouse: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start a new workbook and open it.
    New(NewArgs),
    /// Open (resume) a workbook file from anywhere.
    Open(OpenArgs),
    /// List the workbooks in the data directory: path, initiative, last change, progress.
    List,
    /// Check a content pack (default: the built-in one) and report every problem.
    Check(CheckArgs),
    /// Review participants' workbooks as a coach (files and/or folders).
    Review(ReviewArgs),
    /// Write a workbook as one self-contained HTML page to share and print: answers under
    /// their questions, the coach's notes, and the map's pictures.
    Export(ExportArgs),
    /// Show where the settings file is, each setting in force and where it comes from.
    Settings,
    /// Print a shell completion script to standard output (see the README for where to put
    /// it).
    Completions(CompletionsArgs),
    /// Print a manual page (roff) to standard output: convene(1), or convene-COMMAND(1) for
    /// one command, e.g. `convene man > convene.1` or `convene man review > convene-review.1`.
    Man(ManArgs),
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The workbook file (Markdown) to export; it is only read.
    pub file: PathBuf,
    /// Write HTML (the default) to OUT; without OUT, beside FILE as NAME.html; `-` for
    /// standard output. Never over an existing file without --force.
    #[arg(long, value_name = "OUT", num_args = 0..=1, require_equals = true)]
    pub html: Option<Option<PathBuf>>,
    /// Replace OUT when it already exists (never the workbook itself or its coach's notes).
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// The command whose page to print (default: the page of convene itself).
    #[arg(value_name = "COMMAND")]
    pub command: Option<String>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete commands in.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// The initiative's name, e.g. "Falls prevention partnership".
    pub initiative: Option<String>,
    /// Your name, as it should appear in the workbook (optional). Also CONVENE_PARTICIPANT,
    /// or `participant = "NAME"` in the settings file.
    #[arg(long, value_name = "NAME")]
    pub participant: Option<String>,
    /// Write the workbook to FILE instead of the data directory.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Follow this path through the pack (e.g. core, after, full; `convene check` lists
    /// them). Without it the welcome asks, or plain mode asks when it asks for the name;
    /// otherwise the whole workbook.
    #[arg(long, value_name = "NAME")]
    pub path: Option<String>,
}

#[derive(Debug, Args)]
pub struct OpenArgs {
    /// The workbook file (Markdown) to open.
    pub file: PathBuf,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The content pack folder to check (default: the built-in pack).
    pub dir: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ReviewArgs {
    /// Workbook files and/or folders (searched recursively).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Write a cohort summary in Markdown to FILE (to standard output without one, or
    /// with `-`); a FILE ending in .html is written as a page to share and print. Never
    /// overwrites an existing file.
    #[arg(long, value_name = "FILE", num_args = 0..=1, require_equals = true, default_missing_value = "-")]
    pub summary: Option<PathBuf>,
    /// Write one CSV row per participant and prompt to FILE (to standard output without
    /// one, or with `-`). Never overwrites an existing file.
    #[arg(long, value_name = "FILE", num_args = 0..=1, require_equals = true, default_missing_value = "-")]
    pub csv: Option<PathBuf>,
    /// Your name as the coach: notes you write are signed with it, and participants see it
    /// beside each note ("Coach's note (NAME)"). Also CONVENE_COACH, or `coach = "NAME"` in
    /// the settings file.
    #[arg(long, value_name = "NAME")]
    pub coach: Option<String>,
}
