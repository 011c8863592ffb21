//! Synthetic rosters like the paper's county, for the benchmark and the tests: seeded, so the
//! same seed always gives the same roster.
//!
//! Basis (Yan & Yang 2019, and the calculator's defaults, `docs/fields.md`):
//!
//! | column | distribution | basis |
//! |---|---|---|
//! | id | `XD00001`, `XD00002`, … | 寻甸 (Xundian) |
//! | land | log-normal, mean 3.9 mu, σ = 0.6 (median ≈ 3.3 mu), kept within 0.5–15 mu, in 0.1 mu steps | Table 1, potato: 4,157.93 ha ÷ 16,136 households ≈ 0.258 ha ≈ 3.9 mu; right-skewed like any farm-size distribution |
//! | adults | 1: 15%, 2: 60%, 3: 18%, 4: 7% (mean 2.17) | 127,960 people ÷ 33,358 households = 3.84 people, about 2 of working age (sect. 1) |
//! | wage | normal, mean 3,485, sd 600 yuan/month, kept within 1,800–6,000, to 10 yuan | NBS 2017 Migrant Worker Monitoring Survey: 3,485 yuan/month |
//! | months | 6: 5%, 7: 10%, 8: 15%, 9: 25%, 10: 30%, 11: 15% | assumption: about 10 months away, home for Spring Festival and the busy season |
//! | cash | log-normal, median 2,500 yuan, σ = 0.9, kept within 200–20,000, to 100 yuan | assumption: a few thousand yuan of savings, a few households much more |
//! | registered | 90% yes | assumption: most members of these cooperatives are registered poor households (the county has 33,358) |
//! | fund | 7,000 yuan when registered, 0 otherwise | paper sect. 4.1, 4.2 |
//!
//! Normal draws are the sum of twelve uniforms less six (no logarithms or cosines needed).

use super::import::Household;
use crate::model::random::Rng;
use crate::model::Lang;

/// Households in the paper's county (sect. 1): the benchmark's roster size.
pub const COUNTY_HOUSEHOLDS: usize = 33_358;

/// A standard normal draw (Irwin–Hall: twelve uniforms less six).
fn normal(rng: &mut Rng) -> f64 {
    let mut s = -6.0;
    for _ in 0..6 {
        let (a, b) = rng.unit_pair();
        s += a + b;
    }
    s
}

/// An index drawn with the given percent weights (summing to 100).
fn pick(rng: &mut Rng, weights: &[u32]) -> usize {
    let mut u = rng.unit() * 100.0;
    for (i, w) in weights.iter().enumerate() {
        u -= f64::from(*w);
        if u < 0.0 {
            return i;
        }
    }
    weights.len() - 1
}

fn step(x: f64, step: f64, lo: f64, hi: f64) -> f64 {
    ((x.min(hi).max(lo) / step).round() * step * 10.0).round() / 10.0
}

/// `n` synthetic households drawn from `seed`, with rows 2, 3, … (as if read from a file with
/// a header). Every value is given (no `None`) and valid on the household screen.
pub fn synthetic(n: usize, seed: u64) -> Vec<Household> {
    let mut rng = Rng::new(seed);
    // Log-normal with mean 3.9: μ = ln 3.9 − σ²/2.
    let land_mu = 3.9f64.ln() - 0.6 * 0.6 / 2.0;
    let cash_mu = 2_500f64.ln();
    (0..n)
        .map(|i| {
            let land = step((land_mu + 0.6 * normal(&mut rng)).exp(), 0.1, 0.5, 15.0);
            let adults = (1 + pick(&mut rng, &[15, 60, 18, 7])) as f64;
            let wage = step(3_485.0 + 600.0 * normal(&mut rng), 10.0, 1_800.0, 6_000.0);
            let months = (6 + pick(&mut rng, &[5, 10, 15, 25, 30, 15])) as f64;
            let cash = step(
                (cash_mu + 0.9 * normal(&mut rng)).exp(),
                100.0,
                200.0,
                20_000.0,
            );
            let registered = rng.chance(0.9);
            Household {
                row: i + 2,
                id: format!("XD{:05}", i + 1),
                land_mu: land,
                adults,
                wage: Some(wage),
                months: Some(months),
                cash: Some(cash),
                fund: Some(if registered { 7_000.0 } else { 0.0 }),
                registered: Some(registered),
            }
        })
        .collect()
}

/// A roster as CSV (UTF-8 with BOM, CRLF, headers in `lang`): the importer reads it back.
pub fn to_csv(lang: Lang, households: &[Household]) -> String {
    super::export::households_csv(lang, households)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Field, Inputs};
    use crate::roster::import::{apply, import};

    #[test]
    fn same_seed_same_roster() {
        assert_eq!(synthetic(200, 1), synthetic(200, 1));
        assert_ne!(synthetic(200, 1), synthetic(200, 2));
        assert_eq!(synthetic(3, 1)[2].id, "XD00003");
        assert_eq!(synthetic(0, 1), vec![]);
    }

    #[test]
    fn county_roster_is_plausible() {
        let hs = synthetic(COUNTY_HOUSEHOLDS, 1);
        let n = hs.len() as f64;
        let mean = |f: &dyn Fn(&Household) -> f64| hs.iter().map(f).sum::<f64>() / n;
        let share = |f: &dyn Fn(&Household) -> bool| hs.iter().filter(|h| f(h)).count() as f64 / n;
        let land = mean(&|h| h.land_mu);
        let mut sorted: Vec<f64> = hs.iter().map(|h| h.land_mu).collect();
        sorted.sort_by(f64::total_cmp);
        let median = sorted[sorted.len() / 2];
        // (case, value, low, high)
        let cases = [
            ("mean land ≈ 3.9 mu", land, 3.75, 4.05),
            ("right-skewed: median below mean", land - median, 0.3, 1.0),
            ("smallest land", sorted[0], 0.5, 0.5),
            ("largest land", sorted[sorted.len() - 1], 14.0, 15.0),
            ("mean adults ≈ 2", mean(&|h| h.adults), 2.05, 2.3),
            (
                "two adults most often",
                share(&|h| h.adults == 2.0),
                0.55,
                0.65,
            ),
            (
                "mean wage ≈ 3,485",
                mean(&|h| h.wage.unwrap()),
                3_440.0,
                3_530.0,
            ),
            ("mean months ≈ 9", mean(&|h| h.months.unwrap()), 8.9, 9.3),
            (
                "mean cash a few thousand",
                mean(&|h| h.cash.unwrap()),
                3_000.0,
                4_500.0,
            ),
            (
                "registered ≈ 90%",
                share(&|h| h.registered == Some(true)),
                0.88,
                0.92,
            ),
        ];
        for (case, value, lo, hi) in cases {
            assert!((lo..=hi).contains(&value), "{case}: {value}");
        }
        let base = Inputs::paper_defaults();
        for h in &hs {
            let inputs = apply(&base, h);
            assert!(inputs.validate().is_empty(), "{h:?}");
            assert_eq!(
                inputs[Field::Fund],
                if h.registered == Some(true) {
                    7_000.0
                } else {
                    0.0
                }
            );
            assert_eq!(
                (h.land_mu * 10.0).round(),
                h.land_mu * 10.0,
                "0.1 mu steps: {}",
                h.land_mu
            );
        }
    }

    #[test]
    fn csv_reads_back() {
        let hs = synthetic(500, 7);
        for lang in [Lang::Zh, Lang::En] {
            let r = import(&to_csv(lang, &hs), &Inputs::paper_defaults()).unwrap();
            assert!(r.problems.is_empty(), "{:?}", r.problems);
            assert_eq!(r.households, hs, "{lang:?}");
        }
    }
}
