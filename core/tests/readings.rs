//! The readings of the paper the model makes (issue #11, `docs/model.md`), one test or more per
//! reading, named after what it guarantees.
#![cfg(not(target_arch = "wasm32"))]

use hezuo_core::model::engine::{evaluate, Line, Outcome, Report, Settings};
use hezuo_core::model::params::{Field, Inputs, Source, Valid};
use hezuo_core::model::patterns::REGISTRY;
use hezuo_core::model::random::Rng;
use hezuo_core::model::risk::{DrawSpec, ALL_PAY};
use hezuo_core::model::stream::{Counterparty, Formula, IdleReason, StreamKind, Timing};
use hezuo_core::model::Code;

mod common;
use common::{household, NO_FAIL};

fn report(v: &Valid) -> Report {
    evaluate(
        v,
        &Settings {
            draws: 400,
            seed: 11,
        },
    )
}

fn outcome(r: &Report, code: Code) -> &Outcome {
    r.outcome(code)
        .unwrap_or_else(|| panic!("{code:?} is feasible"))
}

fn year_lines(o: &Outcome, year: u32) -> &[Line] {
    &o.years[year as usize - 1].lines
}

fn migrants(o: &Outcome, year: u32) -> f64 {
    year_lines(o, year)
        .iter()
        .find_map(|l| match l.formula {
            Formula::Migrant { adults, .. } => Some(adults),
            _ => None,
        })
        .unwrap_or(0.0)
}

fn idle(o: &Outcome, year: u32) -> Option<(f64, IdleReason)> {
    year_lines(o, year).iter().find_map(|l| match l.formula {
        Formula::Idle { mu, reason } => Some((mu, reason)),
        _ => None,
    })
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * (1.0 + a.abs().max(b.abs()))
}

// 1. Status quo labour is seasonal.

#[test]
fn two_adults_who_can_both_go_away_keep_no_one_home_for_3_9_mu_of_corn() {
    let v = household(&[(Field::Adults, 2.0), (Field::Away, 2.0)]);
    let r = report(&v);
    let s = outcome(&r, Code::S);
    assert_eq!(
        migrants(s, 1),
        2.0,
        "47 days of corn fit in the 2 months home"
    );
    // The land patterns no longer gain a whole migrant wage over S.
    for code in [Code::A1, Code::C, Code::D] {
        let gain = outcome(&r, code).increase_over_s.unwrap() / 3.0;
        assert!(gain < 5_000.0, "{code:?} gains {gain} a year over S");
    }
}

#[test]
fn more_land_than_the_months_home_allow_lies_idle_rather_than_keep_a_migrant_home() {
    // One adult, home two months (50 days): 3.9 mu of corn (47 days) fits; of 10 mu (120
    // days) about 4.2 mu fit, and a season away (22,950 yuan net) pays far more than
    // staying to farm the other 5.8 mu.
    // (No local day work here, so that corn has no rival for those days.)
    let small = report(&household(&[
        (Field::Adults, 1.0),
        (Field::Away, 1.0),
        (Field::LocalDays, 0.0),
    ]));
    assert_eq!(migrants(outcome(&small, Code::S), 1), 1.0);
    assert_eq!(idle(outcome(&small, Code::S), 1), None);
    let big = report(&household(&[
        (Field::Adults, 1.0),
        (Field::Away, 1.0),
        (Field::LocalDays, 0.0),
        (Field::Land, 10.0),
    ]));
    let s = outcome(&big, Code::S);
    assert_eq!(migrants(s, 1), 1.0);
    let (mu, reason) = idle(s, 1).expect("an idle line");
    assert!(close(mu, 10.0 - 50.0 / 12.0), "{mu} mu idle");
    assert_eq!(reason, IdleReason::NoHands);
}

#[test]
fn local_day_work_that_pays_more_than_corn_takes_the_days_first() {
    // Corn nets 350 × 1.7 − 250 = 345 yuan a mu for 12 days (29 yuan a day), local work 80
    // yuan a day: of the migrant's 50 days home, 10 go to local work (60 days a year × 2/12)
    // and 40 to corn (3.33 mu); 0.57 mu lies idle.
    let r = report(&household(&[(Field::Adults, 1.0), (Field::Away, 1.0)]));
    let (mu, reason) = idle(outcome(&r, Code::S), 1).expect("an idle line");
    assert!(close(mu, 3.9 - 40.0 / 12.0), "{mu} mu idle");
    assert_eq!(reason, IdleReason::WorkPaysMore);
}

#[test]
fn the_first_years_corn_is_what_the_households_cash_can_pay_for() {
    // 30 mu, both adults home (no one can go away): 600 days would farm it all, but 1,000
    // yuan buys inputs for 4 mu in year 1; from year 2 all 30 mu are farmed.
    let v = household(&[
        (Field::Land, 30.0),
        (Field::Away, 0.0),
        (Field::Cash, 1_000.0),
    ]);
    let r = report(&v);
    let s = outcome(&r, Code::S);
    let (mu, reason) = idle(s, 1).expect("idle in year 1");
    assert!(close(mu, 26.0), "{mu}");
    assert_eq!(reason, IdleReason::NoCash);
    assert_eq!(idle(s, 2), None);
}

#[test]
fn work_that_does_not_fit_the_months_home_keeps_someone_home_when_that_pays() {
    // A season away that nets only 1,000 yuan: farming all 10 mu at home pays more.
    let v = household(&[
        (Field::Adults, 1.0),
        (Field::Away, 1.0),
        (Field::Land, 10.0),
        (Field::Wage, 1_290.0),
    ]);
    let r = report(&v);
    let s = outcome(&r, Code::S);
    assert_eq!(migrants(s, 1), 0.0);
    assert_eq!(idle(s, 1), None, "all 10 mu farmed");
}

// Issue #14, item 2: land that comes back when a contract ends is farmed only as far as the
// household's hands allow, and otherwise lies idle; it never makes a pattern impossible.

#[test]
fn land_that_comes_back_after_a_contract_never_makes_a_pattern_impossible_for_labour() {
    let v = household(&[
        (Field::Land, 60.0),
        (Field::Years, 4.0),
        (Field::Renew, 0.0),
    ]);
    let r = report(&v);
    for code in [Code::S, Code::D, Code::A1, Code::C] {
        assert!(r.outcome(code).is_some(), "{code:?} is feasible");
    }
    // D's land comes back in year 4: the household farms what its days allow (one adult
    // home, one home for two months: 280 days of corn after its local work, 23.3 mu), the
    // migrant still goes away, and the rest lies idle.
    let d = outcome(&r, Code::D);
    assert_eq!(idle(d, 3), None, "rented out in year 3");
    let (mu, reason) = idle(d, 4).expect("idle land in year 4");
    assert!(close(mu, 60.0 - 280.0 / 12.0), "{mu} mu idle");
    assert_eq!(reason, IdleReason::NoHands);
    assert_eq!(migrants(d, 4), migrants(d, 3));
}

#[test]
fn the_status_quo_never_falls_as_land_grows() {
    let total = |land: f64| {
        let v = household(&[
            (Field::Land, land),
            (Field::Years, 10.0),
            (Field::Renew, 0.0),
        ]);
        outcome(&report(&v), Code::S).total
    };
    let mut last = f64::NEG_INFINITY;
    for land in [3.9, 10.0, 20.0, 40.0, 100.0] {
        let t = total(land);
        assert!(t >= last - 1e-6, "{land} mu: {t} < {last}");
        last = t;
    }
}

#[test]
fn chickens_need_someone_home_every_day() {
    let v = household(&[(Field::Adults, 2.0), (Field::Away, 2.0)]);
    let r = report(&v);
    assert_eq!(
        migrants(outcome(&r, Code::B2), 2),
        1.0,
        "one adult stays for the flock"
    );
    assert_eq!(migrants(outcome(&r, Code::S), 2), 2.0);
}

#[test]
fn the_working_states_the_months_home() {
    let o = report(&household(&[]));
    let line = year_lines(outcome(&o, Code::S), 1)
        .iter()
        .find(|l| l.kind == StreamKind::MigrantWage)
        .copied()
        .expect("a migrant line");
    let Formula::Migrant {
        months, home_days, ..
    } = line.formula
    else {
        unreachable!()
    };
    assert_eq!(months, 10.0);
    assert!(close(home_days, 50.0), "{home_days}");
}

// 2. One counterparty, one fate.

#[test]
fn a_failed_cooperative_pays_no_rent_afterwards() {
    // In the draws: with no recovery, a payer that stopped never pays again.
    let v = household(&[(Field::FailWdp, 30.0), (Field::FailTenant, 30.0)]);
    let spec = DrawSpec::new(&v);
    let mut rng = Rng::new(5);
    let mut stopped_and_stayed = 0;
    for _ in 0..2_000 {
        let mut last = ALL_PAY;
        for _ in 0..10 {
            let d = spec.draw(&mut rng, last);
            for cp in Counterparty::ALL {
                if last & cp.bit() == 0 {
                    assert_eq!(d.pays & cp.bit(), 0, "{cp:?} paid again after stopping");
                    stopped_and_stayed += 1;
                }
            }
            last = d.pays;
        }
    }
    assert!(stopped_and_stayed > 1_000);
    // In the expectation: year y's rent is paid with (1 − p)^y, like the dividends.
    let r = report(&v);
    let a1 = outcome(&r, Code::A1);
    for year in 1..=3 {
        let paid = 0.7_f64.powi(year as i32);
        for l in year_lines(a1, year) {
            if matches!(
                l.kind,
                StreamKind::Rent | StreamKind::LandDividend | StreamKind::EquityDividend
            ) {
                assert!(
                    close(l.amount, l.full * paid),
                    "year {year} {:?}: {} vs {} × {paid}",
                    l.kind,
                    l.amount,
                    l.full
                );
            }
        }
    }
}

#[test]
fn whether_a_failed_payer_recovers_is_an_assumption() {
    assert_eq!(Field::Recover.spec().default, 0.0);
    assert_eq!(Field::Recover.spec().source, Source::Assumption);
    let v = household(&[(Field::FailTenant, 20.0), (Field::Recover, 50.0)]);
    let r = report(&v);
    let rent = |year| {
        year_lines(outcome(&r, Code::D), year)
            .iter()
            .find(|l| l.kind == StreamKind::Rent)
            .map(|l| l.amount / l.full)
            .unwrap()
    };
    // Year 2: paid after paying (0.8 × 0.8) or paid again after stopping (0.2 × 0.5).
    assert!(close(rent(2), 0.8 * 0.8 + 0.2 * 0.5));
}

#[test]
fn the_principal_is_lost_with_the_payer_that_stopped() {
    let v = household(&[(Field::FailLanya, 10.0)]);
    let r = report(&v);
    let b1 = outcome(&r, Code::B1);
    let loss: f64 = year_lines(b1, 3)
        .iter()
        .filter(|l| l.kind == StreamKind::PrincipalLoss)
        .map(|l| l.amount)
        .sum();
    assert!(close(loss, -7_000.0 * (1.0 - 0.9_f64.powi(3))));
}

#[test]
fn each_payer_has_its_own_failure_chance() {
    let v = household(&[(Field::FailLanya, 50.0)]);
    let r = report(&v);
    let first_dividend = |code| {
        year_lines(outcome(&r, code), 1)
            .iter()
            .find(|l| l.kind == StreamKind::EquityDividend)
            .map(|l| l.amount / l.full)
            .unwrap()
    };
    assert!(close(first_dividend(Code::B1), 0.5));
    assert!(close(first_dividend(Code::C), 1.0 - v.frac(Field::FailEnt)));
    assert!(close(
        first_dividend(Code::A1),
        1.0 - v.frac(Field::FailWdp)
    ));
}

// 3. "Guaranteed" means fixed by contract, at the chance it is paid.

#[test]
fn b1_guaranteed_is_its_expected_value_at_a_30_percent_failure_chance() {
    let v = household(&[
        (Field::Land, 0.0),
        (Field::Adults, 0.0),
        (Field::Away, 0.0),
        (Field::FailLanya, 30.0),
    ]);
    let r = report(&v);
    let b1 = outcome(&r, Code::B1);
    assert!(
        b1.total < 0.0,
        "the principal at risk outweighs the dividends"
    );
    assert!(
        close(b1.guaranteed, b1.total),
        "{} vs {}",
        b1.guaranteed,
        b1.total
    );
    let chance = b1.guaranteed_chance.unwrap();
    assert!(close(chance, 0.7_f64.powi(3)));
}

#[test]
fn the_land_dividend_range_is_not_guaranteed() {
    let r = report(&household(&NO_FAIL));
    let a1 = outcome(&r, Code::A1);
    let contract: f64 = a1
        .years
        .iter()
        .flat_map(|y| &y.lines)
        .filter(|l| l.income && l.kind != StreamKind::LandDividend)
        .filter(|l| matches!(l.kind, StreamKind::Rent | StreamKind::EquityDividend))
        .map(|l| l.amount)
        .sum();
    assert!(close(a1.guaranteed, contract));
}

#[test]
fn dividend_chicks_count_at_their_cash_value() {
    let r = report(&household(&NO_FAIL));
    let b2 = outcome(&r, Code::B2);
    assert!(close(b2.guaranteed, 3.0 * 700.0), "{}", b2.guaranteed);
}

// 4. Insurance is the enterprise's, and makes it a safer payer.

#[test]
fn insurance_costs_the_household_nothing_and_makes_the_enterprise_safer() {
    let plain = report(&household(&[]));
    let insured = report(&household(&[(Field::EntInsured, 1.0)]));
    for p in REGISTRY {
        let (a, b) = (outcome(&plain, p.code()), outcome(&insured, p.code()));
        if p.code() == Code::C {
            assert!(b.total > a.total);
            assert!(b.guaranteed_chance.unwrap() > a.guaranteed_chance.unwrap());
        } else {
            assert_eq!(
                a.total,
                b.total,
                "{:?} does not depend on the enterprise",
                p.code()
            );
        }
        for (ya, yb) in a.years.iter().zip(&b.years) {
            let kinds = |y: &hezuo_core::model::engine::YearResult| {
                y.lines.iter().map(|l| (l.kind, l.full)).collect::<Vec<_>>()
            };
            assert_eq!(kinds(ya), kinds(yb), "{:?}: no premium line", p.code());
        }
    }
}

// 5. B2: the dividend chicks and the second batch.

#[test]
fn b2_dividend_chicks_come_at_year_end_and_are_raised_the_next_year() {
    let r = report(&household(&NO_FAIL));
    let b2 = outcome(&r, Code::B2);
    let dividend = |year| {
        year_lines(b2, year)
            .iter()
            .find(|l| matches!(l.formula, Formula::ChickDividend { .. }))
            .copied()
            .unwrap()
    };
    assert_eq!(dividend(1).timing, Timing::End);
    let batch1 = |year: u32| {
        year_lines(b2, year)
            .iter()
            .any(|l| matches!(l.formula, Formula::ChickenSales { batch: 1, .. }))
    };
    assert!(!batch1(1), "no dividend chicks yet in year 1");
    assert!(batch1(2) && batch1(3));
    // Chosen otherwise: the chicks come at the start and are raised at once.
    let r = report(&household(&[(Field::ChicksAtStart, 1.0)]));
    let b2 = outcome(&r, Code::B2);
    assert!(year_lines(b2, 1)
        .iter()
        .any(|l| matches!(l.formula, Formula::ChickenSales { batch: 1, .. })));
}

#[test]
fn b2_second_batch_is_bought_at_the_market_price() {
    let r = report(&household(&NO_FAIL));
    let cost = year_lines(outcome(&r, Code::B2), 1)
        .iter()
        .find_map(|l| match l.formula {
            Formula::ChickenCost {
                batch: 2,
                chick_price,
                from_dividend,
                ..
            } => Some((chick_price, from_dividend)),
            _ => None,
        })
        .unwrap();
    assert!(close(cost.0, 20.0 / 0.9) && !cost.1);
}

#[test]
fn the_protective_price_fails_with_lanya() {
    // Lanya always stops in year 1: no dividend, and the second batch sells at market prices.
    let v = household(&[(Field::FailLanya, 100.0), (Field::FloorPrice, 200.0)]);
    let r = report(&v);
    let sales = year_lines(outcome(&r, Code::B2), 1)
        .iter()
        .find(|l| matches!(l.formula, Formula::ChickenSales { batch: 2, .. }))
        .copied()
        .unwrap();
    let spec = DrawSpec::new(&v);
    let market = 35.0 * spec.mean_survival() * spec.mean_hen_price(0.0);
    assert!(close(sales.amount, market), "{} vs {market}", sales.amount);
    assert!(sales.full > market, "the promise would have paid more");
}

#[test]
fn each_batch_has_its_own_survival_and_price() {
    let spec = DrawSpec::new(&household(&[]));
    let mut rng = Rng::new(1);
    let d = spec.draw(&mut rng, ALL_PAY);
    assert_ne!(d.survival[0], d.survival[1]);
    assert_ne!(d.hen_price[0], d.hen_price[1]);
}

#[test]
fn bird_work_has_a_basis_that_is_not_circular() {
    let basis = hezuo_core::model::params::basis(Field::BirdDays).en;
    assert!(basis.contains("minutes a day"), "{basis}");
}

// 6. C and D: ordinary land's rent; C's dividend rate is a reading.

#[test]
fn c_and_d_rent_ordinary_land_not_wandanpings() {
    let d = Inputs::paper_defaults();
    assert!(d[Field::RentOut] < d[Field::Rent]);
    assert_eq!(Field::RentOut.spec().source, Source::Assumption);
    let check = Code::D
        .pattern()
        .check_figure()
        .expect("D has the paper's check");
    assert_eq!(check.increase_per_year, 1_541.0);
    assert!(Code::C.pattern().check_figure().is_none());
}

#[test]
fn c_dividend_rate_is_a_reading_and_editable() {
    assert_eq!(Field::EntRate.spec().source, Source::Reading);
    let r = report(&household(&[(Field::EntRate, 5.0)]));
    let div = year_lines(outcome(&r, Code::C), 1)
        .iter()
        .find(|l| l.kind == StreamKind::EquityDividend)
        .unwrap()
        .full;
    assert_eq!(div, 350.0);
}

// 7. A1 stacks three incomes, and the equity part can be turned off.

#[test]
fn a1_equity_part_can_be_turned_off() {
    let on = report(&household(&NO_FAIL));
    let off = report(&household(
        &[&NO_FAIL[..], &[(Field::A1Equity, 0.0)]].concat(),
    ));
    let kinds = |r: &Report| -> Vec<StreamKind> {
        year_lines(outcome(r, Code::A1), 1)
            .iter()
            .map(|l| l.kind)
            .collect()
    };
    assert!(kinds(&on).contains(&StreamKind::EquityDividend));
    assert!(!kinds(&off).contains(&StreamKind::EquityDividend));
    assert!(close(
        outcome(&on, Code::A1).total - outcome(&off, Code::A1).total,
        2_100.0
    ));
}

// 8. Cash needed up front is the household's own cash.

#[test]
fn b1_own_cash_needed_equals_s() {
    let r = report(&household(&[]));
    let (s, b1) = (outcome(&r, Code::S), outcome(&r, Code::B1));
    assert_eq!(s.cash_needed, b1.cash_needed);
    assert!(close(s.cash_needed, 3.9 * 250.0));
    assert_eq!((s.fund_needed, b1.fund_needed), (0.0, 7_000.0));
    assert_eq!(b1.cash_have, 3_000.0, "own cash, the fund apart");
}

#[test]
fn whether_the_fund_pays_for_inputs_is_a_setting() {
    let on = report(&household(&[]));
    let off = report(&household(&[(Field::FundInputs, 0.0)]));
    let a2 = |r: &Report| {
        (
            outcome(r, Code::A2).cash_needed,
            outcome(r, Code::A2).fund_needed,
        )
    };
    assert_eq!(a2(&on), (0.0, 3.9 * 550.0));
    assert_eq!(a2(&off), (3.9 * 550.0, 0.0));
}

// 9. Worth today treats the fund alike in every pattern.

#[test]
fn worth_today_leaves_the_funds_own_flows_out_of_every_pattern() {
    let v = household(&NO_FAIL);
    let r = report(&v);
    let d = 1.0 + v.frac(Field::Discount);
    let dividends: f64 = (1..=3).map(|y| 700.0 / d.powi(y)).sum();
    let gap = outcome(&r, Code::B1).npv - outcome(&r, Code::S).npv;
    assert!(close(gap, dividends), "{gap} vs {dividends}");
}

// 10. Migrant wages net of the cost of living away.

#[test]
fn migrant_wages_are_net_of_living_costs() {
    let v = household(&[]);
    let r = report(&v);
    let line = year_lines(outcome(&r, Code::S), 1)
        .iter()
        .find(|l| l.kind == StreamKind::MigrantWage)
        .copied()
        .unwrap();
    assert_eq!(line.full, 10.0 * (3_485.0 - v[Field::Living]));
    assert_eq!(Field::Living.spec().source, Source::Statistic);
}
