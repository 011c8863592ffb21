//! Break-even for the promises (issue #5): the seed-potato yield, the seed-potato price and
//! the chicken price at which the four promises of sect. 4.1–4.2 (rent, land dividend floor,
//! 10% equity dividend, principal at term end) are exactly kept at expected values.
//!
//! In words: with every other input as it is, the lowest value of the lever at which no
//! promise is broken in any year of the term (see `cash`), found by bisection between 0 and
//! the lever's largest allowed value (kept is monotone: a higher yield or price only adds
//! sales). When the promises are kept even at 0 the answer is [`BreakEven::Always`]; when
//! they are broken even at the largest value (money runs out before the first sale, say) it
//! is [`BreakEven::Never`].

use super::cash::{cash_flow, Factors};
use super::promises::PROMISES;
use super::{CoopField as F, CoopField, CoopValid};

/// The inputs a break-even is given for.
pub const LEVERS: [CoopField; 3] = [F::PotatoYield, F::PotatoPrice, F::HenPrice];

/// The answer to "how low can this go with the promises still kept?".
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum BreakEven {
    /// Kept even at zero: this lever does not decide it.
    Always,
    /// Kept from this value up.
    At(f64),
    /// Not kept at any allowed value.
    Never,
}

/// Whether the four promises are kept at expected values.
pub fn promises_kept(v: &CoopValid) -> bool {
    cash_flow(v, &vec![Factors::mean(v); v.years()])
        .iter()
        .all(|y| y.broken & PROMISES == 0)
}

/// The break-even of `lever` (see the module's words).
pub fn break_even(v: &CoopValid, lever: CoopField) -> BreakEven {
    let kept = |x: f64| v.with(lever, x).is_some_and(|w| promises_kept(&w));
    let (mut lo, mut hi) = (0.0, lever.spec().max);
    if kept(lo) {
        return BreakEven::Always;
    }
    if !kept(hi) {
        return BreakEven::Never;
    }
    for _ in 0..60 {
        let mid = (lo + hi) / 2.0;
        if kept(mid) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    BreakEven::At(hi)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::coop::CoopInputs;

    fn valid(inp: CoopInputs, changes: &[(F, f64)]) -> CoopValid {
        let mut inp = inp;
        for (f, x) in changes {
            inp.set(*f, *x);
        }
        inp.check().expect("valid")
    }

    #[test]
    fn break_even_by_case() {
        let rich = (F::Capital, 1e8);
        // Wandanping, one year, no own funds, the members' funds kept apart: sales must cover
        // what the loan does not before the year-end promises are paid:
        // area × (costs + (rent + land dividend's middle)/15) + 10% × 287,000 − the loan.
        let one_year = [
            (F::Term, 1.0),
            (F::Capital, 0.0),
            (F::Loan, 404_000.0),
            (F::PotatoPrice, 3.3),
        ];
        let w = valid(CoopInputs::wandanping(), &one_year);
        let area = 159.9;
        let need = area * (2_150.0 + (15_000.0 + 4_500.0) / 15.0) + 28_700.0 - 404_000.0;
        // (case, inputs, lever, expected)
        let cases = [
            (
                "price: closed form, one year",
                w.clone(),
                F::PotatoPrice,
                BreakEven::At(need / (area * F::PotatoYield.spec().default)),
            ),
            (
                "yield: closed form, one year",
                w,
                F::PotatoYield,
                BreakEven::At(need / (area * 3.3)),
            ),
            (
                "a rich cooperative keeps them at any price",
                valid(CoopInputs::paper_defaults(), &[rich]),
                F::PotatoPrice,
                BreakEven::Always,
            ),
            (
                "Lanya has no potatoes: the yield does not decide",
                valid(CoopInputs::lanya(), &[]),
                F::PotatoYield,
                BreakEven::Always,
            ),
            (
                "rent beyond all money at the start: never",
                valid(
                    CoopInputs::wandanping(),
                    &[(F::Capital, 0.0), (F::Rent, 1e6)],
                ),
                F::PotatoPrice,
                BreakEven::Never,
            ),
        ];
        for (case, v, lever, want) in cases {
            let got = break_even(&v, lever);
            match (got, want) {
                (BreakEven::At(a), BreakEven::At(b)) => {
                    assert!((a - b).abs() < 1e-6 * b, "{case}: {a} vs {b}");
                }
                _ => assert_eq!(got, want, "{case}"),
            }
        }
    }
}
