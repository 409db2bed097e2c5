//! Saving beside the screen: one thread that owns the file side of a session and writes
//! the snapshots it is sent, one at a time, in the order they were sent.
//!
//! Guarantees: snapshots are written in order; a snapshot sent while an older one still
//! waits (not yet started) takes its place, so the older one is never written (the newer
//! holds all of it); the outcome of the last snapshot sent always comes back, and only
//! that one (an older outcome says nothing the last one will not). `wait_last` blocks until
//! it has come back, so whoever quits can wait for the last save. A panic while writing is
//! an outcome too (`failed`), never a lost reply.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::{Scope, ScopedJoinHandle};

/// Starts the saver's thread.
type Start<'scope> = Box<dyn FnOnce() -> std::io::Result<ScopedJoinHandle<'scope, ()>> + 'scope>;

/// The saver thread of a session, on a scope that outlives it.
pub struct Saver<'scope, T, R> {
    jobs: Option<Sender<(u64, T)>>,
    replies: Receiver<(u64, R)>,
    /// The number of the last snapshot sent (0: none yet).
    sent: u64,
    /// The number of the last snapshot whose outcome was taken.
    answered: u64,
    thread: Option<ScopedJoinHandle<'scope, ()>>,
    /// Starts the thread, at the first snapshot sent: nothing runs before it is needed (a
    /// screen's first frame is drawn before any thread starts).
    start: Option<Start<'scope>>,
    /// The outcome of a write that panicked, or of every snapshot when the thread could not
    /// be started.
    failed: Arc<dyn Fn(String) -> R + Send + Sync + 'scope>,
    /// When the thread could not be started: where each snapshot's outcome (`failed` with
    /// why) goes at once.
    unstarted: Option<(Sender<(u64, R)>, String)>,
}

impl<'scope, T: Send + 'scope, R: Send + 'scope> Saver<'scope, T, R> {
    /// The saver: `write` writes one snapshot and says how it went; `failed` is the
    /// outcome of a `write` that panicked (with its message); `wake` is called after each
    /// outcome is ready (to wake a loop that waits for input). Its thread starts at the
    /// first snapshot sent; when the system will not start one, every outcome is `failed`
    /// with the reason.
    pub fn new<'env>(
        scope: &'scope Scope<'scope, 'env>,
        mut write: impl FnMut(T) -> R + Send + 'scope,
        failed: impl Fn(String) -> R + Send + Sync + 'scope,
        wake: impl Fn() + Send + 'scope,
    ) -> Self {
        let (jobs, inbox) = mpsc::channel::<(u64, T)>();
        let (outbox, replies) = mpsc::channel();
        let failed = Arc::new(failed);
        let on_panic = Arc::clone(&failed);
        let start: Start<'scope> = Box::new(move || {
            std::thread::Builder::new()
                .name("saver".into())
                .spawn_scoped(scope, move || {
                    while let Ok(mut job) = inbox.recv() {
                        // Only the newest waiting snapshot is worth writing.
                        while let Ok(newer) = inbox.try_recv() {
                            job = newer;
                        }
                        let (n, snapshot) = job;
                        let outcome = catch_unwind(AssertUnwindSafe(|| write(snapshot)))
                            .unwrap_or_else(|panic| on_panic(panic_words(panic.as_ref())));
                        if outbox.send((n, outcome)).is_err() {
                            return;
                        }
                        wake();
                    }
                })
        });
        Saver {
            jobs: Some(jobs),
            replies,
            sent: 0,
            answered: 0,
            thread: None,
            start: Some(start),
            failed,
            unstarted: None,
        }
    }

    /// Sends a snapshot to write (starting the thread the first time); returns at once.
    pub fn send(&mut self, snapshot: T) {
        self.sent += 1;
        if let Some(start) = self.start.take() {
            match start() {
                Ok(thread) => self.thread = Some(thread),
                Err(err) => {
                    // Nothing can be written: each snapshot's outcome says why, at once.
                    self.jobs = None;
                    let (tx, rx) = mpsc::channel();
                    self.replies = rx;
                    self.unstarted =
                        Some((tx, format!("the system would not start a thread ({err})")));
                }
            }
        }
        if let Some((tx, why)) = &self.unstarted {
            let _ = tx.send((self.sent, (self.failed)(why.clone())));
        } else if let Some(jobs) = &self.jobs {
            // The thread only stops when `jobs` is dropped; a send cannot fail before.
            let _ = jobs.send((self.sent, snapshot));
        }
    }

    /// Whether the outcome of the last snapshot sent has yet to be taken.
    pub fn waiting(&self) -> bool {
        self.answered < self.sent
    }

    /// The outcome of the last snapshot sent, if it has come back and was not taken yet
    /// (outcomes of older ones are dropped). Never blocks.
    pub fn latest(&mut self) -> Option<R> {
        let mut last = None;
        while let Ok((n, outcome)) = self.replies.try_recv() {
            if n == self.sent {
                self.answered = n;
                last = Some(outcome);
            }
        }
        last
    }

    /// Waits for the outcome of the last snapshot sent and returns it; `None` when it was
    /// taken already (or the thread is gone).
    pub fn wait_last(&mut self) -> Option<R> {
        while self.waiting() {
            let (n, outcome) = self.replies.recv().ok()?;
            if n == self.sent {
                self.answered = n;
                return Some(outcome);
            }
        }
        None
    }
}

impl<T, R> Drop for Saver<'_, T, R> {
    /// Lets the thread finish what it was sent, and joins it.
    fn drop(&mut self) {
        self.jobs = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// A panic's message, when it has one.
fn panic_words(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_default()
}

#[cfg(test)]
#[path = "saver_tests.rs"]
mod tests;
