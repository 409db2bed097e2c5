//! The review's documents as Markdown in pieces (issue 17): the session pack (the questions
//! no one answered known up front, `session::asked`, so that the head can name them) and the
//! full summary, through `doc_stream`.
//!
//! Pure: text out through `emit`.

use crate::content::{Pack, Prompt};
use crate::workbook::cohort::{Cohort, CohortNotes};

use super::{doc_stream, session, summary};

/// The session pack (`full`: the whole summary) as Markdown, handed to `emit` in pieces as
/// they are made: the same text as `doc_md::render` of `session::session_doc` (or of
/// `summary::summary_doc`), never held whole. Stops at the first error `emit` returns.
pub fn markdown_pieces<E>(
    cohort: &Cohort,
    pack: &Pack,
    notes: &CohortNotes,
    full: bool,
    emit: impl FnMut(String) -> Result<(), E>,
) -> Result<(), E> {
    if full {
        let kept = vec![true; pack.prompts().count()];
        let prompt = |p: &Prompt| vec![summary::prompt_section(cohort, pack, notes, p)];
        let after = || summary::orphan_section(cohort, pack).into_iter().collect();
        let head = summary::head(cohort, pack, notes);
        doc_stream::markdown(&head, pack, true, &kept, prompt, after, emit)
    } else {
        let all: Vec<&Prompt> = pack.prompts().collect();
        let kept = super::par::par_map(&all, |p| session::asked(cohort, notes, p));
        let unanswered: Vec<String> = all
            .iter()
            .zip(&kept)
            .filter(|(_, k)| !**k)
            .map(|(p, _)| p.text.to_string())
            .collect();
        let names = session::short_names(cohort);
        let head = session::head(cohort, pack, notes, &unanswered, &names);
        let question =
            |p: &Prompt| session::question(cohort, pack, notes, p, &names).unwrap_or_default();
        doc_stream::markdown(&head, pack, false, &kept, question, Vec::new, emit)
    }
}
