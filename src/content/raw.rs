//! The raw shapes of pack files, exactly as serde reads them from YAML.
//!
//! Unknown keys are refused here (`deny_unknown_fields`); nearly every key is optional so that
//! the validation pass (`validate.rs`) can report all missing keys at once, in plain words.
//! Nothing here checks meaning, touches the filesystem or knows about the terminal.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, MapAccess, SeqAccess, Visitor};

/// `pack.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPack {
    pub id: Option<String>,
    pub version: Option<String>,
    pub title: Option<String>,
    pub description: Option<String>,
    pub attribution: Option<String>,
    pub themes: Option<Vec<String>>,
    pub pictures: Option<Vec<super::raw_pictures::RawPicture>>,
    pub read_back: Option<super::raw_pictures::RawReadBack>,
    pub paths: Option<Vec<RawPath>>,
}

/// One path of `paths:` in pack.yaml.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPath {
    pub id: Option<String>,
    pub title: Option<String>,
    pub purpose: Option<String>,
    pub builds_on: Option<Vec<String>>,
}

/// One theme file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawTheme {
    pub id: Option<String>,
    pub title: Option<String>,
    pub intro: Option<String>,
    pub exercises: Option<Vec<RawExercise>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawExercise {
    pub id: Option<String>,
    pub title: Option<String>,
    pub level: Option<String>,
    pub moment: Option<String>,
    pub purpose: Option<String>,
    pub guidance: Option<String>,
    pub source: Option<String>,
    pub paths: Option<Vec<String>>,
    pub minutes: Option<i64>,
    pub prompts: Option<Vec<RawPrompt>>,
}

/// A prompt of any kind: the keys of every kind, all optional. Which keys belong to which
/// kind is checked in `prompts.rs`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPrompt {
    pub id: Option<String>,
    pub kind: Option<String>,
    pub text: Option<String>,
    pub help: Option<String>,
    pub optional: Option<bool>,
    pub was: Option<String>,
    pub prefill_from: Option<String>,
    pub names_initiative: Option<bool>,
    pub item_label: Option<String>,
    pub min: Option<i64>,
    pub max: Option<i64>,
    pub fields: Option<Vec<RawField>>,
    pub seed_from: Option<String>,
    pub options: Option<Vec<RawOpt>>,
    pub options_from: Option<OneOrMany>,
    pub low: Option<String>,
    pub high: Option<String>,
    pub levels: Option<Vec<RawOpt>>,
    pub rows: Option<Vec<RawOpt>>,
    pub rows_from: Option<String>,
    #[serde(rename = "where")]
    pub where_: Option<Vec<RawFilter>>,
    pub columns: Option<Vec<RawField>>,
    pub x: Option<RawAxis>,
    pub y: Option<RawAxis>,
    pub quadrants: Option<RawQuadrants>,
}

impl RawPrompt {
    /// The kind-specific keys that are present, by their YAML name.
    pub fn present_keys(&self) -> Vec<&'static str> {
        let keys: [(&'static str, bool); 19] = [
            ("prefill_from", self.prefill_from.is_some()),
            ("names_initiative", self.names_initiative.is_some()),
            ("item_label", self.item_label.is_some()),
            ("min", self.min.is_some()),
            ("max", self.max.is_some()),
            ("fields", self.fields.is_some()),
            ("seed_from", self.seed_from.is_some()),
            ("options", self.options.is_some()),
            ("options_from", self.options_from.is_some()),
            ("low", self.low.is_some()),
            ("high", self.high.is_some()),
            ("levels", self.levels.is_some()),
            ("rows", self.rows.is_some()),
            ("rows_from", self.rows_from.is_some()),
            ("where", self.where_.is_some()),
            ("columns", self.columns.is_some()),
            ("x", self.x.is_some()),
            ("y", self.y.is_some()),
            ("quadrants", self.quadrants.is_some()),
        ];
        keys.into_iter()
            .filter(|(_, on)| *on)
            .map(|(k, _)| k)
            .collect()
    }
}

/// A list item's sub-field or a grid's column.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawField {
    pub id: Option<String>,
    pub label: Option<String>,
    pub help: Option<String>,
    pub kind: Option<String>,
    pub options: Option<Vec<RawOpt>>,
    pub options_from: Option<OneOrMany>,
    pub min: Option<i64>,
    pub max: Option<i64>,
    pub low: Option<String>,
    pub high: Option<String>,
    pub levels: Option<Vec<RawOpt>>,
}

impl RawField {
    /// The kind-specific keys that are present, by their YAML name.
    pub fn present_keys(&self) -> Vec<&'static str> {
        let keys: [(&'static str, bool); 7] = [
            ("options", self.options.is_some()),
            ("options_from", self.options_from.is_some()),
            ("min", self.min.is_some()),
            ("max", self.max.is_some()),
            ("low", self.low.is_some()),
            ("high", self.high.is_some()),
            ("levels", self.levels.is_some()),
        ];
        keys.into_iter()
            .filter(|(_, on)| *on)
            .map(|(k, _)| k)
            .collect()
    }
}

/// One axis of a quadrant prompt.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawAxis {
    pub id: Option<String>,
    pub label: Option<String>,
    pub min: Option<i64>,
    pub max: Option<i64>,
    pub low: Option<String>,
    pub high: Option<String>,
    pub high_from: Option<i64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawQuadrants {
    pub high_x_high_y: Option<RawOpt>,
    pub high_x_low_y: Option<RawOpt>,
    pub low_x_high_y: Option<RawOpt>,
    pub low_x_low_y: Option<RawOpt>,
}

/// One `where` filter of a grid or quadrant.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawFilter {
    pub prompt: Option<String>,
    pub column: Option<String>,
    #[serde(rename = "in")]
    pub in_: Option<Vec<String>>,
    pub at_least: Option<i64>,
    pub at_most: Option<i64>,
}

/// An option: `{ id, label, hint }`, or the short form, a plain string (the label).
#[derive(Debug, Default)]
pub(crate) struct RawOpt {
    pub id: Option<String>,
    pub label: Option<String>,
    pub hint: Option<String>,
    /// The ends of a grid row's numeric scale, when the row has its own.
    pub low: Option<String>,
    pub high: Option<String>,
    /// Written as a plain string: the id is made from the label.
    pub short: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOptLong {
    id: Option<String>,
    label: Option<String>,
    hint: Option<String>,
    low: Option<String>,
    high: Option<String>,
}

impl<'de> Deserialize<'de> for RawOpt {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct OptVisitor;
        impl<'de> Visitor<'de> for OptVisitor {
            type Value = RawOpt;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a label or `{ id, label }`")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawOpt, E> {
                Ok(RawOpt {
                    label: Some(v.to_string()),
                    short: true,
                    ..RawOpt::default()
                })
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawOpt, E> {
                self.visit_str(&v.to_string())
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawOpt, E> {
                self.visit_str(&v.to_string())
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<RawOpt, E> {
                self.visit_str(&v.to_string())
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<RawOpt, E> {
                self.visit_str(if v { "true" } else { "false" })
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawOpt, A::Error> {
                let long = RawOptLong::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(RawOpt {
                    id: long.id,
                    label: long.label,
                    hint: long.hint,
                    low: long.low,
                    high: long.high,
                    short: false,
                })
            }
        }
        deserializer.deserialize_any(OptVisitor)
    }
}

/// One reference or several: `options_from: a.b` or `options_from: [a.b, c.d]`.
#[derive(Debug, Default)]
pub(crate) struct OneOrMany(pub Vec<String>);

impl<'de> Deserialize<'de> for OneOrMany {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct OneOrManyVisitor;
        impl<'de> Visitor<'de> for OneOrManyVisitor {
            type Value = OneOrMany;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a prompt reference or a list of them")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<OneOrMany, E> {
                Ok(OneOrMany(vec![v.to_string()]))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<OneOrMany, A::Error> {
                let mut all = Vec::new();
                while let Some(one) = seq.next_element::<String>()? {
                    all.push(one);
                }
                Ok(OneOrMany(all))
            }
        }
        deserializer.deserialize_any(OneOrManyVisitor)
    }
}
