//! `Fields`: a list item's sub-field values or a grid row's cells, by id — a small map kept
//! as one sorted vector.
//!
//! It reads like the `BTreeMap<String, Value>` it replaced (same methods, same order: by
//! id), but a row of three cells costs one allocation of three pairs instead of a B-tree
//! node sized for eleven: a cohort of a thousand workbooks holds about seventy thousand of
//! them, and that was most of a review's memory (issue 17).
//!
//! Pure data. Never holds two values under one id.

use std::borrow::Borrow;
use std::fmt;

use super::model::Value;

/// Values by id, in the order of their ids.
#[derive(Clone, Default, PartialEq)]
pub struct Fields(Vec<(String, Value)>);

/// One id and its value, as the iterators give them.
type Pair<'a> = (&'a String, &'a Value);

impl Fields {
    pub const fn new() -> Self {
        Fields(Vec::new())
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Where `key` is, or where it would go.
    fn find<Q: Ord + ?Sized>(&self, key: &Q) -> Result<usize, usize>
    where
        String: Borrow<Q>,
    {
        self.0.binary_search_by(|(k, _)| k.borrow().cmp(key))
    }

    pub fn get<Q: Ord + ?Sized>(&self, key: &Q) -> Option<&Value>
    where
        String: Borrow<Q>,
    {
        self.find(key).ok().map(|i| &self.0[i].1)
    }

    pub fn get_mut<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<&mut Value>
    where
        String: Borrow<Q>,
    {
        self.find(key).ok().map(|i| &mut self.0[i].1)
    }

    pub fn get_key_value<Q: Ord + ?Sized>(&self, key: &Q) -> Option<Pair<'_>>
    where
        String: Borrow<Q>,
    {
        self.find(key).ok().map(|i| (&self.0[i].0, &self.0[i].1))
    }

    pub fn contains_key<Q: Ord + ?Sized>(&self, key: &Q) -> bool
    where
        String: Borrow<Q>,
    {
        self.find(key).is_ok()
    }

    /// Sets the value under `key`; the value it replaced, if there was one.
    pub fn insert(&mut self, key: String, value: Value) -> Option<Value> {
        match self.find(key.as_str()) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, value)),
            Err(i) => {
                self.0.insert(i, (key, value));
                None
            }
        }
    }

    pub fn remove<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<Value>
    where
        String: Borrow<Q>,
    {
        self.find(key).ok().map(|i| self.0.remove(i).1)
    }

    /// Gives back the room kept for more values (a value added later makes room again).
    pub fn shrink_to_fit(&mut self) {
        self.0.shrink_to_fit();
    }

    /// Keeps only the values `keep` says yes to.
    pub fn retain(&mut self, mut keep: impl FnMut(&String, &mut Value) -> bool) {
        self.0.retain_mut(|(k, v)| keep(k, v));
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = Pair<'_>> + ExactSizeIterator {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub fn iter_mut(
        &mut self,
    ) -> impl DoubleEndedIterator<Item = (&String, &mut Value)> + ExactSizeIterator {
        self.0.iter_mut().map(|(k, v)| (&*k, v))
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &String> + ExactSizeIterator {
        self.0.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &Value> + ExactSizeIterator {
        self.0.iter().map(|(_, v)| v)
    }

    pub fn values_mut(
        &mut self,
    ) -> impl DoubleEndedIterator<Item = &mut Value> + ExactSizeIterator {
        self.0.iter_mut().map(|(_, v)| v)
    }
}

impl fmt::Debug for Fields {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl Extend<(String, Value)> for Fields {
    fn extend<I: IntoIterator<Item = (String, Value)>>(&mut self, pairs: I) {
        for (k, v) in pairs {
            self.insert(k, v);
        }
    }
}

/// As a map collects: a later value under the same id replaces the earlier one.
impl FromIterator<(String, Value)> for Fields {
    fn from_iter<I: IntoIterator<Item = (String, Value)>>(pairs: I) -> Self {
        let mut out = Fields::new();
        out.extend(pairs);
        out
    }
}

impl<const N: usize> From<[(String, Value); N]> for Fields {
    fn from(pairs: [(String, Value); N]) -> Self {
        pairs.into_iter().collect()
    }
}

impl IntoIterator for Fields {
    type Item = (String, Value);
    type IntoIter = std::vec::IntoIter<(String, Value)>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a Fields {
    type Item = Pair<'a>;
    type IntoIter =
        std::iter::Map<std::slice::Iter<'a, (String, Value)>, fn(&(String, Value)) -> Pair<'_>>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

impl<'a> IntoIterator for &'a mut Fields {
    type Item = (&'a String, &'a mut Value);
    type IntoIter = std::iter::Map<
        std::slice::IterMut<'a, (String, Value)>,
        fn(&mut (String, Value)) -> (&String, &mut Value),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter_mut().map(|(k, v)| (&*k, v))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use proptest::prelude::*;

    use super::*;

    fn text(s: &str) -> Value {
        Value::Text(s.into())
    }

    #[test]
    fn reads_like_a_map_in_the_order_of_its_ids() {
        let mut f = Fields::from([("role".to_string(), text("GP")), ("kind".into(), text("x"))]);
        assert_eq!(f.keys().collect::<Vec<_>>(), ["kind", "role"]);
        assert_eq!(f.insert("kind".into(), text("y")), Some(text("x")));
        assert_eq!(f.get("kind"), Some(&text("y")));
        assert_eq!(f.len(), 2);
        assert_eq!(f.remove("role"), Some(text("GP")));
        assert_eq!(format!("{f:?}"), r#"{"kind": Text("y")}"#);
    }

    proptest! {
        /// Any run of inserts and removes leaves what a `BTreeMap` would hold, in its order.
        #[test]
        fn does_what_a_btreemap_does(ops in proptest::collection::vec((any::<bool>(), "[a-d]{0,2}", 0i64..4), 0..40)) {
            let mut map = BTreeMap::new();
            let mut fields = Fields::new();
            for (insert, key, n) in ops {
                if insert {
                    prop_assert_eq!(
                        fields.insert(key.clone(), Value::Number(n)),
                        map.insert(key, Value::Number(n))
                    );
                } else {
                    prop_assert_eq!(fields.remove(key.as_str()), map.remove(key.as_str()));
                }
                prop_assert_eq!(fields.iter().collect::<Vec<_>>(), map.iter().collect::<Vec<_>>());
                prop_assert_eq!(format!("{fields:?}"), format!("{map:?}"));
            }
        }
    }
}
