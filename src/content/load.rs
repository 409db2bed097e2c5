//! Loading a pack: the built-in one (compiled in), or files in memory (`store::pack` reads a
//! pack folder into them).
//!
//! Never touches the filesystem: everything here works on bytes. Nothing here panics on any
//! input.

use super::parse::parse_file;
use super::raw::{RawPack, RawTheme};
use super::validate::{Named, validate};
use super::{Pack, Problem};

/// The pack file's name in every pack folder.
pub const PACK_FILE: &str = "pack.yaml";

// `BUILTIN: &[(&str, &[u8])]`: content/*.yaml; `BUILTIN_PACK: &[u8]`: the pack they load
// to, validated and written as JSON by build.rs (which compiles this module too, without
// these: `convene_builtin` is set for the library only).
#[cfg(convene_builtin)]
include!(concat!(env!("OUT_DIR"), "/builtin_content.rs"));

/// The built-in pack, compiled into the binary from `content/`: loaded and validated by
/// `load_files` when convene was built (build.rs), read back here from that ready form.
#[cfg(convene_builtin)]
pub fn load_builtin() -> Result<Pack, Vec<Problem>> {
    serde_json::from_slice(BUILTIN_PACK).map_err(|err| {
        vec![Problem {
            file: PACK_FILE.to_string(),
            line: 1,
            column: 1,
            message: format!("the built-in pack's compiled form cannot be read: {err}"),
            hint: None,
        }]
    })
}

/// The built-in pack loaded from its files by the full loader, every problem reported
/// (`convene check` without a folder; the ready form is checked against it in tests).
#[cfg(convene_builtin)]
pub fn check_builtin() -> Result<Pack, Vec<Problem>> {
    let files: Vec<(String, Vec<u8>)> = BUILTIN
        .iter()
        .map(|(name, bytes)| ((*name).to_string(), bytes.to_vec()))
        .collect();
    load_files(&files)
}

/// A pack from files in memory: (file name, bytes). Names not ending in `.yaml` or `.yml`
/// are ignored. Every problem is reported, sorted by file (pack.yaml first) and position.
pub fn load_files(files: &[(String, Vec<u8>)]) -> Result<Pack, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut pack = None;
    let mut themes = Vec::new();
    let mut incomplete = false;
    let mut sorted: Vec<&(String, Vec<u8>)> = files.iter().filter(|(n, _)| is_yaml(n)).collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    for (name, bytes) in sorted {
        if name == PACK_FILE {
            match parse_file::<RawPack>(name, bytes) {
                Ok(parsed) => {
                    pack = Some(Named {
                        name: name.clone(),
                        parsed,
                    })
                }
                Err(p) => problems.push(p),
            }
            continue;
        }
        match parse_file::<RawTheme>(name, bytes) {
            Ok(parsed) => themes.push(Named {
                name: name.clone(),
                parsed,
            }),
            Err(p) => {
                incomplete = true;
                problems.push(p);
            }
        }
    }
    if !files.iter().any(|(n, _)| n == PACK_FILE) {
        problems.push(Problem {
            file: PACK_FILE.to_string(),
            line: 1,
            column: 1,
            message: "there is no pack.yaml in this pack".to_string(),
            hint: Some("add pack.yaml with the pack's id, version, title, description, attribution and themes".to_string()),
        });
    }
    let incomplete = incomplete || pack.is_none();
    let built = validate(pack.as_ref(), &themes, incomplete, &mut problems);
    match built {
        Some(pack) if problems.is_empty() => Ok(pack),
        _ => {
            sort(&mut problems);
            Err(problems)
        }
    }
}

/// True for the file names a pack folder's YAML files have (`.yaml`, `.yml`).
pub fn is_yaml(name: &str) -> bool {
    name.ends_with(".yaml") || name.ends_with(".yml")
}

/// Problems in the order they are reported: by file (pack.yaml first), line and column.
pub fn sort(problems: &mut [Problem]) {
    problems.sort_by(|a, b| {
        (a.file != PACK_FILE, &a.file, a.line, a.column).cmp(&(
            b.file != PACK_FILE,
            &b.file,
            b.line,
            b.column,
        ))
    });
}
