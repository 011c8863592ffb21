//! One verdict per cooperative: the expected case and the risk together (issue #16).
//!
//! In words: **red** when, at the expected yields and prices, a promise to the members is not
//! paid on time in some year of the term, or when the chance that something cannot be paid on
//! time in the term (a promise, the production costs at the start of a year, or the bank) is
//! at least [`RED_FROM`]; **amber** when the expected case pays every promise but needs
//! working capital the cooperative does not have (a payment at the start of a year would be
//! late without it), or when that chance is at least [`GREEN_BELOW`]; **green** only when the
//! expected case pays everything on time with the money there is and the chance is below
//! [`GREEN_BELOW`]. The chance is the Monte Carlo's share of simulated terms (`promises`).
//!
//! When the money runs short, payments go in the order of `cash`: at the start of a year the
//! land rent, then the production costs; at the end the land dividend, the equity dividends,
//! the protective price, the bank (interest and, at term end, the loan), then the members'
//! principal from the balance. Whatever comes later is what is paid late.

use super::check::Check;
use super::CoopReport;

/// Below this chance of not paying on time in the term (and with the expected case paying
/// everything), the verdict can be green.
pub const GREEN_BELOW: f64 = 0.05;
/// From this chance of not paying on time in the term, the verdict is red.
pub const RED_FROM: f64 = 0.20;

/// The colour of a verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// The promises can be kept.
    Green,
    /// They can be kept with care: more working capital, or a real chance of failing.
    Amber,
    /// They cannot be relied on.
    Red,
}

impl Level {
    /// Stable code for `data-level` and CSS.
    pub const fn code(self) -> &'static str {
        match self {
            Level::Green => "green",
            Level::Amber => "amber",
            Level::Red => "red",
        }
    }
}

/// Working capital the expected case lacks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Short {
    /// The first year it is short (from 1).
    pub first: u32,
    /// The year it is shortest.
    pub worst: u32,
    /// How much more it needs then, yuan.
    pub need: f64,
}

/// The verdict and what it rests on.
#[derive(Clone, Debug, PartialEq)]
pub struct Verdict {
    /// Its colour.
    pub level: Level,
    /// The first promise not paid on time at the expected yields and prices, and its year.
    pub broken: Option<(Check, u32)>,
    /// When the expected case lacks working capital: the first year it does (at the start),
    /// and the most it lacks, with that year.
    pub short: Option<Short>,
    /// The chance something cannot be paid on time in the term (promise, costs or bank).
    pub risk: f64,
    /// The years of the term.
    pub years: usize,
}

/// The verdict on a cooperative's report.
pub fn verdict(r: &CoopReport) -> Verdict {
    let broken = r.years.iter().find_map(|y| {
        Check::ALL[1..]
            .iter()
            .find(|c| y.broken & c.bit() != 0)
            .map(|c| (*c, y.year))
    });
    let short = r.years.iter().find(|y| y.need > 0.0).map(|first| {
        let worst = r
            .years
            .iter()
            .fold(first, |w, y| if y.need > w.need { y } else { w });
        Short {
            first: first.year,
            worst: worst.year,
            need: worst.need,
        }
    });
    let risk = r.any_short;
    let level = if broken.is_some() || risk >= RED_FROM {
        Level::Red
    } else if short.is_some() || risk >= GREEN_BELOW {
        Level::Amber
    } else {
        Level::Green
    };
    Verdict {
        level,
        broken,
        short,
        risk,
        years: r.years.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::coop::{evaluate, CoopField as F, CoopInputs};

    fn judged(changes: &[(F, f64)]) -> Verdict {
        let mut inp = CoopInputs::wandanping();
        for (f, x) in changes {
            inp.set(*f, *x);
        }
        verdict(&evaluate(&inp.check().expect("valid")))
    }

    /// No swings: the expected case is every case.
    const CALM: [(F, f64); 3] = [
        (F::YieldSpread, 0.0),
        (F::PriceSpread, 0.0),
        (F::Mortality, 0.0),
    ];

    /// A case: its name, the inputs changed from Wandanping's, the level.
    type Case<'a> = (&'a str, &'a [(F, f64)], Level);

    #[test]
    fn levels_by_case() {
        let rich = [CALM[0], CALM[1], CALM[2], (F::Capital, 1e7)];
        let poor_start = [CALM[0], CALM[1], CALM[2], (F::Capital, 0.0), (F::Loan, 0.0)];
        let swinging_rich = [
            (F::Capital, 1e7),
            (F::YieldSpread, 100.0),
            (F::PriceSpread, 100.0),
        ];
        let no_sales = [(F::PotatoPrice, 0.0), (F::Capital, 1e6)];
        // (case, inputs, level)
        let cases: [Case; 4] = [
            ("rich and calm: green", &rich, Level::Green),
            (
                "calm, but the start of year 1 cannot be paid without more money: not green",
                &poor_start,
                Level::Red,
            ),
            (
                "rich, yields and prices swing fully: the money in hand still pays all",
                &swinging_rich,
                Level::Green,
            ),
            (
                "nothing sold: the dividends are not paid",
                &no_sales,
                Level::Red,
            ),
        ];
        for (case, changes, want) in cases {
            let v = judged(changes);
            assert_eq!(v.level, want, "{case}: {v:?}");
        }
    }

    #[test]
    fn green_needs_the_expected_case_paid_and_a_small_risk() {
        for changes in [
            &[][..],
            &CALM[..],
            &[(F::Capital, 0.0), (F::Loan, 0.0)][..],
            &[(F::PotatoPrice, 2.0)][..],
            &[(F::Capital, 1e7)][..],
        ] {
            let v = judged(changes);
            let green = v.broken.is_none() && v.short.is_none() && v.risk < GREEN_BELOW;
            assert_eq!(v.level == Level::Green, green, "{changes:?}: {v:?}");
            if v.broken.is_some() || v.risk >= RED_FROM {
                assert_eq!(v.level, Level::Red, "{changes:?}");
            }
        }
    }

    #[test]
    fn a_short_start_is_late_costs_not_a_broken_promise() {
        // Calm, rent covered by the money in hand, the costs not: the promises are paid (sales
        // come at year end), the costs at the start are late.
        let v = judged(&[
            CALM[0],
            CALM[1],
            CALM[2],
            (F::Capital, 200_000.0),
            (F::PotatoPrice, 3.3),
        ]);
        assert_eq!(v.broken, None, "{v:?}");
        assert!(
            matches!(v.short, Some(Short { first: 1, need, .. }) if need > 0.0),
            "{v:?}"
        );
        assert_eq!(
            v.level,
            Level::Red,
            "the short costs count in the risk: {v:?}"
        );
    }

    /// The order the module states: with 200,000 of own funds and no loan, year 1's rent is
    /// paid and its costs are not all; at year end the land dividend is paid and the equity
    /// dividend, after it, is not.
    #[test]
    fn payments_are_late_in_the_stated_order() {
        let mut inp = CoopInputs::wandanping();
        for (f, x) in [CALM[0], CALM[1], CALM[2], (F::Capital, 200_000.0)] {
            inp.set(f, x);
        }
        let r = evaluate(&inp.check().expect("valid"));
        let y1 = r.years[0].broken;
        let broken = |c: Check| y1 & c.bit() != 0;
        assert!(!broken(Check::Rent) && broken(Check::Capital), "{y1:b}");
        assert!(
            !broken(Check::LandDividend) && broken(Check::EquityDividend),
            "{y1:b}"
        );
        assert_eq!(verdict(&r).broken, Some((Check::EquityDividend, 1)));
    }
}
