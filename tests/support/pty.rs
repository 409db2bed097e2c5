//! A tiny harness that runs the real `convene` binary in a pseudo-terminal and reads its
//! screen through a vt100 emulator, for end-to-end tests.
//!
//! Never sleeps in place of waiting for something: callers wait for screen text, an exit
//! or a restored terminal, each with a deadline that panics with the screen.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// Key sequences as a terminal in xterm mode sends them.
pub mod keys {
    pub const TAB: &[u8] = b"\t";
    pub const SHIFT_TAB: &[u8] = b"\x1b[Z";
    pub const ENTER: &[u8] = b"\r";
    pub const SPACE: &[u8] = b" ";
    pub const UP: &[u8] = b"\x1b[A";
    pub const DOWN: &[u8] = b"\x1b[B";
    pub const RIGHT: &[u8] = b"\x1b[C";
    pub const LEFT: &[u8] = b"\x1b[D";
    pub const PAGE_DOWN: &[u8] = b"\x1b[6~";
    pub const PAGE_UP: &[u8] = b"\x1b[5~";
    pub const CTRL_Q: &[u8] = b"\x11";
    pub const CTRL_S: &[u8] = b"\x13";
    pub const ESC: &[u8] = b"\x1b";
}

pub struct Pty {
    /// `None` once the terminal was closed (`close_terminal`).
    master: Option<Box<dyn MasterPty + Send>>,
    writer: Option<Box<dyn Write + Send>>,
    child: Box<dyn Child + Send + Sync>,
    parser: Arc<Mutex<vt100::Parser>>,
    /// Tells the reader thread to let go of its copy of the master.
    closing: Arc<AtomicBool>,
    reader: Option<JoinHandle<()>>,
}

impl Pty {
    /// Starts `convene ARGS` in a `cols`×`rows` terminal, with `data_dir` as its data
    /// directory (and working directory) and a neutral environment.
    pub fn spawn(args: &[&str], data_dir: &Path, cols: u16, rows: u16) -> Pty {
        Pty::spawn_with_env(args, data_dir, (cols, rows), &[])
    }

    /// `spawn` with more environment variables (set after the neutral ones, so they win).
    pub fn spawn_with_env(
        args: &[&str],
        data_dir: &Path,
        (cols, rows): (u16, u16),
        env: &[(&str, &str)],
    ) -> Pty {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_convene"));
        cmd.args(args);
        cmd.env("CONVENE_DATA_DIR", data_dir);
        // Never the settings file of the machine running the tests.
        cmd.env("CONVENE_SETTINGS", "/nonexistent/convene/settings.toml");
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        cmd.env("RUST_BACKTRACE", "0");
        for (name, value) in env {
            cmd.env(name, value);
        }
        cmd.cwd(data_dir);
        let child = pair.slave.spawn_command(cmd).expect("spawn convene");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        // Non-blocking reads (the flag is shared by every copy of the master), so the reader
        // thread can let go of its copy when the test closes the terminal.
        if let Some(fd) = pair.master.as_raw_fd() {
            use nix::fcntl::{FcntlArg, OFlag, fcntl};
            let flags = fcntl(fd, FcntlArg::F_GETFL).expect("F_GETFL");
            let flags = OFlag::from_bits_truncate(flags) | OFlag::O_NONBLOCK;
            fcntl(fd, FcntlArg::F_SETFL(flags)).expect("F_SETFL");
        }
        let parser = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let closing = Arc::new(AtomicBool::new(false));
        let sink = Arc::clone(&parser);
        let stop = Arc::clone(&closing);
        let reader = std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) => return,
                    Ok(n) => sink.lock().expect("parser lock").process(&buf[..n]),
                    Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                        if stop.load(Ordering::SeqCst) {
                            return;
                        }
                        std::thread::sleep(Duration::from_millis(5));
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(_) => return,
                }
            }
        });
        Pty {
            master: Some(pair.master),
            writer: Some(writer),
            child,
            parser,
            closing,
            reader: Some(reader),
        }
    }

    /// The screen as text, one line per row.
    pub fn screen(&self) -> String {
        self.parser.lock().expect("parser lock").screen().contents()
    }

    /// Waits until the screen shows `text`; panics with the screen after `secs` seconds.
    pub fn wait_for(&self, text: &str, secs: u64) {
        self.wait_until(&format!("{text:?} on screen"), secs, |s| s.contains(text));
    }

    /// Waits until `ok(screen)`; panics with `what` and the screen after `secs` seconds.
    pub fn wait_until(&self, what: &str, secs: u64, ok: impl Fn(&str) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(secs);
        loop {
            let screen = self.screen();
            if ok(&screen) {
                return;
            }
            if Instant::now() > deadline {
                panic!("timed out waiting for {what}; the screen shows:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(40));
        }
    }

    /// Types bytes as if from the keyboard (one key or escape sequence per call).
    pub fn send(&mut self, bytes: &[u8]) {
        let writer = self.writer.as_mut().expect("the terminal is open");
        // The master is non-blocking (see `spawn`): a large paste fills the terminal's
        // buffer, so wait for the program to read before writing the rest.
        let deadline = Instant::now() + Duration::from_secs(30);
        let mut rest = bytes;
        while !rest.is_empty() {
            match writer.write(rest) {
                Ok(n) => rest = &rest[n..],
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                    assert!(Instant::now() < deadline, "the program stopped reading");
                    std::thread::sleep(Duration::from_millis(5));
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => panic!("write to pty: {e}"),
            }
        }
        writer.flush().expect("flush pty");
        // Keys arrive in order anyway; the pause keeps escape sequences in separate reads.
        std::thread::sleep(Duration::from_millis(25));
    }

    /// Sends several keys, one after the other.
    pub fn keys(&mut self, keys: &[&[u8]]) {
        for key in keys {
            self.send(key);
        }
    }

    /// Types text (no escape sequences) as one burst, as a fast typist or a paste without
    /// bracketed paste would.
    pub fn type_text(&mut self, text: &str) {
        self.send(text.as_bytes());
    }

    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("the child's pid")
    }

    /// Sends a signal (`TERM`, `HUP`…) to the program with `kill(1)`.
    pub fn signal(&self, name: &str) {
        let status = std::process::Command::new("kill")
            .arg(format!("-{name}"))
            .arg(self.pid().to_string())
            .status()
            .expect("run kill");
        assert!(status.success(), "kill -{name} failed");
    }

    /// Closes the terminal, as when its window is closed: every copy of the master goes,
    /// so the program gets SIGHUP and its reads fail. The screen no longer changes.
    ///
    /// Note: portable-pty's writer sends a newline and the EOF character (Ctrl-D) as it is
    /// dropped (as wezterm does when a window closes), so the program reads Enter and
    /// Ctrl-D just before the hang-up.
    pub fn close_terminal(&mut self) {
        self.closing.store(true, Ordering::SeqCst);
        if let Some(reader) = self.reader.take() {
            reader.join().expect("the reader thread");
        }
        self.writer = None;
        self.master = None;
    }

    /// Waits for the program to exit; returns its exit code. Panics after `secs` seconds.
    pub fn wait_exit(&mut self, secs: u64) -> u32 {
        let deadline = Instant::now() + Duration::from_secs(secs);
        loop {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                return status.exit_code();
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("convene did not exit; the screen shows:\n{}", self.screen());
            }
            std::thread::sleep(Duration::from_millis(40));
        }
    }

    /// Whether the terminal was left as it was found: the normal screen, the cursor
    /// visible, no mouse reporting, no bracketed paste.
    pub fn terminal_restored(&self) -> bool {
        let parser = self.parser.lock().expect("parser lock");
        let screen = parser.screen();
        !screen.alternate_screen()
            && !screen.hide_cursor()
            && !screen.bracketed_paste()
            && screen.mouse_protocol_mode() == vt100::MouseProtocolMode::None
    }

    /// Waits (the last output may still be on its way) until the terminal is restored;
    /// panics after `secs` seconds.
    pub fn assert_restored(&self, secs: u64) {
        let deadline = Instant::now() + Duration::from_secs(secs);
        while !self.terminal_restored() {
            if Instant::now() > deadline {
                let parser = self.parser.lock().expect("parser lock");
                let s = parser.screen();
                panic!(
                    "terminal not restored: alternate screen {}, cursor hidden {}, \
                     bracketed paste {}, mouse {:?}",
                    s.alternate_screen(),
                    s.hide_cursor(),
                    s.bracketed_paste(),
                    s.mouse_protocol_mode()
                );
            }
            std::thread::sleep(Duration::from_millis(40));
        }
    }

    /// Whether the program asked the terminal to report the mouse.
    pub fn mouse_reporting(&self) -> bool {
        self.parser
            .lock()
            .expect("parser lock")
            .screen()
            .mouse_protocol_mode()
            != vt100::MouseProtocolMode::None
    }

    /// Whether the program is in the alternate screen (a full-screen TUI is up).
    pub fn in_alternate_screen(&self) -> bool {
        self.parser
            .lock()
            .expect("parser lock")
            .screen()
            .alternate_screen()
    }

    pub fn resize(&self, cols: u16, rows: u16) {
        self.master
            .as_ref()
            .expect("the terminal is open")
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resize pty");
        self.parser
            .lock()
            .expect("parser lock")
            .screen_mut()
            .set_size(rows, cols);
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
