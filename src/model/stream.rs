//! Income streams: the building blocks every cooperation pattern is made of.
//!
//! A stream is one line of a household's year: an amount, when in the year it arrives (or
//! leaves), whether it depends on a cooperative or enterprise keeping its promise, the days of
//! work it takes, the part of it that is promised by contract, and how it varies with the
//! year's weather and markets. `Formula` keeps the numbers that went in, so the UI can show
//! the working ("1.0 ha × 15,000 yuan/ha = 15,000 yuan, paid at the start of the year").

/// When in the year money moves. Rent arrives before the harvest; dividends after the sale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Timing {
    /// At the start of the year (rent, seed and feed bought, premiums, shares bought).
    Start,
    /// In the middle of the year (first chicken batch sold, local day wages).
    Mid,
    /// At the end of the year (harvest sales, dividends, migrant wages, principal back).
    End,
}

/// Who has to keep a promise for a stream to be paid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Counterparty {
    /// Wandanping Planting Professional Cooperative (sect. 4.2).
    Wandanping = 0,
    /// Lanya breeding professional cooperative (sect. 4.1).
    Lanya = 1,
    /// An enterprise taking the support fund as capital (sect. 4.2).
    Enterprise = 2,
}

/// Number of counterparties.
pub const COUNTERPARTIES: usize = 3;

/// The crops the engine knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Crop {
    /// Corn: the status-quo crop.
    Corn = 0,
    /// Potatoes grown from the cooperative's seed.
    Potato = 1,
}

/// What kind of income a stream is, for grouping and the stacked chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StreamKind {
    /// Land rent (transfer fee).
    Rent,
    /// Land dividend after the cooperative's sale.
    LandDividend,
    /// Dividend on shares bought with the fund.
    EquityDividend,
    /// Shares bought or paid back: money moves but it is not income.
    Principal,
    /// Shares lost because the cooperative or enterprise failed at term end.
    PrincipalLoss,
    /// Own crop: sales and costs.
    Crop,
    /// Chickens: sales, chicks and feed.
    Livestock,
    /// Profit insurance: premium and payout.
    Insurance,
    /// Wages from working away.
    MigrantWage,
    /// Wages from local day labour.
    LocalWage,
}

/// The numbers behind a stream, for "show the working".
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Formula {
    /// `ha × per_ha`.
    Rent {
        /// Land, ha.
        ha: f64,
        /// Rent, yuan/ha.
        per_ha: f64,
    },
    /// `ha × (lo + hi) / 2` expected, anywhere from `lo` to `hi` per ha.
    LandDividend {
        /// Land, ha.
        ha: f64,
        /// Low end, yuan/ha.
        lo: f64,
        /// High end, yuan/ha.
        hi: f64,
    },
    /// `principal × rate` paid in cash (the rest, if any, as chicks).
    EquityDividend {
        /// Shares, yuan.
        principal: f64,
        /// Dividend, percent a year.
        rate_pct: f64,
        /// Part paid in cash, percent.
        cash_pct: f64,
    },
    /// Shares bought with the fund (negative) or paid back (positive), yuan.
    Principal {
        /// Amount, yuan.
        amount: f64,
    },
    /// The shares lost if the counterparty fails in the term's last year.
    PrincipalLoss {
        /// Shares at stake, yuan.
        principal: f64,
    },
    /// `mu × yield × price`.
    CropSales {
        /// Which crop.
        crop: Crop,
        /// Land, mu.
        mu: f64,
        /// Yield, kg/mu.
        yield_kg: f64,
        /// Price, yuan/kg.
        price: f64,
    },
    /// `mu × (seed + other)`, paid at the start of the year.
    CropCost {
        /// Which crop.
        crop: Crop,
        /// Land, mu.
        mu: f64,
        /// Seed, yuan/mu.
        seed_per_mu: f64,
        /// Other costs, yuan/mu.
        other_per_mu: f64,
    },
    /// `birds × survival × price` (never below the protective price per bird).
    ChickenSales {
        /// Batch 1 or 2.
        batch: u8,
        /// Birds raised.
        birds: f64,
        /// Mortality, percent.
        mortality_pct: f64,
        /// Sale price, yuan/bird.
        price: f64,
        /// Protective price, yuan/bird.
        floor: f64,
    },
    /// `birds × (chick price + feed)`.
    ChickenCost {
        /// Batch 1 or 2.
        batch: u8,
        /// Birds raised.
        birds: f64,
        /// Chick price paid in cash, yuan (0 when the chicks are the dividend).
        chick_price: f64,
        /// Feed and vaccine, yuan/bird.
        feed: f64,
    },
    /// `insured × premium × (1 − county share)`.
    Premium {
        /// Insured amount, yuan.
        insured: f64,
        /// Premium, percent of the insured amount.
        rate_pct: f64,
        /// Part the county pays, percent.
        county_pct: f64,
    },
    /// Whatever the chicken sales fall short of the insured amount.
    Payout {
        /// Insured amount, yuan.
        insured: f64,
    },
    /// `adults × months × wage`.
    Migrant {
        /// Adults away.
        adults: f64,
        /// Months away.
        months: f64,
        /// Wage, yuan/month.
        wage: f64,
    },
    /// `days × day wage`.
    Local {
        /// Days of paid local work.
        days: f64,
        /// Wage, yuan/day.
        day_wage: f64,
    },
}

/// Whether a stream depends on a counterparty keeping its promise this year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Gate {
    /// Always paid.
    Always,
    /// Paid when the counterparty pays this year.
    Pays(Counterparty),
    /// Paid when the shares are still held and the counterparty pays this year.
    EquityPays(Counterparty),
    /// Happens when the shares are still held and the counterparty fails this year.
    EquityFails(Counterparty),
}

impl Gate {
    /// Probability the gate is open, given the yearly failure chance `p` and the probability
    /// `alive` that the shares are still held at the start of the year.
    pub fn prob(self, p: f64, alive: &[f64; COUNTERPARTIES]) -> f64 {
        match self {
            Gate::Always => 1.0,
            Gate::Pays(_) => 1.0 - p,
            Gate::EquityPays(c) => alive[c as usize] * (1.0 - p),
            Gate::EquityFails(c) => alive[c as usize] * p,
        }
    }

    /// Whether the gate is open in one drawn year. `pays` and `alive` are bit sets: bit `c`
    /// for counterparty `c` paying this year / its shares still held.
    pub fn open(self, pays: u8, alive: u8) -> bool {
        let bit = |c: Counterparty| 1u8 << (c as u8);
        match self {
            Gate::Always => true,
            Gate::Pays(c) => pays & bit(c) != 0,
            Gate::EquityPays(c) => alive & pays & bit(c) != 0,
            Gate::EquityFails(c) => alive & !pays & bit(c) != 0,
        }
    }
}

/// How a stream's amount varies from year to year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Risk {
    /// Always `base`.
    Fixed,
    /// `ha ×` the year's land dividend per ha (uniform between the low and high ends).
    LandDividend {
        /// Land, ha.
        ha: f64,
    },
    /// `base ×` the crop's yield factor `×` its price factor.
    Crop(Crop),
    /// `base ×` the year's migrant-earnings factor.
    Wage,
    /// `birds ×` survival `× max(price, floor)`; adds to the year's chicken sales.
    Chickens {
        /// Birds raised.
        birds: f64,
        /// Protective price, yuan/bird.
        floor: f64,
    },
    /// `max(0, insured − the year's chicken sales)`; expected value precomputed for the two
    /// cases of the first batch arriving or not.
    Payout {
        /// Insured amount, yuan.
        insured: f64,
        /// Expected payout when the first batch arrives.
        expect_full: f64,
        /// Expected payout when it does not.
        expect_without: f64,
        /// The first batch's gate.
        batch1: Gate,
    },
}

/// One line of a household's year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stream {
    /// What kind of income.
    pub kind: StreamKind,
    /// When in the year.
    pub timing: Timing,
    /// The numbers that went in.
    pub formula: Formula,
    /// Whose promise it depends on.
    pub gate: Gate,
    /// True for income; false for shares bought or paid back.
    pub income: bool,
    /// Days of work it takes.
    pub labor_days: f64,
    /// The part promised by contract, if the counterparty pays (yuan).
    pub guaranteed: f64,
    /// How it varies.
    pub risk: Risk,
    /// Amount with the gate open and every factor at its mean (yuan; negative for costs).
    pub base: f64,
}

impl Stream {
    /// A stream with a fixed amount, no work, nothing guaranteed, always paid.
    pub fn fixed(kind: StreamKind, timing: Timing, formula: Formula, base: f64) -> Self {
        Stream {
            kind,
            timing,
            formula,
            gate: Gate::Always,
            income: true,
            labor_days: 0.0,
            guaranteed: 0.0,
            risk: Risk::Fixed,
            base,
        }
    }

    /// Expected amount, given the failure chance and the probability the shares are held.
    pub fn expected(&self, p: f64, alive: &[f64; COUNTERPARTIES]) -> f64 {
        match self.risk {
            Risk::Payout {
                expect_full,
                expect_without,
                batch1,
                ..
            } => {
                let g = batch1.prob(p, alive);
                g * expect_full + (1.0 - g) * expect_without
            }
            _ => self.gate.prob(p, alive) * self.base,
        }
    }
}
