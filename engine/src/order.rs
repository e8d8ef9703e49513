//! A small stable sort for the engine's short lists.
//!
//! Every list the engine ranks is short (at most a dozen barriers, items or areas), and
//! every ranking promises "ties in file order", so the sort must be stable. The standard
//! library's stable sort is built for long slices and adds several kilobytes of code per
//! element type to the widget; an insertion sort is stable, exact and tiny, and on lists
//! this short it is as fast.

/// Sorts `v` by `key`, ascending, keeping equal elements in their original order.
///
/// ```
/// let mut v = [(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd')];
/// partnership_engine::order::sort_stable_by_key(&mut v, |p| p.0);
/// assert_eq!(v, [(0, 'd'), (1, 'b'), (2, 'a'), (2, 'c')]);
/// ```
pub fn sort_stable_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    for i in 1..v.len() {
        let mut j = i;
        // Only a strictly greater element moves past another: equal keys keep their order.
        while j > 0 && key(&v[j - 1]) > key(&v[j]) {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sort_stable_by_key;

    #[test]
    fn matches_the_standard_stable_sort_on_every_short_list() {
        // Every list of length up to 7 over a few keys, against std's stable sort.
        for len in 0..=7u32 {
            for code in 0..3u32.pow(len) {
                let v: Vec<(u32, u32)> = (0..len).map(|i| ((code / 3u32.pow(i)) % 3, i)).collect();
                let mut expected = v.clone();
                expected.sort_by_key(|p| p.0);
                let mut got = v;
                sort_stable_by_key(&mut got, |p| p.0);
                assert_eq!(got, expected);
            }
        }
    }
}
