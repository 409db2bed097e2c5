//! The files the figures are measured on, written into a temporary folder: workbooks (the
//! full example, 50 of them for home, long answers), a tui-journal with 1,000 entries and a
//! jrnl journal of about 1.2 MB with their settings.
//!
//! Writes only inside the folder it is given.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use convene::content::{PromptKind, load_builtin};
use convene::store::blank_workbook;
use convene::workbook::Answer;

/// The full example workbook of the repository.
pub fn example(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    let text = include_str!("../../examples/steady-at-home-falls-prevention.md");
    fs::write(&path, text).unwrap();
    path
}

/// A data folder holding 50 copies of the full example, each its own initiative.
pub fn home(dir: &Path) -> PathBuf {
    let data = dir.join("home");
    fs::create_dir_all(&data).unwrap();
    let text = include_str!("../../examples/steady-at-home-falls-prevention.md");
    for i in 0..50 {
        let own = text.replacen("initiative: \"", &format!("initiative: \"{i:02} "), 1);
        fs::write(data.join(format!("workbook-{i:02}.md")), own).unwrap();
    }
    data
}

/// Prose of about `bytes` bytes in paragraphs of ten sentences.
pub fn prose(bytes: usize) -> String {
    let sentence = "Convening across boundaries takes patience and a clear call to action. ";
    let mut out = String::with_capacity(bytes + 100);
    let mut i = 0;
    while out.len() < bytes {
        out.push_str(sentence);
        i += 1;
        if i % 10 == 0 {
            out.push('\n');
        }
    }
    out.trim_end().to_string()
}

/// A workbook whose first text prompt holds `answer`; also the keys that reach that prompt
/// from where `convene open` starts (Page Down per exercise before it, then Tab per prompt
/// before it) and the answer's line count.
pub fn with_answer(dir: &Path, name: &str, answer: &str) -> (PathBuf, Vec<u8>, usize) {
    let pack = load_builtin().unwrap();
    let exercises = pack.themes.iter().flat_map(|t| &t.exercises);
    let (ex, (at, prompt)) = exercises
        .enumerate()
        .find_map(|(i, e)| {
            let text = e.prompts.iter().enumerate();
            let mut text = text.filter(|(_, p)| matches!(p.kind, PromptKind::Text { .. }));
            text.next().map(|found| (i, found))
        })
        .expect("the built-in pack has no text prompt: the keystroke figures need one");
    let mut wb = blank_workbook(&pack, "Bench", "Sam");
    wb.answers.insert(
        prompt.qualified_id.clone(),
        Answer::Text(answer.to_string()),
    );
    let path = dir.join(name);
    fs::write(&path, convene::format::markdown::write(&wb, &pack)).unwrap();
    let mut keys = b"\x1b[6~".repeat(ex);
    keys.extend(b"\t".repeat(at));
    (path, keys, answer.split('\n').count())
}

/// tui-journal's settings and a JSON journal of 1,000 entries; returns the config folder.
pub fn tui_journal(dir: &Path) -> PathBuf {
    let config = dir.join("tj-config");
    let data = dir.join("tj-entries.json");
    fs::create_dir_all(config.join("tui-journal")).unwrap();
    let settings = format!(
        "backend_type = \"Json\"\n[json_backend]\nfile_path = \"{}\"\n",
        data.display()
    );
    fs::write(config.join("tui-journal/config.toml"), settings).unwrap();
    let body = prose(600).replace('"', "");
    let entries: Vec<String> = (0..1000)
        .map(|i| {
            format!(
                "{{\"id\":{i},\"date\":\"2024-{:02}-{:02}T09:00:00Z\",\"title\":\"Entry {i}\",\
                 \"content\":\"{}\",\"tags\":[],\"priority\":null}}",
                1 + i % 12,
                1 + i % 28,
                body.replace('\n', "\\n")
            )
        })
        .collect();
    fs::write(&data, format!("[{}]", entries.join(","))).unwrap();
    config
}

/// jrnl's settings and a plain-text journal of about 1.2 MB; returns the config folder.
pub fn jrnl(dir: &Path) -> PathBuf {
    let config = dir.join("jrnl-config");
    let journal = dir.join("journal.txt");
    fs::create_dir_all(config.join("jrnl")).unwrap();
    let settings = format!(
        "colors:\n  body: none\n  date: none\n  tags: none\n  title: none\ndefault_hour: 9\n\
         default_minute: 0\neditor: ''\nencrypt: false\nhighlight: true\n\
         indent_character: '|'\njournals:\n  default:\n    journal: {}\nlinewrap: 79\n\
         tagsymbols: '#@'\ntemplate: false\ntimeformat: '%Y-%m-%d %H:%M'\nversion: v4.6\n",
        journal.display()
    );
    fs::write(config.join("jrnl/jrnl.yaml"), settings).unwrap();
    let body = prose(1150);
    let mut text = String::new();
    for i in 0..1000 {
        let _ = write!(
            text,
            "[2024-{:02}-{:02} 09:{:02}] Entry {i}.\n{body}\n\n",
            1 + i % 12,
            1 + i % 28,
            i % 60
        );
    }
    fs::write(&journal, text).unwrap();
    config
}
