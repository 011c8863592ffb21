//! The Monte Carlo's fast path (`core/src/model/basis.rs`: every pattern's totals from a
//! basis of per-draw columns, percentiles by selection) against the straightforward one
//! (year by year over every horizon, percentiles by a full sort), on generated households.
//!
//! Tolerance (stated in `basis.rs` and [`TOLERANCE`]): the fast path sums the years in
//! another order, so each simulated total may differ from the straightforward one in its
//! last bits, by at most `TOLERANCE × (1 + m)`, `m` the largest absolute simulated total of
//! the household; mean, standard deviation and percentiles move by no more than that; the
//! chances of ending below the status quo or below zero may count a draw differently only
//! where the two totals compared lie within that distance of each other. Everything else in
//! the report (expected totals, lines, cash, rankings by expected total and cash) is equal
//! to the last bit. The household page's path (`evaluate_plain_in`: year by year, percentiles by
//! selection, the draws kept) gives the straightforward report to the last bit.
#![cfg(not(target_arch = "wasm32"))]

use hezuo_core::model::engine::{
    brief, brief_reference, evaluate_in, evaluate_plain_in, evaluate_reference, simulated_totals,
    Report, Scratch, Settings, TOLERANCE,
};
use hezuo_core::model::params::{Field, Inputs, Valid, ValueKind, SPECS};
use hezuo_core::model::DrawTable;
use proptest::prelude::*;

/// Any valid inputs, with failure chances and recovery over their whole range so that many
/// draws have a payer missing a year, and horizons up to the inputs' ten years.
fn valid_inputs() -> impl Strategy<Value = Valid> {
    let fields: Vec<BoxedStrategy<f64>> = SPECS
        .iter()
        .map(|s| {
            let hi = match s.field {
                Field::Land => 200.0,
                Field::Cash | Field::Fund => 100_000.0,
                Field::Adults | Field::Away => 6.0,
                Field::Rent | Field::DivLo | Field::DivHi | Field::RentOut => 50_000.0,
                Field::FailWdp
                | Field::FailLanya
                | Field::FailEnt
                | Field::FailTenant
                | Field::Recover
                | Field::Years
                | Field::Term => s.max,
                _ => s.max.min(s.default.max(1.0) * 4.0).max(s.min),
            };
            match s.kind {
                ValueKind::Real => (s.min..=hi).boxed(),
                ValueKind::Whole | ValueKind::Switch => {
                    (s.min as u32..=hi as u32).prop_map(f64::from).boxed()
                }
            }
        })
        .collect();
    fields.prop_map(|values| {
        let mut inputs = Inputs::paper_defaults();
        for (s, x) in SPECS.iter().zip(values) {
            inputs.set(s.field, x);
        }
        inputs.set(Field::Away, inputs[Field::Away].min(inputs[Field::Adults]));
        if inputs[Field::DivLo] > inputs[Field::DivHi] {
            let (lo, hi) = (inputs[Field::DivHi], inputs[Field::DivLo]);
            inputs.set(Field::DivLo, lo);
            inputs.set(Field::DivHi, hi);
        }
        inputs.check().expect("generated inputs are valid")
    })
}

/// The largest absolute simulated total of the household, by the straightforward path.
fn scale(reference: &[(hezuo_core::model::Code, Option<Vec<f64>>)]) -> f64 {
    reference
        .iter()
        .filter_map(|(_, t)| t.as_ref())
        .flatten()
        .fold(0.0, |m: f64, x| m.max(x.abs()))
}

fn check(v: &Valid, settings: &Settings) -> Result<(), TestCaseError> {
    let fast_totals = simulated_totals(v, settings, false);
    let ref_totals = simulated_totals(v, settings, true);
    let m = scale(&ref_totals);
    let tol = TOLERANCE * (1.0 + m);
    for ((code, f), (_, r)) in fast_totals.iter().zip(&ref_totals) {
        prop_assert_eq!(f.is_some(), r.is_some());
        if let (Some(f), Some(r)) = (f, r) {
            for (j, (a, b)) in f.iter().zip(r).enumerate() {
                prop_assert!(
                    (a - b).abs() <= tol,
                    "{:?} draw {}: {} vs {} (tol {})",
                    code,
                    j,
                    a,
                    b,
                    tol
                );
            }
        }
    }

    let fast: Report = evaluate_in(v, settings, &mut None);
    let reference = evaluate_reference(v, settings);
    // The household page's path (no basis) gives the reference's report to the last bit,
    // with its table kept from another household's evaluation (drawn again when the ranges
    // differ, reused when they do not) as on a keystroke, and fresh.
    let paper = Inputs::paper_defaults().check().expect("valid");
    let mut kept = None;
    evaluate_plain_in(&paper, settings, &mut kept);
    prop_assert_eq!(&evaluate_plain_in(v, settings, &mut kept), &reference);
    prop_assert_eq!(&evaluate_plain_in(v, settings, &mut None), &reference);
    prop_assert_eq!(fast.years, reference.years);
    prop_assert_eq!(&fast.by_expected, &reference.by_expected);
    prop_assert_eq!(&fast.by_cash, &reference.by_cash);
    let s_ref = ref_totals
        .iter()
        .find(|(c, _)| *c == hezuo_core::model::Code::S);
    for (i, (a, b)) in fast.rows.iter().zip(&reference.rows).enumerate() {
        prop_assert_eq!(a.code, b.code);
        match (&a.result, &b.result) {
            (Ok(x), Ok(y)) => {
                // Everything but the spread is the same to the last bit.
                let mut same = x.clone();
                same.spread = y.spread;
                prop_assert_eq!(&same, y);
                let (p, q) = (x.spread, y.spread);
                for (what, u, w) in [
                    ("mean", p.mean, q.mean),
                    ("sd", p.sd, q.sd),
                    ("p10", p.p10, q.p10),
                    ("p50", p.p50, q.p50),
                    ("p90", p.p90, q.p90),
                ] {
                    prop_assert!(
                        (u - w).abs() <= tol,
                        "{:?} {}: {} vs {} (tol {})",
                        a.code,
                        what,
                        u,
                        w,
                        tol
                    );
                }
                // A count may differ only by draws within the tolerance of the comparison.
                let sims = ref_totals[i].1.as_ref().expect("feasible");
                let n = sims.len() as f64;
                let near_zero = sims.iter().filter(|x| x.abs() <= 2.0 * tol).count() as f64;
                prop_assert!(
                    ((p.loss - q.loss) * n).abs() <= near_zero + 1e-9,
                    "{:?} loss",
                    a.code
                );
                prop_assert_eq!(p.below_s.is_some(), q.below_s.is_some());
                if let (Some(u), Some(w), Some((_, Some(s)))) = (p.below_s, q.below_s, s_ref) {
                    let near = sims
                        .iter()
                        .zip(s)
                        .filter(|(x, y)| (*x - *y).abs() <= 2.0 * tol)
                        .count() as f64;
                    prop_assert!(((u - w) * n).abs() <= near + 1e-9, "{:?} below S", a.code);
                }
            }
            (Err(x), Err(y)) => prop_assert_eq!(x, y),
            _ => prop_assert!(false, "{:?}: feasible on one path only", a.code),
        }
    }

    let table = DrawTable::for_inputs(v, settings);
    let mut scratch = Scratch::default();
    let briefs = brief(v, &table, &mut scratch);
    // The brief's P10 (from the draws that can hold it, `basis.rs`, "Low ranks") is the fast
    // totals' P10 to the last bit, the first time and with the table's kept candidates.
    let again = brief(v, &table, &mut scratch);
    prop_assert_eq!(&again, &briefs);
    let i10 = (0.1
        * (fast_totals
            .first()
            .map_or(1, |(_, t)| t.as_ref().map_or(1, Vec::len))
            - 1) as f64)
        .round() as usize;
    for ((c, a), (_, t)) in briefs.iter().zip(&fast_totals) {
        if let (Ok(a), Some(t)) = (a, t) {
            let mut sorted = t.clone();
            sorted.sort_by(f64::total_cmp);
            prop_assert_eq!(
                a.p10.to_bits(),
                sorted[i10].to_bits(),
                "{:?} brief p10 {} vs {}",
                c,
                a.p10,
                sorted[i10]
            );
        }
    }
    for ((c, a), (_, b)) in briefs.iter().zip(brief_reference(v, &table)) {
        match (a, b) {
            (Ok(x), Ok(y)) => {
                prop_assert_eq!(x.total, y.total);
                prop_assert_eq!(x.cash_needed, y.cash_needed);
                prop_assert!((x.p10 - y.p10).abs() <= tol, "{:?} brief p10", c);
            }
            (Err(x), Err(y)) => prop_assert_eq!(*x, y),
            _ => prop_assert!(false, "{:?}: feasible on one path only", c),
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn the_fast_path_agrees_with_the_straightforward_one(
        v in valid_inputs(),
        draws in prop_oneof![1usize..=40, 200usize..=1_200],
        seed in 0u64..1_000,
    ) {
        check(&v, &Settings { draws, seed })?;
    }
}

/// The paper's household and the roster's settings, and the same with failing payers.
#[test]
fn the_defaults_agree() {
    let mut failing = Inputs::paper_defaults();
    for f in [
        Field::FailWdp,
        Field::FailLanya,
        Field::FailEnt,
        Field::FailTenant,
    ] {
        failing.set(f, 30.0);
    }
    failing.set(Field::Recover, 40.0);
    for inputs in [Inputs::paper_defaults(), failing] {
        let v = inputs.check().expect("valid");
        for settings in [
            Settings::default(),
            Settings {
                draws: 1_000,
                seed: 2019,
            },
        ] {
            check(&v, &settings).expect("agrees");
        }
    }
}

/// A roster on one table, as the staff page runs it: each household's P10 from its cell's
/// kept draws (cells built by earlier households, read again by later ones) is the P10 of
/// its fast totals to the last bit, for the synthetic county's first households, with the
/// payers as in the paper and failing often.
#[test]
fn a_roster_on_one_table_agrees() {
    use hezuo_core::roster::apply;
    use hezuo_core::roster::synth::synthetic;
    let settings = Settings {
        draws: 1_000,
        seed: 2019,
    };
    let mut failing = Inputs::paper_defaults();
    for f in [Field::FailWdp, Field::FailLanya, Field::FailEnt] {
        failing.set(f, 25.0);
    }
    for base in [Inputs::paper_defaults(), failing] {
        let households: Vec<Valid> = synthetic(150, 7)
            .iter()
            .map(|h| apply(&base, h).check().expect("valid"))
            .collect();
        let table = DrawTable::for_inputs(&households[0], &settings);
        let mut scratch = Scratch::default();
        for (h, v) in households.iter().enumerate() {
            let briefs = brief(v, &table, &mut scratch);
            for ((code, b), (_, t)) in briefs.iter().zip(simulated_totals(v, &settings, false)) {
                if let (Ok(b), Some(mut t)) = (b, t) {
                    t.sort_by(f64::total_cmp);
                    assert_eq!(
                        b.p10.to_bits(),
                        t[100].to_bits(),
                        "household {h} {code:?}: {} vs {}",
                        b.p10,
                        t[100]
                    );
                }
            }
        }
    }
}
