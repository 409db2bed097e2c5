//! A workbook written under pack 1.0.0 (tests/workbooks/steady-at-home-pack-1.0.0.md, the
//! finished example as it was) opens under the built-in pack with every answer kept: each
//! answer stays under its id, or follows the prompt that says it `was` that id, or is kept
//! as no longer in the pack. A save and a read give back exactly the same answers.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;

use convene::content::{Options, Pack, PromptKind, load_builtin};
use convene::format::markdown::{read, read_to_edit, write};
use convene::workbook::derive::{Orphan, orphans};
use convene::workbook::moves::follow_moves;
use convene::workbook::{Answer, Workbook};

const OLD: &str = include_str!("workbooks/steady-at-home-pack-1.0.0.md");

fn pack() -> Pack {
    load_builtin().expect("built-in pack")
}

fn opened(pack: &Pack) -> (Workbook, Workbook) {
    let old = read(OLD).expect("the 1.0.0 workbook reads");
    let mut wb = old.clone();
    follow_moves(&mut wb, pack);
    (old, wb)
}

/// Where each old answer is now: its own id, or the prompt that claims it.
fn now_at<'a>(pack: &'a Pack, wb: &Workbook, id: &'a str) -> &'a str {
    if wb.answers.contains_key(id) {
        return id;
    }
    pack.prompts()
        .find(|p| p.was.as_deref() == Some(id))
        .map_or(id, |p| p.qualified_id.as_str())
}

#[test]
fn the_old_workbook_is_from_pack_1_0_0_and_the_pack_is_newer() {
    let (old, _) = opened(&pack());
    assert_eq!(old.meta.pack_version, "1.0.0");
    assert!(old.answers.len() > 90, "{} answers", old.answers.len());
    assert_ne!(pack().version, "1.0.0");
}

#[test]
fn every_old_answer_is_kept_in_place_moved_or_orphaned() {
    let pack = pack();
    let (old, wb) = opened(&pack);
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for (id, answer) in &old.answers {
        let at = now_at(&pack, &wb, id);
        assert_eq!(
            wb.answers.get(at),
            Some(answer),
            "{id}: the answer is not where it should be ({at})"
        );
        *count
            .entry(if at != id {
                "moved"
            } else if pack.prompt(id).is_some() {
                "kept"
            } else {
                "orphaned"
            })
            .or_default() += 1;
    }
    assert_eq!(
        wb.answers.len(),
        old.answers.len(),
        "no answer added or lost"
    );
    assert!(count.get("moved").is_some_and(|n| *n >= 3), "{count:?}");
    assert!(count.get("kept").is_some_and(|n| *n >= 40), "{count:?}");
}

#[test]
fn orphaned_answers_are_listed_and_written_not_dropped() {
    let pack = pack();
    let (_, wb) = opened(&pack);
    let orphaned: Vec<String> = orphans(&wb, &pack)
        .into_iter()
        .filter_map(|o| match o {
            Orphan::Prompt { prompt } => Some(prompt),
            Orphan::Row { .. } => None,
        })
        .collect();
    assert!(!orphaned.is_empty());
    let text = write(&wb, &pack);
    assert!(text.contains("## Answers no longer in the pack"));
    for id in &orphaned {
        assert!(
            text.contains(id.as_str()),
            "{id} is not in the written file"
        );
    }
}

#[test]
fn a_save_and_a_read_give_back_every_answer() {
    let pack = pack();
    let (_, wb) = opened(&pack);
    let again = read(&write(&wb, &pack)).expect("the saved file reads");
    assert_eq!(again.answers, wb.answers);
    assert_eq!(again.earlier, wb.earlier);
    // Written once more, nothing moves again: the file is stable.
    let mut twice = again.clone();
    assert!(follow_moves(&mut twice, &pack).is_empty());
}

/// Answers kept under their own id still mean what they meant: a choice names an option the
/// prompt still offers.
#[test]
fn kept_choices_name_options_the_pack_still_has() {
    let pack = pack();
    let (_, wb) = opened(&pack);
    for prompt in pack.prompts() {
        let fixed = match &prompt.kind {
            PromptKind::Choice {
                options: Options::Fixed(o),
            }
            | PromptKind::MultiChoice {
                options: Options::Fixed(o),
                ..
            } => o,
            _ => continue,
        };
        let ids: Vec<&String> = match wb.answers.get(&prompt.qualified_id) {
            Some(Answer::Choice(id)) => vec![id],
            Some(Answer::Choices(ids)) => ids.iter().collect(),
            _ => continue,
        };
        for id in ids {
            assert!(
                fixed.iter().any(|o| &o.id == id),
                "{}: the kept answer {id:?} is not an option any more",
                prompt.qualified_id
            );
        }
    }
}

/// Opened to be edited (as `convene open` does), the 1.0.0 file's headings, questions and
/// purposes in their earlier wording are convene's, not taken for the participant's own text
/// and kept at every save; a paragraph the participant wrote in it is still theirs.
#[test]
fn the_earlier_packs_wording_is_not_taken_for_the_participants_own_text() {
    let pack = pack();
    let wb = read_to_edit(OLD, &pack).expect("the 1.0.0 workbook opens to edit");
    assert!(wb.own.is_empty(), "{:#?}", wb.own);
    let mine = "A note of mine: ask the federation about March.";
    let close = "<!-- /convene:answer -->\n";
    let at = OLD.find(close).expect("an answer") + close.len();
    let with_mine = format!("{}\n{mine}\n{}", &OLD[..at], &OLD[at..]);
    let wb = read_to_edit(&with_mine, &pack).expect("opens to edit");
    let own: Vec<&str> = wb.own.iter().map(|o| o.text.as_str()).collect();
    assert_eq!(own, [mine]);
    let mut moved = wb.clone();
    follow_moves(&mut moved, &pack);
    assert!(
        write(&moved, &pack).contains(mine),
        "written back at the save"
    );
}
