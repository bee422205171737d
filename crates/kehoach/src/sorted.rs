//! [`SortedList`]: entries kept sorted by a text key, the map of the crate's small look-ups
//! (a diagnostic's params, the plan's ids in the log checker, repeats in validation).
//!
//! Not `BTreeMap` or `HashMap`: every key and value type of those adds its own B-tree or hash
//! table code to the npm module, and these lists hold a handful to a few hundred
//! entries, where a binary search is as fast and inserting into the middle stays cheap.

/// Entries sorted by key, at most one per key. Orders and compares as the list of its entries,
/// which is how a map with the same entries orders and compares.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct SortedList<K, V>(Vec<(K, V)>);

impl<K, V> Default for SortedList<K, V> {
    fn default() -> Self {
        SortedList(Vec::new())
    }
}

impl<K: AsRef<str>, V> SortedList<K, V> {
    fn find(&self, key: &str) -> Result<usize, usize> {
        self.0
            .binary_search_by(|(known, _)| known.as_ref().cmp(key))
    }

    /// The value of `key`.
    pub(crate) fn get(&self, key: &str) -> Option<&V> {
        let index = self.find(key).ok()?;
        self.0.get(index).map(|(_, value)| value)
    }

    /// Sets `key`, returning the value it replaces.
    pub(crate) fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.find(key.as_ref()) {
            Ok(index) => self
                .0
                .get_mut(index)
                .map(|(_, old)| std::mem::replace(old, value)),
            Err(index) => {
                self.0.insert(index, (key, value));
                None
            }
        }
    }

    /// Takes `key` out, returning its value.
    pub(crate) fn remove(&mut self, key: &str) -> Option<V> {
        let index = self.find(key).ok()?;
        Some(self.0.remove(index).1)
    }

    /// The entries, in key order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.0.iter().map(|(key, value)| (key, value))
    }

    /// How many entries there are.
    pub(crate) fn len(&self) -> usize {
        self.0.len()
    }
}

impl<K: AsRef<str>, V> FromIterator<(K, V)> for SortedList<K, V> {
    /// The entries of `entries`, a later one replacing an earlier one of the same key.
    fn from_iter<I: IntoIterator<Item = (K, V)>>(entries: I) -> Self {
        let mut list = SortedList::default();
        for (key, value) in entries {
            list.insert(key, value);
        }
        list
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_one_entry_per_key_in_key_order() {
        let mut list: SortedList<&str, u32> = [("b", 1), ("a", 2), ("c", 3)].into_iter().collect();
        assert_eq!(list.insert("b", 4), Some(1));
        assert_eq!(list.insert("aa", 5), None);
        assert_eq!(
            list.iter().map(|(k, v)| (*k, *v)).collect::<Vec<_>>(),
            [("a", 2), ("aa", 5), ("b", 4), ("c", 3)]
        );
        assert_eq!(list.get("aa"), Some(&5));
        assert_eq!(list.get("d"), None);
        assert_eq!(list.remove("a"), Some(2));
        assert_eq!(list.remove("a"), None);
        assert_eq!(list.len(), 3);
    }

    #[test]
    fn orders_as_a_map_of_the_same_entries() {
        use std::collections::BTreeMap;
        fn list(pairs: &[(&'static str, i32)]) -> SortedList<&'static str, i32> {
            pairs.iter().copied().collect()
        }
        fn map(pairs: &[(&'static str, i32)]) -> BTreeMap<&'static str, i32> {
            pairs.iter().copied().collect()
        }
        let pairs: [&[(&str, i32)]; 5] = [
            &[("a", 1)],
            &[("a", 1), ("b", 0)],
            &[("a", 2)],
            &[("b", 0)],
            &[],
        ];
        for left in pairs {
            for right in pairs {
                assert_eq!(list(left).cmp(&list(right)), map(left).cmp(&map(right)));
            }
        }
    }
}
