//! The engine: from checked inputs to the report every screen shows.
//!
//! For each pattern and year it builds the plan (sect. 4 patterns + status quo for the rest),
//! then computes analytically the expected amount of every line: each payer is a Markov
//! chain (it keeps paying with 1 − fail, and one that stopped pays again with `recover`), and
//! the chance a line is paid is the chance its payer pays that year (with the shares still
//! held, for dividends and principal). From the lines: the year's income (the fund's own
//! flows, shares bought and paid back, are left out of every pattern alike; shares lost count
//! as a loss), the total, the worth today (start-of-year amounts discounted (y − 1) years,
//! mid-year y − ½, year-end y; the fund's flows are not discounted in any pattern, since it is
//! the same 7,000 yuan in every one), the guaranteed part (what is fixed by contract, at the
//! chance it is paid), the cash needed from the household's own pocket and from the fund,
//! and labor fit. A seeded Monte Carlo over the same plans, with one shared draw per year for
//! all patterns, gives the spread of the total.

use super::error::Infeasible;
use super::params::{Field, Valid};
use super::patterns::{Code, Pattern, REGISTRY};
use super::plan::{cash_needed_first_year, PlanBuilder, YearCtx, YearPlan};
use super::random::Rng;
use super::risk::{DrawSpec, SimItem, YearDraw, YearState, ALL_PAY};
use super::stream::{Formula, Gate, Odds, Risk, StreamKind, Timing, COUNTERPARTIES};

#[path = "basis.rs"]
mod basis;
pub use basis::TOLERANCE;

/// How the Monte Carlo runs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Settings {
    /// Number of simulated horizons.
    pub draws: usize,
    /// Seed: the same seed gives the same result.
    pub seed: u64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            draws: 2_000,
            seed: 2019,
        }
    }
}

/// One line of one year, with its expected amount.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Line {
    /// What kind of income.
    pub kind: StreamKind,
    /// When in the year.
    pub timing: Timing,
    /// The numbers that went in.
    pub formula: Formula,
    /// Expected amount, yuan (negative for costs and shares bought).
    pub amount: f64,
    /// The amount if every promise is kept and every factor is at its mean.
    pub full: f64,
    /// Income (true) or principal moving (false).
    pub income: bool,
    /// Fixed by contract: its expected amount counts in the guaranteed part.
    pub contract: bool,
    /// Paid in kind (dividend chicks), not in cash.
    pub in_kind: bool,
}

/// One year of one pattern.
#[derive(Clone, Debug, PartialEq)]
pub struct YearResult {
    /// Year number, from 1.
    pub year: u32,
    /// Its lines.
    pub lines: Vec<Line>,
    /// Expected income (principal movements excluded).
    pub income: f64,
    /// Expected net cash and fund moving at the start, middle and end of the year
    /// (principal included, payments in kind left out).
    pub cash: [f64; 3],
}

/// The spread of the total over the horizon, from the Monte Carlo.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spread {
    /// Mean of the simulated totals.
    pub mean: f64,
    /// Standard deviation of the simulated totals.
    pub sd: f64,
    /// 10th percentile (nearest rank): in 9 runs out of 10 the total is at least this.
    pub p10: f64,
    /// Median.
    pub p50: f64,
    /// 90th percentile.
    pub p90: f64,
    /// Chance of ending below the status quo in the same years (None for S or when S cannot run).
    pub below_s: Option<f64>,
    /// Chance the total is below zero.
    pub loss: f64,
}

/// What one pattern is expected to pay.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// Year by year.
    pub years: Vec<YearResult>,
    /// Expected income over the horizon.
    pub total: f64,
    /// Expected income per year on average.
    pub per_year: f64,
    /// Worth today at the discount rate.
    pub npv: f64,
    /// The part fixed by contract (rent, the stated dividend in cash or chicks, the principal
    /// kept), at the chance it is paid, over the horizon: never more than the expected value
    /// of the same lines, because it is that value.
    pub guaranteed: f64,
    /// The chance every payment fixed by contract is made in every year (None when the
    /// pattern has none).
    pub guaranteed_chance: Option<f64>,
    /// The rest: hoped for.
    pub hoped: f64,
    /// Total minus the status quo's total (None when S cannot run).
    pub increase_over_s: Option<f64>,
    /// The household's own cash needed at the worst point of the first year, yuan (the
    /// support fund is not the household's cash).
    pub cash_needed: f64,
    /// The support fund used in the first year (shares bought, and inputs when the fund may
    /// pay for them), yuan.
    pub fund_needed: f64,
    /// Cash on hand, yuan.
    pub cash_have: f64,
    /// Support fund, yuan.
    pub fund_have: f64,
    /// Home work in the busiest year, days.
    pub labor_days: f64,
    /// Days the adults have.
    pub labor_have: f64,
    /// Shares still invested (expected) when the horizon ends mid-term, yuan.
    pub principal_outstanding: f64,
    /// Spread from the Monte Carlo.
    pub spread: Spread,
}

/// One row of the comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Pattern code.
    pub code: Code,
    /// The outcome, or why the household cannot do it.
    pub result: Result<Outcome, Infeasible>,
}

/// Everything the screens show.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// Years computed.
    pub years: u32,
    /// One row per registered pattern, in registry order.
    pub rows: Vec<Row>,
    /// Feasible patterns by expected total, best first.
    pub by_expected: Vec<Code>,
    /// Feasible patterns by P10, safest first.
    pub by_p10: Vec<Code>,
    /// Feasible patterns by cash needed, least first.
    pub by_cash: Vec<Code>,
}

impl Report {
    /// The row of `code`.
    pub fn row(&self, code: Code) -> &Row {
        self.rows
            .iter()
            .find(|r| r.code == code)
            .expect("every registered code has a row")
    }

    /// Every pattern in display order: the feasible ones by expected total, best first, then
    /// those the household cannot carry out.
    pub fn display_order(&self) -> Vec<Code> {
        let mut order = self.by_expected.clone();
        order.extend(
            self.rows
                .iter()
                .filter(|r| r.result.is_err())
                .map(|r| r.code),
        );
        order
    }

    /// The outcome of `code`, if feasible.
    pub fn outcome(&self, code: Code) -> Option<&Outcome> {
        self.row(code).result.as_ref().ok()
    }
}

/// Builds the year plans of one pattern over the horizon.
pub fn plans(v: &Valid, spec: &DrawSpec, pattern: &dyn Pattern) -> Vec<YearPlan> {
    let mut out = Vec::new();
    plans_into(v, spec, pattern, &mut out);
    out
}

/// [`plans`] into `out`, reusing its years' lists of lines (a roster's households one after
/// another allocate nothing once the lists are long enough).
fn plans_into(v: &Valid, spec: &DrawSpec, pattern: &dyn Pattern, out: &mut Vec<YearPlan>) {
    let years = v.whole(Field::Years);
    let term = v.whole(Field::Term).max(1);
    let renew = v.flag(Field::Renew);
    for year in 1..=years {
        let term_end = year % term == 0;
        let ctx = YearCtx {
            year,
            first: year == 1,
            term_end,
            pay_back: term_end && (!renew || year == years),
        };
        let at = year as usize - 1;
        let streams = out.get_mut(at).map(|p| std::mem::take(&mut p.streams));
        let mut b = PlanBuilder::reusing(v, spec, ctx, streams.unwrap_or_default());
        if !pattern.contract() || renew || year <= term {
            pattern.commit(&mut b);
        }
        let plan = b.finish();
        match out.get_mut(at) {
            Some(p) => *p = plan,
            None => out.push(plan),
        }
    }
    out.truncate(years as usize);
}

/// The analytic part of an outcome (no spread yet).
struct Analytic {
    outcome: Outcome,
    plans: Vec<YearPlan>,
}

fn discount(timing: Timing, year: u32, r: f64) -> f64 {
    let t = f64::from(year)
        - match timing {
            Timing::Start => 1.0,
            Timing::Mid => 0.5,
            Timing::End => 0.0,
        };
    (1.0 + r).powf(-t)
}

/// The payers' chances year after year: for each payer, the joint chance of its shares being
/// held and it paying, moved on by its Markov chain and by the term ends at stake.
struct Chains {
    /// `dist[c][held][paying]` for the current year.
    dist: [[[f64; 2]; 2]; COUNTERPARTIES],
    fail: [f64; COUNTERPARTIES],
    recover: f64,
    held_pays_last: [f64; COUNTERPARTIES],
}

impl Chains {
    fn new(spec: &DrawSpec) -> Self {
        let mut dist = [[[0.0; 2]; 2]; COUNTERPARTIES];
        for (d, p) in dist.iter_mut().zip(spec.fail) {
            d[1] = [p, 1.0 - p];
        }
        Chains {
            dist,
            fail: spec.fail,
            recover: spec.recover,
            held_pays_last: [0.0; COUNTERPARTIES],
        }
    }

    fn odds(&self) -> Odds {
        let mut o = Odds {
            fail: self.fail,
            paid_last: self.held_pays_last,
            ..Odds::default()
        };
        for (c, d) in self.dist.iter().enumerate() {
            o.pays[c] = d[0][1] + d[1][1];
            o.held_pays[c] = d[1][1];
            o.held_fails[c] = d[1][0];
        }
        o
    }

    /// To the next year: shares at stake are lost where the payer did not pay.
    fn next(&mut self, at_stake: [bool; COUNTERPARTIES]) {
        for (c, d) in self.dist.iter_mut().enumerate() {
            self.held_pays_last[c] = d[1][1];
            if at_stake[c] {
                d[0][0] += d[1][0];
                d[1][0] = 0.0;
            }
            let (p, r) = (self.fail[c], self.recover);
            for h in d.iter_mut() {
                let [not, pays] = *h;
                *h = [pays * p + not * (1.0 - r), pays * (1.0 - p) + not * r];
            }
        }
    }
}

fn analyse(v: &Valid, spec: &DrawSpec, pattern: &dyn Pattern) -> Result<Analytic, Infeasible> {
    let mut plans = Vec::new();
    analyse_into::<true>(v, spec, pattern, &mut plans).map(|outcome| Analytic { outcome, plans })
}

/// [`analyse`]'s outcome, with the plans written into `plans` (reused from one call to the
/// next). Without `LINES`, each year's lines, the years and the net present value are left
/// out (a roster's brief reads the expected total and the cash needed, which are computed
/// the same way either way, to the last bit).
fn analyse_into<const LINES: bool>(
    v: &Valid,
    spec: &DrawSpec,
    pattern: &dyn Pattern,
    plans: &mut Vec<YearPlan>,
) -> Result<Outcome, Infeasible> {
    plans_into(v, spec, pattern, plans);
    let plans = &plans[..];
    let have_days = v[Field::Adults] * v[Field::AdultDays];
    if let Some(problem) = plans.iter().find_map(YearPlan::labor_problem) {
        return Err(problem);
    }
    let (cash_have, fund_have) = (v[Field::Cash], v[Field::Fund]);
    let (cash_needed, fund_needed) = plans.first().map_or((0.0, 0.0), |p| {
        cash_needed_first_year(&p.streams, fund_have, v.flag(Field::FundInputs))
    });
    if cash_needed > cash_have + 1e-9 {
        return Err(Infeasible::Cash {
            need: cash_needed,
            have: cash_have,
        });
    }
    let r = v.frac(Field::Discount);
    let mut chains = Chains::new(spec);
    // The last year each payer owes a payment fixed by contract, for the chance all are made.
    let mut owes_until = [0u32; COUNTERPARTIES];
    let mut years = Vec::with_capacity(if LINES { plans.len() } else { 0 });
    // Summed as `Iterator::sum` sums floats: from −0, year after year.
    let mut total = -0.0;
    let (mut npv, mut guaranteed, mut principal_flow, mut lost) = (0.0, 0.0, 0.0, 0.0);
    for plan in plans {
        let odds = chains.odds();
        let mut cash = [0.0; 3];
        let mut income = 0.0;
        let mut lines: Vec<Line> = Vec::with_capacity(if LINES { plan.streams.len() } else { 0 });
        for s in &plan.streams {
            let amount = s.expected(&odds);
            if !s.in_kind {
                cash[s.timing as usize] += amount;
            }
            if s.income {
                income += amount;
                if LINES {
                    npv += amount * discount(s.timing, plan.ctx.year, r);
                }
                if s.contract {
                    guaranteed += amount;
                    if let Some(c) = s.gate.payer() {
                        owes_until[c as usize] = plan.ctx.year;
                    }
                }
            } else {
                principal_flow += amount;
            }
            if s.kind == StreamKind::PrincipalLoss {
                lost -= amount;
            }
            if LINES {
                lines.push(Line {
                    kind: s.kind,
                    timing: s.timing,
                    formula: s.formula,
                    amount,
                    full: s.base,
                    income: s.income,
                    contract: s.contract,
                    in_kind: s.in_kind,
                });
            }
        }
        chains.next(plan.at_stake);
        total += income;
        if LINES {
            years.push(YearResult {
                year: plan.ctx.year,
                lines,
                income,
                cash,
            });
        }
    }
    let n = plans.len().max(1) as f64;
    // Every contract line has a payer, so a pattern with one owes some payer something.
    let any_contract = owes_until.iter().any(|&y| y > 0);
    let guaranteed_chance = any_contract.then(|| {
        owes_until
            .iter()
            .zip(spec.fail)
            .map(|(&y, p)| (1.0 - p).powi(y as i32))
            .product()
    });
    let outcome = Outcome {
        total,
        per_year: total / n,
        npv,
        guaranteed,
        guaranteed_chance,
        hoped: total - guaranteed,
        increase_over_s: None,
        cash_needed,
        fund_needed,
        cash_have,
        fund_have,
        labor_days: plans.iter().map(|p| p.home_days).fold(0.0, f64::max),
        labor_have: have_days,
        principal_outstanding: (-principal_flow - lost).max(0.0),
        spread: Spread {
            mean: total,
            sd: 0.0,
            p10: total,
            p50: total,
            p90: total,
            below_s: None,
            loss: 0.0,
        },
        years,
    };
    Ok(outcome)
}

/// Expected totals only (no Monte Carlo): for break-even searches and sensitivity.
pub fn expected_total(v: &Valid, code: Code) -> Result<f64, Infeasible> {
    let spec = DrawSpec::new(v);
    analyse(v, &spec, code.pattern()).map(|a| a.outcome.total)
}

/// A year's chicken sales as the Monte Carlo runs them: (gate, batch, birds, protective
/// price, whose promise it is).
type ChickenSale = (Gate, u8, f64, f64, u8);

/// One year of a pattern as the Monte Carlo runs it: the fixed, always-paid income summed
/// once, and only the lines that vary kept.
#[derive(Debug)]
struct SimYear {
    constant: f64,
    /// Coefficients of the always-paid lines that scale with one factor of the year:
    /// the corn and potato factors (yield × price) and the migrant-earnings factor.
    linear: [f64; 3],
    /// The one counterparty whose promises the folded lines below depend on (bit set), if any.
    promise: u8,
    /// Fixed amounts paid when that counterparty pays this year.
    if_pays: f64,
    /// Hectares whose land dividend is paid when it pays.
    dividend_ha: f64,
    /// Fixed amounts paid when the shares are held and it pays.
    if_held_pays: f64,
    /// Fixed amounts (losses) when the shares are held and it fails.
    if_held_fails: f64,
    /// The one counterparty whose last year's payment the line below depends on (bit set).
    last_promise: u8,
    /// Fixed amounts when the shares are held and that counterparty paid last year (the
    /// dividend chicks of last year's end, raised this year).
    if_paid_last: f64,
    /// Chicken sales: (gate, batch, birds, protective price, whose promise it is).
    chickens: Vec<ChickenSale>,
    /// Every other varying line (a second counterparty's promise).
    items: Vec<SimItem>,
    /// Bit `c` set when counterparty `c`'s shares are at stake at this year's end.
    at_stake: u8,
}

fn sim_years(plans: &[YearPlan]) -> Vec<SimYear> {
    let mut out = Vec::new();
    sim_years_into(plans, &mut out);
    out
}

/// [`sim_years`] into `out`, reusing its years' lists.
fn sim_years_into(plans: &[YearPlan], out: &mut Vec<SimYear>) {
    out.truncate(plans.len());
    for (i, plan) in plans.iter().enumerate() {
        let spare = out.get_mut(i).map(|y| {
            let (mut c, mut t) = (
                std::mem::take(&mut y.chickens),
                std::mem::take(&mut y.items),
            );
            c.clear();
            t.clear();
            (c, t)
        });
        let year = sim_year(plan, spare.unwrap_or_default());
        match out.get_mut(i) {
            Some(y) => *y = year,
            None => out.push(year),
        }
    }
}

/// One year of [`sim_years`], its lists written into `lists` (empty).
fn sim_year(plan: &YearPlan, lists: (Vec<ChickenSale>, Vec<SimItem>)) -> SimYear {
    let at_stake = (0..COUNTERPARTIES)
        .filter(|&c| plan.at_stake[c])
        .fold(0u8, |bits, c| bits | 1 << c);
    let mut year = SimYear {
        constant: 0.0,
        linear: [0.0; 3],
        promise: 0,
        if_pays: 0.0,
        dividend_ha: 0.0,
        if_held_pays: 0.0,
        if_held_fails: 0.0,
        last_promise: 0,
        if_paid_last: 0.0,
        chickens: lists.0,
        items: lists.1,
        at_stake,
    };
    for item in plan.streams.iter().filter(|s| s.income).map(SimItem::of) {
        let cp = match item.gate {
            Gate::Pays(c) | Gate::EquityPays(c) | Gate::EquityFails(c) => c.bit(),
            Gate::Always | Gate::PaidLastYear(_) => 0,
        };
        // A promise line folds only when it is this year's one counterparty.
        let folds = cp != 0 && (year.promise == 0 || year.promise == cp);
        match (item.gate, item.risk) {
            (Gate::Always, Risk::Fixed) => year.constant += item.base,
            (Gate::Always, Risk::Crop(c)) => year.linear[c as usize] += item.base,
            (Gate::Always, Risk::Wage { gross }) => {
                year.constant += item.base - gross;
                year.linear[2] += gross;
            }
            (Gate::Pays(_), Risk::Fixed) if folds => {
                year.promise = cp;
                year.if_pays += item.base;
            }
            (Gate::Pays(_), Risk::LandDividend { ha }) if folds => {
                year.promise = cp;
                year.dividend_ha += ha;
            }
            (Gate::EquityPays(_), Risk::Fixed) if folds => {
                year.promise = cp;
                year.if_held_pays += item.base;
            }
            (Gate::EquityFails(_), Risk::Fixed) if folds => {
                year.promise = cp;
                year.if_held_fails += item.base;
            }
            (Gate::PaidLastYear(c), Risk::Fixed)
                if year.last_promise == 0 || year.last_promise == c.bit() =>
            {
                year.last_promise = c.bit();
                year.if_paid_last += item.base;
            }
            (
                gate,
                Risk::Chickens {
                    birds,
                    floor,
                    cp,
                    batch,
                    ..
                },
            ) => year.chickens.push((gate, batch, birds, floor, cp.bit())),
            _ => year.items.push(item),
        }
    }
    year
}

/// Maps an f64 to an i64 with the same order (IEEE total order): integer comparisons are
/// cheaper than float ones in the selections below.
fn order_key(x: f64) -> i64 {
    let b = x.to_bits() as i64;
    b ^ ((((b >> 63) as u64) >> 1) as i64)
}

fn from_order_key(k: i64) -> f64 {
    f64::from_bits((k ^ ((((k >> 63) as u64) >> 1) as i64)) as u64)
}

/// Index of the `q` quantile among `n` sorted values, by nearest rank: round(q × (n − 1)).
fn rank(q: f64, n: usize) -> usize {
    (q * (n.max(1) - 1) as f64).round() as usize
}

/// P10, P50 and P90 of `xs` (nearest rank: the value at index round(q × (n − 1)) in sorted
/// order), without sorting: the values are counted into 1,024 buckets by order, and only
/// those in each percentile's bucket are then selected. Three passes over the draws instead
/// of a selection over all of them, which is a third of the engine's time on every keystroke
/// in the size-optimised WebAssembly build.
fn percentiles(xs: &[f64]) -> (f64, f64, f64) {
    const BITS: u32 = 10;
    if xs.is_empty() {
        return (0.0, 0.0, 0.0);
    }
    let n = xs.len();
    let ranks = [rank(0.1, n), rank(0.5, n), rank(0.9, n)];
    let (mut lo, mut hi) = (i64::MAX, i64::MIN);
    for &x in xs {
        let k = order_key(x);
        lo = lo.min(k);
        hi = hi.max(k);
    }
    // Buckets of equal width in key order: (key − lo) >> shift < 2^BITS.
    let span = hi.wrapping_sub(lo) as u64;
    let shift = (u64::BITS - span.leading_zeros()).saturating_sub(BITS);
    let bucket = |k: i64| (k.wrapping_sub(lo) as u64 >> shift) as usize;
    let mut counts = [0u32; 1 << BITS];
    for &x in xs {
        counts[bucket(order_key(x))] += 1;
    }
    // Each rank's bucket, and its rank among that bucket's values.
    let mut at = [(0usize, 0usize); 3];
    let (mut below, mut r) = (0usize, 0usize);
    for (b, &c) in counts.iter().enumerate() {
        let c = c as usize;
        while r < ranks.len() && ranks[r] < below + c {
            at[r] = (b, ranks[r] - below);
            r += 1;
        }
        below += c;
        if r == ranks.len() {
            break;
        }
    }
    // The values of those (at most three) buckets.
    let mut picked: Vec<(usize, Vec<i64>)> = Vec::with_capacity(3);
    for &(b, _) in &at {
        if !picked.iter().any(|(pb, _)| *pb == b) {
            picked.push((b, Vec::with_capacity(counts[b] as usize)));
        }
    }
    for &x in xs {
        let k = order_key(x);
        let b = bucket(k);
        if let Some((_, v)) = picked.iter_mut().find(|(pb, _)| *pb == b) {
            v.push(k);
        }
    }
    let [p10, p50, p90] = at.map(|(b, i)| {
        let (_, v) = picked
            .iter_mut()
            .find(|(pb, _)| *pb == b)
            .expect("every rank's bucket was gathered");
        from_order_key(*v.select_nth_unstable(i).1)
    });
    (p10, p50, p90)
}

/// The Monte Carlo's drawn years, shared by every pattern (and, in a roster, by every
/// household with the same risk settings): `n` horizons of `years` years, drawn in order from
/// the seed, with each year's corn, potato and migrant-earnings factors.
#[derive(Clone, Debug)]
pub struct DrawTable {
    spec: DrawSpec,
    settings: Settings,
    /// Horizons drawn.
    n: usize,
    /// One column set per year, each holding that year of every horizon.
    cols: Vec<YearCols>,
    /// Per horizon, who pays when: bit `4 y + c` set when counterparty `c` pays in year
    /// `y + 1` (years past the 16th are left out; the fast path does not run there).
    fates: Vec<u64>,
    /// The fast path's columns and exceptions, computed as patterns need them.
    cache: std::cell::RefCell<basis::Cache>,
    /// The report's scratch space.
    kept: std::cell::RefCell<Kept>,
}

/// One year of every horizon, column by column, so that a pattern's year is added to all
/// horizons in one tight loop.
#[derive(Clone, Debug)]
struct YearCols {
    /// Corn, potato and migrant-earnings factors.
    f: [Vec<f64>; 3],
    /// Land dividend, yuan/ha.
    land_div: Vec<f64>,
    /// Which counterparties pay.
    pays: Vec<u8>,
    /// Each chicken batch's survival and price (before the protective price).
    hens: [[Vec<f64>; 2]; 2],
    /// The whole draws, for the lines that need more (a second counterparty's promise).
    draws: Vec<YearDraw>,
}

impl DrawTable {
    /// Draws `settings.draws` horizons (at least one) of `years` years, horizon after
    /// horizon, year after year, from the seed.
    pub fn new(spec: &DrawSpec, years: u32, settings: &Settings) -> Self {
        let n = settings.draws.max(1);
        let mut cols: Vec<YearCols> = (0..years)
            .map(|_| YearCols {
                f: [
                    Vec::with_capacity(n),
                    Vec::with_capacity(n),
                    Vec::with_capacity(n),
                ],
                land_div: Vec::with_capacity(n),
                pays: Vec::with_capacity(n),
                hens: Default::default(),
                draws: Vec::with_capacity(n),
            })
            .collect();
        let mut rng = Rng::new(settings.seed);
        let mut fates = Vec::with_capacity(n);
        for _ in 0..n {
            let mut paid_last = ALL_PAY;
            let mut fate = 0u64;
            for (y, c) in cols.iter_mut().enumerate() {
                let d = spec.draw(&mut rng, paid_last);
                paid_last = d.pays;
                if y < 16 {
                    fate |= u64::from(d.pays) << (4 * y);
                }
                c.f[0].push(d.yield_f[0] * d.price_f[0]);
                c.f[1].push(d.yield_f[1] * d.price_f[1]);
                c.f[2].push(d.wage_f);
                c.land_div.push(d.land_div);
                c.pays.push(d.pays);
                for (b, cols) in c.hens.iter_mut().enumerate() {
                    cols[0].push(d.survival[b]);
                    cols[1].push(d.hen_price[b]);
                }
                c.draws.push(d);
            }
            fates.push(fate);
        }
        DrawTable {
            spec: spec.clone(),
            settings: *settings,
            n,
            cols,
            fates,
            cache: Default::default(),
            kept: Default::default(),
        }
    }

    /// The table for these inputs: draws again only when the ranges, horizon or settings
    /// differ from the ones this table was drawn with.
    pub fn refresh(&mut self, v: &Valid, settings: &Settings) {
        let spec = DrawSpec::new(v);
        let years = v.whole(Field::Years) as usize;
        if self.spec != spec || self.cols.len() != years || self.settings != *settings {
            *self = DrawTable::new(&spec, years as u32, settings);
        }
    }

    /// A table for these inputs.
    pub fn for_inputs(v: &Valid, settings: &Settings) -> Self {
        DrawTable::new(&DrawSpec::new(v), v.whole(Field::Years), settings)
    }

    /// The ranges the table was drawn from.
    pub fn spec(&self) -> &DrawSpec {
        &self.spec
    }

    /// The draws, year after year, each as eight columns over the horizons: corn, potato and
    /// migrant factors, land dividend, then each chicken batch's survival and
    /// price: for the NumPy peer (`bench/peer/`).
    pub fn columns(&self) -> Vec<[&[f64]; 8]> {
        self.cols
            .iter()
            .map(|c| {
                [
                    &c.f[0][..],
                    &c.f[1],
                    &c.f[2],
                    &c.land_div,
                    &c.hens[0][0],
                    &c.hens[0][1],
                    &c.hens[1][0],
                    &c.hens[1][1],
                ]
            })
            .collect()
    }

    /// Who pays, year after year, over the horizons (bit `c` for counterparty `c`).
    pub fn payers(&self) -> Vec<&[u8]> {
        self.cols.iter().map(|c| &c.pays[..]).collect()
    }

    /// Number of horizons.
    pub fn len(&self) -> usize {
        self.n
    }

    /// True when no horizon was drawn (never: at least one is).
    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    /// The simulated totals of one pattern over every horizon, by the fast path
    /// (`basis.rs`: within [`TOLERANCE`] of [`totals_reference`](Self::totals_reference)).
    /// `fast` is the fast path's scratch space (None for the straightforward path); `alive`
    /// the straightforward path's.
    fn totals<const FAST: bool>(
        &self,
        years: &[SimYear],
        program: &mut basis::Program,
        out: &mut Vec<f64>,
        alive: &mut Vec<u8>,
    ) {
        if FAST && basis::fits(years) {
            basis::totals(self, years, program, out);
        } else {
            self.totals_reference(years, out, alive);
        }
    }

    /// The simulated totals of one pattern over every horizon, year by year (the
    /// straightforward path, kept as the fast path's reference): the fixed and
    /// factor-scaled lines, then the promise of the year's counterparty (paid if it pays;
    /// shares held if it has paid at every earlier term end), then any other varying line;
    /// shares at stake are lost in a year their counterparty does not pay. `alive` is
    /// scratch space.
    fn totals_reference(&self, years: &[SimYear], out: &mut Vec<f64>, alive: &mut Vec<u8>) {
        let n = self.n;
        // The fixed lines of every year at once; then only the terms that are not zero.
        let fixed: f64 = years.iter().map(|y| y.constant).sum();
        out.clear();
        out.resize(n, fixed);
        alive.clear();
        alive.resize(n, u8::MAX);
        for (i, (year, c)) in years.iter().zip(&self.cols).enumerate() {
            // The factor-scaled lines in one pass over the horizons (one or two of the three
            // are usually in use: a crop and migrant work).
            let [a, b, w] = year.linear;
            let [fa, fb, fw] = &c.f;
            match (a != 0.0, b != 0.0, w != 0.0) {
                (false, false, false) => {}
                (true, false, true) => {
                    for ((t, x), z) in out.iter_mut().zip(fa).zip(fw) {
                        *t += a * x + w * z;
                    }
                }
                (false, true, true) => {
                    for ((t, y), z) in out.iter_mut().zip(fb).zip(fw) {
                        *t += b * y + w * z;
                    }
                }
                _ => {
                    for (((t, x), y), z) in out.iter_mut().zip(fa).zip(fb).zip(fw) {
                        *t += a * x + b * y + w * z;
                    }
                }
            }
            let p = year.promise;
            let (pays_fixed, per_ha) = (year.if_pays, year.dividend_ha);
            if p != 0 && year.if_held_pays == 0.0 && year.if_held_fails == 0.0 {
                // Paid when the counterparty pays; nothing rides on shares held.
                for ((t, pays), div) in out.iter_mut().zip(&c.pays).zip(&c.land_div) {
                    if pays & p != 0 {
                        *t += pays_fixed + per_ha * div;
                    }
                }
            } else if p != 0 {
                for (((t, pays), held), div) in out
                    .iter_mut()
                    .zip(&c.pays)
                    .zip(alive.iter())
                    .zip(&c.land_div)
                {
                    let held = held & p != 0;
                    if pays & p != 0 {
                        *t += pays_fixed + per_ha * div;
                        if held {
                            *t += year.if_held_pays;
                        }
                    } else if held {
                        *t += year.if_held_fails;
                    }
                }
            }
            let last = i.checked_sub(1).map(|j| &self.cols[j].pays);
            if let (Some(last), true) = (last, year.last_promise != 0) {
                let (bit, amount) = (year.last_promise, year.if_paid_last);
                for ((t, held), paid) in out.iter_mut().zip(alive.iter()).zip(last) {
                    if held & paid & bit != 0 {
                        *t += amount;
                    }
                }
            }
            for &(gate, batch, birds, floor, cp) in &year.chickens {
                let [surv, price] = &c.hens[batch as usize];
                let masks = gate.masks();
                for (j, ((((t, &pays), &held), &s), &p)) in out
                    .iter_mut()
                    .zip(&c.pays)
                    .zip(alive.iter())
                    .zip(surv)
                    .zip(price)
                    .enumerate()
                {
                    let paid = match last {
                        Some(l) => l[j],
                        None => ALL_PAY,
                    };
                    if masks.open(pays, held, paid) {
                        let p = if pays & cp != 0 && p < floor {
                            floor
                        } else {
                            p
                        };
                        *t += birds * s * p;
                    }
                }
            }
            if !year.items.is_empty() {
                for (j, ((t, draw), held)) in
                    out.iter_mut().zip(&c.draws).zip(alive.iter()).enumerate()
                {
                    let st = YearState {
                        draw,
                        alive: *held,
                        paid_last: last.map_or(ALL_PAY, |l| l[j]),
                    };
                    for item in &year.items {
                        *t += item.sample(&st);
                    }
                }
            }
            if year.at_stake != 0 {
                for (held, pays) in alive.iter_mut().zip(&c.pays) {
                    *held &= !(year.at_stake & !pays);
                }
            }
        }
    }
}

/// Scratch space for [`brief`], reused from one household to the next.
#[derive(Debug, Default)]
pub struct Scratch {
    totals: Vec<f64>,
    alive: Vec<u8>,
    program: basis::Program,
    select: basis::Select,
    plans: Vec<YearPlan>,
    years: Vec<SimYear>,
}

/// One pattern in brief, as a roster needs it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Brief {
    /// Expected income over the horizon.
    pub total: f64,
    /// The 10th percentile of the simulated total.
    pub p10: f64,
    /// Cash needed at the worst point of the first year.
    pub cash_needed: f64,
}

/// Every pattern in brief, in registry order: expected total, P10 and cash needed, exactly
/// as [`evaluate`] gives them with the table's settings, without the years' detail or the
/// rest of the spread. `buf` is scratch space reused between calls.
pub fn brief(
    v: &Valid,
    table: &DrawTable,
    buf: &mut Scratch,
) -> Vec<(Code, Result<Brief, Infeasible>)> {
    brief_by::<true>(v, table, buf)
}

/// [`brief`] by the straightforward path: every pattern's totals year by year over every
/// horizon and the P10 by a full sort. The fast path is tested against it
/// (`core/tests/fast_path.rs`); it differs by no more than [`TOLERANCE`] (`basis.rs`).
pub fn brief_reference(v: &Valid, table: &DrawTable) -> Vec<(Code, Result<Brief, Infeasible>)> {
    brief_by::<false>(v, table, &mut Scratch::default())
}

fn brief_by<const FAST: bool>(
    v: &Valid,
    table: &DrawTable,
    buf: &mut Scratch,
) -> Vec<(Code, Result<Brief, Infeasible>)> {
    let spec = &table.spec;
    let Scratch {
        totals,
        alive,
        program,
        select,
        plans,
        years,
    } = buf;
    REGISTRY
        .iter()
        .map(|p| {
            let result = analyse_into::<false>(v, spec, *p, plans).map(|outcome| {
                sim_years_into(plans, years);
                let years = &years[..];
                let i10 = rank(0.1, table.n);
                let fast = FAST
                    .then(|| basis::low_rank(table, years, program, i10, totals, select))
                    .flatten();
                let p10 = fast.unwrap_or_else(|| {
                    table.totals::<FAST>(years, program, totals, alive);
                    if FAST {
                        basis::nth(totals, i10, select)
                    } else {
                        sorted_at(totals, &[i10])[0]
                    }
                });
                Brief {
                    total: outcome.total,
                    p10,
                    cash_needed: outcome.cash_needed,
                }
            });
            (p.code(), result)
        })
        .collect()
}

/// The values at `ranks` of `xs` after a full sort in IEEE total order (the reference).
fn sorted_at<const K: usize>(xs: &[f64], ranks: &[usize; K]) -> [f64; K] {
    let mut sorted = xs.to_vec();
    sorted.sort_by(f64::total_cmp);
    ranks.map(|r| sorted[r])
}

/// Every pattern's simulated totals over the horizons, in registry order (None where the
/// household cannot carry the pattern out), by the fast path or (`reference`) the
/// straightforward one, with a table drawn for this call: for tests and benchmarks.
pub fn simulated_totals(
    v: &Valid,
    settings: &Settings,
    reference: bool,
) -> Vec<(Code, Option<Vec<f64>>)> {
    let table = DrawTable::for_inputs(v, settings);
    let (mut program, mut alive) = (basis::Program::default(), Vec::new());
    REGISTRY
        .iter()
        .map(|p| {
            let sims = analyse(v, &table.spec, *p).ok().map(|a| {
                let mut out = Vec::new();
                let years = sim_years(&a.plans);
                if reference {
                    table.totals::<false>(&years, &mut program, &mut out, &mut alive);
                } else {
                    table.totals::<true>(&years, &mut program, &mut out, &mut alive);
                }
                out
            });
            (p.code(), sims)
        })
        .collect()
}

/// Numbers per year in [`sim_coefficients`]: the constant, the corn, potato and migrant
/// factors' coefficients, the promise's payer (bit), paid if it pays, land dividend hectares,
/// paid if held and paid, if held and not paid, last year's payer (bit), paid if held and paid
/// last year, the payers at stake (bits), the number of chicken sales, then two chicken
/// sales of six numbers each: gate (0 always, 1 pays, 2 held and pays, 3 held and fails, 4
/// held and paid last year), the gate's payer (bit), batch, birds, protective price, whose
/// price it is (bit).
pub const SIM_FIELDS: usize = 25;

/// How the Monte Carlo sees every pattern of a household, year by year ([`SIM_FIELDS`]
/// numbers a year), in registry order (None where the household cannot carry it out), for
/// the NumPy peer (`bench/peer/`). Panics if a year has a line the peer does not model (a
/// second payer's promise, or more than two chicken sales).
pub fn sim_coefficients(v: &Valid) -> Vec<(Code, Option<Vec<[f64; SIM_FIELDS]>>)> {
    let spec = DrawSpec::new(v);
    REGISTRY
        .iter()
        .map(|p| {
            let years = analyse(v, &spec, *p).ok().map(|a| {
                sim_years(&a.plans)
                    .iter()
                    .map(|y| {
                        assert!(
                            y.items.is_empty() && y.chickens.len() <= 2,
                            "beyond the peer"
                        );
                        let mut x = [0.0; SIM_FIELDS];
                        x[..13].copy_from_slice(&[
                            y.constant,
                            y.linear[0],
                            y.linear[1],
                            y.linear[2],
                            f64::from(y.promise),
                            y.if_pays,
                            y.dividend_ha,
                            y.if_held_pays,
                            y.if_held_fails,
                            f64::from(y.last_promise),
                            y.if_paid_last,
                            f64::from(y.at_stake),
                            y.chickens.len() as f64,
                        ]);
                        for (i, &(gate, batch, birds, floor, cp)) in y.chickens.iter().enumerate() {
                            let kind = match gate {
                                Gate::Always => 0.0,
                                Gate::Pays(_) => 1.0,
                                Gate::EquityPays(_) => 2.0,
                                Gate::EquityFails(_) => 3.0,
                                Gate::PaidLastYear(_) => 4.0,
                            };
                            let payer =
                                f64::from(gate.payer().map_or(0, super::stream::Counterparty::bit));
                            x[13 + 6 * i..19 + 6 * i].copy_from_slice(&[
                                kind,
                                payer,
                                f64::from(batch),
                                birds,
                                floor,
                                f64::from(cp),
                            ]);
                        }
                        x
                    })
                    .collect()
            });
            (p.code(), years)
        })
        .collect()
}

/// Computes the whole report. The draws are kept between calls on the same thread (as
/// [`evaluate_in`] keeps them), so a call with the same ranges, horizon and settings as the
/// one before does not draw them again.
pub fn evaluate(v: &Valid, settings: &Settings) -> Report {
    thread_local! {
        static KEPT: std::cell::RefCell<Option<DrawTable>> =
            const { std::cell::RefCell::new(None) };
    }
    KEPT.with(|t| evaluate_in(v, settings, &mut t.borrow_mut()))
}

/// [`evaluate`] by the straightforward path, with a table drawn for this call: every
/// pattern's totals year by year over every horizon, and the percentiles by a full sort. The
/// fast path is tested against it (`core/tests/fast_path.rs`); its figures differ by no more
/// than [`TOLERANCE`] (`basis.rs` says how).
pub fn evaluate_reference(v: &Valid, settings: &Settings) -> Report {
    let table = DrawTable::for_inputs(v, settings);
    report::<false, true>(v, settings, &table)
}

/// [`evaluate`], keeping the draws in `table` for the next call: they are drawn again only
/// when the ranges, horizon or settings change, not when land, labour or cash do (as on a
/// keystroke). The report is the same as [`evaluate`]'s.
pub fn evaluate_in(v: &Valid, settings: &Settings, table: &mut Option<DrawTable>) -> Report {
    report::<true, false>(v, settings, kept(v, settings, table))
}

/// [`evaluate_in`] without the fast path (`basis.rs`): every pattern's totals year by year
/// over every horizon, as [`evaluate_reference`] sums them, with the draws kept in `table` as
/// [`evaluate_in`] keeps them and the percentiles by its selection (the same values as a full
/// sort). Its figures are [`evaluate_reference`]'s to the last bit, and within [`TOLERANCE`]
/// of [`evaluate_in`]'s. The household page computes one household per keystroke, for which
/// this path is fast enough; calling only this, its bundle leaves the fast path out (3.6 KB
/// brotli, docs/performance.md).
pub fn evaluate_plain_in(v: &Valid, settings: &Settings, table: &mut Option<DrawTable>) -> Report {
    report::<false, false>(v, settings, kept(v, settings, table))
}

/// The table in `table`, drawn again if these inputs need other draws, or drawn for them.
fn kept<'t>(v: &Valid, settings: &Settings, table: &'t mut Option<DrawTable>) -> &'t DrawTable {
    match table {
        Some(t) => {
            t.refresh(v, settings);
            t
        }
        None => table.insert(DrawTable::for_inputs(v, settings)),
    }
}

/// The report: every pattern's totals by the fast path (`FAST`) or year by year; the
/// percentiles by a full sort (`SORT`, the reference) or by selection.
fn report<const FAST: bool, const SORT: bool>(
    v: &Valid,
    settings: &Settings,
    table: &DrawTable,
) -> Report {
    let spec = &table.spec;
    let years = v.whole(Field::Years);
    let analytic: Vec<(Code, Result<Analytic, Infeasible>)> = REGISTRY
        .iter()
        .map(|p| (p.code(), analyse(v, spec, *p)))
        .collect();

    // Monte Carlo: one shared draw per year for every pattern.
    let n = settings.draws.max(1);
    let mut kept = table.kept.borrow_mut();
    let Kept {
        totals,
        program,
        alive,
    } = &mut *kept;
    totals.resize_with(analytic.len(), Vec::new);
    for (i, (_, r)) in analytic.iter().enumerate() {
        if let Ok(a) = r {
            let sims = sim_years(&a.plans);
            table.totals::<FAST>(&sims, program, &mut totals[i], alive);
        }
    }
    let s_index = analytic
        .iter()
        .position(|(c, r)| *c == Code::S && r.is_ok());
    let s_total = s_index
        .and_then(|i| analytic[i].1.as_ref().ok())
        .map(|a| a.outcome.total);

    let rows: Vec<Row> = analytic
        .into_iter()
        .enumerate()
        .map(|(i, (code, result))| Row {
            code,
            result: result.map(|a| {
                let mut o = a.outcome;
                let sims = &totals[i];
                // One pass for the sum and the counts below S and below zero, one for the
                // variance around the mean.
                let s = s_index.filter(|&si| si != i).map(|si| &totals[si]);
                let (mut sum, mut below, mut losses) = (0.0, 0usize, 0usize);
                for (j, &x) in sims.iter().enumerate() {
                    sum += x;
                    losses += usize::from(x < 0.0);
                    if let Some(s) = s {
                        below += usize::from(x < s[j]);
                    }
                }
                let mean = sum / n as f64;
                let var = sims.iter().map(|x| (x - mean) * (x - mean)).sum::<f64>()
                    / (n.max(2) - 1) as f64;
                let (p10, p50, p90) = if SORT {
                    let [a, b, c] = sorted_at(sims, &[0.1, 0.5, 0.9].map(|q| rank(q, n)));
                    (a, b, c)
                } else {
                    percentiles(sims)
                };
                o.spread = Spread {
                    mean,
                    sd: var.sqrt(),
                    p10,
                    p50,
                    p90,
                    below_s: s.map(|_| below as f64 / n as f64),
                    loss: losses as f64 / n as f64,
                };
                o.increase_over_s = s_total.map(|s| o.total - s);
                o
            }),
        })
        .collect();

    let ranked = |key: &dyn Fn(&Outcome) -> f64| -> Vec<Code> {
        let mut ok: Vec<(Code, f64)> = rows
            .iter()
            .filter_map(|r| r.result.as_ref().ok().map(|o| (r.code, key(o))))
            .collect();
        super::small_sort::sort_by(&mut ok, |a, b| b.1.total_cmp(&a.1));
        ok.into_iter().map(|(c, _)| c).collect()
    };
    let by_expected = ranked(&|o| o.total);
    let by_p10 = ranked(&|o| o.spread.p10);
    let by_cash = ranked(&|o| -o.cash_needed);
    Report {
        years,
        rows,
        by_expected,
        by_p10,
        by_cash,
    }
}

/// The report's scratch space, kept with its draw table so that a keystroke allocates no
/// totals.
#[derive(Clone, Debug, Default)]
struct Kept {
    totals: Vec<Vec<f64>>,
    program: basis::Program,
    alive: Vec<u8>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_keys_sort_like_floats() {
        let xs = [-1e9, -2.5, -0.0, 0.0, 1e-300, 3.0, 7e12];
        for w in xs.windows(2) {
            assert!(order_key(w[0]) <= order_key(w[1]), "{} {}", w[0], w[1]);
        }
        for x in xs {
            assert_eq!(from_order_key(order_key(x)).to_bits(), x.to_bits());
        }
    }

    #[test]
    fn percentiles_by_nearest_rank() {
        // (case, values, (p10, p50, p90))
        type Case = (&'static str, Vec<f64>, (f64, f64, f64));
        let cases: [Case; 6] = [
            (
                "0..=10 shuffled",
                vec![5.0, 3.0, 9.0, 0.0, 10.0, 1.0, 8.0, 2.0, 7.0, 4.0, 6.0],
                (1.0, 5.0, 9.0),
            ),
            ("one value", vec![4.0], (4.0, 4.0, 4.0)),
            ("negatives", vec![-3.0, -1.0, -2.0], (-3.0, -2.0, -1.0)),
            ("all equal", vec![7.5; 2000], (7.5, 7.5, 7.5)),
            (
                "the widest span of keys",
                [vec![-f64::MAX, f64::MAX], vec![1.0; 9]].concat(),
                (1.0, 1.0, 1.0),
            ),
            (
                "outliers far from a cluster",
                [vec![-1e12; 2], (0..19).map(f64::from).collect(), vec![1e15]].concat(),
                (0.0, 9.0, 17.0),
            ),
        ];
        for (case, xs, want) in cases {
            assert_eq!(percentiles(&xs), want, "{case}");
        }
    }

    #[test]
    fn percentiles_match_a_full_sort() {
        // Random lengths and shapes: a cluster, a far tail (a counterparty that fails), ties.
        let mut rng = Rng::new(42);
        for case in 0..300 {
            let n = 1 + (rng.next_u64() % 3000) as usize;
            let xs: Vec<f64> = (0..n)
                .map(|_| match rng.next_u64() % 10 {
                    0 => rng.uniform(-50_000.0, 0.0),
                    1 => 1_000.0,
                    _ => rng.uniform(20_000.0, 20_500.0).round(),
                })
                .collect();
            let mut sorted = xs.clone();
            sorted.sort_by(f64::total_cmp);
            let at = |q: f64| sorted[rank(q, n)];
            assert_eq!(
                percentiles(&xs),
                (at(0.1), at(0.5), at(0.9)),
                "case {case}, {n} values"
            );
        }
    }

    #[test]
    fn a_kept_table_gives_the_same_report() {
        use crate::model::params::Inputs;
        // (case, field changed after the first evaluation, its new value): the kept table
        // is reused for land, labour and cash and drawn again for ranges and horizon.
        let cases = [
            ("land", Field::Land, 11.25),
            ("adults", Field::Adults, 1.0),
            ("cash", Field::Cash, 0.0),
            ("price spread", Field::PriceSpread, 35.0),
            ("dividend range", Field::DivHi, 9_000.0),
            ("fewer years", Field::Years, 3.0),
            ("more years", Field::Years, 10.0),
            ("failure chance", Field::FailLanya, 20.0),
            ("recovery", Field::Recover, 30.0),
        ];
        let settings = Settings {
            draws: 200,
            seed: 5,
        };
        for (case, field, value) in cases {
            let mut table = None;
            let first = Inputs::default().check().expect("defaults are valid");
            assert_eq!(
                evaluate_in(&first, &settings, &mut table),
                evaluate(&first, &settings),
                "{case}: first"
            );
            let mut inputs = Inputs::default();
            inputs.set(field, value);
            let v = inputs.check().expect("valid");
            assert_eq!(
                evaluate_in(&v, &settings, &mut table),
                evaluate(&v, &settings),
                "{case}: after the change"
            );
        }
    }
}
