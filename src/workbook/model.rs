//! The workbook model: metadata and answers keyed by qualified prompt id.
//!
//! Pure data. It knows nothing of Markdown, files or terminals; `format::markdown` reads and
//! writes it, `store` keeps it on disk, and `progress` answers questions about it against a pack.

use std::collections::BTreeMap;

use crate::content::{Moment, PromptId, Shape};

pub use super::fields::Fields;

/// One participant's workbook for one initiative.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Workbook {
    pub meta: Meta,
    /// Answers keyed by qualified prompt id (`exercise.prompt`). Answers whose prompt is not
    /// in the pack are kept here too (they are "orphaned", never dropped).
    pub answers: BTreeMap<PromptId, Answer>,
    /// The answers as they stood before each session, oldest first: one dated snapshot per
    /// time the participant started reflecting after a session (a copy of `answers` at that
    /// moment), so a new answer can be read beside the ones before it. Empty until then.
    /// What "before the session" shows is the latest (`earlier_answer`).
    pub earlier: Vec<Snapshot>,
    /// Text the participant wrote into the file themselves (in a text editor), outside the
    /// answers: kept where it stood and written back at every save, never dropped.
    pub own: Vec<OwnText>,
}

/// The answers as they stood when the participant started reflecting after a session.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Snapshot {
    pub taken: Taken,
    /// The answers then, keyed by qualified prompt id (empty ones included, as they were).
    pub answers: BTreeMap<PromptId, Answer>,
}

/// When a snapshot was taken.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum Taken {
    /// Not known: a file written before snapshots were dated holds one such snapshot.
    #[default]
    Unknown,
    /// Just taken and not saved yet: the save that follows dates it (the store holds the
    /// clock), so it is the time of the Ctrl-T to within a save.
    Pending,
    /// When it was taken (RFC 3339, as the store writes times).
    At(String),
}

impl Taken {
    /// The timestamp, when one is known.
    pub fn at(&self) -> Option<&str> {
        match self {
            Taken::At(t) => Some(t),
            Taken::Unknown | Taken::Pending => None,
        }
    }

    /// The day it was taken (`YYYY-MM-DD`), when its timestamp gives one.
    pub fn day(&self) -> Option<&str> {
        self.at().and_then(day_of)
    }
}

/// The day (`YYYY-MM-DD`) an RFC 3339 timestamp falls on, as written (its own offset).
pub fn day_of(time: &str) -> Option<&str> {
    let day = time.get(..10)?;
    let shape = day.bytes().enumerate().all(|(i, b)| {
        if i == 4 || i == 7 {
            b == b'-'
        } else {
            b.is_ascii_digit()
        }
    });
    let then_time = time
        .get(10..)
        .is_some_and(|t| t.starts_with(['T', 't', ' ']));
    (shape && then_time).then_some(day)
}

/// A passage of the participant's own text in the workbook file, and where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnText {
    /// The part of the file it stands in.
    pub spot: Spot,
    /// How many of the lines convene writes at `spot` come before it (it stays after the
    /// same line as long as convene writes that many there).
    pub after: usize,
    /// The text itself, as typed, without the blank lines around it.
    pub text: String,
}

/// A part of the workbook file that convene writes, which the participant's own text can
/// follow. Each begins where convene writes it and ends where the next begins.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Spot {
    /// Among the front matter's properties (one convene does not write).
    FrontMatter,
    /// The top: the initiative's title and the line under it.
    Top,
    /// A theme's heading.
    Theme(String),
    /// An exercise's heading and purpose.
    Exercise(String),
    /// A prompt's wording, up to and including its answer.
    Prompt(PromptId),
    /// Just after a prompt's answer.
    Answer(PromptId),
    /// After the last theme: the map of the initiative.
    Map,
    /// The section of answers to prompts the pack no longer has, and just after each one.
    Orphans,
    Orphan(PromptId),
    /// The section of answers from before a session (the snapshot's place in
    /// `Workbook::earlier`), and just after each one.
    Earlier(usize),
    EarlierAnswer(usize, PromptId),
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Meta {
    /// The initiative's name; the workbook's `#` heading.
    pub initiative: String,
    /// The participant's name; may be empty.
    pub participant: String,
    /// The id of the content pack the workbook was written against.
    pub pack: String,
    pub pack_version: String,
    /// RFC 3339 timestamps.
    pub created: String,
    pub updated: String,
    /// Whether this workbook is being filled in before or after a session (or either).
    pub moment: Moment,
    /// The workbook's stable id (`workbook_id` in the front matter): written when the
    /// workbook is created, kept whatever the file is called, so a coach's notes find their
    /// workbook after a rename. Empty in a file from before ids (see `stable_id`).
    pub id: String,
    /// The id of the path through the pack the participant chose; empty in files written
    /// before paths existed, which means every exercise (`full`).
    pub path: String,
    /// The participant's own tags from the front matter (added in Obsidian or by hand), in
    /// their order; the tag `convene`, which every workbook carries, is not among them.
    pub tags: Vec<String>,
    /// The question the participant was at when the workbook was last saved (its qualified
    /// id), where reopening it resumes; empty when not known.
    pub place: String,
}

impl Meta {
    /// The workbook's id: its own, or for a file from before ids one derived from when it
    /// was created and its initiative, the same on every machine — so a coach reviewing an
    /// older file and the participant saving it again (which writes the id) agree.
    pub fn stable_id(&self) -> String {
        if !self.id.trim().is_empty() {
            return self.id.trim().to_string();
        }
        let mut h = super::notes::Fnv::default();
        for b in self
            .created
            .trim()
            .bytes()
            .chain([0])
            .chain(self.initiative.trim().bytes())
        {
            h.byte(b);
        }
        format!("wb-{:016x}", h.0)
    }
}

/// An answer to one prompt.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    /// A line or long-text answer, exactly as typed (line ends are `\n`).
    Text(String),
    /// A single choice, or a level on a labelled scale: the option's id.
    Choice(String),
    /// A multiple choice: the chosen option ids, in the order of the options.
    Choices(Vec<String>),
    /// A numeric scale value.
    Number(i64),
    /// A list answer.
    List(Vec<Item>),
    /// A grid or quadrant answer: one row per item, in row order.
    Grid(Vec<Row>),
}

/// One item of a list answer.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Item {
    /// The item's one-line name (no line breaks).
    pub text: String,
    /// Sub-field values keyed by field id.
    pub fields: Fields,
}

/// One row of a grid or quadrant answer.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Row {
    /// The row's key: a fixed row's id, or the name of the list item it comes from.
    pub key: String,
    /// Cell values keyed by column id (for a quadrant: the two axis ids).
    pub cells: Fields,
    /// Marked "not relevant" by the participant: counted as answered, left out of the map.
    /// Any cells stay kept, so unmarking brings them back.
    pub skipped: bool,
}

/// The value of a list item's sub-field or a grid cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Choice(String),
    Choices(Vec<String>),
    Number(i64),
}

impl Value {
    /// True when the value holds nothing worth keeping.
    pub fn is_empty(&self) -> bool {
        match self {
            Value::Text(t) | Value::Choice(t) => t.trim().is_empty(),
            Value::Choices(c) => c.is_empty(),
            Value::Number(_) => false,
        }
    }
}

impl Answer {
    /// How this answer is held (compare with the prompt kind's `shape`).
    pub fn shape(&self) -> Shape {
        match self {
            Answer::Text(_) => Shape::Text,
            Answer::Choice(_) => Shape::Choice,
            Answer::Choices(_) => Shape::Choices,
            Answer::Number(_) => Shape::Number,
            Answer::List(_) => Shape::List,
            Answer::Grid(_) => Shape::Grid,
        }
    }

    /// True when the answer holds nothing worth keeping (an unanswered prompt).
    pub fn is_empty(&self) -> bool {
        match self {
            Answer::Text(t) | Answer::Choice(t) => t.trim().is_empty(),
            Answer::Choices(c) => c.is_empty(),
            Answer::Number(_) => false,
            Answer::List(items) => items.is_empty(),
            Answer::Grid(rows) => rows
                .iter()
                .all(|r| !r.skipped && r.cells.values().all(Value::is_empty)),
        }
    }
}

impl Workbook {
    /// Starts reflecting after a session (Ctrl-T, plain mode's `:after yes`): every answer
    /// as it stands is kept in a new snapshot (the ones before it stay, oldest first), dated
    /// by the save that follows, and the workbook is now "after a session". The answers
    /// stay, to be edited from.
    /// With nothing answered there is nothing to keep (a snapshot of no answers would not
    /// survive the file: it is its answers there).
    pub fn start_after(&mut self) {
        if !self.answers.is_empty() {
            self.earlier.push(Snapshot {
                taken: Taken::Pending,
                answers: self.answers.clone(),
            });
        }
        self.meta.moment = crate::content::Moment::After;
    }

    /// Dates every snapshot not dated yet (`Taken::Pending`) with `now`. The store calls it
    /// as it saves.
    pub fn date_snapshots(&mut self, now: &str) {
        for s in &mut self.earlier {
            if s.taken == Taken::Pending {
                s.taken = Taken::At(now.to_string());
            }
        }
    }

    /// The latest snapshot's answers, for building a workbook by hand (tests, tools): an
    /// undated snapshot is started when there is none.
    pub fn latest_answers_mut(&mut self) -> &mut BTreeMap<PromptId, Answer> {
        if self.earlier.is_empty() {
            self.earlier.push(Snapshot::default());
        }
        let last = self.earlier.len() - 1;
        &mut self.earlier[last].answers
    }

    /// The latest snapshot, the one "before the session" means.
    pub fn latest_snapshot(&self) -> Option<&Snapshot> {
        self.earlier.last()
    }

    /// The earlier answers to a prompt, newest first, with when each was kept: to look back
    /// through a series of sessions. Snapshots without a non-empty answer are passed over,
    /// and one that says what the snapshot after it says is shown once (with the later
    /// date). Empty when the latest snapshot holds none (`earlier_answer` is the first).
    pub fn earlier_answers(&self, id: &str) -> Vec<(&Taken, &Answer)> {
        if self.earlier_answer(id).is_none() {
            return Vec::new();
        }
        let mut out: Vec<(&Taken, &Answer)> = Vec::new();
        for s in self.earlier.iter().rev() {
            let Some(a) = s.answers.get(id).filter(|a| !a.is_empty()) else {
                continue;
            };
            if out.last().is_none_or(|(_, newer)| *newer != a) {
                out.push((&s.taken, a));
            }
        }
        out
    }

    /// The answer to a prompt, if there is a non-empty one.
    pub fn answer(&self, id: &str) -> Option<&Answer> {
        self.answers.get(id).filter(|a| !a.is_empty())
    }

    /// The earlier answer to a prompt: the latest snapshot's, if it holds a non-empty one.
    /// Everything that shows "before the session" goes through this.
    pub fn earlier_answer(&self, id: &str) -> Option<&Answer> {
        self.latest_snapshot()?
            .answers
            .get(id)
            .filter(|a| !a.is_empty())
    }

    /// True when some snapshot holds an answer (empty or not) under `id`.
    pub fn kept_earlier(&self, id: &str) -> bool {
        self.earlier.iter().any(|s| s.answers.contains_key(id))
    }

    /// The items of a list answer (empty when unanswered or not a list).
    pub fn list_items(&self, id: &str) -> &[Item] {
        match self.answers.get(id) {
            Some(Answer::List(items)) => items,
            _ => &[],
        }
    }
}
