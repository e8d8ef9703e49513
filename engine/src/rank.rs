//! Ordering the engine's short lists (drivers, barriers, plan candidates).

/// Stable sort, largest key first.
///
/// An insertion sort: the lists hold at most a few dozen entries, and the standard
/// library's sort would add a sizeable monomorphised copy to the wasm for every element
/// type (measured: this module saves tens of kilobytes).
pub(crate) fn sort_desc_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 {
            let out_of_order = match (v.get(j - 1), v.get(j)) {
                (Some(a), Some(b)) => key(a) < key(b),
                _ => false,
            };
            if !out_of_order {
                break;
            }
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}
