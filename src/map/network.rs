//! The network picture: the items of a list as nodes (grouped by a choice field), and the
//! items of other lists as edges between the nodes their two choice fields name.
//!
//! Pure; never panics. Unanswered parts are left out: items with empty names are not nodes,
//! and an edge naming a node that is no longer in the list is not drawn.

use crate::content::{AxisPick, Field, FieldKind, NetworkSpec, Options, Pack, Prompt, Scale};
use crate::workbook::derive::options;
use crate::workbook::{Answer, Item, Value, Workbook};

use super::model::{Edge, EdgeKind, Heat, Network, Node};

pub(super) fn network(pack: &Pack, wb: &Workbook, spec: &NetworkSpec) -> Network {
    let group_field = spec
        .group
        .as_deref()
        .and_then(|g| list_field(pack.prompt(&spec.nodes), g));
    let group_opts = match group_field.map(|f| &f.kind) {
        Some(FieldKind::Choice(opts)) => options(wb, opts),
        _ => Vec::new(),
    };
    let mut nodes: Vec<Node> = Vec::new();
    for item in wb.list_items(&spec.nodes) {
        let name = item.text.trim();
        if name.is_empty() || nodes.iter().any(|n| n.label == name) {
            continue;
        }
        let group = spec
            .group
            .as_deref()
            .and_then(|g| match item.fields.get(g) {
                Some(Value::Choice(id)) => group_opts.iter().position(|o| o.id == *id),
                _ => None,
            });
        nodes.push(Node {
            label: name.to_string(),
            group,
        });
    }
    let mut edges = Vec::new();
    for (kind, e) in spec.edges.iter().enumerate() {
        let list = pack.prompt(&e.prompt);
        let text_field = e.text.as_deref().and_then(|t| list_field(list, t));
        for item in wb.list_items(&e.prompt) {
            let (Some(from), Some(to)) = (end(&nodes, item, &e.from), end(&nodes, item, &e.to))
            else {
                continue;
            };
            // The participant's own name for the edge, with the field's words after it
            // ("Hospital discharge, Organisational"); either alone when the other is missing.
            let name = Some(item.text.trim().to_string()).filter(|t| !t.is_empty());
            let words = match (&e.text, text_field) {
                (Some(t), Some(field)) => item.fields.get(t).and_then(|v| show(wb, field, v)),
                _ => None,
            };
            let label = match (name, words) {
                (Some(n), Some(w)) => Some(format!("{n}, {w}")),
                (n, w) => n.or(w),
            };
            let heat = e
                .heat
                .as_ref()
                .and_then(|h| heat(pack, wb, &h.prompt, h.axis, &item.text));
            edges.push(Edge {
                from,
                to,
                kind,
                label,
                heat,
            });
        }
    }
    Network {
        nodes,
        edges,
        groups: group_opts
            .into_iter()
            .map(|o| o.label.into_owned())
            .collect(),
        edge_kinds: spec
            .edges
            .iter()
            .map(|e| EdgeKind {
                label: e.label.clone(),
                dashed: e.dashed,
            })
            .collect(),
    }
}

/// The node an item's choice field names, if it is still in the list.
fn end(nodes: &[Node], item: &Item, field: &str) -> Option<usize> {
    let Some(Value::Choice(name)) = item.fields.get(field) else {
        return None;
    };
    let name = name.trim();
    nodes.iter().position(|n| n.label == name)
}

fn list_field<'p>(prompt: Option<&'p Prompt>, id: &str) -> Option<&'p Field> {
    prompt?.kind.fields().iter().find(|f| f.id == id)
}

/// A field's value in words: an option's label, several labels, a number or the text.
pub(super) fn show(wb: &Workbook, field: &Field, value: &Value) -> Option<String> {
    let label_of = |opts: &Options, id: &str| -> String {
        options(wb, opts)
            .into_iter()
            .find(|o| o.id == id)
            .map_or_else(|| id.to_string(), |o| o.label.to_string())
    };
    let shown = match (value, &field.kind) {
        (Value::Text(t), _) => t.trim().to_string(),
        (Value::Choice(id), FieldKind::Choice(opts) | FieldKind::MultiChoice(opts)) => {
            label_of(opts, id)
        }
        (Value::Choice(id), FieldKind::Scale(Scale::Levels(levels))) => levels
            .iter()
            .find(|l| l.id == *id)
            .map_or_else(|| id.clone(), |l| l.label.to_string()),
        (Value::Choice(id), _) => id.clone(),
        (Value::Choices(ids), FieldKind::Choice(opts) | FieldKind::MultiChoice(opts)) => ids
            .iter()
            .map(|id| label_of(opts, id))
            .collect::<Vec<_>>()
            .join(super::text::NAME_SEP),
        (Value::Choices(ids), _) => ids.join(super::text::NAME_SEP),
        (Value::Number(n), _) => n.to_string(),
    };
    (!shown.is_empty()).then_some(shown)
}

/// An edge's heat: one axis of the quadrant row keyed by the edge item's name, when rated
/// within the scale.
fn heat(pack: &Pack, wb: &Workbook, quadrant: &str, pick: AxisPick, key: &str) -> Option<Heat> {
    let (x, y, _) = pack.prompt(quadrant)?.kind.axes()?;
    let axis = match pick {
        AxisPick::X => x,
        AxisPick::Y => y,
    };
    let Some(Answer::Grid(rows)) = wb.answers.get(quadrant) else {
        return None;
    };
    let row = rows.iter().find(|r| r.key == key && !r.skipped)?;
    let Some(Value::Number(value)) = row.cells.get(&axis.id) else {
        return None;
    };
    (axis.scale.min..=axis.scale.max)
        .contains(value)
        .then_some(Heat {
            value: *value,
            min: axis.scale.min,
            max: axis.scale.max,
            high_from: axis.high_from,
        })
}
