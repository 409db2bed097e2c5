//! What follows from a workbook and a pack: a grid's rows, a choice's options, a quadrant
//! placement, progress (over the pack, a theme, an exercise or a path, with the time a path
//! has left) and which answers are orphaned.
//!
//! Pure functions, shared by the Markdown writer, the TUI and the coach's review. Never
//! stores anything: derived values are recomputed, never saved as answers.

use crate::content::{
    Exercise, FULL_PATH, FieldKind, FilterTest, Opt, Options, Pack, Prompt, PromptKind, Rows,
    Scale, Theme,
};

use super::{Answer, Row, Value, Workbook};

/// One row of a grid or quadrant, as it should be shown now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowSpec {
    /// The key answers are stored under: a fixed row's id, or a list item's name.
    pub key: String,
    pub label: String,
}

/// The rows a grid or quadrant has for this workbook: fixed rows, or the items of the list
/// answer they come from, kept when they were chosen (`within`) and every `where` filter
/// holds.
pub fn rows(wb: &Workbook, pack: &Pack, rows: &Rows) -> Vec<RowSpec> {
    match rows {
        Rows::Fixed(opts) => opts
            .iter()
            .map(|o| RowSpec {
                key: o.id.clone(),
                label: o.label.to_string(),
            })
            .collect(),
        Rows::FromList {
            list,
            filters,
            within,
        } => wb
            .list_items(list)
            .iter()
            .filter(|item| !item.text.trim().is_empty())
            .filter(|item| within.as_ref().is_none_or(|w| chosen(wb, w, &item.text)))
            .filter(|item| {
                filters.iter().all(|f| {
                    let prompt = pack.prompt(&f.prompt);
                    cell_for(wb, prompt, &f.prompt, &item.text, &f.column)
                        .is_some_and(|v| passes(&v, &f.test))
                })
            })
            .map(|item| RowSpec {
                key: item.text.clone(),
                label: item.text.clone(),
            })
            .collect(),
    }
}

/// Was this list item chosen in the multi-choice `within` (options are item names)?
fn chosen(wb: &Workbook, within: &str, item: &str) -> bool {
    matches!(wb.answers.get(within), Some(Answer::Choices(ids)) if ids.iter().any(|id| id.trim() == item.trim()))
}

/// The value a filter looks at: a grid cell, or a quadrant's derived placement.
fn cell_for(
    wb: &Workbook,
    prompt: Option<&Prompt>,
    prompt_id: &str,
    row_key: &str,
    column: &str,
) -> Option<FilterValue> {
    let row = grid_row(wb, prompt_id, row_key)?;
    if let Some((x, y, quadrants)) = prompt.and_then(|p| p.kind.axes())
        && column == "quadrant"
    {
        let (xv, yv) = (number(row, &x.id)?, number(row, &y.id)?);
        let placed = quadrants.place(x.is_high(xv), y.is_high(yv));
        return Some(FilterValue::Ids(vec![placed.id.clone()]));
    }
    let value = row.cells.get(column)?;
    let level_position = |id: &str| -> Option<i64> {
        let field = prompt?.kind.columns().iter().find(|c| c.id == column)?;
        match &field.kind {
            crate::content::FieldKind::Scale(Scale::Levels(levels)) => levels
                .iter()
                .position(|l| l.id == id)
                .and_then(|p| i64::try_from(p + 1).ok()),
            _ => None,
        }
    };
    Some(match value {
        Value::Number(n) => FilterValue::Number(*n),
        Value::Choice(id) => match level_position(id) {
            Some(pos) => FilterValue::Level(id.clone(), pos),
            None => FilterValue::Ids(vec![id.clone()]),
        },
        Value::Choices(ids) => FilterValue::Ids(ids.clone()),
        Value::Text(t) => FilterValue::Ids(vec![t.clone()]),
    })
}

enum FilterValue {
    Number(i64),
    Level(String, i64),
    Ids(Vec<String>),
}

fn passes(value: &FilterValue, test: &FilterTest) -> bool {
    match (value, test) {
        (FilterValue::Number(n) | FilterValue::Level(_, n), FilterTest::AtLeast(min)) => n >= min,
        (FilterValue::Number(n) | FilterValue::Level(_, n), FilterTest::AtMost(max)) => n <= max,
        (FilterValue::Level(id, _), FilterTest::In(set)) => set.contains(id),
        (FilterValue::Ids(ids), FilterTest::In(set)) => ids.iter().any(|i| set.contains(i)),
        (FilterValue::Number(n), FilterTest::In(set)) => set.contains(&n.to_string()),
        (FilterValue::Ids(_), _) => false,
    }
}

/// The row `key` of a grid answer; none when it is marked "not relevant" (a filter never
/// picks such a row).
fn grid_row<'a>(wb: &'a Workbook, prompt_id: &str, key: &str) -> Option<&'a Row> {
    match wb.answers.get(prompt_id)? {
        Answer::Grid(rows) => rows.iter().find(|r| r.key == key && !r.skipped),
        _ => None,
    }
}

fn number(row: &Row, cell: &str) -> Option<i64> {
    match row.cells.get(cell)? {
        Value::Number(n) => Some(*n),
        _ => None,
    }
}

/// The options a choice offers now: fixed ones, or the items of earlier list answers
/// (each item once, in order; option id = item name).
pub fn options(wb: &Workbook, options: &Options) -> Vec<Opt> {
    match options {
        Options::Fixed(opts) => opts.clone(),
        Options::FromLists(lists) => {
            let mut out: Vec<Opt> = Vec::new();
            // Names seen so far, so that a long list is not compared with itself.
            let mut seen = std::collections::HashSet::new();
            for list in lists {
                for item in wb.list_items(list) {
                    let name = item.text.trim();
                    if !name.is_empty() && seen.insert(name) {
                        out.push(Opt {
                            id: name.to_string(),
                            label: name.to_string().into(),
                            hint: None,
                            ends: None,
                        });
                    }
                }
            }
            out
        }
    }
}

/// A ranking's options as both front ends show them to edit: the ranked ones first, in the
/// participant's order, each with its place (from 1), then the others in the pack's order
/// (no place). Ranked ids no longer offered are left out here; the editing core keeps them.
pub fn ranking_rows(
    wb: &Workbook,
    options: &Options,
    ranked: &[String],
) -> Vec<(Opt, Option<usize>)> {
    let offered = self::options(wb, options);
    let mut out: Vec<(Opt, Option<usize>)> = ranked
        .iter()
        .filter_map(|id| offered.iter().find(|o| &o.id == id))
        .enumerate()
        .map(|(i, o)| (o.clone(), Some(i + 1)))
        .collect();
    out.extend(
        offered
            .into_iter()
            .filter(|o| !ranked.contains(&o.id))
            .map(|o| (o, None)),
    );
    out
}

/// The options a prompt's answer picks from now: a choice's or multiple choice's options,
/// or a labelled scale's levels (none for other kinds).
pub fn prompt_options(wb: &Workbook, kind: &PromptKind) -> Vec<Opt> {
    match (kind.options(), kind.levels()) {
        (Some(o), _) => options(wb, o),
        (None, Some(levels)) => levels.to_vec(),
        (None, None) => Vec::new(),
    }
}

/// The options a list field or grid column picks from now, if it is a choice of some kind
/// or a labelled scale.
pub fn field_options(wb: &Workbook, kind: &FieldKind) -> Vec<Opt> {
    match kind {
        FieldKind::Choice(o) | FieldKind::MultiChoice(o) => options(wb, o),
        FieldKind::Scale(Scale::Levels(levels)) => levels.clone(),
        FieldKind::Scale(Scale::Numeric(_)) | FieldKind::Line | FieldKind::Text => Vec::new(),
    }
}

/// Where a quadrant row sits, when both of its ratings are given.
pub fn quadrant_of<'p>(prompt: &'p Prompt, row: &Row) -> Option<&'p Opt> {
    if row.skipped {
        return None;
    }
    let (x, y, quadrants) = prompt.kind.axes()?;
    let (xv, yv) = (number(row, &x.id)?, number(row, &y.id)?);
    Some(quadrants.place(x.is_high(xv), y.is_high(yv)))
}

/// Answered and total prompts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Progress {
    pub answered: usize,
    pub total: usize,
}

impl Progress {
    /// 0.0 to 1.0.
    pub fn ratio(self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.answered as f64 / self.total as f64
        }
    }

    pub fn status(self) -> Status {
        match self.answered {
            0 => Status::NotStarted,
            n if n >= self.total => Status::Done,
            _ => Status::Partly,
        }
    }
}

/// How far an exercise or theme has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    NotStarted,
    Partly,
    Done,
}

/// Answered and total prompts among these, leaving out optional ones (they are offered but
/// never counted against progress).
fn count<'a>(wb: &Workbook, prompts: impl Iterator<Item = &'a Prompt>) -> Progress {
    prompts
        .filter(|p| !p.optional)
        .fold(Progress::default(), |p, prompt| Progress {
            answered: p.answered + usize::from(wb.answer(&prompt.qualified_id).is_some()),
            total: p.total + 1,
        })
}

/// True when the grid row `key` of `prompt_id` is marked "not relevant".
pub fn row_skipped(wb: &Workbook, prompt_id: &str, key: &str) -> bool {
    match wb.answers.get(prompt_id) {
        Some(Answer::Grid(rows)) => rows.iter().any(|r| r.key == key && r.skipped),
        _ => false,
    }
}

/// The workbook's progress: over the exercises of the path it follows (the whole pack for
/// `full`, or a file without a path). `path_progress` gives any other path's.
pub fn progress(wb: &Workbook, pack: &Pack) -> Progress {
    path_progress(wb, pack, chosen_path(wb, pack))
}

/// Progress over these exercises (a theme's on a path, say).
pub fn exercises_progress<'a>(
    wb: &Workbook,
    exercises: impl IntoIterator<Item = &'a Exercise>,
) -> Progress {
    count(wb, exercises.into_iter().flat_map(|e| e.prompts.iter()))
}

pub fn theme_progress(wb: &Workbook, theme: &Theme) -> Progress {
    count(wb, theme.exercises.iter().flat_map(|e| e.prompts.iter()))
}

pub fn exercise_progress(wb: &Workbook, exercise: &Exercise) -> Progress {
    count(wb, exercise.prompts.iter())
}

/// The path the workbook follows: the one its front matter names, or `full` when it names
/// none (a file from before paths) or one this pack does not have.
pub fn chosen_path<'a>(wb: &'a Workbook, pack: &Pack) -> &'a str {
    if pack.path(&wb.meta.path).is_some() {
        &wb.meta.path
    } else {
        FULL_PATH
    }
}

/// Whether a view of the whole workbook (its file, a printed copy) shows this exercise: it
/// is on the workbook's path, or it holds an answer (now or from before the session), so
/// that nothing written is ever hidden.
pub fn shows_exercise(wb: &Workbook, pack: &Pack, exercise: &Exercise) -> bool {
    pack.on_path(exercise, chosen_path(wb, pack))
        || exercise
            .prompts
            .iter()
            .any(|p| wb.answers.contains_key(&p.qualified_id) || wb.kept_earlier(&p.qualified_id))
}

/// Progress over the exercises of one path (optional prompts left out, as everywhere).
pub fn path_progress(wb: &Workbook, pack: &Pack, path: &str) -> Progress {
    count(wb, pack.path_exercises(path).flat_map(|e| e.prompts.iter()))
}

/// About how many minutes of a path are left by the pack's estimates: each exercise's
/// estimate times the share of its prompts not answered yet, rounded up; `None` when the
/// path's exercises carry no estimates.
pub fn path_minutes_left(wb: &Workbook, pack: &Pack, path: &str) -> Option<u32> {
    pack.path_minutes(path)?;
    let mut left = 0.0;
    for e in pack.path_exercises(path) {
        let p = exercise_progress(wb, e);
        if let Some(m) = e.minutes
            && p.total > 0
        {
            left += f64::from(m) * (p.total - p.answered.min(p.total)) as f64 / p.total as f64;
        }
    }
    Some(left.ceil() as u32)
}

/// An answer the pack has no place for, kept and reported rather than dropped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Orphan {
    /// The answer's prompt is not in the pack (renamed or removed).
    Prompt { prompt: String },
    /// A grid row whose list item was renamed or removed.
    Row { prompt: String, row: String },
}

/// Every orphaned answer and grid row, in id order.
pub fn orphans(wb: &Workbook, pack: &Pack) -> Vec<Orphan> {
    let mut out = Vec::new();
    for (id, answer) in &wb.answers {
        let Some(prompt) = pack.prompt(id) else {
            out.push(Orphan::Prompt { prompt: id.clone() });
            continue;
        };
        let Some(spec) = prompt.kind.rows() else {
            continue;
        };
        let Answer::Grid(answer_rows) = answer else {
            continue;
        };
        // A filtered-out row is not orphaned: its item still exists in the list.
        let known: Vec<String> = match spec {
            Rows::Fixed(opts) => opts.iter().map(|o| o.id.clone()).collect(),
            Rows::FromList { list, .. } => {
                wb.list_items(list).iter().map(|i| i.text.clone()).collect()
            }
        };
        for row in answer_rows {
            if !known.contains(&row.key) && !row.cells.values().all(Value::is_empty) {
                out.push(Orphan::Row {
                    prompt: id.clone(),
                    row: row.key.clone(),
                });
            }
        }
    }
    out
}

/// Where reopening a workbook resumes among `prompts` (the questions in the order the
/// participant goes through them): the question they were at when it was last saved, else
/// the first unanswered one, else the first. `None` when there are no questions.
pub fn resume_at(wb: &Workbook, prompts: &[&Prompt]) -> Option<usize> {
    let place = wb.meta.place.trim();
    let kept = prompts
        .iter()
        .position(|p| !place.is_empty() && p.qualified_id == place);
    let open = || {
        prompts
            .iter()
            .position(|p| wb.answer(&p.qualified_id).is_none())
    };
    kept.or_else(open)
        .or_else(|| (!prompts.is_empty()).then_some(0))
}

/// Something a participant should know about a list item: later questions find items by
/// name, so an item with details but no name is shown nowhere else, and two items with the
/// same name are taken as one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemFlag {
    /// Item `n` (counted from 0) has details but no name.
    Nameless { n: usize },
    /// Item `n` has the same name as the earlier item `first`.
    SameName { n: usize, first: usize },
}

/// The flags of a list's items, in item order (at most one per item).
pub fn item_flags(items: &[super::Item]) -> Vec<ItemFlag> {
    let mut out = Vec::new();
    for (n, item) in items.iter().enumerate() {
        let name = item.text.trim();
        if name.is_empty() {
            if !item.fields.values().all(Value::is_empty) {
                out.push(ItemFlag::Nameless { n });
            }
        } else if let Some(first) = items[..n].iter().position(|i| i.text.trim() == name) {
            out.push(ItemFlag::SameName { n, first });
        }
    }
    out
}

/// A grid's or quadrant's column: id, heading, and kind (none for a quadrant's axes).
pub type Column<'p> = (&'p str, &'p str, Option<&'p FieldKind>);

/// A grid's or quadrant's rows and columns (a quadrant's columns are its two axes); `None`
/// for any other kind of prompt.
pub fn grid_columns(prompt: &Prompt) -> Option<(&Rows, Vec<Column<'_>>)> {
    let rows = prompt.kind.rows()?;
    let columns = match prompt.kind.axes() {
        Some((x, y, _)) => vec![
            (x.id.as_str(), x.label.as_str(), None),
            (y.id.as_str(), y.label.as_str(), None),
        ],
        None => prompt
            .kind
            .columns()
            .iter()
            .map(|c| (c.id.as_str(), c.label.as_ref(), Some(&c.kind)))
            .collect(),
    };
    Some((rows, columns))
}
