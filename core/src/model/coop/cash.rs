//! The cooperative's cash, year by year and within the year (timing from sect. 4.1 and 4.2:
//! rent "at the beginning of the year", the land dividend "at the end of the year, after the
//! seed potatoes are sold", the 10% dividend at year end, the principal returned in full at
//! the end of the term).
//!
//! In words: the year opens with the cooperative's own funds (year 1) or last year's closing
//! balance. At the **start** of the year in come, in year 1, the loan and — only when the
//! members' support funds may be used as working capital — their equity (otherwise the equity
//! is kept apart and paid back from there, as the paper says enterprises "ensure the safety"
//! of the funds); out go, in this order, the land rent (rent per ha × land pooled) and the
//! production costs (seed, inputs and hired work for the seed potatoes; chicks, feed and
//! hired work for every batch — a second batch's costs are counted at the start too, which is
//! cautious). The balance then is the year's low point. At the **end** of the year the sales
//! come in (potatoes: area × yield × price; chickens: birds × batches × survival × price); out
//! go the land dividend (its expected level, the middle of the range; the Monte Carlo draws it
//! over the range), the cash dividends (rate × equity of the A1 and cash-dividend
//! households), the dividend chicks (B2, given when a cash dividend would be), the
//! protective-price purchases (B2 members' chickens bought at the protective price and sold
//! on at the market: members' birds × survival × the expected shortfall of the market price
//! below it), the loan's interest, and in the last year of the term the loan and — from the
//! balance when the funds were used, from where they were kept otherwise — every member's
//! principal. What the members are owed (rent, dividends, chicks, the chickens under
//! the protective price, the principal, the equity paid in) is what their patterns' streams say
//! (`members`). The working capital needed at the start of a year is max(0, −lowest running
//! balance that year): what, added at the start, would let every payment be made on time. A
//! promise is broken in a year when the balance is below zero right after it is paid.

use super::check::Check;
use super::{CoopField as F, CoopValid};
use crate::model::risk::expected_max_uniform;

/// One year's draws (or their expected values).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Factors {
    /// Potato sales: yield factor × price factor.
    pub potato: f64,
    /// Chicken sales: price factor × survival ÷ mean survival.
    pub hens: f64,
    /// Land dividend, yuan/ha.
    pub land_div: f64,
    /// What the protective price costs per member bird raised: survival × how far the market
    /// price is below the protective price, yuan.
    pub floor_gap: f64,
}

impl Factors {
    /// The expected year: factors at 1, the land dividend in the middle of its range, the
    /// protective price's expected cost.
    pub fn mean(v: &CoopValid) -> Factors {
        let (price, spread) = (v[F::HenPrice], v.frac(F::PriceSpread));
        let range = (price * (1.0 - spread), price * (1.0 + spread));
        let gap = expected_max_uniform(range, v[F::FloorPrice]) - (range.0 + range.1) / 2.0;
        Factors {
            potato: 1.0,
            hens: 1.0,
            land_div: (v[F::DivLo] + v[F::DivHi]) / 2.0,
            floor_gap: (1.0 - v.frac(F::Mortality)) * gap,
        }
    }
}

/// One year of the cooperative's cash, in yuan.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct YearCash {
    /// Year of the term, from 1.
    pub year: u32,
    /// Balance when the year opens.
    pub open: f64,
    /// Members' equity paid in at the start (year 1), when it may be used as working capital.
    pub equity_in: f64,
    /// Loan taken at the start (year 1).
    pub loan_in: f64,
    /// Land rent paid at the start.
    pub rent: f64,
    /// Production costs paid at the start.
    pub costs: f64,
    /// Balance after the start-of-year payments: the year's low point before sales.
    pub low: f64,
    /// Sales at the end of the year.
    pub sales: f64,
    /// Land dividend paid at the end.
    pub land_div: f64,
    /// Cash equity dividends paid at the end.
    pub cash_div: f64,
    /// Dividends paid in chicks at the end (B2).
    pub chick_div: f64,
    /// Members' chickens bought at the protective price, less their resale: the cost.
    pub floor_cost: f64,
    /// Interest on the loan and, at term end, the loan itself.
    pub loan_out: f64,
    /// Principal returned from the balance at the end of the term (0 when the members' funds
    /// were kept apart: then it comes back from there).
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
        self.equity_in + self.loan_in
    }
    /// Everything paid at the start.
    pub fn start_out(&self) -> f64 {
        self.rent + self.costs
    }
    /// Everything paid at the end.
    pub fn end_out(&self) -> f64 {
        self.land_div
            + self.cash_div
            + self.chick_div
            + self.floor_cost
            + self.loan_out
            + self.principal
    }
}

/// The cash of each year of the term, one [`Factors`] per year (fewer factors: fewer years;
/// the principal is returned in year `term`).
pub fn cash_flow(v: &CoopValid, factors: &[Factors]) -> Vec<YearCash> {
    let owed = v.owed();
    let birds = v[F::Birds] * v[F::Batches];
    let wage = v[F::DayWage];
    let costs = v[F::PotatoMu] * (v[F::SeedCost] + v[F::PotatoCost] + v[F::PotatoDays] * wage)
        + birds * (v[F::ChickCost] + v[F::Feed] + v[F::BirdDays] * wage);
    let potato_sales = v[F::PotatoMu] * v[F::PotatoYield] * v[F::PotatoPrice];
    let hen_sales = birds * (1.0 - v.frac(F::Mortality)) * v[F::HenPrice];
    let use_funds = v[F::UseFunds] >= 0.5;
    let (loan, interest) = (v[F::Loan], v[F::Loan] * v.frac(F::LoanRate));
    let mut balance = v[F::Capital];
    let mut out = Vec::with_capacity(factors.len());
    for (i, f) in factors.iter().enumerate() {
        let last = i + 1 == v.years();
        let o = owed.get(i).copied().unwrap_or_default();
        let (rent, costs) = (o.rent, costs);
        let mut y = YearCash {
            year: i as u32 + 1,
            open: balance,
            equity_in: if use_funds { o.equity_in } else { 0.0 },
            loan_in: if i == 0 { loan } else { 0.0 },
            rent,
            costs,
            sales: potato_sales * f.potato + hen_sales * f.hens,
            land_div: f.land_div * o.land_ha,
            cash_div: o.cash_div,
            chick_div: o.chick_div,
            floor_cost: o.floor_birds * f.floor_gap,
            loan_out: interest + if last { loan } else { 0.0 },
            principal: if use_funds { o.principal } else { 0.0 },
            ..YearCash::default()
        };
        balance += y.start_in();
        let mut broken = 0u8;
        let mut pay = |amount: f64, check: Check| {
            balance -= amount;
            if amount > 0.0 && balance < 0.0 {
                broken |= check.bit();
            }
            balance
        };
        pay(rent, Check::Rent);
        y.low = pay(costs, Check::Capital);
        pay(-y.sales, Check::Capital);
        pay(y.land_div, Check::LandDividend);
        pay(y.cash_div + y.chick_div, Check::EquityDividend);
        pay(y.floor_cost, Check::ProtectivePrice);
        pay(y.loan_out, Check::Capital);
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
        cash_flow(&v, &vec![Factors::mean(&v); v.years()])
    }

    fn borrowed(mut inp: CoopInputs, loan: f64) -> CoopInputs {
        inp.set(F::Loan, loan);
        inp
    }

    fn funds_used(mut inp: CoopInputs) -> CoopInputs {
        inp.set(F::UseFunds, 1.0);
        inp
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-6 * b.abs().max(1.0)
    }

    #[test]
    fn paper_figures_by_year() {
        type Get = fn(&YearCash) -> f64;
        let ha = 41.0 * 3.9 / 15.0;
        // (case, inputs, year index, what, got from the year, expected)
        let cases: [(&str, CoopInputs, usize, Get, f64); 13] = [
            (
                "Wandanping rent, start of year 1",
                CoopInputs::wandanping(),
                0,
                |y| y.rent,
                15_000.0 * ha,
            ),
            (
                "Wandanping land dividend, year end, the middle of 3,000–6,000",
                CoopInputs::wandanping(),
                0,
                |y| y.land_div,
                4_500.0 * ha,
            ),
            (
                "Wandanping 10% dividend on 41 × 7,000",
                CoopInputs::wandanping(),
                1,
                |y| y.cash_div,
                28_700.0,
            ),
            (
                "Wandanping principal back from the balance in year 3 when the funds were used",
                funds_used(CoopInputs::wandanping()),
                2,
                |y| y.principal,
                287_000.0,
            ),
            (
                "kept apart by default: the principal comes back from where it was kept",
                CoopInputs::wandanping(),
                2,
                |y| y.principal,
                0.0,
            ),
            (
                "no principal before the term ends",
                CoopInputs::wandanping(),
                1,
                |y| y.principal,
                0.0,
            ),
            (
                "Lanya: 121 × 7,000 paid in at the start when the funds may be used",
                funds_used(CoopInputs::lanya()),
                0,
                |y| y.equity_in,
                847_000.0,
            ),
            (
                "Lanya: the members' funds are not working capital by default",
                CoopInputs::lanya(),
                0,
                |y| y.equity_in,
                0.0,
            ),
            (
                "Lanya, year 1: 60 B2 households' 35 chickens of the second batch (the dividend \
                 chicks come at year end, as on the household page) at the protective price",
                CoopInputs::lanya(),
                0,
                |y| y.floor_cost,
                // Price uniform on 112.5–187.5: E[(120 − P)+] = 7.5² ÷ 2 ÷ 75 = 0.375.
                60.0 * 35.0 * 0.9 * 0.375,
            ),
            (
                "Lanya, year 2: both batches at the protective price",
                CoopInputs::lanya(),
                1,
                |y| y.floor_cost,
                60.0 * 35.0 * 2.0 * 0.9 * 0.375,
            ),
            (
                "Lanya: the loan's interest at year end",
                borrowed(CoopInputs::lanya(), 526_000.0),
                0,
                |y| y.loan_out,
                526_000.0 * 0.0435,
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
            ("no own funds", 0.0, 159.9 * (1_000.0 + 2_150.0) - 404_000.0),
            ("plenty of own funds", 1e6, 0.0),
        ];
        for (case, capital, short) in cases {
            let mut inp = borrowed(CoopInputs::wandanping(), 404_000.0);
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
