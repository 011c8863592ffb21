//! Engine benchmark: all patterns × 2,000 Monte Carlo draws, the work of one keystroke.
//! Run with `cargo bench --bench engine`. Target: ≤ 4 ms natively on a 2-core machine.
//!
//! `evaluate` keeps its draws between calls (as `evaluate_in` and the household page's
//! `evaluate_plain_in` do), so
//! the median is a keystroke's work; the first call, which draws the table, is printed apart.

use std::hint::black_box;
use std::time::Instant;

use hezuo_core::model::breakeven::{break_even, Lever};
use hezuo_core::model::params::{Field, Inputs};
use hezuo_core::model::patterns::REGISTRY;
use hezuo_core::model::Code;
use hezuo_core::model::{evaluate, Settings};

fn main() {
    let settings = Settings::default();
    let cases = [
        ("defaults, 3 years", Inputs::paper_defaults()),
        ("10 years, enterprise insured", {
            let mut i = Inputs::paper_defaults();
            i.set(Field::Years, 10.0);
            i.set(Field::EntInsured, 1.0);
            i
        }),
    ];
    println!(
        "engine benchmark: {} patterns × {} draws",
        REGISTRY.len(),
        settings.draws
    );
    for (name, inputs) in cases {
        let valid = inputs.check().expect("valid benchmark inputs");
        let t = Instant::now();
        black_box(hezuo_core::model::evaluate_in(
            black_box(&valid),
            &settings,
            &mut None,
        ));
        let cold = t.elapsed().as_secs_f64();
        // Warm up, then time 60 runs and report the median.
        for _ in 0..5 {
            black_box(evaluate(black_box(&valid), &settings));
        }
        let mut times: Vec<f64> = (0..60)
            .map(|_| {
                let t = Instant::now();
                black_box(evaluate(black_box(&valid), &settings));
                t.elapsed().as_secs_f64()
            })
            .collect();
        times.sort_by(f64::total_cmp);
        let median = times[times.len() / 2];
        let per = median * 1e9 / (REGISTRY.len() * settings.draws) as f64;
        println!(
            "{name:<20} median {:>6.3} ms for all patterns × {} draws; {:>6.1} ns per pattern-draw (target ≤ 4 ms); drawing the table too: {:.3} ms",
            median * 1e3,
            settings.draws,
            per,
            cold * 1e3
        );
    }
    let valid = Inputs::paper_defaults().check().expect("valid");
    let mut times: Vec<f64> = (0..30)
        .map(|_| {
            let t = Instant::now();
            for lever in Lever::ALL {
                black_box(break_even(black_box(&valid), Code::A1, Code::S, lever));
            }
            t.elapsed().as_secs_f64() / Lever::ALL.len() as f64
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!(
        "break-even (A1 vs S)  median {:>6.3} ms per lever",
        times[times.len() / 2] * 1e3
    );
}
