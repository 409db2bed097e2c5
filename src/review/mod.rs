//! The coach's side: the review screens' state machine (`app`) over a cohort of
//! participants' workbooks (`workbook::cohort`, loaded by `store::cohort`).
//!
//! Never writes, locks or changes a participant's file; every text taken from a file is
//! made safe (control characters visible) where it is shown or exported. No terminal types,
//! except in `app` (the review screens' state, keys and note editor).

pub mod app;
