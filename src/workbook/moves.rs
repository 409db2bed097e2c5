//! Answers that follow a prompt to its new place: when a newer pack moves or renames a
//! question, the prompt says what it `was`, and an answer still stored under the old id is
//! moved to the new one when the workbook is opened against that pack.
//!
//! Pure edits of the in-memory workbook. Never drops or overwrites an answer: an answer
//! that does not fit its new prompt (another kind, options the prompt does not have), or
//! whose new place already holds an answer, stays under its old id, where it is shown as
//! no longer in the pack.

use std::collections::BTreeMap;

use crate::content::{Options, Pack, Prompt, PromptKind, Scale};

use super::{Answer, Workbook};

/// One answer that followed its prompt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Moved {
    pub from: String,
    pub to: String,
    /// True for an answer from before the session (`Workbook::earlier`).
    pub earlier: bool,
}

/// Moves every answer the pack's `was` ids claim, now and before the session, and says
/// which moved.
pub fn follow_moves(wb: &mut Workbook, pack: &Pack) -> Vec<Moved> {
    let mut moved = Vec::new();
    for prompt in pack.prompts() {
        let Some(old) = &prompt.was else {
            continue;
        };
        let snapshots = wb.earlier.iter_mut().map(|s| (true, &mut s.answers));
        for (earlier, answers) in std::iter::once((false, &mut wb.answers)).chain(snapshots) {
            if move_one(answers, prompt, old) {
                moved.push(Moved {
                    from: old.clone(),
                    to: prompt.qualified_id.clone(),
                    earlier,
                });
            }
        }
    }
    moved
}

fn move_one(answers: &mut BTreeMap<String, Answer>, prompt: &Prompt, old: &str) -> bool {
    let free = answers
        .get(&prompt.qualified_id)
        .is_none_or(Answer::is_empty);
    let fits = answers.get(old).is_some_and(|a| fits(&prompt.kind, a));
    if !(free && fits) {
        return false;
    }
    match answers.remove(old) {
        Some(answer) => {
            answers.insert(prompt.qualified_id.clone(), answer);
            true
        }
        None => false,
    }
}

/// Does this answer fit a prompt of this kind, with options it has?
fn fits(kind: &PromptKind, answer: &Answer) -> bool {
    let known = |options: &Options, ids: &[String]| match options {
        Options::Fixed(opts) => ids.iter().all(|id| opts.iter().any(|o| &o.id == id)),
        Options::FromLists(_) => true,
    };
    match (kind, answer) {
        (PromptKind::Line { .. } | PromptKind::Text { .. }, Answer::Text(_))
        | (PromptKind::List { .. }, Answer::List(_))
        | (PromptKind::Grid { .. } | PromptKind::Quadrant { .. }, Answer::Grid(_)) => true,
        (PromptKind::Choice { options }, Answer::Choice(id)) => {
            known(options, std::slice::from_ref(id))
        }
        (
            PromptKind::MultiChoice { options, .. } | PromptKind::Ranking { options },
            Answer::Choices(ids),
        ) => known(options, ids),
        (PromptKind::Scale(Scale::Levels(levels)), Answer::Choice(id)) => {
            levels.iter().any(|l| &l.id == id)
        }
        (PromptKind::Scale(Scale::Numeric(s)), Answer::Number(n)) => (s.min..=s.max).contains(n),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::load_files;

    const PACK: &str =
        "id: p\nversion: \"2\"\ntitle: T\ndescription: D\nattribution: A\nthemes: [t]\n";
    const THEME: &str = "id: t\ntitle: T\nintro: I\nexercises:\n  - id: e\n    title: E\n    level: today\n    purpose: P\n    guidance: G\n    prompts:\n      - { id: note, kind: text, text: Note?, was: old.note }\n      - { id: pick, kind: choice, text: Pick?, options: [A, B], was: old.pick }\n";

    fn pack() -> Pack {
        let files = vec![
            ("pack.yaml".to_string(), PACK.as_bytes().to_vec()),
            ("t.yaml".to_string(), THEME.as_bytes().to_vec()),
        ];
        match load_files(&files) {
            Ok(pack) => pack,
            Err(p) => panic!("{p:?}"),
        }
    }

    #[test]
    fn an_answer_follows_its_prompt_now_and_before_the_session() {
        let pack = pack();
        let mut wb = Workbook::default();
        wb.answers
            .insert("old.note".into(), Answer::Text("kept".into()));
        wb.latest_answers_mut()
            .insert("old.note".into(), Answer::Text("before".into()));
        let moved = follow_moves(&mut wb, &pack);
        assert_eq!(moved.len(), 2);
        assert_eq!(wb.answers.get("e.note"), Some(&Answer::Text("kept".into())));
        assert_eq!(
            wb.earlier_answer("e.note"),
            Some(&Answer::Text("before".into()))
        );
        assert!(!wb.answers.contains_key("old.note"));
        // Opening again moves nothing more.
        assert!(follow_moves(&mut wb, &pack).is_empty());
    }

    #[test]
    fn an_answer_that_does_not_fit_or_finds_its_place_taken_stays_where_it_was() {
        let pack = pack();
        let mut wb = Workbook::default();
        wb.answers.insert("old.note".into(), Answer::Number(3));
        wb.answers
            .insert("old.pick".into(), Answer::Choice("c".into()));
        assert!(follow_moves(&mut wb, &pack).is_empty());
        assert_eq!(wb.answers.get("old.note"), Some(&Answer::Number(3)));
        assert_eq!(
            wb.answers.get("old.pick"),
            Some(&Answer::Choice("c".into()))
        );
        let mut wb = Workbook::default();
        wb.answers
            .insert("old.note".into(), Answer::Text("old".into()));
        wb.answers
            .insert("e.note".into(), Answer::Text("new".into()));
        assert!(follow_moves(&mut wb, &pack).is_empty());
        assert_eq!(
            wb.answers.get("old.note"),
            Some(&Answer::Text("old".into()))
        );
        assert_eq!(wb.answers.get("e.note"), Some(&Answer::Text("new".into())));
    }
}
