//! What plain mode's line loop waits for: lines of input, read on a thread of their own, and
//! the signals that ask it to stop (SIGTERM, SIGHUP, SIGINT), so that a stop is handled like
//! the end of input — the answers saved, the lock let go — rather than killing the process.
//!
//! Part of the edge. Never decides anything: it only turns input and signals into `Input`.

use std::io::BufRead;
use std::sync::mpsc::{self, Receiver, Sender};

/// One thing for the line loop.
pub(super) enum Input {
    Line(String),
    /// The input ended.
    End,
    /// Reading failed.
    Failed(std::io::Error),
    /// SIGTERM, SIGHUP or SIGINT: stop as at the end of input.
    Stop,
}

/// Starts reading `input` line by line, and listening for the signals that ask convene to
/// stop. An error when a thread cannot be started.
pub(super) fn start(input: impl BufRead + Send + 'static) -> std::io::Result<Receiver<Input>> {
    let (tx, rx) = mpsc::channel();
    let lines = tx.clone();
    std::thread::Builder::new()
        .name("plain input".into())
        .spawn(move || read_all(input, &lines))?;
    listen(tx)?;
    Ok(rx)
}

fn read_all(mut input: impl BufRead, to: &Sender<Input>) {
    loop {
        let next = match super::read_line(&mut input) {
            Ok(Some(line)) => Input::Line(line),
            Ok(None) => Input::End,
            Err(err) => Input::Failed(err),
        };
        let last = !matches!(next, Input::Line(_));
        if to.send(next).is_err() || last {
            return;
        }
    }
}

#[cfg(unix)]
fn listen(to: Sender<Input>) -> std::io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT])?;
    std::thread::Builder::new()
        .name("plain signals".into())
        .spawn(move || {
            for _ in signals.forever() {
                if to.send(Input::Stop).is_err() {
                    return;
                }
            }
        })?;
    Ok(())
}

#[cfg(not(unix))]
fn listen(_: Sender<Input>) -> std::io::Result<()> {
    Ok(())
}
