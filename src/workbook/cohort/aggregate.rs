//! One prompt across the cohort: who answered what, and what the answers add up to (how
//! often each list item is named, counts and means of scales, counts of choices, quadrant
//! placements and column means of grids). Shared by the summary and CSV exports (`format`)
//! and the review screens.
//!
//! Pure functions over loaded workbooks: no I/O, no terminal, never changes an answer.

use std::collections::BTreeMap;

use crate::content::{FieldKind, Pack, Prompt, Rows, Scale, Shape};
use crate::workbook::derive::{self, quadrant_of};
use crate::workbook::{Answer, Value};

use super::{Cohort, Loaded};

/// One participant's answer to one prompt (`None` when unanswered).
#[derive(Debug, Clone, Copy)]
pub struct CohortAnswer<'a> {
    pub loaded: &'a Loaded,
    pub answer: Option<&'a Answer>,
}

/// Every workbook's answer to `prompt_id`, in cohort order (unanswered ones included).
pub fn answers_to<'a>(cohort: &'a Cohort, _pack: &Pack, prompt_id: &str) -> Vec<CohortAnswer<'a>> {
    cohort
        .workbooks
        .iter()
        .map(|loaded| CohortAnswer {
            loaded,
            answer: loaded.workbook.answer(prompt_id),
        })
        .collect()
}

/// A name (or option) and how many participants gave it.
#[derive(Debug, Clone, PartialEq)]
pub struct Count {
    pub label: String,
    pub count: usize,
}

/// What one prompt's answers add up to across the cohort.
#[derive(Debug, Clone, PartialEq)]
pub enum Aggregate {
    /// Text answers: only how many answered.
    Text { answered: usize },
    /// List items by how many participants named them (case-insensitive), most often first.
    List { answered: usize, items: Vec<Count> },
    /// Every option (or value) of a choice or scale with its count, in option order; the
    /// mean of a numeric scale (or of the level positions, counted from 1).
    Choice {
        answered: usize,
        counts: Vec<Count>,
        mean: Option<f64>,
    },
    /// Per row (case-insensitive for rows from lists), in the order first seen.
    Grid { answered: usize, rows: Vec<GridRow> },
}

/// One grid or quadrant row across the cohort.
#[derive(Debug, Clone, PartialEq)]
pub struct GridRow {
    pub label: String,
    /// How many participants have this row with something in it.
    pub participants: usize,
    /// Quadrants: each quadrant's count (all four, in the pack's order); grids: empty.
    pub quadrants: Vec<Count>,
    /// Per column (a quadrant's two axes): its label and the mean of its numbers or level
    /// positions, or the counts of its choices.
    pub columns: Vec<(String, ColumnSummary)>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ColumnSummary {
    Mean { mean: f64, n: usize },
    Counts(Vec<Count>),
    Text { n: usize },
}

/// What the cohort's answers to `prompt` add up to.
pub fn aggregate(cohort: &Cohort, _pack: &Pack, prompt: &Prompt) -> Aggregate {
    aggregate_of(&cohort.workbooks, prompt)
}

/// What these workbooks' answers to `prompt` add up to (e.g. the part of a cohort that a
/// filter or search leaves in view).
pub fn aggregate_of<'a>(
    workbooks: impl IntoIterator<Item = &'a Loaded>,
    prompt: &Prompt,
) -> Aggregate {
    let answers: Vec<CohortAnswer<'a>> = workbooks
        .into_iter()
        .map(|loaded| CohortAnswer {
            loaded,
            answer: loaded.workbook.answer(&prompt.qualified_id),
        })
        .collect();
    aggregate_answers(&answers, prompt)
}

/// What these answers to `prompt` add up to (`answers_to`'s, looked up once for both).
pub fn aggregate_answers(answers: &[CohortAnswer<'_>], prompt: &Prompt) -> Aggregate {
    let answered = answers.iter().filter(|a| a.answer.is_some()).count();
    if let Some(scale) = prompt.kind.scale() {
        return scale_aggregate(answers, answered, scale);
    }
    match prompt.kind.shape() {
        Shape::Text => Aggregate::Text { answered },
        Shape::List => {
            let mut tally = Tally::default();
            for a in answers {
                if let Some(Answer::List(items)) = a.answer {
                    tally.add_once(items.iter().map(|i| i.text.as_str()));
                }
            }
            Aggregate::List {
                answered,
                items: tally.by_count(),
            }
        }
        Shape::Choice | Shape::Choices | Shape::Number => {
            let mut tally = Tally::default();
            for o in prompt.kind.options().map_or(&[][..], fixed) {
                tally.declare(&o.id, &o.label);
            }
            for a in answers {
                let labels = |id: &str| {
                    derive::prompt_options(&a.loaded.workbook, &prompt.kind)
                        .into_iter()
                        .find(|o| o.id == id)
                        .map_or_else(|| id.to_string(), |o| o.label.to_string())
                };
                match a.answer {
                    Some(Answer::Choice(id)) => {
                        tally.add_once_labelled([(id.as_str(), labels(id))])
                    }
                    Some(Answer::Choices(ids)) => {
                        tally.add_once_labelled(ids.iter().map(|id| (id.as_str(), labels(id))))
                    }
                    _ => {}
                }
            }
            Aggregate::Choice {
                answered,
                counts: tally.in_order(),
                mean: None,
            }
        }
        Shape::Grid => Aggregate::Grid {
            answered,
            rows: grid_rows(answers, prompt),
        },
    }
}

/// A rating's answers: how many gave each value, and their mean (a level counts as its
/// position, from 1).
fn scale_aggregate(answers: &[CohortAnswer<'_>], answered: usize, scale: &Scale) -> Aggregate {
    let mut tally = Tally::default();
    let mut sum = Mean::default();
    match scale {
        Scale::Numeric(s) => {
            for v in s.min..=s.max {
                tally.declare(&v.to_string(), &v.to_string());
            }
        }
        Scale::Levels(levels) => {
            for l in levels {
                tally.declare(&l.id, &l.label);
            }
        }
    }
    for a in answers {
        match a.answer {
            Some(Answer::Number(n)) => {
                tally.add_once([n.to_string().as_str()]);
                sum.add(*n as f64);
            }
            Some(Answer::Choice(id)) => {
                tally.add_once([id.as_str()]);
                if let Scale::Levels(levels) = scale
                    && let Some(p) = levels.iter().position(|l| &l.id == id)
                {
                    sum.add((p + 1) as f64);
                }
            }
            _ => {}
        }
    }
    Aggregate::Choice {
        answered,
        counts: tally.in_order(),
        mean: sum.get().map(|(m, _)| m),
    }
}

fn fixed(options: &crate::content::Options) -> &[crate::content::Opt] {
    match options {
        crate::content::Options::Fixed(opts) => opts,
        crate::content::Options::FromLists(_) => &[],
    }
}

/// Per row: the participants' cells gathered, then summarised per column.
fn grid_rows(answers: &[CohortAnswer<'_>], prompt: &Prompt) -> Vec<GridRow> {
    let Some((rows_spec, columns)) = derive::grid_columns(prompt) else {
        return Vec::new();
    };
    // Row key (lower-cased) → (label, the participants' rows).
    let mut order: Vec<String> = Vec::new();
    let mut gathered: BTreeMap<String, (String, Vec<&crate::workbook::Row>)> = BTreeMap::new();
    if let Rows::Fixed(opts) = rows_spec {
        for o in opts {
            order.push(o.id.to_lowercase());
            gathered.insert(o.id.to_lowercase(), (o.label.to_string(), Vec::new()));
        }
    }
    for a in answers {
        let Some(Answer::Grid(rows)) = a.answer else {
            continue;
        };
        for row in rows {
            // A row marked "not relevant" says nothing about its cells.
            if row.skipped || row.cells.values().all(Value::is_empty) {
                continue;
            }
            let key = row.key.trim().to_lowercase();
            let entry = gathered.entry(key.clone()).or_insert_with(|| {
                order.push(key);
                (row.key.trim().to_string(), Vec::new())
            });
            entry.1.push(row);
        }
    }
    order
        .iter()
        .filter_map(|key| gathered.get(key))
        .map(|(label, rows)| {
            let quadrants = match prompt.kind.axes() {
                Some((_, _, quadrants)) => {
                    let mut tally = Tally::default();
                    for q in quadrants.all() {
                        tally.declare(&q.id, &q.label);
                    }
                    for row in rows {
                        if let Some(q) = quadrant_of(prompt, row) {
                            tally.add_once([q.id.as_str()]);
                        }
                    }
                    tally.in_order()
                }
                _ => Vec::new(),
            };
            let columns = columns
                .iter()
                .map(|(id, heading, kind)| (heading.to_string(), column_summary(rows, id, *kind)))
                .collect();
            GridRow {
                label: label.clone(),
                participants: rows.len(),
                quadrants,
                columns,
            }
        })
        .collect()
}

fn column_summary(
    rows: &[&crate::workbook::Row],
    id: &str,
    kind: Option<&FieldKind>,
) -> ColumnSummary {
    let levels = match kind {
        Some(FieldKind::Scale(Scale::Levels(levels))) => Some(levels),
        _ => None,
    };
    let mut mean = Mean::default();
    let mut tally = Tally::default();
    let mut texts = 0;
    if let Some(FieldKind::Choice(o) | FieldKind::MultiChoice(o)) = kind {
        for opt in fixed(o) {
            tally.declare(&opt.id, &opt.label);
        }
    }
    for row in rows {
        match row.cells.get(id) {
            Some(Value::Number(n)) => mean.add(*n as f64),
            Some(Value::Choice(c)) => {
                match levels.and_then(|l| l.iter().position(|x| &x.id == c)) {
                    Some(p) => mean.add((p + 1) as f64),
                    None => tally.add_once([c.as_str()]),
                }
            }
            Some(Value::Choices(cs)) => tally.add_once(cs.iter().map(String::as_str)),
            Some(Value::Text(t)) if !t.trim().is_empty() => texts += 1,
            _ => {}
        }
    }
    if let Some((mean, n)) = mean.get() {
        ColumnSummary::Mean { mean, n }
    } else if texts > 0 {
        ColumnSummary::Text { n: texts }
    } else {
        ColumnSummary::Counts(tally.in_order())
    }
}

#[derive(Default)]
struct Mean {
    sum: f64,
    n: usize,
}

impl Mean {
    fn add(&mut self, v: f64) {
        self.sum += v;
        self.n += 1;
    }

    fn get(&self) -> Option<(f64, usize)> {
        (self.n > 0).then(|| (self.sum / self.n as f64, self.n))
    }
}

/// Counts keyed case-insensitively; the label is the first spelling seen (or declared).
#[derive(Default)]
struct Tally {
    order: Vec<String>,
    counts: BTreeMap<String, Count>,
}

impl Tally {
    fn declare(&mut self, id: &str, label: &str) {
        let key = id.trim().to_lowercase();
        if !self.counts.contains_key(&key) {
            self.order.push(key.clone());
            self.counts.insert(
                key,
                Count {
                    label: label.to_string(),
                    count: 0,
                },
            );
        }
    }

    /// One participant's ids: each counts once however often they repeat it.
    fn add_once<'s>(&mut self, ids: impl IntoIterator<Item = &'s str>) {
        self.add_once_labelled(ids.into_iter().map(|id| (id, id.trim().to_string())));
    }

    fn add_once_labelled<'s>(&mut self, ids: impl IntoIterator<Item = (&'s str, String)>) {
        let mut seen = std::collections::BTreeSet::new();
        for (id, label) in ids {
            let key = id.trim().to_lowercase();
            if key.is_empty() || !seen.insert(key.clone()) {
                continue;
            }
            self.declare(id, &label);
            if let Some(c) = self.counts.get_mut(&key) {
                c.count += 1;
            }
        }
    }

    fn in_order(mut self) -> Vec<Count> {
        self.order
            .iter()
            .filter_map(|k| self.counts.remove(k))
            .collect()
    }

    /// Most often first; ties in the order first seen.
    fn by_count(self) -> Vec<Count> {
        let mut out = self.in_order();
        out.sort_by_key(|c| std::cmp::Reverse(c.count));
        out
    }
}
