//! The types of the map of an initiative: pictures (network, quadrant, bars) and the
//! read-back. Labels are the participant's or the pack's words, not yet sanitised: whoever
//! shows them (TUI, Markdown) makes them safe for its medium.
//!
//! Pure data: no terminal types, no I/O, no computation beyond simple accessors.

/// Everything the pack's pictures and read-back show for one workbook.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Map {
    /// In the order the pack declares them.
    pub pictures: Vec<Picture>,
    /// `None` when the pack declares no read-back.
    pub read_back: Option<ReadBack>,
}

/// One picture: an id and title from the pack, and what to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct Picture {
    /// Stable id from the pack (`landscape`, `power`, …).
    pub id: String,
    pub title: String,
    /// One sentence from the pack saying what the picture shows (may be empty).
    pub caption: String,
    pub body: PictureBody,
}

// A map holds a handful of pictures, built once per drawing: the quadrant's extra size
// costs nothing worth a box.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum PictureBody {
    Network(Network),
    Quadrant(QuadrantChart),
    Bars(Bars),
}

impl PictureBody {
    /// True when there is nothing to draw yet (no nodes, no placed points, no bar values).
    pub fn is_empty(&self) -> bool {
        match self {
            PictureBody::Network(n) => n.nodes.is_empty(),
            PictureBody::Quadrant(q) => q.points.is_empty(),
            PictureBody::Bars(b) => b.bars.iter().all(|bar| bar.value.is_none()),
        }
    }
}

/// Practices (nodes) and the boundaries or links between them (edges).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Network {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
    /// The groups nodes fall in (e.g. the labels of a "type" choice), in option order;
    /// `Node::group` indexes this.
    pub groups: Vec<String>,
    /// The kinds of edge (e.g. "Boundary", "Unrealised link"), in declaration order;
    /// `Edge::kind` indexes this.
    pub edge_kinds: Vec<EdgeKind>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub label: String,
    /// Index into `Network::groups`, when the node's group is answered.
    pub group: Option<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EdgeKind {
    pub label: String,
    /// Drawn dashed (e.g. a link that does not exist yet) rather than solid.
    pub dashed: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// Indices into `Network::nodes`.
    pub from: usize,
    pub to: usize,
    /// Index into `Network::edge_kinds`.
    pub kind: usize,
    /// The item's name (e.g. the participant's name for the boundary), with the edge's
    /// `text` field after a comma (e.g. its kind), when answered.
    pub label: Option<String>,
    /// How hot the edge is (e.g. a boundary's friction), when rated.
    pub heat: Option<Heat>,
}

/// A rating on a numeric scale, with the scale's range and where "high" starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Heat {
    pub value: i64,
    pub min: i64,
    pub max: i64,
    pub high_from: i64,
}

impl Heat {
    pub fn is_high(&self) -> bool {
        self.value >= self.high_from
    }
}

/// A 2×2 chart: each row of a quadrant prompt placed by its two ratings.
#[derive(Debug, Clone, PartialEq)]
pub struct QuadrantChart {
    pub x: ChartAxis,
    pub y: ChartAxis,
    /// Quadrant labels in Mermaid's order: [high x high y (top right), low x high y (top
    /// left), low x low y (bottom left), high x low y (bottom right)].
    pub quadrants: [String; 4],
    /// Rows rated on both axes.
    pub points: Vec<Point>,
    /// Rows not (fully) rated yet, by label.
    pub unplaced: Vec<String>,
    /// The groups points fall in (e.g. the types of practice on a cohort's picture), in
    /// order; `Point::group` indexes this. Empty when the points are not grouped.
    pub groups: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChartAxis {
    pub label: String,
    pub min: i64,
    pub max: i64,
    /// The words at the low and high ends of the scale.
    pub low: String,
    pub high: String,
    /// Values from here up count as high.
    pub high_from: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub label: String,
    pub x: i64,
    pub y: i64,
    /// Index into `QuadrantChart::quadrants`.
    pub quadrant: usize,
    /// Index into `QuadrantChart::groups`, when the point's group is known.
    pub group: Option<usize>,
}

/// A bar per row of a grid, measured on one of its scale columns.
#[derive(Debug, Clone, PartialEq)]
pub struct Bars {
    /// The column's label (e.g. "Legitimacy").
    pub measure: String,
    pub min: i64,
    pub max: i64,
    /// For a scale of named levels: the label of each value from `min` to `max`
    /// (`levels.len() == max - min + 1`); empty for a numeric scale.
    pub levels: Vec<String>,
    /// The words at the low and high ends (for a numeric scale; the first and last level
    /// otherwise).
    pub low: String,
    pub high: String,
    pub bars: Vec<Bar>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    /// `None` when the row is not rated yet.
    pub value: Option<i64>,
}

/// The closing read-back: one summary of the whole map.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadBack {
    pub title: String,
    pub sections: Vec<ReadBackSection>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ReadBackSection {
    pub title: String,
    /// The picture this section summarises (index into `Map::pictures`), if any.
    pub picture: Option<usize>,
    pub items: Vec<ReadBackItem>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ReadBackItem {
    /// A derived summary line, e.g. "Co-convene: Public health, the GP federation".
    Line(String),
    /// A participant's answer quoted in full (text may span lines and contain Markdown).
    Answer { question: String, text: String },
    /// Something not answered yet, e.g. "The 30-day plan is not written yet".
    Missing(String),
}
