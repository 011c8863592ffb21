//! Whole-yuan display rounding that keeps the parts adding up to the shown total.

/// Rounds each part to whole yuan so that the rounded parts add up exactly to the rounded sum
/// (largest-remainder method): every part is first rounded down, then the units still missing
/// go to the parts with the largest fractions.
pub fn round_parts(parts: &[f64]) -> Vec<i64> {
    let total = parts.iter().sum::<f64>().round() as i64;
    let mut out: Vec<i64> = parts.iter().map(|p| p.floor() as i64).collect();
    let missing = total - out.iter().sum::<i64>();
    let mut order: Vec<usize> = (0..parts.len()).collect();
    super::small_sort::sort_by(&mut order, |&a, &b| {
        let fa = parts[a] - parts[a].floor();
        let fb = parts[b] - parts[b].floor();
        fb.total_cmp(&fa).then(a.cmp(&b))
    });
    if missing >= 0 {
        for &i in order.iter().take(missing as usize) {
            out[i] += 1;
        }
    } else {
        // Only reachable through floating-point error in the sum: take units back from the
        // parts with the smallest fractions.
        for &i in order.iter().rev().take((-missing) as usize) {
            out[i] -= 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_add_up_to_the_rounded_total() {
        let cases: [(&str, Vec<f64>, Vec<i64>); 5] = [
            ("thirds", vec![1.0 / 3.0; 3], vec![1, 0, 0]),
            ("two halves", vec![0.5, 0.5], vec![1, 0]),
            ("three 0.6", vec![0.6, 0.6, 0.6], vec![1, 1, 0]),
            ("negatives", vec![-1.4, -1.4, 5.0], vec![-1, -2, 5]),
            ("empty", vec![], vec![]),
        ];
        for (case, parts, want) in cases {
            let got = round_parts(&parts);
            assert_eq!(got, want, "{case}");
            assert_eq!(
                got.iter().sum::<i64>(),
                parts.iter().sum::<f64>().round() as i64,
                "{case}"
            );
        }
    }
}
