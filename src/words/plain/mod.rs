//! Plain mode's words: `Say` (`data.rs`), everything the plain-mode machine has to say as
//! data, and `say`/`lines`, its wording (`say.rs`, with `:map`'s in `say_map.rs`); the
//! fixed sentences (here: how to answer, the help, what comes at the end, why a change was
//! refused); and the line loop's own sentences (`loop_words.rs`).
//!
//! Words only; never formats terminal codes and never writes anything itself (the loop
//! sanitises and writes every line).

mod data;
mod loop_words;
mod say;
mod say_map;

pub use data::*;
pub use loop_words::*;
pub use say::{lines, say};

use crate::workbook::edit::EditError;

pub const WELCOME: &str = "Answer each question on its own line. An empty line keeps the \
    current answer and goes on. Type :help for the commands.";

pub const TEXT_HOW: &str = "Type your answer on as many lines as you like; a line with only a \
    full stop (.) ends it. An empty first line keeps the current answer.";

pub const LINE_HOW: &str = "Type your answer on one line. An empty line keeps the current answer.";

pub const FINISHED: &str = "That was the last question. Type :back, :outline or :go to change \
    an answer, or :quit to finish (your answers are already saved).";

/// Said after a list's own instructions when it has items.
pub const LIST_EDIT_HOW: &str = " To change an item already there, type :edit and its number \
    (then its name and details are asked again), :remove and its number, or :move, its number \
    and its new place (as in :move 3 1).";

/// The `:help` text.
/// `:after` without `yes`.
pub const AFTER_ASK: &str = "After a session: your answers as they stand are kept, with \
    today's date, as \"before the session\" (your coach sees both; what you kept before \
    earlier sessions stays, and :before shows it), and you go on editing them as your \
    reflection after it. Type :after yes to start.";
/// `:after yes`.
pub const AFTER_STARTED: &str = "Started reflecting after the session: your answers from \
    before are kept beside the ones you give now.";

/// `:not-relevant` asked away from a grid's or quadrant's row.
pub const SKIP_ONLY_ROWS: &str = ":not-relevant marks one row of a grid or quadrant (a practice \
    that plays no part there); it works while that row is being asked.";
/// Said with a row marked not relevant, when it is asked.
pub const ROW_IS_SKIPPED: &str = "This row is marked not relevant: an empty line goes on; \
    :not-relevant answers it after all.";

pub const HELP: &[&str] = &[
    "Help for plain mode.",
    "Each question is asked on its own line, with how to answer it and your current answer.",
    "An empty line keeps the current answer and goes on to the next question.",
    "Every answer is saved as soon as you give it.",
    "Long answers: type as many lines as you like, then a line with only a full stop (.).",
    "Lists: one item per line; an empty line ends the list. When items have details \
     (for example a type), each is asked right after the item.",
    "Choices: type the option's number. Multiple choices: numbers separated by spaces or commas.",
    "Scales: type a number in the range given, or the level's number.",
    "Grids: each row's cells are asked one after another.",
    "Commands (each on its own line):",
    "  :next      go to the next question",
    "  :back      go to the previous question",
    "  :skip      skip the rest of this exercise and go to the next one",
    "  :outline   list the themes and exercises, numbered, with your progress",
    "  :go ID     go to an exercise by its number in the outline, or to an exercise, \
     theme or question by its id",
    "  :id        say the id of the question asked now (to come back to it with :go)",
    "  :path      list the paths through the workbook, with their time; :path and a number \
     or id follows another (every answer is kept)",
    "  :map       the map of your initiative in words: the read-back, then each picture",
    "  :clear     remove this question's answer (a list starts again, empty)",
    "  :after     start reflecting after a session (as Ctrl-T does on screen)",
    "  :before    after a session: what you wrote for this question before each session, \
     newest first, with its date (the latest is also said with the question)",
    "  :undo      put back what :clear (or, on a list, :remove) last took from this question",
    "  :not-relevant  on a grid's or quadrant's row: mark the row not relevant (it counts \
     as answered and stays off the map); again to answer it",
    "On a list question:",
    "  :edit N    change item N: its name is asked (an empty line keeps it), then its details",
    "  :remove N  remove item N",
    "  :move N M  move item N to place M (as in :move 3 1)",
    "  A renamed item keeps its answers in later questions (its grid rows and choices).",
    "  :help      show this help",
    "  :quit      save and finish (the end of input does the same)",
    "To type a line that starts with a colon, start it with two (::).",
];

/// After "Current answer" when the answer was written for an earlier version of the pack.
pub const OLD_ANSWER: &str = "Current answer, from an earlier version of the pack:";
pub const OLD_ANSWER_HOW: &str = "This question has changed since that answer was written: type \
    :clear to remove it and answer again (:undo puts it back).";

/// Why a change was not made, in one line.
pub fn refused(err: &EditError) -> String {
    match err {
        EditError::WrongShape { .. } => OLD_ANSWER_HOW.to_string(),
        EditError::ListFull(m) => format!(
            "This list holds at most {m} items. An empty line goes on; :clear starts it again."
        ),
        EditError::TooMany(m) => format!(
            "Choose at most {m} (choices kept from before count too). Type the numbers again."
        ),
        EditError::NameTaken => "Another item already has that name.".to_string(),
        EditError::DoesNotFit => "That does not fit this question.".to_string(),
        EditError::Occupied => "This question has a new answer: type :clear first to put the \
            old one back."
            .to_string(),
        EditError::NotThere | EditError::WrongKind => {
            "There is nothing to change here.".to_string()
        }
    }
}
