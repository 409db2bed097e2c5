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

use crate::content::{Pack, PictureKind, PictureSpec, ReadBackSpec};
use crate::workbook::Workbook;

/// The map of `wb`'s initiative as `pack` declares it: one picture per declared picture, in
/// order, and the read-back when the pack has one. On a path other than `full`, a picture
/// drawn from questions off the path, and a read-back section with nothing on it, are left
/// out (unless the workbook holds answers to them): the map shows what the path asks.
///
/// Unanswered parts are left out rather than guessed: list items with empty names are not
/// nodes, edges naming a node no longer in the list are not drawn, quadrant rows not rated on
/// both axes are `unplaced`, and bars not rated have no value. A picture whose prompt is
/// missing from the pack (only possible for a pack built by hand) is left out.
pub fn map_of(pack: &Pack, wb: &Workbook) -> Map {
    let pictures: Vec<Picture> = pack
        .pictures
        .iter()
        .filter(|spec| shown(pack, wb, picture_source(&spec.kind)))
        .filter_map(|spec| picture(pack, wb, spec))
        .collect();
    let read_back = pack.read_back.as_ref().map(|rb| {
        let sections = rb
            .sections
            .iter()
            .filter(|s| {
                s.picture
                    .as_ref()
                    .is_some_and(|(id, _)| pictures.iter().any(|p| p.id == *id))
                    || s.prompts.iter().flatten().any(|id| shown(pack, wb, id))
            })
            .cloned()
            .collect();
        let spec = ReadBackSpec {
            title: rb.title.clone(),
            sections,
        };
        readback::read_back(pack, wb, &spec, &pictures)
    });
    Map {
        pictures,
        read_back,
    }
}

/// One picture the pack declares, drawn from `wb`'s answers, whatever its path (`None` when
/// its prompt is missing from the pack).
pub fn picture(pack: &Pack, wb: &Workbook, spec: &PictureSpec) -> Option<Picture> {
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
}

/// The question a picture is drawn from first (a network's nodes).
fn picture_source(kind: &PictureKind) -> &str {
    match kind {
        PictureKind::Network(n) => &n.nodes,
        PictureKind::Quadrant { prompt } | PictureKind::Bars { prompt, .. } => prompt,
    }
}

/// Does the map show what this prompt feeds: it is on the workbook's path, or answered?
fn shown(pack: &Pack, wb: &Workbook, prompt: &str) -> bool {
    let path = crate::workbook::derive::chosen_path(wb, pack);
    wb.answer(prompt).is_some()
        || pack
            .locate(prompt)
            .is_some_and(|(_, exercise)| pack.on_path(exercise, path))
}

#[cfg(test)]
mod tests;
