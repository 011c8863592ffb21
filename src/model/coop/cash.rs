//! The cooperative's cash, year by year and within the year (issue #5; timing from sect. 4.1
//! and 4.2: rent "at the beginning of the year", the land dividend "at the end of the year,
//! after the seed potatoes are sold", the 10% dividend at year end, the principal returned in
//! full at the end of the term).
//!
//! In words: the year opens with the cooperative's own funds (year 1) or last year's closing
//! balance. At the **start** of the year the members' equity comes in (year 1 only); out go,
//! in this order, the land rent (rent per ha × land pooled), the dividends paid in chicks (B2,
//! which must be in hand to be raised), and the production costs (seed, inputs and hired work
//! for the seed potatoes; chicks, feed and hired work for every batch — a second batch's costs
//! are counted at the start too, which is cautious). The balance then is the year's low point.
//! At the **end** of the year the sales come in (potatoes: area × yield × price; chickens:
//! birds × batches × survival × price); out go the land dividend floor (low end × ha), the
//! cash dividends (rate × equity of the A1 and cash-dividend households) and, in the last
//! year of the term, every member's principal. The working capital needed at the start of a
//! year is max(0, −lowest running balance that year): what, added at the start, would let
//! every payment be made on time. A promise is broken in a year when the balance is below
//! zero right after it is paid.

use super::promises::Check;
use super::{CoopField as F, CoopValid};
use crate::model::paper::MU_PER_HA;

/// How one year's sales differ from the expected ones (1 = as expected).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Factors {
    /// Potato sales: yield factor × price factor.
    pub potato: f64,
    /// Chicken sales: price factor × survival ÷ mean survival.
    pub hens: f64,
}

impl Factors {
    /// The expected year.
    pub const MEAN: Factors = Factors {
        potato: 1.0,
        hens: 1.0,
    };
}

/// One year of the cooperative's cash, in yuan.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct YearCash {
    /// Year of the term, from 1.
    pub year: u32,
    /// Balance when the year opens.
    pub open: f64,
    /// Members' equity paid in at the start (year 1).
    pub equity_in: f64,
    /// Land rent paid at the start.
    pub rent: f64,
    /// Dividends paid in chicks at the start (B2).
    pub chick_div: f64,
    /// Production costs paid at the start.
    pub costs: f64,
    /// Balance after the start-of-year payments: the year's low point before sales.
    pub low: f64,
    /// Sales at the end of the year.
    pub sales: f64,
    /// Land dividend floor paid at the end.
    pub land_div: f64,
    /// Cash equity dividends paid at the end.
    pub cash_div: f64,
    /// Principal returned at the end of the term.
    pub principal: f64,
    /// Balance when the year closes.
    pub close: f64,
    /// Working capital needed at the start of this year beyond what there is:
    /// max(0, −lowest running balance this year).
    pub need: f64,
    /// Which [`Check`]s fail this year: bit [`Check::bit`].
    pub broken: u8,
}

impl YearCash {
    /// Names of [`columns`](Self::columns), as the cash table's `data-col` keys.
    pub const COLUMNS: [&'static str; 8] = [
        "open",
        "start_in",
        "start_out",
        "low",
        "sales",
        "end_out",
        "close",
        "wc",
    ];

    /// The year as the cash table shows it: opening balance, received and paid at the start,
    /// the low point, sales, paid at the end, closing balance, working capital needed.
    pub fn columns(&self) -> [f64; 8] {
        [
            self.open,
            self.start_in(),
            self.start_out(),
            self.low,
            self.sales,
            self.end_out(),
            self.close,
            self.need,
        ]
    }

    /// Everything received at the start.
    pub fn start_in(&self) -> f64 {
        self.equity_in
    }
    /// Everything paid at the start.
    pub fn start_out(&self) -> f64 {
        self.rent + self.chick_div + self.costs
    }
    /// Everything paid at the end.
    pub fn end_out(&self) -> f64 {
        self.land_div + self.cash_div + self.principal
    }
}

/// Land pooled, ha.
pub fn land_ha(v: &CoopValid) -> f64 {
    v[F::LandHh] * v[F::LandMu] / MU_PER_HA
}

/// All the members' equity, yuan.
pub fn equity(v: &CoopValid) -> f64 {
    v[F::LandHh] * v[F::LandShare]
        + v[F::CashHh] * v[F::CashShare]
        + v[F::ChickHh] * v[F::ChickShare]
}

/// The cash of each year of the term, one [`Factors`] per year (fewer factors: fewer years;
/// the principal is returned in year `term`).
pub fn cash_flow(v: &CoopValid, factors: &[Factors]) -> Vec<YearCash> {
    let ha = land_ha(v);
    let rate = v.frac(F::ShareRate);
    let birds = v[F::Birds] * v[F::Batches];
    let wage = v[F::DayWage];
    let rent = v[F::Rent] * ha;
    let chick_div = rate * v[F::ChickHh] * v[F::ChickShare];
    let costs = v[F::PotatoMu] * (v[F::SeedCost] + v[F::PotatoCost] + v[F::PotatoDays] * wage)
        + birds * (v[F::ChickCost] + v[F::Feed] + v[F::BirdDays] * wage);
    let potato_sales = v[F::PotatoMu] * v[F::PotatoYield] * v[F::PotatoPrice];
    let hen_sales = birds * (1.0 - v.frac(F::Mortality)) * v[F::HenPrice];
    let land_div = v[F::DivLo] * ha;
    let cash_div = rate * (v[F::LandHh] * v[F::LandShare] + v[F::CashHh] * v[F::CashShare]);
    let mut balance = v[F::Capital];
    let mut out = Vec::with_capacity(factors.len());
    for (i, f) in factors.iter().enumerate() {
        let mut y = YearCash {
            year: i as u32 + 1,
            open: balance,
            equity_in: if i == 0 { equity(v) } else { 0.0 },
            rent,
            chick_div,
            costs,
            sales: potato_sales * f.potato + hen_sales * f.hens,
            land_div,
            cash_div,
            principal: if i + 1 == v.years() { equity(v) } else { 0.0 },
            ..YearCash::default()
        };
        balance += y.equity_in;
        let mut broken = 0u8;
        let mut pay = |amount: f64, check: Check| {
            balance -= amount;
            if amount > 0.0 && balance < 0.0 {
                broken |= check.bit();
            }
            balance
        };
        pay(rent, Check::Rent);
        pay(chick_div, Check::EquityDividend);
        y.low = pay(costs, Check::Capital);
        pay(-y.sales, Check::Capital);
        pay(land_div, Check::LandDividend);
        pay(cash_div, Check::EquityDividend);
        y.close = pay(y.principal, Check::Principal);
        y.need = (-y.low.min(y.close)).max(0.0);
        if y.need > 0.0 {
            broken |= Check::Capital.bit();
        }
        y.broken = broken;
        out.push(y);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::coop::CoopInputs;

    fn flow(inp: CoopInputs) -> Vec<YearCash> {
        let v = inp.check().expect("valid");
        cash_flow(&v, &vec![Factors::MEAN; v.years()])
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-6 * b.abs().max(1.0)
    }

    #[test]
    fn paper_figures_by_year() {
        let ha = 41.0 * 3.9 / 15.0;
        // (case, inputs, year index, what, got from the year, expected)
        type Get = fn(&YearCash) -> f64;
        let cases: [(&str, CoopInputs, usize, Get, f64); 8] = [
            (
                "Wandanping rent, start of year 1",
                CoopInputs::wandanping(),
                0,
                |y| y.rent,
                15_000.0 * ha,
            ),
            (
                "Wandanping land dividend floor, year end",
                CoopInputs::wandanping(),
                0,
                |y| y.land_div,
                3_000.0 * ha,
            ),
            (
                "Wandanping 10% dividend on 41 × 7,000",
                CoopInputs::wandanping(),
                1,
                |y| y.cash_div,
                28_700.0,
            ),
            (
                "Wandanping principal back in year 3",
                CoopInputs::wandanping(),
                2,
                |y| y.principal,
                287_000.0,
            ),
            (
                "no principal before the term ends",
                CoopInputs::wandanping(),
                1,
                |y| y.principal,
                0.0,
            ),
            (
                "Lanya: 121 × 7,000 paid in at the start",
                CoopInputs::lanya(),
                0,
                |y| y.equity_in,
                847_000.0,
            ),
            (
                "Lanya: dividends, cash and chicks, 121 × 700",
                CoopInputs::lanya(),
                0,
                |y| y.cash_div + y.chick_div,
                84_700.0,
            ),
            (
                "Lanya: no land, no rent",
                CoopInputs::lanya(),
                0,
                |y| y.rent,
                0.0,
            ),
        ];
        for (case, inp, i, get, want) in cases {
            let got = get(&flow(inp)[i]);
            assert!(close(got, want), "{case}: {got} vs {want}");
        }
    }

    #[test]
    fn balances_chain_and_need_is_the_shortfall() {
        // (case, own funds, expected need in year 1)
        let cases = [
            ("no own funds", 0.0, 159.9 * (1_000.0 + 2_150.0) - 287_000.0),
            ("plenty of own funds", 1e6, 0.0),
        ];
        for (case, capital, short) in cases {
            let mut inp = CoopInputs::wandanping();
            inp.set(F::Capital, capital);
            let ys = flow(inp);
            assert!(close(ys[0].need, short), "{case}: {}", ys[0].need);
            assert_eq!(
                ys[0].broken & Check::Capital.bit() != 0,
                ys[0].need > 0.0,
                "{case}"
            );
            for w in ys.windows(2) {
                assert_eq!(w[1].open, w[0].close, "{case}");
            }
            for y in &ys {
                let end = y.open + y.start_in() - y.start_out() + y.sales - y.end_out();
                assert!(close(y.close, end), "{case}");
            }
        }
    }
}
