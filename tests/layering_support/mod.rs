//! Reading `src/` for the layering test: every source file with its module path, its code
//! without comments, strings and `#[cfg(test)]` items, the top-level modules its paths
//! reach, and the cycles of a graph.
//!
//! Reads files only; never changes one.
#![allow(dead_code)]

mod strip;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

pub use strip::{strip_cfg_test, strip_comments_and_strings};

#[derive(Debug)]
pub struct Source {
    /// Relative to the crate root, with `/` separators: `src/ui/review/mod.rs`.
    pub path: String,
    /// The module path: `["ui", "review"]` for `src/ui/review/mod.rs`.
    pub module: Vec<String>,
    /// The code without comments, string literals and `#[cfg(test)]` items.
    pub code: String,
}

pub fn sources() -> Vec<Source> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    collect(&root.join("src"), &mut files);
    files.sort();
    let texts: BTreeMap<PathBuf, String> = files
        .iter()
        .map(|f| (f.clone(), std::fs::read_to_string(f).unwrap()))
        .collect();
    let test_only = test_only_files(&texts);
    texts
        .iter()
        .filter(|(f, _)| !test_only.iter().any(|t| f.starts_with(t)))
        .map(|(f, text)| {
            let rel = f
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            Source {
                module: module_of(&rel),
                path: rel,
                code: strip_cfg_test(&strip_comments_and_strings(text)),
            }
        })
        .collect()
}

pub fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `src/ui/review/mod.rs` -> `["ui", "review"]`; `src/tui.rs` -> `["tui"]`; `src/lib.rs` -> `[]`.
pub fn module_of(rel: &str) -> Vec<String> {
    let inner = rel.trim_start_matches("src/").trim_end_matches(".rs");
    let mut parts: Vec<String> = inner.split('/').map(str::to_string).collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// The folder a module's children live in: `src/ui/` for `src/ui/mod.rs`, `src/tui/` for
/// `src/tui.rs`.
pub fn child_dir(file: &Path) -> PathBuf {
    let stem = file.file_stem().unwrap().to_string_lossy();
    let parent = file.parent().unwrap();
    if matches!(stem.as_ref(), "mod" | "lib" | "main") {
        parent.to_path_buf()
    } else {
        parent.join(stem.as_ref())
    }
}

/// The files (and folders) of modules declared `#[cfg(test)] mod NAME;`.
pub fn test_only_files(texts: &BTreeMap<PathBuf, String>) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for (file, text) in texts {
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        for pair in lines.windows(2) {
            if pair[0] != "#[cfg(test)]" {
                continue;
            }
            let decl = pair[1]
                .trim_start_matches("pub(crate) ")
                .trim_start_matches("pub ");
            if let Some(name) = decl.strip_prefix("mod ").and_then(|d| d.strip_suffix(';')) {
                let dir = child_dir(file);
                out.push(dir.join(format!("{name}.rs")));
                out.push(dir.join(name));
            }
        }
    }
    out
}

/// The text with comments, string and char literals blanked (line breaks kept).
pub fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Every path this file's code reaches through `crate::` or `super::` paths that climb out
/// of its top-level module, cut to its first two segments: `["ui", "map"]` for
/// `crate::ui::map::line_count`, `["app"]` for `use crate::app;`. Groups are followed:
/// `crate::{app::editor::Editor, content}` gives `["app", "editor"]` and `["content"]`.
pub fn paths(src: &Source) -> BTreeSet<Vec<String>> {
    let text = src.code.as_str();
    let mut out = Vec::new();
    for (at, _) in text.match_indices("crate::") {
        let before = char_before(text, at);
        if is_ident(before) || before == '$' {
            continue;
        }
        use_tree(text, at + "crate::".len(), &[], &mut out);
    }
    // super:: paths that climb out of the file's top-level module.
    let mut search = 0;
    while let Some(found) = text[search..].find("super::") {
        let at = search + found;
        search = at + 1;
        if is_ident(char_before(text, at)) || text[..at].ends_with("super::") {
            continue;
        }
        let mut rest = at;
        let mut ups = 0;
        while text[rest..].starts_with("super::") {
            ups += 1;
            rest += "super::".len();
        }
        // From module `a::b::c`, `super::super` is `a`; one more climbs out of `a`.
        if src.module.len() > ups {
            continue;
        }
        use_tree(text, rest, &[], &mut out);
    }
    out.into_iter()
        .map(|mut p| {
            p.truncate(2);
            p
        })
        .filter(|p| !p.is_empty())
        .collect()
}

/// Every top-level module this file's code reaches (the first segment of `paths`), other
/// than its own.
pub fn targets(src: &Source) -> BTreeSet<String> {
    let own = src.module.first().cloned().unwrap_or_default();
    paths(src)
        .into_iter()
        .map(|p| p[0].clone())
        .filter(|t| !t.is_empty() && *t != own && t != "self" && t != "super")
        .collect()
}

fn skip_ws(text: &str, at: usize) -> usize {
    at + text[at..].len() - text[at..].trim_start().len()
}

/// Reads the path tree at `text[at..]` (`a::b`, `a::{b, c::d as e}`, `*`), pushing every
/// path it names below `prefix`; returns where it ended.
pub fn use_tree(text: &str, at: usize, prefix: &[String], out: &mut Vec<Vec<String>>) -> usize {
    let at = skip_ws(text, at);
    let rest = &text[at..];
    if rest.starts_with('{') {
        let mut i = at + 1;
        loop {
            i = skip_ws(text, i);
            if i >= text.len() {
                return i;
            }
            if text[i..].starts_with('}') {
                return i + 1;
            }
            i = use_tree(text, i, prefix, out);
            // Past any `as name` to the next item or the end of the group.
            match text[i..].find([',', '}']) {
                Some(n) if text[i + n..].starts_with(',') => i += n + 1,
                Some(n) => return i + n + 1,
                None => return text.len(),
            }
        }
    }
    let name: String = rest.chars().take_while(|c| is_ident(*c)).collect();
    if name.is_empty() {
        if !prefix.is_empty() {
            out.push(prefix.to_vec());
        }
        return at;
    }
    let mut path = prefix.to_vec();
    path.push(name.clone());
    let end = at + name.len();
    if text[end..].starts_with("::") && !text[end + 2..].starts_with('<') {
        use_tree(text, end + 2, &path, out)
    } else {
        out.push(path);
        end
    }
}

pub fn char_before(text: &str, at: usize) -> char {
    text[..at].chars().next_back().unwrap_or(' ')
}

/// Tarjan's strongly connected components over the top-level import graph.
pub fn cycles(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct Walk<'a> {
        edges: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<String, usize>,
        low: BTreeMap<String, usize>,
        stack: Vec<String>,
        on: BTreeSet<String>,
        out: Vec<Vec<String>>,
    }
    fn visit(w: &mut Walk<'_>, v: &str) {
        let n = w.index.len();
        w.index.insert(v.to_string(), n);
        w.low.insert(v.to_string(), n);
        w.stack.push(v.to_string());
        w.on.insert(v.to_string());
        let next: Vec<String> = w.edges.get(v).into_iter().flatten().cloned().collect();
        for t in next {
            if !w.index.contains_key(&t) {
                visit(w, &t);
                let low = w.low[v].min(w.low[&t]);
                w.low.insert(v.to_string(), low);
            } else if w.on.contains(&t) {
                let low = w.low[v].min(w.index[&t]);
                w.low.insert(v.to_string(), low);
            }
        }
        if w.low[v] == w.index[v] {
            let mut group = Vec::new();
            while let Some(t) = w.stack.pop() {
                w.on.remove(&t);
                let done = t == v;
                group.push(t);
                if done {
                    break;
                }
            }
            if group.len() > 1 {
                group.sort();
                w.out.push(group);
            }
        }
    }
    let mut w = Walk {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on: BTreeSet::new(),
        out: Vec::new(),
    };
    let nodes: BTreeSet<String> = edges
        .iter()
        .flat_map(|(k, v)| std::iter::once(k.clone()).chain(v.iter().cloned()))
        .collect();
    for n in nodes {
        if !w.index.contains_key(&n) {
            visit(&mut w, &n);
        }
    }
    w.out
}
