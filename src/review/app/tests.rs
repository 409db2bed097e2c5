//! Unit tests of the review state machine: sorting, filtering, searching, moving about,
//! the picker, notes and their saving, and quitting.

use super::testcohort::{said, state};
use super::*;
use crate::content::Moment;

fn key(s: &mut State, k: Key) -> Vec<Effect> {
    update(s, Msg::Key(k))
}

fn typ(s: &mut State, text: &str) {
    for c in text.chars() {
        key(s, Key::Char(c));
    }
}

fn names(s: &State) -> Vec<String> {
    s.list
        .view
        .iter()
        .map(|&i| s.rows[i].name.clone())
        .collect()
}

#[test]
fn the_list_sorts_by_name_progress_and_date_in_turn() {
    let mut s = state();
    assert_eq!(names(&s), ["Ada", "Ben", "cy"]);
    key(&mut s, Key::Char('s'));
    assert_eq!(s.list.sort, Sort::Progress);
    assert_eq!(names(&s), ["Ada", "Ben", "cy"]);
    key(&mut s, Key::Char('s'));
    assert_eq!(s.list.sort, Sort::Date);
    assert_eq!(names(&s), ["Ben", "cy", "Ada"], "most recent first");
    key(&mut s, Key::Char('s'));
    assert_eq!(s.list.sort, Sort::Name);
}

#[test]
fn the_cursor_stays_on_its_workbook_when_the_order_changes() {
    let mut s = state();
    key(&mut s, Key::Down);
    assert_eq!(s.selected(), Some(1));
    key(&mut s, Key::Char('s'));
    key(&mut s, Key::Char('s'));
    assert_eq!(s.selected(), Some(1), "still Ben");
    assert_eq!(s.list.cursor, 0);
}

#[test]
fn filters_cycle_through_progress_moments_and_review_states() {
    let mut s = state();
    let mut seen = Vec::new();
    for _ in 0..9 {
        key(&mut s, Key::Char('f'));
        seen.push((s.list.filter, names(&s)));
    }
    assert_eq!(seen[0], (Filter::NotStarted, vec!["cy".to_string()]));
    assert_eq!(seen[1].1, ["Ada", "Ben"]);
    assert_eq!(seen[2].1, Vec::<String>::new(), "nobody complete");
    assert_eq!(
        seen[3],
        (Filter::Moment(Moment::Before), vec!["Ben".into()])
    );
    assert_eq!(seen[4], (Filter::Moment(Moment::After), vec!["Ada".into()]));
    use crate::workbook::notes::ReviewState;
    assert_eq!(
        seen[5],
        (
            Filter::Review(ReviewState::NotReviewed),
            vec!["Ada".to_string(), "Ben".into(), "cy".into()]
        )
    );
    assert_eq!(seen[6].0, Filter::Review(ReviewState::Reviewed));
    assert_eq!(seen[7].0, Filter::Review(ReviewState::FollowUp));
    assert_eq!(seen[8].0, Filter::All);
}

#[test]
fn r_cycles_the_review_state_saves_it_and_the_filter_finds_it() {
    use crate::workbook::notes::ReviewState;
    let mut s = state();
    key(&mut s, Key::Down);
    assert_eq!(key(&mut s, Key::Char('r')), vec![Effect::SaveNotes(1)]);
    assert_eq!(s.notes[1].state, ReviewState::Reviewed);
    assert_eq!(s.rows[1].review, ReviewState::Reviewed);
    assert!(
        said(&s)
            .as_deref()
            .is_some_and(|m| m.contains("Marked reviewed"))
    );
    // In the reader too, on the workbook read.
    key(&mut s, Key::Enter);
    assert_eq!(key(&mut s, Key::Char('r')), vec![Effect::SaveNotes(1)]);
    assert_eq!(s.notes[1].state, ReviewState::FollowUp);
    key(&mut s, Key::Esc);
    for _ in 0..8 {
        key(&mut s, Key::Char('f'));
    }
    assert_eq!(s.list.filter, Filter::Review(ReviewState::FollowUp));
    assert_eq!(names(&s), ["Ben"]);
}

#[test]
fn search_narrows_to_workbooks_whose_answers_match_case_insensitively() {
    let mut s = state();
    key(&mut s, Key::Char('/'));
    assert!(s.list.typing);
    typ(&mut s, "gp");
    assert_eq!(names(&s), ["Ada", "Ben"]);
    assert_eq!(
        s.list.matched_answers(),
        4,
        "Ada's story, list and grid; Ben's list"
    );
    typ(&mut s, "x");
    assert!(names(&s).is_empty());
    key(&mut s, Key::Backspace);
    key(&mut s, Key::Enter);
    assert!(!s.list.typing);
    assert_eq!(names(&s), ["Ada", "Ben"], "the search stays after Enter");
    // Letters are commands again: q would quit.
    assert_eq!(key(&mut s, Key::Char('q')), vec![Effect::Quit]);
    let mut s = state();
    key(&mut s, Key::Char('/'));
    typ(&mut s, "PHARMA");
    assert_eq!(names(&s), ["Ben"]);
    key(&mut s, Key::Esc);
    assert_eq!(names(&s), ["Ada", "Ben", "cy"], "Esc clears the search");
}

#[test]
fn enter_reads_a_workbook_and_esc_goes_back() {
    let mut s = state();
    key(&mut s, Key::Down);
    key(&mut s, Key::Enter);
    assert!(matches!(&s.screen, Screen::Reader(r) if r.wb == 1 && r.section == 0));
    key(&mut s, Key::Esc);
    assert_eq!(s.screen, Screen::Cohort);
    assert_eq!(s.selected(), Some(1));
}

#[test]
fn the_reader_moves_by_prompt_and_by_exercise_and_reaches_the_orphans() {
    let mut s = state();
    key(&mut s, Key::Enter);
    assert_eq!(s.reader_prompt(), Some(0));
    key(&mut s, Key::Down);
    assert_eq!(s.reader_prompt(), Some(1));
    key(&mut s, Key::Tab);
    let Screen::Reader(r) = &s.screen else {
        unreachable!("in the reader")
    };
    assert_eq!((r.section, r.item), (1, 0));
    assert_eq!(
        s.reader_prompt()
            .and_then(|i| s.prompts.get(i))
            .map(|p| p.id.as_str()),
        Some("influence.grid")
    );
    for _ in 0..20 {
        key(&mut s, Key::Down);
    }
    let Screen::Reader(r) = &s.screen else {
        unreachable!("in the reader")
    };
    let secs = sections(&s, r.wb);
    assert_eq!(
        r.section,
        secs.len() - 1,
        "Down ends on the orphaned answers"
    );
    assert_eq!(
        secs[r.section],
        Section::Orphans(vec!["old.question".into()])
    );
    assert_eq!(s.reader_prompt(), None);
    key(&mut s, Key::Up);
    assert!(s.reader_prompt().is_some());
    key(&mut s, Key::BackTab);
    key(&mut s, Key::BackTab);
    key(&mut s, Key::BackTab);
    let Screen::Reader(r) = &s.screen else {
        unreachable!("in the reader")
    };
    assert_eq!((r.section, r.item), (0, 0));
}

#[test]
fn page_down_scrolls_within_what_was_drawn() {
    let mut s = state();
    key(&mut s, Key::Enter);
    super::testcohort::drawn_pane(&mut s, 10, 25);
    key(&mut s, Key::PageDown);
    key(&mut s, Key::PageDown);
    key(&mut s, Key::PageDown);
    assert!(
        matches!(&s.screen, Screen::Reader(r) if r.scroll == 25),
        "clamped"
    );
    key(&mut s, Key::PageUp);
    assert!(matches!(&s.screen, Screen::Reader(r) if r.scroll == 16));
    key(&mut s, Key::Down);
    assert!(
        matches!(&s.screen, Screen::Reader(r) if r.scroll == 0),
        "focus resets"
    );
}

#[test]
fn the_picker_searches_prompts_and_opens_compare_and_esc_returns() {
    let mut s = state();
    key(&mut s, Key::Enter);
    key(&mut s, Key::Down);
    key(&mut s, Key::Char('c'));
    assert!(matches!(
        &s.overlay,
        Some(Overlay::Picker { cursor: 1, .. })
    ));
    typ(&mut s, "ITS story");
    let Some(Overlay::Picker { query, cursor }) = &s.overlay else {
        unreachable!("the picker is open")
    };
    assert_eq!((query.as_str(), *cursor), ("ITS story", 0));
    let m = s.picker_matches("ITS story");
    assert_eq!(m.len(), 1);
    key(&mut s, Key::Enter);
    assert!(s.overlay.is_none());
    assert_eq!(
        s.screen,
        Screen::Compare(Compare {
            prompt: m[0],
            cursor: 0,
            scroll: 0
        })
    );
    key(&mut s, Key::Right);
    assert!(matches!(&s.screen, Screen::Compare(c) if c.prompt == m[0] + 1));
    key(&mut s, Key::Esc);
    assert!(matches!(s.screen, Screen::Reader(_)), "back to the reader");
    key(&mut s, Key::Esc);
    assert_eq!(s.screen, Screen::Cohort);
    // Esc in the picker only closes it.
    key(&mut s, Key::Char('c'));
    key(&mut s, Key::Esc);
    assert!(s.overlay.is_none());
    assert_eq!(s.screen, Screen::Cohort);
}

#[test]
fn a_note_on_a_prompt_is_kept_and_saved_when_closed() {
    let mut s = state();
    key(&mut s, Key::Down);
    key(&mut s, Key::Enter);
    key(&mut s, Key::Char('n'));
    assert!(
        matches!(&s.overlay, Some(Overlay::Note(e)) if e.wb == 1 && e.prompt.as_deref() == Some("map.name"))
    );
    typ(&mut s, "Good start");
    key(&mut s, Key::Enter);
    typ(&mut s, "q is text here");
    assert!(
        matches!(s.overlay, Some(Overlay::Note(_))),
        "q typed, not quit"
    );
    let effects = key(&mut s, Key::Esc);
    assert_eq!(effects, vec![Effect::SaveNotes(1)]);
    assert!(s.overlay.is_none());
    assert_eq!(
        s.notes[1].texts(Some("map.name")),
        ["Good start\nq is text here"]
    );
    assert!(s.unsaved.contains_key(&1));
    let held = Box::new(s.notes[1].clone());
    update(
        &mut s,
        Msg::NotesSaved(1, "/cohort/ben.coach.md".into(), held),
    );
    assert!(s.unsaved.is_empty());
    assert!(
        said(&s)
            .as_deref()
            .is_some_and(|m| m.contains("ben.coach.md"))
    );
    // Closing without a change saves nothing.
    key(&mut s, Key::Char('n'));
    assert!(key(&mut s, Key::Esc).is_empty());
    // Emptying a note removes it (and saves).
    key(&mut s, Key::Char('n'));
    for _ in 0.."Good start\nq is text here".len() {
        key(&mut s, Key::Backspace);
    }
    assert_eq!(key(&mut s, Key::Ctrl('s')), vec![Effect::SaveNotes(1)]);
    assert!(s.notes[1].on(Some("map.name")).is_empty());
}

#[test]
fn capital_n_and_the_cohort_list_write_the_note_on_the_whole_workbook() {
    let mut s = state();
    key(&mut s, Key::Char('n'));
    assert!(matches!(&s.overlay, Some(Overlay::Note(e)) if e.wb == 0 && e.prompt.is_none()));
    typ(&mut s, "Overall: thoughtful");
    assert_eq!(key(&mut s, Key::Esc), vec![Effect::SaveNotes(0)]);
    assert_eq!(s.notes[0].texts(None), ["Overall: thoughtful"]);
    key(&mut s, Key::Enter);
    key(&mut s, Key::Char('N'));
    assert!(matches!(&s.overlay, Some(Overlay::Note(e)) if e.prompt.is_none()));
}

#[test]
fn a_failed_save_says_so_and_quitting_warns_once() {
    let mut s = state();
    key(&mut s, Key::Char('n'));
    typ(&mut s, "x");
    key(&mut s, Key::Esc);
    update(&mut s, Msg::NotesFailed(0, "disk full".into()));
    assert!(
        said(&s)
            .as_deref()
            .is_some_and(|m| m.contains("NOT saved: disk full"))
    );
    assert_eq!(s.unsaved.get(&0).cloned(), Some(Some("disk full".into())));
    assert!(key(&mut s, Key::Char('q')).is_empty(), "warns first");
    assert!(said(&s).as_deref().is_some_and(|m| m.contains("q again")));
    assert_eq!(key(&mut s, Key::Char('q')), vec![Effect::Quit]);
    // Ctrl-S tries again.
    let mut s2 = state();
    s2.unsaved.insert(2, Some("gone".into()));
    assert_eq!(key(&mut s2, Key::Ctrl('s')), vec![Effect::SaveNotes(2)]);
    // Another key between the two presses asks again.
    assert!(key(&mut s2, Key::Ctrl('q')).is_empty());
    key(&mut s2, Key::Down);
    assert!(key(&mut s2, Key::Ctrl('q')).is_empty());
}

#[test]
fn quitting_with_the_editor_open_saves_first_then_quits() {
    let mut s = state();
    key(&mut s, Key::Char('n'));
    typ(&mut s, "last words");
    assert_eq!(key(&mut s, Key::Ctrl('q')), vec![Effect::SaveNotes(0)]);
    assert_eq!(
        update(&mut s, Msg::NotesSaved(0, "p".into(), Box::default())),
        vec![Effect::Quit]
    );
    let mut s = state();
    key(&mut s, Key::Char('n'));
    typ(&mut s, "last words");
    key(&mut s, Key::Ctrl('c'));
    assert!(update(&mut s, Msg::NotesFailed(0, "read-only".into())).is_empty());
    assert!(
        said(&s)
            .as_deref()
            .is_some_and(|m| m.contains("read-only") && m.contains("q again"))
    );
    // A signal saves and quits without asking.
    let mut s = state();
    key(&mut s, Key::Char('n'));
    typ(&mut s, "x");
    assert_eq!(
        update(&mut s, Msg::Terminate),
        vec![Effect::SaveNotes(0), Effect::Quit]
    );
}

#[test]
fn notes_whose_sidecar_could_not_be_read_are_never_written() {
    let mut s = State::new(
        crate::app::testpack::pack(),
        super::testcohort::cohort(),
        vec![
            Err("bad sidecar".into()),
            Ok(Default::default()),
            Ok(Default::default()),
        ],
    );
    key(&mut s, Key::Char('n'));
    assert!(s.overlay.is_none());
    assert!(
        said(&s)
            .as_deref()
            .is_some_and(|m| m.contains("bad sidecar"))
    );
}

#[test]
fn paste_goes_into_the_open_editor_or_search_only() {
    let mut s = state();
    update(&mut s, Msg::Paste("qqq".into()));
    assert_eq!(s.screen, Screen::Cohort);
    key(&mut s, Key::Char('/'));
    update(&mut s, Msg::Paste("Pharm\u{1b}".into()));
    assert_eq!(s.list.query, "Pharm");
    key(&mut s, Key::Esc);
    assert_eq!(
        s.selected(),
        Some(1),
        "still on Ben, the one the search found"
    );
    key(&mut s, Key::Char('n'));
    update(&mut s, Msg::Paste("line one\r\nline two".into()));
    key(&mut s, Key::Esc);
    assert_eq!(s.notes[1].texts(None), ["line one\nline two"]);
}

#[test]
fn help_opens_over_any_screen_and_closes() {
    let mut s = state();
    key(&mut s, Key::Enter);
    key(&mut s, Key::F1);
    assert!(matches!(s.overlay, Some(Overlay::Help { .. })));
    key(&mut s, Key::Down);
    key(&mut s, Key::Esc);
    assert!(s.overlay.is_none());
    assert!(
        matches!(s.screen, Screen::Reader(_)),
        "Esc closed only the help"
    );
}

#[test]
fn the_rows_hold_progress_per_theme_and_the_pack_mark() {
    let s = state();
    let ada = &s.rows[0];
    assert_eq!(ada.themes.len(), 2);
    assert_eq!(ada.themes[0].answered, 6);
    assert_eq!(ada.overall.answered, 7, "the orphan is not counted");
    assert_eq!(ada.updated, "2026-11-20 10:30");
    assert!(ada.pack_note.is_none());
    assert!(
        s.rows[2]
            .pack_note
            .as_ref()
            .map(crate::words::review::pack_note_words)
            .is_some_and(|n| n.contains("0.9"))
    );
    assert_eq!(
        s.rows[2].name, "cy",
        "the file's name when the participant is empty"
    );
}

#[test]
fn dates_sort_as_instants_and_a_date_that_is_not_one_comes_last() {
    let mut cohort = super::testcohort::cohort();
    cohort.workbooks[0].workbook.meta.updated = "2026-11-22T17:00:00+02:00".into();
    cohort.workbooks[2].workbook.meta.updated = "yesterday".into();
    let mut s = State::new(crate::app::testpack::pack(), cohort, vec![]);
    key(&mut s, Key::Char('s'));
    key(&mut s, Key::Char('s'));
    // Ada's 17:00+02:00 is 15:00Z, before Ben's 16:05Z.
    assert_eq!(names(&s), ["Ben", "Ada", "cy"]);
}

#[test]
fn m_shows_the_map_of_the_workbook_in_front_and_goes_back_where_it_came_from() {
    let mut s = state();
    key(&mut s, Key::Down);
    key(&mut s, Key::Char('m'));
    assert!(
        matches!(&s.screen, Screen::Map(m) if m.wb == 1 && m.view.tab == 0),
        "the map of the workbook under the cursor"
    );
    // Typing on the map writes nothing: `n` says where notes are written.
    key(&mut s, Key::Char('n'));
    assert!(s.overlay.is_none());
    assert_eq!(
        said(&s).as_deref(),
        Some(crate::words::review::NOTE_FROM_WHERE)
    );
    key(&mut s, Key::Char('m'));
    assert_eq!(s.screen, Screen::Cohort, "m again goes back");
    key(&mut s, Key::Enter);
    key(&mut s, Key::Char('m'));
    assert!(matches!(&s.screen, Screen::Map(m) if m.wb == 1));
    key(&mut s, Key::Down);
    key(&mut s, Key::Tab);
    key(&mut s, Key::Esc);
    assert!(
        matches!(&s.screen, Screen::Reader(r) if r.wb == 1),
        "Esc: back to the reader"
    );
    key(&mut s, Key::Char('c'));
    key(&mut s, Key::Enter);
    assert!(matches!(s.screen, Screen::Compare(_)));
    key(&mut s, Key::Char('m'));
    assert!(
        matches!(&s.screen, Screen::Map(m) if m.wb == 1),
        "compare: the map of the participant under its cursor"
    );
    key(&mut s, Key::Esc);
    assert!(
        matches!(s.screen, Screen::Compare(_)),
        "Esc: back to compare"
    );
}

#[test]
fn map_tabs_move_with_the_participants_keys() {
    use crate::app::MapView;
    use crate::app::map::{MapMove, apply};
    let v = MapView::default();
    assert_eq!(apply(v, MapMove::NextTab, 6).tab, 1);
    assert_eq!(apply(v, MapMove::PrevTab, 6).tab, 5, "wraps round");
    assert_eq!(apply(v, MapMove::Tab(4), 6).tab, 3);
    assert_eq!(apply(v, MapMove::Tab(9), 6), v, "no ninth tab: stays");
    let down = apply(v, MapMove::PageDown, 6);
    assert_eq!((down.tab, down.scroll), (0, 10));
    assert_eq!(
        apply(down, MapMove::NextTab, 6).scroll,
        0,
        "a new tab starts at its top"
    );
}

#[test]
fn notes_are_signed_with_the_coachs_name_when_given() {
    let mut s = state();
    s.coach = Some(" Jo Patel ".into());
    key(&mut s, Key::Down);
    key(&mut s, Key::Enter);
    key(&mut s, Key::Char('n'));
    typ(&mut s, "Lovely map");
    assert_eq!(key(&mut s, Key::Esc), vec![Effect::SaveNotes(1)]);
    assert_eq!(s.notes[1].coaches(), ["Jo Patel"]);
    // Another coach's note stays theirs: a second coach adds their own beside it.
    s.coach = Some("Raj Singh".into());
    key(&mut s, Key::Char('n'));
    assert!(
        matches!(&s.overlay, Some(Overlay::Note(e)) if e.editor.text().is_empty()),
        "Raj starts from his own (empty) note, not Jo's"
    );
    typ(&mut s, "Agree with Jo");
    key(&mut s, Key::Esc);
    let mut by: Vec<(&str, &str)> = Vec::new();
    for id in s.notes[1].prompts.keys() {
        for n in s.notes[1].on(Some(id)) {
            by.push((n.by.as_str(), n.text.as_str()));
        }
    }
    assert_eq!(
        by,
        [("Jo Patel", "Lovely map"), ("Raj Singh", "Agree with Jo")]
    );
    // Without a name, a note is signed by no one, and signs no one else's.
    let mut s = state();
    key(&mut s, Key::Enter);
    key(&mut s, Key::Char('n'));
    typ(&mut s, "More please");
    key(&mut s, Key::Esc);
    assert_eq!(s.notes[0].coaches(), [""]);
}

#[test]
fn e_exports_the_workbook_read_or_under_the_cursor_and_says_where() {
    let mut s = state();
    let first = s.selected();
    assert!(first.is_some());
    assert_eq!(
        key(&mut s, Key::Char('e')),
        vec![Effect::ExportPage(first.unwrap_or(0))]
    );
    key(&mut s, Key::Down);
    key(&mut s, Key::Enter);
    let Screen::Reader(r) = &s.screen else {
        panic!("not reading: {:?}", s.screen);
    };
    let wb = r.wb;
    assert_eq!(key(&mut s, Key::Char('e')), vec![Effect::ExportPage(wb)]);
    assert!(update(&mut s, Msg::PageWritten(wb, "/x/ben.html".into())).is_empty());
    assert!(
        said(&s)
            .as_deref()
            .is_some_and(|m| m.contains("/x/ben.html"))
    );
    update(&mut s, Msg::PageFailed(wb, "disk full".into()));
    assert!(
        said(&s)
            .as_deref()
            .is_some_and(|m| m.contains("NOT") && m.contains("disk full"))
    );
    // In compare, `e` does nothing (the page is of one workbook).
    key(&mut s, Key::Esc);
    key(&mut s, Key::Char('c'));
    key(&mut s, Key::Enter);
    assert!(matches!(s.screen, Screen::Compare(_)), "{:?}", s.screen);
    assert!(key(&mut s, Key::Char('e')).is_empty());
}
