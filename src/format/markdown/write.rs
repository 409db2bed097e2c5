//! Renders a workbook as Markdown against its pack: headings from the pack, the exercises of
//! the workbook's path (and any other that holds an answer), each prompt's wording, each
//! answer between its markers, the derived map of the initiative, and final
//! sections for orphaned answers and answers from before the session.
//!
//! Never drops an answer and never writes one in a way `read` could not give back exactly.

use std::fmt::Write as _;

use crate::content::{Opt, Pack, Prompt, PromptKind, Rows, Scale, Shape};
use crate::map::Map;
use crate::workbook::derive::{self, Orphan};
use crate::workbook::{Answer, Item, Spot, Workbook};

use super::headings::Headings;
use super::inline::{display, display_with, escape, escape_into, tag, tag_into, unescape};
use super::{CLOSE, NOT_ANSWERED, text, values};

/// Where each spot of the file begins in the text written: (byte offset, spot), in order.
pub type Spots = Vec<(usize, Spot)>;

/// The file convene writes for the workbook, with the participant's own text put back
/// where it stood (`own::merge`).
pub fn write(wb: &Workbook, pack: &Pack, map: &Map) -> String {
    let (text, spots) = generate(wb, pack, map);
    super::own::merge(text, &spots, &wb.own)
}

/// Everything convene writes for the workbook (its own text left out), and where each spot
/// begins.
pub fn generate(wb: &Workbook, pack: &Pack, map: &Map) -> (String, Spots) {
    let progress = derive::progress(wb, pack);
    let orphans = derive::orphans(wb, pack);
    let mut out = super::front::write(&wb.meta, progress);
    let mut spots = vec![(out.len(), Spot::Top)];
    let title = heading(&wb.meta.initiative);
    let title = if title.is_empty() {
        "Untitled initiative".to_string()
    } else {
        title
    };
    let mut headings = Headings::default();
    let title = headings.unique(title, "initiative");
    let _ = write!(out, "\n# {title}\n\n");
    let mut summary = Vec::new();
    if !wb.meta.participant.trim().is_empty() {
        summary.push(format!("Participant: {}", display(&wb.meta.participant)));
    }
    summary.push(format!(
        "{} ({})",
        display(&pack.title),
        display(&format!("{} {}", pack.id, pack.version))
    ));
    summary.push(display(wb.meta.moment.label()));
    summary.push(format!(
        "{} of {} prompts answered",
        progress.answered, progress.total
    ));
    let _ = write!(out, "{}\n\n", summary.join(" · "));

    for theme in &pack.themes {
        let shown: Vec<_> = theme
            .exercises
            .iter()
            .filter(|e| derive::shows_exercise(wb, pack, e))
            .collect();
        if shown.is_empty() {
            continue;
        }
        spots.push((out.len(), Spot::Theme(theme.id.clone())));
        let theme_title = headings.unique(heading(&theme.title), "theme");
        let _ = write!(out, "## {theme_title}\n\n");
        for exercise in shown {
            spots.push((out.len(), Spot::Exercise(exercise.id.clone())));
            let title = headings.unique(heading(&exercise.title), &theme_title);
            let _ = write!(out, "### {title}\n\n");
            let purpose = display(&exercise.purpose);
            if !purpose.is_empty() {
                let _ = write!(out, "_{purpose}_\n\n");
            }
            for prompt in &exercise.prompts {
                spots.push((out.len(), Spot::Prompt(prompt.qualified_id.clone())));
                let wording = display(&prompt.text);
                if !wording.is_empty() {
                    let _ = write!(out, "**{wording}**\n\n");
                }
                match wb.answers.get(&prompt.qualified_id) {
                    Some(answer) => write_answer(
                        &mut out,
                        (wb, pack, &orphans),
                        (&prompt.qualified_id, &[]),
                        answer,
                        Some(prompt),
                    ),
                    None => write_unanswered(&mut out, prompt),
                }
                spots.push((out.len(), Spot::Answer(prompt.qualified_id.clone())));
            }
        }
    }
    spots.push((out.len(), Spot::Map));
    super::map::write(&mut out, map, &mut headings);
    write_orphans(&mut out, (&mut spots, &mut headings), (wb, pack, &orphans));
    super::earlier::write(&mut out, (&mut spots, &mut headings), wb, pack);
    while out.ends_with("\n\n") {
        out.pop();
    }
    for (at, _) in &mut spots {
        *at = (*at).min(out.len());
    }
    (out, spots)
}

/// "Not answered yet", and for a text prompt an empty pair of markers to type between by
/// hand (read back as no answer; an empty answer that exists is never written this way).
fn write_unanswered(out: &mut String, prompt: &Prompt) {
    let _ = write!(out, "{NOT_ANSWERED}\n\n");
    if prompt.kind.shape() == Shape::Text {
        tag_into(
            out,
            "answer",
            &[("id", &prompt.qualified_id), ("type", "text")],
        );
        let _ = write!(out, "\n{CLOSE}\n\n");
    }
}

/// Where the writer is in the file: the spots so far and the headings written.
pub(super) type Marks<'a> = (&'a mut Spots, &'a mut Headings);

fn write_orphans(out: &mut String, (spots, headings): Marks<'_>, (wb, pack, orphans): Ctx<'_>) {
    if orphans.is_empty() {
        return;
    }
    spots.push((out.len(), Spot::Orphans));
    let title = headings.unique(ORPHANS_HEADING.to_string(), "answers");
    let _ = write!(out, "## {title}\n\n");
    out.push_str(
        "_These answers belong to prompts the pack no longer has, or to rows whose list item \
         is gone. They are kept so that nothing typed is lost._\n\n",
    );
    for orphan in orphans {
        if let Orphan::Row { prompt, row } = orphan {
            let wording = pack
                .prompt(prompt)
                .map_or_else(|| display(prompt), |p| display(&p.text));
            let _ = writeln!(
                out,
                "- The row “{}” of “{wording}” (kept in that table, marked as no longer in the list)",
                display(row)
            );
        }
    }
    if orphans.iter().any(|o| matches!(o, Orphan::Row { .. })) {
        out.push('\n');
    }
    for orphan in orphans {
        if let Orphan::Prompt { prompt } = orphan
            && let Some(answer) = wb.answers.get(prompt)
        {
            let title = headings.unique(heading_id(prompt), "no longer in the pack");
            let _ = write!(out, "### {title}\n\n");
            write_answer(out, (wb, pack, orphans), (prompt, &[]), answer, None);
            spots.push((out.len(), Spot::Orphan(prompt.clone())));
        }
    }
}

/// The heading of the section of answers to prompts the pack no longer has.
const ORPHANS_HEADING: &str = "Answers no longer in the pack";

/// Heading text: `display`, with a final `#` escaped so it is not taken for a closing
/// sequence.
pub(super) fn heading(s: &str) -> String {
    let mut shown = display(s);
    if shown.ends_with('#') {
        shown.pop();
        shown.push_str("\\#");
    }
    shown
}

pub(super) fn heading_id(id: &str) -> String {
    let shown = heading(id);
    if shown.is_empty() {
        "(an answer without an id)".to_string()
    } else {
        shown
    }
}

/// One answer between its markers, preceded by "Not answered yet" when it is empty.
/// What every answer is written against: the workbook, its pack and its orphans.
pub(super) type Ctx<'a> = (&'a Workbook, &'a Pack, &'a [Orphan]);

pub(super) fn write_answer(
    out: &mut String,
    (wb, pack, orphans): Ctx<'_>,
    (id, more): (&str, &[(&str, &str)]),
    answer: &Answer,
    prompt: Option<&Prompt>,
) {
    if answer.is_empty() {
        let _ = write!(out, "{NOT_ANSWERED}\n\n");
    }
    let kind = prompt.map(|p| &p.kind);
    let mut attrs = vec![("id", id), ("type", type_name(answer))];
    attrs.extend_from_slice(more);
    tag_into(out, "answer", &attrs);
    out.push('\n');
    match answer {
        Answer::Text(t) => text::write(out, t),
        Answer::Choice(choice) => {
            let opts = kind.map(|k| prompt_options(wb, k)).unwrap_or_default();
            out.push_str(&choice_line(choice, &opts));
            out.push('\n');
        }
        Answer::Choices(ids) => {
            let opts = kind.map(|k| prompt_options(wb, k)).unwrap_or_default();
            for choice in ids {
                let line = choice_line(choice, &opts);
                let _ = writeln!(out, "-{}{line}", if line.is_empty() { "" } else { " " });
            }
            out.push('\n');
        }
        Answer::Number(n) => {
            let _ = write!(out, "{n}");
            if let Some(Scale::Numeric(s)) = kind.and_then(PromptKind::scale) {
                let _ = write!(
                    out,
                    " of {} ({} = {}, {} = {})",
                    s.max,
                    s.min,
                    display(&s.low),
                    s.max,
                    display(&s.high)
                );
            }
            out.push('\n');
        }
        Answer::List(items) => write_list(out, wb, kind, items),
        Answer::Grid(rows) => super::grid::write(out, (wb, pack, orphans), id, prompt, rows),
    }
    out.push_str(CLOSE);
    out.push_str("\n\n");
}

pub fn type_name(answer: &Answer) -> &'static str {
    match answer {
        Answer::Text(_) => "text",
        Answer::Choice(_) => "choice",
        Answer::Choices(_) => "choices",
        Answer::Number(_) => "number",
        Answer::List(_) => "list",
        Answer::Grid(_) => "grid",
    }
}

/// A choice's label, with a tag carrying its id when the label alone would not give it back
/// (also when it is no option's id but reads as an option's label, which a line typed by
/// hand would be taken for).
fn choice_line(id: &str, opts: &[Opt]) -> String {
    let visible = values::choice_visible(id, opts);
    if unescape(&visible) == id && !super::byhand::names_an_option(opts, id) {
        visible
    } else {
        let t = tag("choice", &[("id", id)]);
        if visible.is_empty() {
            t
        } else {
            format!("{visible} {t}")
        }
    }
}

use crate::workbook::derive::{field_options, prompt_options};

fn write_list(out: &mut String, wb: &Workbook, kind: Option<&PromptKind>, items: &[Item]) {
    let fields = kind.map_or(&[][..], PromptKind::fields);
    // Labels and options of the pack's fields, worked out once for all items.
    let known: Vec<(&str, String, Vec<Opt>)> = fields
        .iter()
        .map(|f| {
            let label = display_with(&f.label, &[':']);
            (f.id.as_str(), label, field_options(wb, &f.kind))
        })
        .collect();
    for item in items {
        out.push('-');
        if !item.text.is_empty() {
            out.push(' ');
            escape_into(out, &item.text, &[]);
        }
        out.push('\n');
        // Known fields in pack order, then any others in id order.
        let in_pack = known.iter().filter_map(|(id, label, opts)| {
            let value = item.fields.get(*id)?;
            Some((*id, label.clone(), opts.as_slice(), value))
        });
        let others = item
            .fields
            .iter()
            .filter(|(id, _)| !fields.iter().any(|f| &f.id == *id))
            .map(|(id, v)| (id.as_str(), display_with(id, &[':']), &[][..], v));
        for (id, label, opts, value) in in_pack.chain(others) {
            let (visible, attrs) = values::encode(value, opts);
            let mut all = vec![("id", id)];
            all.extend(attrs.iter().map(|(k, v)| (*k, v.as_str())));
            out.push_str("  - ");
            out.push_str(&label);
            out.push(':');
            if !visible.is_empty() {
                out.push(' ');
                out.push_str(&visible);
            }
            out.push(' ');
            tag_into(out, "field", &all);
            out.push('\n');
        }
    }
    out.push('\n');
}

/// The label a grid row shows: a fixed row's label, or the list item's name.
pub fn row_label(rows: Option<&Rows>, key: &str) -> String {
    match rows {
        Some(Rows::Fixed(opts)) => opts
            .iter()
            .find(|o| o.id == key)
            .map_or_else(|| escape(key), |o| display(&o.label)),
        _ => escape(key),
    }
}
