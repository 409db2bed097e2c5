//! The process's standard output and standard error: every line convene prints goes through
//! here (`main`'s errors, `check`'s problems, `list`, `settings`, plain mode, review's
//! overview and notices, the TUI's last words after the screen is restored), made safe by the one
//! sanitiser (`text::sanitize::clean`): control and direction-override characters
//! become visible symbols, so no file name, pack id or answer can drive the terminal.
//!
//! Never sends a control character but the line end, never panics on a closed pipe
//! (`convene list | head`), and never changes data written to a file or pipe on request
//! (`--csv -`, `--summary -`, `export --html=-`, `completions`, `man`): that is only cleaned
//! when it goes to a terminal.

use std::io::{IsTerminal as _, Write};

use crate::text::sanitize::clean;

/// Writes `text` as lines, each made visible and ended with `\n` (a line break inside a
/// line's text starts a new line; a carriage return is shown, never obeyed).
pub fn write_text(output: &mut impl Write, text: &str) -> std::io::Result<()> {
    let text = text.strip_suffix('\n').unwrap_or(text);
    for line in text.split('\n') {
        output.write_all(clean(line).as_bytes())?;
        output.write_all(b"\n")?;
    }
    output.flush()
}

/// Writes each of `lines` as one line, made visible (a line break inside one is shown as
/// `␊`: plain mode splits its lines itself).
pub fn write_lines(output: &mut impl Write, lines: &[String]) -> std::io::Result<()> {
    for line in lines {
        output.write_all(clean(line).as_bytes())?;
        output.write_all(b"\n")?;
    }
    output.flush()
}

/// Prints `text` on standard output, line by line, made visible. A closed pipe is not an
/// error; any other failure to write is.
pub fn say(text: &str) -> std::io::Result<()> {
    quiet_pipe(write_text(&mut std::io::stdout().lock(), text))
}

/// Prints `text` on standard error, line by line, made visible. Best effort: there is
/// nowhere left to report a failure to write it.
pub fn warn(text: &str) {
    let _ = write_text(&mut std::io::stderr().lock(), text);
}

/// Writes data asked for on standard output (a CSV, a summary, a page): exactly as it is
/// into a file or pipe, made visible line by line on a terminal.
pub fn data(text: &str) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    if out.is_terminal() {
        return quiet_pipe(write_text(&mut out, text));
    }
    quiet_pipe(out.write_all(text.as_bytes()).and_then(|()| out.flush()))
}

/// Standard output for plain mode, which writes through `write_lines`.
pub fn stdout() -> impl Write {
    std::io::stdout().lock()
}

fn quiet_pipe(result: std::io::Result<()>) -> std::io::Result<()> {
    match result {
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_is_made_visible() {
        let mut out = Vec::new();
        write_text(
            &mut out,
            "title \u{1b}]0;pwned\u{7}\nbell\u{7} nul\0 cr\r\u{9b}x\n",
        )
        .unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text, "title ␛]0;pwned␇\nbell␇ nul␀ cr␍�x\n");
        let mut out = Vec::new();
        write_lines(&mut out, &["a\u{202e}b".into(), "one\nline".into()]).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "a�b\none␊line\n");
    }
}
