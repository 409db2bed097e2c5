//! The validated shape of a pack's pictures and closing read-back, as `pack.yaml` declares
//! them: which prompts each picture is drawn from, and what each read-back section sums up.
//!
//! Pure data with no serde or YAML details; it never computes a picture (that is
//! the `map` module) and never touches the terminal or the filesystem.

use super::model::PromptId;

/// One picture the pack declares.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct PictureSpec {
    /// Unique among the pack's pictures.
    pub id: String,
    pub title: String,
    /// One sentence saying what the picture shows (may be empty).
    pub caption: String,
    pub kind: PictureKind,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub enum PictureKind {
    /// The items of a list as nodes, and the items of other lists as edges between them.
    Network(NetworkSpec),
    /// A quadrant prompt's rows placed by their two ratings.
    Quadrant { prompt: PromptId },
    /// A bar per row of a grid, measured on one of its scale columns.
    Bars { prompt: PromptId, column: String },
}

impl PictureKind {
    /// The key used in YAML (`network`, `quadrant`, `bars`).
    pub fn id(&self) -> &'static str {
        match self {
            PictureKind::Network(_) => "network",
            PictureKind::Quadrant { .. } => "quadrant",
            PictureKind::Bars { .. } => "bars",
        }
    }
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct NetworkSpec {
    /// A list prompt: each item is a node.
    pub nodes: PromptId,
    /// A choice field of the node list's items that sorts nodes into groups.
    pub group: Option<String>,
    /// The kinds of edge, in the order they are drawn.
    pub edges: Vec<EdgeSpec>,
}

/// Edges drawn from the items of one list: each item links the two nodes its `from` and
/// `to` choice fields name.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct EdgeSpec {
    /// A list prompt whose items are edges.
    pub prompt: PromptId,
    /// Choice fields of that list's items whose options come from the node list.
    pub from: String,
    pub to: String,
    /// What this kind of edge is called (e.g. "Boundary").
    pub label: String,
    /// A field of the item shown on the edge after the item's name and a comma; without it,
    /// the item's name alone.
    pub text: Option<String>,
    /// Drawn dashed (a link that does not exist yet).
    pub dashed: bool,
    /// How hot each edge is: one axis of a quadrant whose rows are this list's items.
    pub heat: Option<HeatSpec>,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct HeatSpec {
    /// A quadrant prompt with `rows_from` the edge list.
    pub prompt: PromptId,
    pub axis: AxisPick,
}

/// One of a quadrant's two axes.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, Copy, PartialEq, Eq)]
pub enum AxisPick {
    X,
    Y,
}

/// The closing read-back: a title and sections in order.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct ReadBackSpec {
    pub title: String,
    pub sections: Vec<SectionSpec>,
}

/// One section: a summary of a picture, answers quoted in full, or both (summary first).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct SectionSpec {
    pub title: String,
    /// The id of a picture this section sums up, and how.
    pub picture: Option<(String, Summary)>,
    /// Answers to quote, in order: for each entry, the answer of its first prompt that has
    /// one (a revised call, else the first draft), or a note that the first is missing.
    pub prompts: Vec<Vec<PromptId>>,
}

/// How a read-back section sums up its picture.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, Copy, PartialEq, Eq)]
pub enum Summary {
    /// A network: how many nodes and edges, and the nodes by group.
    Groups,
    /// A quadrant: one line per quadrant, naming who is in it.
    Quadrants,
    /// A quadrant: the rows rated high on x, highest first (ties: higher y first).
    Hottest,
    /// Bars: the rows rated in the lower half of the scale, lowest first.
    Lowest,
    /// Bars: one line per value, highest first, naming the rows at it.
    Levels,
}

impl Summary {
    pub const ALL: [Summary; 5] = [
        Summary::Groups,
        Summary::Quadrants,
        Summary::Hottest,
        Summary::Lowest,
        Summary::Levels,
    ];

    /// The id used in YAML (`summary:`).
    pub fn id(self) -> &'static str {
        match self {
            Summary::Groups => "groups",
            Summary::Quadrants => "quadrants",
            Summary::Hottest => "hottest",
            Summary::Lowest => "lowest",
            Summary::Levels => "levels",
        }
    }

    pub fn from_id(id: &str) -> Option<Summary> {
        Summary::ALL.into_iter().find(|s| s.id() == id)
    }

    /// The summaries that fit a picture of this kind; the first is the default.
    pub fn for_kind(kind: &PictureKind) -> &'static [Summary] {
        match kind {
            PictureKind::Network(_) => &[Summary::Groups],
            PictureKind::Quadrant { .. } => &[Summary::Quadrants, Summary::Hottest],
            PictureKind::Bars { .. } => &[Summary::Levels, Summary::Lowest],
        }
    }
}
