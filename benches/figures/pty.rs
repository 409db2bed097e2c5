//! Runs a program in a pseudo-terminal with no terminal emulator in the loop: its output is
//! only timestamped as it arrives. Measures when the first frame has fully arrived, the CPU
//! a program spends on keys, and its CPU while idle.
//!
//! Never sends a program anything but the keys asked for; never leaves a child running.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// How long a program must stay silent for its frame to count as complete.
pub const QUIET: Duration = Duration::from_millis(250);

/// A program to run: its path, arguments, environment and working directory.
#[derive(Clone, Debug)]
pub struct Program {
    pub path: String,
    pub args: Vec<String>,
    pub env: Vec<(String, String)>,
    pub cwd: String,
}

impl Program {
    pub fn new(path: impl Into<String>, args: &[&str], cwd: &Path) -> Program {
        Program {
            path: path.into(),
            args: args.iter().map(|a| a.to_string()).collect(),
            env: Vec::new(),
            cwd: cwd.display().to_string(),
        }
    }

    pub fn env(mut self, name: &str, value: impl Into<String>) -> Program {
        self.env.push((name.to_string(), value.into()));
        self
    }
}

pub struct Running {
    pub started: Instant,
    child: Box<dyn Child + Send + Sync>,
    _master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    output: Receiver<(Instant, usize)>,
    /// Bytes received so far.
    pub bytes: usize,
}

impl Running {
    /// Starts `program` in a `cols`×`rows` pty; `started` is taken just before the spawn.
    pub fn spawn(program: &Program, cols: u16, rows: u16) -> Running {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                ..PtySize::default()
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(&program.path);
        cmd.args(&program.args);
        cmd.env("TERM", "xterm-256color");
        for (name, value) in &program.env {
            cmd.env(name, value);
        }
        cmd.cwd(&program.cwd);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let (tx, output) = channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 65536];
            while let Ok(n @ 1..) = reader.read(&mut buf) {
                if tx.send((Instant::now(), n)).is_err() {
                    return;
                }
            }
        });
        let started = Instant::now();
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        Running {
            started,
            child,
            _master: pair.master,
            writer,
            output,
            bytes: 0,
        }
    }

    /// Waits for output, then until it has been silent for `quiet`; the time the last byte
    /// arrived, or `None` when nothing came within `max`.
    pub fn settle(&mut self, quiet: Duration, max: Duration) -> Option<Instant> {
        let deadline = Instant::now() + max;
        let mut last = None;
        loop {
            let wait = match last {
                Some(_) => quiet,
                None => deadline.saturating_duration_since(Instant::now()),
            };
            match self.output.recv_timeout(wait) {
                Ok((at, n)) => {
                    self.bytes += n;
                    last = Some(at);
                }
                Err(RecvTimeoutError::Timeout) | Err(RecvTimeoutError::Disconnected) => {
                    return last;
                }
            }
        }
    }

    pub fn send(&mut self, keys: &[u8]) {
        self.writer.write_all(keys).unwrap();
        self.writer.flush().unwrap();
    }

    pub fn pid(&self) -> u32 {
        self.child.process_id().unwrap_or(0)
    }

    /// CPU time the process has used so far, every thread, in nanoseconds (schedstat).
    pub fn cpu_ns(&self) -> u64 {
        let tasks = format!("/proc/{}/task", self.pid());
        std::fs::read_dir(tasks)
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|task| std::fs::read_to_string(task.path().join("schedstat")).ok())
            .filter_map(|s| s.split_whitespace().next()?.parse::<u64>().ok())
            .sum()
    }

    /// User + system clock ticks of the whole process (/proc/PID/stat).
    pub fn ticks(&self) -> u64 {
        let stat =
            std::fs::read_to_string(format!("/proc/{}/stat", self.pid())).unwrap_or_default();
        // Fields after the command name (which may hold spaces) start after the last ')'.
        let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
        let fields: Vec<&str> = rest.split_whitespace().collect();
        // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
        fields
            .get(11..13)
            .map_or(0, |f| f.iter().filter_map(|v| v.parse::<u64>().ok()).sum())
    }

    /// Stops the program (kills it if it is still running) and reaps it.
    pub fn stop(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The first frame of `program` in a `cols`×`rows` pty: milliseconds from the spawn to its
/// last byte, and the CPU milliseconds the process had used by then (read once it is
/// quiet; `None` for a program that has already exited). The program is stopped
/// afterwards; `None` when it printed nothing.
pub fn first_frame_ms(program: &Program, cols: u16, rows: u16) -> Option<(f64, Option<f64>)> {
    let mut run = Running::spawn(program, cols, rows);
    let last = run.settle(QUIET, Duration::from_secs(10));
    let cpu = run.cpu_ns();
    let cpu = (cpu > 0).then(|| cpu as f64 / 1e6);
    let wall = last.map(|at| at.duration_since(run.started).as_secs_f64() * 1e3);
    run.stop();
    wall.map(|wall| (wall, cpu))
}

/// CPU milliseconds per key: `program` started in a `cols`×`rows` pty, `setup` keys sent
/// (e.g. to reach the editor), then `n` keys from `keys` one at a time, each waited for
/// until its frame has arrived. Also returns the bytes written per key.
pub fn cpu_per_key_ms(
    program: &Program,
    (cols, rows): (u16, u16),
    setup: &[&[u8]],
    keys: &[&[u8]],
    n: usize,
) -> Option<(f64, f64)> {
    let mut run = Running::spawn(program, cols, rows);
    run.settle(QUIET, Duration::from_secs(10))?;
    for key in setup {
        run.send(key);
        run.settle(Duration::from_millis(30), Duration::from_secs(5));
    }
    let (before, bytes) = (run.cpu_ns(), run.bytes);
    for i in 0..n {
        run.send(keys[i % keys.len()]);
        run.settle(Duration::from_millis(4), Duration::from_secs(2));
    }
    let per_key = (run.cpu_ns() - before) as f64 / 1e6 / n as f64;
    let bytes = (run.bytes - bytes) as f64 / n as f64;
    run.stop();
    Some((per_key, bytes))
}

/// Clock ticks (user + system) and CPU nanoseconds `program` used over `secs` seconds
/// after its first frame, with no input.
pub fn idle(program: &Program, secs: u64) -> Option<(u64, u64)> {
    let mut run = Running::spawn(program, 120, 40);
    run.settle(QUIET, Duration::from_secs(10))?;
    let (ticks, ns) = (run.ticks(), run.cpu_ns());
    std::thread::sleep(Duration::from_secs(secs));
    let idle = (run.ticks() - ticks, run.cpu_ns() - ns);
    run.stop();
    Some(idle)
}
