//! The raw shapes of `pictures:` and `read_back:` in pack.yaml, exactly as serde reads them.
//!
//! Unknown keys are refused here (`deny_unknown_fields`); nearly every key is optional so
//! that `pictures.rs` can report every missing key at once. Nothing here checks meaning.

use serde::Deserialize;

/// One picture: an id, a title, a caption and exactly one of `network`, `quadrant`, `bars`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPicture {
    pub id: Option<String>,
    pub title: Option<String>,
    pub caption: Option<String>,
    pub network: Option<RawNetwork>,
    pub quadrant: Option<String>,
    pub bars: Option<RawBars>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawNetwork {
    pub nodes: Option<String>,
    pub group: Option<String>,
    pub edges: Option<Vec<RawEdge>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawEdge {
    pub prompt: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub label: Option<String>,
    pub text: Option<String>,
    pub dashed: Option<bool>,
    pub heat: Option<RawHeat>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawHeat {
    pub prompt: Option<String>,
    pub axis: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawBars {
    pub prompt: Option<String>,
    pub column: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawReadBack {
    pub title: Option<String>,
    pub sections: Option<Vec<RawSection>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSection {
    pub title: Option<String>,
    pub picture: Option<String>,
    pub summary: Option<String>,
    /// Each entry one prompt, or several: the first of them that has an answer is quoted.
    pub prompts: Option<Vec<super::raw::OneOrMany>>,
}
