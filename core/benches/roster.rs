//! Roster benchmark, native: every pattern in brief (expected total, P10, cash needed) for
//! varied households × 1,000 Monte Carlo draws, the work of one roster row.
//! Run with `cargo bench --bench roster`. The browser figure is `node bench/roster.mjs`.

use std::hint::black_box;
use std::time::Instant;

use hezuo_core::model::params::{Field, Inputs};
use hezuo_core::model::{brief, DrawTable, Settings};

fn main() {
    let settings = Settings {
        draws: std::env::var("DRAWS").map_or(1_000, |s| s.parse().unwrap()),
        ..Settings::default()
    };
    let base = Inputs::paper_defaults().check().expect("valid defaults");
    let households: Vec<_> = (0..2_000)
        .map(|i| {
            let mut h = Inputs::paper_defaults();
            h.set(Field::Land, 0.5 + f64::from(i % 97) * 0.15);
            h.set(Field::Adults, f64::from(1 + i % 4));
            h.set(Field::Away, f64::from(i % 2));
            h.set(Field::Cash, f64::from(i % 13) * 1_500.0);
            h.check().expect("valid household")
        })
        .collect();
    let mut table = DrawTable::for_inputs(&base, &settings);
    let mut buf = hezuo_core::model::Scratch::default();
    let mut per_household: Vec<f64> = (0..5)
        .map(|_| {
            let t = Instant::now();
            for h in &households {
                table.refresh(h, &settings);
                black_box(brief(black_box(h), &table, &mut buf));
            }
            t.elapsed().as_secs_f64() / households.len() as f64
        })
        .collect();
    per_household.sort_by(f64::total_cmp);
    let median = per_household[per_household.len() / 2];
    println!(
        "roster benchmark: {:.1} µs per household (all patterns × {} draws); 33,358 households ≈ {:.2} s on one core",
        median * 1e6,
        settings.draws,
        median * 33_358.0
    );
}
