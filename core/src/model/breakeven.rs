//! Break-even: the value of one input at which two patterns are expected to pay the same total.
//!
//! The input (a "lever") is swept over a sane range on a grid of 101 points; at the first
//! change of sign of (total of A − total of B) the crossing is found by bisection. When labor
//! shifts (adults decide to go away) the difference can jump: then the value where it changes
//! sign is reported as a switch point rather than an exact tie.

use super::engine::expected_total;
use super::error::Infeasible;
use super::params::{Field, Valid};
use super::patterns::Code;

/// An input a break-even can be sought on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lever {
    /// The land dividend per ha (its middle; low and high ends scale together).
    LandDividend,
    /// Potato price, yuan/kg.
    PotatoPrice,
    /// Migrant wage, yuan/month.
    Wage,
    /// Chicken sale price, yuan/bird.
    HenPrice,
}

impl Lever {
    /// Every lever.
    pub const ALL: [Lever; 4] = [
        Lever::LandDividend,
        Lever::PotatoPrice,
        Lever::Wage,
        Lever::HenPrice,
    ];

    /// The lever's current value in `v`.
    pub fn value(self, v: &Valid) -> f64 {
        match self {
            Lever::LandDividend => (v[Field::DivLo] + v[Field::DivHi]) / 2.0,
            Lever::PotatoPrice => v[Field::PotatoPrice],
            Lever::Wage => v[Field::Wage],
            Lever::HenPrice => v[Field::HenPrice],
        }
    }

    /// The sane range searched: 0 to four times the current value, and at least to a floor
    /// that covers realistic values.
    pub fn range(self, v: &Valid) -> (f64, f64) {
        let floor = match self {
            Lever::LandDividend => 30_000.0,
            Lever::PotatoPrice => 5.0,
            Lever::Wage => 15_000.0,
            Lever::HenPrice => 600.0,
        };
        (0.0, (4.0 * self.value(v)).max(floor))
    }

    /// `v` with the lever set to `x` (land dividend: both ends scaled so the middle is `x`).
    pub fn apply(self, v: &Valid, x: f64) -> Option<Valid> {
        match self {
            Lever::LandDividend => {
                let mid = self.value(v);
                let (lo, hi) = if mid > 0.0 {
                    (v[Field::DivLo] * x / mid, v[Field::DivHi] * x / mid)
                } else {
                    (x, x)
                };
                let mut inputs = (**v).clone();
                inputs.set(Field::DivLo, lo);
                inputs.set(Field::DivHi, hi);
                inputs.check().ok()
            }
            Lever::PotatoPrice => v.with(Field::PotatoPrice, x).ok(),
            Lever::Wage => v.with(Field::Wage, x).ok(),
            Lever::HenPrice => v.with(Field::HenPrice, x).ok(),
        }
    }
}

/// The answer to "at what value do A and B pay the same?".
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum BreakEven {
    /// They pay the same at `value` (or, if not `exact`, the better one switches there).
    At {
        /// The lever's value.
        value: f64,
        /// True when the totals are within one yuan there.
        exact: bool,
        /// True when A pays more above `value`.
        a_above: bool,
    },
    /// No crossing in the range: A pays more throughout (`a_higher`) or less.
    Never {
        /// True when A pays more everywhere in the range.
        a_higher: bool,
        /// The range searched.
        range: (f64, f64),
    },
    /// One of the two cannot be carried out by this household.
    Infeasible(Code, Infeasible),
}

fn diff(v: &Valid, a: Code, b: Code, lever: Lever, x: f64) -> Option<f64> {
    let w = lever.apply(v, x)?;
    Some(expected_total(&w, a).ok()? - expected_total(&w, b).ok()?)
}

/// Finds where `a` and `b` pay the same as `lever` moves over its sane range.
pub fn break_even(v: &Valid, a: Code, b: Code, lever: Lever) -> BreakEven {
    const STEPS: usize = 100;
    for code in [a, b] {
        if let Err(e) = expected_total(v, code) {
            return BreakEven::Infeasible(code, e);
        }
    }
    let range = lever.range(v);
    let xs = (0..=STEPS).map(|i| range.0 + (range.1 - range.0) * i as f64 / STEPS as f64);
    let points: Vec<(f64, f64)> = xs
        .filter_map(|x| diff(v, a, b, lever, x).map(|d| (x, d)))
        .collect();
    for w in points.windows(2) {
        let ((x0, d0), (x1, d1)) = (w[0], w[1]);
        if d0 == 0.0 {
            return BreakEven::At {
                value: x0,
                exact: true,
                a_above: d1 > 0.0,
            };
        }
        if (d0 < 0.0) != (d1 < 0.0) || d1 == 0.0 {
            let (mut lo, mut hi) = (x0, x1);
            for _ in 0..60 {
                let mid = (lo + hi) / 2.0;
                match diff(v, a, b, lever, mid) {
                    Some(d) if (d < 0.0) == (d0 < 0.0) && d != 0.0 => lo = mid,
                    _ => hi = mid,
                }
            }
            let exact = diff(v, a, b, lever, hi).is_some_and(|d| d.abs() < 1.0);
            return BreakEven::At {
                value: hi,
                exact,
                a_above: d0 < 0.0,
            };
        }
    }
    let a_higher = points.first().is_some_and(|p| p.1 > 0.0);
    BreakEven::Never { a_higher, range }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::params::Inputs;

    fn defaults() -> Valid {
        Inputs::paper_defaults()
            .check()
            .expect("defaults are valid")
    }

    #[test]
    fn a1_and_d_tie_where_the_land_dividend_is_worth_nothing() {
        // A1 = D + land dividend + equity dividend (same rent when rents are equal), so
        // with the same counterparty risk A1 is above D for any dividend ≥ 0: never crosses.
        let v = defaults();
        match break_even(&v, Code::A1, Code::D, Lever::LandDividend) {
            BreakEven::Never { a_higher, .. } => assert!(a_higher),
            other => panic!("expected no crossing, got {other:?}"),
        }
    }

    #[test]
    fn a2_against_s_crosses_at_a_potato_price_that_ties_exactly() {
        let v = defaults();
        match break_even(&v, Code::A2, Code::S, Lever::PotatoPrice) {
            BreakEven::At { value, a_above, .. } => {
                assert!(value > 0.0 && value < v[Field::PotatoPrice], "{value}");
                assert!(a_above);
                let w = Lever::PotatoPrice.apply(&v, value).unwrap();
                let gap =
                    expected_total(&w, Code::A2).unwrap() - expected_total(&w, Code::S).unwrap();
                assert!(gap.abs() < 50.0, "gap at the crossing {gap}");
            }
            other => panic!("expected a crossing, got {other:?}"),
        }
    }

    #[test]
    fn infeasible_pattern_is_reported() {
        let mut inputs = Inputs::paper_defaults();
        inputs.set(Field::Adults, 0.0);
        inputs.set(Field::Away, 0.0);
        let v = inputs.check().unwrap();
        assert!(matches!(
            break_even(&v, Code::A2, Code::D, Lever::Wage),
            BreakEven::Infeasible(Code::A2, Infeasible::Labor { .. })
        ));
    }
}
