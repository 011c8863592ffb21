//! The leading-enterprise incentive of sect. 4.3: enterprises that get **more than 50**
//! registered poor households to buy shares are supported.
//!
//! In words: counted per enterprise (the cooperative the view describes, never two pooled),
//! the households holding shares are the land-share members (A1 put their land in as shares,
//! with or without money) and the members of every other pattern whose equity per household is
//! above zero (cash-dividend and chick-dividend households); all counted as registered poor,
//! as the paper's counts are. The incentive is met when they are more than 50.

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
    let land_shares = if v[F::LandMu] > 0.0 {
        v[F::LandHh]
    } else {
        0.0
    };
    let money_shares: f64 = [(F::CashHh, F::CashShare), (F::ChickHh, F::ChickShare)]
        .iter()
        .filter(|(_, share)| v[*share] > 0.0)
        .map(|(hh, _)| v[*hh])
        .sum();
    let holders = (land_shares + money_shares) as u32;
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
            (
                "the default is one enterprise, Wandanping",
                CoopInputs::paper_defaults(),
                41,
                false,
            ),
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
                "land-share members count without money shares",
                set(CoopInputs::wandanping(), F::LandShare, 0.0),
                41,
                false,
            ),
            (
                "money shares without any money do not count",
                set(CoopInputs::lanya(), F::ChickShare, 0.0),
                61,
                true,
            ),
        ];
        for (case, inp, holders, met) in cases {
            let i = incentive(&inp.check().expect("valid"));
            assert_eq!((i.holders, i.met), (holders, met), "{case}");
        }
    }
}
