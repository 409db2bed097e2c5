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

/// The real Mermaid parser's script (tests/mermaid/check.mjs), when node and
/// `npm ci --prefix tests/mermaid` are there; `None` (said on stderr) when not, which CI
/// never allows.
pub fn mermaid_checker() -> Option<std::path::PathBuf> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/mermaid");
    let ready = dir.join("node_modules/mermaid").is_dir()
        && std::process::Command::new("node")
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success());
    if !ready {
        assert!(
            std::env::var("CI").map_or(true, |v| v != "true"),
            "CI=true but the Mermaid parser is not installed: run `npm ci --prefix tests/mermaid`"
        );
        eprintln!("node or tests/mermaid/node_modules missing: skipping the Mermaid parser check");
        return None;
    }
    Some(dir.join("check.mjs"))
}
