//! The clock: the current time, and times shown in the local time zone.
//!
//! The only place convene asks the system for the time or its time zone; never formats a
//! time for a file other than as RFC 3339.

use std::time::SystemTime;

/// The current time as RFC 3339 in the local time zone, to the second
/// (e.g. `2026-11-23T20:15:07+00:00`).
pub fn now_rfc3339() -> String {
    jiff::ZonedDateTime::now()
        .strftime("%Y-%m-%dT%H:%M:%S%:z")
        .to_string()
}

/// An RFC 3339 time as local `2026-11-23 20:15`, or `None` when it is not one.
pub fn human_time(rfc3339: &str) -> Option<String> {
    let ts: jiff::Timestamp = rfc3339.trim().parse().ok()?;
    Some(local(ts))
}

/// A file's modification time as local `2026-11-23 20:15`.
pub fn file_time(time: SystemTime) -> Option<String> {
    jiff::Timestamp::try_from(time).ok().map(local)
}

fn local(ts: jiff::Timestamp) -> String {
    ts.to_zoned_datetime(jiff::tz::TimeZone::system())
        .strftime("%Y-%m-%d %H:%M")
        .to_string()
}
