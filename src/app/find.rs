//! Finding an option by the first letters of its label, on a choice (at prompt level or in
//! a list's or grid's cell): how options past 9, which no digit reaches, are reached
//! without stepping through every one, and why letters typed there never change a choice.
//!
//! Letters start a find (and, once started, Space and other characters add to it); the
//! status line says what was typed and which option it finds, which is marked as the
//! cursor; Enter picks it, Backspace takes a letter back, Esc, an arrow or a digit stops.
//! Nothing is chosen until Enter. Pure, like the rest of `app`.

use super::{EditKey, State};
use crate::content::Opt;
use crate::words::participant::Notice;

/// A find in progress: on which choice (the prompt, and the cell for a choice in a list or
/// grid) and what has been typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Find {
    pub prompt: String,
    pub cell: Option<usize>,
    pub typed: String,
}

/// What a key did to the find.
pub(super) enum FindKey {
    /// Taken by the find (nothing chosen).
    Used,
    /// Enter: choose this option (its place in the options).
    Pick(usize),
    /// Not a find key: the choice's own keys take it.
    Pass,
}

/// The option `typed` finds: the first whose label starts with it, else the first with a
/// word that does (letter case ignored).
pub fn matching(opts: &[Opt], typed: &str) -> Option<usize> {
    let typed = typed.trim_start().to_lowercase();
    if typed.is_empty() {
        return None;
    }
    let labels: Vec<String> = opts.iter().map(|o| o.label.to_lowercase()).collect();
    labels
        .iter()
        .position(|l| l.starts_with(&typed))
        .or_else(|| {
            labels.iter().position(|l| {
                l.char_indices()
                    .filter(|&(i, _)| i == 0 || l[..i].ends_with(|c: char| !c.is_alphanumeric()))
                    .any(|(i, _)| l[i..].starts_with(&typed))
            })
        })
}

/// Where the focused choice is: its prompt's id and, for a cell, the cell.
fn here(state: &State, cell: bool) -> Option<(String, Option<usize>)> {
    let id = state.focused_prompt()?.qualified_id.clone();
    Some((id, cell.then_some(state.cell)))
}

/// The find in progress on the focused choice (`cell`: in a list's or grid's cell).
pub fn active(state: &State, cell: bool) -> Option<&Find> {
    let (id, at) = here(state, cell)?;
    state
        .find
        .as_ref()
        .filter(|f| f.prompt == id && f.cell == at)
}

/// A key on a choice with `opts`: a letter starts or extends a find, and while one is in
/// progress, other characters extend it, Backspace takes one back and Enter picks what it
/// found; any other key ends it and passes.
pub(super) fn key(state: &mut State, opts: &[Opt], cell: bool, key: EditKey) -> FindKey {
    let on = active(state, cell).is_some();
    let Some((prompt, at)) = here(state, cell) else {
        return FindKey::Pass;
    };
    let typed = state.find.as_ref().map(|f| f.typed.clone()).filter(|_| on);
    let typed = match (key, typed) {
        (EditKey::Char(c), None) if c.is_alphabetic() => c.to_string(),
        (EditKey::Char(c), Some(t)) if !c.is_ascii_digit() && !c.is_control() => t + &c.to_string(),
        (EditKey::Backspace, Some(mut t)) => {
            t.pop();
            t
        }
        (EditKey::Enter, Some(t)) => {
            state.find = None;
            return match matching(opts, &t) {
                Some(i) => FindKey::Pick(i),
                None => {
                    state.message = Some(Notice::Finding {
                        typed: t,
                        found: None,
                    });
                    FindKey::Used
                }
            };
        }
        (_, t) => {
            if t.is_some() {
                state.find = None;
            }
            return FindKey::Pass;
        }
    };
    if typed.is_empty() {
        state.find = None;
        return FindKey::Used;
    }
    let found = matching(opts, &typed);
    if let Some(i) = found {
        state.option = i;
    }
    state.message = Some(Notice::Finding {
        typed: typed.clone(),
        found: found.and_then(|i| opts.get(i)).map(|o| o.label.to_string()),
    });
    state.find = Some(Find {
        prompt,
        cell: at,
        typed,
    });
    FindKey::Used
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::testpack::opt;

    #[test]
    fn the_first_label_or_word_that_starts_with_the_letters() {
        let opts = [
            opt("a", "Council AMHPs"),
            opt("b", "Care homes"),
            opt("c", "The crisis team"),
        ];
        assert_eq!(matching(&opts, "c"), Some(0));
        assert_eq!(matching(&opts, "CA"), Some(1));
        assert_eq!(matching(&opts, "cr"), Some(2), "a later word");
        assert_eq!(matching(&opts, "amhp"), Some(0));
        assert_eq!(matching(&opts, "mhp"), None, "not inside a word");
        assert_eq!(matching(&opts, "x"), None);
        assert_eq!(matching(&opts, ""), None);
    }
}
