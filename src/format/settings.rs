//! The settings file (`settings.toml`) and how each setting is chosen: a flag, then an
//! environment variable, then the settings file, then the default.
//!
//! Pure: parses the text it is handed and resolves the values it is handed; never reads a
//! file or the environment (`store::settings` does). A file it cannot use is an error naming
//! its line, never a panic.
//!
//! The format is TOML, one `key = value` per line:
//!
//! ```toml
//! participant = "Sam Okafor"   # your name in new workbooks
//! coach = "Alex Reid"          # signs the notes you write in `convene review`
//! mouse = false                # false: the terminal's own text selection works
//! content = "/path/to/pack"    # the content pack to use instead of the built-in one
//! ```
//!
//! TOML rather than YAML: strings are always quoted, so a name such as `Yes` or `2024` is
//! never silently read as something else, and a misspelt value is an error rather than a
//! different type; there are no anchors or aliases to expand; indentation means nothing; and
//! the parser reports where each value and each error is, for the line in a message.

use std::ops::Range;
use std::path::PathBuf;

use serde::Deserialize;
use toml::Spanned;

/// The keys of the settings file, in the order `convene settings` shows them.
pub const KEYS: [&str; 4] = ["participant", "coach", "mouse", "content"];

/// A settings file that cannot be used: where and why. `line` counts from 1.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct SettingsError {
    pub line: usize,
    pub message: String,
}

/// What the settings file says, each value with the line it is on.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FileSettings {
    pub participant: Option<(String, usize)>,
    pub coach: Option<(String, usize)>,
    pub mouse: Option<(bool, usize)>,
    /// As written: a relative path is relative to the settings file's folder (the store
    /// makes it whole).
    pub content: Option<(PathBuf, usize)>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    participant: Option<Spanned<String>>,
    coach: Option<Spanned<String>>,
    mouse: Option<Spanned<bool>>,
    content: Option<Spanned<String>>,
}

/// Reads a settings file's text. Empty text (or only comments) sets nothing.
pub fn parse(text: &str) -> Result<FileSettings, SettingsError> {
    let raw: Raw = toml::from_str(text).map_err(|err| SettingsError {
        line: err.span().map_or(1, |span| line_of(text, span.start)),
        message: explain(err.message()),
    })?;
    let at = |span: Range<usize>| line_of(text, span.start);
    let name = |value: Option<Spanned<String>>| {
        value.and_then(|v| {
            let line = at(v.span());
            let name = one_line(v.get_ref());
            (!name.is_empty()).then_some((name, line))
        })
    };
    Ok(FileSettings {
        participant: name(raw.participant),
        coach: name(raw.coach),
        mouse: raw.mouse.map(|v| (*v.get_ref(), at(v.span()))),
        content: raw
            .content
            .filter(|v| !v.get_ref().trim().is_empty())
            .map(|v| (PathBuf::from(v.get_ref().trim()), at(v.span()))),
    })
}

/// The parser's message with what to write instead, for the mistakes people make.
fn explain(message: &str) -> String {
    let message = message.trim_end();
    let hint = if message.contains("expected a boolean") {
        Some("write mouse = true or mouse = false, without quotes")
    } else if message.contains("expected a string") || message.contains("must be quoted") {
        Some(
            "put names and paths in double quotes, e.g. participant = \"Sam Okafor\"; mouse is true or false",
        )
    } else if message.contains("expected `=`") {
        Some("each line is one setting, e.g. mouse = false")
    } else if message.contains("duplicate key") {
        Some("give each setting once")
    } else {
        None
    };
    match hint {
        Some(hint) => format!("{message} ({hint})"),
        None => message.to_string(),
    }
}

fn line_of(text: &str, offset: usize) -> usize {
    crate::text::line_at(text.as_bytes(), offset)
}

/// Runs of white space (line breaks included) as single spaces, trimmed: a name is one line.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Where a setting in force came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A command-line flag, e.g. `--no-mouse`.
    Flag(&'static str),
    /// An environment variable, e.g. `CONVENE_MOUSE`.
    Env(&'static str),
    /// The settings file, on this line.
    File(usize),
    /// Nothing set it.
    Default,
}

/// One setting in force and where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Setting<T> {
    pub value: T,
    pub from: Source,
}

/// Every setting in force.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// The participant's name for new workbooks (offered in the welcome, used by
    /// `convene new`); `None`: asked, and may stay empty.
    pub participant: Setting<Option<String>>,
    /// The coach's name that signs review notes.
    pub coach: Setting<Option<String>>,
    /// Whether the full-screen views take the mouse (clicks and the wheel); off leaves the
    /// terminal's own text selection working.
    pub mouse: Setting<bool>,
    /// The content pack folder; `None`: the built-in pack.
    pub content: Setting<Option<PathBuf>>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            participant: default(None),
            coach: default(None),
            mouse: default(true),
            content: default(None),
        }
    }
}

/// Values given on the command line, each with the flag that gave it.
#[derive(Debug, Clone, Default)]
pub struct Flags {
    pub participant: Option<(String, &'static str)>,
    pub coach: Option<(String, &'static str)>,
    pub mouse: Option<(bool, &'static str)>,
    pub content: Option<(PathBuf, &'static str)>,
}

/// Environment variables as found (set and not empty), each with its name.
#[derive(Debug, Clone, Default)]
pub struct Env {
    pub participant: Option<(String, &'static str)>,
    pub coach: Option<(String, &'static str)>,
    pub mouse: Option<(String, &'static str)>,
    pub content: Option<(PathBuf, &'static str)>,
}

/// The settings in force: for each, the flag, else the environment variable, else the
/// settings file, else the default. A mouse variable that is not on or off is an error
/// naming it.
pub fn resolve(flags: Flags, env: Env, file: FileSettings) -> Result<Settings, String> {
    let mouse_env = match env.mouse {
        Some((value, name)) => Some((
            switch(&value).ok_or_else(|| bad_switch(name, &value))?,
            name,
        )),
        None => None,
    };
    let names = |flag: Option<(String, &'static str)>, env: Option<(String, &'static str)>| {
        let env = env
            .map(|(v, n)| (one_line(&v), n))
            .filter(|(v, _)| !v.is_empty());
        (
            flag.map(|(v, n)| (Some(one_line(&v)), n)),
            env.map(|(v, n)| (Some(v), n)),
        )
    };
    let (participant_flag, participant_env) = names(flags.participant, env.participant);
    let (coach_flag, coach_env) = names(flags.coach, env.coach);
    Ok(Settings {
        participant: pick(
            participant_flag,
            participant_env,
            file.participant.map(|(v, l)| (Some(v), l)),
            None,
        ),
        coach: pick(
            coach_flag,
            coach_env,
            file.coach.map(|(v, l)| (Some(v), l)),
            None,
        ),
        mouse: pick(flags.mouse, mouse_env, file.mouse, true),
        content: pick(
            flags.content.map(|(v, n)| (Some(v), n)),
            env.content
                .filter(|(v, _)| !v.as_os_str().is_empty())
                .map(|(v, n)| (Some(v), n)),
            file.content.map(|(v, l)| (Some(v), l)),
            None,
        ),
    })
}

fn default<T>(value: T) -> Setting<T> {
    Setting {
        value,
        from: Source::Default,
    }
}

fn pick<T>(
    flag: Option<(T, &'static str)>,
    env: Option<(T, &'static str)>,
    file: Option<(T, usize)>,
    default: T,
) -> Setting<T> {
    let (value, from) = match (flag, env, file) {
        (Some((v, flag)), _, _) => (v, Source::Flag(flag)),
        (None, Some((v, name)), _) => (v, Source::Env(name)),
        (None, None, Some((v, line))) => (v, Source::File(line)),
        (None, None, None) => (default, Source::Default),
    };
    Setting { value, from }
}

/// `on`/`off` (also `true`/`false`, `yes`/`no`, `1`/`0`), in any case.
pub fn switch(value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "on" | "true" | "yes" | "1" => Some(true),
        "off" | "false" | "no" | "0" => Some(false),
        _ => None,
    }
}

fn bad_switch(name: &str, value: &str) -> String {
    format!(
        "{name} is {:?}, which is neither on nor off (set it to on or off, or unset it)",
        crate::text::sanitize::clean(value)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_sets_each_key_on_its_line() {
        let text = "# my settings\nparticipant = \"Sam  Okafor\"\n\ncoach = 'Alex'\nmouse = false\ncontent = \"packs/nhs\"\n";
        let file = parse(text).unwrap();
        assert_eq!(file.participant, Some(("Sam Okafor".to_string(), 2)));
        assert_eq!(file.coach, Some(("Alex".to_string(), 4)));
        assert_eq!(file.mouse, Some((false, 5)));
        assert_eq!(file.content, Some((PathBuf::from("packs/nhs"), 6)));
        assert_eq!(parse("").unwrap(), FileSettings::default());
        assert_eq!(
            parse("participant = \" \"\n").unwrap(),
            FileSettings::default()
        );
    }

    #[test]
    fn a_bad_file_names_its_line_and_says_what_to_write() {
        let cases: [(&str, usize, &str); 8] = [
            ("participant = \"Sam\"\nmous = false\n", 2, "mouse"),
            ("\n\nmouse = \"off\"\n", 3, "mouse = true or mouse = false"),
            ("participant = Sam\n", 1, "double quotes"),
            ("mouse = off\n", 1, "mouse is true or false"),
            ("participant: \"Sam\"\n", 1, "mouse = false"),
            ("coach = 3\n", 1, "double quotes"),
            ("participant = \"a\"\nparticipant = \"b\"\n", 2, "once"),
            ("[mouse]\n", 1, "mouse"),
        ];
        for (text, line, says) in cases {
            let err = parse(text).unwrap_err();
            assert_eq!(err.line, line, "{text:?}: {err}");
            assert!(err.message.contains(says), "{text:?}: {err}");
        }
    }

    #[test]
    fn hostile_files_are_errors_not_crashes() {
        let deep = format!(
            "participant = {}{}\n",
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        assert!(parse(&deep).is_err());
        let inline = format!("coach = {}\n", "{a = ".repeat(50_000));
        assert!(parse(&inline).is_err());
        assert!(parse("\u{0}\u{1b}[31m = 1\n").is_err());
        let long = format!("participant = \"{}\"\n", "x".repeat(100_000));
        assert_eq!(
            parse(&long).unwrap().participant.map(|p| p.0.len()),
            Some(100_000)
        );
    }

    #[test]
    fn a_flag_beats_the_environment_which_beats_the_file_which_beats_the_default() {
        let file = parse("participant = \"File\"\nmouse = false\ncoach = \"C\"\n").unwrap();
        let env = Env {
            participant: Some(("Env".into(), "CONVENE_PARTICIPANT")),
            mouse: Some(("on".into(), "CONVENE_MOUSE")),
            ..Env::default()
        };
        let flags = Flags {
            mouse: Some((false, "--no-mouse")),
            ..Flags::default()
        };
        let s = resolve(flags, env.clone(), file.clone()).unwrap();
        assert_eq!(s.participant.value.as_deref(), Some("Env"));
        assert_eq!(s.participant.from, Source::Env("CONVENE_PARTICIPANT"));
        assert_eq!(
            (s.mouse.value, s.mouse.from),
            (false, Source::Flag("--no-mouse"))
        );
        assert_eq!(s.coach.from, Source::File(3));
        assert_eq!((s.content.value, s.content.from), (None, Source::Default));
        let s = resolve(Flags::default(), env, file.clone()).unwrap();
        assert_eq!(
            (s.mouse.value, s.mouse.from),
            (true, Source::Env("CONVENE_MOUSE"))
        );
        let s = resolve(Flags::default(), Env::default(), file).unwrap();
        assert_eq!((s.mouse.value, s.mouse.from), (false, Source::File(2)));
        assert_eq!(
            resolve(Flags::default(), Env::default(), FileSettings::default()).unwrap(),
            Settings::default()
        );
    }

    #[test]
    fn an_empty_variable_is_not_set_and_a_bad_switch_is_named() {
        let env = Env {
            participant: Some(("  ".into(), "CONVENE_PARTICIPANT")),
            content: Some((PathBuf::new(), "CONVENE_CONTENT")),
            ..Env::default()
        };
        let s = resolve(Flags::default(), env, FileSettings::default()).unwrap();
        assert_eq!(s, Settings::default());
        let env = Env {
            mouse: Some(("\u{1b}maybe".into(), "CONVENE_MOUSE")),
            ..Env::default()
        };
        let err = resolve(Flags::default(), env, FileSettings::default()).unwrap_err();
        assert!(
            err.contains("CONVENE_MOUSE") && err.contains("␛maybe"),
            "{err}"
        );
        assert_eq!(switch(" OFF "), Some(false));
        assert_eq!(switch("Yes"), Some(true));
    }
}
