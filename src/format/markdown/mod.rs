//! The workbook as Markdown: `write` renders a workbook against its pack, `read` gives back
//! exactly the workbook that was written (and a hand-edited file, with its edits). Never
//! drops an answer, and never needs the pack to read one.
//!
//! # The file format
//!
//! UTF-8, `\n` line ends, CommonMark with GFM tables. Reading also accepts `\r\n` line ends
//! and a leading byte-order mark (the one place input is normalised: `read::read` turns
//! `\r\n` into `\n` before anything else; convene never writes a raw `\r`, so this loses
//! nothing from a file it wrote).
//!
//! ```text
//! ---
//! title: "Dorset mental health"           derived for Markdown tools (ignored when reading):
//! tags:                                   the initiative as the title; the tags: the
//!   - project-x                           participant's own, kept (`tags.rs`), then
//!   - convene                             `convene`, added when missing
//! initiative: "Dorset mental health"      every string double-quoted, YAML escapes for
//! participant: "Sam"                      anything not plainly printable (front.rs)
//! pack: "systems-convening"
//! pack_version: "1.0.0"
//! created: "2026-11-23T10:00:00Z"
//! updated: "2026-11-23T10:05:00Z"
//! moment: "before"                        before / after / any
//! path: "core"                            the chosen path (empty before pack 2.0: full)
//! date: 2026-11-23                        derived: the day of `updated`
//! answered: 3                             derived: progress as flat numbers (ignored when
//! total: 40                               reading; files that hold `progress:` as a map,
//! ---                                     as convene 0.1 wrote them, read the same)
//!
//! # Dorset mental health                  derived from here on, except inside markers
//!
//! ## Theme title
//!
//! ### Exercise title
//!
//! _The exercise's purpose._
//!
//! **The prompt's wording?**
//!
//! <!-- convene:answer id="exercise.prompt" type="text" -->
//! The answer, exactly as typed.
//! <!-- /convene:answer -->
//!
//! **An unanswered prompt?**
//!
//! _Not answered yet._
//!
//! <!-- convene:answer id="exercise.other" type="text" -->   a text prompt leaves room to
//! <!-- /convene:answer -->                                  type an answer by hand
//!
//! <!-- convene:map -->                    the map of the initiative (derived, never read)
//! ## The map of your initiative
//! …
//! <!-- /convene:map -->
//!
//! ## Answers no longer in the pack        only when there are orphans
//! ```
//!
//! Only the front matter and what lies between `<!-- convene:answer id="…" type="…" -->` and
//! `<!-- /convene:answer -->` is read as the workbook; what the writer writes around them
//! (headings, wording, labels, the quadrant column, progress, "Not answered yet") is derived
//! and ignored. Any other text outside the answers and the map section is the participant's
//! own (`own.rs`; `read_to_edit` finds it against the pack): a property the writer does not
//! write, a paragraph under a heading, after an answer, at the end. It is kept after the
//! same line of the same spot (`Spot`: the front matter, the top, a theme, an exercise, a
//! prompt up to its answer, just after an answer, the map, the last sections) and written
//! back there; text whose spot the writer no longer writes goes into a last section,
//! `## Your own notes`. Which lines are the writer's is told by writing the same workbook
//! again and matching the lines (`align.rs`): exactly, else by their words and shape (a
//! count or name that has changed, other emphasis), and "Not answered yet" above an answer
//! typed by hand is known for stale; never by fixed strings. Values inside
//! `<!-- convene:… -->` tags are percent-encoded (`inline::encode_into`): they never hold a quote,
//! `>`, pipe, whitespace or control character. By answer `type`:
//!
//! - `text`: the text itself as raw Markdown when `text::is_raw_safe` (not blank, no control
//!   characters but tab and line feed, no line that looks like a marker, no fence on the
//!   first line, and pulldown-cmark still sees the closing marker as its own top-level
//!   block). Otherwise a fenced block longer than any backtick run inside:
//!   ```` ```convene-text ```` (the lines verbatim) or ```` ```convene-escaped ```` (`\\` and
//!   `\u{hex}` for control characters such as `\r` or NUL).
//! - `choice`: one line, the option's label, with `<!-- convene:choice id="…" -->` when the
//!   label is not the id (or when a choice no option has reads as an option's label).
//!   `choices`: one `- ` line per option, the same way.
//! - `number`: `4 of 5 (1 = none, 5 = decisive)`; only the first number is read.
//! - `list`: `- item name`, then per sub-field `  - Label: value <!-- convene:field id="…" -->`
//!   (with `type="choice|choices|text"` and `value="…"` when the visible value is not enough).
//!
//! Lines typed by hand the way these look, without their tags (`byhand.rs`, in
//! `read_to_edit`, which has the pack): a detail line under an item goes to the field its
//! label names, its value read by the field's kind (an option by its label); a choice line
//! to the option its label names, kept once; a tagged choice whose label was changed by
//! hand (same pack version) to the option with that label, else to the label as typed. Labels
//! are compared without regard to case and runs of white space. A line in a list answer that
//! fits no field is the participant's own text, kept just after the answer under a copy of
//! its item's line; `read` (no pack) leaves such lines out, as it does all own text.
//! - `grid` (grids and quadrants): a table. The header's cells carry
//!   `<!-- convene:column id="…" -->` (or `convene:derived` for the quadrant column); the
//!   first cell of a row is the row's label, with `<!-- convene:row key="…" -->` when the label
//!   is not the key, and `<!-- convene:row key="…" skip="true" -->` (after "(not relevant)")
//!   on a row marked not relevant, whose cells are kept as they were; cells hold a number, text, or a label with
//!   `<!-- convene:cell type="…" value="…" -->`. Rows whose list item is gone stay in the
//!   table, marked "(no longer in the list)", and are listed in the final section.
//!
//! One-line values (item names, sub-fields, cells, choices without a tag) are escaped by
//! `inline::escape`: line breaks as `<br>`, control characters, tabs and leading or trailing
//! spaces as `&#N;`, Markdown punctuation with a backslash. Hand-typed Markdown in them is
//! kept as typed. An empty answer is written between its markers too (after "Not answered
//! yet"), so a present-but-empty answer survives; an absent one has no markers, except that
//! an unanswered text prompt gets an empty pair (no line between them reads as no answer; an
//! empty text answer is always fenced, so the two never meet).
//! Answers to prompts the pack no longer has go under "## Answers no longer in the pack",
//! each under a `###` heading naming its id.
//!
//! No heading is written twice (`headings.rs`; compared without regard to case, as anchors
//! are): a title that repeats an earlier heading gets a qualifier in brackets, its theme's
//! title for an exercise, `(on the map)` in the map section, `(before the session)` in that
//! section, then a number (`(on the map 2)`). Reading never looks at headings.
//!
//! # The map of the initiative
//!
//! After the last theme, when `crate::map::map_of` has something to show (a picture with
//! something drawn, or a read-back line or quoted answer), the file holds one derived section
//! between a line `<!-- convene:map -->` and a line `<!-- /convene:map -->` (`map.rs`):
//!
//! ````text
//! <!-- convene:map -->
//!
//! ## The map of your initiative           the read-back's title
//!
//! _Drawn from the answers above each time the workbook is saved: …_
//!
//! ### Landscape                           one `###` per read-back section, in order
//!
//! - A derived line                        lines and missing things (`- _…_`) as bullets
//!
//! **The question?**                       a quoted answer: its question in bold, then every
//!                                         line behind `>`, control characters as U+FFFD
//! > The answer as typed.
//!
//! _The picture's caption._                the section's picture, if it has one
//!
//! ```mermaid
//! flowchart LR
//! ```
//!
//! | # | Practice | Group |               a table with the picture's exact data
//!
//! ### A picture no section shows          then each picture no section drew
//! <!-- /convene:map -->
//! ````
//!
//! Pictures (`mermaid.rs`): a network is a `flowchart LR`: nodes `n1`, `n2`, … (the group
//! under the name as `<br><small>group</small>`) all defined before the links; links are undirected, `---` solid,
//! `-.-` for dashed kinds, `===` for a hot edge (its label also says `hot v/max`). Labels are
//! in double quotes with `"#<>&`|%[]{}\;:` as Mermaid `#N;` codes. A quadrant chart is a
//! `quadrantChart` (after front matter making it 700 px square): axes and quadrant labels, then one point per placed row; each rating sits
//! in the middle of its own slot, values below `high_from` in the lower half and the others in
//! the upper half, so points are strictly inside 0..1 and fall in their quadrant (points on
//! the same ratings are spread around the spot). Mermaid writes each point's name under it
//! without looking at its neighbours, so when two names would overlap every point is written
//! as its number instead (`"3"`), and the table under the chart, whose first column is `#`,
//! names it. Bars are an `xychart-beta horizontal` bar chart of the rated rows (names at the
//! left) in a dark colour with each bar's value on it; the value axis runs from one step below
//! the scale's minimum to its maximum, so the lowest rating is a one-step bar, and its own
//! numbers are hidden (Mermaid ticks a short scale in half steps); its title names the scale.
//! GitHub, Obsidian and pandoc-to-HTML users get a picture and the table keeps the exact values.
//! Quadrant and bar texts are reduced to letters, digits, spaces, `.,'()/&+?!-` and non-ASCII
//! characters that are neither controls nor spaces, and cut at 40 characters; the tables carry the exact words. A picture with nothing to show gets a line
//! saying what is missing and no diagram.
//!
//! Reading skips everything from the opening line to the first closing line, markers
//! included, so hand edits there are ignored. A convene marker inside it (an answer's, or
//! a second opening line) is an error naming the opening line: the writer never puts one
//! there, so either the opening line is out of place (a stray copy above the answers would
//! otherwise hide them all) or the closing line is missing. So is an opening line with no
//! closing line after it (skipping to the end of the file would silently drop the answers
//! written after the section); a closing line with no opening line is ignored. Nothing the
//! writer puts inside can end the section early: every line starts with `#`, `-`, `>`, `_`,
//! `**`, `|`, a fence or a diagram keyword, never with `<!--`.
//!
//! # Before and after a session
//!
//! Each time the participant starts reflecting after a session, the answers as they stood
//! are kept as a dated snapshot (`Workbook::earlier`, oldest first). They are written last,
//! one section per snapshot, newest first, under `## Before the session of YYYY-MM-DD` (the
//! day it was taken): per exercise of the pack (in pack order) its title as `###` and each
//! prompt's wording, then the answer between the same markers as above with more
//! attributes: `when="before"`, the snapshot's number (`snapshot`, from 1, the oldest),
//! which tells snapshots apart, and the time it was taken (`taken`, to the second, so two
//! may share it):
//!
//! ```text
//! ## Before the session of 2026-12-04
//!
//! ### Exercise title
//!
//! **The prompt's wording?**
//!
//! <!-- convene:answer id="exercise.prompt" type="text" when="before" snapshot="2" taken="2026-12-04T18:30:00+00:00" -->
//! The answer as it stood before the session.
//! <!-- /convene:answer -->
//! ```
//!
//! Earlier answers to prompts the pack does not have follow, each under a `###` heading
//! naming its id. Reading goes by the attributes alone, not by the sections: a marker with
//! `when="before"` anywhere is an earlier answer, in the snapshot its `snapshot` names (its
//! date from `taken`); without `when`, a current one. The same id may appear once as a
//! current answer and once in each snapshot. A file written before snapshots were dated has
//! one section, `## Before the session`, whose markers carry neither `snapshot` nor `taken`:
//! it reads as one undated snapshot, the oldest, and is written back the same way. Any
//! other `when`, or `snapshot` or `taken` without `when`, is an error.

mod align;
mod byhand;
mod earlier;
pub(crate) mod front;
mod grid;
mod headings;
pub(crate) mod inline;
mod items;
mod layout;
pub(crate) mod map;
mod marker;
mod mermaid;
mod own;
mod read;
mod tags;
pub(crate) mod text;
mod values;
mod write;

use crate::content::Pack;

use crate::workbook::Workbook;

/// The line that ends every answer.
const CLOSE: &str = "<!-- /convene:answer -->";
/// The `when` attribute of an answer marker that holds an answer from before the session.
const BEFORE: &str = "before";
/// The heading of the final section that holds the answers from before the session.
const BEFORE_HEADING: &str = "Before the session";
/// What an unanswered prompt shows.
const NOT_ANSWERED: &str = "_Not answered yet._";

/// A file that cannot be read as a workbook. `line` counts from 1.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct ReadError {
    pub line: usize,
    pub message: String,
}

/// The workbook as a complete Markdown file, with the map of the initiative that
/// `crate::map::map_of` draws from its answers.
pub fn write(wb: &Workbook, pack: &Pack) -> String {
    write::write(wb, pack, &crate::map::map_of(pack, wb))
}

/// `write` with the map given rather than drawn from the answers (for tests and for callers
/// that already hold the map). The map only adds the derived section: reading ignores it.
pub fn write_with_map(wb: &Workbook, pack: &Pack, map: &crate::map::Map) -> String {
    write::write(wb, pack, map)
}

/// Reads a workbook file. Needs no pack: answers whose prompt is unknown are kept. The
/// participant's own text is left out (`read_to_edit` finds it).
pub fn read(text: &str) -> Result<Workbook, ReadError> {
    read::read(text)
}

/// Reads only a workbook file's front matter: its metadata and the progress convene wrote
/// there (`front::read_only`). The same errors as `read` for the front matter; the rest of
/// the file is not read, so a damaged answer further down is found only by `read`.
pub fn read_front(
    text: &str,
) -> Result<
    (
        crate::workbook::Meta,
        Option<crate::workbook::derive::Progress>,
    ),
    ReadError,
> {
    front::read_only(&read::normalise(text))
}

pub use front::MAX_BYTES as FRONT_MAX_BYTES;
pub use own::{OWN_HEADING, OwnLater, read_to_edit, read_to_edit_later};
