//! The map of an initiative: the pictures a pack declares (the landscape network, quadrant
//! charts such as power × stake, bar charts such as legitimacy per practice or the value
//! profile) and the closing read-back, all derived from one workbook's answers.
//!
//! Pure data and pure functions: no terminal types, no I/O, never panics. The TUI draws a
//! `Map` with ratatui widgets; the Markdown writer draws the same `Map` as Mermaid blocks and
//! tables. A `Map` is never read back from a file: it is always recomputed from the answers.

mod charts;
pub mod geometry;
pub mod model;
mod network;
mod readback;
pub mod text;

pub use model::*;

use crate::content::{Pack, PictureKind};
use crate::workbook::Workbook;

/// The map of `wb`'s initiative as `pack` declares it: one picture per declared picture, in
/// order, and the read-back when the pack has one.
///
/// Unanswered parts are left out rather than guessed: list items with empty names are not
/// nodes, edges naming a node no longer in the list are not drawn, quadrant rows not rated on
/// both axes are `unplaced`, and bars not rated have no value. A picture whose prompt is
/// missing from the pack (only possible for a pack built by hand) is left out.
pub fn map_of(pack: &Pack, wb: &Workbook) -> Map {
    let pictures: Vec<Picture> = pack
        .pictures
        .iter()
        .filter_map(|spec| {
            let body = match &spec.kind {
                PictureKind::Network(n) => PictureBody::Network(network::network(pack, wb, n)),
                PictureKind::Quadrant { prompt } => {
                    PictureBody::Quadrant(charts::quadrant(pack, wb, prompt)?)
                }
                PictureKind::Bars { prompt, column } => {
                    PictureBody::Bars(charts::bars(pack, wb, prompt, column)?)
                }
            };
            Some(Picture {
                id: spec.id.clone(),
                title: spec.title.clone(),
                caption: spec.caption.clone(),
                body,
            })
        })
        .collect();
    let read_back = pack
        .read_back
        .as_ref()
        .map(|rb| readback::read_back(pack, wb, rb, &pictures));
    Map {
        pictures,
        read_back,
    }
}

#[cfg(test)]
mod tests;
