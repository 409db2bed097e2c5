#![allow(clippy::unwrap_used, clippy::panic)]

use std::sync::mpsc;
use std::sync::{Arc, Mutex};

use super::Saver;

/// A write that waits for the test to let it go, and keeps what it wrote, in order.
struct Gate {
    written: Arc<Mutex<Vec<u32>>>,
    started: mpsc::Receiver<u32>,
    go: mpsc::Sender<()>,
}

#[test]
fn a_slow_write_does_not_hold_the_sender_and_the_newest_waiting_snapshot_wins() {
    let written = Arc::new(Mutex::new(Vec::new()));
    let (started_tx, started) = mpsc::channel();
    let (go, gate) = mpsc::channel::<()>();
    let gate = Mutex::new(gate);
    let (woken_tx, woken) = mpsc::channel();
    let g = Gate {
        written: written.clone(),
        started,
        go,
    };
    std::thread::scope(|scope| {
        let log = written.clone();
        let mut saver = Saver::new(
            scope,
            move |n: u32| {
                started_tx.send(n).unwrap();
                gate.lock().unwrap().recv().unwrap();
                log.lock().unwrap().push(n);
                format!("saved {n}")
            },
            |why| format!("failed: {why}"),
            move || woken_tx.send(()).unwrap(),
        );
        saver.send(1);
        // The first write has started and is held: sending more returns at once.
        assert_eq!(g.started.recv().unwrap(), 1);
        saver.send(2);
        saver.send(3);
        assert!(saver.waiting());
        assert_eq!(saver.latest(), None, "nothing has come back yet");
        g.go.send(()).unwrap();
        woken.recv().unwrap();
        // 1's outcome is not the last one's: dropped.
        assert_eq!(saver.latest(), None);
        // 2 was waiting when 3 came: only 3 is written.
        assert_eq!(g.started.recv().unwrap(), 3);
        g.go.send(()).unwrap();
        assert_eq!(saver.wait_last().as_deref(), Some("saved 3"));
        assert!(!saver.waiting());
        assert_eq!(saver.wait_last(), None, "taken already");
    });
    assert_eq!(*g.written.lock().unwrap(), vec![1, 3]);
}

#[test]
fn every_snapshot_sent_after_the_last_write_started_is_written_in_order() {
    let written = Arc::new(Mutex::new(Vec::new()));
    std::thread::scope(|scope| {
        let log = written.clone();
        let mut saver = Saver::new(
            scope,
            move |n: u32| {
                log.lock().unwrap().push(n);
                n
            },
            |_| 0,
            || {},
        );
        for n in 1..=50 {
            saver.send(n);
            if n % 5 == 0 {
                assert_eq!(saver.wait_last(), Some(n));
            }
        }
    });
    let written = written.lock().unwrap();
    assert!(written.windows(2).all(|w| w[0] < w[1]), "{written:?}");
    for n in (5..=50).step_by(5) {
        assert!(written.contains(&n), "{n} was waited for: {written:?}");
    }
}

#[test]
fn dropping_the_saver_finishes_what_it_was_sent() {
    let written = Arc::new(Mutex::new(Vec::new()));
    std::thread::scope(|scope| {
        let log = written.clone();
        let mut saver = Saver::new(
            scope,
            move |n: u32| log.lock().unwrap().push(n),
            |_| (),
            || {},
        );
        saver.send(7);
    });
    assert_eq!(*written.lock().unwrap(), vec![7]);
}

#[test]
fn a_panic_while_writing_comes_back_as_an_outcome() {
    std::thread::scope(|scope| {
        let mut saver = Saver::new(
            scope,
            |n: u32| -> Result<u32, String> {
                if n == 1 {
                    panic!("disk on fire");
                }
                Ok(n)
            },
            Err,
            || {},
        );
        saver.send(1);
        assert_eq!(saver.wait_last(), Some(Err("disk on fire".to_string())));
        saver.send(2);
        assert_eq!(saver.wait_last(), Some(Ok(2)), "the thread goes on");
    });
}

#[test]
fn the_thread_starts_at_the_first_snapshot_sent() {
    std::thread::scope(|scope| {
        let mut saver = Saver::new(scope, |n: u32| n, |_| 0, || {});
        assert!(saver.thread.is_none(), "no thread before anything is sent");
        assert_eq!(saver.wait_last(), None, "nothing to wait for");
        saver.send(4);
        assert!(saver.thread.is_some());
        assert_eq!(saver.wait_last(), Some(4));
    });
}
