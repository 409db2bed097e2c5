//! Opening a workbook in the participant's TUI: the store carries out the TUI's saves, and
//! the home screen is fed from the data directory.
//!
//! Where the participant's TUI gets its workbook sessions from `store` (`tui` itself takes
//! only `Ctx`, the environment and, for the review, the notes saver); it decides nothing
//! about screens.

use std::path::Path;
use std::process::ExitCode;

use crate::app::home::{HomeChoice, HomeEntry};
use crate::store::Ctx;
use crate::store::{self, OwnLater, SaveOutcome, Session};
use crate::tui::{self, Ended, Persist, SaveNote};
use crate::words::saving;
use crate::workbook::notes::CoachNotes;
use crate::workbook::{Taken, Workbook};

/// The store as the TUI's way of saving: stamps `updated`, writes atomically, never
/// overwrites a file changed by someone else.
struct StorePersist<'a> {
    session: Session,
    ctx: &'a Ctx,
    /// When each snapshot taken in this sitting was first saved (by its place in
    /// `Workbook::earlier`): the screen's copy stays undated, and every later save must
    /// write the same date, the one of the Ctrl-T.
    dated: std::collections::BTreeMap<usize, String>,
    /// The participant's own text outside the answers, until it is found (after the first
    /// frame, or at the first save if that comes first).
    later: Option<OwnLater>,
    /// Once found, the workbook's whole own text, written at every save.
    own: Option<Vec<crate::workbook::OwnText>>,
    /// Whether `settle` has run (it starts the time zone's look-up).
    settled: bool,
}

impl StorePersist<'_> {
    fn new(session: Session, ctx: &Ctx, later: Option<OwnLater>) -> StorePersist<'_> {
        StorePersist {
            session,
            ctx,
            dated: std::collections::BTreeMap::new(),
            later,
            own: None,
            settled: false,
        }
    }
}

impl Persist for StorePersist<'_> {
    fn settle(&mut self) -> anyhow::Result<()> {
        if !std::mem::replace(&mut self.settled, true) {
            // For the first save's time stamp (a scan of the zone database, on a thread).
            store::clock::look_up_zone();
        }
        if let Some(later) = self.later.take() {
            self.own = Some(later.own(&self.ctx.pack)?);
        }
        Ok(())
    }

    fn save(&mut self, workbook: &Workbook) -> Result<SaveNote, String> {
        // Never a save before the own text is known: it would lose it.
        self.settle().map_err(|err| store::reason(err.as_ref()))?;
        let mut copy = workbook.clone();
        if let Some(own) = &self.own {
            copy.own.clone_from(own);
        }
        for (n, s) in copy.earlier.iter_mut().enumerate() {
            if s.taken == Taken::Pending
                && let Some(at) = self.dated.get(&n)
            {
                s.taken = Taken::At(at.clone());
            }
        }
        let saved = store::save_workbook(&mut self.session, &mut copy, &self.ctx.pack);
        // The snapshots this save dated for the first time, for the screen to show.
        let mut new = Vec::new();
        for (n, s) in copy.earlier.iter().enumerate() {
            if let Some(at) = s.taken.at()
                && workbook
                    .earlier
                    .get(n)
                    .is_some_and(|w| w.taken == Taken::Pending)
            {
                self.dated.entry(n).or_insert_with(|| at.to_string());
                new.push((n, at.to_string()));
            }
        }
        match saved {
            Ok(SaveOutcome::Saved) => Ok(SaveNote::Saved(new)),
            Ok(SaveOutcome::SavedAside(path)) => Ok(SaveNote::SavedAside(path, new)),
            // With the system's reason first: "No space left on device" says what to do,
            // and the status line may be cut at its end.
            Err(err) => Err(store::reason_first(&err)),
        }
    }
}

/// Runs an open workbook in plain mode (lines on standard input and output) or in the
/// full-screen workbook.
/// `later`: the workbook's own text still to be found (`store::open_workbook_for_later`).
pub fn run_in(
    ctx: &Ctx,
    session: Session,
    mut workbook: Workbook,
    later: Option<OwnLater>,
    plain: bool,
) -> anyhow::Result<ExitCode> {
    if plain {
        // The first save of plain mode should not wait for it either.
        store::clock::look_up_zone();
        if let Some(later) = later {
            workbook.own = later.own(&ctx.pack)?;
        }
        return crate::plain::run_session(
            ctx,
            session,
            workbook,
            std::io::BufReader::new(std::io::stdin()),
            crate::store::console::stdout(),
        );
    }
    run(ctx, session, workbook, later)
}

/// Runs the workbook screen on an open session until the participant quits; when they
/// choose a copy saved after a conflict instead, that one next. When saves went to such a
/// copy, says so at the end with its full path and the command that opens it.
pub fn run(
    ctx: &Ctx,
    session: Session,
    workbook: Workbook,
    later: Option<OwnLater>,
) -> anyhow::Result<ExitCode> {
    let (mut session, mut workbook, mut later) = (session, workbook, later);
    loop {
        let path = session.path().to_path_buf();
        let opened = tui::Opened {
            coach_notes: coach_notes(&path, &workbook, &ctx.notes_also),
            conflict_copies: store::conflict_copies(&path)
                .iter()
                .map(|p| p.display().to_string())
                .collect(),
        };
        let mut persist = StorePersist::new(session, ctx, later);
        let label = store::full_path(&path).display().to_string();
        let ended = tui::run_session(ctx, &mut persist, workbook, label.clone(), opened)?;
        let aside = persist.session.aside().is_some();
        if let Some(copy) = persist.session.aside() {
            store::console::warn(&saving::saved_in_copy(
                &path.display().to_string(),
                &copy.display().to_string(),
                false,
            ));
        }
        if matches!(ended, Ended::Quit(code) if code == ExitCode::SUCCESS) && !aside {
            // Where the file is, for whoever looks for it after closing convene.
            let _ = store::console::say(&crate::words::guide::saved_at(&label));
        }
        match ended {
            Ended::Quit(code) => return Ok(code),
            Ended::Open(copy) => {
                drop(persist);
                let (s, w, l) = store::open_workbook_for_later(&copy, &ctx.pack)?;
                (session, workbook, later) = (s, w, Some(l));
            }
        }
    }
}

/// The coach's notes beside the workbook at `path`, or why they cannot be shown (the
/// workbook opens either way).
pub fn coach_notes(
    path: &Path,
    workbook: &Workbook,
    also: &[std::path::PathBuf],
) -> Result<Option<CoachNotes>, String> {
    store::feedback::notes_for(path, &workbook.meta.stable_id(), also)
        .map_err(|err| store::reason(&err))
}

/// `convene` with no command: the home screen (or the first-time welcome), then the
/// workbook chosen or started there.
pub fn home(ctx: &Ctx) -> anyhow::Result<ExitCode> {
    let dir = store::data_dir(ctx.data_dir_override.as_deref())?;
    let entries: Vec<HomeEntry> = store::list_fronts(&dir, &ctx.pack)
        .into_iter()
        .filter_map(|listed| {
            let front = listed.front.ok()?;
            Some(HomeEntry {
                path: listed.path,
                initiative: front.meta.initiative,
                updated: front.meta.updated,
                progress: front.progress,
            })
        })
        .collect();
    // A workbook that cannot be opened (damaged further down than the home screen reads,
    // open in another convene, gone) brings the home screen back, saying why: nothing was
    // changed, and the participant can choose another.
    let mut not_opened = None;
    loop {
        match tui::choose_workbook(ctx, entries.clone(), not_opened.take())? {
            HomeChoice::Quit => return Ok(ExitCode::SUCCESS),
            HomeChoice::Open(path) => match store::open_workbook_for_later(&path, &ctx.pack) {
                Ok((session, workbook, later)) => {
                    return run(ctx, session, workbook, Some(later));
                }
                Err(err) => not_opened = Some((path, store::reason(&err))),
            },
            HomeChoice::New {
                initiative,
                participant,
                moment,
                path: chosen,
            } => {
                let path = store::new_workbook_path(&dir, &initiative);
                let mut workbook = store::blank_workbook(&ctx.pack, &initiative, &participant);
                super::new::start_on(&ctx.pack, &mut workbook, chosen, Some(moment));
                let session = store::create_workbook(&path, &workbook, &ctx.pack)?;
                return run(ctx, session, workbook, None);
            }
        }
    }
}

pub(super) fn open(ctx: &Ctx, path: &Path) -> anyhow::Result<ExitCode> {
    let (session, workbook, later) = store::open_workbook_for_later(path, &ctx.pack)?;
    run(ctx, session, workbook, Some(later))
}
