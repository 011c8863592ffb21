//! The risk model: what varies from year to year, how, and its analytic expectations.
//!
//! Each year, independently: the land dividend is uniform between its low and high ends
//! (sect. 4.2: it depends on the cooperative's sales); each crop's yield and price move by a
//! uniform factor within ± their spreads; migrant earnings likewise; chicken mortality is
//! uniform around its mean (from 0 to twice the mean, or symmetric below 100%); the chicken
//! price is uniform within ± the price spread and the cooperative buys at no less than the
//! protective price (sect. 4.1); each cooperative or enterprise fails to pay with the yearly
//! chance `fail`, independently of the others.

use super::params::{Field, Valid};
use super::random::Rng;
use super::stream::{Gate, Risk, Stream};

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
    /// Yearly chance a counterparty fails to pay.
    pub fail: f64,
}

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
    /// Share of birds surviving a batch.
    pub survival: f64,
    /// Chicken price, yuan/bird, before the protective price.
    pub hen_price: f64,
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
            fail: v.frac(Field::Fail),
        }
    }

    /// Draws one year (five 64-bit random numbers: pairs of uniforms for the eight ranges,
    /// a triple for the three counterparties).
    pub fn draw(&self, rng: &mut Rng) -> YearDraw {
        let at = |(lo, hi): (f64, f64), u: f64| lo + (hi - lo) * u;
        let (u0, u1) = rng.unit_pair();
        let (u2, u3) = rng.unit_pair();
        let (u4, u5) = rng.unit_pair();
        let (u6, u7) = rng.unit_pair();
        let fails = rng.unit_triple();
        YearDraw {
            land_div: at(self.land_div, u0),
            yield_f: [at(self.yield_f, u1), at(self.yield_f, u2)],
            price_f: [at(self.price_f, u3), at(self.price_f, u4)],
            wage_f: at(self.wage_f, u5),
            survival: at(self.survival, u6),
            hen_price: at(self.hen_price, u7),
            pays: fails.iter().enumerate().fold(0u8, |bits, (c, u)| {
                if *u < self.fail {
                    bits
                } else {
                    bits | 1 << c
                }
            }),
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

    /// Expected insurance payout `E[max(0, insured − birds × survival × max(price, floor))]`,
    /// by the midpoint rule on a 48 × 48 grid over survival and price (both uniform).
    pub fn expected_shortfall(&self, insured: f64, birds: f64, floor: f64) -> f64 {
        const N: usize = 48;
        let (s0, s1) = self.survival;
        let (p0, p1) = self.hen_price;
        let mut sum = 0.0;
        for i in 0..N {
            let s = s0 + (s1 - s0) * (i as f64 + 0.5) / N as f64;
            for j in 0..N {
                let p = p0 + (p1 - p0) * (j as f64 + 0.5) / N as f64;
                sum += (insured - birds * s * p.max(floor)).max(0.0);
            }
        }
        sum / (N * N) as f64
    }
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

/// Alive state and the year's running chicken sales while one pattern-year is sampled.
pub struct YearState<'a> {
    /// The year drawn.
    pub draw: &'a YearDraw,
    /// Whose shares are still held: bit `c` for counterparty `c`.
    pub alive: u8,
    /// Chicken sales so far this year (for the insurance payout).
    pub chicken_sales: f64,
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

    /// True when its amount never changes: fixed and always paid.
    pub fn is_constant(&self) -> bool {
        matches!(self.risk, Risk::Fixed) && self.gate == Gate::Always
    }

    /// Its amount in a drawn year.
    pub fn sample(&self, st: &mut YearState) -> f64 {
        if let Risk::Payout { insured, .. } = self.risk {
            return (insured - st.chicken_sales).max(0.0);
        }
        if !self.gate.open(st.draw.pays, st.alive) {
            return 0.0;
        }
        let d = st.draw;
        match self.risk {
            Risk::Fixed => self.base,
            Risk::LandDividend { ha } => ha * d.land_div,
            Risk::Crop(c) => self.base * d.yield_f[c as usize] * d.price_f[c as usize],
            Risk::Wage => self.base * d.wage_f,
            Risk::Chickens { birds, floor } => {
                let sales = birds * d.survival * d.hen_price.max(floor);
                st.chicken_sales += sales;
                sales
            }
            Risk::Payout { .. } => unreachable!("handled above"),
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

    #[test]
    fn shortfall_quadrature_matches_a_closed_form() {
        // Survival fixed at 1, price uniform on [0, 2], no floor, 1 bird, insured 1:
        // E[max(0, 1 − P)] = ∫0..1 (1 − p) dp / 2 = 0.25.
        let spec = DrawSpec {
            land_div: (0.0, 0.0),
            yield_f: (1.0, 1.0),
            price_f: (1.0, 1.0),
            wage_f: (1.0, 1.0),
            survival: (1.0, 1.0),
            hen_price: (0.0, 2.0),
            fail: 0.0,
        };
        assert!((spec.expected_shortfall(1.0, 1.0, 0.0) - 0.25).abs() < 1e-3);
    }
}
