//! A problem found in a content pack, located as `file:line:column`.

use std::fmt;

/// One problem in a content pack. Lines and columns count from 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file's path as given (relative to the pack folder, e.g. `landscape.yaml`).
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// What is wrong, in words a content author understands.
    pub message: String,
    /// What to do about it, if there is something useful to say.
    pub hint: Option<String>,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.column, self.message
        )?;
        if let Some(hint) = &self.hint {
            write!(f, " (hint: {hint})")?;
        }
        Ok(())
    }
}
