//! A household's plan for one year: the streams a pattern commits the household's land,
//! labor and capital to, and the status quo for whatever it leaves.
//!
//! Every pattern is a whole-household plan (so rows are comparable): land a pattern does not
//! use, or that comes back when a contract ends and is not renewed, is farmed as now (corn)
//! as far as the household's days allow and farming it pays, and otherwise lies idle; a fund
//! it does not invest stays idle; and labor is allocated by one seasonal rule for all
//! ([`PlanBuilder::finish`]):
//!
//! - an adult who works away for `months` months is home for the other 12 − `months`, the
//!   farming season (the default assumption: home for Spring Festival and the busy season),
//!   and gives the farm `days a year × (12 − months) ÷ 12` days then;
//! - crops need their days in the farming season, from whoever is home;
//! - chickens need someone home every day of the year: the part of their care that falls in
//!   the months away is done by the adults who stay;
//! - the pattern's own work (its crops and chickens) must fit; of the ways it fits, the
//!   household takes the one with the highest expected income of the year: how many adults
//!   go away (up to the number who can), and how the spare days at home are shared between
//!   corn on the free land and paid local work (the better paid per day first; local work up
//!   to the days each can find in the months they are home);
//! - free land that this leaves unfarmed lies idle: a household with more land than hands
//!   does not stop its adults going away to farm all of it (sect. 3.4's land circulation is
//!   pattern D, or renewing the contract, not something the status quo does by itself).

use super::error::Infeasible;
use super::params::{Field, Valid};
use super::risk::DrawSpec;
use super::stream::{
    Counterparty, Crop, Formula, Gate, IdleReason, Risk, Stream, StreamKind, Timing, COUNTERPARTIES,
};

/// Where a year falls in the contract.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct YearCtx {
    /// Year number, from 1.
    pub year: u32,
    /// The first year (shares are bought).
    pub first: bool,
    /// A term's last year (shares are at stake if the counterparty fails).
    pub term_end: bool,
    /// Shares come back at the end of this year (a term's end that is not renewed, or the
    /// last year computed when it ends a term).
    pub pay_back: bool,
}

/// One year of one pattern, ready to evaluate.
#[derive(Clone, Debug, PartialEq)]
pub struct YearPlan {
    /// Where the year falls in the contract.
    pub ctx: YearCtx,
    /// The year's lines.
    pub streams: Vec<Stream>,
    /// Counterparties whose shares are at stake at this year's end.
    pub at_stake: [bool; COUNTERPARTIES],
    /// Days of home work (farming, chickens).
    pub home_days: f64,
    /// Days the household's adults have.
    pub have_days: f64,
}

/// Builds one year's plan. Patterns call its methods; `finish` adds the status quo.
pub struct PlanBuilder<'a> {
    v: &'a Valid,
    spec: &'a DrawSpec,
    ctx: YearCtx,
    land_mu: f64,
    fund: f64,
    streams: Vec<Stream>,
    at_stake: [bool; COUNTERPARTIES],
}

impl<'a> PlanBuilder<'a> {
    /// A builder for one year with all the household's land and fund still free.
    pub fn new(v: &'a Valid, spec: &'a DrawSpec, ctx: YearCtx) -> Self {
        Self::reusing(v, spec, ctx, Vec::with_capacity(12))
    }

    /// [`new`](Self::new), writing the lines into `streams` (emptied first).
    pub(crate) fn reusing(
        v: &'a Valid,
        spec: &'a DrawSpec,
        ctx: YearCtx,
        mut streams: Vec<Stream>,
    ) -> Self {
        streams.clear();
        PlanBuilder {
            v,
            spec,
            ctx,
            land_mu: v[Field::Land],
            fund: v[Field::Fund],
            streams,
            at_stake: [false; COUNTERPARTIES],
        }
    }

    /// The checked inputs.
    pub fn inputs(&self) -> &'a Valid {
        self.v
    }

    /// Where the year falls in the contract.
    pub fn ctx(&self) -> YearCtx {
        self.ctx
    }

    /// Land still free, mu.
    pub fn land_mu(&self) -> f64 {
        self.land_mu
    }

    /// Support fund still free, yuan.
    pub fn fund(&self) -> f64 {
        self.fund
    }

    fn push(&mut self, s: Stream) {
        self.streams.push(s);
    }

    /// Hands all free land to `cp` for rent paid at the start of the year, in a year `cp`
    /// pays (by contract). Returns the land given, ha.
    pub fn rent_out_land(&mut self, cp: Counterparty, per_ha: f64) -> f64 {
        let ha = self.land_mu / super::paper::MU_PER_HA;
        self.land_mu = 0.0;
        self.push(Stream {
            gate: Gate::Pays(cp),
            contract: true,
            ..Stream::fixed(
                StreamKind::Rent,
                Timing::Start,
                Formula::Rent { ha, per_ha },
                ha * per_ha,
            )
        });
        ha
    }

    /// A land dividend on `ha` hectares, uniform between `lo` and `hi` per ha, paid at year end
    /// if the cooperative pays. A range, not a promise: never counted as guaranteed.
    pub fn land_dividend(&mut self, cp: Counterparty, ha: f64, lo: f64, hi: f64) {
        self.push(Stream {
            gate: Gate::Pays(cp),
            risk: Risk::LandDividend { ha },
            ..Stream::fixed(
                StreamKind::LandDividend,
                Timing::End,
                Formula::LandDividend { ha, lo, hi },
                ha * (lo + hi) / 2.0,
            )
        });
    }

    /// Invests `amount` of the free fund in shares of `cp` at `rate_pct` a year: shares
    /// bought at the start of the first year, the dividend at each year end while held (the
    /// part `cash_share` in cash; the rest is for [`raise_chickens`](Self::raise_chickens)),
    /// the shares lost if `cp` is not paying in a term's last year, and paid back when the
    /// contract ends. Returns the year's full dividend, yuan.
    pub fn invest(&mut self, cp: Counterparty, amount: f64, rate_pct: f64, cash_share: f64) -> f64 {
        let amount = amount.min(self.fund).max(0.0);
        self.fund -= amount;
        if amount <= 0.0 {
            return 0.0;
        }
        let dividend = amount * rate_pct / 100.0;
        if self.ctx.first {
            self.push(Stream {
                income: false,
                ..Stream::fixed(
                    StreamKind::Principal,
                    Timing::Start,
                    Formula::Principal { amount: -amount },
                    -amount,
                )
            });
        }
        let cash = dividend * cash_share;
        if cash > 0.0 || cash_share >= 1.0 {
            self.push(Stream {
                gate: Gate::EquityPays(cp),
                contract: true,
                ..Stream::fixed(
                    StreamKind::EquityDividend,
                    Timing::End,
                    Formula::EquityDividend {
                        principal: amount,
                        rate_pct,
                        cash_pct: cash_share * 100.0,
                    },
                    cash,
                )
            });
        }
        if self.ctx.term_end {
            self.at_stake[cp as usize] = true;
            self.push(Stream {
                gate: Gate::EquityFails(cp),
                contract: true,
                ..Stream::fixed(
                    StreamKind::PrincipalLoss,
                    Timing::End,
                    Formula::PrincipalLoss { principal: amount },
                    -amount,
                )
            });
        }
        if self.ctx.pay_back {
            self.push(Stream {
                gate: Gate::EquityPays(cp),
                income: false,
                ..Stream::fixed(
                    StreamKind::Principal,
                    Timing::End,
                    Formula::Principal { amount },
                    amount,
                )
            });
        }
        dividend
    }

    /// Grows `crop` on `mu` of the free land: costs at the start of the year, sales at the
    /// end. Potato inputs are the program's (the fund may pay them); corn's are as now.
    pub fn grow(&mut self, crop: Crop, mu: f64) {
        let mu = mu.min(self.land_mu).max(0.0);
        self.land_mu -= mu;
        if mu <= 0.0 {
            return;
        }
        let v = self.v;
        let (yield_kg, price, seed, other, days) = match crop {
            Crop::Corn => (
                v[Field::CornYield],
                v[Field::CornPrice],
                0.0,
                v[Field::CornCost],
                v[Field::CornDays],
            ),
            Crop::Potato => (
                v[Field::PotatoYield],
                v[Field::PotatoPrice],
                v[Field::SeedCost],
                v[Field::PotatoCost],
                v[Field::PotatoDays],
            ),
        };
        self.push(Stream {
            fundable: crop == Crop::Potato,
            ..Stream::fixed(
                StreamKind::Crop,
                Timing::Start,
                Formula::CropCost {
                    crop,
                    mu,
                    seed_per_mu: seed,
                    other_per_mu: other,
                },
                -mu * (seed + other),
            )
        });
        self.push(Stream {
            labor_days: mu * days,
            risk: Risk::Crop(crop),
            ..Stream::fixed(
                StreamKind::Crop,
                Timing::End,
                Formula::CropSales {
                    crop,
                    mu,
                    yield_kg,
                    price,
                },
                mu * yield_kg * price,
            )
        });
    }

    /// Raises chickens the Lanya way (sect. 4.1). `birds` chicks are the dividend of `cp`,
    /// counted at their cash value when they come: at year end with the cash dividend (by
    /// default; raised in the next year's first half and sold at mid-year), or at the start
    /// of the year (raised at once). A second batch of the same size, if two batches a year,
    /// is bought by the household at mid-year (at the market price by default) and sold at
    /// year end. Feed is paid when a batch starts. The cooperative buys at no less than the
    /// protective price in a year it pays; each batch has its own survival and price.
    pub fn raise_chickens(&mut self, cp: Counterparty, birds: f64) {
        if birds <= 0.0 {
            return;
        }
        let v = self.v;
        let chick = v[Field::ChickPrice];
        let at_start = v.flag(Field::ChicksAtStart);
        self.push(Stream {
            gate: Gate::EquityPays(cp),
            contract: true,
            in_kind: true,
            ..Stream::fixed(
                StreamKind::EquityDividend,
                if at_start { Timing::Start } else { Timing::End },
                Formula::ChickDividend {
                    birds,
                    chick_price: chick,
                },
                birds * chick,
            )
        });
        if at_start {
            self.batch(1, Gate::EquityPays(cp), cp, birds, chick, true);
        } else if !self.ctx.first {
            self.batch(1, Gate::PaidLastYear(cp), cp, birds, chick, true);
        }
        if v.whole(Field::Batches) >= 2 {
            let price = if v.flag(Field::SecondAtMarket) {
                chick / v.frac(Field::ChickPct)
            } else {
                chick
            };
            self.batch(2, Gate::Always, cp, birds, price, false);
        }
    }

    /// One batch: chicks (from the dividend, in kind, or bought) and feed when it starts,
    /// sales when it ends (batch 1: start to mid-year; batch 2: mid-year to year end).
    fn batch(&mut self, n: u8, gate: Gate, cp: Counterparty, birds: f64, chick: f64, given: bool) {
        let v = self.v;
        let (feed, floor, price) = (v[Field::Feed], v[Field::FloorPrice], v[Field::HenPrice]);
        let (buy, sell) = if n == 1 {
            (Timing::Start, Timing::Mid)
        } else {
            (Timing::Mid, Timing::End)
        };
        let cost = |chick_price: f64, feed: f64, from_dividend: bool| Formula::ChickenCost {
            batch: n,
            birds,
            chick_price,
            from_dividend,
            feed,
        };
        if given {
            self.push(Stream {
                gate,
                in_kind: true,
                ..Stream::fixed(
                    StreamKind::Livestock,
                    buy,
                    cost(chick, 0.0, true),
                    -birds * chick,
                )
            });
            self.push(Stream {
                gate,
                fundable: true,
                ..Stream::fixed(
                    StreamKind::Livestock,
                    buy,
                    cost(0.0, feed, false),
                    -birds * feed,
                )
            });
        } else {
            self.push(Stream {
                gate,
                fundable: true,
                ..Stream::fixed(
                    StreamKind::Livestock,
                    buy,
                    cost(chick, feed, false),
                    -birds * (chick + feed),
                )
            });
        }
        let survive = birds * self.spec.mean_survival();
        self.push(Stream {
            gate,
            labor_days: v[Field::BirdDays] * birds,
            daily_care: true,
            risk: Risk::Chickens {
                birds,
                floor,
                cp,
                batch: n - 1,
                without_floor: survive * self.spec.mean_hen_price(0.0),
            },
            ..Stream::fixed(
                StreamKind::Livestock,
                sell,
                Formula::ChickenSales {
                    batch: n,
                    birds,
                    mortality_pct: v[Field::Mortality],
                    price,
                    floor,
                },
                survive * self.spec.mean_hen_price(floor),
            )
        });
    }

    /// Adds the status quo for what is left and allocates labor by the seasonal rule (module
    /// doc), and returns the year's plan: the household picks how many adults go away and
    /// how much of the free land it farms with corn, for the highest expected income of the
    /// year; land it cannot or would not farm lies idle (a line says how much and why).
    pub fn finish(mut self) -> YearPlan {
        let v = self.v;
        let free_mu = self.land_mu;
        let committed: f64 = self.streams.iter().map(|s| s.labor_days).sum();
        let care_days: f64 = self
            .streams
            .iter()
            .filter(|s| s.daily_care)
            .map(|s| s.labor_days)
            .sum();
        let adults = v[Field::Adults];
        let per_adult = v[Field::AdultDays];
        let have_days = adults * per_adult;
        let (wage, months, living) = (v[Field::Wage], v[Field::Months], v[Field::Living]);
        let (day_wage, local_days) = (v[Field::DayWage], v[Field::LocalDays]);
        let away_share = months / 12.0;
        let home_share = 1.0 - away_share;
        // Days a migrant works at home, in the months home.
        let home_each = per_adult * home_share;
        let most_away = if months > 0.0 {
            v[Field::Away].min(adults).max(0.0).floor()
        } else {
            0.0
        };
        // In the first year the household's own cash, after what the pattern needs of it,
        // pays for the corn's inputs; from the second year on, the year before's income does.
        let corn_cost = v[Field::CornCost];
        let affordable = if self.ctx.first && corn_cost > 0.0 {
            let (own, _) =
                cash_needed_first_year(&self.streams, v[Field::Fund], v.flag(Field::FundInputs));
            ((v[Field::Cash] - own).max(0.0) / corn_cost).min(free_mu)
        } else {
            free_mu
        };
        let corn = Corn {
            net_per_mu: v[Field::CornYield] * v[Field::CornPrice] - corn_cost,
            days_per_mu: v[Field::CornDays],
            free_mu: affordable,
        };
        let mut best: Option<Allocation> = None;
        let mut k = most_away;
        loop {
            let stay = adults - k;
            let capacity = stay * per_adult + k * home_each;
            let care_fits = k == 0.0 || away_share == 0.0 || care_days <= stay * per_adult + 1e-9;
            if care_fits && committed <= capacity + 1e-9 {
                let local_cap = stay * local_days + k * local_days * home_share;
                let away_net = k * months * (wage - living);
                let a = corn.allocate(k, away_net, capacity - committed, local_cap, day_wage);
                if best.as_ref().is_none_or(|b| a.income > b.income + 1e-9) {
                    best = Some(a);
                }
            }
            if k <= 0.0 {
                break;
            }
            k -= 1.0;
        }
        // No allocation fits the pattern's own work: farm nothing more and keep everyone home
        // (the plan's labor problem says the pattern cannot be carried out).
        let a = best.unwrap_or(Allocation {
            away: 0.0,
            corn_mu: 0.0,
            local_days: 0.0,
            income: 0.0,
        });
        self.grow(Crop::Corn, a.corn_mu);
        let idle = self.land_mu;
        self.land_mu = 0.0;
        if idle > 1e-9 {
            let reason = if corn.net_per_mu <= 0.0 {
                IdleReason::CornLoses
            } else if affordable < free_mu && a.corn_mu >= affordable - 1e-9 {
                IdleReason::NoCash
            } else if a.local_days > 0.0
                && corn.days_per_mu > 0.0
                && a.corn_mu + a.local_days / corn.days_per_mu >= affordable - 1e-9
            {
                // Local work took days that would have farmed the rest.
                IdleReason::WorkPaysMore
            } else {
                IdleReason::NoHands
            };
            self.push(Stream::fixed(
                StreamKind::Crop,
                Timing::Start,
                Formula::Idle { mu: idle, reason },
                0.0,
            ));
        }
        let home_days: f64 = self.streams.iter().map(|s| s.labor_days).sum();
        let away = a.away;
        if away > 0.0 {
            let gross = away * months * wage;
            self.push(Stream {
                risk: Risk::Wage { gross },
                ..Stream::fixed(
                    StreamKind::MigrantWage,
                    Timing::End,
                    Formula::Migrant {
                        adults: away,
                        months,
                        wage,
                        living,
                        home_days: home_each,
                    },
                    away * months * (wage - living),
                )
            });
        }
        if a.local_days > 0.0 && day_wage > 0.0 {
            self.push(Stream::fixed(
                StreamKind::LocalWage,
                Timing::Mid,
                Formula::Local {
                    days: a.local_days,
                    day_wage,
                },
                a.local_days * day_wage,
            ));
        }
        YearPlan {
            ctx: self.ctx,
            streams: self.streams,
            at_stake: self.at_stake,
            home_days,
            have_days,
        }
    }
}

/// Corn on the land a pattern leaves free: what a mu nets and takes.
struct Corn {
    /// Expected sales less costs, yuan/mu.
    net_per_mu: f64,
    /// Work, days/mu.
    days_per_mu: f64,
    /// Land free that the household can pay the inputs for, mu.
    free_mu: f64,
}

/// One way to spend a year's labor: adults away, corn farmed, local days worked.
struct Allocation {
    /// Adults away for the season.
    away: f64,
    /// Free land farmed with corn, mu.
    corn_mu: f64,
    /// Days of paid local work.
    local_days: f64,
    /// Expected income of the choice, yuan (migrant net + corn net + local wages).
    income: f64,
}

impl Corn {
    /// With `k` adults away (netting `away_net`), spends `spare` days on corn and local work,
    /// the better paid per day first: corn only where it nets something, local work up to
    /// `local_cap` days. The allocation's income is the three together.
    fn allocate(
        &self,
        k: f64,
        away_net: f64,
        spare: f64,
        local_cap: f64,
        day_wage: f64,
    ) -> Allocation {
        let spare = spare.max(0.0);
        let local_cap = local_cap.max(0.0);
        let farm = |days: f64| -> f64 {
            if self.net_per_mu <= 0.0 {
                0.0
            } else if self.days_per_mu <= 0.0 {
                self.free_mu
            } else {
                (days / self.days_per_mu).min(self.free_mu)
            }
        };
        let corn_first = self.days_per_mu <= 0.0 || self.net_per_mu >= day_wage * self.days_per_mu;
        let (corn_mu, local_days) = if corn_first {
            let mu = farm(spare);
            (mu, (spare - mu * self.days_per_mu).max(0.0).min(local_cap))
        } else {
            let local = spare.min(local_cap);
            (farm(spare - local), local)
        };
        let local_days = if day_wage > 0.0 { local_days } else { 0.0 };
        Allocation {
            away: k,
            corn_mu,
            local_days,
            income: away_net + corn_mu * self.net_per_mu + local_days * day_wage,
        }
    }
}

impl YearPlan {
    /// The labor problem, if the home work needs more days than the adults have.
    pub fn labor_problem(&self) -> Option<Infeasible> {
        (self.home_days > self.have_days + 1e-9).then_some(Infeasible::Labor {
            need_days: self.home_days,
            have_days: self.have_days,
        })
    }
}

/// The household's own cash needed at the worst point of the first year, and the support
/// fund used by then: the lowest running balance of its own cash after the start-of-year and
/// mid-year movements (every promise kept, factors at their means). Shares are bought with
/// the fund; the program's inputs (seed potatoes and their inputs, chicks, feed) are paid
/// from what is left of the fund when `fund_inputs`, and from own cash otherwise; the corn
/// of farming as now always from own cash. Payments in kind move no cash.
pub fn cash_needed_first_year(streams: &[Stream], fund: f64, fund_inputs: bool) -> (f64, f64) {
    let (mut fund_free, mut balance, mut lowest) = (fund, 0.0_f64, 0.0_f64);
    for timing in [Timing::Start, Timing::Mid] {
        let at = streams.iter().filter(|s| s.timing == timing);
        // Shares first: the fund buys them before anything else.
        for s in at.clone().filter(|s| !s.income && s.base < 0.0) {
            fund_free += s.base;
        }
        for s in at.filter(|s| s.income && !s.in_kind) {
            let from_fund = if s.fundable && fund_inputs && s.base < 0.0 {
                fund_free.min(-s.base).max(0.0)
            } else {
                0.0
            };
            fund_free -= from_fund;
            balance += s.base + from_fund;
        }
        lowest = lowest.min(balance);
    }
    let own = if lowest < 0.0 { -lowest } else { 0.0 };
    (own, fund - fund_free)
}
