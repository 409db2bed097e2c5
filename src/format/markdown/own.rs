//! The participant's own text in a workbook file: what they typed outside the answers (in a
//! text editor, in Obsidian), told apart from what convene writes, and put back where it
//! stood at the next save.
//!
//! Never drops a line of it. Convene's own lines are recognised by comparing the file with
//! what the writer writes for the same workbook (`write::generate`), never by fixed
//! strings, so a change to the writer's wording changes nothing here: a line the writer
//! writes there is convene's (also with other emphasis or a count that has changed, and a
//! "not answered yet" that an answer typed by hand made stale); every other line outside
//! the answers and the map is the participant's, kept after the same line of the same spot.
//! One exception: in a file written under another version of the same pack, lines in the
//! shapes convene writes (a `##`/`###` heading, a line all in bold or all in italics) are
//! the earlier pack's wording, convene's too.
//! Text whose spot is no longer written goes into a last section, "Your own notes".

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, HashSet};

use crate::content::Pack;
use crate::workbook::{OwnText, Spot, Workbook};

use super::align::{align, loose};
use super::layout::{Kind, Layout, Token, tokens};
use super::read::read_with_layout;
use super::write::{Spots, generate};
use super::{ReadError, front};

/// The heading of the last section, for own text whose spot is no longer written.
pub const OWN_HEADING: &str = "Your own notes";
/// The line under it.
const OWN_NOTE: &str = "_Text you wrote in this file where convene no longer writes anything \
                        (a question or section that has gone). Kept here so that nothing you \
                        wrote is lost; move it wherever you like._";

/// The written text's tokens, and for each its spot and place in it.
struct Written<'a> {
    spots: &'a [(usize, Spot)],
    tokens: Vec<Token>,
    /// Per token: (the index of its spot in `spots`, its place among the spot's tokens).
    at: Vec<(usize, usize)>,
    /// Per spot: its tokens.
    by_spot: Vec<Vec<usize>>,
}

impl<'a> Written<'a> {
    fn new(text: &str, layout: &Layout, spots: &'a [(usize, Spot)]) -> Written<'a> {
        let tokens = tokens(text, layout);
        let mut by_spot = vec![Vec::new(); spots.len()];
        let mut at = Vec::with_capacity(tokens.len());
        let mut spot = 0;
        for (i, token) in tokens.iter().enumerate() {
            while spot + 1 < spots.len() && spots[spot + 1].0 <= token.start {
                spot += 1;
            }
            if let Some(list) = by_spot.get_mut(spot) {
                at.push((spot, list.len()));
                list.push(i);
            }
        }
        Written {
            spots,
            tokens,
            at,
            by_spot,
        }
    }

    /// Where text after written token `last` (or before all of them) stands: a spot and how
    /// many of its tokens come first. Text after a spot's last token belongs to the next spot,
    /// so that it follows an answer rather than a "not answered yet" that may go.
    fn anchor(&self, last: Option<usize>) -> (usize, usize) {
        let Some((spot, place)) = last.and_then(|i| self.at.get(i).copied()) else {
            return (0, 0);
        };
        let count = self.by_spot.get(spot).map_or(0, Vec::len);
        if place + 1 == count && spot + 1 < self.spots.len() {
            (spot + 1, 0)
        } else {
            (spot, place + 1)
        }
    }
}

/// Reads a workbook to be edited and written back: as `read`, and with the participant's own
/// text found against `pack` (what the next save writes).
pub fn read_to_edit(text: &str, pack: &Pack) -> Result<Workbook, ReadError> {
    let (mut wb, later) = read_to_edit_later(text.to_string(), pack)?;
    wb.own = later.own(pack)?;
    Ok(wb)
}

/// What is left of `read_to_edit` once the workbook is read: telling the participant's own
/// lines outside the answers from convene's, which writes the workbook twice over and is
/// needed only by the next save (the screen can be drawn first). `own` gives the workbook's
/// whole own text, the same `read_to_edit` gives.
#[derive(Debug)]
pub struct OwnLater {
    /// The file, normalised, and where its answers lie.
    text: String,
    layout: Layout,
    /// The workbook as read (before anything else changes it), its own text so far: the
    /// front matter's lines and what was typed by hand inside the answers.
    wb: Workbook,
}

impl OwnLater {
    /// The workbook's own text; an error only if convene cannot read its own writing (a
    /// bug: the file is then to be left alone rather than its own text lost).
    pub fn own(self, pack: &Pack) -> Result<Vec<OwnText>, ReadError> {
        let OwnLater {
            text,
            layout,
            mut wb,
        } = self;
        let mut own = std::mem::take(&mut wb.own);
        own.extend(find(&text, &layout, &wb, pack)?);
        Ok(own)
    }
}

/// `read_to_edit` up to its last step: the workbook with the own text found so far (the
/// front matter's, and what was typed by hand in the answers), and the rest to find later.
pub fn read_to_edit_later(text: String, pack: &Pack) -> Result<(Workbook, OwnLater), ReadError> {
    // Kept as it is when there is nothing to normalise (no copy of the file).
    let unchanged =
        matches!(super::read::normalise(&text), Cow::Borrowed(t) if t.len() == text.len());
    let text = if unchanged {
        text
    } else {
        super::read::normalise(&text).into_owned()
    };
    let (mut wb, layout) = read_with_layout(&text, true)?;
    let by_hand = super::byhand::settle(&mut wb, &layout.hand, pack);
    let mut own = Vec::new();
    if let Some(lines) = front::own_lines(&text[..layout.body_start]) {
        own.push(OwnText {
            spot: Spot::FrontMatter,
            after: 0,
            text: lines,
        });
    }
    own.extend(by_hand);
    wb.own = own;
    let later = OwnLater {
        text,
        layout,
        wb: wb.clone(),
    };
    Ok((wb, later))
}

/// What `wb` written against `pack` gives, laid out; an error only if convene cannot read
/// its own writing (a bug: the file is then left alone rather than its own text lost).
fn written(wb: &Workbook, pack: &Pack) -> Result<(String, Spots, Layout), ReadError> {
    let (text, spots) = generate(wb, pack, &crate::map::map_of(pack, wb));
    let (_, layout) = read_with_layout(&text, false).map_err(|e| ReadError {
        line: 1,
        message: format!(
            "convene cannot tell its own lines from yours in this file (its own writing reads \
             back with an error at line {}: {}); the file was left as it is",
            e.line, e.message
        ),
    })?;
    Ok((text, spots, layout))
}

fn find(
    text: &str,
    layout: &Layout,
    wb: &Workbook,
    pack: &Pack,
) -> Result<Vec<OwnText>, ReadError> {
    let file = tokens(text, layout);
    if file.iter().all(|t| t.kind != Kind::Line) {
        return Ok(Vec::new());
    }
    let (gen_text, spots, gen_layout) = written(wb, pack)?;
    let ours = Written::new(&gen_text, &gen_layout, &spots);
    // Found when a line is not matched (most files have none): the lines stale there.
    let mut stale: Option<HashMap<Spot, HashSet<String>>> = None;
    // Written under another version of this pack: its headings, questions and purposes in
    // their earlier wording are convene's, not the participant's.
    let earlier = wb.meta.pack == pack.id && wb.meta.pack_version != pack.version;
    let matched = align(&ours.tokens, &file);
    // The written token matched last before each file token, and first after it.
    let mut next = vec![None; file.len() + 1];
    for j in (0..file.len()).rev() {
        next[j] = matched[j].or(next[j + 1]);
    }
    let mut own = Vec::new();
    let mut block: Option<(usize, usize)> = None;
    let mut last = None;
    for (j, token) in file.iter().enumerate() {
        let convenes = matched[j].is_some() || token.kind != Kind::Line;
        let mut theirs = !(convenes || (earlier && in_convenes_shape(&token.key)));
        if theirs {
            if stale.is_none() {
                stale = Some(stale_keys(wb, pack, &ours)?);
            }
            let from = ours.anchor(last).0;
            let to = next[j].and_then(|i| ours.at.get(i)).map_or(from, |a| a.0);
            theirs = !(from..=to.max(from)).any(|s| {
                ours.spots
                    .get(s)
                    .and_then(|(_, spot)| stale.as_ref()?.get(spot))
                    .is_some_and(|keys| {
                        keys.contains(&token.key) || keys.contains(&loose(&token.key))
                    })
            });
        }
        if !theirs {
            if let Some((first, end)) = block.take() {
                own.push(own_text(
                    &ours,
                    last,
                    &text[file[first].start..file[end].end],
                ));
            }
            last = matched[j].or(last);
            continue;
        }
        block = Some(block.map_or((j, j), |(first, _)| (first, j)));
    }
    if let Some((first, end)) = block {
        own.push(own_text(
            &ours,
            last,
            &text[file[first].start..file[end].end],
        ));
    }
    Ok(own)
}

/// Per spot, the lines written there for the same workbook with nothing answered that are
/// not written for `wb` (`ours`): such as a "not answered yet" that an answer typed by hand
/// has made stale. They are convene's, not the participant's.
fn stale_keys(
    wb: &Workbook,
    pack: &Pack,
    ours: &Written<'_>,
) -> Result<HashMap<Spot, HashSet<String>>, ReadError> {
    let blank = Workbook {
        answers: BTreeMap::new(),
        own: Vec::new(),
        ..wb.clone()
    };
    let (blank_text, blank_spots, blank_layout) = written(&blank, pack)?;
    let mut stale = line_keys(&Written::new(&blank_text, &blank_layout, &blank_spots));
    for (spot, keys) in line_keys(ours) {
        if let Some(stale) = stale.get_mut(&spot) {
            stale.retain(|k| !keys.contains(k));
        }
    }
    Ok(stale)
}

/// A line in a shape convene writes around the answers: a heading of a theme or exercise
/// (`##`, `###`), a line all in bold (a question) or all in italics (a purpose, a note).
fn in_convenes_shape(line: &str) -> bool {
    let line = line.trim();
    let wrapped =
        |mark: &str| line.len() > 2 * mark.len() && line.starts_with(mark) && line.ends_with(mark);
    line.starts_with("## ") || line.starts_with("### ") || wrapped("**") || wrapped("_")
}

fn own_text(ours: &Written<'_>, last: Option<usize>, text: &str) -> OwnText {
    let (spot, after) = ours.anchor(last);
    OwnText {
        spot: ours.spots.get(spot).map_or(Spot::Top, |s| s.1.clone()),
        after,
        text: text.to_string(),
    }
}

/// Per spot, the keys (exact and loose) of the lines written there.
fn line_keys(written: &Written<'_>) -> HashMap<Spot, HashSet<String>> {
    let mut out: HashMap<Spot, HashSet<String>> = HashMap::new();
    for (i, token) in written.tokens.iter().enumerate() {
        if token.kind != Kind::Line {
            continue;
        }
        if let Some((_, spot)) = written.at.get(i).and_then(|a| written.spots.get(a.0)) {
            let keys = out.entry(spot.clone()).or_default();
            keys.insert(token.key.clone());
            keys.insert(loose(&token.key));
        }
    }
    out
}

/// The written text with the participant's own text put back: each passage after the same
/// line of its spot (or where the spot begins, when it has fewer lines now), never inside
/// an answer; passages whose spot is not written go into the last section.
pub(super) fn merge(text: String, spots: &[(usize, Spot)], own: &[OwnText]) -> String {
    if own.is_empty() {
        return text;
    }
    let Ok((_, layout)) = read_with_layout(&text, false) else {
        // Convene cannot read its own writing (a bug): keep every passage all the same.
        return with_unplaced(text, own.iter().map(|o| o.text.as_str()).collect());
    };
    let ours = Written::new(&text, &layout, spots);
    let mut inserts: Vec<(usize, String)> = Vec::new();
    let mut unplaced = Vec::new();
    for passage in own {
        if passage.spot == Spot::FrontMatter {
            let front = text[..layout.body_start].trim_end_matches('\n');
            let close = front.rfind('\n').map_or(0, |i| i + 1);
            inserts.push((close, format!("{}\n", passage.text)));
            continue;
        }
        let Some(spot) = spots.iter().position(|(_, s)| *s == passage.spot) else {
            unplaced.push(passage.text.as_str());
            continue;
        };
        let at = insertion_point(&text, &ours, spot, passage.after);
        inserts.push((at, passage.text.clone()));
    }
    let mut out =
        String::with_capacity(text.len() + inserts.iter().map(|i| i.1.len() + 4).sum::<usize>());
    let mut done = 0;
    // Stable: passages at the same place keep their order.
    inserts.sort_by_key(|(at, _)| *at);
    for (at, passage) in inserts {
        out.push_str(&text[done..at]);
        done = at;
        if at < layout.body_start {
            out.push_str(&passage);
            continue;
        }
        if !out.ends_with("\n\n") {
            out.push_str(if out.ends_with('\n') { "\n" } else { "\n\n" });
        }
        out.push_str(&passage);
        out.push_str("\n\n");
    }
    out.push_str(&text[done..]);
    while out.ends_with("\n\n") {
        out.pop();
    }
    with_unplaced(out, unplaced)
}

/// Where a passage goes: at the start of the first line that holds something after the
/// `after`-th token of the spot (before it when that token opens an answer), or after the
/// spot's beginning when `after` is 0; the end of the text when nothing follows.
fn insertion_point(text: &str, ours: &Written<'_>, spot: usize, after: usize) -> usize {
    let tokens = ours.by_spot.get(spot).map_or(&[][..], Vec::as_slice);
    let from = match tokens.get(after.min(tokens.len()).wrapping_sub(1)) {
        Some(&i) if ours.tokens[i].kind == Kind::Open => return ours.tokens[i].start,
        Some(&i) if after > 0 => (ours.tokens[i].end + 1).min(text.len()),
        _ => ours.spots.get(spot).map_or(text.len(), |s| s.0),
    };
    let mut at = from;
    for line in text[from..].split_inclusive('\n') {
        if !line.trim().is_empty() {
            return at;
        }
        at += line.len();
    }
    text.len()
}

fn with_unplaced(mut text: String, unplaced: Vec<&str>) -> String {
    if unplaced.is_empty() {
        return text;
    }
    text.push_str(&format!("\n## {OWN_HEADING}\n\n{OWN_NOTE}\n"));
    for passage in unplaced {
        text.push('\n');
        text.push_str(passage);
        text.push('\n');
    }
    text
}
