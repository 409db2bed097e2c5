//! The shape of a grid's or quadrant's rows (fixed, or an earlier list's items, filtered or
//! chosen), a quadrant's axes and its four named quadrants, and the scale ends a row's cells
//! read between.
//!
//! Pure data with no serde or YAML details; never touches the terminal or the filesystem.

use super::model::{Ends, NumericScale, Opt, PromptId};

/// Where a grid's or quadrant's rows come from.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub enum Rows {
    /// Rows written in the pack (e.g. the eight value-creation cycles).
    Fixed(Vec<Opt>),
    /// The items of an earlier list answer, kept when every filter holds. With `within`,
    /// only the items chosen in that multi-choice (whose options are this list's items).
    FromList {
        list: PromptId,
        filters: Vec<RowFilter>,
        within: Option<PromptId>,
    },
}

/// Keep a row only when another grid or quadrant answer for the same row passes a test.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct RowFilter {
    /// An earlier grid or quadrant prompt whose rows come from the same list.
    pub prompt: PromptId,
    /// A column id of that grid, or `quadrant` for a quadrant's derived placement.
    pub column: String,
    pub test: FilterTest,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub enum FilterTest {
    /// The cell's choice (or one of its choices, or the quadrant id) is one of these ids.
    In(Vec<String>),
    /// The cell's number (or level position, counted from 1) is at least this.
    AtLeast(i64),
    /// The cell's number (or level position, counted from 1) is at most this.
    AtMost(i64),
}

/// One axis of a quadrant: a numeric rating, split into low and high.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct Axis {
    /// The cell id under which the rating is stored (e.g. `power`).
    pub id: String,
    pub label: String,
    pub scale: NumericScale,
    /// Values at or above this count as "high".
    pub high_from: i64,
}

impl Axis {
    pub fn is_high(&self, value: i64) -> bool {
        value >= self.high_from
    }
}

/// The four quadrants, named by which axes are high.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct Quadrants {
    pub high_x_high_y: Opt,
    pub high_x_low_y: Opt,
    pub low_x_high_y: Opt,
    pub low_x_low_y: Opt,
}

impl Quadrants {
    pub fn place(&self, x_high: bool, y_high: bool) -> &Opt {
        match (x_high, y_high) {
            (true, true) => &self.high_x_high_y,
            (true, false) => &self.high_x_low_y,
            (false, true) => &self.low_x_high_y,
            (false, false) => &self.low_x_low_y,
        }
    }

    pub fn all(&self) -> [&Opt; 4] {
        [
            &self.high_x_high_y,
            &self.high_x_low_y,
            &self.low_x_high_y,
            &self.low_x_low_y,
        ]
    }
}

impl Rows {
    /// The scale ends a fixed row has of its own, if any.
    pub fn ends_of(&self, key: &str) -> Option<&Ends> {
        match self {
            Rows::Fixed(opts) => opts.iter().find(|o| o.id == key)?.ends.as_ref(),
            Rows::FromList { .. } => None,
        }
    }

    /// A numeric scale as a row's cells read it: with the row's own ends when it has them.
    pub fn scale_for(&self, key: &str, scale: &NumericScale) -> NumericScale {
        match self.ends_of(key) {
            Some(ends) => NumericScale {
                low: ends.low.clone(),
                high: ends.high.clone(),
                ..scale.clone()
            },
            None => scale.clone(),
        }
    }
}
