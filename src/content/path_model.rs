//! Paths through a pack: named selections of its exercises (`core` before a session, `after`
//! one, `full` for everything), what each may build on, and how long each takes by the
//! pack's own estimates.
//!
//! Pure data and queries over a validated pack; no serde, no terminal, no files. What a
//! participant has done on a path (progress, time left) is `workbook::derive`'s business.

use super::model::{Exercise, Moment, Pack};

/// The id of the path that holds every exercise.
pub const FULL_PATH: &str = "full";

/// One path a participant can choose.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct PathSpec {
    /// Unique among the pack's paths.
    pub id: String,
    pub title: String,
    /// What the path is for, in a sentence or two (Markdown).
    pub purpose: String,
    /// Earlier paths whose answers this path's exercises may use.
    pub builds_on: Vec<String>,
}

impl PathSpec {
    /// The `full` path a pack has when it does not describe its own.
    pub fn full() -> PathSpec {
        PathSpec {
            id: FULL_PATH.to_string(),
            title: "The whole workbook".to_string(),
            purpose: "Every exercise in the pack.".to_string(),
            builds_on: Vec::new(),
        }
    }

    pub fn is_full(&self) -> bool {
        self.id == FULL_PATH
    }
}

impl Pack {
    /// The path with this id.
    pub fn path(&self, id: &str) -> Option<&PathSpec> {
        self.paths.iter().find(|p| p.id == id)
    }

    /// Is the exercise on this path? Every exercise is on `full`; an unknown path holds none.
    pub fn on_path(&self, exercise: &Exercise, path: &str) -> bool {
        path == FULL_PATH || exercise.paths.iter().any(|p| p == path)
    }

    /// The exercises on a path, in pack order.
    pub fn path_exercises<'a>(&'a self, path: &'a str) -> impl Iterator<Item = &'a Exercise> {
        self.exercises().filter(move |e| self.on_path(e, path))
    }

    /// The pack's estimate for a path, in minutes: the sum of its exercises' estimates, or
    /// `None` when none of them has one.
    pub fn path_minutes(&self, path: &str) -> Option<u32> {
        let estimates: Vec<u32> = self
            .path_exercises(path)
            .filter_map(|e| e.minutes)
            .collect();
        (!estimates.is_empty()).then(|| estimates.iter().sum())
    }

    /// The paths whose answers a path's exercises may use: itself and every path it builds
    /// on, directly or through another (for `full`, every path).
    pub fn path_sees<'a>(&'a self, path: &'a str) -> Vec<&'a str> {
        if path == FULL_PATH {
            return self.paths.iter().map(|p| p.id.as_str()).collect();
        }
        let mut seen: Vec<&str> = Vec::new();
        let mut todo = vec![path];
        while let Some(id) = todo.pop() {
            if seen.contains(&id) {
                continue;
            }
            seen.push(id);
            if let Some(spec) = self.path(id) {
                todo.extend(spec.builds_on.iter().map(String::as_str));
            }
        }
        seen
    }

    /// The moment a path is for, from its exercises: the one most of them name (before or
    /// after a session), `Any` for `full`, for a tie, or when most fit any time.
    pub fn path_moment(&self, path: &str) -> Moment {
        if path == FULL_PATH {
            return Moment::Any;
        }
        let count = |m: Moment| self.path_exercises(path).filter(|e| e.moment == m).count();
        let (before, after, any) = (
            count(Moment::Before),
            count(Moment::After),
            count(Moment::Any),
        );
        if before > after && before > any {
            Moment::Before
        } else if after > before && after > any {
            Moment::After
        } else {
            Moment::Any
        }
    }
}
