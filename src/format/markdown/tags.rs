//! The `tags` property of a workbook's front matter: the participant's own tags (added in
//! Obsidian or by hand) are kept, in their order, and `convene` is added after them when it is
//! missing, so a tool that gathers notes by tag finds every workbook.
//!
//! Never drops, reorders or respells a tag of the participant's, and never writes one that
//! reads back different.

use std::fmt::Write as _;

use serde_yaml::Value as Yaml;

/// The tag every workbook carries.
pub(super) const TAG: &str = "convene";

/// Whether `tag` is convene's own, however it is spelled (`Convene`, `#convene`): Obsidian
/// compares tags without regard to case.
fn is_ours(tag: &str) -> bool {
    tag.trim().trim_start_matches('#').eq_ignore_ascii_case(TAG)
}

/// The `tags:` lines: the participant's tags in their order, then `convene`.
pub(super) fn write(out: &mut String, theirs: &[String]) {
    out.push_str("tags:\n");
    for tag in theirs.iter().filter(|t| !is_ours(t)) {
        let _ = writeln!(out, "  - {}", scalar(tag));
    }
    let _ = writeln!(out, "  - {TAG}");
}

/// The participant's tags in front matter `yaml` (the text between its `---` lines, which
/// starts at line 2 of the file), from every `tags` property in it: a file edited by hand may
/// hold two (the participant's line and convene's), of which a YAML parser keeps only one.
/// A tag in both is kept once (within one, as it stands). `Err` is (line in the file, why
/// the value cannot be used).
pub(super) fn read_all(yaml: &str) -> Result<Vec<String>, (usize, String)> {
    let mut out: Vec<String> = Vec::new();
    let lines: Vec<&str> = yaml.split('\n').collect();
    let mut at = 0;
    while at < lines.len() {
        let end = (at + 1..lines.len())
            .find(|&i| super::front::top_key(lines[i]).is_some())
            .unwrap_or(lines.len());
        if super::front::top_key(lines[at]) == Some("tags") {
            let line = at + 2;
            let block = lines[at..end].join("\n");
            let map: std::collections::BTreeMap<String, Yaml> = serde_yaml::from_str(&block)
                .map_err(|e| {
                    (
                        line,
                        format!("`tags` in the front matter is not valid YAML: {e}"),
                    )
                })?;
            let earlier = out.len();
            for tag in read(map.get("tags")).map_err(|message| (line, message))? {
                if !out[..earlier].contains(&tag) {
                    out.push(tag);
                }
            }
        }
        at = end;
    }
    Ok(out)
}

/// The participant's tags in the value of `tags` (a list; or one line of tags apart by commas
/// or spaces, as older Obsidian notes have them), without convene's own. `Err` says why the
/// value cannot be used.
fn read(value: Option<&Yaml>) -> Result<Vec<String>, String> {
    let all: Vec<String> = match value {
        None | Some(Yaml::Null) => Vec::new(),
        Some(Yaml::String(line)) => line
            .split([',', ' ', '\t'])
            .filter(|t| !t.is_empty())
            .map(str::to_string)
            .collect(),
        Some(Yaml::Sequence(items)) => items
            .iter()
            .filter_map(|item| one(item).transpose())
            .collect::<Result<_, _>>()?,
        Some(other) => one(other)?.into_iter().collect(),
    };
    Ok(all.into_iter().filter(|t| !is_ours(t)).collect())
}

/// One tag of a list (nothing for an empty item).
fn one(value: &Yaml) -> Result<Option<String>, String> {
    match value {
        Yaml::Null => Ok(None),
        Yaml::String(s) => Ok(Some(s.clone())),
        Yaml::Number(n) => Ok(Some(n.to_string())),
        Yaml::Bool(b) => Ok(Some(b.to_string())),
        _ => Err(
            "`tags` in the front matter must be a list of tags (`tags: [one, two]`), each \
             a single word or value: a list or map inside it is not a tag"
                .to_string(),
        ),
    }
}

/// A tag as YAML: bare when it is a plain word that every YAML parser reads as that same text
/// (as Obsidian writes tags), else double-quoted.
fn scalar(tag: &str) -> String {
    let plain = tag.starts_with(|c: char| c.is_ascii_alphabetic())
        && tag
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '/'))
        && !matches!(
            tag.to_ascii_lowercase().as_str(),
            "y" | "n" | "yes" | "no" | "on" | "off" | "true" | "false" | "null" | "inf" | "nan"
        );
    if plain {
        tag.to_string()
    } else {
        super::front::quote(tag)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(theirs: &[&str]) -> String {
        let mut out = String::new();
        write(
            &mut out,
            &theirs.iter().map(|t| t.to_string()).collect::<Vec<_>>(),
        );
        out
    }

    fn read_back(yaml: &str) -> Result<Vec<String>, String> {
        read_all(yaml).map_err(|(_, message)| message)
    }

    #[test]
    fn their_tags_are_kept_in_order_and_convene_is_added_once() {
        assert_eq!(written(&[]), "tags:\n  - convene\n");
        assert_eq!(
            written(&["project-x", "Team/North", "a b", "yes", "2026"]),
            "tags:\n  - project-x\n  - Team/North\n  - \"a b\"\n  - \"yes\"\n  - \"2026\"\n  \
             - convene\n"
        );
        for (yaml, theirs) in [
            ("tags: [project-x, convene]", vec!["project-x"]),
            ("tags:\n  - Convene\n  - x\n  -\n  - 12", vec!["x", "12"]),
            ("tags: \"#convene, alpha beta\"", vec!["alpha", "beta"]),
            ("tags: solo", vec!["solo"]),
            ("tags:", vec![]),
            ("other: 1", vec![]),
        ] {
            assert_eq!(
                read_back(yaml),
                Ok(theirs.iter().map(|t| t.to_string()).collect()),
                "{yaml}"
            );
        }
        assert!(read_back("tags: {a: 1}").is_err());
        assert_eq!(
            read_all("a: 1\ntags: [[a]]").map_err(|(line, _)| line),
            Err(3)
        );
    }

    /// A second `tags` typed by hand above or below convene's: both are read, none lost.
    #[test]
    fn tags_given_twice_are_both_kept() {
        for yaml in [
            "tags: [mine, shared]\ntitle: \"t\"\ntags:\n  - shared\n  - convene\n# c\n",
            "tags:\n- mine\n- shared\ntags: shared, convene",
        ] {
            assert_eq!(
                read_back(yaml),
                Ok(vec!["mine".into(), "shared".into()]),
                "{yaml}"
            );
        }
    }

    #[test]
    fn any_tag_reads_back_exactly() {
        let theirs: Vec<String> = [
            "plain",
            "with space",
            "a: b",
            "\"q\"",
            "- dash",
            "#hash",
            "null",
            "True",
            "1.5",
            "\u{1b}[2J",
            "line\nbreak",
            "",
            " lead",
            "日本",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        let mut yaml = String::new();
        write(&mut yaml, &theirs);
        assert_eq!(read_back(&yaml), Ok(theirs));
    }
}
