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

/// The identifiers at the top level of a `{a, b::c, d as e}` group starting at `text[0]`.
pub fn group_heads(text: &str) -> Vec<String> {
    let mut heads = Vec::new();
    let mut depth = 0usize;
    let mut expect = true;
    for (i, c) in text.char_indices() {
        match c {
            '{' => {
                depth += 1;
                if depth == 1 {
                    expect = true;
                    continue;
                }
            }
            '}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    break;
                }
            }
            ',' if depth == 1 => {
                expect = true;
                continue;
            }
            _ => {}
        }
        if depth == 1 && expect && is_ident(c) {
            let name: String = text[i..].chars().take_while(|c| is_ident(*c)).collect();
            heads.push(name);
            expect = false;
        } else if depth == 1 && !c.is_whitespace() {
            expect = false;
        }
    }
    heads
}

/// Every top-level module this file's code reaches through `crate::` or `super::` paths.
pub fn targets(src: &Source) -> BTreeSet<String> {
    let code = &src.code;
    let mut out = BTreeSet::new();
    let text = code.as_str();
    for (at, _) in text.match_indices("crate::") {
        let before = char_before(text, at);
        if is_ident(before) || before == '$' {
            continue;
        }
        let rest = &text[at + "crate::".len()..];
        if rest.starts_with('{') {
            out.extend(group_heads(rest));
        } else {
            let name: String = rest.chars().take_while(|c| is_ident(*c)).collect();
            out.insert(name);
        }
    }
    // super:: paths that climb out of the file's top-level module.
    let mut search = 0;
    while let Some(found) = text[search..].find("super::") {
        let at = search + found;
        search = at + 1;
        if is_ident(char_before(text, at)) || text[..at].ends_with("super::") {
            continue;
        }
        let mut rest = &text[at..];
        let mut ups = 0;
        while let Some(r) = rest.strip_prefix("super::") {
            ups += 1;
            rest = r;
        }
        // From module `a::b::c`, `super::super` is `a`; one more climbs out of `a`.
        if src.module.len() > ups {
            continue;
        }
        if rest.starts_with('{') {
            out.extend(group_heads(rest));
        } else {
            out.insert(rest.chars().take_while(|c| is_ident(*c)).collect());
        }
    }
    let own = src.module.first().cloned().unwrap_or_default();
    out.retain(|t| !t.is_empty() && *t != own && t != "self" && t != "super");
    out
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
