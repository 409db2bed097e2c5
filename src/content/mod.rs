//! Content packs: the exercises, as YAML files, loaded and validated into a `Pack`.
//!
//! No terminal, no UI. Loading reads files only in `load_dir`; everything else is pure.

pub mod load;
pub mod model;
pub mod problem;

pub use load::{load_builtin, load_dir};
pub use model::*;
pub use problem::Problem;
