//! Sentences that guide a participant through an evening with their workbook, in both
//! front ends: what is wrong with a list's items (no name, a name used twice), the end of
//! their path and where their file is.
//!
//! Words only: never formats terminal codes, never touches a file.

use crate::workbook::derive::ItemFlag;

/// What a flagged list item needs, for the item's own line (items counted from 1).
pub fn item_flag(flag: ItemFlag) -> String {
    match flag {
        ItemFlag::Nameless { n } => format!(
            "Item {} has details but no name: later questions find items by name, so give it one.",
            n + 1
        ),
        ItemFlag::SameName { n, first } => format!(
            "Item {} has the same name as item {}: later questions take them as one, so rename one.",
            n + 1,
            first + 1
        ),
    }
}

/// The status line's word when an edit answered the last open question of the path.
pub const ALL_ANSWERED: &str =
    "✓ Every question you chose is answered. Tab on the last one shows where your file is.";

pub const FINISHED_TITLE: &str = " The end of your path — Esc goes back ";

/// How much of the path is answered, at its end.
pub fn finished(answered: usize, total: usize) -> String {
    if answered >= total {
        format!(
            "You have answered every question you chose to do: {answered} of {total}. Well done."
        )
    } else {
        format!(
            "This is the last question on your path. {answered} of {total} are answered; \
             the outline (Ctrl-O) shows which exercises are not done yet."
        )
    }
}

pub const SAVED_IN: &str = "Your workbook is saved, as plain Markdown you can open anywhere, in:";

pub const FROM_HERE: &str = "F3 shows the map of your initiative; Ctrl-F chooses another \
     path; Ctrl-Q saves and quits; Enter or Esc goes back to your answers.";

pub const KEYS_FINISHED: &[crate::words::screen::Key] =
    &[("Esc", "back"), ("F3", "map"), ("Ctrl-Q", "quit")];

/// Said on the terminal after the workbook screen closes.
pub fn saved_at(path: &str) -> String {
    format!("Your workbook is saved in {path}")
}

/// Under an exercise's guidance folded in a small window: how much more there is.
pub fn folded(more: usize) -> String {
    format!("▸ {more} more line(s) of guidance: Ctrl-U shows them")
}

/// Under a long guidance shown whole in a small window.
pub const UNFOLDED: &str = "Ctrl-U folds the guidance again";

/// Ctrl-K on a choice or scale cell.
pub const CELL_CLEARED: &str = "Cleared. Pick again with ←/→ or a digit.";

/// Space or a sign typed on a one-choice cell (which would otherwise change it unseen).
pub const CHOICE_HOW: &str = "This is a choice, not text: ←/→ changes it, a digit picks that \
    option, the first letters of an option find it, Ctrl-K clears it.";

/// Ctrl-K where there is nothing to clear.
pub const NOTHING_TO_CLEAR: &str = "There is nothing to clear here.";

/// Letters typed on a choice: what they find, and what the keys do now. Nothing is chosen
/// until Enter. Short enough for an 80-column status line with a long option's label
/// (Backspace taking a letter back goes without saying).
pub fn finding(typed: &str, found: Option<&str>) -> String {
    match found {
        Some(label) => {
            format!("“{typed}” finds {label}. Enter chooses it, Esc undoes the letters.")
        }
        None => {
            format!("No option starts with “{typed}”. Backspace takes a letter back, Esc stops.")
        }
    }
}

/// [`finding`] for a narrow status line: the keys first, then what the letters found.
pub fn finding_short(typed: &str, label: &str) -> String {
    format!("Enter chooses, Esc undoes: “{typed}” finds {label}")
}

/// Under a focused choice or level cell: the options, the chosen one marked.
/// When they all take more than `room` columns, only those around `around` (the option
/// letters have found), else the chosen one (else the first) are listed, with how many
/// there are: `←/→ (3 of 11): … B · ●C · D …`. With `find`, the keys say that letters find
/// an option too.
pub fn choice_keys(
    labels: &[String],
    chosen: Option<usize>,
    around: Option<usize>,
    room: usize,
    find: bool,
) -> String {
    let marked: Vec<String> = labels
        .iter()
        .enumerate()
        .map(|(i, l)| {
            if Some(i) == chosen {
                format!("●{l}")
            } else {
                l.clone()
            }
        })
        .collect();
    let all = if find {
        crate::words::screen::choice_find_keys(&marked)
    } else {
        crate::words::screen::choice_keys(&marked)
    };
    if all.chars().count() <= room || labels.len() < 2 {
        return all;
    }
    let centre = around.or(chosen);
    let at = centre.unwrap_or(0).min(labels.len() - 1);
    let head = match centre {
        Some(_) => format!("{} ({} of {}): ", arrows(find), at + 1, labels.len()),
        None => format!("{} ({} options): ", arrows(find), labels.len()),
    };
    format!(
        "{head}{}",
        window(&marked, at, room.saturating_sub(head.chars().count()))
    )
}

/// The keys that change a choice: the arrows, and letters where they find an option.
fn arrows(find: bool) -> &'static str {
    if find {
        "←/→ or letters"
    } else {
        "←/→"
    }
}

/// The items around `at` joined with " · ", as many as fit in `room` columns, "…" at an
/// end where some are left out (at least the item at `at`, cut if it must be).
pub fn window(items: &[String], at: usize, room: usize) -> String {
    const SEP: &str = " · ";
    let width = |s: &String| s.chars().count();
    let (mut from, mut to) = (at, at + 1);
    let mut used = items.get(at).map_or(0, width);
    loop {
        let mut grew = false;
        for right in [true, false] {
            let next = if right {
                items.get(to)
            } else {
                from.checked_sub(1).and_then(|i| items.get(i))
            };
            let Some(next) = next else { continue };
            // Room for the separator, the item and the two possible "…" ends.
            if used + 3 + width(next) + 4 > room {
                continue;
            }
            used += 3 + width(next);
            if right {
                to += 1;
            } else {
                from -= 1;
            }
            grew = true;
        }
        if !grew {
            break;
        }
    }
    let mut out = String::new();
    if from > 0 {
        out.push_str("… ");
    }
    out.push_str(&items[from.min(items.len())..to.min(items.len())].join(SEP));
    if to < items.len() {
        out.push_str(" …");
    }
    out
}
