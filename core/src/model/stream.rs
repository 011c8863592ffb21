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

/// Who has to keep a promise for a stream to be paid. Each payer has one fate: every stream
/// it owes (rent, land dividend, equity dividend, principal, the protective price) is paid
/// in a year it pays and not in a year it does not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Counterparty {
    /// Wandanping Planting Professional Cooperative (sect. 4.2).
    Wandanping = 0,
    /// Lanya breeding professional cooperative (sect. 4.1).
    Lanya = 1,
    /// An enterprise taking the support fund as capital and the land for rent (sect. 4.2).
    Enterprise = 2,
    /// Whoever rents the land in pattern D (sect. 3.4).
    Tenant = 3,
}

/// Number of counterparties.
pub const COUNTERPARTIES: usize = 4;

impl Counterparty {
    /// Every payer, in index order.
    pub const ALL: [Counterparty; COUNTERPARTIES] = [
        Counterparty::Wandanping,
        Counterparty::Lanya,
        Counterparty::Enterprise,
        Counterparty::Tenant,
    ];

    /// Its bit in a set of payers.
    pub const fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

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
    /// Wages from working away.
    MigrantWage,
    /// Wages from local day labour.
    LocalWage,
}

impl StreamKind {
    /// Every kind (a test holds this list to the enum with an exhaustive `match`).
    pub const ALL: [StreamKind; 9] = [
        StreamKind::Rent,
        StreamKind::LandDividend,
        StreamKind::EquityDividend,
        StreamKind::Principal,
        StreamKind::PrincipalLoss,
        StreamKind::Crop,
        StreamKind::Livestock,
        StreamKind::MigrantWage,
        StreamKind::LocalWage,
    ];
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
    /// The part of the dividend paid in chicks, at their cash value: `birds × chick price`.
    ChickDividend {
        /// Chicks.
        birds: f64,
        /// Price of a chick as dividend, yuan.
        chick_price: f64,
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
        /// Chick price, yuan.
        chick_price: f64,
        /// The chicks are last year's (or this year's) dividend, already counted as income.
        from_dividend: bool,
        /// Feed and vaccine, yuan/bird.
        feed: f64,
    },
    /// `adults × months × (wage − living cost)`; home for the other months, the busy season.
    Migrant {
        /// Adults away.
        adults: f64,
        /// Months away.
        months: f64,
        /// Wage, yuan/month.
        wage: f64,
        /// Cost of living away, yuan/month.
        living: f64,
        /// Days each of them works at home in the months home.
        home_days: f64,
    },
    /// Free land left unfarmed: nothing in, nothing out.
    Idle {
        /// Land idle, mu.
        mu: f64,
        /// Why it is not farmed.
        reason: IdleReason,
    },
    /// `days × day wage`.
    Local {
        /// Days of paid local work.
        days: f64,
        /// Wage, yuan/day.
        day_wage: f64,
    },
}

/// Why free land lies idle in a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdleReason {
    /// The household's days at home are all taken by the pattern's work and the corn it
    /// farms, and an adult kept home to farm more would lose more than the corn brings.
    NoHands,
    /// Local day work pays more per day than corn, and took the days.
    WorkPaysMore,
    /// Corn's expected sales do not cover its costs.
    CornLoses,
    /// In the first year, the household's own cash (after what the pattern needs) pays the
    /// corn's inputs on no more land.
    NoCash,
}

/// Whether a stream depends on a counterparty keeping its promise.
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
    /// Open when the shares were held and the counterparty paid last year (the dividend
    /// chicks it gave at last year's end are raised this year).
    PaidLastYear(Counterparty),
}

/// The chances, for one year, that each payer's gates are open (from the payers' Markov
/// chain: a payer that pays keeps paying with 1 − fail, one that stopped pays again with
/// `recover`).
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Odds {
    /// The payer pays this year.
    pub pays: [f64; COUNTERPARTIES],
    /// The shares are held at the start of the year and the payer pays this year.
    pub held_pays: [f64; COUNTERPARTIES],
    /// The shares are held at the start of the year and the payer does not pay.
    pub held_fails: [f64; COUNTERPARTIES],
    /// The shares were held and the payer paid last year.
    pub paid_last: [f64; COUNTERPARTIES],
    /// The payer's yearly failure chance (a payer that paid last year pays this year with
    /// 1 − fail).
    pub fail: [f64; COUNTERPARTIES],
}

impl Gate {
    /// The payer the gate depends on, if any.
    pub fn payer(self) -> Option<Counterparty> {
        match self {
            Gate::Always => None,
            Gate::Pays(c) | Gate::EquityPays(c) | Gate::EquityFails(c) | Gate::PaidLastYear(c) => {
                Some(c)
            }
        }
    }

    /// Probability the gate is open in a year with these odds.
    pub fn prob(self, o: &Odds) -> f64 {
        match self {
            Gate::Always => 1.0,
            Gate::Pays(c) => o.pays[c as usize],
            Gate::EquityPays(c) => o.held_pays[c as usize],
            Gate::EquityFails(c) => o.held_fails[c as usize],
            Gate::PaidLastYear(c) => o.paid_last[c as usize],
        }
    }

    /// The gate as bit tests on a drawn year (see [`GateMasks`]).
    pub fn masks(self) -> GateMasks {
        let none = GateMasks::default();
        match self {
            Gate::Always => none,
            Gate::Pays(c) => GateMasks {
                pays: c.bit(),
                ..none
            },
            Gate::EquityPays(c) => GateMasks {
                pays: c.bit(),
                held: c.bit(),
                ..none
            },
            Gate::EquityFails(c) => GateMasks {
                held: c.bit(),
                not_pays: c.bit(),
                ..none
            },
            Gate::PaidLastYear(c) => GateMasks {
                held: c.bit(),
                paid_last: c.bit(),
                ..none
            },
        }
    }

    /// Whether the gate is open in one drawn year. `pays`, `alive` and `paid_last` are bit
    /// sets: bit `c` for counterparty `c` paying this year / its shares held at the start of
    /// the year / paying last year.
    pub fn open(self, pays: u8, alive: u8, paid_last: u8) -> bool {
        self.masks().open(pays, alive, paid_last)
    }

    /// The chance the protective price of `cp` holds in a year this gate is open: certain
    /// when the gate needs `cp` to pay this year, 1 − fail when it paid last year, the
    /// year's chance otherwise.
    fn floor_chance(self, cp: Counterparty, o: &Odds) -> f64 {
        match self {
            Gate::Pays(c) | Gate::EquityPays(c) if c == cp => 1.0,
            Gate::EquityFails(c) if c == cp => 0.0,
            Gate::PaidLastYear(c) if c == cp => 1.0 - o.fail[c as usize],
            _ => o.pays[cp as usize],
        }
    }
}

/// A gate as bit tests, so that a loop over many drawn years reads the gate once: the bits
/// that must be set in `pays` (paying this year), `held` (shares held at the start of the
/// year) and `paid_last` (paying last year), and the bits that must be clear in `pays`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GateMasks {
    /// Must be set in this year's payers.
    pub pays: u8,
    /// Must be set in the shares held.
    pub held: u8,
    /// Must be set in last year's payers.
    pub paid_last: u8,
    /// Must be clear in this year's payers.
    pub not_pays: u8,
}

impl GateMasks {
    /// Whether the gate is open for these bit sets.
    #[inline]
    pub fn open(self, pays: u8, held: u8, paid_last: u8) -> bool {
        pays & self.pays == self.pays
            && held & self.held == self.held
            && paid_last & self.paid_last == self.paid_last
            && pays & self.not_pays == 0
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
    /// `gross ×` the year's migrant-earnings factor `− (gross − base)` (the cost of living
    /// away does not move with earnings).
    Wage {
        /// Wages before the cost of living away, yuan.
        gross: f64,
    },
    /// `birds ×` the batch's survival `×` its price, or the protective price if higher in a
    /// year the cooperative `cp` pays.
    Chickens {
        /// Birds raised.
        birds: f64,
        /// Protective price, yuan/bird.
        floor: f64,
        /// Whose promise the protective price is.
        cp: Counterparty,
        /// Batch 0 or 1 of the year (each has its own survival and price draw).
        batch: u8,
        /// Expected sales in a year the protective price does not hold, yuan.
        without_floor: f64,
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
    /// The work needs someone at home every day of the year (chickens), not only in the
    /// farming season.
    pub daily_care: bool,
    /// Fixed by contract (rent, a stated dividend rate, the principal): counted in the
    /// guaranteed part, at the chance it is paid.
    pub contract: bool,
    /// An input of the program's own production that the support fund may pay for.
    pub fundable: bool,
    /// Paid in kind, not in cash (dividend chicks and their value as they are raised).
    pub in_kind: bool,
    /// How it varies.
    pub risk: Risk,
    /// Amount with the gate open and every factor at its mean (yuan; negative for costs).
    pub base: f64,
}

impl Stream {
    /// A stream with a fixed amount, no work, not by contract, in cash, always paid.
    pub fn fixed(kind: StreamKind, timing: Timing, formula: Formula, base: f64) -> Self {
        Stream {
            kind,
            timing,
            formula,
            gate: Gate::Always,
            income: true,
            labor_days: 0.0,
            daily_care: false,
            contract: false,
            fundable: false,
            in_kind: false,
            risk: Risk::Fixed,
            base,
        }
    }

    /// Expected amount in a year with these odds.
    pub fn expected(&self, o: &Odds) -> f64 {
        let open = self.gate.prob(o);
        match self.risk {
            Risk::Chickens {
                cp, without_floor, ..
            } => {
                let q = self.gate.floor_chance(cp, o);
                open * (q * self.base + (1.0 - q) * without_floor)
            }
            _ => open * self.base,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::StreamKind;

    /// Each kind's place in [`StreamKind::ALL`], by an exhaustive `match`: a new kind does not
    /// compile here until it is placed, and the test fails until `ALL` lists it there.
    fn position(kind: StreamKind) -> usize {
        match kind {
            StreamKind::Rent => 0,
            StreamKind::LandDividend => 1,
            StreamKind::EquityDividend => 2,
            StreamKind::Principal => 3,
            StreamKind::PrincipalLoss => 4,
            StreamKind::Crop => 5,
            StreamKind::Livestock => 6,
            StreamKind::MigrantWage => 7,
            StreamKind::LocalWage => 8,
        }
    }

    #[test]
    fn every_kind_is_listed_once() {
        for (i, k) in StreamKind::ALL.into_iter().enumerate() {
            assert_eq!(position(k), i, "{k:?}");
        }
    }
}
