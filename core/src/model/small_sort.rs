//! A stable insertion sort for the short lists the pages sort on every keystroke (the
//! patterns by a figure, a year's parts by their fractions, the form's errors): the same
//! order as [`slice::sort_by`], in a few dozen bytes of WebAssembly per use instead of the
//! standard library's stable sort (about 4 KB of code for each element type it is used with;
//! docs/performance.md). Quadratic: only for lists of tens of items.

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, stably: equal items keep their order, as with [`slice::sort_by`].
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && cmp(&v[j - 1], &v[j]) == Ordering::Greater {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Sorts `v` by the key `key` gives, stably, as [`slice::sort_by_key`].
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::random::Rng;

    #[test]
    fn the_same_order_as_the_standard_stable_sort() {
        // Random lengths up to 60, few distinct keys (many ties, so stability shows), each
        // item tagged with its position; floats compared in total order, descending.
        let mut rng = Rng::new(7);
        for case in 0..500 {
            let n = (rng.next_u64() % 61) as usize;
            let keys = 1 + rng.next_u64() % 6;
            let v: Vec<(f64, usize)> = (0..n)
                .map(|i| ((rng.next_u64() % keys) as f64 - 2.5, i))
                .collect();
            let (mut ours, mut std) = (v.clone(), v.clone());
            sort_by(&mut ours, |a, b| b.0.total_cmp(&a.0));
            std.sort_by(|a, b| b.0.total_cmp(&a.0));
            assert_eq!(ours, std, "case {case}, {n} items");
            let (mut ours, mut std) = (v.clone(), v);
            sort_by_key(&mut ours, |x| x.0 as i64);
            std.sort_by_key(|x| x.0 as i64);
            assert_eq!(ours, std, "case {case} by key");
        }
    }
}
