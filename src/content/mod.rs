//! Content packs: the exercises, as YAML files, loaded and validated into a `Pack`.
//!
//! No terminal, no UI, no files: loading works on bytes (`store::pack` reads a pack folder).

mod choices;
mod cx;
pub mod grid_model;
mod grids;
mod kind;
pub mod load;
pub mod model;
mod pack_file;
mod parse;
pub mod path_model;
mod paths;
pub mod picture_model;
mod pictures;
mod positions;
pub mod problem;
mod prompts;
mod raw;
mod raw_pictures;
mod read_back;
mod refs;
mod validate;
mod words;
mod yaml_errors;
pub mod yaml_guard;

pub use grid_model::*;
pub use kind::Shape;
pub use load::{PACK_FILE, load_files};
#[cfg(convene_builtin)]
pub use load::{check_builtin, load_builtin};
pub use model::*;
pub use parse::MAX_FILE_BYTES;
pub use path_model::*;
pub use picture_model::*;
pub use problem::Problem;
