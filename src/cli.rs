//! The command line (clap): global options and subcommands, per DESIGN.md §3.1.
//!
//! Declarations, and `Cli::quick` for the two lines typed most; `commands` carries them out.

use std::ffi::{OsStr, OsString};
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

impl Cli {
    /// `args` (without the program's name) read as clap reads them, when they are empty or
    /// `open FILE` with a FILE that is not empty and does not start with `-`; `None`
    /// otherwise (`main` then asks clap). Reading these two without making clap's command
    /// saves about a fifth of a millisecond before the first frame. `data_dir` is what
    /// `CONVENE_DATA_DIR` holds; when it is set but empty the line is left to clap too.
    /// `tests/cli_quick.rs` holds the two readings equal.
    pub fn quick(args: &[OsString], data_dir: Option<&OsStr>) -> Option<Cli> {
        if data_dir.is_some_and(OsStr::is_empty) {
            return None;
        }
        let command = match args {
            [] => None,
            [open, file]
                if open == "open"
                    && !file.is_empty()
                    && !file.as_encoded_bytes().starts_with(b"-") =>
            {
                Some(Command::Open(OpenArgs {
                    file: PathBuf::from(file),
                    notes: Vec::new(),
                }))
            }
            _ => return None,
        };
        Some(Cli {
            global: GlobalArgs {
                content: None,
                data_dir: data_dir.map(PathBuf::from),
                plain: false,
                no_mouse: false,
                mouse: false,
            },
            command,
        })
    }
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
    /// The workbook file (Markdown) to open, or a coach's feedback file (`NAME.coach.md`):
    /// then the workbook it is about, with its notes.
    pub file: PathBuf,
    /// Also show a coach's notes from this file or folder (may be given more than once);
    /// notes are matched to the workbook by its id, whatever the files are called.
    #[arg(long = "notes", value_name = "FILE_OR_FOLDER")]
    pub notes: Vec<PathBuf>,
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
    /// Write the session pack (the cohort at a glance, then per question what the answers add
    /// up to and each answer once; `--full` for every answer) in Markdown to FILE (to standard output without one, or
    /// with `-`); a FILE ending in .html is written as a page to share and print. Never
    /// overwrites an existing file.
    #[arg(long, value_name = "FILE", num_args = 0..=1, require_equals = true, default_missing_value = "-")]
    pub summary: Option<PathBuf>,
    /// With --summary: every answer in full (the archive), rather than the session pack
    /// (the cohort at a glance, then per question what the answers add up to and each
    /// answer once).
    #[arg(long, requires = "summary")]
    pub full: bool,
    /// Write the cohort as CSV for a spreadsheet to FILE: a row per workbook, per answer,
    /// and per list item, field and grid cell, numbers as numbers (to standard output without
    /// one, or with `-`). Never overwrites an existing file.
    #[arg(long, value_name = "FILE", num_args = 0..=1, require_equals = true, default_missing_value = "-")]
    pub csv: Option<PathBuf>,
    /// Write the CSV without the byte-order mark that it starts with by default (the mark
    /// makes Excel read it as UTF-8; some tools show it as a stray character).
    #[arg(long)]
    pub csv_plain: bool,
    /// Write, into the folder DIR (made if need be), one feedback file per workbook with
    /// notes, to send back to its participant: `NAME.coach.md`, each note under the
    /// question and answer it is about. The participant opens it with `convene open` or
    /// puts it beside the workbook. Never overwrites a file (`NAME.coach (2).md` instead).
    #[arg(long, value_name = "DIR", require_equals = true)]
    pub feedback: Option<PathBuf>,
    /// Your name as the coach: notes you write are signed with it, and participants see it
    /// beside each note ("Coach's note (NAME)"). Also CONVENE_COACH, or `coach = "NAME"` in
    /// the settings file.
    #[arg(long, value_name = "NAME")]
    pub coach: Option<String>,
}
