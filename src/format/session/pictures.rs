//! The cohort's pictures in the session pack (together after the cohort at a glance, so
//! that on paper they fill pages rather than leave gaps before each one), drawn with the
//! map's own models: the Markdown gets a Mermaid chart and a table with the exact data, the
//! page an SVG and its legend.
//!
//! - a quadrant whose rows are the landscape's practices (power × stake): every
//!   participant's practices on one chart, each labelled with its participant, grouped by
//!   type as the landscape groups them;
//! - bars over fixed rows (the value profile, the mindset): each row's median across the
//!   cohort, a level the scale has, so the picture shows what the table beside it says (the
//!   question's table has every count).
//!
//! Other pictures over a participant's own rows (legitimacy per practice, the hot
//! boundaries) and the landscape itself are not drawn for the cohort: without a type in
//! common they are one long list, not a picture. Pure.

use crate::content::{FieldKind, Options, Pack, PictureKind, PictureSpec, Prompt, Rows};
use crate::map::{Bar, Bars, Picture, PictureBody, Point, QuadrantChart, picture};
use crate::workbook::cohort::Cohort;
use crate::workbook::{Value, Workbook};

use super::super::doc::Block;

/// The cohort's pictures drawn from `prompt`, as figures (none for most prompts).
/// Each point is labelled with its participant's short name (`names`, in cohort order).
pub(super) fn pictures_of(
    cohort: &Cohort,
    pack: &Pack,
    prompt: &Prompt,
    names: &[String],
) -> Vec<Block<'static>> {
    pack.pictures
        .iter()
        .filter_map(|spec| match &spec.kind {
            PictureKind::Quadrant { prompt: p } if *p == prompt.qualified_id => {
                quadrant(cohort, pack, prompt, spec, names)
            }
            PictureKind::Bars { prompt: p, .. } if *p == prompt.qualified_id => {
                bars(cohort, pack, prompt, spec)
            }
            _ => None,
        })
        .map(|p| Block::Figure(Box::new(p)))
        .collect()
}

/// Everyone's practices on one quadrant, grouped by type; `None` unless the rows are the
/// items of a list the landscape groups, or when no one is placed.
fn quadrant(
    cohort: &Cohort,
    pack: &Pack,
    prompt: &Prompt,
    spec: &PictureSpec,
    names: &[String],
) -> Option<Picture> {
    let Some(Rows::FromList { list, .. }) = prompt.kind.rows() else {
        return None;
    };
    let field = group_field(pack, list)?;
    let FieldKind::Choice(Options::Fixed(opts)) = &field.kind else {
        return None;
    };
    let groups: Vec<(String, String)> = opts
        .iter()
        .map(|o| (o.id.clone(), o.label.to_string()))
        .collect();
    let mut chart: Option<QuadrantChart> = None;
    let mut points: Vec<Point> = Vec::new();
    let mut people = 0;
    for (loaded, name) in cohort.workbooks.iter().zip(names) {
        let wb = &loaded.workbook;
        let Some(PictureBody::Quadrant(q)) = picture(pack, wb, spec).map(|p| p.body) else {
            continue;
        };
        if !q.points.is_empty() {
            people += 1;
        }
        for mut p in q.points.iter().cloned() {
            p.group = group_of(wb, list, &p.label, &field.id)
                .and_then(|g| groups.iter().position(|(id, _)| *id == g));
            p.label = format!("{} ({name})", p.label);
            points.push(p);
        }
        chart.get_or_insert(q);
    }
    let mut chart = chart?;
    if points.is_empty() {
        return None;
    }
    // Grouped: each group's points together, in the groups' order, ungrouped last.
    points.sort_by_key(|p| p.group.unwrap_or(usize::MAX));
    let placed = points.len();
    chart.points = points;
    chart.unplaced = Vec::new();
    chart.groups = groups.into_iter().map(|(_, label)| label).collect();
    let by = field.label.to_lowercase();
    Some(Picture {
        id: format!("cohort-{}", spec.id),
        title: format!("{}: the cohort", spec.title),
        caption: format!(
            "Every participant's practices placed by their own ratings ({placed} from \
             {people} participant(s)), grouped by {by}."
        ),
        body: PictureBody::Quadrant(chart),
    })
}

/// The field a list's items are grouped by: the one a network picture of that list (the
/// landscape) groups its nodes by.
fn group_field<'p>(pack: &'p Pack, list: &str) -> Option<&'p crate::content::Field> {
    let id = pack.pictures.iter().find_map(|s| match &s.kind {
        PictureKind::Network(n) if n.nodes == list => n.group.as_deref(),
        _ => None,
    })?;
    pack.prompt(list)?.kind.fields().iter().find(|f| f.id == id)
}

/// The group (an option id) of the list item named `label` in `wb`.
fn group_of(wb: &Workbook, list: &str, label: &str, field: &str) -> Option<String> {
    wb.list_items(list)
        .iter()
        .find(|i| i.text == label)
        .and_then(|i| match i.fields.get(field) {
            Some(Value::Choice(id)) => Some(id.clone()),
            _ => None,
        })
}

/// Each fixed row's median across the cohort; `None` for rows from lists or when no one
/// rated a row.
fn bars(cohort: &Cohort, pack: &Pack, prompt: &Prompt, spec: &PictureSpec) -> Option<Picture> {
    let Some(Rows::Fixed(_)) = prompt.kind.rows() else {
        return None;
    };
    let mut shape: Option<Bars> = None;
    let mut values: Vec<Vec<i64>> = Vec::new();
    for loaded in &cohort.workbooks {
        let Some(PictureBody::Bars(b)) = picture(pack, &loaded.workbook, spec).map(|p| p.body)
        else {
            continue;
        };
        values.resize(values.len().max(b.bars.len()), Vec::new());
        for (i, bar) in b.bars.iter().enumerate() {
            values[i].extend(bar.value);
        }
        shape.get_or_insert(b);
    }
    let mut shape = shape?;
    if values.iter().all(Vec::is_empty) {
        return None;
    }
    let rated = values.iter().map(Vec::len).max().unwrap_or(0);
    shape.bars = shape
        .bars
        .iter()
        .zip(values.iter_mut())
        .map(|(bar, v)| Bar {
            label: bar.label.clone(),
            value: median(v),
        })
        .collect();
    shape.measure = format!("{}, the cohort's median", shape.measure);
    Some(Picture {
        id: format!("cohort-{}", spec.id),
        title: format!("{}: the cohort", spec.title),
        caption: format!(
            "Each row's median across the cohort (the lower middle one on an even count), \
             from up to {rated} participant(s); the table under the question has every count."
        ),
        body: PictureBody::Bars(shape),
    })
}

/// The lower median: a rating someone gave, in the middle of the ratings.
fn median(v: &mut [i64]) -> Option<i64> {
    if v.is_empty() {
        return None;
    }
    v.sort_unstable();
    v.get((v.len() - 1) / 2).copied()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_median_is_a_rating_given() {
        assert_eq!(super::median(&mut []), None);
        assert_eq!(super::median(&mut [3]), Some(3));
        assert_eq!(super::median(&mut [4, 1, 2, 3]), Some(2));
        assert_eq!(super::median(&mut [5, 1, 4]), Some(4));
    }
}
