//! The closing read-back: each section sums up a picture in plain lines (the landscape by
//! group, the hottest boundaries, who is in each quadrant, the legitimacy gaps, the value
//! profile) and quotes the answers it names, or says they are missing.
//!
//! Pure; never panics. Works from the pictures already drawn, so the read-back and the
//! pictures can never disagree. Words that are not the pack's or the participant's live in
//! `text.rs`.

use crate::content::{Field, Opt};
use crate::content::{Pack, PictureKind, PromptKind, ReadBackSpec, Scale, Summary};
use crate::workbook::derive::{field_options, prompt_options};
use crate::workbook::{Answer, Item, Value, Workbook};

use super::model::{
    Bars, Network, Picture, PictureBody, QuadrantChart, ReadBack, ReadBackItem, ReadBackSection,
};
use super::text;

pub(super) fn read_back(
    pack: &Pack,
    wb: &Workbook,
    spec: &ReadBackSpec,
    pictures: &[Picture],
) -> ReadBack {
    let sections = spec
        .sections
        .iter()
        .map(|s| {
            let mut items = Vec::new();
            let mut index = None;
            if let Some((id, summary)) = &s.picture
                && let Some(i) = pictures.iter().position(|p| p.id == *id)
            {
                index = Some(i);
                items.extend(summarise(pack, &pictures[i], *summary));
            }
            for ids in &s.prompts {
                items.extend(quote(pack, wb, ids));
            }
            ReadBackSection {
                title: s.title.clone(),
                picture: index,
                items,
            }
        })
        .collect();
    ReadBack {
        title: spec.title.clone(),
        sections,
    }
}

/// The question a picture is drawn from, for "not answered yet".
fn source_question(pack: &Pack, picture: &Picture) -> String {
    pack.picture(&picture.id)
        .and_then(|spec| {
            let id = match &spec.kind {
                PictureKind::Network(n) => &n.nodes,
                PictureKind::Quadrant { prompt } | PictureKind::Bars { prompt, .. } => prompt,
            };
            pack.prompt(id).map(|p| p.text.to_string())
        })
        .unwrap_or_else(|| picture.title.clone())
}

fn summarise(pack: &Pack, picture: &Picture, summary: Summary) -> Vec<ReadBackItem> {
    let missing = || {
        vec![ReadBackItem::Missing(text::not_answered(&source_question(
            pack, picture,
        )))]
    };
    let lines = match (&picture.body, summary) {
        (PictureBody::Network(n), _) if n.nodes.is_empty() => return missing(),
        (PictureBody::Network(n), _) => groups(pack, picture, n),
        (PictureBody::Quadrant(q), _) if q.points.is_empty() && q.unplaced.is_empty() => {
            return missing();
        }
        (PictureBody::Quadrant(q), _) if q.points.is_empty() => {
            unplaced(&q.unplaced).into_iter().collect()
        }
        (PictureBody::Quadrant(q), Summary::Hottest) => hottest(q),
        (PictureBody::Quadrant(q), _) => by_quadrant(q),
        (PictureBody::Bars(b), _) if b.bars.is_empty() => return missing(),
        (PictureBody::Bars(b), _) if b.bars.iter().all(|x| x.value.is_none()) => {
            unrated(b).into_iter().collect()
        }
        (PictureBody::Bars(b), Summary::Lowest) => lowest(b),
        (PictureBody::Bars(b), _) => by_level(b),
    };
    lines.into_iter().map(ReadBackItem::Line).collect()
}

/// How many nodes and edges of each kind, then the nodes by group.
fn groups(pack: &Pack, picture: &Picture, n: &Network) -> Vec<String> {
    let spec = pack.picture(&picture.id).and_then(|spec| match &spec.kind {
        PictureKind::Network(net) => Some(net),
        _ => None,
    });
    let fields = spec
        .and_then(|net| pack.prompt(&net.nodes))
        .and_then(|p| Some((p.kind.item_label()?, p.kind.fields())));
    let item_label = fields.map_or("", |(label, _)| label);
    let group_label = spec
        .and_then(|net| net.group.as_deref())
        .and_then(|g| fields?.1.iter().find(|f| f.id == g))
        .map(|f| f.label.as_ref());
    let mut counts = vec![text::count(item_label, n.nodes.len())];
    for (k, kind) in n.edge_kinds.iter().enumerate() {
        let count = n.edges.iter().filter(|e| e.kind == k).count();
        counts.push(text::count(&kind.label, count));
    }
    let mut lines = vec![counts.join(text::COUNT_SEP)];
    let names_in = |g: Option<usize>| -> Vec<&str> {
        n.nodes
            .iter()
            .filter(|node| node.group == g)
            .map(|node| node.label.as_str())
            .collect()
    };
    for (g, group) in n.groups.iter().enumerate() {
        let names = names_in(Some(g));
        if !names.is_empty() {
            lines.push(text::group_line(group, &names));
        }
    }
    let ungrouped = names_in(None);
    if !ungrouped.is_empty() {
        let label = match group_label {
            Some(field) => text::no_group(field),
            None => text::ALL_NAMED.to_string(),
        };
        lines.push(text::group_line(&label, &ungrouped));
    }
    lines
}

/// One line per quadrant (in the chart's order) naming who is in it.
fn by_quadrant(q: &QuadrantChart) -> Vec<String> {
    let mut lines: Vec<String> = q
        .quadrants
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let names: Vec<&str> = q
                .points
                .iter()
                .filter(|p| p.quadrant == i)
                .map(|p| p.label.as_str())
                .collect();
            text::labelled(label, &names)
        })
        .collect();
    lines.extend(unplaced(&q.unplaced));
    lines
}

/// The rows rated high on x, highest x first, then highest y.
fn hottest(q: &QuadrantChart) -> Vec<String> {
    let mut hot: Vec<_> = q.points.iter().filter(|p| p.x >= q.x.high_from).collect();
    hot.sort_by(|a, b| b.x.cmp(&a.x).then(b.y.cmp(&a.y)));
    let mut lines: Vec<String> = hot
        .iter()
        .take(text::HOTTEST_MAX)
        .map(|p| {
            text::hot_line(
                &p.label,
                &text::rating(&q.x.label, p.x, q.x.max),
                &text::rating(&q.y.label, p.y, q.y.max),
                q.quadrants.get(p.quadrant).map_or("", String::as_str),
            )
        })
        .collect();
    if hot.is_empty() {
        lines.push(text::none_high(&q.x.label));
    } else if hot.len() > text::HOTTEST_MAX {
        lines.push(text::and_more(hot.len() - text::HOTTEST_MAX));
    }
    lines.extend(unplaced(&q.unplaced));
    lines
}

/// The rows rated in the lower half of the scale, lowest first, grouped by value.
fn lowest(b: &Bars) -> Vec<String> {
    // The same split as a quadrant axis without `high_from`.
    let high_from = b.min + (b.max - b.min) / 2 + 1;
    let mut lines: Vec<String> = (b.min..high_from).filter_map(|v| at_value(b, v)).collect();
    if lines.is_empty() {
        lines.push(text::none_low(&b.measure));
    }
    lines.extend(unrated(b));
    lines
}

/// One line per value given, highest first.
fn by_level(b: &Bars) -> Vec<String> {
    let mut lines: Vec<String> = (b.min..=b.max)
        .rev()
        .filter_map(|v| at_value(b, v))
        .collect();
    lines.extend(unrated(b));
    lines
}

/// "Stories: Immediate value, Potential value", or `None` when no bar has this value.
fn at_value(b: &Bars, v: i64) -> Option<String> {
    let names: Vec<&str> = b
        .bars
        .iter()
        .filter(|bar| bar.value == Some(v))
        .map(|bar| bar.label.as_str())
        .collect();
    if names.is_empty() {
        return None;
    }
    let level = usize::try_from(v - b.min)
        .ok()
        .and_then(|i| b.levels.get(i))
        .cloned()
        .unwrap_or_else(|| text::rating(&b.measure, v, b.max));
    Some(text::labelled(&level, &names))
}

fn unrated(b: &Bars) -> Option<String> {
    let names: Vec<&str> = b
        .bars
        .iter()
        .filter(|bar| bar.value.is_none())
        .map(|bar| bar.label.as_str())
        .collect();
    (!names.is_empty()).then(|| text::not_rated(&names))
}

fn unplaced(names: &[String]) -> Option<String> {
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    (!names.is_empty()).then(|| text::not_rated(&names))
}

/// The answer of the first of these prompts that has one, quoted in full, or a note that
/// the first is missing.
fn quote(pack: &Pack, wb: &Workbook, ids: &[String]) -> Option<ReadBackItem> {
    for id in ids {
        let Some(prompt) = pack.prompt(id) else {
            continue;
        };
        if let Some(text) = wb.answer(id).and_then(|a| answer_text(wb, &prompt.kind, a)) {
            return Some(ReadBackItem::Answer {
                question: prompt.text.to_string(),
                text,
            });
        }
    }
    let first = pack.prompt(ids.first()?)?;
    Some(ReadBackItem::Missing(text::not_answered(&first.text)))
}

/// An answer in words: the text, the chosen labels, the rating, or the list's items.
fn answer_text(wb: &Workbook, kind: &PromptKind, answer: &Answer) -> Option<String> {
    let offered = || prompt_options(wb, kind);
    let text = match (answer, kind.scale()) {
        (Answer::Text(t), _) => t.trim().to_string(),
        (Answer::Choice(id), _) => label(&offered(), id),
        // A ranking reads as its order: `1. First` on each line.
        (Answer::Choices(ids), _) if matches!(kind, PromptKind::Ranking { .. }) => {
            let opts = offered();
            ids.iter()
                .enumerate()
                .map(|(i, id)| format!("{}. {}", i + 1, label(&opts, id)))
                .collect::<Vec<_>>()
                .join("\n")
        }
        (Answer::Choices(ids), _) => {
            let opts = offered();
            ids.iter()
                .map(|id| label(&opts, id))
                .collect::<Vec<_>>()
                .join(text::NAME_SEP)
        }
        (Answer::Number(n), Some(Scale::Numeric(s))) => text::out_of(*n, s.max),
        (Answer::Number(n), _) => n.to_string(),
        (Answer::List(items), _) => items
            .iter()
            .filter(|i| !i.text.trim().is_empty())
            .map(|i| item_line(wb, kind.fields(), i))
            .collect::<Vec<_>>()
            .join("\n"),
        (Answer::Grid(_), _) => String::new(),
    };
    (!text.trim().is_empty()).then_some(text)
}

/// A list item with its details: `- Name (Owner: me; Done by: 31 January)`.
fn item_line(wb: &Workbook, fields: &[Field], item: &Item) -> String {
    let details: Vec<String> = fields
        .iter()
        .filter_map(|f| {
            let value = item.fields.get(&f.id).filter(|v| !v.is_empty())?;
            let shown = match value {
                Value::Text(t) => t.trim().to_string(),
                Value::Number(n) => n.to_string(),
                Value::Choice(id) => label(&field_options(wb, &f.kind), id),
                Value::Choices(ids) => {
                    let opts = field_options(wb, &f.kind);
                    ids.iter()
                        .map(|id| label(&opts, id))
                        .collect::<Vec<_>>()
                        .join(text::NAME_SEP)
                }
            };
            Some(text::detail(&f.label, &shown))
        })
        .collect();
    text::item_with_details(item.text.trim(), &details)
}

/// The label of the option `id` among `opts`, or the id itself when it is not one of them.
fn label(opts: &[Opt], id: &str) -> String {
    opts.iter()
        .find(|o| o.id == id)
        .map_or_else(|| id.to_string(), |o| o.label.to_string())
}
