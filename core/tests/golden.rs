//! Golden tests: the app reproduces every figure of the paper it is built on
//! (Yan & Yang 2019; section numbers in each case).
#![cfg(not(target_arch = "wasm32"))]

use hezuo_core::model::engine::{evaluate, Line, Settings};
use hezuo_core::model::paper;
use hezuo_core::model::params::{Field, Inputs, Valid};
use hezuo_core::model::stream::{Formula, StreamKind, Timing};
use hezuo_core::model::Code;

mod common;
use common::{household, NO_FAIL};

fn lines(v: &Valid, code: Code, year: u32, kind: StreamKind) -> Vec<Line> {
    let report = evaluate(
        v,
        &Settings {
            draws: 200,
            seed: 1,
        },
    );
    let outcome = report.outcome(code).expect("feasible");
    outcome.years[year as usize - 1]
        .lines
        .iter()
        .copied()
        .filter(|l| l.kind == kind)
        .collect()
}

#[test]
fn one_hectare_is_fifteen_mu() {
    assert_eq!(paper::MU_PER_HA, 15.0);
    assert_eq!(paper::ha_to_mu(1.0), 15.0);
    assert_eq!(paper::mu_to_ha(15.0), 1.0);
}

#[test]
fn rent_is_15000_per_ha_at_the_start_of_the_year() {
    // Sect. 4.2: land rent 15,000 yuan/ha (1,000 yuan/mu), paid at the beginning of the year.
    let v = household(&[&NO_FAIL[..], &[(Field::Land, 15.0)]].concat());
    let rent = lines(&v, Code::A1, 1, StreamKind::Rent);
    assert_eq!(rent.len(), 1);
    assert_eq!(rent[0].timing, Timing::Start);
    assert_eq!(rent[0].amount, 15_000.0);
    assert!(rent[0].contract, "rent is fixed by contract");
    assert_eq!(
        rent[0].formula,
        Formula::Rent {
            ha: 1.0,
            per_ha: 15_000.0
        }
    );
}

#[test]
fn land_dividend_is_3000_to_6000_per_ha_at_year_end() {
    // Sect. 4.2: 3,000–6,000 yuan/ha at the end of the year, after the seed potatoes sell.
    let v = household(&[&NO_FAIL[..], &[(Field::Land, 15.0)]].concat());
    let div = lines(&v, Code::A1, 1, StreamKind::LandDividend);
    assert_eq!(div.len(), 1);
    assert_eq!(div[0].timing, Timing::End);
    assert_eq!(
        div[0].formula,
        Formula::LandDividend {
            ha: 1.0,
            lo: 3_000.0,
            hi: 6_000.0
        }
    );
    assert_eq!(div[0].amount, 4_500.0, "expected = middle of the range");
    assert!(!div[0].contract, "a range, not a promise: not guaranteed");
}

#[test]
fn dividend_is_700_a_year_on_7000_and_the_principal_returns_after_year_3() {
    // Sect. 4.1: 7,000 yuan per household, 10% = 700 yuan a year, 3-year term, share capital
    // returned in full.
    let v = household(&NO_FAIL);
    assert_eq!(v[Field::Fund], 7_000.0);
    assert_eq!(v[Field::ShareRate], 10.0);
    assert_eq!(v[Field::Term], 3.0);
    for year in 1..=3 {
        let div = lines(&v, Code::B1, year, StreamKind::EquityDividend);
        assert_eq!(div.len(), 1);
        assert_eq!(
            (div[0].amount, div[0].timing),
            (700.0, Timing::End),
            "year {year}"
        );
    }
    let bought = lines(&v, Code::B1, 1, StreamKind::Principal);
    assert_eq!(
        (bought[0].amount, bought[0].timing, bought[0].income),
        (-7_000.0, Timing::Start, false)
    );
    let back = lines(&v, Code::B1, 3, StreamKind::Principal);
    assert_eq!(
        (back[0].amount, back[0].timing, back[0].income),
        (7_000.0, Timing::End, false)
    );
    assert!(lines(&v, Code::B1, 2, StreamKind::Principal).is_empty());
    // Enterprise capital investment (sect. 4.2): the same 10% and principal after 3 years.
    let back = lines(&v, Code::C, 3, StreamKind::Principal);
    assert_eq!(back[0].amount, 7_000.0);
}

#[test]
fn chicks_35_for_700_and_5250_a_batch_two_batches_a_year() {
    // Sect. 4.1: 20 yuan per 50-day chick, 700 / 20 = 35 chicks; after half a year each sells
    // for 150 yuan: 35 × 150 = 5,250 yuan; two cycles a year. The dividend chicks come at
    // year end, so the two batches are in year 2 on.
    let v = household(&NO_FAIL);
    let sales: Vec<Line> = lines(&v, Code::B2, 2, StreamKind::Livestock)
        .into_iter()
        .filter(|l| matches!(l.formula, Formula::ChickenSales { .. }))
        .collect();
    assert_eq!(sales.len(), 2, "two batches a year");
    for l in &sales {
        let Formula::ChickenSales { birds, price, .. } = l.formula else {
            unreachable!()
        };
        assert_eq!(birds, 35.0);
        assert_eq!(birds * price, 5_250.0);
    }
    assert_eq!(sales[0].timing, Timing::Mid);
    assert_eq!(sales[1].timing, Timing::End);
    // The chicks are the dividend, at their cash value: 35 × 20 = 700, none left in cash.
    let div = lines(&v, Code::B2, 1, StreamKind::EquityDividend);
    assert_eq!(div.len(), 1);
    assert_eq!(
        div[0].formula,
        Formula::ChickDividend {
            birds: 35.0,
            chick_price: 20.0
        }
    );
    assert_eq!((div[0].amount, div[0].in_kind), (700.0, true));
    // Chicks at 90% of the market price: the market price is 20 / 0.9.
    let second = lines(&v, Code::B2, 2, StreamKind::Livestock)
        .into_iter()
        .find(|l| matches!(l.formula, Formula::ChickenCost { batch: 2, .. }))
        .unwrap();
    let Formula::ChickenCost { chick_price, .. } = second.formula else {
        unreachable!()
    };
    assert!((chick_price * 0.9 - 20.0).abs() < 1e-9);
}

#[test]
fn premium_is_5_percent_of_insured_split_70_30() {
    // Sect. 4.4: premium 2,563,657.50 of 51,273,150 insured; county 1,794,560.25 (70%),
    // enterprises 769,097.25 (30%).
    let rate = paper::INSURANCE_PREMIUM_TOTAL / paper::INSURED_AMOUNT_TOTAL;
    assert!((rate - 0.05).abs() < 1e-12, "{rate}");
    assert!(
        (paper::INSURANCE_PREMIUM_COUNTY / paper::INSURANCE_PREMIUM_TOTAL - 0.70).abs() < 1e-12
    );
    assert!(
        (paper::INSURANCE_PREMIUM_COUNTY + paper::INSURANCE_PREMIUM_ENTERPRISE
            - paper::INSURANCE_PREMIUM_TOTAL)
            .abs()
            < 1e-6
    );
    // In the engine the household pays nothing: an insured enterprise is a safer payer.
    let plain = household(&[]);
    let insured = household(&[(Field::EntInsured, 1.0)]);
    let div = |v: &Valid| lines(v, Code::C, 1, StreamKind::EquityDividend)[0].amount;
    let cut = 1.0 - insured[Field::InsureCut] / 100.0;
    assert!((div(&plain) - 700.0 * (1.0 - plain.frac(Field::FailEnt))).abs() < 1e-9);
    assert!((div(&insured) - 700.0 * (1.0 - insured.frac(Field::FailEnt) * cut)).abs() < 1e-9);
}

#[test]
fn potato_calibration_reproduces_table_1() {
    // Table 1: 2,266 yuan × 16,136 households ÷ 4,157.93 ha ≈ 8,794 yuan/ha ≈ 586 yuan/mu.
    let per_ha = paper::potato_increase_per_ha();
    assert_eq!(per_ha.round(), 8_794.0);
    assert_eq!(paper::potato_increase_per_mu().round(), 586.0);
    assert_eq!(
        (paper::potato_land_per_household_ha() * 1000.0).round(),
        258.0
    );
    // The default potato yield is calibrated so that, per mu, potatoes beat corn by that much.
    let d = Inputs::paper_defaults();
    let potato =
        d[Field::PotatoYield] * d[Field::PotatoPrice] - d[Field::SeedCost] - d[Field::PotatoCost];
    let corn = d[Field::CornYield] * d[Field::CornPrice] - d[Field::CornCost];
    assert!(
        (potato - corn - paper::potato_increase_per_mu()).abs() < 1.0,
        "{}",
        potato - corn
    );
    // And the engine turns it into A2's increase over S: 586 yuan per mu per year.
    let v = household(&[(Field::Land, 1.0), (Field::Years, 1.0)]);
    let report = evaluate(&v, &Settings { draws: 10, seed: 1 });
    let gain = report.outcome(Code::A2).unwrap().increase_over_s.unwrap();
    assert!(
        (gain - paper::potato_increase_per_mu()).abs() < 1.0,
        "{gain}"
    );
    // On the Table 1 household's land (0.258 ha), with the labour allocation counting the
    // extra potato days (8 a mu): the paper's +2,266 a year. At the default household the
    // extra days fit in days the adult at home finds no paid work, so they cost no wage.
    let table1 = paper::ha_to_mu(paper::potato_land_per_household_ha());
    let v = household(&[(Field::Land, table1), (Field::Years, 1.0)]);
    let report = evaluate(&v, &Settings { draws: 10, seed: 1 });
    let gain = report.outcome(Code::A2).unwrap().increase_over_s.unwrap();
    assert!(
        (gain - paper::POTATO_INCREASE_PER_HOUSEHOLD).abs() < 1.0,
        "{gain}"
    );
    let work = |code| {
        let o = report.outcome(code).unwrap();
        o.labor_days
    };
    assert!(
        work(Code::A2) > work(Code::S) + 30.0,
        "the extra days are counted"
    );
    // The default land is the potato land per household: 0.258 ha ≈ 3.9 mu.
    assert_eq!(
        (paper::ha_to_mu(paper::potato_land_per_household_ha()) * 10.0).round() / 10.0,
        d[Field::Land]
    );
}

#[test]
fn breeding_table_700_is_the_dividend_on_a_7000_share() {
    // Table 2: 700 yuan per household = 10% dividend on a 7,000 yuan share.
    assert_eq!(paper::SUPPORT_FUND * paper::SHARE_RATE_PCT / 100.0, 700.0);
}
