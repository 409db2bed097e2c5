//! The `convene` binary: parse the command line, run a command, turn errors into a clear
//! one-line message and an exit code (0 success, 1 user-facing error, 2 usage error).
//! Prints only through `store::console`.

use std::process::ExitCode;

use clap::Parser;
use convene::cli::Cli;
use convene::store::console;

fn main() -> ExitCode {
    // A panic anywhere (a thread the system refuses to start, a bug) ends as one line on
    // stderr and exit 1, never Rust's raw report: the hook keeps its words, the catch below
    // says them. The TUI's own hook restores the terminal first and then calls this one.
    std::panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let what = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic".to_string());
        if let Ok(mut last) = PANIC.lock() {
            *last = Some(format!("{what}{at}"));
        }
    }));
    match std::panic::catch_unwind(run) {
        Ok(code) => code,
        Err(_) => {
            console::warn(&format!(
                "convene: internal error ({}); please report it",
                last_panic().unwrap_or_default()
            ));
            ExitCode::from(1)
        }
    }
}

/// The words of the last panic, kept by the hook.
static PANIC: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);

fn last_panic() -> Option<String> {
    PANIC.lock().ok().and_then(|mut p| p.take())
}

fn run() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let quick = args
        .get(1..)
        .and_then(|rest| Cli::quick(rest, std::env::var_os("CONVENE_DATA_DIR").as_deref()));
    let cli = match quick.map_or_else(|| Cli::try_parse_from(args), Ok) {
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
            // An error after a panic that was caught on the way (the workbook screen saves
            // and says so) also names the panic.
            let panic = last_panic()
                .map(|p| format!(" (internal error: {p})"))
                .unwrap_or_default();
            console::warn(&format!(
                "convene: {}{panic}",
                convene::commands::one_line(&err)
            ));
            ExitCode::from(1)
        }
    }
}
