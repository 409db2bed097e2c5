//! The validated content model: pack → themes → exercises → prompts.
//!
//! These types are what the rest of the program sees once a pack has loaded and passed
//! validation. They carry no serde or YAML details (the raw file shapes live in `raw.rs`) and
//! never touch the terminal or the filesystem.

use std::collections::HashMap;

pub use super::grid_model::{Axis, FilterTest, Quadrants, RowFilter, Rows};
pub use super::kind::PromptKind;

/// A qualified prompt id, `exercise_id.prompt_id`. Answers are keyed by it.
pub type PromptId = String;

/// A pack's words (titles, guidance, questions, labels): borrowed from the binary for the
/// built-in pack (build.rs writes them as literals, so loading it copies none), owned
/// for a pack read from files.
pub type Words = std::borrow::Cow<'static, str>;

/// A whole content pack, validated.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct Pack {
    /// Stable id of the pack, e.g. `systems-convening`.
    pub id: String,
    /// The pack's version, free-form (e.g. `1.0.0`).
    pub version: String,
    pub title: Words,
    /// A short description of the pack (Markdown).
    pub description: Words,
    /// Who wrote the pack and which frameworks it draws on (Markdown).
    pub attribution: Words,
    /// Themes in the order the pack file lists them.
    pub themes: Vec<Theme>,
    /// The pictures of the map, in the order pack.yaml declares them (may be none).
    pub pictures: Vec<super::PictureSpec>,
    /// The closing read-back, if pack.yaml declares one.
    pub read_back: Option<super::ReadBackSpec>,
    /// The paths through the pack, in the order pack.yaml declares them; `full` (every
    /// exercise) is always among them, last unless the pack places it.
    pub paths: Vec<super::PathSpec>,
    /// Where each qualified prompt id lives: (theme index, exercise index, prompt index).
    pub(crate) index: HashMap<PromptId, (usize, usize, usize)>,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct Theme {
    pub id: String,
    pub title: Words,
    /// A short introduction to the theme (Markdown).
    pub intro: Words,
    pub exercises: Vec<Exercise>,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct Exercise {
    /// Unique across the whole pack.
    pub id: String,
    pub title: Words,
    pub level: Level,
    pub moment: Moment,
    /// One or two sentences: why this exercise matters.
    pub purpose: Words,
    /// The idea explained in plain words, with an example (Markdown).
    pub guidance: Words,
    /// Where the idea comes from (attribution note, Markdown), if any.
    pub source: Option<Words>,
    /// The declared paths this exercise belongs to (every exercise is also in `full`).
    pub paths: Vec<String>,
    /// About how long the exercise takes, in minutes, if the pack says.
    pub minutes: Option<u32>,
    pub prompts: Vec<Prompt>,
}

/// The four levels of reflection of the masterclass.
#[derive(
    Debug, Clone, serde::Serialize, serde::Deserialize, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
)]
pub enum Level {
    Today,
    NewApproach,
    LanguageForAction,
    DoingTheWork,
}

impl Level {
    pub const ALL: [Level; 4] = [
        Level::Today,
        Level::NewApproach,
        Level::LanguageForAction,
        Level::DoingTheWork,
    ];

    /// The id used in YAML.
    pub fn id(self) -> &'static str {
        match self {
            Level::Today => "today",
            Level::NewApproach => "new-approach",
            Level::LanguageForAction => "language-for-action",
            Level::DoingTheWork => "doing-the-work",
        }
    }

    /// The label shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Level::Today => "Today",
            Level::NewApproach => "A new approach",
            Level::LanguageForAction => "Language for action",
            Level::DoingTheWork => "Doing the work",
        }
    }

    pub fn from_id(id: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.id() == id)
    }
}

/// When an exercise is meant to be done.
#[derive(
    Debug, Clone, serde::Serialize, serde::Deserialize, Copy, PartialEq, Eq, Hash, Default,
)]
pub enum Moment {
    Before,
    After,
    #[default]
    Any,
}

impl Moment {
    pub const ALL: [Moment; 3] = [Moment::Before, Moment::After, Moment::Any];

    /// The id used in YAML and in the workbook's front matter.
    pub fn id(self) -> &'static str {
        match self {
            Moment::Before => "before",
            Moment::After => "after",
            Moment::Any => "any",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Moment::Before => "Before a session",
            Moment::After => "After a session",
            Moment::Any => "Any time",
        }
    }

    pub fn from_id(id: &str) -> Option<Moment> {
        Moment::ALL.into_iter().find(|m| m.id() == id)
    }
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct Prompt {
    /// Unique within its exercise.
    pub id: String,
    /// `exercise_id.prompt_id`.
    pub qualified_id: PromptId,
    /// The question as shown to the participant.
    pub text: Words,
    /// An optional hint shown under the question.
    pub help: Option<Words>,
    /// Optional prompts are offered like the others but not counted in progress.
    pub optional: bool,
    /// The qualified id this prompt had in an earlier version of the pack: an answer stored
    /// under it follows to this prompt (see `workbook::derive::follow_moves`).
    pub was: Option<PromptId>,
    /// This line is the initiative's name (`names_initiative: true`): a new workbook starts
    /// with the name given at the welcome as its answer, and answering it renames the
    /// workbook's initiative (its title).
    #[serde(default)]
    pub names_initiative: bool,
    pub kind: PromptKind,
}

/// A sub-field of a list item, or a column of a grid.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct Field {
    pub id: String,
    pub label: Words,
    pub help: Option<Words>,
    pub kind: FieldKind,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub enum FieldKind {
    Line,
    Text,
    Choice(Options),
    MultiChoice(Options),
    Scale(Scale),
}

/// A labelled option with a stable id (also a scale's level and a grid's fixed row).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct Opt {
    pub id: String,
    pub label: Words,
    pub hint: Option<Words>,
    /// Only on a grid's fixed row: the ends its numeric scale cells read between, instead
    /// of the column's own `low` and `high` (e.g. the two words of a spectrum).
    pub ends: Option<Ends>,
}

/// What the two ends of a numeric scale mean.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct Ends {
    pub low: Words,
    pub high: Words,
}

/// Where a choice's options come from.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub enum Options {
    /// Options written in the pack.
    Fixed(Vec<Opt>),
    /// The items of one or more earlier list answers (option id = item name).
    FromLists(Vec<PromptId>),
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub enum Scale {
    /// A number from `min` to `max`, with labelled ends.
    Numeric(NumericScale),
    /// Ordered, labelled levels (lowest first); the answer is the level's id.
    Levels(Vec<Opt>),
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct NumericScale {
    pub min: i64,
    pub max: i64,
    /// What the lowest value means, e.g. "no influence".
    pub low: Words,
    /// What the highest value means, e.g. "decides".
    pub high: Words,
}

impl Pack {
    /// Builds a pack and its prompt index. Validation happens before this, in `validate`.
    pub fn new(
        id: String,
        version: String,
        title: String,
        description: String,
        attribution: String,
        themes: Vec<Theme>,
    ) -> Pack {
        let mut index = HashMap::new();
        for (t, theme) in themes.iter().enumerate() {
            for (e, exercise) in theme.exercises.iter().enumerate() {
                for (p, prompt) in exercise.prompts.iter().enumerate() {
                    index.insert(prompt.qualified_id.clone(), (t, e, p));
                }
            }
        }
        Pack {
            id,
            version,
            title: title.into(),
            description: description.into(),
            attribution: attribution.into(),
            themes,
            pictures: Vec::new(),
            read_back: None,
            paths: vec![super::PathSpec::full()],
            index,
        }
    }

    /// The same pack with these paths (validated before this; `full` among them).
    pub fn with_paths(mut self, paths: Vec<super::PathSpec>) -> Pack {
        self.paths = paths;
        self
    }

    /// The same pack with these pictures and read-back (validated before this).
    pub fn with_pictures(
        mut self,
        pictures: Vec<super::PictureSpec>,
        read_back: Option<super::ReadBackSpec>,
    ) -> Pack {
        self.pictures = pictures;
        self.read_back = read_back;
        self
    }

    /// The picture with this id.
    pub fn picture(&self, id: &str) -> Option<&super::PictureSpec> {
        self.pictures.iter().find(|p| p.id == id)
    }

    /// The prompt with this qualified id.
    pub fn prompt(&self, id: &str) -> Option<&Prompt> {
        let &(t, e, p) = self.index.get(id)?;
        self.themes.get(t)?.exercises.get(e)?.prompts.get(p)
    }

    /// The theme and exercise that hold this prompt.
    pub fn locate(&self, id: &str) -> Option<(&Theme, &Exercise)> {
        let &(t, e, _) = self.index.get(id)?;
        let theme = self.themes.get(t)?;
        Some((theme, theme.exercises.get(e)?))
    }

    /// The line that names the initiative (`names_initiative: true`), if the pack has one.
    pub fn initiative_prompt(&self) -> Option<&Prompt> {
        self.prompts().find(|p| p.names_initiative)
    }

    /// Every prompt in pack order.
    pub fn prompts(&self) -> impl Iterator<Item = &Prompt> {
        self.exercises().flat_map(|e| e.prompts.iter())
    }

    /// Every exercise in pack order.
    pub fn exercises(&self) -> impl Iterator<Item = &Exercise> {
        self.themes.iter().flat_map(|t| t.exercises.iter())
    }

    pub fn exercise(&self, id: &str) -> Option<&Exercise> {
        self.exercises().find(|e| e.id == id)
    }

    pub fn prompt_count(&self) -> usize {
        self.index.len()
    }
}
