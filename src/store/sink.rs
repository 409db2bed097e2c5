//! Where a long export goes as it is made (the review's CSV and summary, issue 17): a new
//! file of its own, written piece by piece on a thread of its own while the next pieces are
//! made, or standard output. Never holds the whole export.
//!
//! The file is created new (private to its owner) and never over anything, as `write_new`
//! does; its data is pushed to the disk as it goes (every `SYNC_EVERY` bytes), so the last
//! sync at `finish` waits for little, and `finish` reports only once all of it is on disk.

use std::fs::File;
use std::io::Write as _;
use std::path::Path;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::thread::JoinHandle;

use anyhow::Context as _;

use super::console;
use super::export::create_new;

/// Pieces waiting for the writer before the maker waits in turn.
const QUEUE: usize = 64;

/// Written data is pushed to the disk after this many bytes, while the rest is made.
const SYNC_EVERY: usize = 8 * 1024 * 1024;

/// An export being written.
pub enum Sink {
    /// Standard output: whole lines as `console::data` writes them (on a terminal it shows
    /// each line made safe, so a line is never split between two writes); `pending`, the
    /// start of a line still to come.
    Stdout { pending: String },
    /// A new file, written by `writer` from what arrives on `pieces`.
    File {
        pieces: Option<SyncSender<String>>,
        writer: Option<JoinHandle<std::io::Result<()>>>,
        shown: String,
    },
}

impl Sink {
    /// Standard output for `-`, else a new file at `path` (never over anything; `shown` is
    /// the path as messages show it, made safe by the caller).
    pub fn create(path: &Path, shown: &str) -> anyhow::Result<Sink> {
        if path.as_os_str() == "-" {
            return Ok(Sink::Stdout {
                pending: String::new(),
            });
        }
        let file = create_new(path, shown)?;
        let (pieces, arriving) = sync_channel(QUEUE);
        let writer = std::thread::Builder::new()
            .name("export writer".into())
            .spawn(move || write_all(file, &arriving))
            .with_context(|| format!("cannot write {shown}"))?;
        Ok(Sink::File {
            pieces: Some(pieces),
            writer: Some(writer),
            shown: shown.to_string(),
        })
    }

    /// Adds `piece` to the export. A failure to write is reported here or by `finish`.
    pub fn push(&mut self, piece: String) -> anyhow::Result<()> {
        match self {
            Sink::Stdout { pending } => {
                pending.push_str(&piece);
                let Some(end) = pending.rfind('\n') else {
                    return Ok(());
                };
                let rest = pending.split_off(end + 1);
                console::data(&std::mem::replace(pending, rest))?;
                Ok(())
            }
            Sink::File { pieces, .. } => {
                let sent = pieces.as_ref().is_some_and(|p| p.send(piece).is_ok());
                if sent { Ok(()) } else { self.finish() }
            }
        }
    }

    /// Waits until everything pushed is written and on the disk.
    pub fn finish(&mut self) -> anyhow::Result<()> {
        let (pieces, writer, shown) = match self {
            Sink::Stdout { pending } if pending.is_empty() => return Ok(()),
            Sink::Stdout { pending } => return Ok(console::data(&std::mem::take(pending))?),
            Sink::File {
                pieces,
                writer,
                shown,
            } => (pieces, writer, shown),
        };
        drop(pieces.take());
        let Some(writer) = writer.take() else {
            anyhow::bail!("cannot write {shown}: it was given up after an error")
        };
        match writer.join() {
            Ok(result) => result.with_context(|| format!("cannot write {shown}")),
            Err(_) => anyhow::bail!("cannot write {shown} (an internal error); try again"),
        }
    }
}

/// The writer's thread: every piece in order, synced as it goes and at the end. Stops at
/// the first error (the maker then finds the queue closed).
fn write_all(mut file: File, arriving: &Receiver<String>) -> std::io::Result<()> {
    let mut unsynced = 0;
    for piece in arriving {
        file.write_all(piece.as_bytes())?;
        unsynced += piece.len();
        if unsynced >= SYNC_EVERY {
            file.sync_data()?;
            unsynced = 0;
        }
    }
    file.sync_all()
}
