//! What plain mode says, as data: `Say` and the values it carries. The plain-mode machine
//! returns these; `say.rs` words them.
//!
//! Data only: no wording here, no terminal codes, no files.

use crate::content::{Level, Moment};
pub use crate::words::paths::{PathFacts, PathSay};
use crate::workbook::edit::EditError;

/// A prompt named in a sentence: its wording, or its id when the pack no longer has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Named {
    Text(String),
    Id(String),
}

/// A list item said back: its number (from 1), its name and its details as (label, value).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemSaid {
    pub n: usize,
    pub name: String,
    pub details: Vec<(String, String)>,
}

/// A quadrant row's ratings: each axis's label and rating (`None`: not rated yet), and the
/// quadrant it falls in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuadSaid {
    pub x: (String, Option<i64>),
    pub y: (String, Option<i64>),
    pub placed: Option<String>,
}

/// A numeric scale as said in how to answer: its label, its ends and what they mean.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AxisSaid {
    pub label: String,
    pub min: i64,
    pub low: String,
    pub max: i64,
    pub high: String,
}

/// What a kind of prompt asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asks {
    Line,
    Text,
    List,
    Choice,
    MultiChoice,
    Scale,
    Grid,
    Quadrant,
    Ranking,
}

/// How a list command is typed, for an explanation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Usage {
    Edit,
    Remove,
    Move,
}

/// A point of a quadrant picture: its name and its two ratings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PointSaid {
    pub name: String,
    pub x: i64,
    pub y: i64,
}

/// A line (or a few) plain mode says, as data: the machine returns these, and the loop asks
/// `say` for their wording. Text from the pack or a workbook travels as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Say {
    Blank,
    /// Text from the pack or a workbook as it is, each line indented by `indent` spaces
    /// (blank lines stay blank).
    Text {
        text: String,
        indent: usize,
    },
    // The session.
    Workbook {
        initiative: String,
        pack: String,
    },
    Answered {
        answered: usize,
        total: usize,
    },
    Welcome,
    /// The label of a coach's note: on the whole workbook or on this question.
    CoachNote {
        note: crate::workbook::notes::Note,
        /// The answer has changed since the note was written.
        changed: bool,
        whole: bool,
    },
    Finished,
    // Where we are.
    OutlineHead {
        answered: usize,
        total: usize,
    },
    OutlineTheme {
        title: String,
        id: String,
    },
    OutlineExercise {
        n: usize,
        title: String,
        id: String,
        answered: usize,
        total: usize,
        /// The pack's estimate for the exercise, if it gives one.
        minutes: Option<u32>,
    },
    YouAreAt {
        exercise: usize,
        question: String,
    },
    PastTheEnd,
    Theme {
        title: String,
    },
    Exercise {
        n: usize,
        of: usize,
        title: String,
        level: Level,
        moment: Moment,
        /// The pack's estimate, said instead of the moment when it gives one.
        minutes: Option<u32>,
    },
    Guidance,
    Source,
    // A question.
    Question {
        n: usize,
        of: usize,
        id: String,
        asks: Asks,
    },
    /// `:id`: the id of the question asked now.
    QuestionId(String),
    /// A question passed for now, with its wording.
    Passed {
        n: usize,
        of: usize,
        id: String,
        text: String,
    },
    NoRowsYet {
        list: Named,
        filtered: bool,
    },
    NoChoicesYet {
        lists: Vec<Named>,
    },
    /// A grid's rows are the items chosen in this multiple choice, and none is chosen yet.
    NoRowsChosenYet {
        within: Named,
    },
    Hint(String),
    Offered,
    /// One item of a list offered from an earlier one: its name and details.
    OfferedItem {
        name: String,
        details: Vec<(String, String)>,
    },
    ListHow {
        item_label: String,
        fields: Vec<String>,
        has_items: bool,
    },
    // How to answer.
    LineHow,
    TextHow,
    TextGoOn,
    ChooseOne,
    ChooseAny {
        min: Option<u32>,
        max: Option<u32>,
    },
    ChooseLevel,
    /// How to rank: numbers in order, the first highest.
    RankHow,
    Option {
        n: usize,
        label: String,
        hint: Option<String>,
    },
    ScaleHow {
        min: i64,
        max: i64,
        low: String,
        high: String,
    },
    NextItem {
        item_label: String,
        n: usize,
    },
    ItemCalled {
        item_label: String,
        n: usize,
        name: String,
    },
    NewNameHow,
    FieldAsk {
        item: String,
        field: String,
    },
    CurrentValue(String),
    GridCell {
        row: usize,
        of: usize,
        label: String,
        column: String,
    },
    QuadrantRow {
        row: usize,
        of: usize,
        label: String,
    },
    QuadrantNow(Box<QuadSaid>),
    QuadrantHow {
        x: Box<AxisSaid>,
        y: Box<AxisSaid>,
    },
    // The current answer (`saved`: said right after it was given).
    NoAnswer {
        saved: bool,
    },
    Answer {
        value: String,
        saved: bool,
    },
    /// The head of a long answer, a grid's or a quadrant's (their lines follow).
    AnswerHead,
    /// An answer from before a session (after a series of them), or that there is none.
    Before(crate::words::before::BeforeSaid),
    /// The head of an answer written for an earlier version of the pack (another shape):
    /// its words follow, then `OldAnswerHow`.
    OldAnswer,
    OldAnswerHow,
    AnswerItems(usize),
    Item(ItemSaid),
    /// A list item with no name, or a name used twice (said after the items).
    ItemFlag(crate::workbook::derive::ItemFlag),
    GridRow {
        label: String,
        details: Vec<(String, String)>,
    },
    QuadRow {
        label: String,
        quad: Box<QuadSaid>,
    },
    // After an answer.
    /// A change the editing core (`workbook::edit`) refused, and why.
    Refused(EditError),
    FieldSet {
        label: String,
        value: String,
    },
    FewChoices {
        min: u32,
        chosen: usize,
    },
    QuadSet {
        label: String,
        quad: Box<QuadSaid>,
    },
    ListShort {
        min: u32,
        count: usize,
    },
    /// About the paths (`words::paths` words it).
    Path(PathSay),
    // Commands.
    NoSuchTarget(String),
    GoHow,
    /// `:clear` on a list: how many items it took (0: there was no answer).
    Cleared(usize),
    /// `:clear` took an answer that is not a list (`old`: one from an earlier version of
    /// the pack).
    ClearedAnswer {
        old: bool,
    },
    UnknownCommand(String),
    /// `:after`: what starting to reflect after the session does, and how to confirm.
    AfterAsk,
    /// `:after yes`: done.
    AfterStarted,
    /// `:not-relevant` on a grid or quadrant row: the row (by its label) is now marked
    /// not relevant (`true`), or back to answer (`false`).
    RowSkipped {
        label: String,
        marked: bool,
    },
    /// `:not-relevant` where there is no row to mark.
    SkipOnlyRows,
    /// Asking a row marked not relevant: how to answer it after all.
    RowIsSkipped,
    Help,
    // A list's items.
    ItemNumberHow {
        usage: Usage,
        count: usize,
    },
    NoItem {
        n: usize,
        count: usize,
    },
    NotAnItemNumber {
        word: String,
        usage: Usage,
        count: usize,
    },
    NoItems,
    NoQuestionHere(String),
    NotAList(String),
    Removed(ItemSaid),
    AlreadyAt {
        name: String,
        n: usize,
    },
    Moved {
        name: String,
        from: usize,
        to: usize,
    },
    /// `:undo` with nothing taken from this question (`list`: it is a list).
    NothingToUndo {
        list: bool,
    },
    NoQuestionToUndo,
    UndoFull {
        max: u32,
        back: usize,
    },
    PutBack(ItemSaid),
    /// `:undo` put back a whole answer that is not a list.
    PutBackAnswer,
    NameTaken {
        new: String,
        old: String,
    },
    Renamed {
        old: String,
        new: String,
    },
    RenameStayed(String),
    SavedItem(ItemSaid),
    // A typed value that does not fit.
    PickHint(usize),
    NotAChoice {
        n: usize,
        count: usize,
    },
    NotNumbers {
        word: String,
        count: usize,
    },
    NotOneOf {
        n: usize,
        count: usize,
    },
    /// A ranking that names an option twice: its number.
    RankedTwice(usize),
    TooMany {
        max: u32,
        chosen: usize,
    },
    NotANumber {
        word: String,
        min: i64,
        max: i64,
    },
    OutOfRange {
        n: i64,
        min: i64,
        max: i64,
    },
    TwoNumbers {
        x: (i64, i64),
        y: (i64, i64),
    },
    // The map (`:map`).
    NoMap,
    ReadBack(String),
    Section(String),
    MapLine(String),
    MapQuestion(String),
    /// A read-back answer's text, every line indented under its question.
    MapAnswer(String),
    Picture(String),
    PictureEmpty,
    Practices(usize),
    Edge {
        kind: String,
        a: String,
        b: String,
        label: Option<String>,
        heat: Option<(i64, i64, bool)>,
    },
    QuadrantNames {
        label: String,
        x: String,
        y: String,
        points: Vec<PointSaid>,
    },
    NotPlaced(Vec<String>),
    Bar {
        label: String,
        measure: String,
        value: Option<(i64, i64, Option<String>)>,
    },
}
