//! The wording of `Say`: what plain mode prints for each thing its machine says.
//!
//! Words only: returns lines without line ends, not yet sanitised (the loop does that to
//! every line it writes).

use super::say_map::map_line;
use super::{
    AFTER_ASK, AFTER_STARTED, Asks, AxisSaid, FINISHED, HELP, ItemSaid, LINE_HOW, LIST_EDIT_HOW,
    Named, OLD_ANSWER, OLD_ANSWER_HOW, QuadSaid, ROW_IS_SKIPPED, SKIP_ONLY_ROWS, Say, TEXT_HOW,
    Usage, WELCOME, refused,
};
use crate::text::wrap::indented;
use crate::words::paths;

/// Every line of `says`, in order.
pub fn lines(says: &[Say]) -> Vec<String> {
    says.iter().flat_map(say).collect()
}

/// The lines one `Say` prints (most print one; text, the help and a passed question more).
pub fn say(s: &Say) -> Vec<String> {
    let one = |l: String| vec![l];
    match s {
        Say::Blank => one(String::new()),
        Say::Text { text, indent } => indented(text, &" ".repeat(*indent)),
        Say::Help => HELP.iter().map(|l| (*l).to_string()).collect(),
        Say::MapAnswer(text) => text.lines().map(|l| format!("      {l}")).collect(),
        other => one(line(other)),
    }
}

fn line(s: &Say) -> String {
    match s {
        Say::Blank | Say::Text { .. } | Say::Help | Say::MapAnswer(_) => String::new(),
        Say::Workbook { initiative, pack } => format!("Workbook: {initiative} ({pack})"),
        Say::Answered { answered, total } => {
            format!("{answered} of {total} questions answered.")
        }
        Say::Welcome => WELCOME.to_string(),
        Say::CoachNote {
            note,
            changed,
            whole,
        } => {
            let label = if *whole {
                "Your coach's note on the workbook"
            } else {
                "Coach's note"
            };
            let by = note.by.split_whitespace().collect::<Vec<_>>().join(" ");
            let note = crate::workbook::notes::Note { by, ..note.clone() };
            super::super::note_head(label, &note, *changed)
        }
        Say::Finished => FINISHED.to_string(),
        Say::OutlineHead { answered, total } => format!(
            "Outline ({answered} of {total} questions answered). Type :go and a number or id to go there."
        ),
        Say::OutlineTheme { title, id } => format!("Theme: {title} (id {id})"),
        Say::OutlineExercise {
            n,
            title,
            id,
            answered,
            total,
            minutes,
        } => {
            let minutes = minutes
                .map(|m| format!("; {}", paths::about_minutes(m)))
                .unwrap_or_default();
            format!("  {n}. {title} (id {id}): {answered} of {total} answered{minutes}")
        }
        Say::YouAreAt { exercise, question } => {
            format!("You are at exercise {exercise}, question {question}.")
        }
        Say::PastTheEnd => "You are past the last question.".to_string(),
        Say::Theme { title } => format!("Theme: {title}"),
        Say::Exercise {
            n,
            of,
            title,
            level,
            moment,
            minutes,
        } => {
            let when = minutes.map_or_else(|| moment.label().to_string(), paths::about_minutes);
            format!("Exercise {n} of {of}: {title} ({}; {when}).", level.label())
        }
        Say::Guidance => "Guidance:".to_string(),
        Say::Source => "Source:".to_string(),
        // The id is read only on request (`:id`): a screen reader would say it every time.
        Say::Question { n, of, asks, .. } => {
            format!("Question {n} of {of}: {}.", asks_words(*asks))
        }
        Say::Passed { n, of, text, .. } => format!("Question {n} of {of}: {text}"),
        Say::QuestionId(id) => {
            format!("This question's id is {id}; :go {id} comes back to it.")
        }
        Say::NoRowsYet { list, filtered } => {
            let fit = if *filtered {
                " that fit (it uses your earlier ratings)"
            } else {
                ""
            };
            format!(
                "This question has a row for each item of your answer to {}, which has no items{fit} yet, so it is passed for now.",
                named(list)
            )
        }
        Say::NoChoicesYet { lists } => format!(
            "Its choices are the items of your answer to {}, which has no items yet, so it is passed for now.",
            lists.iter().map(named).collect::<Vec<_>>().join(" and ")
        ),
        Say::NoRowsChosenYet { within } => format!(
            "This question has a row for each item you chose in {}, where none is chosen yet, so it is passed for now.",
            named(within)
        ),
        Say::Path(p) => paths::path_say(p),
        Say::Hint(hint) => format!("Hint: {hint}"),
        Say::Offered => "Offered from your earlier answer (an empty line takes it):".to_string(),
        Say::OfferedItem { name, details: d } => format!("  {name}{}", details(d)),
        Say::ListHow {
            item_label,
            fields,
            has_items,
        } => {
            let mut how = format!(
                "Type one {} per line; an empty line ends the list. Type :clear to start the list again.",
                item_label.to_lowercase()
            );
            if !fields.is_empty() {
                how.push_str(&format!(
                    " After each one you are asked for: {}.",
                    fields.join("; ")
                ));
            }
            if *has_items {
                how.push_str(LIST_EDIT_HOW);
            }
            how
        }
        Say::LineHow => LINE_HOW.to_string(),
        Say::TextHow => TEXT_HOW.to_string(),
        Say::TextGoOn => "Go on typing; a line with only a full stop (.) ends it.".to_string(),
        Say::ChooseOne => "Choose one by number:".to_string(),
        Say::ChooseAny { min, max } => {
            let limits = match (min, max) {
                (Some(a), Some(b)) => format!(" (at least {a}, at most {b})"),
                (Some(a), None) => format!(" (at least {a})"),
                (None, Some(b)) => format!(" (at most {b})"),
                (None, None) => String::new(),
            };
            format!("Choose any by number, separated by spaces or commas{limits}:")
        }
        Say::ChooseLevel => "Choose a level by number, lowest first:".to_string(),
        Say::RankHow => {
            "Type their numbers in your order, highest first; leave out any you do not rank:"
                .to_string()
        }
        Say::Option { n, label, hint } => match hint {
            Some(h) => format!("  {n}. {label} ({})", h.trim()),
            None => format!("  {n}. {label}"),
        },
        Say::ScaleHow {
            min,
            max,
            low,
            high,
        } => format!("Type a number from {min} to {max} ({min} means {low}, {max} means {high})."),
        Say::NextItem { item_label, n } => {
            format!("{item_label} {n} (an empty line ends the list):")
        }
        Say::ItemCalled {
            item_label,
            n,
            name,
        } => format!("{item_label} {n} is called: {name}"),
        Say::NewNameHow => {
            "Type a new name, or an empty line to keep it; its details come next.".to_string()
        }
        Say::FieldAsk { item, field } => format!("{item}: {field}"),
        Say::CurrentValue(value) => format!("Current: {value}"),
        Say::GridCell {
            row,
            of,
            label,
            column,
        } => format!("Row {row} of {of} ({label}): {column}"),
        Say::QuadrantRow { row, of, label } => format!("Row {row} of {of}: {label}."),
        Say::QuadrantNow(q) => format!("Current: {}", quad(q)),
        Say::QuadrantHow { x, y } => format!(
            "Type two numbers separated by a space: {}, then {}.",
            axis(x),
            axis(y)
        ),
        Say::NoAnswer { saved } => format!("{} none yet.", answer_head(*saved)),
        Say::Answer { value, saved } => format!("{} {value}", answer_head(*saved)),
        Say::AnswerHead => answer_head(false).to_string(),
        Say::OldAnswer => OLD_ANSWER.to_string(),
        Say::Before(said) => crate::words::before::plain(said),
        Say::OldAnswerHow => OLD_ANSWER_HOW.to_string(),
        Say::AnswerItems(n) => format!("Current answer: {n} item(s):"),
        Say::Item(item) => format!("  {}. {}{}", item.n, item.name, details(&item.details)),
        Say::ItemFlag(flag) => format!("Note: {}", crate::words::guide::item_flag(*flag)),
        Say::GridRow { label, details: d } => format!("  {label}{}", details(d)),
        Say::QuadRow { label, quad: q } => format!("  {label}: {}", quad(q)),
        Say::Refused(err) => refused(err),
        Say::FieldSet { label, value } => format!("{label}: {value}"),
        Say::FewChoices { min, chosen } => {
            format!("Note: this question asks for at least {min} choices; you chose {chosen}.")
        }
        Say::QuadSet { label, quad: q } => format!("{label}: {}", quad(q)),
        Say::ListShort { min, count } => format!(
            "Note: this list asks for at least {min} items; it has {count}. You can come back with :back."
        ),
        Say::NoSuchTarget(target) => format!(
            "There is no exercise numbered or called \"{target}\", nor a theme or question with that id. Type :outline to see them."
        ),
        Say::GoHow => "Type :go and an exercise number from the outline, or an id.".to_string(),
        Say::Cleared(0) => "Cleared this question's answer.".to_string(),
        Say::Cleared(1) => "Cleared this list's item. Type :undo to put it back.".to_string(),
        Say::Cleared(n) => format!("Cleared this list's {n} items. Type :undo to put them back."),
        Say::ClearedAnswer { old: true } => {
            "Cleared the answer from an earlier version of the pack. Type :undo to put it back."
                .to_string()
        }
        Say::ClearedAnswer { old: false } => {
            "Cleared this question's answer. Type :undo to put it back.".to_string()
        }
        Say::AfterAsk => AFTER_ASK.to_string(),
        Say::AfterStarted => AFTER_STARTED.to_string(),
        Say::RowSkipped {
            label,
            marked: true,
        } => format!(
            "{label}: marked not relevant. It counts as answered and stays off the map; \
             :not-relevant on it again answers it."
        ),
        Say::RowSkipped {
            label,
            marked: false,
        } => format!("{label}: back to answer."),
        Say::SkipOnlyRows => SKIP_ONLY_ROWS.to_string(),
        Say::RowIsSkipped => ROW_IS_SKIPPED.to_string(),
        Say::UnknownCommand(word) => {
            format!("Unknown command :{word}. Type :help for the commands.")
        }
        Say::ItemNumberHow { usage: u, count } => format!("Type {}; {}.", usage(*u), range(*count)),
        Say::NoItem { n, count } => format!("There is no item {n}: {}.", range(*count)),
        Say::NotAnItemNumber {
            word,
            usage: u,
            count,
        } => format!(
            "\"{word}\" is not an item number. Type {}; {}.",
            usage(*u),
            range(*count)
        ),
        Say::NoItems => "This list has no items yet: type one per line to add them.".to_string(),
        Say::NoQuestionHere(word) => {
            format!("There is no question here. Go to a list question to use :{word}.")
        }
        Say::NotAList(word) => {
            format!(":{word} changes a list's items, and this question is not a list.")
        }
        Say::Removed(item) => format!("Removed {}. Type :undo to put it back.", item_line(item)),
        Say::AlreadyAt { name, n } => format!("{name} is already item {n}."),
        Say::Moved { name, from, to } => format!("Moved {name} from item {from} to item {to}."),
        Say::NothingToUndo { list: true } => {
            "Nothing removed from this list to put back.".to_string()
        }
        Say::NothingToUndo { list: false } => {
            "Nothing cleared from this question to put back.".to_string()
        }
        Say::NoQuestionToUndo => {
            "There is no question here. Go to a question to use :undo.".to_string()
        }
        Say::UndoFull { max, back } => {
            format!("This list holds at most {max} items: remove some before putting {back} back.")
        }
        Say::PutBack(item) => format!("Put back {}.", item_line(item)),
        Say::PutBackAnswer => "Put back this question's answer.".to_string(),
        Say::NameTaken { new, old } => format!(
            "Another item is already called \"{new}\". Type a different name, or an empty line to keep \"{old}\"."
        ),
        Say::Renamed { old, new } => format!("Renamed \"{old}\" to \"{new}\"."),
        Say::RenameStayed(old) => format!(
            "Some answers about \"{old}\" in other questions stay under that name, because another item or answer already uses one of the two names."
        ),
        Say::SavedItem(item) => format!("Saved {}.", item_line(item)),
        Say::PickHint(1) => "Type 1 to choose it.".to_string(),
        Say::PickHint(n) => format!("Type a number from 1 to {n}."),
        Say::NotAChoice { n, count } => format!(
            "{n} is not one of the choices. {}",
            line(&Say::PickHint(*count))
        ),
        Say::NotNumbers { word, count } => format!(
            "\"{word}\" is not a number. Type numbers from 1 to {count}, separated by spaces or commas."
        ),
        Say::NotOneOf { n, count } => {
            format!("{n} is not one of the choices: type numbers from 1 to {count}.")
        }
        Say::RankedTwice(n) => {
            format!("{n} is in your order twice; give each number once. Type the order again.")
        }
        Say::TooMany { max, chosen } => {
            format!("Choose at most {max}; you chose {chosen}. Type the numbers again.")
        }
        Say::NotANumber { word, min, max } => {
            format!("\"{word}\" is not a number. Type a number from {min} to {max}.")
        }
        Say::OutOfRange { n, min, max } => {
            format!("{n} is out of range. Type a number from {min} to {max}.")
        }
        Say::TwoNumbers { x, y } => format!(
            "Type two numbers separated by a space: the first from {} to {}, the second from {} to {}.",
            x.0, x.1, y.0, y.1
        ),
        Say::NoMap
        | Say::ReadBack(_)
        | Say::Section(_)
        | Say::MapLine(_)
        | Say::MapQuestion(_)
        | Say::Picture(_)
        | Say::PictureEmpty
        | Say::Practices(_)
        | Say::Edge { .. }
        | Say::QuadrantNames { .. }
        | Say::NotPlaced(_)
        | Say::Bar { .. } => map_line(s),
    }
}

/// "Current answer:" or, right after it was given, "Answer saved:".
fn answer_head(saved: bool) -> &'static str {
    if saved {
        "Answer saved:"
    } else {
        "Current answer:"
    }
}

fn asks_words(asks: Asks) -> &'static str {
    match asks {
        Asks::Line => "a one-line answer",
        Asks::Text => "a longer answer",
        Asks::List => "a list",
        Asks::Choice => "one choice",
        Asks::MultiChoice => "any number of choices",
        Asks::Scale => "a rating",
        Asks::Grid => "a grid, asked row by row",
        Asks::Quadrant => "two ratings per row",
        Asks::Ranking => "the choices in order",
    }
}

fn named(n: &Named) -> String {
    match n {
        Named::Text(text) => format!("\"{text}\""),
        Named::Id(id) => id.clone(),
    }
}

fn usage(u: Usage) -> &'static str {
    match u {
        Usage::Edit => ":edit and an item's number",
        Usage::Remove => ":remove and an item's number",
        Usage::Move => ":move, the item's number and its new place, as in :move 3 1",
    }
}

fn range(count: usize) -> String {
    match count {
        1 => "the list has one item, number 1".to_string(),
        n => format!("the items are numbered from 1 to {n}"),
    }
}

/// " (Type: A team; Reach: wide)", or nothing without details.
fn details(parts: &[(String, String)]) -> String {
    if parts.is_empty() {
        return String::new();
    }
    let parts: Vec<String> = parts.iter().map(|(l, v)| format!("{l}: {v}")).collect();
    format!(" ({})", parts.join("; "))
}

/// "item 2: Falls clinic (Type: A team)".
fn item_line(item: &ItemSaid) -> String {
    format!("item {}: {}{}", item.n, item.name, details(&item.details))
}

/// "Power 4, Stake 2: Sponsor" ("not rated" for a missing rating).
fn quad(q: &QuadSaid) -> String {
    let rating = |r: &Option<i64>| r.map_or_else(|| "not rated".to_string(), |n| n.to_string());
    let placed = q
        .placed
        .as_ref()
        .map(|p| format!(": {p}"))
        .unwrap_or_default();
    format!(
        "{} {}, {} {}{placed}",
        q.x.0,
        rating(&q.x.1),
        q.y.0,
        rating(&q.y.1)
    )
}

/// "Power from 1 (none) to 5 (decides)".
fn axis(a: &AxisSaid) -> String {
    format!(
        "{} from {} ({}) to {} ({})",
        a.label, a.min, a.low, a.max, a.high
    )
}
