//! Issue #17's county case once (`Batch::choose` on the synthetic county's households, 1,000
//! draws), a target for profilers:
//! `valgrind --tool=callgrind --dump-instr=no target/release/examples/profile_county [N]`
//! (N households, all 33,358 by default). Prints the time and a checksum of the choices.
use std::time::Instant;

use hezuo_core::model::batch::{Batch, Criterion};
use hezuo_core::model::{Inputs, Settings};
use hezuo_core::roster::apply;
use hezuo_core::roster::synth::{synthetic, COUNTY_HOUSEHOLDS};

fn main() {
    let n = std::env::args().nth(1).map_or(COUNTY_HOUSEHOLDS, |a| {
        a.parse().expect("a number of households")
    });
    let base = Inputs::paper_defaults();
    let households: Vec<_> = synthetic(n, 2019)
        .iter()
        .map(|h| apply(&base, h).check().expect("valid"))
        .collect();
    let settings = Settings {
        draws: 1_000,
        seed: 2019,
    };
    let s = Instant::now();
    let mut batch = Batch::new(settings, Criterion::Expected);
    let mut sum = 0.0;
    for h in &households {
        if let Ok(b) = batch.choose(h) {
            sum += b.total + b.p10;
        }
    }
    let t = s.elapsed().as_secs_f64();
    println!(
        "{n} households: {t:.3} s ({:.2} µs a household), checksum {sum:.6}",
        t / n as f64 * 1e6
    );
}
