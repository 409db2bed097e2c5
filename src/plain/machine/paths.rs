//! Paths in plain mode: the questions asked are those of the path the workbook follows, and
//! `:path` lists the paths or follows another. Changing path never touches an answer:
//! widening to the whole workbook shows every one again.
//!
//! Pure: changes the state and the path the workbook records; never saves or writes.

use crate::content::FULL_PATH;
use crate::words::paths::{PathFacts, PathSay};
use crate::words::plain::Say;
use crate::workbook::Workbook;
use crate::workbook::derive::{self, chosen_path};

use super::super::{nav, parse};
use super::{Plain, Reply};

impl Plain<'_> {
    /// Asks the questions of the workbook's path from now on.
    pub(super) fn follow_path(&mut self, wb: &Workbook) {
        self.spots = nav::spots(self.pack, chosen_path(wb, self.pack));
        self.exercises = self.spots.last().map_or(0, |s| s.ordinal);
    }

    /// The first question of the path without an answer (or the first one).
    pub(super) fn first_unanswered(&self, wb: &Workbook) -> usize {
        self.spots
            .iter()
            .position(|s| wb.answer(&s.prompt.qualified_id).is_none())
            .unwrap_or(0)
    }

    /// `:path` lists the paths; `:path N` or `:path ID` follows one. The question asked now
    /// stays when it is on the new path; otherwise the new path's first unanswered one is
    /// asked.
    pub(super) fn path_command(&mut self, wb: &mut Workbook, arg: &str, reply: &mut Reply) {
        let out = &mut reply.lines;
        if arg.trim().is_empty() {
            let now = chosen_path(wb, self.pack);
            out.push(Say::Blank);
            out.push(Say::Path(PathSay::Head));
            for (i, p) in self.pack.paths.iter().enumerate() {
                out.push(Say::Path(PathSay::Entry {
                    n: i + 1,
                    facts: PathFacts::of(self.pack, p, None),
                    now: p.id == now,
                }));
            }
            out.push(Say::Path(PathSay::How));
            self.now(wb, out);
            return;
        }
        let spec = match parse::path(arg, self.pack) {
            Ok(spec) => spec,
            Err(why) => {
                out.push(why);
                self.now(wb, out);
                return;
            }
        };
        let here = self.spot().map(|s| s.prompt.qualified_id.clone());
        if wb.meta.path != spec.id {
            wb.meta.path.clone_from(&spec.id);
            reply.save = true;
        }
        self.follow_path(wb);
        let left = derive::path_minutes_left(wb, self.pack, &spec.id);
        out.push(Say::Path(PathSay::Now(PathFacts::of(
            self.pack, spec, left,
        ))));
        let still = here.and_then(|id| self.spots.iter().position(|s| s.prompt.qualified_id == id));
        match still {
            Some(at) => {
                self.at = at;
                self.now(wb, out);
            }
            None => {
                let at = self.first_unanswered(wb);
                self.go(wb, at, out);
            }
        }
    }

    /// At the end of a path that is not the whole workbook: how to go on.
    pub(super) fn end_of_path(&self, wb: &Workbook) -> Option<Say> {
        let path = chosen_path(wb, self.pack);
        let spec = self.pack.path(path).filter(|p| !p.is_full())?;
        Some(Say::Path(PathSay::End(spec.title.clone())))
    }

    /// What to say when `:go` found nothing, if what it names is in the pack but off the
    /// path.
    pub(super) fn off_path(&self, wb: &Workbook, target: &str) -> Option<Say> {
        // A number counts along the path: it says nothing about the pack.
        if target.trim().parse::<usize>().is_ok() {
            return None;
        }
        let spec = self.pack.path(chosen_path(wb, self.pack))?;
        nav::find(&nav::spots(self.pack, FULL_PATH), target)?;
        Some(Say::Path(PathSay::NotOn {
            target: target.trim().to_string(),
            title: spec.title.clone(),
        }))
    }
}
