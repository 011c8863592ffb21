//! The risk model: what varies from year to year, how, and its analytic expectations.
//!
//! Each year, independently: the land dividend is uniform between its low and high ends
//! (sect. 4.2: it depends on the cooperative's sales); each crop's yield and price move by a
//! uniform factor within ± their spreads; migrant earnings likewise; each chicken batch's
//! mortality is uniform around its mean (from 0 to twice the mean, or symmetric below 100%)
//! and its price uniform within ± the price spread, and the cooperative buys at no less than
//! the protective price (sect. 4.1) in a year it pays.
//!
//! Payers are not independent from year to year: each is a two-state Markov chain. A payer
//! that pays this year stops next year with its yearly failure chance; one that has stopped
//! pays again with the chance `recover` (0 by default: a cooperative that cannot pay does
//! not pay again within the term). Payers are independent of each other.

use super::params::{Field, Valid};
use super::random::Rng;
use super::stream::{Counterparty, Gate, Risk, Stream, COUNTERPARTIES};

/// The ranges every yearly draw is taken from, read once from the inputs.
#[derive(Clone, Debug, PartialEq)]
pub struct DrawSpec {
    /// Land dividend, yuan/ha, low and high.
    pub land_div: (f64, f64),
    /// Yield factor range (1 ± spread).
    pub yield_f: (f64, f64),
    /// Price factor range (1 ± spread), for crops.
    pub price_f: (f64, f64),
    /// Migrant earnings factor range (1 ± spread).
    pub wage_f: (f64, f64),
    /// Survival range per batch.
    pub survival: (f64, f64),
    /// Chicken price range, yuan/bird, before the protective price.
    pub hen_price: (f64, f64),
    /// Yearly chance each payer that pays stops paying, by [`Counterparty`] index.
    pub fail: [f64; COUNTERPARTIES],
    /// Yearly chance a payer that stopped pays again.
    pub recover: f64,
}

/// Every payer paying: the state before the first year.
pub const ALL_PAY: u8 = (1 << COUNTERPARTIES) - 1;

/// One drawn year, shared by every pattern (common random numbers make comparisons fair).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct YearDraw {
    /// Land dividend, yuan/ha.
    pub land_div: f64,
    /// Yield factor per crop (corn, potato).
    pub yield_f: [f64; 2],
    /// Price factor per crop (corn, potato).
    pub price_f: [f64; 2],
    /// Migrant earnings factor.
    pub wage_f: f64,
    /// Share of birds surviving, per batch of the year.
    pub survival: [f64; 2],
    /// Chicken price, yuan/bird, before the protective price, per batch of the year.
    pub hen_price: [f64; 2],
    /// Which counterparties pay this year: bit `c` set for counterparty `c`.
    pub pays: u8,
}

fn around_one(spread: f64) -> (f64, f64) {
    (1.0 - spread, 1.0 + spread)
}

impl DrawSpec {
    /// Reads the ranges from checked inputs.
    pub fn new(v: &Valid) -> Self {
        let m = v.frac(Field::Mortality);
        let mortality = if m <= 0.5 {
            (0.0, 2.0 * m)
        } else {
            (2.0 * m - 1.0, 1.0)
        };
        let hen = v[Field::HenPrice];
        let ps = v.frac(Field::PriceSpread);
        DrawSpec {
            land_div: (v[Field::DivLo], v[Field::DivHi]),
            yield_f: around_one(v.frac(Field::YieldSpread)),
            price_f: around_one(ps),
            wage_f: around_one(v.frac(Field::WageSpread)),
            survival: (1.0 - mortality.1, 1.0 - mortality.0),
            hen_price: (hen * (1.0 - ps), hen * (1.0 + ps)),
            fail: fail_chances(v),
            recover: v.frac(Field::Recover),
        }
    }

    /// Draws one year after a year in which the payers in `paid_last` paid (seven 64-bit
    /// random numbers: pairs of uniforms for the ten ranges and the four payers).
    pub fn draw(&self, rng: &mut Rng, paid_last: u8) -> YearDraw {
        let at = |(lo, hi): (f64, f64), u: f64| lo + (hi - lo) * u;
        let (u0, u1) = rng.unit_pair();
        let (u2, u3) = rng.unit_pair();
        let (u4, u5) = rng.unit_pair();
        let (u6, u7) = rng.unit_pair();
        let (u8, u9) = rng.unit_pair();
        let (c0, c1) = rng.unit_pair();
        let (c2, c3) = rng.unit_pair();
        let mut pays = 0u8;
        for (cp, u) in Counterparty::ALL.iter().zip([c0, c1, c2, c3]) {
            let paying = if paid_last & cp.bit() != 0 {
                u >= self.fail[*cp as usize]
            } else {
                u < self.recover
            };
            if paying {
                pays |= cp.bit();
            }
        }
        YearDraw {
            land_div: at(self.land_div, u0),
            yield_f: [at(self.yield_f, u1), at(self.yield_f, u2)],
            price_f: [at(self.price_f, u3), at(self.price_f, u4)],
            wage_f: at(self.wage_f, u5),
            survival: [at(self.survival, u6), at(self.survival, u8)],
            hen_price: [at(self.hen_price, u7), at(self.hen_price, u9)],
            pays,
        }
    }

    /// Expected survival per batch.
    pub fn mean_survival(&self) -> f64 {
        (self.survival.0 + self.survival.1) / 2.0
    }

    /// Expected price the household gets per chicken: E[max(price, floor)] for a uniform price.
    pub fn mean_hen_price(&self, floor: f64) -> f64 {
        expected_max_uniform(self.hen_price, floor)
    }
}

/// The input that holds a payer's yearly failure chance.
pub fn fail_field(c: Counterparty) -> Field {
    match c {
        Counterparty::Wandanping => Field::FailWdp,
        Counterparty::Lanya => Field::FailLanya,
        Counterparty::Enterprise => Field::FailEnt,
        Counterparty::Tenant => Field::FailTenant,
    }
}

/// Each payer's yearly failure chance from the inputs: the enterprise's is lowered by its
/// profit insurance when it is insured (sect. 4.4).
pub fn fail_chances(v: &Valid) -> [f64; COUNTERPARTIES] {
    Counterparty::ALL.map(|c| {
        let insured = c == Counterparty::Enterprise && v.flag(Field::EntInsured);
        v.frac(fail_field(c))
            * if insured {
                1.0 - v.frac(Field::InsureCut)
            } else {
                1.0
            }
    })
}

/// `E[max(X, floor)]` for `X` uniform on `[a, b]`.
pub fn expected_max_uniform((a, b): (f64, f64), floor: f64) -> f64 {
    if b - a <= 0.0 {
        a.max(floor)
    } else if floor <= a {
        (a + b) / 2.0
    } else if floor >= b {
        floor
    } else {
        (floor * (floor - a) + (b * b - floor * floor) / 2.0) / (b - a)
    }
}

/// What one pattern-year is sampled in.
pub struct YearState<'a> {
    /// The year drawn.
    pub draw: &'a YearDraw,
    /// Whose shares are held at the start of the year: bit `c` for counterparty `c`.
    pub alive: u8,
    /// Who paid last year (every payer before the first year).
    pub paid_last: u8,
}

/// A stream as the Monte Carlo needs it: how it varies, whose promise it needs, its base.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SimItem {
    /// How it varies.
    pub risk: Risk,
    /// Whose promise it needs.
    pub gate: Gate,
    /// Amount with the gate open and factors at their means.
    pub base: f64,
}

impl SimItem {
    /// The item of an income stream.
    pub fn of(s: &Stream) -> Self {
        SimItem {
            risk: s.risk,
            gate: s.gate,
            base: s.base,
        }
    }

    /// Its amount in a drawn year.
    pub fn sample(&self, st: &YearState) -> f64 {
        let d = st.draw;
        if !self.gate.open(d.pays, st.alive, st.paid_last) {
            return 0.0;
        }
        match self.risk {
            Risk::Fixed => self.base,
            Risk::LandDividend { ha } => ha * d.land_div,
            Risk::Crop(c) => self.base * d.yield_f[c as usize] * d.price_f[c as usize],
            Risk::Wage { gross } => gross * d.wage_f - (gross - self.base),
            Risk::Chickens { .. } => {
                unreachable!("chicken sales are summed from the draw table's columns (engine)")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expected_max_of_a_uniform() {
        // (case, range, floor, expected)
        let cases = [
            ("floor below range", (100.0, 200.0), 50.0, 150.0),
            ("floor above range", (100.0, 200.0), 250.0, 250.0),
            ("floor inside", (100.0, 200.0), 150.0, 162.5),
            ("no spread", (150.0, 150.0), 120.0, 150.0),
        ];
        for (case, range, floor, want) in cases {
            assert!(
                (expected_max_uniform(range, floor) - want).abs() < 1e-9,
                "{case}"
            );
        }
    }
}
