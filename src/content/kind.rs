//! The prompt kinds: what each is (`PromptKind`), its id and YAML keys, the shape of answer
//! it stores, and what callers ask of it without matching on it (rows, options, fields,
//! scale, limits, the earlier answer it starts from).
//!
//! Pure content model. A new kind is added here (variant, `KINDS` row, `id`, `shape`, and
//! the accessors that concern it), parsed in `prompts.rs`, and given an editor in each front
//! end; everything else matches on its `Shape` or uses these accessors. Never reads a
//! workbook.

use super::model::{Axis, Field, Opt, Options, PromptId, Quadrants, Rows, Scale};

// A pack holds a few hundred prompts at most: boxing the large variant buys nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub enum PromptKind {
    /// A one-line answer. `prefill_from` names an earlier text or line prompt whose answer
    /// is offered as a starting point.
    Line { prefill_from: Option<PromptId> },
    /// A long, multi-line answer (Markdown allowed).
    Text { prefill_from: Option<PromptId> },
    /// A list of items. Each item has a one-line name (`item_label` says what it is, e.g.
    /// "Practice") and optional named sub-fields. `seed_from` names an earlier list whose
    /// items are offered as a starting point.
    List {
        item_label: String,
        min: Option<u32>,
        max: Option<u32>,
        fields: Vec<Field>,
        seed_from: Option<PromptId>,
    },
    /// Pick exactly one option.
    Choice { options: Options },
    /// Pick any number of options, within `min..=max` when given.
    MultiChoice {
        options: Options,
        min: Option<u32>,
        max: Option<u32>,
    },
    /// A rating.
    Scale(Scale),
    /// One row per item (fixed, or the items of an earlier list), one cell per column.
    Grid { rows: Rows, columns: Vec<Field> },
    /// Two ratings per row place it in one of four named quadrants.
    Quadrant {
        rows: Rows,
        x: Axis,
        y: Axis,
        quadrants: Quadrants,
    },
    /// Put the options in order, first the highest; the answer is their ids in that order
    /// (`Shape::Choices`), and may rank only some of them.
    Ranking { options: Options },
}

/// Every kind's id in YAML (`kind:`) and the keys it takes besides `id`, `kind`, `text` and
/// `help`, in the order `convene check` counts them.
pub const KINDS: [(&str, &[&str]); 9] = [
    ("line", &["prefill_from", "names_initiative"]),
    ("text", &["prefill_from"]),
    ("list", &["item_label", "min", "max", "fields", "seed_from"]),
    ("choice", &["options", "options_from"]),
    ("multi-choice", &["options", "options_from", "min", "max"]),
    ("scale", &["min", "max", "low", "high", "levels"]),
    ("grid", &["rows", "rows_from", "where", "columns"]),
    (
        "quadrant",
        &["rows", "rows_from", "where", "x", "y", "quadrants"],
    ),
    ("ranking", &["options", "options_from"]),
];

/// The shape of an answer: which `workbook::Answer` variant a prompt's kind stores. Code that
/// only needs to know how an answer is held matches on this, not on the kind.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, Copy, PartialEq, Eq, Hash)]
pub enum Shape {
    /// Typed text (a line or a long answer).
    Text,
    /// One option's id (a choice, or a level on a labelled scale).
    Choice,
    /// Several options' ids, in the order of the options.
    Choices,
    /// A number on a numeric scale.
    Number,
    /// Named items, each with optional fields.
    List,
    /// Rows of cells keyed by row (a grid or a quadrant).
    Grid,
}

impl Shape {
    /// The answer type written in the workbook's Markdown markers (`type="…"`).
    pub fn id(self) -> &'static str {
        match self {
            Shape::Text => "text",
            Shape::Choice => "choice",
            Shape::Choices => "choices",
            Shape::Number => "number",
            Shape::List => "list",
            Shape::Grid => "grid",
        }
    }
}

impl PromptKind {
    /// Every kind's id, in the order of `KINDS`.
    pub const ALL_IDS: [&'static str; KINDS.len()] = {
        let mut ids = [""; KINDS.len()];
        let mut i = 0;
        while i < KINDS.len() {
            ids[i] = KINDS[i].0;
            i += 1;
        }
        ids
    };

    /// The keys a prompt of the kind `id` takes besides `id`, `kind`, `text` and `help`.
    pub fn keys_of(id: &str) -> Option<&'static [&'static str]> {
        KINDS.iter().find(|(k, _)| *k == id).map(|(_, keys)| *keys)
    }

    /// The id used in YAML (`kind:`).
    pub fn id(&self) -> &'static str {
        match self {
            PromptKind::Line { .. } => "line",
            PromptKind::Text { .. } => "text",
            PromptKind::List { .. } => "list",
            PromptKind::Choice { .. } => "choice",
            PromptKind::MultiChoice { .. } => "multi-choice",
            PromptKind::Scale(_) => "scale",
            PromptKind::Grid { .. } => "grid",
            PromptKind::Quadrant { .. } => "quadrant",
            PromptKind::Ranking { .. } => "ranking",
        }
    }

    /// The shape of answer this kind stores.
    pub fn shape(&self) -> Shape {
        match self {
            PromptKind::Line { .. } | PromptKind::Text { .. } => Shape::Text,
            PromptKind::List { .. } => Shape::List,
            PromptKind::Choice { .. } => Shape::Choice,
            PromptKind::MultiChoice { .. } | PromptKind::Ranking { .. } => Shape::Choices,
            PromptKind::Scale(Scale::Numeric(_)) => Shape::Number,
            PromptKind::Scale(Scale::Levels(_)) => Shape::Choice,
            PromptKind::Grid { .. } | PromptKind::Quadrant { .. } => Shape::Grid,
        }
    }

    /// True when the answer is typed over several lines (a long text answer).
    pub fn is_multiline(&self) -> bool {
        matches!(self, PromptKind::Text { .. })
    }

    /// The earlier text answer offered as a starting point (`prefill_from`).
    pub fn prefill_from(&self) -> Option<&PromptId> {
        match self {
            PromptKind::Line { prefill_from } | PromptKind::Text { prefill_from } => {
                prefill_from.as_ref()
            }
            _ => None,
        }
    }

    /// The earlier list whose items start this list (`seed_from`).
    pub fn seed_from(&self) -> Option<&PromptId> {
        match self {
            PromptKind::List { seed_from, .. } => seed_from.as_ref(),
            _ => None,
        }
    }

    /// What one item of a list is called (e.g. "Practice").
    pub fn item_label(&self) -> Option<&str> {
        match self {
            PromptKind::List { item_label, .. } => Some(item_label),
            _ => None,
        }
    }

    /// A list's item fields (none for other kinds).
    pub fn fields(&self) -> &[Field] {
        match self {
            PromptKind::List { fields, .. } => fields,
            _ => &[],
        }
    }

    /// How many items (a list) or choices (a multiple choice) are asked for, at least and
    /// at most.
    pub fn limits(&self) -> (Option<u32>, Option<u32>) {
        match self {
            PromptKind::List { min, max, .. } | PromptKind::MultiChoice { min, max, .. } => {
                (*min, *max)
            }
            _ => (None, None),
        }
    }

    /// The options of a choice, a multiple choice or a ranking.
    pub fn options(&self) -> Option<&Options> {
        match self {
            PromptKind::Choice { options }
            | PromptKind::MultiChoice { options, .. }
            | PromptKind::Ranking { options } => Some(options),
            _ => None,
        }
    }

    /// The scale of a rating.
    pub fn scale(&self) -> Option<&Scale> {
        match self {
            PromptKind::Scale(scale) => Some(scale),
            _ => None,
        }
    }

    /// The levels of a labelled scale, which are picked like options.
    pub fn levels(&self) -> Option<&[Opt]> {
        match self.scale()? {
            Scale::Levels(levels) => Some(levels),
            Scale::Numeric(_) => None,
        }
    }

    /// Where a grid's or quadrant's rows come from.
    pub fn rows(&self) -> Option<&Rows> {
        match self {
            PromptKind::Grid { rows, .. } | PromptKind::Quadrant { rows, .. } => Some(rows),
            _ => None,
        }
    }

    /// The list a grid's or quadrant's rows are made from, if they come from one.
    pub fn rows_list(&self) -> Option<&PromptId> {
        match self.rows()? {
            Rows::FromList { list, .. } => Some(list),
            Rows::Fixed(_) => None,
        }
    }

    /// A grid's columns (none for other kinds; a quadrant's ratings are its `axes`).
    pub fn columns(&self) -> &[Field] {
        match self {
            PromptKind::Grid { columns, .. } => columns,
            _ => &[],
        }
    }

    /// A quadrant's two axes and its four quadrants.
    pub fn axes(&self) -> Option<(&Axis, &Axis, &Quadrants)> {
        match self {
            PromptKind::Quadrant {
                x, y, quadrants, ..
            } => Some((x, y, quadrants)),
            _ => None,
        }
    }
}
