//! The clock: the current time, times shown in the local time zone, and the monotonic
//! timer the terminal loop's autosave waits on.
//!
//! The only place convene asks the system for the time or its time zone; never formats a
//! time for a file other than as RFC 3339.

use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime};

/// A timer on the monotonic clock (never the wall clock): started when a change begins to
/// wait for saving, asked how long is left.
#[derive(Debug, Default, Clone, Copy)]
pub struct Timer(Option<Instant>);

impl Timer {
    /// Starts (or restarts) the timer now.
    pub fn start(&mut self) {
        self.0 = Some(Instant::now());
    }

    pub fn stop(&mut self) {
        self.0 = None;
    }

    pub fn is_running(&self) -> bool {
        self.0.is_some()
    }

    /// How long until `period` has passed since the start (zero once it has); `None` when
    /// the timer is not running.
    pub fn left(&self, period: Duration) -> Option<Duration> {
        self.0.map(|t| period.saturating_sub(t.elapsed()))
    }

    /// Whether the timer runs and `period` has passed since it started.
    pub fn passed(&self, period: Duration) -> bool {
        self.left(period).is_some_and(|left| left.is_zero())
    }
}

/// The local time zone, looked up once per run (the lookup reads the zone database: about
/// a hundred system calls, which a save should not wait on).
fn zone() -> jiff::tz::TimeZone {
    static ZONE: OnceLock<jiff::tz::TimeZone> = OnceLock::new();
    ZONE.get_or_init(jiff::tz::TimeZone::system).clone()
}

/// Looks the local time zone up on a thread of its own now, so that the first save of a
/// session does not wait for it.
pub fn look_up_zone() {
    std::thread::spawn(|| drop(zone()));
}

/// The current time as RFC 3339 in the local time zone, to the second
/// (e.g. `2026-11-23T20:15:07+00:00`).
pub fn now_rfc3339() -> String {
    jiff::Timestamp::now()
        .to_zoned_datetime(zone())
        .strftime("%Y-%m-%dT%H:%M:%S%:z")
        .to_string()
}

/// An RFC 3339 time as local `2026-11-23 20:15`, or `None` when it is not one.
pub fn human_time(rfc3339: &str) -> Option<String> {
    timestamp(rfc3339).map(local)
}

/// The instant an RFC 3339 time names, or `None` when it is not one.
pub fn timestamp(rfc3339: &str) -> Option<jiff::Timestamp> {
    rfc3339.trim().parse().ok()
}

/// A file's modification time as an instant.
pub fn file_timestamp(time: SystemTime) -> Option<jiff::Timestamp> {
    jiff::Timestamp::try_from(time).ok()
}

/// An instant as local `2026-11-23 20:15`.
pub fn local(ts: jiff::Timestamp) -> String {
    ts.to_zoned_datetime(zone())
        .strftime("%Y-%m-%d %H:%M")
        .to_string()
}
