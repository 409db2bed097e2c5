//! Every user-facing sentence of the participant's screens (`participant`), the review
//! screens (`review`), plain mode (`plain`) and the paths through a pack (`paths`), in one
//! place below the state machines and the renderers.
//!
//! Words only: never formats terminal codes, never touches a file.

pub mod participant;
pub mod paths;
pub mod plain;
pub mod review;
