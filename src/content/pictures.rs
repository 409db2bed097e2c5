//! Validation of pack.yaml's `pictures:`: each picture names prompts of the right kinds (a
//! list for a network's nodes, choice fields over those nodes for its edges, a quadrant for
//! heat or a quadrant chart, a grid's scale column for bars) and has a unique id.
//!
//! Pure: raw values in, typed specs or problems (with file:line:column) out. Runs after every
//! theme is validated, so any prompt of the pack may be named. Never panics.

use std::collections::HashSet;

use super::cx::{Cx, join};
use super::model::{Field, FieldKind, Options, Prompt, Rows};
use super::picture_model::{
    AxisPick, EdgeSpec, HeatSpec, NetworkSpec, PictureKind, PictureSpec, ReadBackSpec,
};
use super::raw::RawPack;
use super::raw_pictures::{RawBars, RawEdge, RawNetwork, RawPicture};
use super::refs::any_prompt;
use super::words::{closest, quoted_list};

/// The pictures and read-back of pack.yaml, checked. Problems go through `cx`.
pub(crate) fn check(cx: &mut Cx, raw: &RawPack) -> (Vec<PictureSpec>, Option<ReadBackSpec>) {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for (i, raw) in raw.pictures.iter().flatten().enumerate() {
        let path = format!("pictures[{i}]");
        if let Some(id) = &raw.id
            && !seen.insert(id.clone())
        {
            cx.at_value(
                &join(&path, "id"),
                format!("the picture id \"{id}\" appears twice"),
                Some("give each picture its own id".to_string()),
            );
            continue;
        }
        if let Some(p) = picture(cx, &path, raw) {
            out.push(p);
        }
    }
    let declared: Vec<&str> = raw
        .pictures
        .iter()
        .flatten()
        .filter_map(|p| p.id.as_deref())
        .collect();
    let read_back = raw
        .read_back
        .as_ref()
        .and_then(|rb| super::read_back::check(cx, rb, &out, &declared));
    (out, read_back)
}

fn picture(cx: &mut Cx, path: &str, raw: &RawPicture) -> Option<PictureSpec> {
    let start = cx.count();
    let id = cx.id(path, raw.id.as_ref(), "this picture");
    let what = id.as_ref().map_or("this picture".to_string(), |id| {
        format!("the picture \"{id}\"")
    });
    let title = cx.text(path, "title", raw.title.as_ref(), &what);
    let present: Vec<&str> = [
        ("network", raw.network.is_some()),
        ("quadrant", raw.quadrant.is_some()),
        ("bars", raw.bars.is_some()),
    ]
    .into_iter()
    .filter(|(_, on)| *on)
    .map(|(k, _)| k)
    .collect();
    let kind = match present.as_slice() {
        [] => {
            cx.at_key(
                path,
                format!("{what} has none of \"network\", \"quadrant\" or \"bars\""),
                Some("add one of them to say what the picture draws".to_string()),
            );
            None
        }
        [_, second, ..] => {
            cx.at_key(
                &join(path, second),
                format!("{what} has more than one of \"network\", \"quadrant\" and \"bars\""),
                Some("a picture draws one thing: keep one, or make two pictures".to_string()),
            );
            None
        }
        [_] => match (&raw.network, &raw.quadrant, &raw.bars) {
            (Some(n), ..) => network(cx, &join(path, "network"), n).map(PictureKind::Network),
            (_, Some(q), _) => {
                any_prompt(cx, &join(path, "quadrant"), q, &["quadrant"], "quadrant").map(|p| {
                    PictureKind::Quadrant {
                        prompt: p.qualified_id.clone(),
                    }
                })
            }
            (_, _, Some(b)) => bars(cx, &join(path, "bars"), b),
            _ => None,
        },
    };
    (cx.count() == start).then_some(PictureSpec {
        id: id?,
        title: title?,
        caption: raw.caption.clone().unwrap_or_default().trim().to_string(),
        kind: kind?,
    })
}

fn network(cx: &mut Cx, path: &str, raw: &RawNetwork) -> Option<NetworkSpec> {
    let start = cx.count();
    let nodes = cx.text(path, "nodes", raw.nodes.as_ref(), "the network");
    let list = nodes.and_then(|n| any_prompt(cx, &join(path, "nodes"), &n, &["list"], "nodes"));
    let group = match (&raw.group, list) {
        (Some(g), Some(list)) => {
            let g_path = join(path, "group");
            let field = field(cx, &g_path, list, g)?;
            if !matches!(field.kind, FieldKind::Choice(_)) {
                cx.at_value(
                    &g_path,
                    format!(
                        "\"{g}\" is a \"{}\" field, but group needs a choice field",
                        field_kind(&field.kind)
                    ),
                    Some(
                        "name a choice field of the node list's items, or leave group out"
                            .to_string(),
                    ),
                );
            }
            Some(g.clone())
        }
        _ => None,
    };
    let mut edges = Vec::new();
    for (i, e) in raw.edges.iter().flatten().enumerate() {
        let e_path = format!("{path}.edges[{i}]");
        if let Some(edge) = edge(cx, &e_path, e, list) {
            edges.push(edge);
        }
    }
    (cx.count() == start).then_some(NetworkSpec {
        nodes: list?.qualified_id.clone(),
        group,
        edges,
    })
}

fn edge(cx: &mut Cx, path: &str, raw: &RawEdge, nodes: Option<&Prompt>) -> Option<EdgeSpec> {
    let start = cx.count();
    let list_id = cx.text(path, "prompt", raw.prompt.as_ref(), "this edge");
    let list =
        list_id.and_then(|l| any_prompt(cx, &join(path, "prompt"), &l, &["list"], "an edge"));
    let from = cx.text(path, "from", raw.from.as_ref(), "this edge");
    let to = cx.text(path, "to", raw.to.as_ref(), "this edge");
    let label = cx.text(path, "label", raw.label.as_ref(), "this edge");
    if let Some(list) = list {
        for (key, id) in [("from", &from), ("to", &to)] {
            if let (Some(id), Some(nodes)) = (id, nodes) {
                end(cx, &join(path, key), list, id, nodes, key);
            }
        }
        if let Some(text) = &raw.text {
            field(cx, &join(path, "text"), list, text);
        }
    }
    let heat = match (&raw.heat, list) {
        (Some(h), Some(list)) => heat(cx, &join(path, "heat"), h, list),
        _ => None,
    };
    (cx.count() == start).then_some(EdgeSpec {
        prompt: list?.qualified_id.clone(),
        from: from?,
        to: to?,
        label: label?,
        text: raw.text.clone(),
        dashed: raw.dashed.unwrap_or(false),
        heat,
    })
}

/// An edge's `from` or `to`: a choice field whose options come from the node list.
fn end(cx: &mut Cx, path: &str, list: &Prompt, id: &str, nodes: &Prompt, key: &str) {
    let Some(field) = field(cx, path, list, id) else {
        return;
    };
    let hint = Some(format!(
        "{key} must name a choice field with `options_from: [{}]`",
        nodes.qualified_id
    ));
    match &field.kind {
        FieldKind::Choice(Options::FromLists(lists)) if lists.contains(&nodes.qualified_id) => {}
        FieldKind::Choice(Options::FromLists(_)) => cx.at_value(
            path,
            format!(
                "the options of \"{id}\" do not come from \"{}\"",
                nodes.qualified_id
            ),
            hint,
        ),
        FieldKind::Choice(Options::Fixed(_)) => cx.at_value(
            path,
            format!(
                "\"{id}\" has fixed options, not the items of \"{}\"",
                nodes.qualified_id
            ),
            hint,
        ),
        other => cx.at_value(
            path,
            format!(
                "\"{id}\" is a \"{}\" field, but {key} needs a choice field",
                field_kind(other)
            ),
            hint,
        ),
    }
}

const AXIS_HINT: &str = "write `axis: x` (the quadrant's x axis) or `axis: y`";

fn heat(
    cx: &mut Cx,
    path: &str,
    raw: &super::raw_pictures::RawHeat,
    list: &Prompt,
) -> Option<HeatSpec> {
    let q_id = cx.text(path, "prompt", raw.prompt.as_ref(), "heat");
    let axis = match raw.axis.as_deref() {
        None => {
            cx.at_key(path, "heat has no \"axis\"", Some(AXIS_HINT.to_string()));
            None
        }
        Some("x") => Some(AxisPick::X),
        Some("y") => Some(AxisPick::Y),
        Some(other) => {
            cx.at_value(
                &join(path, "axis"),
                format!("\"{other}\" is not an axis"),
                Some(AXIS_HINT.to_string()),
            );
            None
        }
    };
    let q_path = join(path, "prompt");
    let quadrant = any_prompt(cx, &q_path, &q_id?, &["quadrant"], "heat")?;
    let rows = quadrant.kind.rows()?;
    let hint = Some(format!(
        "heat needs a quadrant with `rows_from: {}`",
        list.qualified_id
    ));
    match rows {
        Rows::FromList { list: from, .. } if *from == list.qualified_id => {}
        Rows::FromList { list: from, .. } => {
            cx.at_value(
                &q_path,
                format!(
                    "\"{}\" has rows from \"{from}\", not from \"{}\"",
                    quadrant.qualified_id, list.qualified_id
                ),
                hint,
            );
            return None;
        }
        Rows::Fixed(_) => {
            cx.at_value(
                &q_path,
                format!(
                    "\"{}\" has fixed rows, not the items of \"{}\"",
                    quadrant.qualified_id, list.qualified_id
                ),
                hint,
            );
            return None;
        }
    }
    Some(HeatSpec {
        prompt: quadrant.qualified_id.clone(),
        axis: axis?,
    })
}

fn bars(cx: &mut Cx, path: &str, raw: &RawBars) -> Option<PictureKind> {
    let p_id = cx.text(path, "prompt", raw.prompt.as_ref(), "the bars");
    let column = cx.text(path, "column", raw.column.as_ref(), "the bars");
    let grid = any_prompt(cx, &join(path, "prompt"), &p_id?, &["grid"], "bars")?;
    let column = column?;
    let columns = grid.kind.columns();
    let c_path = join(path, "column");
    let Some(found) = columns.iter().find(|c| c.id == column) else {
        let ids: Vec<&str> = columns.iter().map(|c| c.id.as_str()).collect();
        cx.at_value(
            &c_path,
            format!("\"{}\" has no column \"{column}\"", grid.qualified_id),
            Some(did_you_mean(&column, &ids, "columns")),
        );
        return None;
    };
    if !matches!(found.kind, FieldKind::Scale(_)) {
        cx.at_value(
            &c_path,
            format!(
                "\"{column}\" is a \"{}\" column, but bars need a scale column",
                field_kind(&found.kind)
            ),
            Some("bars measure each row on a rating: name a column of kind \"scale\"".to_string()),
        );
        return None;
    }
    Some(PictureKind::Bars {
        prompt: grid.qualified_id.clone(),
        column,
    })
}

/// The field `id` of a list prompt's items.
fn field<'p>(cx: &mut Cx, path: &str, list: &'p Prompt, id: &str) -> Option<&'p Field> {
    list.kind.item_label()?; // only a list's items have fields
    let fields = list.kind.fields();
    if let Some(f) = fields.iter().find(|f| f.id == id) {
        return Some(f);
    }
    let ids: Vec<&str> = fields.iter().map(|f| f.id.as_str()).collect();
    cx.at_value(
        path,
        format!(
            "the items of \"{}\" have no field \"{id}\"",
            list.qualified_id
        ),
        Some(did_you_mean(id, &ids, "fields")),
    );
    None
}

fn did_you_mean(word: &str, ids: &[&str], what: &str) -> String {
    if ids.is_empty() {
        return format!("there are no {what} to name");
    }
    let list = quoted_list(ids.iter().copied());
    match closest(word, ids.iter().copied()) {
        Some(g) => format!("did you mean \"{g}\"? {what}: {list}"),
        None => format!("{what}: {list}"),
    }
}

/// The YAML kind of a field.
fn field_kind(kind: &FieldKind) -> &'static str {
    match kind {
        FieldKind::Line => "line",
        FieldKind::Text => "text",
        FieldKind::Choice(_) => "choice",
        FieldKind::MultiChoice(_) => "multi-choice",
        FieldKind::Scale(_) => "scale",
    }
}
