//! The participant's screens' words (sentences, labels, status messages), in one place,
//! and `Notice`: what the state machine has to say, as data, worded by `notice` when the
//! screen is drawn.
//!
//! Never holds content words (those live in the pack) and never formats terminal codes.

use crate::content::Scale;
use crate::workbook::edit::EditError;

/// A one-off note for the status line, as the participant's state machine holds it: what
/// happened, never its wording (`notice` words it, at render time).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// Opened with answers the pack no longer asks (how many).
    Orphans(usize),
    /// Saved beside the workbook, which had changed on disk: the path written.
    SavedAside(String),
    /// Quitting, and the last save failed.
    QuitUnsaved,
    /// Ctrl-K cleared the answer.
    Cleared,
    /// A scale's answer must be a number in this range.
    ScaleRange { from: i64, to: i64 },
    /// A list item was removed: its name.
    Removed(String),
    /// A digit beyond the options: how many there are.
    PickRange(usize),
    /// Pasted lines became this many list items.
    AddedItems(usize),
    /// Ctrl-F chose the path followed (the outline, progress and time left count it).
    Path(crate::words::paths::PathFacts),
    /// Ctrl-T started reflecting after the session.
    AfterStarted,
    /// The coach's notes beside the workbook could not be read: why.
    NotesNotShown(String),
    /// Coaches' notes were found for this workbook: how many, and by whom.
    NotesFound { notes: usize, coaches: Vec<String> },
    /// Esc on the first-time welcome: there is nowhere to go back to.
    WelcomeEsc,
    /// The workbook chosen on the home screen could not be opened: why (the error, which
    /// names the file and says it was left as it is).
    NotOpened(String),
    /// Enter on the welcome without the initiative's name.
    NameFirst,
    /// An edit the editing core refused (`workbook::edit`), and why.
    Refused(EditError),
    /// A key on an answer from an earlier version of the pack: how to replace it.
    OldAnswerHow,
    /// Ctrl-K cleared an answer from an earlier version of the pack.
    OldAnswerCleared,
    /// An edit answered the last open question of the participant's path.
    AllAnswered,
    /// Ctrl-K cleared a choice or scale cell.
    CellCleared,
    /// Typing on a single choice cell: how a choice is made there.
    ChoiceHow,
    /// Ctrl-B where nothing was kept from before a session for this question.
    NothingBefore,
    /// Ctrl-B where the one earlier answer shown is all that was kept.
    OnlyBefore,
    /// Letters typed on a choice: what they find (the option's label), if anything.
    Finding {
        typed: String,
        found: Option<String>,
    },
    /// Ctrl-K where there is nothing to clear.
    NothingToClear,
    /// Ctrl-X marked a grid row "not relevant".
    RowSkipped,
    /// Ctrl-X took the mark off a grid row.
    RowUnskipped,
    /// A key that would fill a row marked "not relevant".
    RowNotRelevant,
    /// Ctrl-X where there is no grid row to mark.
    SkipOnlyRows,
    /// Two notes at once, said in this order.
    Both(Box<Notice>, Box<Notice>),
}

impl Notice {
    /// The range a scale's answer must be in.
    pub fn scale_range(scale: &Scale) -> Notice {
        let (from, to) = match scale {
            Scale::Numeric(n) => (n.min, n.max),
            Scale::Levels(l) => (1, i64::try_from(l.len()).unwrap_or(i64::MAX)),
        };
        Notice::ScaleRange { from, to }
    }

    /// `first`, then this one.
    pub fn after(self, first: Option<Notice>) -> Notice {
        match first {
            Some(first) => Notice::Both(Box::new(first), Box::new(self)),
            None => self,
        }
    }
}

/// What a notice says on a status line `room` columns wide: [`notice`], or where that does
/// not fit and the notice has one, a shorter form that says the keys first (so a cut at
/// the edge takes the least needed words).
pub fn notice_within(n: &Notice, room: usize) -> String {
    let long = notice(n);
    if unicode_width::UnicodeWidthStr::width(long.as_str()) <= room {
        return long;
    }
    match n {
        Notice::Finding {
            typed,
            found: Some(label),
        } => crate::words::guide::finding_short(typed, label),
        _ => long,
    }
}

/// What a notice says on the status line.
pub fn notice(n: &Notice) -> String {
    match n {
        Notice::Orphans(n) => orphans(*n),
        Notice::SavedAside(path) => saved_aside(path),
        Notice::QuitUnsaved => QUIT_UNSAVED.to_string(),
        Notice::AllAnswered => crate::words::guide::ALL_ANSWERED.to_string(),
        Notice::CellCleared => crate::words::guide::CELL_CLEARED.to_string(),
        Notice::ChoiceHow => crate::words::guide::CHOICE_HOW.to_string(),
        Notice::NothingBefore => crate::words::before::NOTHING_BEFORE.to_string(),
        Notice::OnlyBefore => crate::words::before::ONLY_BEFORE.to_string(),
        Notice::Finding { typed, found } => crate::words::guide::finding(typed, found.as_deref()),
        Notice::NothingToClear => crate::words::guide::NOTHING_TO_CLEAR.to_string(),
        Notice::RowSkipped => {
            "Row marked not relevant: it counts as answered and stays off the map. \
             Ctrl-X again to answer it."
                .to_string()
        }
        Notice::RowUnskipped => "Row back to answer.".to_string(),
        Notice::RowNotRelevant => {
            "This row is marked not relevant. Ctrl-X to answer it.".to_string()
        }
        Notice::SkipOnlyRows => "Ctrl-X marks a row of a table as not relevant.".to_string(),
        Notice::Cleared => CLEARED.to_string(),
        Notice::ScaleRange { from, to } => format!("Type a number from {from} to {to}"),
        Notice::Removed(name) => removed(name),
        Notice::PickRange(n) => pick_range(*n),
        Notice::AddedItems(n) => added_items(*n),
        Notice::Path(facts) => crate::words::paths::now_on(facts),
        Notice::AfterStarted => AFTER_STARTED.to_string(),
        Notice::NotesNotShown(reason) => format!("{NOTES_NOT_SHOWN}: {reason}"),
        Notice::NotesFound { notes, coaches } => notes_found(*notes, coaches),
        Notice::WelcomeEsc => WELCOME_ESC.to_string(),
        Notice::NotOpened(why) => format!("{NOT_OPENED}: {why}"),
        Notice::NameFirst => NAME_FIRST.to_string(),
        Notice::Refused(err) => refused(err),
        Notice::OldAnswerHow => OLD_ANSWER_HOW.to_string(),
        Notice::OldAnswerCleared => OLD_ANSWER_CLEARED.to_string(),
        Notice::Both(first, then) => format!("{} · {}", notice(first), notice(then)),
    }
}

pub const PLACEHOLDER: &str = "Type your answer here";
pub const QUIT_UNSAVED: &str =
    "Your changes are NOT saved. Press Ctrl-Q again to quit anyway, or Ctrl-S to retry.";
pub const SAVED: &str = "Saved";
pub const CLEARED: &str = "Answer cleared. Ctrl-Z brings it back.";
pub const UNSAVED: &str = "Changes not saved yet";
pub const NOT_SAVED: &str = "Not saved";
pub const ENLARGE: &str = "Please enlarge the window";
pub const NO_PROMPTS: &str = "This exercise has no questions.";
pub const UNANSWERED: &str = "(not answered yet)";

/// Over an answer stored in another shape than its question now takes (the pack changed).
pub const OLD_ANSWER: &str = "From an earlier version of the pack:";
pub const OLD_ANSWER_HOW: &str = "This question has changed since. Ctrl-K clears this answer so you can answer again (Ctrl-Z brings it back).";
pub const OLD_ANSWER_CLEARED: &str =
    "Cleared the answer from an earlier version of the pack. Ctrl-Z brings it back.";

/// Why an edit was not made, for the status line.
pub fn refused(err: &EditError) -> String {
    match err {
        EditError::WrongShape { .. } => {
            "This answer is from an earlier version of the pack: Ctrl-K clears it, then you can answer again".to_string()
        }
        EditError::ListFull(max) => at_most_items(*max),
        EditError::TooMany(max) => at_most(*max),
        EditError::NameTaken => "Another item already has this name".to_string(),
        EditError::DoesNotFit => "That does not fit here".to_string(),
        EditError::Occupied => {
            "This question has a new answer: Ctrl-K clears it before the old one can come back"
                .to_string()
        }
        EditError::NotThere | EditError::WrongKind => "Nothing to change here".to_string(),
    }
}

pub fn at_most(max: u32) -> String {
    format!("Choose at most {max} — unselect one first")
}

pub fn at_most_items(max: u32) -> String {
    format!("This list takes at most {max} items")
}

pub fn removed(name: &str) -> String {
    if name.trim().is_empty() {
        "Removed an item — Ctrl-Z brings it back".to_string()
    } else {
        format!(
            "Removed “{}” — Ctrl-Z brings it back",
            crate::text::sanitize::clean(name)
        )
    }
}

pub fn pick_range(n: usize) -> String {
    match n {
        0 => "There is nothing to pick yet".to_string(),
        n => format!("Pick an option from 1 to {}", n.min(9)),
    }
}

pub fn add_items_first(list_prompt: &str, exercise: &str) -> String {
    format!("Add items to “{list_prompt}” first (in {exercise})")
}

/// A grid whose rows are the items chosen in a multi-choice where none is chosen yet.
pub fn choose_items_first(within_prompt: &str, exercise: &str) -> String {
    format!(
        "Its rows are the items you choose in “{within_prompt}” (in {exercise}): none is chosen yet"
    )
}

/// A grid whose rows are the items that pass earlier ratings, where none passes yet.
pub fn no_row_fits(rated_prompt: &str, exercise: &str) -> String {
    format!(
        "No rows yet: its rows come from your ratings in “{rated_prompt}” (in {exercise}), and none of your items fits them yet"
    )
}

/// Every key, for the help overlay (DESIGN §3.2): (key, what it does); an empty key is a
/// section heading.
pub const HELP_KEYS: &[(&str, &str)] = &[
    ("", "Moving around"),
    ("Tab", "next question (goes on to the next exercise)"),
    ("Shift-Tab", "previous question"),
    ("PageDown / Ctrl-N", "next exercise"),
    ("PageUp / Ctrl-P", "previous exercise"),
    ("Ctrl-O", "outline: jump to any theme or exercise"),
    (
        "Ctrl-F",
        "choose the path: the exercises shown and counted (widening to the whole workbook \
         loses nothing)",
    ),
    ("Mouse", "click a question to answer it; the wheel scrolls"),
    (
        "Ctrl-↑ / Ctrl-↓",
        "scroll the exercise (Shift-↑ / Shift-↓ too)",
    ),
    (
        "Ctrl-U",
        "in a small window, show an exercise's whole guidance (again to fold it)",
    ),
    ("", "Answering — just type, there are no modes"),
    (
        "Enter",
        "new line in a long answer; in a one-line answer or a list item, confirm and go on",
    ),
    ("Ctrl-Z / Ctrl-Y", "undo / redo typing"),
    (
        "Ctrl-K",
        "clear the answer or cell you are in (say, one filled in from before); Ctrl-Z brings it back",
    ),
    ("←/→, Home/End", "move in the text; Ctrl-←/→ by word"),
    ("", "Choices and scales"),
    ("↑/↓ or ←/→", "move between options"),
    (
        "Space",
        "select (again to unselect); a digit picks that option",
    ),
    (
        "letters, then Enter",
        "find an option by its first letters (past 9 too), then choose it; Esc stops",
    ),
    ("←/→ or a digit", "set a scale; Backspace clears it"),
    (
        "Space, Alt-↑ / Alt-↓",
        "rankings: put the option next in your order (again to take it out), move it up or down",
    ),
    ("", "Lists, grids and quadrants"),
    ("Enter", "add an item (or go to the next cell)"),
    ("↑/↓", "move between items and cells"),
    ("Ctrl-D", "remove the focused item (Ctrl-Z brings it back)"),
    (
        "Ctrl-X",
        "mark the focused grid row not relevant: it counts as answered and stays off the \
         map (again to answer it)",
    ),
    ("Alt-↑ / Alt-↓", "move the focused item up or down"),
    (
        "Ctrl-R",
        "start an empty list from an earlier list (when offered)",
    ),
    ("", "The map of your initiative"),
    (
        "F3",
        "show the map drawn from your answers (again, or Esc, to go back to them)",
    ),
    (
        "Tab / Shift-Tab",
        "on the map: next / previous picture (also ←/→, or a digit)",
    ),
    ("↑/↓, PageUp/PageDown", "on the map: scroll"),
    ("", "Before and after a session"),
    (
        "Ctrl-T",
        "start reflecting after a session: your answers so far are kept (with the day), and \
         shown beside each question as what you wrote before",
    ),
    (
        "Ctrl-B",
        "after a series of sessions: show what you wrote before an earlier one, a day at a \
         time (again to go further back, then to the latest)",
    ),
    ("", "Saving and leaving"),
    (
        "Ctrl-S",
        "save now (saving also happens by itself, every few seconds)",
    ),
    ("Ctrl-Q / Ctrl-C", "save and quit"),
    ("F1 / Ctrl-G", "this help"),
    ("F2", "about convene and the frameworks it draws on"),
    ("Esc", "close this window; it never discards what you typed"),
];

/// The About screen's own words (the pack's attribution is shown after them).
pub const ABOUT: &str = "\
# About convene

convene is an offline workbook for people who convene across the boundaries of \
organisations, professions and places. Your answers stay on your computer, in a Markdown \
file you own.

## The ideas behind it

The exercises draw on the work of **Etienne and Beverly Wenger-Trayner**: \
*systems convening*, *landscapes of practice*, and the *value-creation framework*. \
convene is an independent tool; it is not written or endorsed by them. Their books and \
masterclasses are the place to learn these ideas properly.
";

pub fn saved_aside(path: &str) -> String {
    format!("The workbook had changed on disk; your answers were saved to {path}")
}

pub const HOME_EMPTY: &str = "No workbooks yet. Start one with: convene new \"Your initiative\"";

pub const MORE: &str = "     … (more: go to this question to see all of it)";

pub const HOME_NONE: &str = "You have no workbooks yet.";
pub const HOME_NEW: &str = "Start a new workbook";
pub const HOME_ABOUT: &str = "About convene";
pub const WELCOME_TITLE: &str = "Welcome to convene";
pub const WELCOME: &str = "This workbook helps you think through an initiative you are convening \
across organisations, professions or places: you map it theme by theme, and your answers are \
saved as you type in a Markdown file that stays on your computer.";
pub const WELCOME_TIME: &str = "About 20–40 minutes per theme; stop and come back any time.";
pub const WELCOME_TIME_PATHS: &str =
    "At step 3 you choose a path, each with its time; stop and come back any time.";
pub const WELCOME_COME_BACK: &str = "Stop and come back any time.";
pub const WELCOME_THEMES: &str = "The themes:";
/// The welcome's first question; `exercise` is where the pack asks the initiative's name
/// (answering there renames it), when it does.
pub fn welcome_ask_initiative(exercise: Option<&str>) -> String {
    match exercise {
        Some(e) => format!(
            "What is the initiative you are convening? A short name; you can change it later, in “{e}”."
        ),
        None => "What is the initiative you are convening? A short name: the workbook's title."
            .to_string(),
    }
}
pub const WELCOME_ASK_PARTICIPANT: &str =
    "Your own name, as a coach reading this workbook would know you (optional: Enter skips).";
pub const WELCOME_ASK_MOMENT: &str =
    "Are you filling this in before or after a convening session? (optional: Enter skips)";
pub const WELCOME_MOMENTS: [&str; 3] = ["Before a session", "After a session", "Neither: any time"];
pub const WELCOME_FIELD_INITIATIVE: &str = " Initiative ";
pub const WELCOME_FIELD_PARTICIPANT: &str = " Your name ";
pub const WELCOME_KEYS_FIRST: &str = "Enter next   F1 help   F2 about   Ctrl-Q quit";
pub const WELCOME_KEYS_FIRST_BACK: &str =
    "Enter next   Esc back   F1 help   F2 about   Ctrl-Q quit";
pub const WELCOME_KEYS_NAME: &str = "Enter next (or skip)   Esc back   F1 help   Ctrl-Q quit";
pub const WELCOME_KEYS_MOMENT: &str = "↑↓ choose   Enter start   Esc back   F1 help   Ctrl-Q quit";

pub const WELCOME_ASK_PATH: &str =
    "Which path will you follow? (you can change it at any time with Ctrl-F)";

pub fn welcome_step(n: usize, of: usize) -> String {
    format!("Step {n} of {of}")
}

pub const WELCOME_ESC: &str = "Type a name and press Enter, or Ctrl-Q to leave";
pub const NOT_OPENED: &str = "Not opened";
pub const NAME_FIRST: &str = "Type the initiative's name first";

pub fn prefilled(source: &str) -> String {
    format!("Starting from your answer to “{source}”: change it as you like (Enter keeps it).")
}

pub fn seed_hint(n: usize, source: &str) -> String {
    format!("Ctrl-R starts this list from your {n} item(s) in “{source}”.")
}

/// What a list or multiple choice expects, e.g. "Each item: a Stakeholder (at least 3)".
pub fn limits(kind: &crate::content::PromptKind) -> Option<String> {
    let range = |min: &Option<u32>, max: &Option<u32>| match (min, max) {
        (Some(a), Some(b)) => Some(format!("from {a} to {b}")),
        (Some(a), None) => Some(format!("at least {a}")),
        (None, Some(b)) => Some(format!("at most {b}")),
        (None, None) => None,
    };
    if matches!(kind, crate::content::PromptKind::Ranking { .. }) {
        return Some(RANKING_HOW.to_string());
    }
    let (min, max) = kind.limits();
    match kind.item_label() {
        Some(item_label) => Some(match range(&min, &max) {
            Some(r) => format!(
                "Each item: {} ({r})",
                crate::text::sanitize::clean(item_label)
            ),
            None => format!("Each item: {}", crate::text::sanitize::clean(item_label)),
        }),
        None => range(&min, &max).map(|r| format!("Choose {r}")),
    }
}

/// Under a focused ranking: what the order means and how to make it.
pub const RANKING_HOW: &str =
    "Your order, the first highest: Space ranks the option next or takes it out, Alt-↑/↓ moves it";

/// Under a focused ranking: ranked names the pack no longer offers (kept, not editable).
pub fn ranked_kept(names: &str) -> String {
    format!("Also ranked before, no longer offered (kept): {names}")
}

pub fn added_items(n: usize) -> String {
    format!("Added {n} item(s) from the pasted lines")
}

pub fn orphans(n: usize) -> String {
    format!(
        "{n} answer(s) have no question in this pack any more; they stay in the file, untouched"
    )
}

pub const AFTER_STARTED: &str =
    "Reflecting after the session: what you wrote before is shown beside each answer";
pub const AFTER_TITLE: &str = " After the session? ";
pub const AFTER_CONFIRM: &str = "Start reflecting after the session?\n\n\
Your answers as they stand now are kept, with today's date, as what you wrote before the \
session (what you kept before earlier sessions stays: Ctrl-B shows it). You then edit your \
answers from there, and beside each one you will see what you wrote before.\n\n\
Enter or y: start   Esc: not now";

/// The label of a coach's note on a prompt, and on the whole workbook.
pub const COACH_NOTE: &str = "Coach's note";

/// After an exercise's title in the sidebar when a coach left a note on it.
pub const NOTED: &str = " ✎";

/// In the outline after an exercise with coaches' notes: ` · ✎ 2 notes`; nothing for none.
pub fn notes_here(notes: usize) -> String {
    match notes {
        0 => String::new(),
        1 => " · ✎ 1 note".to_string(),
        n => format!(" · ✎ {n} notes"),
    }
}

/// On opening a workbook with coaches' notes: how many, from whom, and where they are.
pub fn notes_found(notes: usize, coaches: &[String]) -> String {
    let named: Vec<&str> = coaches
        .iter()
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .collect();
    let from = match named.as_slice() {
        [] => "your coach".to_string(),
        [one] => (*one).to_string(),
        [many @ .., last] => format!("{} and {last}", many.join(", ")),
    };
    let what = if notes == 1 {
        "1 note".to_string()
    } else {
        format!("{notes} notes")
    };
    format!("{what} from {from}: marked ✎ in the outline (Ctrl-O), each under its answer")
}
pub const COACH_GENERAL_NOTE: &str = "Coach's note on your workbook";
/// After a note cut short on screen.
pub const NOTE_CUT: &str = "… (the whole note is in the coach's notes file beside your workbook)";
/// The start of the status line when the coach's notes file cannot be read.
pub const NOTES_NOT_SHOWN: &str = "Coach's notes not shown";

/// The Map screen's words (F3).
pub const MAP_TITLE: &str = "Map";
pub const MAP_READ_BACK_TAB: &str = "Read-back";
pub const MAP_READ_BACK_CAPTION: &str = "Your map in one page, drawn from your answers.";
pub const MAP_NO_READ_BACK: &str = "This content pack has no read-back page.";
pub const MAP_NO_PICTURES: &str =
    "This content pack draws no pictures yet: the read-back is all there is.";
pub const MAP_NOT_RATED: &str = "not rated yet";
pub const MAP_HOT: &str = "hot";
pub const MAP_NO_GROUP: &str = "no group";
pub const MAP_NOT_PLACED: &str = "Not placed yet (rate both):";
pub const MAP_HOTTEST: &str = "Hottest first:";
pub const MAP_LINKS: &str = "Boundaries and links:";

/// A rating's scale in words: `Legitimacy: 1 (none) to 5 (strong)`.
pub fn map_scale(measure: &str, min: i64, low: &str, max: i64, high: &str) -> String {
    format!("{measure}: {min} ({low}) to {max} ({high})")
}

/// When a link counts as hot: `hot (4 or more of 5)`.
pub fn map_hot_from(from: i64, max: i64) -> String {
    format!("{MAP_HOT} ({from} or more of {max})")
}

/// A quadrant named by its ends: `(high Power, low Interest)`.
pub fn map_quadrant_ends(x_high: bool, x: &str, y_high: bool, y: &str) -> String {
    let hl = |high: bool| if high { "high" } else { "low" };
    format!(" ({} {x}, {} {y})", hl(x_high), hl(y_high))
}

/// What an empty picture says: which exercise fills it.
pub fn map_empty(title: &str) -> String {
    format!("Nothing to draw yet. “{title}” fills in as you answer the exercise it draws on.")
}

/// The read-back line shown for a section item not answered yet.
pub fn map_missing(what: &str) -> String {
    // `what` is already a sentence ("Not answered yet: …"): the open circle marks it as
    // still to do without saying so twice.
    format!("○ {what}")
}
