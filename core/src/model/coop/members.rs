//! What the cooperative owes its members, derived from the patterns' own streams: each kind of
//! member household follows a registered pattern, and what that pattern's plan says the
//! household receives from a cooperative (rent, the land dividend, the equity dividend in cash
//! or in chicks, its chickens bought at the protective price, the principal) is what the
//! cooperative pays, times the households. One model for both pages: the household page and
//! the cooperative view read the same streams.
//!
//! A member household's inputs are the household calculator's defaults with the cooperative's
//! terms ([`TERMS`]: rent, the dividend range and rate, the term, the chickens' prices, …), its
//! land and its equity.

use super::{CoopField as F, CoopValid};
use crate::model::engine::plans;
use crate::model::params::{Field, Inputs, Valid};
use crate::model::patterns::Code;
use crate::model::risk::DrawSpec;
use crate::model::stream::{Counterparty, Formula, Risk, StreamKind, Timing};

/// A kind of member household: how many there are, the pattern they follow, and the land and
/// equity each puts in.
struct Member {
    /// Its households (a cooperative input).
    households: F,
    /// The pattern they follow.
    code: Code,
    /// Land each puts in, mu (none: no land).
    land_mu: Option<F>,
    /// Equity each puts in, yuan.
    equity: F,
}

/// The kinds of member (the cooperative view's inputs name their pattern).
const MEMBERS: [Member; 3] = [
    Member {
        households: F::LandHh,
        code: Code::A1,
        land_mu: Some(F::LandMu),
        equity: F::LandShare,
    },
    Member {
        households: F::CashHh,
        code: Code::B1,
        land_mu: None,
        equity: F::CashShare,
    },
    Member {
        households: F::ChickHh,
        code: Code::B2,
        land_mu: None,
        equity: F::ChickShare,
    },
];

/// The cooperative's inputs that are terms of its members' patterns, and the household input
/// each is. (Not every shared key means the same: the cooperative's `p_price` is the seed
/// price it sells at, the household's its field price.)
/// (The cooperative's `batches` are its own birds' batches: members raise the household page's
/// number of batches, the paper's two a year.)
const TERMS: [(F, Field); 10] = [
    (F::Rent, Field::Rent),
    (F::DivLo, Field::DivLo),
    (F::DivHi, Field::DivHi),
    (F::ShareRate, Field::ShareRate),
    (F::Term, Field::Term),
    (F::ChickPrice, Field::ChickPrice),
    (F::Feed, Field::Feed),
    (F::Mortality, Field::Mortality),
    (F::HenPrice, Field::HenPrice),
    (F::FloorPrice, Field::FloorPrice),
];

/// Whether what the members are owed depends on cooperative input `f` (their households, land
/// and equity, and the terms).
pub fn reads(f: F) -> bool {
    MEMBERS
        .iter()
        .any(|m| m.households == f || m.land_mu == Some(f) || m.equity == f)
        || TERMS.iter().any(|(coop, _)| *coop == f)
}

/// What all the members are owed (or pay in) in one year of the term, yuan.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Owed {
    /// Equity paid in at the start (the first year).
    pub equity_in: f64,
    /// Land rent, at the start.
    pub rent: f64,
    /// Land whose dividend is owed, ha (the dividend per ha is drawn).
    pub land_ha: f64,
    /// Equity dividends in cash, at the end.
    pub cash_div: f64,
    /// Equity dividends in chicks, at their cash value, at the end.
    pub chick_div: f64,
    /// Members' chickens raised under the protective price (as chicks; the cost per chick,
    /// deaths and the expected shortfall of the market below the price, is drawn).
    pub floor_birds: f64,
    /// Principal returned, at the end of the term.
    pub principal: f64,
}

/// A member household's inputs: the calculator's defaults, the cooperative's terms, its land
/// and its equity (`None` when they are not valid household inputs).
fn member_inputs(v: &CoopValid, m: &Member) -> Option<Valid> {
    let mut h = Inputs::paper_defaults();
    for (coop, household) in TERMS {
        h.set(household, v[coop]);
    }
    h.set(Field::Years, v[F::Term]);
    h.set(Field::Renew, 0.0);
    h.set(Field::Land, m.land_mu.map_or(0.0, |f| v[f]));
    h.set(Field::Fund, v[m.equity]);
    h.set(Field::A1Equity, 1.0);
    h.check().ok()
}

/// A payer that is a cooperative (the members' patterns may name either).
fn cooperative(cp: Option<Counterparty>) -> bool {
    matches!(cp, Some(Counterparty::Wandanping | Counterparty::Lanya))
}

/// What the members are owed in each year of the term (`years` of them).
pub fn owed(v: &CoopValid) -> Vec<Owed> {
    let mut out = vec![Owed::default(); v.years()];
    for m in &MEMBERS {
        let households = v[m.households];
        if households <= 0.0 {
            continue;
        }
        let Some(h) = member_inputs(v, m) else {
            continue;
        };
        let spec = DrawSpec::new(&h);
        for (year, plan) in out.iter_mut().zip(plans(&h, &spec, m.code.pattern())) {
            for s in &plan.streams {
                let floor_birds = match (s.risk, s.formula) {
                    (Risk::Chickens { floor, cp, .. }, Formula::ChickenSales { birds, .. })
                        if floor > 0.0 && cooperative(Some(cp)) =>
                    {
                        birds
                    }
                    _ => 0.0,
                };
                year.floor_birds += households * floor_birds;
                let x = households * s.base;
                // Shares bought are paid whatever the payer does (their stream has no gate): a
                // member's shares are the cooperative's.
                if s.kind == StreamKind::Principal && s.timing == Timing::Start {
                    year.equity_in -= x;
                }
                if !cooperative(s.gate.payer()) {
                    continue;
                }
                match (s.kind, s.formula) {
                    (StreamKind::Rent, _) => year.rent += x,
                    (StreamKind::LandDividend, Formula::LandDividend { ha, .. }) => {
                        year.land_ha += households * ha;
                    }
                    (StreamKind::EquityDividend, _) if s.in_kind => year.chick_div += x,
                    (StreamKind::EquityDividend, _) => year.cash_div += x,
                    (StreamKind::Principal, _) if s.timing == Timing::End => year.principal += x,
                    _ => {}
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::{CoopField, CoopInputs, COOP_SPECS};
    use super::*;

    /// No member is left out because its household inputs would be out of the household
    /// page's bounds: every input the members read, at either end of its bounds, still makes
    /// valid household inputs.
    #[test]
    fn members_inputs_are_valid_at_every_bound() {
        for m in &MEMBERS {
            let read = [Some(m.equity), m.land_mu]
                .into_iter()
                .flatten()
                .chain(TERMS.iter().map(|t| t.0));
            for f in read {
                let s = &COOP_SPECS[f as usize];
                for x in [s.min, s.max] {
                    let mut i = CoopInputs::paper_defaults();
                    i.set(m.households, 1.0);
                    i.set(f, x);
                    if f == F::DivLo {
                        i.set(F::DivHi, x.max(i[F::DivHi]));
                    }
                    let Ok(v) = i.check() else { continue };
                    assert!(member_inputs(&v, m).is_some(), "{:?} {f:?} = {x}", m.code);
                }
            }
        }
    }

    #[test]
    fn a_changed_input_that_is_not_read_keeps_what_is_owed() {
        let v = CoopInputs::lanya().check().unwrap();
        for f in CoopField::ALL {
            let x = v[f] * 1.1 + 1.0;
            let Some(w) = v.with(f, x) else { continue };
            let fresh = {
                let mut i = (*v).clone();
                i.set(f, x);
                i.check().unwrap()
            };
            assert_eq!(w.owed(), fresh.owed(), "{f:?}: kept {}", !reads(f));
        }
    }
}
