//! The leading-enterprise incentive of sect. 4.3: enterprises that get **more than 50**
//! registered poor households to buy shares are supported.
//!
//! In words: the households holding shares are the members of every pattern whose equity per
//! household is above zero (A1, cash-dividend and chick-dividend households; all counted as
//! registered poor, as the paper's counts are). The incentive is met when they are more than 50.

use super::{CoopField as F, CoopValid};
use crate::model::paper::INCENTIVE_HOUSEHOLDS;

/// The sect. 4.3 incentive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Incentive {
    /// Registered households holding shares.
    pub holders: u32,
    /// The threshold (50): met when `holders` is more than this.
    pub threshold: u32,
    /// Whether the cooperative qualifies.
    pub met: bool,
}

/// Counts the shareholding households and compares them with the sect. 4.3 threshold.
pub fn incentive(v: &CoopValid) -> Incentive {
    let holders = [
        (F::LandHh, F::LandShare),
        (F::CashHh, F::CashShare),
        (F::ChickHh, F::ChickShare),
    ]
    .iter()
    .filter(|(_, share)| v[*share] > 0.0)
    .map(|(hh, _)| v[*hh] as u32)
    .sum();
    Incentive {
        holders,
        threshold: INCENTIVE_HOUSEHOLDS,
        met: holders > INCENTIVE_HOUSEHOLDS,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::coop::CoopInputs;

    #[test]
    fn threshold_cases() {
        let set = |mut inp: CoopInputs, f: F, x: f64| {
            inp.set(f, x);
            inp
        };
        // (case, inputs, holders, met)
        let cases = [
            (
                "Wandanping's 41 alone: not more than 50",
                CoopInputs::wandanping(),
                41,
                false,
            ),
            ("Lanya's 121: met", CoopInputs::lanya(), 121, true),
            ("both: 162", CoopInputs::paper_defaults(), 162, true),
            (
                "exactly 50 is not more than 50",
                set(CoopInputs::wandanping(), F::LandHh, 50.0),
                50,
                false,
            ),
            (
                "51 is",
                set(CoopInputs::wandanping(), F::LandHh, 51.0),
                51,
                true,
            ),
            (
                "land without shares does not count",
                set(CoopInputs::paper_defaults(), F::LandShare, 0.0),
                121,
                true,
            ),
        ];
        for (case, inp, holders, met) in cases {
            let i = incentive(&inp.check().expect("valid"));
            assert_eq!((i.holders, i.met), (holders, met), "{case}");
        }
    }
}
