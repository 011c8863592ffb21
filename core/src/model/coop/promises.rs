//! Can the cooperative keep its promises? (the promises of sect. 4.1 and 4.2: rent at the
//! start of the year, the land dividend at year end, the 10% equity dividend in cash or
//! chicks, the protective price for members' chickens, the principal in full at the end of
//! the term.)
//!
//! In words: at the expected yields and prices a promise is kept when, in every year of the
//! term, the cooperative's balance is not below zero right after paying it (see `cash`). The
//! chance it is not kept is a seeded Monte Carlo of [`DRAWS`] terms: each year, independently,
//! the seed-potato yield and price move by uniform factors within ± their spreads, the land
//! dividend is uniform over its range, the chicken price moves within ± the price spread,
//! and chicken mortality is uniform from 0 to twice its mean (or symmetric below 100%) — the
//! household calculator's risk model (`risk.rs`). The chance is the share of terms in which
//! the promise fails in at least one year.

use super::cash::{cash_flow, Factors};
use super::check::Check;
use super::{CoopField as F, CoopValid};
use crate::model::random::Rng;

/// Monte Carlo terms drawn.
pub const DRAWS: usize = 2_000;
/// Seed: the same inputs always give the same chances.
const SEED: u64 = 0xC0_0B;

/// The promises (every check but the working capital).
pub const PROMISES: u8 = 0b11_1110;

/// The factors of one drawn year.
fn draw(v: &CoopValid, rng: &mut Rng) -> Factors {
    let (ys, ps, m) = (
        v.frac(F::YieldSpread),
        v.frac(F::PriceSpread),
        v.frac(F::Mortality),
    );
    let around = |s: f64, u: f64| 1.0 + s * (2.0 * u - 1.0);
    let (u0, u1) = rng.unit_pair();
    let (u2, u3) = rng.unit_pair();
    let (u4, _) = rng.unit_pair();
    let (d0, d1) = if m <= 0.5 {
        (0.0, 2.0 * m)
    } else {
        (2.0 * m - 1.0, 1.0)
    };
    let survival = 1.0 - (d0 + (d1 - d0) * u3);
    let price = around(ps, u2);
    let (lo, hi) = (v[F::DivLo], v[F::DivHi]);
    Factors {
        potato: around(ys, u0) * around(ps, u1),
        hens: price * if m < 1.0 { survival / (1.0 - m) } else { 1.0 },
        land_div: lo + (hi - lo) * u4,
        floor_gap: survival * (v[F::FloorPrice] - v[F::HenPrice] * price).max(0.0),
    }
}

/// The Monte Carlo's chances over the term.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Chances {
    /// Per [`Check`], the chance it fails in at least one year of the term.
    pub each: [f64; Check::COUNT],
    /// The chance at least one of the promises to the members fails.
    pub promise: f64,
    /// The chance anything cannot be paid on time: a promise, the costs at the start of a
    /// year, or the bank.
    pub anything: f64,
}

/// The chances that the promises, and everything, are not paid on time in the term.
pub fn chances(v: &CoopValid) -> Chances {
    let mut rng = Rng::new(SEED);
    let mut counts = [0u32; Check::COUNT];
    let (mut any, mut anything) = (0u32, 0u32);
    let mut factors = vec![Factors::mean(v); v.years()];
    for _ in 0..DRAWS {
        for f in &mut factors {
            *f = draw(v, &mut rng);
        }
        let broken = cash_flow(v, &factors).iter().fold(0, |b, y| b | y.broken);
        for (c, n) in Check::ALL.iter().zip(counts.iter_mut()) {
            *n += u32::from(broken & c.bit() != 0);
        }
        any += u32::from(broken & PROMISES != 0);
        anything += u32::from(broken != 0);
    }
    let share = |n: u32| f64::from(n) / DRAWS as f64;
    Chances {
        each: counts.map(share),
        promise: share(any),
        anything: share(anything),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::coop::CoopInputs;

    fn with(base: CoopInputs, changes: &[(F, f64)]) -> CoopValid {
        let mut inp = base;
        for (f, x) in changes {
            inp.set(*f, *x);
        }
        inp.check().expect("valid")
    }

    #[test]
    fn chances_by_case() {
        let no_risk = [
            (F::YieldSpread, 0.0),
            (F::PriceSpread, 0.0),
            (F::Mortality, 0.0),
        ];
        // (case, inputs, check, lowest chance, highest chance)
        let cases = [
            (
                "no risk, rich cooperative: nothing fails",
                with(
                    CoopInputs::paper_defaults(),
                    &[no_risk[0], no_risk[1], (F::Capital, 1e7)],
                ),
                Check::Principal,
                0.0,
                0.0,
            ),
            (
                "no sales and the funds spent: the principal is never paid back",
                with(
                    CoopInputs::paper_defaults(),
                    &[
                        (F::PotatoPrice, 0.0),
                        (F::HenPrice, 0.0),
                        (F::UseFunds, 1.0),
                    ],
                ),
                Check::Principal,
                1.0,
                1.0,
            ),
            (
                "rent above the money in hand: always broken",
                with(
                    CoopInputs::wandanping(),
                    &[(F::Capital, 0.0), (F::Rent, 1e6)],
                ),
                Check::Rent,
                1.0,
                1.0,
            ),
            (
                "seed sold at 3.3 yuan/kg and 404,000 borrowed: some risk, not certain",
                with(
                    CoopInputs::paper_defaults(),
                    &[(F::PotatoPrice, 3.3), (F::Loan, 404_000.0)],
                ),
                Check::LandDividend,
                0.0,
                0.9,
            ),
        ];
        for (case, v, check, lo, hi) in cases {
            let c = chances(&v);
            let (fail, any) = (c.each, c.promise);
            assert!(c.anything >= any && c.anything >= fail[0], "{case}");
            let p = fail[check as usize];
            assert!((lo..=hi).contains(&p), "{case}: {p}");
            assert!(
                any >= fail[1..].iter().copied().fold(0.0, f64::max),
                "{case}"
            );
        }
    }

    #[test]
    fn funds_kept_apart_come_back_whatever_the_sales() {
        let v = with(
            CoopInputs::paper_defaults(),
            &[(F::PotatoPrice, 0.0), (F::HenPrice, 0.0)],
        );
        let fail = chances(&v).each;
        assert_eq!(fail[Check::Principal as usize], 0.0);
        assert_eq!(fail[Check::EquityDividend as usize], 1.0);
    }

    #[test]
    fn the_land_dividend_is_drawn_over_its_range() {
        let v = with(CoopInputs::paper_defaults(), &[]);
        let mut rng = Rng::new(8);
        let draws: Vec<f64> = (0..4_000).map(|_| draw(&v, &mut rng).land_div).collect();
        let (lo, hi) = draws
            .iter()
            .fold((f64::MAX, f64::MIN), |(a, b), &x| (a.min(x), b.max(x)));
        assert!((3_000.0..3_050.0).contains(&lo) && (5_950.0..=6_000.0).contains(&hi));
        let mean = draws.iter().sum::<f64>() / draws.len() as f64;
        assert!((mean - 4_500.0).abs() < 50.0, "{mean}");
    }

    #[test]
    fn same_inputs_same_chances() {
        let v = with(CoopInputs::paper_defaults(), &[]);
        assert_eq!(chances(&v), chances(&v));
    }

    #[test]
    fn drawn_factors_average_one() {
        let v = with(CoopInputs::paper_defaults(), &[(F::Mortality, 30.0)]);
        let mut rng = Rng::new(3);
        let n = 40_000;
        let (mut p, mut h) = (0.0, 0.0);
        for _ in 0..n {
            let f = draw(&v, &mut rng);
            p += f.potato;
            h += f.hens;
        }
        for mean in [p / f64::from(n), h / f64::from(n)] {
            assert!((mean - 1.0).abs() < 0.01, "{mean}");
        }
    }
}
