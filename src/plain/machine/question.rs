//! How the machine puts the current question: why a prompt cannot be answered yet, its
//! header (number, wording, hint, coach's note, current answer, offered start) and the part to answer now.
//!
//! Pure: reads the state, pack and workbook; returns lines. Never changes anything.

use crate::content::{FieldKind, Prompt, PromptKind, Rows};
use crate::workbook::Workbook;
use crate::workbook::derive;

use super::super::text::indented;
use super::super::{ask, edit};
use super::{Plain, Sub};
use crate::words::plain::{FINISHED, LINE_HOW, LIST_EDIT_HOW, TEXT_HOW};

impl Plain<'_> {
    /// Why a prompt cannot be answered yet (its rows or options come from an empty list).
    pub(super) fn not_yet(&self, wb: &Workbook, prompt: &Prompt) -> Option<String> {
        let source = |id: &str| {
            self.pack
                .prompt(id)
                .map_or_else(|| id.to_string(), |p| format!("\"{}\"", p.text.trim()))
        };
        match &prompt.kind {
            PromptKind::Grid { rows, .. } | PromptKind::Quadrant { rows, .. } => {
                let Rows::FromList {
                    list,
                    filters,
                    within,
                } = rows
                else {
                    return None;
                };
                if !self.rows(wb, prompt).is_empty() {
                    return None;
                }
                if let Some(within) = within {
                    return Some(format!(
                        "This question has a row for each item you chose in {}, where none is chosen yet, so it is passed for now.",
                        source(within)
                    ));
                }
                let fit = if filters.is_empty() {
                    ""
                } else {
                    " that fit (it uses your earlier ratings)"
                };
                Some(format!(
                    "This question has a row for each item of your answer to {}, which has no items{fit} yet, so it is passed for now.",
                    source(list)
                ))
            }
            PromptKind::Choice { options } | PromptKind::MultiChoice { options, .. } => {
                let crate::content::Options::FromLists(lists) = options else {
                    return None;
                };
                if !derive::options(wb, options).is_empty() {
                    return None;
                }
                let names: Vec<String> = lists.iter().map(|l| source(l)).collect();
                Some(format!(
                    "Its choices are the items of your answer to {}, which has no items yet, so it is passed for now.",
                    names.join(" and ")
                ))
            }
            _ => None,
        }
    }

    /// The question's number, wording, hint, current answer and any offered start.
    pub(super) fn header(&self, wb: &Workbook, prompt: &Prompt, out: &mut Vec<String>) {
        out.push(String::new());
        out.push(format!(
            "Question {} of {} ({}): {}.",
            self.at + 1,
            self.spots.len(),
            prompt.qualified_id,
            ask::kind_words(&prompt.kind)
        ));
        out.extend(indented(&prompt.text, ""));
        if let Some(help) = prompt.help.as_deref().filter(|h| !h.trim().is_empty()) {
            out.push(format!("Hint: {}", help.trim()));
        }
        out.extend(self.note_lines(prompt));
        out.extend(ask::current(prompt, wb, &self.rows(wb, prompt)));
        if let Some(offer) = edit::offer(wb, prompt) {
            out.push("Offered from your earlier answer (an empty line takes it):".to_string());
            out.extend(offer.lines);
        }
        if let PromptKind::List {
            item_label, fields, ..
        } = &prompt.kind
        {
            let mut how = format!(
                "Type one {} per line; an empty line ends the list. Type :clear to start the list again.",
                item_label.to_lowercase()
            );
            if !fields.is_empty() {
                let labels: Vec<&str> = fields.iter().map(|f| f.label.as_str()).collect();
                how.push_str(&format!(
                    " After each one you are asked for: {}.",
                    labels.join("; ")
                ));
            }
            if !wb.list_items(&prompt.qualified_id).is_empty() {
                how.push_str(LIST_EDIT_HOW);
            }
            out.push(how);
        }
    }

    /// The part of the question to answer now, with how to answer it.
    pub(super) fn now(&self, wb: &Workbook, out: &mut Vec<String>) {
        let Some(spot) = self.spot() else {
            out.push(FINISHED.to_string());
            return;
        };
        let prompt = spot.prompt;
        match (&prompt.kind, self.sub) {
            (PromptKind::Line { .. }, _) => out.push(LINE_HOW.to_string()),
            (PromptKind::Text { .. }, _) if self.text.is_none() => out.push(TEXT_HOW.to_string()),
            (PromptKind::Text { .. }, _) => {
                out.push("Go on typing; a line with only a full stop (.) ends it.".to_string());
            }
            (PromptKind::Choice { options }, _) => {
                out.extend(ask::field_how(&FieldKind::Choice(options.clone()), wb))
            }
            (PromptKind::MultiChoice { options, min, max }, _) => {
                out.extend(ask::multi_how(&derive::options(wb, options), *min, *max));
            }
            (PromptKind::Scale(scale), _) => out.extend(ask::scale_how(scale)),
            (PromptKind::List { item_label, .. }, Sub::Main) => out.push(format!(
                "{} {} (an empty line ends the list):",
                item_label,
                wb.list_items(&prompt.qualified_id).len() + 1
            )),
            (PromptKind::List { item_label, .. }, Sub::Name { item }) => {
                if let Some(it) = wb.list_items(&prompt.qualified_id).get(item) {
                    out.push(format!(
                        "{} {} is called: {}",
                        item_label,
                        item + 1,
                        it.text
                    ));
                    out.push(
                        "Type a new name, or an empty line to keep it; its details come next."
                            .to_string(),
                    );
                }
            }
            (PromptKind::List { fields, .. }, Sub::Field { item, field }) => {
                let items = wb.list_items(&prompt.qualified_id);
                if let (Some(it), Some(f)) = (items.get(item), fields.get(field)) {
                    out.push(format!("{}: {}", it.text, f.label));
                    if let Some(v) = it.fields.get(&f.id).filter(|v| !v.is_empty()) {
                        out.push(format!("Current: {}", ask::value_words(&f.kind, v, wb)));
                    }
                    out.extend(ask::field_how(&f.kind, wb));
                }
            }
            (PromptKind::Grid { columns, .. }, Sub::Cell { row, col }) => {
                let rows = self.rows(wb, prompt);
                if let (Some(r), Some(c)) = (rows.get(row), columns.get(col)) {
                    out.push(format!(
                        "Row {} of {} ({}): {}",
                        row + 1,
                        rows.len(),
                        r.label,
                        c.label
                    ));
                    let cells = ask::grid_cells(wb, &prompt.qualified_id, &r.key);
                    if let Some(v) = cells.get(&c.id).filter(|v| !v.is_empty()) {
                        out.push(format!("Current: {}", ask::value_words(&c.kind, v, wb)));
                    }
                    out.extend(ask::field_how(&c.kind, wb));
                }
            }
            (PromptKind::Quadrant { x, y, .. }, Sub::Cell { row, .. }) => {
                let rows = self.rows(wb, prompt);
                if let Some(r) = rows.get(row) {
                    out.push(format!("Row {} of {}: {}.", row + 1, rows.len(), r.label));
                    out.push(format!(
                        "Current: {}",
                        ask::quadrant_words(prompt, wb, &r.key)
                    ));
                    out.push(format!(
                        "Type two numbers separated by a space: {} from {} ({}) to {} ({}), then {} from {} ({}) to {} ({}).",
                        x.label, x.scale.min, x.scale.low, x.scale.max, x.scale.high,
                        y.label, y.scale.min, y.scale.low, y.scale.max, y.scale.high
                    ));
                }
            }
            _ => out.push(LINE_HOW.to_string()),
        }
    }
}
