//! The cohort list: what each row shows (computed once, and again for a row whose notes
//! change), and which rows show in which order (sort, filter — progress, moment, review
//! state — and a search over names, answers and notes, whose matches the reader jumps to).
//!
//! Pure; reads the cohort, never changes it. Every text is made visible here once, so the
//! screens can show it as it is.

use crate::content::{Moment, Pack};
use crate::format::answer::{answer_words, participant_name};
use crate::text::sanitize::visible;
use crate::words::review::PackNote;
use crate::words::short_time;
use crate::workbook::cohort::Cohort;
use crate::workbook::derive::{Progress, Status, theme_progress};
use crate::workbook::notes::{CoachNotes, ReviewState};

use super::{Key, Reader, Screen, State};

/// What the cohort list shows of one workbook, made visible (one line each).
#[derive(Debug, Clone, PartialEq)]
pub struct RowInfo {
    pub name: String,
    pub initiative: String,
    pub moment: Moment,
    /// `meta.updated` as `YYYY-MM-DD HH:MM` (as written, when it is not a timestamp).
    pub updated: String,
    pub themes: Vec<Progress>,
    pub overall: Progress,
    /// Why the workbook may not match the pack, if it may not (`ui` words it).
    pub pack_note: Option<PackNote>,
    /// Where the coaches have got to with it, and how many notes they left.
    pub review: ReviewState,
    pub notes: usize,
    /// The name lower-cased, for sorting.
    sort_key: String,
    /// The last change as an instant, for sorting (`None`: not a timestamp; sorts last).
    changed: Option<jiff::Timestamp>,
}

/// One line of a participant's text, made safe to show on one line.
pub fn one_line(text: &str) -> String {
    visible(text).replace('\n', "␊")
}

/// The rows of every workbook, in cohort order, with their notes (`notes[i]` is on
/// workbook `i`; missing ones count as none).
pub fn rows(cohort: &Cohort, pack: &Pack, notes: &[CoachNotes]) -> Vec<RowInfo> {
    cohort
        .workbooks
        .iter()
        .enumerate()
        .map(|(i, loaded)| {
            let n = notes.get(i);
            let wb = &loaded.workbook;
            let themes: Vec<Progress> = pack.themes.iter().map(|t| theme_progress(wb, t)).collect();
            let overall = themes.iter().fold(Progress::default(), |a, p| Progress {
                answered: a.answered + p.answered,
                total: a.total + p.total,
            });
            let name = one_line(&participant_name(wb, &loaded.path));
            RowInfo {
                sort_key: name.to_lowercase(),
                changed: wb.meta.updated.trim().parse().ok(),
                name,
                initiative: one_line(&wb.meta.initiative),
                moment: wb.meta.moment,
                updated: one_line(&short_time(&wb.meta.updated)),
                themes,
                overall,
                pack_note: PackNote::of(wb, pack),
                review: n.map(|n| n.state).unwrap_or_default(),
                notes: n.map_or(0, CoachNotes::count),
            }
        })
        .collect()
}

/// After workbook `wb`'s notes changed: its row's state and count, its search words, and
/// which rows show.
pub fn refresh_row(state: &mut State, wb: usize) {
    if let (Some(row), Some(n)) = (state.rows.get_mut(wb), state.notes.get(wb)) {
        row.review = n.state;
        row.notes = n.count();
    }
    if state.list.index.is_some() {
        let words = search_words(state, wb);
        if let Some(slot) = state
            .list
            .index
            .as_mut()
            .and_then(|index| index.get_mut(wb))
        {
            *slot = words;
        }
    }
    refresh(state);
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    #[default]
    Name,
    /// Most answered first.
    Progress,
    /// Most recently changed first.
    Date,
}

impl Sort {
    pub fn next(self) -> Sort {
        match self {
            Sort::Name => Sort::Progress,
            Sort::Progress => Sort::Date,
            Sort::Date => Sort::Name,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Filter {
    #[default]
    All,
    NotStarted,
    InProgress,
    Complete,
    Moment(Moment),
    Review(ReviewState),
}

impl Filter {
    pub fn next(self) -> Filter {
        match self {
            Filter::All => Filter::NotStarted,
            Filter::NotStarted => Filter::InProgress,
            Filter::InProgress => Filter::Complete,
            Filter::Complete => Filter::Moment(Moment::Before),
            Filter::Moment(Moment::Before) => Filter::Moment(Moment::After),
            Filter::Moment(_) => Filter::Review(ReviewState::NotReviewed),
            Filter::Review(ReviewState::NotReviewed) => Filter::Review(ReviewState::Reviewed),
            Filter::Review(ReviewState::Reviewed) => Filter::Review(ReviewState::FollowUp),
            Filter::Review(ReviewState::FollowUp) => Filter::All,
        }
    }

    fn keeps(self, row: &RowInfo) -> bool {
        match self {
            Filter::All => true,
            Filter::NotStarted => row.overall.status() == Status::NotStarted,
            Filter::InProgress => row.overall.status() == Status::Partly,
            Filter::Complete => row.overall.status() == Status::Done,
            Filter::Moment(m) => row.moment == m,
            Filter::Review(s) => row.review == s,
        }
    }
}

/// One piece of a workbook a search looks in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// The participant's name or the initiative.
    Name,
    /// The answer to a prompt (or from before the session) or a note on it.
    Prompt(String),
    /// A note on the whole workbook.
    Workbook,
}

/// The cohort list: how it is sorted and filtered, the search, and what shows.
#[derive(Debug, Clone, Default)]
pub struct List {
    pub sort: Sort,
    pub filter: Filter,
    /// The search words (lower-cased when matched); empty for none.
    pub query: String,
    /// True while the search line takes the keys.
    pub typing: bool,
    /// Per workbook, how many of its names, answers and notes hold the query (all 0
    /// without one).
    pub matches: Vec<usize>,
    /// The workbooks shown, in order.
    pub view: Vec<usize>,
    pub cursor: usize,
    /// Per workbook, its names, answers and notes as lower-cased words, each with where
    /// it is (built at the first search).
    index: Option<Vec<Vec<(Found, String)>>>,
}

impl List {
    /// Where in workbook `wb` the search matched, in the order searched (names, then
    /// prompts in id order, then the whole-workbook note); empty without a search.
    pub fn found_in(&self, wb: usize) -> Vec<&Found> {
        let query = self.query.trim().to_lowercase();
        if query.is_empty() {
            return Vec::new();
        }
        self.index
            .as_ref()
            .and_then(|index| index.get(wb))
            .map(|words| {
                words
                    .iter()
                    .filter(|(_, w)| w.contains(&query))
                    .map(|(f, _)| f)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Names, answers and notes that hold the query, over the rows shown.
    pub fn matched_answers(&self) -> usize {
        self.view
            .iter()
            .map(|&i| self.matches.get(i).copied().unwrap_or(0))
            .sum()
    }
}

/// Recomputes which rows show, keeping the cursor on the same workbook where it can.
pub fn refresh(state: &mut State) {
    let keep = state.selected();
    let n = state.cohort.workbooks.len();
    let query = state.list.query.trim().to_lowercase();
    if query.is_empty() {
        state.list.matches = vec![0; n];
    } else {
        if state.list.index.is_none() {
            state.list.index = Some((0..n).map(|wb| search_words(state, wb)).collect());
        }
        state.list.matches = state
            .list
            .index
            .iter()
            .flatten()
            .map(|words| words.iter().filter(|(_, w)| w.contains(&query)).count())
            .collect();
    }
    let rows = &state.rows;
    let list = &state.list;
    let mut view: Vec<usize> = (0..n)
        .filter(|&i| list.filter.keeps(&rows[i]))
        .filter(|&i| query.is_empty() || list.matches[i] > 0)
        .collect();
    match list.sort {
        Sort::Name => view.sort_by(|&a, &b| rows[a].sort_key.cmp(&rows[b].sort_key)),
        Sort::Progress => view.sort_by(|&a, &b| {
            let (pa, pb) = (rows[a].overall, rows[b].overall);
            // answered/total compared without floats: pb.a * pa.t vs pa.a * pb.t.
            (pb.answered * pa.total)
                .cmp(&(pa.answered * pb.total))
                .then_with(|| rows[a].sort_key.cmp(&rows[b].sort_key))
        }),
        Sort::Date => view.sort_by(|&a, &b| {
            // Newest first; Some > None, so a date that is not one comes last.
            rows[b]
                .changed
                .cmp(&rows[a].changed)
                .then_with(|| rows[a].sort_key.cmp(&rows[b].sort_key))
        }),
    }
    state.list.cursor = keep
        .and_then(|k| view.iter().position(|&i| i == k))
        .unwrap_or(0);
    state.list.view = view;
}

/// What a search looks in, in workbook `wb`: the participant's name and the initiative,
/// every answer (and answer from before the session), every note, lower-cased.
fn search_words(state: &State, wb: usize) -> Vec<(Found, String)> {
    let Some(l) = state.cohort.workbooks.get(wb) else {
        return Vec::new();
    };
    let w = &l.workbook;
    let mut out = vec![
        (Found::Name, participant_name(w, &l.path).to_lowercase()),
        (Found::Name, w.meta.initiative.to_lowercase()),
    ];
    let words = |id: &str, a| answer_words(w, state.pack.prompt(id), a).to_lowercase();
    for (id, a) in &w.answers {
        out.push((Found::Prompt(id.clone()), words(id, a)));
        if let Some(before) = w.earlier_answer(id) {
            out.push((Found::Prompt(id.clone()), words(id, before)));
        }
    }
    if let Some(notes) = state.notes.get(wb) {
        for (id, list) in &notes.prompts {
            for n in list {
                let text = format!("{}\n{}", n.by, n.text).to_lowercase();
                out.push((Found::Prompt(id.clone()), text));
            }
        }
        for n in &notes.general {
            out.push((
                Found::Workbook,
                format!("{}\n{}", n.by, n.text).to_lowercase(),
            ));
        }
    }
    out
}

/// A key on the cohort list (not while typing a search).
pub(super) fn key(state: &mut State, key: Key) {
    let len = state.list.view.len();
    let last = len.saturating_sub(1);
    let c = &mut state.list.cursor;
    match key {
        Key::Up => *c = c.saturating_sub(1),
        Key::Down => *c = (*c + 1).min(last),
        Key::PageUp => *c = c.saturating_sub(10),
        Key::PageDown => *c = (*c + 10).min(last),
        Key::Home => *c = 0,
        Key::End => *c = last,
        Key::Char('s') => {
            state.list.sort = state.list.sort.next();
            refresh(state);
        }
        Key::Char('f') => {
            state.list.filter = state.list.filter.next();
            refresh(state);
        }
        Key::Char('/') => state.list.typing = true,
        Key::Enter => {
            if let Some(wb) = state.selected() {
                state.back.push(Screen::Cohort);
                state.screen = Screen::Reader(Reader {
                    wb,
                    section: 0,
                    item: 0,
                    scroll: 0,
                });
                // With a search, the reader opens at the first prompt it found.
                if !state.list.query.trim().is_empty() {
                    super::nav::first_match(state);
                }
            }
        }
        _ => {}
    }
}

/// A key while the search line is open: typing narrows the list at once; Enter keeps the
/// search and goes back to the list, Esc clears it.
pub(super) fn search_key(state: &mut State, key: Key) {
    match key {
        Key::Char(c) if !c.is_control() => state.list.query.push(c),
        Key::Backspace => {
            state.list.query.pop();
        }
        Key::Enter | Key::Down | Key::Tab => {
            state.list.typing = false;
            return;
        }
        Key::Esc => {
            state.list.typing = false;
            state.list.query.clear();
        }
        _ => return,
    }
    refresh(state);
}
