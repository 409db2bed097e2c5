//! Validation of pack.yaml's `read_back:`: a title and sections, each summing up a declared
//! picture (with a summary that fits its kind) and/or quoting the answers of prompts.
//!
//! Pure; reports problems through `Cx` and never panics.

use super::cx::{Cx, join};
use super::picture_model::{PictureSpec, ReadBackSpec, SectionSpec, Summary};
use super::raw_pictures::{RawReadBack, RawSection};
use super::words::{closest, quoted_list};

/// Can a section quote the answers of this kind? Every kind but the tables (a grid or a
/// quadrant is shown through a picture).
fn quotable_kind(kind: &str) -> bool {
    !matches!(kind, "grid" | "quadrant")
}

/// Checks the read-back. `pictures` are the valid pictures; `declared` every picture id
/// written (a section naming a picture with problems of its own stays quiet).
pub(super) fn check(
    cx: &mut Cx,
    raw: &RawReadBack,
    pictures: &[PictureSpec],
    declared: &[&str],
) -> Option<ReadBackSpec> {
    let start = cx.count();
    let title = cx.text("read_back", "title", raw.title.as_ref(), "the read-back");
    if raw.sections.as_ref().is_none_or(Vec::is_empty) {
        cx.at_key(
            "read_back",
            "the read-back has no sections",
            Some("add at least one under `sections:`".to_string()),
        );
    }
    let mut sections = Vec::new();
    for (i, s) in raw.sections.iter().flatten().enumerate() {
        let path = format!("read_back.sections[{i}]");
        if let Some(section) = section(cx, &path, s, pictures, declared) {
            sections.push(section);
        }
    }
    (cx.count() == start).then_some(ReadBackSpec {
        title: title?,
        sections,
    })
}

fn section(
    cx: &mut Cx,
    path: &str,
    raw: &RawSection,
    pictures: &[PictureSpec],
    declared: &[&str],
) -> Option<SectionSpec> {
    let start = cx.count();
    let title = cx.text(path, "title", raw.title.as_ref(), "this section");
    let no_prompts = raw.prompts.as_ref().is_none_or(Vec::is_empty);
    if raw.picture.is_none() && no_prompts {
        cx.at_key(
            path,
            "this section has neither \"picture\" nor \"prompts\"",
            Some(
                "name a picture to sum up (`picture: some-id`), or prompts whose answers to quote"
                    .to_string(),
            ),
        );
    }
    if raw.summary.is_some() && raw.picture.is_none() {
        cx.at_key(
            &join(path, "summary"),
            "\"summary\" works only with \"picture\"",
            Some("add `picture:`, or remove `summary:`".to_string()),
        );
    }
    let picture = match &raw.picture {
        Some(id) => picture(cx, path, id, raw.summary.as_deref(), pictures, declared),
        None => None,
    };
    let mut prompts = Vec::new();
    for (i, entry) in raw.prompts.iter().flatten().enumerate() {
        let p_path = format!("{path}.prompts[{i}]");
        let several = entry.0.len() > 1;
        if entry.0.is_empty() {
            cx.at_value(
                &p_path,
                "this entry names no prompt",
                Some(
                    "name a prompt, or several in `[...]` to quote the first answered".to_string(),
                ),
            );
        }
        let mut group = Vec::new();
        for (j, id) in entry.0.iter().enumerate() {
            let at = if several {
                format!("{p_path}[{j}]")
            } else {
                p_path.clone()
            };
            if let Some(found) = quotable(cx, &at, id) {
                group.push(found);
            }
        }
        if group.len() == entry.0.len() && !group.is_empty() {
            prompts.push(group);
        }
    }
    (cx.count() == start).then_some(SectionSpec {
        title: title?,
        picture,
        prompts,
    })
}

/// A prompt whose answer a section can quote, by its qualified id.
fn quotable(cx: &mut Cx, at: &str, id: &str) -> Option<String> {
    let found = super::refs::any_prompt(cx, at, id, &super::model::PromptKind::ALL_IDS, "prompts")?;
    if quotable_kind(found.kind.id()) {
        return Some(found.qualified_id.clone());
    }
    cx.at_value(
        at,
        format!(
            "\"{id}\" is a \"{}\" prompt, whose answer cannot be quoted",
            found.kind.id()
        ),
        Some("show a grid or quadrant through a picture: `picture: some-id`".to_string()),
    );
    None
}

/// The section's picture and summary, checked against the declared pictures.
fn picture(
    cx: &mut Cx,
    path: &str,
    id: &str,
    summary: Option<&str>,
    pictures: &[PictureSpec],
    declared: &[&str],
) -> Option<(String, Summary)> {
    let p_path = join(path, "picture");
    if !declared.contains(&id) {
        let hint = if declared.is_empty() {
            "declare pictures under `pictures:` first".to_string()
        } else {
            let list = quoted_list(declared.iter().copied());
            match closest(id, declared.iter().copied()) {
                Some(g) => format!("did you mean \"{g}\"? pictures: {list}"),
                None => format!("pictures: {list}"),
            }
        };
        cx.at_value(&p_path, format!("there is no picture \"{id}\""), Some(hint));
        return None;
    }
    let spec = pictures.iter().find(|p| p.id == id)?;
    let fits = Summary::for_kind(&spec.kind);
    let Some(summary) = summary else {
        return fits.first().map(|s| (id.to_string(), *s));
    };
    let s_path = join(path, "summary");
    let allowed = quoted_list(fits.iter().map(|s| s.id()));
    match Summary::from_id(summary) {
        Some(s) if fits.contains(&s) => Some((id.to_string(), s)),
        Some(_) => {
            cx.at_value(
                &s_path,
                format!(
                    "\"{summary}\" does not fit a \"{}\" picture",
                    spec.kind.id()
                ),
                Some(format!("use one of {allowed}")),
            );
            None
        }
        None => {
            let mut hint = match closest(summary, fits.iter().map(|s| s.id())) {
                Some(g) => format!("did you mean \"{g}\"? "),
                None => String::new(),
            };
            hint.push_str(&format!("use one of {allowed}"));
            cx.at_value(
                &s_path,
                format!("\"{summary}\" is not a summary"),
                Some(hint),
            );
            None
        }
    }
}
