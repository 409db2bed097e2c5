//! Converting a written workbook with pandoc, the outside tool that shows the file is
//! Markdown a real converter accepts. Test-only.

use std::io::Write as _;
use std::process::{Command, Stdio};

/// Whether pandoc can be run. Outside CI a missing pandoc skips the check (said on stderr);
/// with `CI=true` it fails the test, since CI installs pandoc.
pub fn pandoc_available() -> bool {
    if let Ok(version) = Command::new("pandoc").arg("--version").output() {
        assert!(version.status.success(), "pandoc --version failed");
        return true;
    }
    assert!(
        std::env::var("CI").map_or(true, |v| v != "true"),
        "pandoc is not on PATH but CI=true: install pandoc (apt-get install -y pandoc)"
    );
    eprintln!("pandoc not found: skipping the pandoc check outside CI");
    false
}

/// `md` converted to HTML by `pandoc -f FORMAT`; panics with pandoc's message if it fails.
pub fn pandoc_html(md: &str, format: &str) -> String {
    let mut child = Command::new("pandoc")
        .args(["-f", format, "-t", "html", "--wrap=none"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(md.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "pandoc -f {format}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}
