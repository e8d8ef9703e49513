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

#[cfg(test)]
mod tests {
    use super::sort_desc_by_key;

    #[test]
    fn matches_the_standard_stable_sort_on_every_short_list() {
        // Every list of length up to 7 over three keys, against std's stable sort.
        for len in 0..=7u32 {
            for code in 0..3u32.pow(len) {
                let v: Vec<(u32, u32)> = (0..len).map(|i| ((code / 3u32.pow(i)) % 3, i)).collect();
                let mut expected = v.clone();
                expected.sort_by_key(|p| std::cmp::Reverse(p.0));
                let mut got = v;
                sort_desc_by_key(&mut got, |p| p.0);
                assert_eq!(got, expected);
            }
        }
    }
}
