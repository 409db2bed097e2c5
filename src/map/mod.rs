//! The map of an initiative: the pictures a pack declares (the landscape network, quadrant
//! charts such as power × stake, bar charts such as legitimacy per practice or the value
//! profile) and the closing read-back, all derived from one workbook's answers.
//!
//! Pure data and pure functions: no terminal types, no I/O. The TUI draws a `Map` with
//! ratatui widgets; the Markdown writer draws the same `Map` as Mermaid blocks and tables.
//! A `Map` is never read back from a file: it is always recomputed from the answers.

pub mod model;

pub use model::*;

use crate::content::Pack;
use crate::workbook::Workbook;

/// The map of `wb`'s initiative as `pack` declares it.
///
/// PLACEHOLDER (lead): returns an empty map until the pictures-domain branch lands.
pub fn map_of(_pack: &Pack, _wb: &Workbook) -> Map {
    Map::default()
}
