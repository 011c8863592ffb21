//! A household's plan for one year: the streams a pattern commits the household's land,
//! labor and capital to, and the status quo for whatever it leaves.
//!
//! Every pattern is a whole-household plan (so rows are comparable): land a pattern does not
//! use is farmed as now (corn); a fund it does not invest stays idle; and labor is allocated
//! by one rule for all — adults needed for the home work (farming, chickens) stay; of the rest,
//! up to the number who can go away do so when a season away (wage × months) pays more than a
//! year of local day labour (local days × day wage); adults at home take paid local work for
//! their spare days, up to the local days available each.

use super::error::Infeasible;
use super::params::{Field, Valid};
use super::risk::DrawSpec;
use super::stream::{
    Counterparty, Crop, Formula, Gate, Risk, Stream, StreamKind, Timing, COUNTERPARTIES,
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
        PlanBuilder {
            v,
            spec,
            ctx,
            land_mu: v[Field::Land],
            fund: v[Field::Fund],
            streams: Vec::with_capacity(12),
            at_stake: [false; COUNTERPARTIES],
        }
    }

    /// The checked inputs.
    pub fn inputs(&self) -> &'a Valid {
        self.v
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

    /// Hands all free land over for rent paid at the start of the year (guaranteed: it is
    /// paid before the harvest). Returns the land given, ha.
    pub fn rent_out_land(&mut self, per_ha: f64) -> f64 {
        let ha = self.land_mu / super::paper::MU_PER_HA;
        self.land_mu = 0.0;
        let base = ha * per_ha;
        self.push(Stream {
            guaranteed: base,
            ..Stream::fixed(
                StreamKind::Rent,
                Timing::Start,
                Formula::Rent { ha, per_ha },
                base,
            )
        });
        ha
    }

    /// A land dividend on `ha` hectares, uniform between `lo` and `hi` per ha, paid at year end
    /// if the cooperative pays; the low end is promised.
    pub fn land_dividend(&mut self, cp: Counterparty, ha: f64, lo: f64, hi: f64) {
        self.push(Stream {
            gate: Gate::Pays(cp),
            guaranteed: ha * lo,
            risk: Risk::LandDividend { ha },
            ..Stream::fixed(
                StreamKind::LandDividend,
                Timing::End,
                Formula::LandDividend { ha, lo, hi },
                ha * (lo + hi) / 2.0,
            )
        });
    }

    /// Invests `amount` of the free fund in shares of `cp` at the equity dividend rate: shares
    /// bought at the start of the first year, the dividend at each year end while held (the
    /// part `cash_share` in cash), the shares lost if `cp` fails in a term's last year, and
    /// paid back when the contract ends. Returns the year's full dividend, yuan.
    pub fn invest(&mut self, cp: Counterparty, amount: f64, cash_share: f64) -> f64 {
        let amount = amount.clamp(0.0, self.fund);
        self.fund -= amount;
        if amount <= 0.0 {
            return 0.0;
        }
        let rate_pct = self.v[Field::ShareRate];
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
        self.push(Stream {
            gate: Gate::EquityPays(cp),
            guaranteed: cash,
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
        if self.ctx.term_end {
            self.at_stake[cp as usize] = true;
            self.push(Stream {
                gate: Gate::EquityFails(cp),
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

    /// Grows `crop` on `mu` of the free land: costs at the start of the year, sales at the end.
    pub fn grow(&mut self, crop: Crop, mu: f64) {
        let mu = mu.clamp(0.0, self.land_mu);
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
        self.push(Stream::fixed(
            StreamKind::Crop,
            Timing::Start,
            Formula::CropCost {
                crop,
                mu,
                seed_per_mu: seed,
                other_per_mu: other,
            },
            -mu * (seed + other),
        ));
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

    /// Raises chickens the Lanya way (sect. 4.1): the first batch is `birds` chicks received
    /// as dividend from `cp` at the start of the year (none in a year `cp` does not pay), sold
    /// at mid-year; a second batch of the same size, if two batches a year, is bought at
    /// mid-year and sold at year end. Feed is paid when a batch starts. With insurance on, the
    /// premium is paid at the start and any shortfall below the insured amount at year end.
    pub fn raise_chickens(&mut self, cp: Counterparty, birds: f64) {
        if birds <= 0.0 {
            return;
        }
        let v = self.v;
        let (feed, floor, price) = (v[Field::Feed], v[Field::FloorPrice], v[Field::HenPrice]);
        let mortality_pct = v[Field::Mortality];
        let days = v[Field::BirdDays] * birds;
        let mean_sale = birds * self.spec.mean_survival() * self.spec.mean_hen_price(floor);
        let batch1 = Gate::EquityPays(cp);
        let mut batches = vec![(1u8, batch1, Timing::Start, Timing::Mid, 0.0)];
        if v.whole(Field::Batches) >= 2 {
            let chick = if v.flag(Field::SecondAtMarket) {
                v[Field::ChickPrice] / v.frac(Field::ChickPct)
            } else {
                v[Field::ChickPrice]
            };
            batches.push((2, Gate::Always, Timing::Mid, Timing::End, chick));
        }
        let n = batches.len() as f64;
        for (batch, gate, buy, sell, chick_price) in batches {
            self.push(Stream {
                gate,
                ..Stream::fixed(
                    StreamKind::Livestock,
                    buy,
                    Formula::ChickenCost {
                        batch,
                        birds,
                        chick_price,
                        feed,
                    },
                    -birds * (chick_price + feed),
                )
            });
            self.push(Stream {
                gate,
                labor_days: days,
                risk: Risk::Chickens { birds, floor },
                ..Stream::fixed(
                    StreamKind::Livestock,
                    sell,
                    Formula::ChickenSales {
                        batch,
                        birds,
                        mortality_pct,
                        price,
                        floor,
                    },
                    mean_sale,
                )
            });
        }
        if v.flag(Field::Insure) {
            let insured = v.frac(Field::Coverage) * n * mean_sale;
            let (rate_pct, county_pct) = (v[Field::Premium], v[Field::CountyShare]);
            let premium = insured * rate_pct / 100.0 * (1.0 - county_pct / 100.0);
            self.push(Stream::fixed(
                StreamKind::Insurance,
                Timing::Start,
                Formula::Premium {
                    insured,
                    rate_pct,
                    county_pct,
                },
                -premium,
            ));
            let expect_full = self.spec.expected_shortfall(insured, n * birds, floor);
            let expect_without = self
                .spec
                .expected_shortfall(insured, (n - 1.0) * birds, floor);
            self.push(Stream {
                risk: Risk::Payout {
                    insured,
                    expect_full,
                    expect_without,
                    batch1,
                },
                ..Stream::fixed(
                    StreamKind::Insurance,
                    Timing::End,
                    Formula::Payout { insured },
                    expect_full,
                )
            });
        }
    }

    /// Adds the status quo for what is left (corn on free land), allocates labor, and returns
    /// the year's plan.
    pub fn finish(mut self) -> YearPlan {
        let v = self.v;
        self.grow(Crop::Corn, self.land_mu);
        let home_days: f64 = self.streams.iter().map(|s| s.labor_days).sum();
        let adults = v[Field::Adults];
        let per_adult = v[Field::AdultDays];
        let have_days = adults * per_adult;
        let needed_home = (home_days / per_adult).ceil().min(adults);
        let (wage, months) = (v[Field::Wage], v[Field::Months]);
        let (day_wage, local_days) = (v[Field::DayWage], v[Field::LocalDays]);
        let away_pays = wage * months > local_days.min(per_adult) * day_wage;
        let away = if away_pays {
            v[Field::Away].min(adults - needed_home)
        } else {
            0.0
        };
        if away > 0.0 {
            let base = away * months * wage;
            self.push(Stream {
                risk: Risk::Wage,
                ..Stream::fixed(
                    StreamKind::MigrantWage,
                    Timing::End,
                    Formula::Migrant {
                        adults: away,
                        months,
                        wage,
                    },
                    base,
                )
            });
        }
        let at_home = adults - away;
        let spare = (at_home * per_adult - home_days).max(0.0);
        let days = spare.min(at_home * local_days);
        if days > 0.0 && day_wage > 0.0 {
            self.push(Stream::fixed(
                StreamKind::LocalWage,
                Timing::Mid,
                Formula::Local { days, day_wage },
                days * day_wage,
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

impl YearPlan {
    /// The labor problem, if the home work needs more days than the adults have.
    pub fn labor_problem(&self) -> Option<Infeasible> {
        (self.home_days > self.have_days + 1e-9).then_some(Infeasible::Labor {
            need_days: self.home_days,
            have_days: self.have_days,
        })
    }
}
