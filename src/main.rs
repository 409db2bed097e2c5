//! The `convene` binary: parse the command line, run a command, turn errors into a clear
//! one-line message and an exit code (0 success, 1 user-facing error, 2 usage error).
//! Prints only through `store::console`.

use std::process::ExitCode;

use clap::Parser;
use convene::cli::Cli;
use convene::store::console;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            // Help and version on stdout (exit 0), usage errors on stderr (exit 2); either
            // may quote what was typed, so both are made visible like every other line.
            let text = err.render().to_string();
            if err.use_stderr() {
                console::warn(&text);
                return ExitCode::from(2);
            }
            let _ = console::say(&text);
            return ExitCode::SUCCESS;
        }
    };
    match convene::commands::run(cli) {
        Ok(code) => code,
        Err(err) => {
            console::warn(&format!("convene: {}", convene::commands::one_line(&err)));
            ExitCode::from(1)
        }
    }
}
