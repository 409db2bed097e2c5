//! The cohort list: what each row shows (computed once), and which rows show in which
//! order (sort, filter, and a search over every answer).
//!
//! Pure; reads the cohort, never changes it. Every text is made visible here once, so the
//! screens can show it as it is.

use crate::content::{Moment, Pack};
use crate::format::answer::{answer_words, participant_name};
use crate::text::sanitize::visible;
use crate::words::review::PackNote;
use crate::workbook::cohort::Cohort;
use crate::workbook::derive::{Progress, Status, theme_progress};

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
    /// The name lower-cased, for sorting.
    sort_key: String,
    /// The last change as an instant, for sorting (`None`: not a timestamp; sorts last).
    changed: Option<jiff::Timestamp>,
}

/// One line of a participant's text, made safe to show on one line.
pub fn one_line(text: &str) -> String {
    visible(text).replace('\n', "␊")
}

/// The rows of every workbook, in cohort order.
pub fn rows(cohort: &Cohort, pack: &Pack) -> Vec<RowInfo> {
    cohort
        .workbooks
        .iter()
        .map(|loaded| {
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
            }
        })
        .collect()
}

/// `2026-11-23T14:05:09Z` as `2026-11-23 14:05`.
fn short_time(rfc3339: &str) -> String {
    let t = rfc3339.trim();
    match (t.get(..10), t.get(10..11), t.get(11..16)) {
        (Some(day), Some("T" | " "), Some(hm)) => format!("{day} {hm}"),
        _ => t.to_string(),
    }
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
}

impl Filter {
    pub fn next(self) -> Filter {
        match self {
            Filter::All => Filter::NotStarted,
            Filter::NotStarted => Filter::InProgress,
            Filter::InProgress => Filter::Complete,
            Filter::Complete => Filter::Moment(Moment::Before),
            Filter::Moment(Moment::Before) => Filter::Moment(Moment::After),
            Filter::Moment(_) => Filter::All,
        }
    }

    fn keeps(self, row: &RowInfo) -> bool {
        match self {
            Filter::All => true,
            Filter::NotStarted => row.overall.status() == Status::NotStarted,
            Filter::InProgress => row.overall.status() == Status::Partly,
            Filter::Complete => row.overall.status() == Status::Done,
            Filter::Moment(m) => row.moment == m,
        }
    }
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
    /// Per workbook, how many answers hold the query (all 0 without one).
    pub matches: Vec<usize>,
    /// The workbooks shown, in order.
    pub view: Vec<usize>,
    pub cursor: usize,
    /// Per workbook, its answers as lower-cased words (built at the first search).
    index: Option<Vec<Vec<String>>>,
}

impl List {
    /// Answers that hold the query, over the rows shown.
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
        let index = state.list.index.get_or_insert_with(|| {
            state
                .cohort
                .workbooks
                .iter()
                .map(|l| {
                    l.workbook
                        .answers
                        .iter()
                        .map(|(id, a)| {
                            answer_words(&l.workbook, state.pack.prompt(id), a).to_lowercase()
                        })
                        .collect()
                })
                .collect()
        });
        state.list.matches = index
            .iter()
            .map(|answers| answers.iter().filter(|a| a.contains(&query)).count())
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
        Key::Enter | Key::Char('r') => {
            if let Some(wb) = state.selected() {
                state.back.push(Screen::Cohort);
                state.screen = Screen::Reader(Reader {
                    wb,
                    section: 0,
                    item: 0,
                    scroll: 0,
                });
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
