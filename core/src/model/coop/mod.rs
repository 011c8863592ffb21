//! The cooperative view (issue #5): can the cooperative keep what it promises its members?
//!
//! Every input is a row of [`COOP_SPECS`] (key, default, bounds, unit, label, source, basis),
//! like `params::SPECS` for the household. One cooperative at a time, with its own cash: the
//! defaults are Wandanping's (41 land-and-equity households and seed potatoes, sect. 4.2);
//! [`CoopInputs::lanya`] is Lanya's (121 share-holding households and chickens, sect. 4.1).
//! The two are separate cooperatives, so their cash is never pooled. The formulas are one per
//! file: `cash` (the cash by year and within the year), `promises` (are the promises kept;
//! Monte Carlo chance they are not), `breakeven` (yield and price at which they are exactly
//! kept) and `incentive` (sect. 4.3: more than 50 registered households holding shares).

pub mod breakeven;
pub mod cash;
pub mod check;
pub mod incentive;
pub mod members;
pub mod promises;
pub mod verdict;

use super::error::ErrorKind;
use super::error::FieldError;
use super::params::{Field, Unit as PUnit, BASES, SPECS};
use super::parse::parse_number;
use super::table::{
    bases, check_rows, markdown, spec, specs, Row, Source, Spec, TableField, ValueKind, Values,
};
use super::text::Text;
use super::{form::plain_number, paper};

pub use breakeven::{break_even, BreakEven, LEVERS};
pub use cash::{cash_flow, Factors, YearCash};
pub use check::Check;
pub use incentive::{incentive, Incentive};
pub use promises::{chances, Chances, DRAWS};
pub use verdict::{verdict, Level, Short, Verdict};

/// Which of the paper's cooperatives the inputs describe: it decides which payer of the
/// household page its failure chance is for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Coop {
    /// Wandanping Planting Professional Cooperative (sect. 4.2): the defaults.
    #[default]
    Wandanping,
    /// Lanya breeding professional cooperative (sect. 4.1).
    Lanya,
}

impl Coop {
    /// Both, in the order of the preset buttons.
    pub const ALL: [Coop; 2] = [Coop::Wandanping, Coop::Lanya];

    /// The cooperative as written in links.
    pub const fn code(self) -> &'static str {
        match self {
            Coop::Wandanping => "wandanping",
            Coop::Lanya => "lanya",
        }
    }

    /// Reads a cooperative's link code.
    pub fn from_code(s: &str) -> Option<Coop> {
        Coop::ALL.into_iter().find(|c| c.code() == s)
    }

    /// The preset's inputs.
    pub fn inputs(self) -> CoopInputs {
        match self {
            Coop::Wandanping => CoopInputs::wandanping(),
            Coop::Lanya => CoopInputs::lanya(),
        }
    }

    /// The household field that holds this payer's yearly failure chance.
    pub fn fail_field(self) -> Field {
        crate::model::risk::fail_field(match self {
            Coop::Wandanping => crate::model::stream::Counterparty::Wandanping,
            Coop::Lanya => crate::model::stream::Counterparty::Lanya,
        })
    }
}

/// A group of inputs (one fieldset on screen).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CoopGroup {
    /// Members by pattern: households, land and equity pooled.
    Members,
    /// What the cooperative promised, and its own working capital.
    Terms,
    /// Seed potatoes (Wandanping).
    Potato,
    /// Chickens (Lanya).
    Chickens,
    /// How much yields and prices swing.
    Risk,
}

/// The unit a cooperative input is entered in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CoopUnit {
    /// Registered households.
    Households,
    /// Mu per household.
    MuPerHousehold,
    /// Yuan per household.
    YuanPerHousehold,
    /// A unit of the household form (yuan/ha, %, kg/mu, …).
    Same(PUnit),
    /// Chickens per batch.
    BirdsPerBatch,
}

/// One input of the cooperative view. The order is the order of [`COOP_SPECS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CoopField {
    /// Land-and-equity households (A1), registered poor.
    LandHh,
    /// Land each of them pools, mu.
    LandMu,
    /// Equity each of them pools, yuan.
    LandShare,
    /// Equity-only households paid in cash (B1, C, A3's shares).
    CashHh,
    /// Equity each of them pools, yuan.
    CashShare,
    /// Households paid their dividend in chicks (B2).
    ChickHh,
    /// Equity each of them pools, yuan.
    ChickShare,
    /// Land rent, yuan/ha, start of the year.
    Rent,
    /// Land dividend, low end (the promised floor), yuan/ha, year end.
    DivLo,
    /// Land dividend, high end, yuan/ha.
    DivHi,
    /// Equity dividend, percent a year.
    ShareRate,
    /// Term, years; the principal is returned at its end.
    Term,
    /// The cooperative's own money at the start, yuan.
    Capital,
    /// Borrowed at the start of the term and repaid at its end, yuan.
    Loan,
    /// Interest on the loan, percent a year, paid at each year end.
    LoanRate,
    /// The members' support funds may pay the cooperative's costs (switch).
    UseFunds,
    /// Seed-potato area, mu.
    PotatoMu,
    /// Yield, kg/mu.
    PotatoYield,
    /// Sale price of the seed potatoes, yuan/kg.
    PotatoPrice,
    /// Seed for planting, yuan/mu.
    SeedCost,
    /// Fertiliser, film, pesticide, yuan/mu.
    PotatoCost,
    /// Hired work, days/mu.
    PotatoDays,
    /// Day wage paid, yuan.
    DayWage,
    /// Chickens raised per batch.
    Birds,
    /// Batches a year.
    Batches,
    /// Chick bought, yuan.
    ChickCost,
    /// Feed and vaccine per bird, yuan.
    Feed,
    /// Hired work per bird, days.
    BirdDays,
    /// Mortality per batch, percent.
    Mortality,
    /// Sale price of a grown chicken, yuan.
    HenPrice,
    /// Protective price at which members' chickens are bought, yuan.
    FloorPrice,
    /// Price of a chick given as dividend, yuan.
    ChickPrice,
    /// Yields swing by up to, percent.
    YieldSpread,
    /// Prices swing by up to, percent.
    PriceSpread,
}

/// Everything known about one cooperative input: its row of [`COOP_SPECS`].
pub type CoopSpec = Spec<CoopField, CoopGroup, CoopUnit>;

/// A row of the table as written: the spec and the basis of the default ([`COOP_BASES`]).
type CoopRow = Row<CoopField, CoopGroup, CoopUnit>;

/// Number of cooperative inputs.
pub const COOP_COUNT: usize = 34;

use crate::model::text::t;
use CoopField as F;
use CoopGroup as G;
use CoopUnit as U;
use Source as Src;
use ValueKind::{Real, Switch, Whole};

const HH: (f64, f64) = (0.0, 100_000.0);
const MONEY: (f64, f64) = (0.0, 1_000_000_000.0);
/// A member's equity: the household page's support fund, whose bounds it keeps (a member's
/// pattern is the household page's, `members`).
const SHARE: (f64, f64) = (0.0, SPECS[Field::Fund as usize].max);

/// Seed-potato area at the defaults: 41 households × 3.9 mu.
const AREA: f64 = 159.9;

/// A row taken whole from the household calculator's table (`params::SPECS`): the same
/// default, bounds, label, source and basis.
const fn same(field: CoopField, key: &'static str, group: CoopGroup, from: Field) -> CoopRow {
    let p = &SPECS[from as usize];
    CoopRow {
        spec: CoopSpec {
            field,
            key,
            group,
            default: p.default,
            min: p.min,
            max: p.max,
            kind: p.kind,
            unit: U::Same(p.unit),
            label: p.label,
            source: p.source,
        },
        basis: basis(from),
    }
}

/// The household calculator's basis of `from`.
const fn basis(from: Field) -> Text {
    BASES[from as usize]
}

/// The table: one row per [`CoopField`], in the enum's order.
pub const COOP_SPECS: [CoopSpec; COOP_COUNT] = specs(&COOP_ROWS);

/// The basis of each input's default in words, in [`COOP_SPECS`] order.
pub const COOP_BASES: [Text; COOP_COUNT] = bases(&COOP_ROWS);

/// The table as written: one row per [`CoopField`], in the enum's order, with the basis.
#[rustfmt::skip]
const COOP_ROWS: [CoopRow; COOP_COUNT] = [
    spec(F::LandHh, "land_hh", G::Members, 41.0, HH, Whole, U::Households,
        t("土地和资金入股户（A1）", "Land + equity households (A1)"), Src::Paper,
        t("论文4.2节：万担坪 41 户建档立卡户", "Paper sect. 4.2: Wandanping's 41 registered households")),
    spec(F::LandMu, "land_mu", G::Members, 3.9, (0.0, 10_000.0), Real, U::MuPerHousehold,
        t("每户入股土地", "Land per household"), Src::Derived, basis(Field::Land)),
    spec(F::LandShare, "land_share", G::Members, paper::SUPPORT_FUND, SHARE, Real, U::YuanPerHousehold,
        t("每户股金（A1）", "Equity per household (A1)"), Src::Paper, basis(Field::Fund)),
    spec(F::CashHh, "cash_hh", G::Members, 0.0, HH, Whole, U::Households,
        t("只入股、领现金分红户（B1，或 A3 的股金）", "Equity-only households, cash dividend (B1, or A3's shares)"), Src::Assumption,
        t("万担坪：0；兰亚预设 61 户（假设：论文4.1节兰亚 121 户未分 B1、B2，约一半领现金）", "Wandanping: 0; the Lanya preset has 61 (assumption: Lanya's 121, sect. 4.1, are not split between B1 and B2; about half take cash)")),
    spec(F::CashShare, "cash_share", G::Members, paper::SUPPORT_FUND, SHARE, Real, U::YuanPerHousehold,
        t("每户股金（领现金分红户）", "Equity per household (cash dividend)"), Src::Paper, basis(Field::Fund)),
    spec(F::ChickHh, "chick_hh", G::Members, 0.0, HH, Whole, U::Households,
        t("分红换鸡苗户（B2）", "Households paid in chicks (B2)"), Src::Assumption,
        t("万担坪：0；兰亚预设 60 户（假设：兰亚 121 户中其余 60 户）", "Wandanping: 0; the Lanya preset has 60 (assumption: the other 60 of Lanya's 121)")),
    spec(F::ChickShare, "chick_share", G::Members, paper::SUPPORT_FUND, SHARE, Real, U::YuanPerHousehold,
        t("每户股金（B2）", "Equity per household (B2)"), Src::Paper, basis(Field::Fund)),
    same(F::Rent, "rent", G::Terms, Field::Rent),
    same(F::DivLo, "div_lo", G::Terms, Field::DivLo),
    same(F::DivHi, "div_hi", G::Terms, Field::DivHi),
    same(F::ShareRate, "share_rate", G::Terms, Field::ShareRate),
    same(F::Term, "term", G::Terms, Field::Term),
    spec(F::Capital, "capital", G::Terms, 100_000.0, MONEY, Real, U::Same(PUnit::Yuan),
        t("合作社自有资金（年初）", "Own funds (start)"), Src::Assumption,
        t("假设：社员股金以外约 10 万元，请填实际", "Assumption: about 100,000 yuan besides the members' equity; enter yours")),
    spec(F::Loan, "loan", G::Terms, 0.0, MONEY, Real, U::Same(PUnit::Yuan),
        t("贷款（年初借，期满还）", "Loan (borrowed at the start, repaid at term end)"), Src::Assumption,
        t("假设：不贷款（论文没说合作社借了多少）。有贷款就填上；年初还差多少钱，上面的结论会说",
          "Assumption: no loan (the paper does not say what the cooperatives borrowed). Enter your cooperative's; how much is still short at the start of a year, the verdict says")),
    spec(F::LoanRate, "loan_rate", G::Terms, 4.35, (0.0, 100.0), Real, U::Same(PUnit::Percent),
        t("贷款年利率", "Loan interest a year"), Src::Statistic, basis(Field::Discount)),
    spec(F::UseFunds, "use_funds", G::Terms, 0.0, (0.0, 1.0), Switch, U::Same(PUnit::Switch),
        t("用社员的扶持资金周转", "Use the members' support funds as working capital"), Src::Paper,
        t("论文第4.2节：企业要保证扶持资金的“安全和增值”；默认不动用，单独存着，期满全额退还",
          "Paper sect. 4.2: enterprises ensure the \"safety and value-added\" of the support funds; by default they are kept apart and returned in full at term end")),
    spec(F::PotatoMu, "p_area", G::Potato, AREA, (0.0, 100_000.0), Real, U::Same(PUnit::Mu),
        t("种薯面积", "Seed-potato area"), Src::Derived,
        t("入股土地全种种薯：41 户 × 3.9 亩", "All pooled land in seed potatoes: 41 households × 3.9 mu")),
    same(F::PotatoYield, "p_yield", G::Potato, Field::PotatoYield),
    spec(F::PotatoPrice, "p_price", G::Potato, 2.0, (0.0, 100.0), Real, U::Same(PUnit::YuanPerKg),
        t("种薯售价", "Seed-potato price"), Src::Assumption,
        t("假设：和社员在一户页面买种薯、合作社自己下种用的种薯同一个价，每公斤 2 元（每亩 150 公斤 × 2 元 = 300 元）。这个价不看合作社付不付得起；要多少才付得起，看“兑现全部承诺至少要”",
          "Assumption: the price members pay for the cooperative's seed on the household page, and the cooperative for its own planting seed: 2 yuan/kg (150 kg a mu × 2 = 300 yuan/mu). Chosen without regard to whether the cooperative can pay; what it takes to pay is under \"to keep every promise\"")),
    spec(F::SeedCost, "p_seed", G::Potato, 300.0, (0.0, 10_000.0), Real, U::Same(PUnit::YuanPerMu),
        t("下种用的种薯", "Seed for planting"), Src::Assumption, basis(Field::SeedCost)),
    same(F::PotatoCost, "p_cost", G::Potato, Field::PotatoCost),
    same(F::PotatoDays, "p_days", G::Potato, Field::PotatoDays),
    same(F::DayWage, "day_wage", G::Potato, Field::DayWage),
    spec(F::Birds, "birds", G::Chickens, 0.0, (0.0, 10_000_000.0), Whole, U::BirdsPerBatch,
        t("合作社自己每批养鸡", "The cooperative's own chickens per batch"), Src::Assumption,
        t("万担坪：0；兰亚预设 3000 只（假设：论文没给规模，请按计划填）", "Wandanping: 0; the Lanya preset has 3,000 (assumption: the paper gives no flock size; enter your plan)")),
    spec(F::Batches, "batches", G::Chickens, paper::BATCHES_PER_YEAR, (0.0, 6.0), Whole, U::Same(PUnit::BatchesPerYear),
        t("每年养几批", "Batches per year"), Src::Paper,
        t("论文4.1节：一年两批（成本都算在年初，偏保守）", "Paper sect. 4.1: two a year (all costs counted at the start: cautious)")),
    spec(F::ChickCost, "chick_cost", G::Chickens, 22.2, (0.0, 1_000.0), Real, U::Same(PUnit::YuanPerBird),
        t("鸡苗进价", "Chick cost"), Src::Derived,
        t("论文4.1节：20 元是市场价的 90%，20 ÷ 0.9 ≈ 22.2", "Paper sect. 4.1: 20 yuan is 90% of the market price; 20 ÷ 0.9 ≈ 22.2")),
    same(F::Feed, "feed", G::Chickens, Field::Feed),
    same(F::BirdDays, "bird_days", G::Chickens, Field::BirdDays),
    same(F::Mortality, "mortality", G::Chickens, Field::Mortality),
    same(F::HenPrice, "hen_price", G::Chickens, Field::HenPrice),
    same(F::FloorPrice, "floor_price", G::Chickens, Field::FloorPrice),
    same(F::ChickPrice, "chick", G::Chickens, Field::ChickPrice),
    same(F::YieldSpread, "yield_sd", G::Risk, Field::YieldSpread),
    same(F::PriceSpread, "price_sd", G::Risk, Field::PriceSpread),
];

impl CoopField {
    /// Every field, in table order.
    pub const ALL: [CoopField; COOP_COUNT] = {
        let mut all = [CoopField::LandHh; COOP_COUNT];
        let mut i = 0;
        while i < COOP_COUNT {
            all[i] = COOP_SPECS[i].field;
            i += 1;
        }
        all
    };

    /// This field's row of [`COOP_SPECS`].
    pub fn spec(self) -> &'static CoopSpec {
        &COOP_SPECS[self as usize]
    }
}

/// What is wrong with one cooperative input (`MoreThan(Field::DivHi)`: the floor of the land
/// dividend is above its high end).
pub type CoopFieldError = FieldError<CoopField>;

/// The cooperative's inputs as numbers, not yet checked (see [`CoopInputs::check`]).
pub type CoopInputs = Values<CoopField, COOP_COUNT>;

impl TableField for CoopField {
    fn row(self) -> usize {
        self as usize
    }
}

impl Default for CoopInputs {
    fn default() -> Self {
        Self::paper_defaults()
    }
}

impl CoopInputs {
    /// Every input at its default: Wandanping (sect. 4.2), one cooperative.
    pub fn paper_defaults() -> Self {
        Values::defaults(&COOP_SPECS)
    }

    /// Wandanping (sect. 4.2): the 41 land-and-equity households and seed potatoes.
    pub fn wandanping() -> Self {
        Self::paper_defaults()
    }

    /// Lanya (sect. 4.1): 121 share-holding households (61 paid in cash, 60 in chicks) and
    /// 3,000 chickens a batch of its own; no land.
    pub fn lanya() -> Self {
        let mut inputs = Self::paper_defaults();
        for (f, x) in [
            (F::LandHh, 0.0),
            (F::PotatoMu, 0.0),
            (F::CashHh, 61.0),
            (F::ChickHh, 60.0),
            (F::Birds, 3_000.0),
        ] {
            inputs.set(f, x);
        }
        inputs
    }

    /// Reads typed texts (one per field, in table order): the numbers (a text that does not
    /// parse keeps its default, which is valid) and every problem: texts that are not numbers
    /// first, then bounds and the rule between fields.
    pub fn read(texts: &[String]) -> (Self, Vec<CoopFieldError>) {
        let mut inputs = Self::paper_defaults();
        let mut errors = Vec::new();
        for f in CoopField::ALL {
            match parse_number(texts.get(f as usize).map_or("", |s| s.as_str())) {
                Ok(x) => inputs.set(f, x),
                Err(kind) => errors.push(CoopFieldError { field: f, kind }),
            }
        }
        errors.extend(inputs.validate());
        (inputs, errors)
    }

    /// The text each field shows for these values.
    pub fn texts(&self) -> Vec<String> {
        self.values().iter().map(|x| plain_number(*x, 4)).collect()
    }

    /// Every problem: bounds, whole numbers, and the floor of the land dividend not above its
    /// high end. Empty when all is well.
    pub fn validate(&self) -> Vec<CoopFieldError> {
        let mut errors = check_rows(&COOP_SPECS, |f| self[f]);
        if errors.is_empty() && self[F::DivLo] > self[F::DivHi] {
            errors.push(CoopFieldError {
                field: F::DivLo,
                kind: ErrorKind::MoreThan(Field::DivHi),
            });
        }
        errors
    }

    /// The inputs, checked: the formulas only take [`CoopValid`].
    pub fn check(&self) -> Result<CoopValid, Vec<CoopFieldError>> {
        let errors = self.validate();
        if errors.is_empty() {
            Ok(CoopValid::new(self.clone()))
        } else {
            Err(errors)
        }
    }
}

/// Cooperative inputs that passed validation, with what the members are owed each year (worked
/// out once from their patterns: every simulated term reuses it).
#[derive(Clone, Debug, PartialEq)]
pub struct CoopValid {
    inputs: CoopInputs,
    owed: Vec<members::Owed>,
}

impl std::ops::Deref for CoopValid {
    type Target = CoopInputs;
    fn deref(&self) -> &CoopInputs {
        &self.inputs
    }
}

impl CoopValid {
    fn new(inputs: CoopInputs) -> Self {
        let mut v = CoopValid {
            inputs,
            owed: Vec::new(),
        };
        v.owed = members::owed(&v);
        v
    }

    /// What the members are owed in each year of the term.
    pub fn owed(&self) -> &[members::Owed] {
        &self.owed
    }

    /// A percent field as a fraction.
    pub fn frac(&self, f: CoopField) -> f64 {
        self[f] / 100.0
    }

    /// The term in years.
    pub fn years(&self) -> usize {
        self[F::Term] as usize
    }

    /// A copy with one value changed, or `None` when that value is out of bounds.
    pub fn with(&self, f: CoopField, x: f64) -> Option<CoopValid> {
        let mut inputs = self.inputs.clone();
        inputs.set(f, x);
        if members::reads(f) {
            return inputs.check().ok();
        }
        // What the members are owed does not change (break-even moves yields and prices).
        inputs.validate().is_empty().then(|| CoopValid {
            inputs,
            owed: self.owed.clone(),
        })
    }
}

/// Everything the cooperative view shows, computed from checked inputs.
#[derive(Clone, Debug, PartialEq)]
pub struct CoopReport {
    /// Expected cash, year by year and within the year.
    pub years: Vec<YearCash>,
    /// Working capital needed beyond what there is: the largest of the years' needs.
    pub need: f64,
    /// Per [`Check`]: kept at the expected yields and prices.
    pub kept: [bool; Check::COUNT],
    /// Per [`Check`]: the Monte Carlo chance it fails in at least one year.
    pub fail: [f64; Check::COUNT],
    /// The chance at least one of the promises fails in the term.
    pub any_fail: f64,
    /// The chance anything cannot be paid on time in the term (a promise, the costs at the
    /// start of a year, or the bank).
    pub any_short: f64,
    /// The same as a yearly chance that the cooperative stops paying, as the household page
    /// takes it (a payer that stops does not pay again): 1 − (1 − `any_fail`)^(1 / term).
    pub yearly_fail: f64,
    /// Per lever of [`LEVERS`]: its current value and its break-even.
    pub breakeven: [(CoopField, f64, BreakEven); 3],
    /// Sect. 4.3: registered households holding shares.
    pub incentive: Incentive,
}

/// The whole cooperative view for checked inputs.
pub fn evaluate(v: &CoopValid) -> CoopReport {
    let years = cash_flow(v, &vec![Factors::mean(v); v.years()]);
    let kept = Check::ALL.map(|c| years.iter().all(|y| y.broken & c.bit() == 0));
    let Chances {
        each: fail,
        promise: any_fail,
        anything: any_short,
    } = chances(v);
    CoopReport {
        need: years.iter().map(|y| y.need).fold(0.0, f64::max),
        yearly_fail: 1.0 - (1.0 - any_fail).powf(1.0 / v.years().max(1) as f64),
        years,
        kept,
        fail,
        any_fail,
        any_short,
        breakeven: LEVERS.map(|f| (f, v[f], break_even(v, f))),
        incentive: incentive(v),
    }
}

/// Every cooperative input as a Markdown table (key, unit, default, bounds, source, basis):
/// `docs/coop-fields.md`, kept identical by a test.
pub fn coop_fields_markdown() -> String {
    markdown(&COOP_SPECS, &COOP_BASES, |u| match u {
        U::Same(u) => format!("{u:?}"),
        u => format!("{u:?}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_order_matches_the_enum_and_defaults_are_valid() {
        for (i, s) in COOP_SPECS.iter().enumerate() {
            assert_eq!(s.field as usize, i, "{:?} is out of place", s.field);
            let b = COOP_BASES[i];
            assert!(!b.zh.is_empty() && !b.en.is_empty());
            for b in &COOP_SPECS[i + 1..] {
                assert_ne!(s.key, b.key);
            }
        }
        for (case, inp) in [
            ("Wandanping", CoopInputs::wandanping()),
            ("Lanya", CoopInputs::lanya()),
        ] {
            assert!(inp.validate().is_empty(), "{case}");
        }
    }

    #[test]
    fn the_default_preset_is_one_cooperative() {
        let d = CoopInputs::paper_defaults();
        assert_eq!(d, CoopInputs::wandanping());
        assert!(d[F::LandHh] > 0.0 && d[F::PotatoMu] > 0.0);
        for f in [F::CashHh, F::ChickHh, F::Birds] {
            assert_eq!(
                d[f], 0.0,
                "{f:?}: Wandanping has no Lanya members or chickens"
            );
        }
        let l = CoopInputs::lanya();
        for f in [F::LandHh, F::PotatoMu] {
            assert_eq!(l[f], 0.0, "{f:?}: Lanya has no land");
        }
        assert_eq!(l[F::CashHh] + l[F::ChickHh], 121.0);
        assert_eq!(
            d[F::UseFunds],
            0.0,
            "members' funds are kept apart by default"
        );
    }

    #[test]
    fn validation_names_field_and_kind() {
        let s = |x: &str| x.to_string();
        // (case, field, text, expected kind)
        let cases = [
            ("empty", F::Rent, s(""), ErrorKind::Empty),
            ("not a number", F::Rent, s("abc"), ErrorKind::NotANumber),
            ("negative", F::LandMu, s("-1"), ErrorKind::Negative),
            (
                "too big",
                F::ShareRate,
                s("101"),
                ErrorKind::AboveMax(100.0),
            ),
            ("half a household", F::LandHh, s("1.5"), ErrorKind::NotWhole),
            ("zero term", F::Term, s("0"), ErrorKind::BelowMin(1.0)),
            (
                "floor above high",
                F::DivLo,
                s("7000"),
                ErrorKind::MoreThan(Field::DivHi),
            ),
        ];
        for (case, field, text, kind) in cases {
            let mut texts = CoopInputs::paper_defaults().texts();
            texts[field as usize] = text;
            let (_, errors) = CoopInputs::read(&texts);
            assert_eq!(errors, vec![CoopFieldError { field, kind }], "{case}");
        }
    }

    #[test]
    fn defaults_read_back() {
        let (inp, errors) = CoopInputs::read(&CoopInputs::paper_defaults().texts());
        assert!(errors.is_empty());
        assert_eq!(inp, CoopInputs::paper_defaults());
    }
}
