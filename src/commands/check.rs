//! `convene check [DIR]`: validate a content pack and report every problem.
//!
//! Problems go to stdout, one per line as `file:line:column: message (hint: ...)`, with the
//! file named as the user would open it (`DIR/landscape.yaml`); then a one-line count on
//! stderr and exit code 1. A valid pack prints a one-line summary and exits 0. Never
//! panics, never writes a file.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;

use crate::cli::CheckArgs;
use crate::content::{self, Pack, PromptKind};
use crate::store::console;

/// Checks `DIR`, else the `--content` pack, else the built-in one.
pub fn run(args: &CheckArgs, content_dir: Option<&Path>) -> anyhow::Result<ExitCode> {
    let dir = args.dir.as_deref().or(content_dir);
    let loaded = match dir {
        Some(dir) => crate::store::pack::load_dir(dir),
        None => content::check_builtin(),
    };
    match loaded {
        Ok(pack) => {
            console::say(&summary(&pack))?;
            for line in path_lines(&pack) {
                console::say(&line)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(problems) => {
            let folder = dir.unwrap_or(Path::new("content"));
            for problem in &problems {
                let mut shown = problem.clone();
                let path = folder.join(&problem.file);
                // load_dir names an unreadable folder by its own path.
                if !Path::new(&problem.file).starts_with(folder) {
                    shown.file = path.display().to_string();
                }
                console::say(&shown.to_string())?;
            }
            let n = problems.len();
            console::warn(&format!(
                "convene: the content pack {} has {n} problem{}",
                folder.display(),
                if n == 1 { "" } else { "s" }
            ));
            Ok(ExitCode::from(1))
        }
    }
}

/// One line per path (contract: `path core: 8 exercises, about 40 minutes`), in the pack's
/// order; a path whose exercises carry no estimate says so instead of a time.
pub fn path_lines(pack: &Pack) -> Vec<String> {
    pack.paths
        .iter()
        .map(|path| {
            let n = pack.path_exercises(&path.id).count();
            let exercises = format!("{n} exercise{}", if n == 1 { "" } else { "s" });
            match pack.path_minutes(&path.id) {
                Some(m) => format!("path {}: {exercises}, about {m} minutes", path.id),
                None => format!("path {}: {exercises}, no time estimates", path.id),
            }
        })
        .collect()
}

/// `content: valid — 7 themes, 32 exercises, 118 prompts (12 line, 30 text, ...); pack id 1.0.0`.
pub fn summary(pack: &Pack) -> String {
    let mut kinds: BTreeMap<usize, (&str, usize)> = BTreeMap::new();
    for prompt in pack.prompts() {
        let order = PromptKind::ALL_IDS
            .iter()
            .position(|k| *k == prompt.kind.id())
            .unwrap_or(usize::MAX);
        kinds.entry(order).or_insert((prompt.kind.id(), 0)).1 += 1;
    }
    let by_kind: Vec<String> = kinds.values().map(|(k, n)| format!("{n} {k}")).collect();
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    format!(
        "content: valid — {}, {}, {} ({}); pack {} {}",
        plural(pack.themes.len(), "theme"),
        plural(pack.exercises().count(), "exercise"),
        plural(pack.prompt_count(), "prompt"),
        by_kind.join(", "),
        pack.id,
        pack.version
    )
}
