//! [`IdMap`]: answers by item id, in one sorted vector.
//!
//! The answers had four `BTreeMap<String, _>`s, and each value type instantiated the whole
//! B-tree (search, insert, split, merge, steal, drop, clone) again: about 37 KB of the
//! widget's code before `wasm-opt`. The maps hold at most a few dozen entries, so a sorted
//! vector is as fast, and the search on the keys is one function for every value type.

use std::fmt;

/// A map from ids to values, kept sorted by id, with the part of `BTreeMap`'s interface
/// the engine and the widget use. Iterates in id order, as `BTreeMap` did, so documents
/// and figures come out in the same order.
#[derive(Clone, PartialEq, Eq)]
pub struct IdMap<V> {
    keys: Vec<String>,
    values: Vec<V>,
}

/// Where `key` is in the sorted `keys`, or where it would go. One function for every
/// value type.
fn position(keys: &[String], key: &str) -> Result<usize, usize> {
    keys.binary_search_by(|k| k.as_str().cmp(key))
}

impl<V> IdMap<V> {
    pub const fn new() -> Self {
        IdMap {
            keys: Vec::new(),
            values: Vec::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    pub fn clear(&mut self) {
        self.keys.clear();
        self.values.clear();
    }

    pub fn get(&self, key: &str) -> Option<&V> {
        position(&self.keys, key)
            .ok()
            .and_then(|i| self.values.get(i))
    }

    pub fn contains_key(&self, key: &str) -> bool {
        position(&self.keys, key).is_ok()
    }

    /// Sets `key` to `value`, returning the value it replaces.
    pub fn insert(&mut self, key: String, value: V) -> Option<V> {
        match position(&self.keys, &key) {
            Ok(i) => Some(std::mem::replace(&mut self.values[i], value)),
            Err(i) => {
                self.keys.insert(i, key);
                self.values.insert(i, value);
                None
            }
        }
    }

    /// Removes `key`, returning its value.
    pub fn remove(&mut self, key: &str) -> Option<V> {
        let i = position(&self.keys, key).ok()?;
        self.keys.remove(i);
        Some(self.values.remove(i))
    }

    /// The entries in id order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&String, &V)> + ExactSizeIterator {
        self.keys.iter().zip(self.values.iter())
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &String> + ExactSizeIterator {
        self.keys.iter()
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + ExactSizeIterator {
        self.values.iter()
    }
}

impl<V> Default for IdMap<V> {
    fn default() -> Self {
        IdMap::new()
    }
}

impl<V: fmt::Debug> fmt::Debug for IdMap<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<'a, V> IntoIterator for &'a IdMap<V> {
    type Item = (&'a String, &'a V);
    type IntoIter = std::iter::Zip<std::slice::Iter<'a, String>, std::slice::Iter<'a, V>>;

    fn into_iter(self) -> Self::IntoIter {
        self.keys.iter().zip(self.values.iter())
    }
}

impl<V> FromIterator<(String, V)> for IdMap<V> {
    fn from_iter<I: IntoIterator<Item = (String, V)>>(entries: I) -> Self {
        let mut map = IdMap::new();
        for (key, value) in entries {
            map.insert(key, value);
        }
        map
    }
}

impl<V: serde::Serialize> serde::Serialize for IdMap<V> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

/// The same schema as the `BTreeMap<String, V>` it replaced: an object of values.
#[cfg(feature = "schema")]
impl<V: schemars::JsonSchema> schemars::JsonSchema for IdMap<V> {
    fn inline_schema() -> bool {
        <std::collections::BTreeMap<String, V>>::inline_schema()
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        <std::collections::BTreeMap<String, V>>::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        <std::collections::BTreeMap<String, V>>::schema_id()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <std::collections::BTreeMap<String, V>>::json_schema(generator)
    }
}

#[cfg(test)]
mod tests {
    use super::IdMap;
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    proptest! {
        /// Any sequence of inserts and removes leaves the same entries, in the same
        /// order, as in a `BTreeMap`.
        #[test]
        fn behaves_as_a_btree_map(ops in proptest::collection::vec((any::<bool>(), "[a-d]{0,2}", any::<u8>()), 0..60)) {
            let mut ours = IdMap::new();
            let mut theirs = BTreeMap::new();
            for (insert, key, value) in ops {
                if insert {
                    prop_assert_eq!(ours.insert(key.clone(), value), theirs.insert(key.clone(), value));
                } else {
                    prop_assert_eq!(ours.remove(&key), theirs.remove(&key));
                }
                prop_assert_eq!(ours.len(), theirs.len());
                prop_assert_eq!(ours.get(&key), theirs.get(&key));
                prop_assert_eq!(ours.contains_key(&key), theirs.contains_key(&key));
            }
            prop_assert!(ours.iter().eq(theirs.iter()));
            prop_assert_eq!(format!("{ours:?}"), format!("{theirs:?}"));
        }
    }
}
