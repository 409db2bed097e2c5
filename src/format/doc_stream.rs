//! A cohort document (the session pack, the full summary) written as Markdown in pieces, as
//! it is made: the blocks before the themes, then a section per theme and exercise with
//! each prompt's section made and rendered in parallel, a batch of prompts at a time, then
//! the blocks after. The pieces joined are exactly `doc_md::render` of the whole document
//! (`summary::by_theme_answered` builds the same sections, leaving out the same prompts), but the whole document — every answer
//! of a thousand workbooks as blocks — is never held at once (issue 17).
//!
//! Pure: text out through `emit`, which the caller sends on (to a file, as it comes).

use crate::content::{Pack, Prompt};

use super::doc::{Block, Doc};
use super::doc_md;

/// Prompts whose sections are made together before they are handed on.
const BATCH: usize = 16;

/// A document's parts: its title and the blocks before the themes (`blocks` of a `Doc`
/// whose `facts` are empty).
pub struct Head {
    pub title: String,
    pub blocks: Vec<Block<'static>>,
}

/// Hands out, through `emit`, the Markdown of the document `head` + a section per theme
/// (starting a page when `new_page`) with one per exercise, holding the blocks `prompt`
/// makes of each prompt `kept` says to keep (in pack order; made on several threads) +
/// `after()`. Exercises and themes left with no prompt are left out, as
/// `summary::by_theme_answered` leaves them out. Stops at the first error `emit` returns.
pub fn markdown<E>(
    head: &Head,
    pack: &Pack,
    new_page: bool,
    kept: &[bool],
    prompt: impl Fn(&Prompt) -> Vec<Block<'static>> + Sync,
    after: impl FnOnce() -> Vec<Block<'static>>,
    emit: impl FnMut(String) -> Result<(), E>,
) -> Result<(), E> {
    let mut out = Trimmed { emit, held: 0 };
    let first = doc_md::render_open(&Doc {
        title: head.title.clone(),
        ..Doc::default()
    });
    out.push(first + &doc_md::render_blocks(&head.blocks, 1))?;
    // Each kept prompt with the theme and exercise it opens (if it is their first), in pack
    // order.
    let mut places: Vec<Place> = Vec::new();
    let mut kept = kept.iter();
    for theme in &pack.themes {
        let mut theme_open = Some(theme.title.as_ref());
        for exercise in &theme.exercises {
            let mut exercise_open = Some(exercise.title.as_ref());
            for p in &exercise.prompts {
                if kept.next().copied().unwrap_or(false) {
                    places.push((theme_open.take(), exercise_open.take(), p));
                }
            }
        }
    }
    for batch in places.chunks(BATCH) {
        let made = super::par::par_map(batch, |(theme, exercise, p)| {
            let mut text = opening(*theme, *exercise, new_page);
            text.push_str(&doc_md::render_blocks(&prompt(p), 3));
            text
        });
        for text in made {
            out.push(text)?;
        }
    }
    out.push(doc_md::render_blocks(&after(), 1))?;
    out.finish()
}

/// A prompt and the headings of the theme and exercise it is the first of.
type Place<'p> = (Option<&'p str>, Option<&'p str>, &'p Prompt);

/// The headings a prompt's section opens with when it is the first of its theme or exercise.
fn opening(theme: Option<&str>, exercise: Option<&str>, new_page: bool) -> String {
    let mut out = String::new();
    if let Some(t) = theme {
        out.push_str(&doc_md::render_blocks(&[section(t, new_page)], 1));
    }
    if let Some(e) = exercise {
        out.push_str(&doc_md::render_blocks(&[section(e, false)], 2));
    }
    out
}

fn section(title: &str, new_page: bool) -> Block<'static> {
    super::doc::section(title, new_page, Vec::new())
}

/// `emit`, with line breaks at the end held back until more text follows: the document ends
/// with one line break, as `doc_md::render` ends it.
struct Trimmed<F> {
    emit: F,
    held: usize,
}

impl<E, F: FnMut(String) -> Result<(), E>> Trimmed<F> {
    fn push(&mut self, mut text: String) -> Result<(), E> {
        let body = text.trim_end_matches('\n').len();
        if body == 0 {
            self.held += text.len();
            return Ok(());
        }
        let trailing = text.len() - body;
        text.truncate(body);
        if self.held > 0 {
            (self.emit)("\n".repeat(self.held))?;
        }
        self.held = trailing;
        (self.emit)(text)
    }

    fn finish(mut self) -> Result<(), E> {
        if self.held > 0 {
            (self.emit)("\n".into())?;
        }
        Ok(())
    }
}
