//! How the machine puts the current question: why a prompt cannot be answered yet, its
//! header (number, wording, hint, coach's note, current answer, offered start) and the part
//! to answer now — all as `Say` data.
//!
//! Pure: reads the state, pack and workbook; returns data. Never changes anything.

use crate::content::{Axis, Options, Prompt, Rows, Shape};
use crate::words::plain::{AxisSaid, Named, Say};
use crate::workbook::Workbook;
use crate::workbook::derive;

use super::super::{ask, edit};
use super::{Plain, Sub};

impl Plain<'_> {
    /// Why a prompt cannot be answered yet (its rows or options come from an empty list).
    pub(super) fn not_yet(&self, wb: &Workbook, prompt: &Prompt) -> Option<Say> {
        let source = |id: &str| {
            self.pack.prompt(id).map_or_else(
                || Named::Id(id.to_string()),
                |p| Named::Text(p.text.trim().to_string()),
            )
        };
        if let Some(Rows::FromList {
            list,
            filters,
            within,
        }) = prompt.kind.rows()
        {
            if !self.rows(wb, prompt).is_empty() {
                return None;
            }
            if let Some(within) = within {
                return Some(Say::NoRowsChosenYet {
                    within: source(within),
                });
            }
            return Some(Say::NoRowsYet {
                list: source(list),
                filtered: !filters.is_empty(),
            });
        }
        let options = prompt.kind.options()?;
        let Options::FromLists(lists) = options else {
            return None;
        };
        if !derive::options(wb, options).is_empty() {
            return None;
        }
        Some(Say::NoChoicesYet {
            lists: lists.iter().map(|l| source(l)).collect(),
        })
    }

    /// The question's number, wording, hint, current answer and any offered start.
    pub(super) fn header(&self, wb: &Workbook, prompt: &Prompt, out: &mut Vec<Say>) {
        out.push(Say::Blank);
        out.push(Say::Question {
            n: self.at + 1,
            of: self.spots.len(),
            id: prompt.qualified_id.clone(),
            asks: ask::asks(&prompt.kind),
        });
        out.push(Say::Text {
            text: prompt.text.to_string(),
            indent: 0,
        });
        if let Some(help) = prompt.help.as_deref().filter(|h| !h.trim().is_empty()) {
            out.push(Say::Hint(help.trim().to_string()));
        }
        out.extend(self.note_lines(wb, prompt));
        out.extend(ask::current(prompt, wb, &self.rows(wb, prompt)));
        out.extend(super::super::before::with_question(prompt, wb));
        if let Some(offer) = edit::offer(wb, self.pack, prompt) {
            out.push(Say::Offered);
            out.extend(offer);
        }
        if let Some(item_label) = prompt.kind.item_label() {
            out.push(Say::ListHow {
                item_label: item_label.to_string(),
                fields: prompt
                    .kind
                    .fields()
                    .iter()
                    .map(|f| f.label.to_string())
                    .collect(),
                has_items: !wb.list_items(&prompt.qualified_id).is_empty(),
            });
        }
    }

    /// The part of the question to answer now, with how to answer it.
    pub(super) fn now(&self, wb: &Workbook, out: &mut Vec<Say>) {
        let Some(spot) = self.spot() else {
            out.push(Say::Finished);
            return;
        };
        let prompt = spot.prompt;
        let kind = &prompt.kind;
        let item_label = kind.item_label().unwrap_or_default().to_string();
        match self.sub {
            Sub::Main if self.text.is_some() => out.push(Say::TextGoOn),
            Sub::Main if kind.shape() == Shape::List => out.push(Say::NextItem {
                item_label,
                n: wb.list_items(&prompt.qualified_id).len() + 1,
            }),
            Sub::Main => out.extend(ask::how(kind, wb).unwrap_or_else(|| vec![Say::LineHow])),
            Sub::Name { item } => {
                if let Some(it) = wb.list_items(&prompt.qualified_id).get(item) {
                    out.push(Say::ItemCalled {
                        item_label,
                        n: item + 1,
                        name: it.text.clone(),
                    });
                    out.push(Say::NewNameHow);
                }
            }
            Sub::Field { item, field } => {
                let items = wb.list_items(&prompt.qualified_id);
                if let (Some(it), Some(f)) = (items.get(item), kind.fields().get(field)) {
                    out.push(Say::FieldAsk {
                        item: it.text.clone(),
                        field: f.label.to_string(),
                    });
                    if let Some(v) = it.fields.get(&f.id).filter(|v| !v.is_empty()) {
                        out.push(Say::CurrentValue(ask::value_words(&f.kind, v, wb)));
                    }
                    out.extend(ask::field_how(&f.kind, wb));
                }
            }
            Sub::Cell { row, .. } if kind.axes().is_some() => {
                let rows = self.rows(wb, prompt);
                if let (Some(r), Some((x, y, _))) = (rows.get(row), kind.axes()) {
                    out.push(Say::QuadrantRow {
                        row: row + 1,
                        of: rows.len(),
                        label: r.label.clone(),
                    });
                    out.push(Say::QuadrantNow(Box::new(ask::quadrant_said(
                        prompt, wb, &r.key,
                    ))));
                    if self.row_skipped(wb, prompt, row) {
                        out.push(Say::RowIsSkipped);
                    }
                    out.push(Say::QuadrantHow {
                        x: axis(x),
                        y: axis(y),
                    });
                }
            }
            Sub::Cell { row, col } => {
                let rows = self.rows(wb, prompt);
                if let (Some(r), Some(c)) = (rows.get(row), kind.columns().get(col)) {
                    out.push(Say::GridCell {
                        row: row + 1,
                        of: rows.len(),
                        label: r.label.clone(),
                        column: c.label.to_string(),
                    });
                    if self.row_skipped(wb, prompt, row) {
                        out.push(Say::RowIsSkipped);
                    }
                    let cells = ask::grid_cells(wb, &prompt.qualified_id, &r.key);
                    if let Some(v) = cells.get(&c.id).filter(|v| !v.is_empty()) {
                        out.push(Say::CurrentValue(ask::value_words(&c.kind, v, wb)));
                    }
                    out.extend(ask::field_how(&c.kind, wb));
                }
            }
        }
    }
}

/// A quadrant's axis as said in how to answer.
fn axis(a: &Axis) -> Box<AxisSaid> {
    Box::new(AxisSaid {
        label: a.label.clone(),
        min: a.scale.min,
        low: a.scale.low.to_string(),
        max: a.scale.max,
        high: a.scale.high.to_string(),
    })
}
