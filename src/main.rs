//! The `convene` binary: parse the command line, run a command, turn errors into a clear
//! one-line message and an exit code (0 success, 1 user-facing error, 2 usage error).

use std::process::ExitCode;

use clap::Parser;
use convene::cli::Cli;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            // clap prints help/version to stdout (exit 0) and usage errors to stderr (exit 2).
            let _ = err.print();
            return ExitCode::from(if err.use_stderr() { 2 } else { 0 });
        }
    };
    match convene::commands::run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("convene: {}", convene::commands::one_line(&err));
            ExitCode::from(1)
        }
    }
}
