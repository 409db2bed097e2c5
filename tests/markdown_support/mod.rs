//! A small content pack with every prompt kind, and workbook strategies, for the Markdown
//! file tests and benchmarks. Test-only; never used by the program.
#![allow(
    dead_code,
    unused_imports,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic
)]

pub mod hostile_pack;
pub mod map;
pub mod map_shape;
pub mod pack;
pub mod pandoc;
pub mod strategy;

pub use hostile_pack::*;
pub use map::*;
pub use map_shape::*;
pub use pack::*;
pub use pandoc::*;
pub use strategy::*;
