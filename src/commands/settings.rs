//! `convene settings`: where the settings file is, each setting in force and where it comes
//! from (a flag, an environment variable, a line of the file, or the default), and how to
//! set each one.
//!
//! Reads only: never creates or changes the settings file. A file that cannot be used is
//! reported with its line (exit 1). Every value is shown with control characters made
//! visible, and every line goes out through `store::console`.

use std::process::ExitCode;

use crate::format::settings::{Flags, KEYS, Setting, Settings, Source};
use crate::store::env::{COACH_VAR, CONTENT_VAR, MOUSE_VAR, PARTICIPANT_VAR};
use crate::store::settings::{self, Loaded};

use super::{columns, visible};

pub fn run(flags: Flags) -> anyhow::Result<ExitCode> {
    let where_ = settings::path().map_or_else(
        || "none (no home folder to keep one in; set CONVENE_SETTINGS=FILE)".to_string(),
        |p| visible(&p.display().to_string()),
    );
    match settings::load(flags) {
        Ok(loaded) => {
            crate::store::console::say(&report(&loaded))?;
            Ok(ExitCode::SUCCESS)
        }
        Err(err) => {
            crate::store::console::say(&format!("Settings file: {where_}\n"))?;
            Err(err.into())
        }
    }
}

/// The whole report.
fn report(loaded: &Loaded) -> String {
    let path = loaded
        .path
        .as_ref()
        .map(|p| visible(&p.display().to_string()));
    let mut out = match (&path, loaded.exists) {
        (Some(path), true) => format!("Settings file: {path}\n\n"),
        (Some(path), false) => format!("Settings file: {path} (there is none yet)\n\n"),
        (None, _) => "Settings file: none (no home folder to keep one in; set \
                      CONVENE_SETTINGS=FILE)\n\n"
            .to_string(),
    };
    out.push_str(&columns(&rows(&loaded.settings)));
    out.push_str(
        "\nA flag wins over its environment variable, which wins over the settings file:\n",
    );
    let how = [
        (
            "participant",
            "convene new --participant NAME",
            PARTICIPANT_VAR,
        ),
        ("coach", "convene review --coach NAME", COACH_VAR),
        ("mouse", "--mouse, --no-mouse", MOUSE_VAR),
        ("content", "--content DIR", CONTENT_VAR),
    ];
    let how: Vec<Vec<String>> = how
        .iter()
        .map(|(key, flag, var)| vec![format!("  {key}"), flag.to_string(), var.to_string()])
        .collect();
    out.push_str(&columns(&how));
    if !loaded.exists && path.is_some() {
        out.push_str(
            "\nTo keep settings, create that file (plain text) with lines such as:\n  \
             participant = \"Sam Okafor\"\n  coach = \"Alex Reid\"\n  mouse = false\n  \
             content = \"/path/to/a/content/pack\"\n",
        );
    }
    out
}

/// One row per setting: its key, its value in words, where it came from.
fn rows(settings: &Settings) -> Vec<Vec<String>> {
    let name = |s: &Setting<Option<String>>| {
        s.value
            .as_deref()
            .map_or_else(|| "(not set)".to_string(), visible)
    };
    let values = [
        (name(&settings.participant), &settings.participant.from),
        (name(&settings.coach), &settings.coach.from),
        (
            if settings.mouse.value { "on" } else { "off" }.to_string(),
            &settings.mouse.from,
        ),
        (
            settings.content.value.as_ref().map_or_else(
                || "the built-in pack".to_string(),
                |p| visible(&p.display().to_string()),
            ),
            &settings.content.from,
        ),
    ];
    KEYS.iter()
        .zip(values)
        .map(|(key, (value, from))| vec![key.to_string(), value, source(from)])
        .collect()
}

fn source(from: &Source) -> String {
    match from {
        Source::Flag(flag) => format!("from {flag}"),
        Source::Env(var) => format!("from {var}"),
        Source::File(line) => format!("from the settings file, line {line}"),
        Source::Default => "default".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn the_report_says_each_value_and_where_it_came_from() {
        let settings = Settings {
            participant: Setting {
                value: Some("Sam\u{1b}[2J".into()),
                from: Source::File(2),
            },
            mouse: Setting {
                value: false,
                from: Source::Env(MOUSE_VAR),
            },
            ..Settings::default()
        };
        let loaded = Loaded {
            path: Some(PathBuf::from("/home/sam/.config/convene/settings.toml")),
            exists: true,
            settings,
        };
        let text = report(&loaded);
        assert!(text.starts_with("Settings file: /home/sam/.config/convene/settings.toml\n\n"));
        assert!(
            text.contains("participant  Sam␛[2J            from the settings file, line 2\n"),
            "{text}"
        );
        assert!(
            text.contains("coach        (not set)          default\n"),
            "{text}"
        );
        assert!(
            text.contains("mouse        off                from CONVENE_MOUSE\n"),
            "{text}"
        );
        assert!(
            text.contains("content      the built-in pack  default\n"),
            "{text}"
        );
        assert!(!text.contains("To keep settings"), "{text}");
        assert!(!text.contains('\u{1b}'));
    }

    #[test]
    fn without_a_file_the_report_says_how_to_write_one() {
        let loaded = Loaded {
            path: Some(PathBuf::from("/x/settings.toml")),
            exists: false,
            settings: Settings::default(),
        };
        let text = report(&loaded);
        assert!(text.starts_with("Settings file: /x/settings.toml (there is none yet)\n"));
        assert!(text.contains("participant = \"Sam Okafor\""), "{text}");
        assert!(text.lines().all(|l| l == l.trim_end()), "{text}");
    }
}
